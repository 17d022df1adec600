"""Phrase tables: the registry's and the gazetteer's names as token sequences, matched with a
dict instead of spaCy's ``PhraseMatcher``.

A ``PhraseMatcher`` holds tokenised patterns: filling one means tokenising every name (~27,000:
``make_doc``, 50,000 new lexemes, 5-8 s) in every process that loads the pipeline, since it
cannot be saved. A :class:`PhraseTable` is the same data made once, when the pipeline is built
(``minutes build-model``): each name's token sequence (token texts, or folded texts) with the
keys it stands for, saved with the component and read back as a dict.

Matching gives exactly what the ``PhraseMatcher`` gave, in its order, because the component
keeps the first of equal spans and the last mark of a span: by start, then by length, then a
sequence's keys in the order the ``PhraseMatcher`` lists them (its hash map's order, recorded
from one at build time by :func:`matcher_order`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence, Union

#: a name as the matcher sees it: its tokens' texts (or folded texts)
Words = tuple[str, ...]


#: an entry as a table stores it: a one-word name by its word, a longer one by its words
Entry = Union[str, Words]


@dataclass(frozen=True)
class PhraseTable:
    """Token sequences and the keys each stands for; ``prefixes`` are every entry's proper
    prefixes, so a scan stops as soon as no name can continue.

    Held compactly, since every worker holds it (27,000 entries, most of them one place name
    with one key): a one-word sequence is stored as its word, not a 1-tuple, and a single key
    as itself, not a 1-tuple (2.4 MB less; :meth:`items` gives them back as tuples). A word
    and a tuple of words are never equal, so the one dict holds both."""

    index: dict[Entry, Union[str, tuple[str, ...]]]
    prefixes: frozenset[Entry]

    def __call__(self, words: Sequence[str]) -> list[tuple[str, int, int]]:
        """(key, start, end) of every entry found in ``words``, overlapping ones included, in
        the ``PhraseMatcher``'s order: by start, then end, then the entry's key order."""
        index, prefixes = self.index, self.prefixes
        found: list[tuple[str, int, int]] = []
        for start in range(len(words)):
            seq: Entry = words[start]
            for end in range(start + 1, len(words) + 1):
                if end > start + 1:
                    seq = tuple(words[start:end])
                keys = index.get(seq)
                if isinstance(keys, str):
                    found.append((keys, start, end))
                elif keys:
                    found.extend((key, start, end) for key in keys)
                if seq not in prefixes:
                    break
        return found

    def items(self) -> Iterator[tuple[Words, tuple[str, ...]]]:
        """Every (token sequence, keys) pair, as tuples."""
        for entry, keys in self.index.items():
            yield as_words(entry), (keys,) if isinstance(keys, str) else keys

    def __len__(self) -> int:
        return len(self.index)


def as_words(entry: Entry) -> Words:
    """A stored entry as its token sequence."""
    return (entry,) if isinstance(entry, str) else entry


def as_entry(words: Sequence[str]) -> Entry:
    """A token sequence as a table stores it (one word: the word itself)."""
    return words[0] if len(words) == 1 else tuple(words)


def keys_by_words(adds: Iterable[tuple[str, Words]]) -> dict[Words, list[str]]:
    """The keys of each sequence in the order they were added, each once (adding a key again
    to the same sequence changes nothing in a ``PhraseMatcher`` either); empty sequences are
    left out, as the ``PhraseMatcher`` leaves them."""
    table: dict[Words, list[str]] = {}
    for key, words in adds:
        if words:
            keys = table.setdefault(tuple(words), [])
            if key not in keys:
                keys.append(key)
    return table


def matcher_order(vocab, words: Words, keys: list[str]) -> tuple[str, ...]:
    """The order a ``PhraseMatcher`` lists the keys added (in this order) to one sequence: the
    order of its hash map, which depends only on those keys and their insertion order, so a
    matcher holding this sequence alone lists them as the full one does."""
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    doc = Doc(vocab, words=list(words))
    matcher = PhraseMatcher(vocab, attr="ORTH")
    for key in keys:
        matcher.add(key, [doc])
    return tuple(vocab.strings[match_id] for match_id, start, end in matcher(doc) if (start, end) == (0, len(words)))


def make_table(entries: dict[Words, Sequence[str]]) -> PhraseTable:
    """A table from its entries (keys already in the matcher's order)."""
    prefixes = frozenset(as_entry(words[:n]) for words in entries for n in range(1, len(words)))
    return PhraseTable({as_entry(w): k[0] if len(k) == 1 else tuple(k) for w, k in entries.items()}, prefixes)


def build_table(vocab, adds: Iterable[tuple[str, Words]]) -> PhraseTable:
    """The table a ``PhraseMatcher`` fed these (key, sequence) pairs in this order matches like."""
    entries = keys_by_words(adds)
    return make_table({words: matcher_order(vocab, words, keys) if len(keys) > 1 else keys
                       for words, keys in entries.items()})
