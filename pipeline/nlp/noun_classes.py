"""The unit of a counted noun no list knows, read from its word vector.

``figure_units.csv`` lists the nouns a number counts; a document nobody read counts nouns nobody
listed ("130 tués", "12 incursions", "45 latrines"). Such a noun is given the class of the listed
nouns its static vector (``fr_core_news_md``'s, which English words share) is nearest to, when
it is near enough and nearer to them than to the nouns that make a number no count (durations,
distances, shares, the meeting's own business: ``non_count_nouns.csv`` and figure_context.csv's
not_a_count words). A class is scored by the mean of its few nearest nouns, so one odd neighbour
does not decide; it must clear a floor and beat the next class by a margin, else no unit.

The classes' vectors are looked up once, by ``build-model``, and saved beside the pipeline
(``noun_classes.npz``): a worker reads them with it (:func:`use_saved`) instead of looking up
500 nouns' vectors, one row read from the vectors file each, at its first document (0.15 s of
CPU on the critical path of a one-file convert).
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import numpy as np

from pipeline.reference import Reference
from pipeline.reference.tables import read_rows
from pipeline.textnorm import fold

NOT_A_COUNT = "none"
#: the classes' vectors and labels as ``build-model`` saves them beside the pipeline
SAVED_FILE = "noun_classes.npz"
#: the few nearest nouns of a class whose mean similarity scores it
NEAREST = 2
#: the least score a class needs (cosine, 0-1), and how far it must lead the next class: measured on
#: the dev split's gold nouns with each document's own nouns left out of the lexicon
FLOOR = 0.6
MARGIN = 0.08
#: the same for a noun after a number a qualifier quantifies ("près de neuf X", "about 40 X", "plus
#: de 300 X"): the writer says a count is given, so a weaker lead of a count class is read. Measured
#: under leave-units-out on dev-280: "bases" (other, lead 0.070) and "patients" (persons, 0.075) are
#: read, "familles" (persons before households by 0.063: households is the vectors' weak class) is not
QUALIFIED_FLOOR = 0.5
QUALIFIED_MARGIN = 0.065


def non_count_nouns(reference: Reference) -> frozenset[str]:
    """Folded nouns after which a number counts nothing (``non_count_nouns.csv``)."""
    return reference.derived("figures.non_count_nouns", lambda r: frozenset(
        fold(row["term"]) for row in read_rows("non_count_nouns.csv", r.directory)))


def counted_suffixes(reference: Reference) -> tuple[tuple[str, str], ...]:
    """(folded ending, unit) of plural nouns counted when their vector says nothing
    (``counted_suffixes.csv``: "Liberians", "returnees")."""
    return reference.derived("figures.counted_suffixes", lambda r: tuple(
        (fold(row["suffix"]), row["unit"]) for row in read_rows("counted_suffixes.csv", r.directory)))


def unit_by_ending(word: str, reference: Reference) -> Optional[str]:
    """The unit an ending of ``counted_suffixes.csv`` gives a word longer than the ending by three letters or more."""
    folded = fold(word)
    return next((unit for suffix, unit in counted_suffixes(reference)
                 if folded.endswith(suffix) and len(folded) >= len(suffix) + 3), None)


def unit_vector(vocab, word: str) -> Optional[np.ndarray]:
    """The word's vector, unit length, in lowercase, as written or folded (None if it has none): the
    lowercase form first, as the listed nouns are ("Personnes" opening a line reads as "personnes")."""
    for form in dict.fromkeys((word.lower(), word, fold(word))):
        if form and vocab.has_vector(form):
            vector = np.asarray(vocab.get_vector(form), dtype="float32")
            norm = float(np.linalg.norm(vector))
            if norm:
                return vector / norm
    return None


class NounClasses:
    """The listed counted nouns and the not-a-count nouns as vectors, by class."""

    def __init__(self, vocab, matrix: np.ndarray, labels: np.ndarray):
        self.vocab = vocab
        self.matrix = matrix
        self.labels = labels
        self.classes = tuple(dict.fromkeys(labels.tolist()))

    @classmethod
    def of(cls, reference: Reference, vocab) -> NounClasses:
        """The classes of ``reference``'s lexicon, each noun's vector looked up in ``vocab``."""
        rows: list[np.ndarray] = []
        labels: list[str] = []
        for term, unit, _population in reference.unit_terms:
            for form in (term,) if term.endswith(("s", "x")) else (term, term + "s"):  # the words read are plural
                vector = unit_vector(vocab, form) if vocab.has_vector(form) else None
                if vector is not None:
                    rows.append(vector)
                    labels.append(unit)
        for term in sorted(non_count_nouns(reference) | frozenset(reference.figure_context.get("not_a_count", {}))):
            vector = unit_vector(vocab, term)
            if vector is not None:
                rows.append(vector)
                labels.append(NOT_A_COUNT)
        matrix = np.vstack(rows) if rows else np.zeros((0, 1), dtype="float32")
        return cls(vocab, matrix, np.array(labels))

    def save(self, folder: Path) -> Path:
        """Write the classes' vectors and labels into a built pipeline's folder (``build-model``)."""
        path = folder / SAVED_FILE
        np.savez(path, matrix=self.matrix, labels=self.labels.astype(str))
        return path

    @classmethod
    def read(cls, folder: Path, vocab) -> Optional[NounClasses]:
        """The classes a build saved in ``folder`` (None if it saved none), over ``vocab``."""
        path = folder / SAVED_FILE
        if not path.exists():
            return None
        with np.load(path, allow_pickle=False) as saved:
            return cls(vocab, saved["matrix"], saved["labels"])

    def scores(self, word: str) -> dict[str, float]:
        """Each class's score for ``word`` (empty when the word has no vector)."""
        vector = unit_vector(self.vocab, word)
        if vector is None or not len(self.labels):
            return {}
        similarity = self.matrix @ vector
        return {c: float(np.sort(similarity[self.labels == c])[::-1][:NEAREST].mean()) for c in self.classes}

    def unit(self, word: str, floor: float = FLOOR, margin: float = MARGIN) -> Optional[str]:
        """households / persons / incidents / other for a noun near enough to one class, else None."""
        ranked = sorted(self.scores(word).items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][0] == NOT_A_COUNT or ranked[0][1] < floor:
            return None
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < margin:
            return None
        return ranked[0][0]

    def close_classes(self, word: str) -> tuple[str, ...]:
        """The count classes a noun hesitates between: the best, a count class above the floor, and
        those within the margin of it (empty when the best is no count class or too far)."""
        ranked = sorted(self.scores(word).items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][0] == NOT_A_COUNT or ranked[0][1] < FLOOR:
            return ()
        return tuple(c for c, score in ranked if c != NOT_A_COUNT and ranked[0][1] - score < MARGIN)


def noun_classes(reference: Reference, vocab) -> NounClasses:
    """The classes of ``reference``'s lexicon over ``vocab``'s vectors, built once per Reference
    (or read as the build saved them: :func:`use_saved`)."""
    built = reference.derived("figures.noun_classes", lambda r: {})
    if id(vocab) not in built:
        built.clear()
        built[id(vocab)] = NounClasses.of(reference, vocab)
    return built[id(vocab)]


def use_saved(reference: Reference, vocab, folder: Path) -> bool:
    """Make the classes ``build-model`` saved in ``folder`` those of ``reference`` over ``vocab``
    (the pipeline read from that folder, made from these data and this code: its fingerprint
    says so), instead of looking up 500 nouns' vectors at the first document (0.15 s of CPU).
    False when the folder holds none."""
    saved = NounClasses.read(folder, vocab)
    if saved is None:
        return False
    built = reference.derived("figures.noun_classes", lambda r: {})
    built.clear()
    built[id(vocab)] = saved
    return True
