"""Stages over the whole archive's rows, once every document is converted (pure functions).

A deadline "Avant la prochaine réunion" gets a date when the archive knows that meeting: the
date the minutes themselves give for their next meeting, else the next minutes of the same
group in the same region.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

Row = dict


def meeting_keys(documents: list[Row], locations: list[Row]) -> dict[str, tuple]:
    """doc_id -> (group, region P-code of the meeting place): which meetings form a series."""
    region = {}
    for row in locations:
        if row["field"] == "place" and row.get("admin1_pcode") and row["doc_id"] not in region:
            region[row["doc_id"]] = row["admin1_pcode"]
    return {d["doc_id"]: (d.get("group"), region.get(d["doc_id"])) for d in documents if d.get("group")}


def next_meeting_dates(documents: list[Row], locations: list[Row]) -> dict[str, dt.date]:
    """doc_id -> date of the next meeting of its series, where the archive tells."""
    keys = meeting_keys(documents, locations)
    series: dict[tuple, list[dt.date]] = {}
    for d in documents:
        if d["doc_id"] in keys and d.get("meeting_date"):
            series.setdefault(keys[d["doc_id"]], []).append(d["meeting_date"])
    found: dict[str, dt.date] = {}
    for d in documents:
        stated: Optional[dt.date] = d.get("next_meeting_date")
        if stated:
            found[d["doc_id"]] = stated
        elif d["doc_id"] in keys and d.get("meeting_date"):
            later = [m for m in series.get(keys[d["doc_id"]], []) if m > d["meeting_date"]]
            if later:
                found[d["doc_id"]] = min(later)
    return found


def resolve_next_meetings(documents: list[Row], actions: list[Row], locations: list[Row]) -> list[Row]:
    """Actions whose next_meeting deadline can be dated, dated."""
    dates = next_meeting_dates(documents, locations)
    return [dict(a, deadline_date=dates[a["doc_id"]])
            if a.get("deadline_kind") == "next_meeting" and not a.get("deadline_date") and a["doc_id"] in dates else a
            for a in actions]


def resolve_item_next_meetings(documents: list[Row], items: list[Row], locations: list[Row]) -> list[Row]:
    """Agenda items' deadline lines of kind next_meeting, dated where the archive tells."""
    dates = next_meeting_dates(documents, locations)
    resolved = []
    for item in items:
        date = dates.get(item["doc_id"])
        kinds = item.get("deadline_kinds") or []
        if date and "next_meeting" in kinds:
            item = dict(item, deadline_dates=[date if k == "next_meeting" and d is None else d
                                              for k, d in zip(kinds, item["deadline_dates"])])
        resolved.append(item)
    return resolved
