"""Structuring stages: Document -> Minutes (meeting header, agenda items, actions). Pure."""

from __future__ import annotations

from pipeline.config import Settings
from pipeline.minutes import Minutes
from pipeline.model import Document
from pipeline.structure.actions import actions_of_item
from pipeline.structure.agenda import agenda_items, agenda_tables
from pipeline.structure.header import body_paragraphs, meeting_header


def structure(document: Document, settings: Settings) -> Minutes:
    """What the minutes say, as typed records."""
    tables = agenda_tables(document, settings)
    positions = [i for i, block in enumerate(document.blocks) if any(block is t.table for t in tables)]
    first_block, last_block = (positions[0], positions[-1]) if positions else (None, None)
    items, n_tables = agenda_items(document, settings)
    actions = tuple(a for item in items for a in actions_of_item(item))
    header = meeting_header(document, first_block, settings, last_block)
    body = "\n".join(p.text for p in body_paragraphs(document, settings)) or None
    return Minutes(header=header, items=tuple(items), actions=actions, agenda_tables=n_tables, body_text=body)
