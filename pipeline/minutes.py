"""What the structuring stages make of a Document: the meeting header, agenda items, actions.

Typed records, one per fact, each carrying enough provenance to find it again in the source.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional

from pipeline.model import Paragraph


@dataclass(frozen=True)
class MeetingHeader:
    """The block at the top of a compte rendu (or its 2-column metadata table)."""

    title: Optional[str] = None
    meeting_date: Optional[dt.date] = None
    meeting_date_text: Optional[str] = None
    place: Optional[str] = None
    participants: Optional[int] = None
    participants_text: Optional[str] = None
    chair: Optional[str] = None
    chair_text: Optional[str] = None
    co_facilitator: Optional[str] = None
    co_facilitator_text: Optional[str] = None
    group: Optional[str] = None
    organisations_present_text: Optional[str] = None
    agenda_text: Optional[str] = None
    next_meeting_date: Optional[dt.date] = None
    next_meeting_text: Optional[str] = None


@dataclass(frozen=True)
class RowGroup:
    """The action, responsible and deadline paragraphs one source row gave an item.

    Actions are aligned with responsibles and deadlines within a row only: that is the
    strongest evidence of which value goes with which action that a table offers.
    """

    row: int
    actions: tuple[Paragraph, ...] = ()
    responsible: tuple[Paragraph, ...] = ()
    deadline: tuple[Paragraph, ...] = ()


@dataclass(frozen=True)
class AgendaItem:
    """One point of the agenda table, continuation rows merged in."""

    item_no: int
    topic: Optional[str]
    discussion: Optional[str]
    actions_text: Optional[str]
    responsible_text: Optional[str]
    deadline_text: Optional[str]
    table_index: int
    row_first: int
    row_last: int
    item_label: Optional[str] = None
    section: Optional[str] = None
    status_text: Optional[str] = None
    other_text: Optional[str] = None
    page_start: Optional[int] = None
    page_end: Optional[int] = None
    row_groups: tuple[RowGroup, ...] = field(default=(), repr=False)
    deadline_kinds: tuple[Optional[str], ...] = ()
    deadline_dates: tuple[Optional[dt.date], ...] = ()


@dataclass(frozen=True)
class Action:
    """One action point, with the responsible and deadline the table lets us attach to it.

    ``*_alignment`` says how the value was attached: ``one_to_one`` (as many values as actions
    in the row), ``shared`` (one value for all the row's actions), ``whole_cell`` (several
    values beside the row's only action: all are its), ``matched`` (fewer values
    than actions, placed by evidence in the texts: :mod:`pipeline.structure.alignment`),
    ``unaligned`` (nothing justifies a value: left null, the whole cell stays in
    agenda_items), ``none`` (empty).
    """

    item_no: int
    action_no: int
    text: Optional[str]
    responsible_text: Optional[str]
    deadline_text: Optional[str]
    responsible_alignment: str
    deadline_alignment: str
    row: int
    page: Optional[int] = None
    deadline_kind: Optional[str] = None
    deadline_date: Optional[dt.date] = None


@dataclass(frozen=True)
class Minutes:
    """Everything the structuring stages found in one document."""

    header: MeetingHeader
    items: tuple[AgendaItem, ...]
    actions: tuple[Action, ...]
    agenda_tables: int = 0
    body_text: Optional[str] = None
    #: what the reader should check by hand (an agenda header in the text but no item read)
    warnings: tuple[str, ...] = ()
