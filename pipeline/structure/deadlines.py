"""Deadlines of action points: a kind, and a date resolved against the meeting date.

"11 Septembre" in a 2017-09-06 meeting is 2017-09-11; "Fin juin" is the month's last day;
"25/10/2018" and "By 5 April 2019" are themselves; "au plus tard le 20" is the 20th of the
meeting's month (or the next); "Continu" is continuous, "Avant la prochaine réunion" is
next_meeting (dated from the archive by ``pipeline.archive``), "Lorsque le
rapport sera produit" is when_available, "ASAP" is asap; anything else is unknown.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Optional

from pipeline.dates import find_dates
from pipeline.reference import deadline_terms, month_numbers
from pipeline.textnorm import fold

#: a day-and-month deadline more than this many days before the meeting is next year's
PAST_TOLERANCE_DAYS = 60


def _month_pattern() -> str:
    return "|".join(sorted(map(re.escape, month_numbers()), key=len, reverse=True))


def _year_for(month: int, day: int, meeting: Optional[dt.date]) -> Optional[int]:
    if meeting is None:
        return None
    year = meeting.year
    try:
        candidate = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
    except ValueError:
        return None
    return year + 1 if (meeting - candidate).days > PAST_TOLERANCE_DAYS else year


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def deadline_of(text: Optional[str], meeting: Optional[dt.date]) -> tuple[Optional[str], Optional[dt.date]]:
    """(kind, date) of a deadline text; (None, None) when there is no deadline at all."""
    if not text or not text.strip():
        return None, None
    months = month_numbers()
    names = _month_pattern()
    lowered = text.lower()
    dates = find_dates(text)
    if dates:
        return "date", dates[0].value
    edge = re.search(rf"\b(fin|end of|end|debut|début|beginning of|early|mi|mid)[\s-]+(?:de\s+|d')?({names})\.?(?:\s+((?:19|20)\d\d))?", lowered)
    if edge:
        month = months[edge.group(2)]
        year = int(edge.group(3)) if edge.group(3) else _year_for(month, 15, meeting)
        if year:
            where = edge.group(1)
            if where in ("fin", "end of", "end"):
                return "date", _last_day(year, month)
            return "date", dt.date(year, month, 15 if where in ("mi", "mid") else 1)
    day_month = re.search(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+({names})\b|\b({names})\.?\s+(\d{{1,2}})\b", lowered)
    if day_month:
        day = int(day_month.group(1) or day_month.group(4))
        month = months[day_month.group(2) or day_month.group(3)]
        year = _year_for(month, day, meeting)
        if year:
            try:
                return "date", dt.date(year, month, day)
            except ValueError:
                pass
    month_year = re.search(rf"\b({names})\.?\s+((?:19|20)\d\d)\b", lowered)
    if month_year:
        return "date", _last_day(int(month_year.group(2)), months[month_year.group(1)])
    day_only = re.search(r"\b(?:le|the|by the|avant le|au plus tard le)\s+(\d{1,2})(?:er|st|nd|rd|th)?\b", lowered)
    if day_only and meeting:
        day = int(day_only.group(1))
        year, month = meeting.year, meeting.month
        if day < meeting.day:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        try:
            return "date", dt.date(year, month, day)
        except ValueError:
            pass
    folded = fold(text)
    for term, kind in deadline_terms():
        if kind != "date" and (folded.startswith(term) or f" {term}" in f" {folded}"):
            return kind, None
    return "unknown", None
