"""Deadlines of action points: a kind, and a date resolved against the meeting date.

"11 Septembre" in a 2017-09-06 meeting is 2017-09-11; "Fin juin" and "Juin" are the month's last
day; "25/10/2018", "15/10" and "By 5 April 2019" are themselves; "au plus tard le 20" is the 20th
of the meeting's month (or the next); "T3 2019" and "deuxième semestre" end their quarter or
half-year; "dans deux semaines" and "next week" count from the meeting. "Continu" is continuous,
"Avant la prochaine réunion" is next_meeting (dated from the archive by ``pipeline.archive``),
"Lorsque le rapport sera produit" is when_available, "ASAP" is asap; anything else is unknown.

Each reader below tries one way of writing a date and returns it or None; ``deadline_of`` takes
the first that reads the text.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Callable, Optional

from pipeline.dates import find_dates
from pipeline.nlp.numbers import number_in_digits_or_words
from pipeline.reference import Reference
from pipeline.textnorm import alternation, fold

#: a day-and-month deadline more than this many days before the meeting is next year's
PAST_TOLERANCE_DAYS = 60
#: a month named alone ("Juin") is a deadline only in a text of at most this many words
MONTH_ALONE_MAX_WORDS = 4
#: "next week" / "la semaine prochaine" is met by this weekday of the next week (4: Friday)
WEEK_ENDS_ON = 4

_ORDINALS = {"premier": 1, "1er": 1, "first": 1, "deuxieme": 2, "second": 2, "seconde": 2, "troisieme": 3,
             "third": 3, "quatrieme": 4, "fourth": 4}
Reader = Callable[[str, Optional[dt.date], Reference], Optional[dt.date]]


def _year_for(month: int, day: int, meeting: Optional[dt.date]) -> Optional[int]:
    """The year of a day and month written without one: the meeting's, or the next when that
    would put the date well before the meeting."""
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


def _safe_date(year: Optional[int], month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day) if year else None
    except ValueError:
        return None


def full_date(lowered: str, meeting: Optional[dt.date], reference: Reference) -> Optional[dt.date]:
    """"25/10/2018", "By 5 April 2019", "12-juin-19"."""
    dates = find_dates(lowered, reference)
    return dates[0].value if dates else None


def month_edge(lowered: str, meeting: Optional[dt.date], reference: Reference) -> Optional[dt.date]:
    """"Fin juin", "début juillet", "mi-juin", "end of March 2019"."""
    months = reference.months
    edge = re.search(rf"\b(fin|end of|end|debut|début|beginning of|early|mi|mid)[\s-]+(?:de\s+|d')?({reference.month_names})\.?"
                     r"(?:\s+((?:19|20)\d\d))?", lowered)
    if not edge:
        return None
    month = months[edge.group(2)]
    year = int(edge.group(3)) if edge.group(3) else _year_for(month, 15, meeting)
    if not year:
        return None
    where = edge.group(1)
    if where in ("fin", "end of", "end"):
        return _last_day(year, month)
    return dt.date(year, month, 15 if where in ("mi", "mid") else 1)


def day_and_month(lowered: str, meeting: Optional[dt.date], reference: Reference) -> Optional[dt.date]:
    """"11 Septembre", "September 11"."""
    months, names = reference.months, reference.month_names
    found = re.search(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+({names})\b|\b({names})\.?\s+(\d{{1,2}})\b",
                      lowered)
    if not found:
        return None
    day = int(found.group(1) or found.group(4))
    month = months[found.group(2) or found.group(3)]
    return _safe_date(_year_for(month, day, meeting), month, day)


def numeric_day_and_month(lowered: str, meeting: Optional[dt.date], reference: Reference) -> Optional[dt.date]:
    """"avant le 15/10", "20.05": day then month (month then day when only that reads); "1.5 mois" is no date."""
    found = re.search(r"(?<![\d/.])(\d{1,2})(?:/(\d{1,2})|\.(\d{2}))(?![\d/.]|\.\d)", lowered)
    if not found:
        return None
    first, second = int(found.group(1)), int(found.group(2) or found.group(3))
    day, month = (first, second) if second <= 12 else (second, first)
    if month > 12:
        return None
    return _safe_date(_year_for(month, day, meeting), month, day)


def month_alone(lowered: str, meeting: Optional[dt.date], reference: Reference) -> Optional[dt.date]:
    """"Mai 2019", "Juin", "en juillet", "by June": by the end of that month. Only in a short text,
    where the month is what the deadline says ("may" is also a verb)."""
    months = reference.months
    found = re.search(rf"\b({reference.month_names})\.?(?:\s+((?:19|20)\d\d))?\b", lowered)
    if not found or len(fold(lowered).split()) > MONTH_ALONE_MAX_WORDS:
        return None
    month = months[found.group(1)]
    year = int(found.group(2)) if found.group(2) else _year_for(month, calendar.monthrange(2001, month)[1], meeting)
    return _last_day(year, month) if year else None


def quarter_or_half(lowered: str, meeting: Optional[dt.date], reference: Reference) -> Optional[dt.date]:
    """"T3 2019", "Q3", "3ème trimestre 2019", "deuxième semestre", "first half of 2020": the period's last day."""
    folded = fold(lowered)
    short = re.search(r"\b([tq])([1-4])\b(?:\s+((?:19|20)\d\d))?", folded)
    if short:
        number, months, year = int(short.group(2)), 3, short.group(3)
    else:
        long = re.search(r"\b(premier|1er|first|deuxieme|second|seconde|troisieme|third|quatrieme|fourth|[1-4])(?:e|eme|st|nd|rd|th)?"
                         rf"\s+({alternation(reference.deadline_periods)})(?:\s+(?:de\s+|of\s+)?((?:19|20)\d\d))?\b", folded)
        if not long:
            return None
        word = long.group(1)
        number = int(word) if word.isdigit() else _ORDINALS[word]
        months, year = reference.deadline_periods[long.group(2)], long.group(3)
    if number * months > 12:
        return None
    year = int(year) if year else (meeting.year if meeting else None)
    return _last_day(year, number * months) if year else None


