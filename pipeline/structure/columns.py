"""Classifying table header cells into canonical columns by their words.

Each header cell is scored against the vocabulary in ``resources/agenda_columns.csv`` (a term
matches a run of words, by prefix unless marked exact); the best-scoring role wins, and when
two cells want the same role the stronger keeps it. An unseen wording still maps as long as
it uses a known word ("Recommandations formulées" -> actions, "Date butoir" -> deadline).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from pipeline.reference import ColumnTerm
from pipeline.textnorm import fold

#: the columns an agenda item is made of; others (number, status) are kept on the side
CORE_ROLES = ("topic", "discussion", "actions", "responsible", "deadline")
#: one column holding two roles ("Responsable / Délai": "UNHCR – 15 Sept"), and the roles it holds
COMPOSITE_ROLES = {"responsible+deadline": ("responsible", "deadline")}
#: a header cell names a role of a composite column when it scores at least this for it
COMPOSITE_MIN_SCORE = 2.0


@dataclass(frozen=True)
class _TermIndex:
    """What every call needs of one vocabulary, computed once: the first words that may begin a
    term (exact ones, prefixes) and each term's :func:`_may_match` needle."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]
    needles: tuple[Optional[str], ...]


#: indexes of the vocabularies seen, by identity (the reference's tuple, read once per process, never
#: changed in place)
_INDEXES: dict[int, tuple[Sequence[ColumnTerm], _TermIndex]] = {}
_MAX_INDEXES = 16


def _index(terms: Sequence[ColumnTerm]) -> _TermIndex:
    """The index of ``terms``, built on first use: a page asks for it at every line it looks at."""
    known = _INDEXES.get(id(terms))
    if known is not None and known[0] is terms:
        return known[1]
    index = _TermIndex(exact=frozenset(t.words[0] for t in terms if t.words and t.exact),
                       prefixes=tuple({t.words[0] for t in terms if t.words and not t.exact}),
                       needles=tuple(_needle(t) for t in terms))
    if len(_INDEXES) >= _MAX_INDEXES:
        _INDEXES.clear()
    _INDEXES[id(terms)] = (terms, index)  # the sequence kept alive with it: its id is not reused
    return index


def role_scores(header: str, terms: Sequence[ColumnTerm]) -> dict[str, float]:
    """Score of each role for one header cell's text (roles with no matching term absent)."""
    words = fold(header).split()
    spaced = f" {' '.join(words)} "
    scores: dict[str, float] = {}
    for term, needle in zip(terms, _index(terms).needles):
        if (needle is None or needle in spaced) and _matches(words, term):
            scores[term.role] = scores.get(term.role, 0.0) + term.weight
    return scores


def vocabulary_hits(text: str, terms: Sequence[ColumnTerm]) -> int:
    """How many words of ``text`` could begin a term of ``agenda_columns.csv``: a cheap first
    look for a header row, before classifying its cells."""
    index = _index(terms)
    exact, prefixes = index.exact, index.prefixes
    return sum(1 for w in fold(text).split() if w in exact or w.startswith(prefixes))


def has_role_word(header: str, role: str, terms: Sequence[ColumnTerm]) -> bool:
    """True when some term of ``role`` matches the text: what any cell :func:`assign_roles`
    gives ``role`` must have, so a cheap first test before scoring every term."""
    words = fold(header).split()
    return any(_matches(words, term) for term in terms if term.role == role)


def _needle(term: ColumnTerm) -> Optional[str]:
    """The substring of the text's words (joined with one space, padded with one on each side)
    that the term's first word needs: it begins (or, exact, is) a word of the text. One substring
    search in place of a test at every position, found whenever :func:`_matches` is true;
    ``None`` for a term without words (it matches any text)."""
    if not term.words:
        return None
    return f" {term.words[0]}{' ' if term.exact else ''}"


def _matches(words: list[str], term: ColumnTerm) -> bool:
    """The term's words at some position of ``words`` (each a prefix, unless exact); the
    first word is tested alone first, as it rules out nearly every position."""
    n = len(term.words)
    if n == 0:
        return True
    first, rest = term.words[0], term.words[1:]
    for i in range(len(words) - n + 1):
        if term.exact:
            if words[i] == first and tuple(words[i:i + n]) == term.words:
                return True
        elif words[i].startswith(first) and all(w.startswith(t) for w, t in zip(words[i + 1:i + n], rest)):
            return True
    return False


@dataclass(frozen=True)
class ColumnMap:
    """Role of each grid column of a table (None: a column we keep as 'other')."""

    roles: tuple[Optional[str], ...]
    headers: tuple[str, ...]

    def column_of(self, role: str) -> Optional[int]:
        return self.roles.index(role) if role in self.roles else None

    def composite_of(self, role: str) -> Optional[int]:
        """The column holding ``role`` together with another one, when no column holds it alone."""
        for col, name in enumerate(self.roles):
            if role in COMPOSITE_ROLES.get(name, ()):
                return col
        return None

    @property
    def mapped(self) -> set[str]:
        return {part for r in self.roles if r for part in COMPOSITE_ROLES.get(r, (r,))}


def assign_roles(headers: Sequence[str], terms: Sequence[ColumnTerm]) -> ColumnMap:
    """One role per column, each role used at most once, strongest claim first."""
    scored = [role_scores(h, terms) for h in headers]
    claims = sorted(
        ((score, -col, role) for col, scores in enumerate(scored) for role, score in scores.items()),
        reverse=True,
    )
    roles: list[Optional[str]] = [None] * len(headers)
    taken: set[str] = set()
    for _score, neg_col, role in claims:
        col = -neg_col
        if roles[col] is None and role not in taken:
            roles[col] = role
            taken.add(role)
    for composite, parts in COMPOSITE_ROLES.items():  # "Responsible / Deadline" and no column of either alone
        for col, scores in enumerate(scored):
            if (roles[col] in parts and all(scores.get(p, 0) >= COMPOSITE_MIN_SCORE for p in parts)
                    and not any(r in parts for c, r in enumerate(roles) if c != col)):
                roles[col] = composite
    return ColumnMap(tuple(roles), tuple(headers))


def is_agenda_header(columns: ColumnMap, min_roles: int) -> bool:
    """Enough canonical columns, and at least one that carries content, to be an agenda header."""
    core = columns.mapped & set(CORE_ROLES)
    if not core & {"topic", "discussion", "actions"}:
        return False
    if len(columns.roles) == 2:  # a 2-column table is an agenda only if it says so plainly
        return core == {"topic", "discussion"} or core == {"topic", "actions"}
    return len(core) >= min(min_roles, len(columns.roles))
