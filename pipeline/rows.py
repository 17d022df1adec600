"""Minutes -> table rows (plain dicts keyed by the schema's column names). Pure."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, Optional

from pipeline.minutes import Minutes
from pipeline.nlp.mentions import Facts

Row = dict[str, Any]

_HEADER_FIELDS = (
    "title", "meeting_date", "meeting_date_text", "place", "participants", "chair", "chair_text",
    "co_facilitator", "co_facilitator_text", "group", "organisations_present_text", "agenda_text",
    "next_meeting_date", "next_meeting_text",
)
_EMPTY = Facts()


def document_row(doc_id: str, source_path: str, fmt: str, file_size: Optional[int], version: str,
                 minutes: Optional[Minutes] = None, pages: Optional[int] = None,
                 warnings: tuple[str, ...] = (), error: Optional[str] = None,
                 ocr_pages: tuple[int, ...] = ()) -> Row:
    """The documents row of a file: its header fields when converted, its error when not."""
    row: Row = {
        "doc_id": doc_id, "source_path": source_path, "duplicate_paths": [], "format": fmt,
        "status": "failed" if error else "ok", "error": error,
        "warnings": list(warnings) + list(minutes.warnings if minutes else ()),
        "file_size": file_size, "pages": pages, "pipeline_version": version,
        "ocr": bool(ocr_pages) if not error else None, "ocr_pages": list(ocr_pages),
        "agenda_tables": None, "agenda_items": None, "actions": None,
    }
    header = asdict(minutes.header) if minutes else {}
    row.update({name: header.get(name) for name in _HEADER_FIELDS})
    row["body_text"] = minutes.body_text if minutes else None
    row["meeting_id"] = meeting_id(minutes) if minutes else None
    row["primary"] = None  # set for the whole archive at assembly
    if minutes:
        row.update(agenda_tables=minutes.agenda_tables, agenda_items=len(minutes.items), actions=len(minutes.actions))
    return row


def meeting_id(minutes: Minutes) -> Optional[str]:
    """The same key for every document of one meeting: group, date and place (None without a date)."""
    import hashlib

    from pipeline.textnorm import fold

    header = minutes.header
    if header.meeting_date is None:
        return None
    key = f"{header.group or ''}|{header.meeting_date.isoformat()}|{fold(header.place or '')}"
    return hashlib.sha256(key.encode()).hexdigest()[:12]


def agenda_item_rows(doc_id: str, minutes: Minutes, facts: Facts = _EMPTY) -> list[Row]:
    return [
        {"responsible": facts.item_responsible.get(it.item_no, []),
         "deadline_kinds": list(it.deadline_kinds), "deadline_dates": list(it.deadline_dates),
            "doc_id": doc_id, "item_no": it.item_no, "item_label": it.item_label, "section": it.section,
            "topic": it.topic, "discussion": it.discussion, "actions_text": it.actions_text,
            "responsible_text": it.responsible_text, "deadline_text": it.deadline_text,
            "status_text": it.status_text, "other_text": it.other_text, "table_index": it.table_index,
            "row_first": it.row_first, "row_last": it.row_last, "page_start": it.page_start, "page_end": it.page_end,
        }
        for it in minutes.items
    ]


def action_rows(doc_id: str, minutes: Minutes, facts: Facts = _EMPTY) -> list[Row]:
    return [
        {"responsible": facts.action_responsible.get((a.item_no, a.action_no), []),
            "doc_id": doc_id, "item_no": a.item_no, "action_no": a.action_no, "text": a.text,
            "responsible_text": a.responsible_text, "deadline_text": a.deadline_text,
            "responsible_alignment": a.responsible_alignment, "deadline_alignment": a.deadline_alignment,
            "deadline_kind": a.deadline_kind, "deadline_date": a.deadline_date,
            "source_row": a.row, "page": a.page,
        }
        for a in minutes.actions
    ]


def mention_rows(doc_id: str, facts: Facts) -> dict[str, list[Row]]:
    """Rows of the organisations, locations and attendance tables."""
    return {
        "organisations": [{"doc_id": doc_id, **row} for row in facts.organisations],
        "locations": [{"doc_id": doc_id, **row} for row in facts.locations],
        "attendance": [{"doc_id": doc_id, **row} for row in facts.attendance],
        "figures": [{"doc_id": doc_id, **row} for row in facts.figures],
    }
