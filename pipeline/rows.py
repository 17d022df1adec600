"""Minutes + Facts -> table rows (plain dicts keyed by the schema's column names). Pure.

The one place outside ``schema.py`` that names output columns: the stages before it produce
typed records (``pipeline.minutes``, ``pipeline.facts``), and what an analyst sees is decided here.
"""

from __future__ import annotations

import calendar
from dataclasses import asdict
from datetime import date
from typing import Any, Optional

from pipeline.facts import Attendance, Facts, Figure, OrgMention, PlaceMention
from pipeline.minutes import Minutes
from pipeline.reference import Reference
from pipeline.textnorm import fold

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
                 ocr_pages: tuple[int, ...] = (), facts: Optional[Facts] = None,
                 reference: Optional[Reference] = None) -> Row:
    """The documents row of a file: its header fields when converted, its error when not."""
    row: Row = {
        "doc_id": doc_id, "source_path": source_path, "duplicate_paths": [], "format": fmt,
        "status": "failed" if error else "ok", "error": error,
        "warnings": list(warnings) + list(minutes.warnings if minutes else ()),
        "file_size": file_size, "pages": pages, "pipeline_version": version,
        "ocr": bool(ocr_pages) if not error else None, "ocr_pages": list(ocr_pages),
        "agenda_tables": None, "agenda_items": None, "actions": None, "actions_with_responsible": None,
    }
    header = asdict(minutes.header) if minutes else {}
    row.update({name: header.get(name) for name in _HEADER_FIELDS})
    row["body_text"] = minutes.body_text if minutes else None
    row["meeting_id"] = meeting_id(minutes) if minutes else None
    row["primary"] = None  # set for the whole archive at assembly
    row["meeting_region"], row["meeting_region_pcode"] = meeting_region(facts, reference) if facts and reference else (None, None)
    if minutes:
        row.update(agenda_tables=minutes.agenda_tables, agenda_items=len(minutes.items), actions=len(minutes.actions),
                   actions_with_responsible=sum(a.responsible_text is not None for a in minutes.actions))
    return row


def meeting_region(facts: Facts, reference: Reference) -> tuple[Optional[str], Optional[str]]:
    """(name, P-code) of the admin-1 unit the meeting's place lies in, when the header's place
    names one region and no capital: a group meeting in Gao or Sévaré covers its region, one
    meeting in Bamako is national and its counts belong to no region unless the text says."""
    named = [m for m in facts.places if m.span.item_no is None and m.span.field == "place" and m.place is not None]
    if any(fold(m.span.text) in reference.capitals or fold(m.place.name) in reference.capitals for m in named):
        return None, None
    regions = {(m.place.admin1_name, m.place.admin1_pcode) for m in named if m.place.admin1_pcode}
    return next(iter(regions)) if len(regions) == 1 else (None, None)


def meeting_id(minutes: Minutes) -> Optional[str]:
    """The same key for every document of one meeting: group, date and place (None without a date)."""
    import hashlib

    header = minutes.header
    if header.meeting_date is None:
        return None
    key = f"{header.group or ''}|{header.meeting_date.isoformat()}|{fold(header.place or '')}"
    return hashlib.sha256(key.encode()).hexdigest()[:12]


