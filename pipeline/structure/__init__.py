"""Structuring stages: Document -> Minutes (meeting header, agenda items, actions). Pure."""

from __future__ import annotations

from dataclasses import replace

from pipeline.config import Settings
from pipeline.minutes import Minutes
from pipeline.model import Document
from pipeline.reference import Reference
from pipeline.structure.actions import actions_of_item
from pipeline.structure.agenda import agenda_items, agenda_tables, missing_agenda_warning
from pipeline.structure.deadlines import deadline_of
from pipeline.structure.header import body_lines, meeting_header


def with_deadlines(item, meeting_date, reference: Reference):
    """An item with each line of its deadline column read as (kind, date), aligned or not."""
    lines = (item.deadline_text or "").split("\n") if item.deadline_text else []
    parsed = [deadline_of(line, meeting_date, reference) for line in lines]
    return replace(item, deadline_kinds=tuple(k for k, _ in parsed), deadline_dates=tuple(d for _, d in parsed))


def build_minutes(document: Document, settings: Settings, reference: Reference) -> Minutes:
    """What the minutes say, as typed records."""
    tables = agenda_tables(document, settings, reference)
    positions = [i for i, block in enumerate(document.blocks) if any(block is t.table for t in tables)]
    first_block, last_block = (positions[0], positions[-1]) if positions else (None, None)
    items, n_tables = agenda_items(document, settings, reference, tables)
    actions = tuple(a for item in items for a in actions_of_item(item, reference))
    header = meeting_header(document, first_block, settings, reference, last_block)
    actions = tuple(replace(a, **dict(zip(("deadline_kind", "deadline_date"),
                                          deadline_of(a.deadline_text, header.meeting_date, reference))))
                    for a in actions)
    items = [with_deadlines(item, header.meeting_date, reference) for item in items]
    body = "\n".join(body_lines(document, settings, reference, [t.table for t in tables])) or None
    warning = missing_agenda_warning(document, items, reference)
    return Minutes(header=header, items=tuple(items), actions=actions, agenda_tables=n_tables, body_text=body,
                   warnings=(warning,) if warning else ())
