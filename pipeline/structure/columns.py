"""Classifying table header cells into canonical columns by their words.

Each header cell is scored against the vocabulary in ``resources/agenda_columns.csv`` (a term
matches a run of words, by prefix unless marked exact); the best-scoring role wins, and when
two cells want the same role the stronger keeps it. An unseen wording still maps as long as
it uses a known word ("Recommandations formulées" -> actions, "Date butoir" -> deadline).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from pipeline.reference import ColumnTerm, agenda_column_terms
from pipeline.textnorm import fold

#: the columns an agenda item is made of; others (number, status) are kept on the side
CORE_ROLES = ("topic", "discussion", "actions", "responsible", "deadline")
#: one column holding two roles ("Responsable / Délai": "UNHCR – 15 Sept"), and the roles it holds
COMPOSITE_ROLES = {"responsible+deadline": ("responsible", "deadline")}
#: a header cell names a role of a composite column when it scores at least this for it
COMPOSITE_MIN_SCORE = 2.0


def role_scores(header: str, terms: Sequence[ColumnTerm] | None = None) -> dict[str, float]:
    """Score of each role for one header cell's text (roles with no matching term absent)."""
    words = fold(header).split()
    scores: dict[str, float] = {}
    if terms is None:  # only the terms whose first word can match one of the text's words
        index = _term_index(agenda_column_terms())
        terms = list({id(t): t for w in words for key in (w[:1], w[:2]) for t in index.get(key, ())}.values())
    for term in terms:
        if _matches(words, term):
            scores[term.role] = scores.get(term.role, 0.0) + term.weight
    return scores


@lru_cache(maxsize=4)
def _term_index(terms: tuple[ColumnTerm, ...]) -> dict[str, tuple[ColumnTerm, ...]]:
    """Terms by the first two letters of their first word (one letter when it has only one):
    a term can only match a word beginning with them."""
    index: dict[str, list[ColumnTerm]] = {}
    for term in terms:
        index.setdefault(term.words[0][:2], []).append(term)
    return {key: tuple(found) for key, found in index.items()}


def vocabulary_hits(text: str) -> int:
    """How many words of ``text`` could begin a term of ``agenda_columns.csv``: a cheap first
    look for a header row, before classifying its cells."""
    index = _term_index(agenda_column_terms())

    def hit(word: str) -> bool:
        return any(word == t.words[0] if t.exact else word.startswith(t.words[0])
                   for key in (word[:1], word[:2]) for t in index.get(key, ()))

    return sum(1 for w in fold(text).split() if hit(w))


def _matches(words: list[str], term: ColumnTerm) -> bool:
    n = len(term.words)
    for i in range(len(words) - n + 1):
        window = words[i:i + n]
        if term.exact:
            if window == list(term.words):
                return True
        elif all(w.startswith(t) for w, t in zip(window, term.words)):
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


def assign_roles(headers: Sequence[str]) -> ColumnMap:
    """One role per column, each role used at most once, strongest claim first."""
    scored = [role_scores(h) for h in headers]
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
