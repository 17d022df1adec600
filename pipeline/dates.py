"""Dates as minutes write them ("06 septembre 2017", "Jeudi, 14 juin 2018", "25/10/2018",
"June 14, 2018", "2018-06-14", "12-juin-19"), found in running text with their character span."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from pipeline.reference import Reference


@dataclass(frozen=True)
class DateMention:
    """A date found in a text: its span and its value."""

    start: int
    end: int
    value: dt.date


def _compile(reference: Reference) -> tuple[re.Pattern[str], ...]:
    month = "(?P<month>" + reference.month_names + r")\.?"
    day = r"(?P<day>[0-3]?\d)(?:er|st|nd|rd|th)?"
    year = r"(?P<year>(?:19|20)\d\d)"
    return (
        re.compile(rf"\b{day}\s*(?:-|\s)\s*{month}\s*,?\s*{year}\b", re.IGNORECASE),
        re.compile(rf"\b{day}-{month}-(?P<year>\d\d)\b", re.IGNORECASE),  # "12-juin-19", as spreadsheets write it
        re.compile(rf"\b{month}\s+{day},?\s+{year}\b", re.IGNORECASE),
        re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]?\d)-(?P<day>[0-3]?\d)\b"),
        re.compile(r"\b(?P<day>[0-3]?\d)[/.\-](?P<mnum>[01]?\d)[/.\-](?P<year>(?:19|20)?\d\d)\b"),
    )


def find_dates(text: str, reference: Reference) -> list[DateMention]:
    """Every valid full date (day, month, year) in ``text``, in order, spans not overlapping."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in reference.derived("dates.patterns", _compile):
        for match in pattern.finditer(text):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            value = _date_of(match, reference.months)
            if value is not None:
                found.append(DateMention(match.start(), match.end(), value))
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda d: d.start)


def first_date(text: str, reference: Reference) -> Optional[DateMention]:
    dates = find_dates(text, reference)
    return dates[0] if dates else None


def _date_of(match: re.Match[str], months) -> Optional[dt.date]:
    parts = match.groupdict()
    month = months.get(parts["month"].lower()) if parts.get("month") else int(parts["mnum"])
    year = int(parts["year"])
    if year < 100:
        year += 2000
    try:
        return dt.date(year, month, int(parts["day"]))
    except (TypeError, ValueError):
        return None