def relative_to_meeting(lowered: str, meeting: Optional[dt.date], reference: Reference) -> Optional[dt.date]:
    """"dans deux semaines", "within 10 days", "sous 48 heures" count from the meeting; "la semaine
    prochaine" / "next week" is the next week's Friday; "cette semaine", "fin de semaine" this one's."""
    if meeting is None:
        return None
    folded = fold(lowered)
    span = re.search(r"\b(?:dans|sous|d ici|within|in)\s+(?:les\s+|the\s+next\s+|next\s+)?([a-z0-9-]+)\s+"
                     r"(jours?|days?|semaines?|weeks?|mois|months?|heures?|hours?)\b", folded)
    if span:
        count = _count(span.group(1))
        if count is None:
            return None
        unit = span.group(2)
        if unit.startswith(("mois", "month")):
            month_index = meeting.month - 1 + count
            year, month = meeting.year + month_index // 12, month_index % 12 + 1
            return dt.date(year, month, min(meeting.day, calendar.monthrange(year, month)[1]))
        days = count * 7 if unit.startswith(("semaine", "week")) else count // 24 if unit.startswith(("heure", "hour")) else count
        return meeting + dt.timedelta(days=days)
    this_friday = meeting + dt.timedelta(days=(WEEK_ENDS_ON - meeting.weekday()) % 7)
    if re.search(r"\b(semaine prochaine|next week)\b", folded):
        return this_friday + dt.timedelta(days=7)
    if re.search(r"\b(cette semaine|fin de (la )?semaine|this week|end of (the )?week)\b", folded):
        return this_friday
    return None


def _count(word: str) -> Optional[int]:
    """"deux", "10", "a" (week): how many units a delay counts."""
    count = number_in_digits_or_words(word)
    return 1 if count is None and word == "a" else count


def day_alone(lowered: str, meeting: Optional[dt.date], reference: Reference) -> Optional[dt.date]:
    """"au plus tard le 20", "by the 20th": that day of the meeting's month, or the next month's."""
    found = re.search(r"\b(?:le|the|by the|avant le|au plus tard le)\s+(\d{1,2})(?:er|st|nd|rd|th)?\b(?![/.]\d)", lowered)
    if not found or meeting is None:
        return None
    day = int(found.group(1))
    year, month = meeting.year, meeting.month
    if day < meeting.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return _safe_date(year, month, day)


#: tried in this order: the most explicit writing first
READERS: tuple[Reader, ...] = (full_date, month_edge, day_and_month, numeric_day_and_month, quarter_or_half,
                               relative_to_meeting, month_alone, day_alone)


def deadline_of(text: Optional[str], meeting: Optional[dt.date], reference: Reference) -> tuple[Optional[str], Optional[dt.date]]:
    """(kind, date) of a deadline text; (None, None) when there is no deadline at all."""
    if not text or not text.strip():
        return None, None
    folded = fold(text)
    lowered = text.lower()
    for reader in READERS:
        date = reader(lowered, meeting, reference)
        if date is not None:
            return "date", date
    for term, kind in reference.deadline_terms:
        if kind != "date" and (folded.startswith(term) or f" {term}" in f" {folded}"):
            return kind, None
    return "unknown", None
