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


def date_next_meeting_actions(actions: list[Row], date: Optional[dt.date]) -> list[Row]:
    """A document's actions with their next_meeting deadlines dated (when the date is known)."""
    if date is None:
        return actions
    return [dict(a, deadline_date=date) if a.get("deadline_kind") == "next_meeting" and not a.get("deadline_date")
            else a for a in actions]


def date_next_meeting_items(items: list[Row], date: Optional[dt.date]) -> list[Row]:
    """A document's agenda items with their next_meeting deadline lines dated."""
    if date is None:
        return items
    return [dict(item, deadline_dates=[date if k == "next_meeting" and d is None else d
                                       for k, d in zip(item.get("deadline_kinds") or [], item.get("deadline_dates") or [])])
            for item in items]


#: per-document patches of the archive stage, by table
ARCHIVE_PATCHES = {"actions": date_next_meeting_actions, "agenda_items": date_next_meeting_items}


#: which rendering of a meeting to count its facts from: the most structured first
FORMAT_PREFERENCE = ("docx", "doc", "html", "pdf", "text")


def primary_documents(documents: list[Row]) -> set[str]:
    """doc_ids of one converted document per meeting; documents with no meeting date each count.

    Renderings of one meeting say the same, but not always as clearly: a text export keeps the
    page layout that ties a responsible to its actions where a re-rendered .docx lost it. The
    rendering that gave the most actions a responsible is counted, then the most structured format.
    """
    chosen: dict[str, Row] = {}
    primary: set[str] = set()
    for d in documents:
        if d.get("status") != "ok":
            continue
        if not d.get("meeting_id"):
            primary.add(d["doc_id"])
            continue
        rank = (-(d.get("actions_with_responsible") or 0),
                FORMAT_PREFERENCE.index(d["format"]) if d["format"] in FORMAT_PREFERENCE else len(FORMAT_PREFERENCE),
                d["source_path"])
        best = chosen.get(d["meeting_id"])
        if best is None or rank < best["_rank"]:
            chosen[d["meeting_id"]] = dict(d, _rank=rank)
    return primary | {d["doc_id"] for d in chosen.values()}