def agenda_item_rows(doc_id: str, minutes: Minutes, facts: Facts = _EMPTY) -> list[Row]:
    return [
        {"responsible": list(facts.item_responsible.get(it.item_no, ())),
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
        {"responsible": list(facts.action_responsible.get((a.item_no, a.action_no), ())),
            "doc_id": doc_id, "item_no": a.item_no, "action_no": a.action_no, "text": a.text,
            "responsible_text": a.responsible_text, "deadline_text": a.deadline_text,
            "responsible_alignment": a.responsible_alignment, "deadline_alignment": a.deadline_alignment,
            "deadline_kind": a.deadline_kind, "deadline_date": a.deadline_date,
            "source_row": a.row, "page": a.page,
        }
        for a in minutes.actions
    ]


def mention_rows(doc_id: str, facts: Facts) -> dict[str, list[Row]]:
    """Rows of the organisations, locations, attendance and figures tables."""
    return {
        "organisations": [organisation_row(doc_id, m) for m in facts.organisations],
        "locations": [location_row(doc_id, m) for m in facts.places],
        "attendance": [attendance_row(doc_id, a) for a in facts.attendance],
        "figures": [figure_row(doc_id, no, f) for no, f in enumerate(facts.figures, start=1)],
    }


def _span_columns(doc_id: str, mention: OrgMention | PlaceMention) -> Row:
    span = mention.span
    return {"doc_id": doc_id, "item_no": span.item_no, "field": span.field, "text": span.text,
            "start": span.start, "end": span.end, "method": mention.method}


def organisation_row(doc_id: str, mention: OrgMention) -> Row:
    org = mention.organisation
    return {**_span_columns(doc_id, mention), "org_id": org.org_id if org else None,
            "org_name": org.name if org else None, "org_type": org.type if org else None}


def location_row(doc_id: str, mention: PlaceMention) -> Row:
    place = mention.place
    if place is None:  # a place the NER saw but the gazetteer does not know
        return {**_span_columns(doc_id, mention), "name": mention.span.text, "admin_level": None,
                "admin1_name": None, "admin1_pcode": None, "admin2_name": None, "admin2_pcode": None,
                "pcode_version": None}
    return {**_span_columns(doc_id, mention), "name": place.name, "admin_level": place.admin_level,
            "admin1_name": place.admin1_name, "admin1_pcode": place.admin1_pcode, "admin2_name": place.admin2_name,
            "admin2_pcode": place.admin2_pcode, "pcode_version": place.pcode_version}


def attendance_row(doc_id: str, entry: Attendance) -> Row:
    org = entry.organisation
    return {"doc_id": doc_id, "org_id": org.org_id if org else None, "org_name": org.name if org else None,
            "text": entry.text}


def figure_row(doc_id: str, figure_no: int, figure: Figure) -> Row:
    """A figure numbered in its document; a restatement points to the figure it restates."""
    integral = float(figure.value).is_integer()
    count = int(figure.value) if integral else None
    place = figure.place
    return {
        "doc_id": doc_id, "item_no": figure.item_no, "field": figure.field, "figure_no": figure_no,
        "text": figure.text, "start": figure.start, "end": figure.end,
        "value": count, "value_float": None if integral else figure.value,
        "unit": figure.unit, "unit_text": figure.unit_text, "qualifier": figure.qualifier,
        "population": figure.population, "location": figure.location, "period": figure.period,
        "location_role": figure.location_role, "origin": figure.origin,
        **period_bounds(figure.period), "period_kind": figure.period_kind, "period_source": figure.period_source, "subject": figure.subject,
        "restates": _figure_no(figure.restates), "part_of": _figure_no(figure.part_of),
        "repeats": _figure_no(figure.repeats), "total_of": [i + 1 for i in figure.total_of],
        "aggregate": figure.aggregate,
        "admin1_name": place.admin1_name if place else None, "admin1_pcode": place.admin1_pcode if place else None,
        "admin2_name": place.admin2_name if place else None, "admin2_pcode": place.admin2_pcode if place else None,
        "households": count if figure.unit == "households" else None,
        "persons": count if figure.unit == "persons" else None,
        "idps": count if figure.unit == "persons" and figure.population == "idps" else None,
        "sentence": figure.sentence,
    }


def _figure_no(index: Optional[int]) -> Optional[int]:
    """A figure's index in its document as the figure_no the table gives it."""
    return index + 1 if index is not None else None


def period_bounds(period: Optional[str]) -> Row:
    """First and last day of an ISO 8601 period ("2019-02", "2018-05-01/2018-05-31", "2019-01/"),
    so a spreadsheet or an HXL tool filters on dates rather than on text."""
    def bound(text: str, last: bool) -> Optional[date]:
        parts = [int(p) for p in text.split("-")] if text else []
        if len(parts) == 3:
            return date(*parts)
        if len(parts) == 2:
            return date(parts[0], parts[1], calendar.monthrange(*parts)[1] if last else 1)
        if len(parts) == 1:
            return date(parts[0], 12, 31) if last else date(parts[0], 1, 1)
        return None

    if not period:
        return {"period_start": None, "period_end": None}
    start, _, end = period.partition("/")
    return {"period_start": bound(start, False), "period_end": bound(end if "/" in period else start, True)}
