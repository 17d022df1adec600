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


def role_scores(header: str, terms: Sequence[ColumnTerm]) -> dict[str, float]:
    """Score of each role for one header cell's text (roles with no matching term absent)."""
    words = fold(header).split()
    scores: dict[str, float] = {}
    for term in terms:
        if _matches(words, term):
            scores[term.role] = scores.get(term.role, 0.0) + term.weight
    return scores


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

    @property
    def mapped(self) -> set[str]:
        return {r for r in self.roles if r}


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
    return ColumnMap(tuple(roles), tuple(headers))


def is_agenda_header(columns: ColumnMap, min_roles: int) -> bool:
    """Enough canonical columns, and at least one that carries content, to be an agenda header."""
    core = columns.mapped & set(CORE_ROLES)
    if not core & {"topic", "discussion", "actions"}:
        return False
    if len(columns.roles) == 2:  # a 2-column table is an agenda only if it says so plainly
        return core == {"topic", "discussion"} or core == {"topic", "actions"}
    return len(core) >= min(min_roles, len(columns.roles))
