"""What the NLP stage finds in Minutes: typed facts, each with its provenance in the document.

Every fact says where it was read: the field (a header value, an agenda cell, the body), the
agenda item it belongs to (None for header fields and the body) and its character span in that
field's text. ``pipeline.rows`` alone turns these into the output tables' rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from pipeline.reference.places import Place
from pipeline.reference.registry import Organisation


@dataclass(frozen=True)
class Span:
    """Where a fact was read: the field, its agenda item, and the characters in the field's text."""

    item_no: Optional[int]
    field: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class OrgMention:
    """An organisation named in a field; ``organisation`` is None when no entry explains it."""

    span: Span
    method: str
    organisation: Optional[Organisation]


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a field; ``place`` is None when the gazetteer does not know it."""

    span: Span
    method: str
    place: Optional[Place]


@dataclass(frozen=True)
class Figure:
    """A count stated in a field."""

    item_no: Optional[int]
    field: str
    start: int
    end: int
    text: str
    value: float
    unit: str
    unit_text: str
    qualifier: str
    population: Optional[str]
    location: Optional[str]
    period: Optional[str]
    sentence: str
    restates: Optional[int] = None  # index of the figure this one restates (in its field, then in the document)
    place: Optional[Place] = None  # the gazetteer's entry for ``location``, when it has one


@dataclass(frozen=True)
class Attendance:
    """An item of the attendance list: the organisation it names, or its text alone."""

    text: str
    organisation: Optional[Organisation]


@dataclass(frozen=True)
class Facts:
    """Everything the NLP stage found in one document."""

    organisations: tuple[OrgMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    figures: tuple[Figure, ...] = ()
    attendance: tuple[Attendance, ...] = ()
    #: org_ids named in each item's responsible column, and in each action's responsible lines
    item_responsible: dict[int, tuple[str, ...]] = field(default_factory=dict)
    action_responsible: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)
