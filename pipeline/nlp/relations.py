"""How a document's figures relate to each other, and what, where and when each counts.

Extracting a number is half the job: an analyst who sums a column also needs to know that "9
attaques" is a part of "23 incidents, dont 9 attaques", that "367 ménages" said twice is one
group, that "186 ménages déplacés de Tonka vers Goundam" are in Goundam, and that "96 protection
incidents" are February's. Pure functions over the document's ``Figure`` facts and its field
texts; the word lists are data (``resources/figure_subjects.csv``, ``resources/place_roles.csv``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date
from typing import Callable, Optional, Sequence

from pipeline.dates import find_dates
from pipeline.facts import Figure, PlaceMention
from pipeline.nlp.fields import FieldText, field_texts
from pipeline.nlp.figures import heading_place, sentences
from pipeline.reference import Reference
from pipeline.reference.places import Place
from pipeline.reference.tables import read_rows
from pipeline.textnorm import fold

#: words between a whole and its part ("23 incidents, dont 9 attaques")
_PART = re.compile(r"\b(dont|parmi (?:lesquel(?:le)?s|eux|elles|ces|ceux|celles)|y compris|incluant|including|"
                   r"of whom|of which|among (?:them|whom|these|those))\b", re.IGNORECASE)
#: a sentence about the previous one's count ("Among the survivors, 12 were children")
_PART_SENTENCE = re.compile(r"^\W*(parmi|among|of (?:these|those|them|whom)|sur ces)\b", re.IGNORECASE)
_PART_ANAPHORA = re.compile(r"^\s*d['’]entre\s+(eux|elles)\b|^\s*of\s+them\b", re.IGNORECASE)
_BREAKDOWN_OPEN = re.compile(r"\s*[(:]\s*(?:dont\s+|soit\s+)?")
_LIST_GO_ON = re.compile(r"\s*(?:,|;|et|and|&)\s*(?:de\s+|d['’]\s*)?", re.IGNORECASE)
_RANGE_GAP = re.compile(r"\s*(?:et|à|a|and|to|-|–)\s*", re.IGNORECASE)
_TOTAL = re.compile(r"\b(?:au total|en tout|total(?:e)?(?: de| of)?|in total|overall|altogether)\s*$", re.IGNORECASE)
_TOTAL_AFTER = re.compile(r"^\s*(?:\w+\s+){0,2}(?:au total|en tout|in total|altogether)\b", re.IGNORECASE)
_SOIT = re.compile(r"[\s,]*(?:soit|i\.\s?e\.|that is)\s+(?:un total de\s+|au total\s+)?", re.IGNORECASE)
#: "la commune de", "du cercle de", "the town of" before a place name
_ADMIN_WORDS = re.compile(r"(?:\s+(?:la|le|les|l|du|des|de|d|the))?\s+(?:commune|cercle|ville|region|localite|site|"
                          r"village|quartier|camp|town|city|district|area|region)s?\s+(?:de|d|du|des|of)$")
_COORDINATED = re.compile(r"^\s*(?:et|and|,|ou|or)?\s*(?:de|d|du|des|a|au|in|of)?\s*$")
#: sex and age breakdowns of a count
_BREAKDOWN_POPULATIONS = {"women", "men", "girls", "boys", "children", "youth", "adults", "elderly"}
#: smallest count checked for a repeat: "deux hommes" twice may be two pairs
_REPEAT_MIN = 10


@dataclass(frozen=True)
class Period:
    value: str
    kind: str  # day, point, month, range, cumulative, year


# -- reference data ------------------------------------------------------------------------------

def subject_terms(reference: Reference) -> dict[str, tuple[tuple[str, str], ...]]:
    """scope -> (term, subject), longest term first."""
    def build(ref: Reference):
        scopes: dict[str, list[tuple[str, str]]] = {}
        for row in read_rows("figure_subjects.csv", ref.directory):
            scopes.setdefault(row["scope"], []).append((fold(row["term"]), row["subject"]))
        return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in scopes.items()}
    return reference.derived("relations.subjects", build)


def role_cues(reference: Reference) -> tuple[tuple[str, str], ...]:
    """(folded cue, role), longest cue first."""
    def build(ref: Reference):
        rows = [(fold(r["cue"]), r["role"]) for r in read_rows("place_roles.csv", ref.directory)]
        return tuple(sorted(rows, key=lambda p: -len(p[0])))
    return reference.derived("relations.roles", build)


def first_term(text: str, terms: Sequence[tuple[str, str]]) -> Optional[str]:
    """The subject of the earliest term found in ``text`` (folded, at a word's start)."""
    folded = " " + fold(text) + " "
    best: Optional[tuple[int, str]] = None
    for term, subject in terms:
        at = folded.find(" " + term)
        if at >= 0 and (best is None or at < best[0]):
            best = (at, subject)
    return best[1] if best else None


# -- periods ------------------------------------------------------------------------------------

def _month_year(month: int, meeting: Optional[date]) -> Optional[int]:
    """The year of a month named without one: the meeting's, or the year before when the month
    would fall more than a month after the meeting."""
    if meeting is None:
        return None
    return meeting.year - 1 if month > meeting.month + 1 else meeting.year


def period_in(text: str, reference: Reference, meeting: Optional[date]) -> Optional[Period]:
    """The period a piece of text gives its figures, with its kind (ISO 8601 values)."""
    months, names = reference.months, reference.month_names
    low = text.lower()
    long_names = reference.derived("relations.long_months", _long_month_names)
    half = re.search(r"(premier|first|second|deuxi[eè]me)\s+semestre\s+((?:19|20)\d\d)|(first|second)\s+half\s+of\s+((?:19|20)\d\d)", low)
    if half:
        which, year = (half.group(1) or half.group(3)), (half.group(2) or half.group(4))
        return Period(f"{year}-01/{year}-06" if which in ("premier", "first") else f"{year}-07/{year}-12", "range")
    span = re.search(rf"(?:entre le|du|between|from)\s+(\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:et le|au|and|to)\s+"
                     rf"(\d{{1,2}})\s+({names})\.?(?:\s+((?:19|20)\d\d))?", low)
    if span:
        month = months[span.group(3)]
        year = span.group(4) or _month_year(month, meeting)
        if year:
            return Period(f"{year}-{month:02d}-{int(span.group(1)):02d}/{year}-{month:02d}-{int(span.group(2)):02d}", "range")
    since = re.search(r"\b(?:depuis|since)\s+(?:le\s+|the\s+|(?:le |the )?(?:mois|month)\s+(?:de\s+|d['’]\s*|of\s+))?(.{0,30})", low)
    if since:
        start = _date_or_month(since.group(1), reference, meeting, long_names)
        if start:
            return Period(f"{start}/", "cumulative")
    point = re.search(r"\b(?:a la date du|à la date du|en date du|au|as of|as at)\s+(.{0,25})", low)
    dates = find_dates(text, reference)
    if point and dates and any(point.start(1) <= d.start < point.start(1) + 3 for d in dates):
        return Period(next(d for d in dates if point.start(1) <= d.start).value.isoformat(), "point")
    if dates:
        return Period(dates[0].value.isoformat(), "day")
    month_year = re.search(rf"\b({names})\.?\s+((?:19|20)\d\d)\b", low)
    if month_year:
        return Period(f"{month_year.group(2)}-{months[month_year.group(1)]:02d}", "month")
    day_month = re.search(rf"\b(\d{{1,2}})(?:er)?\s+({long_names})\b", low)
    if day_month and meeting:
        month = months[day_month.group(2)]
        year = _month_year(month, meeting)
        try:
            return Period(date(year, month, int(day_month.group(1))).isoformat(), "day")
        except ValueError:
            pass
    bare = re.search(rf"\b({long_names})\b", low)
    if bare and meeting:
        month = months[bare.group(1)]
        return Period(f"{_month_year(month, meeting)}-{month:02d}", "month")
    year = re.search(r"\b(?:en|in|pour|for|during|durant)\s+((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)", low)
    if year:
        return Period(year.group(1), "year")
    return None


def _long_month_names(reference: Reference) -> str:
    """Month names safe to read without a day or year: not abbreviations ("sept" is seven), not
    the English modal "may"."""
    names = [n for n in reference.months if (len(n) >= 4 or n == "mai") and n not in ("sept", "may", "janv", "févr", "fevr", "juil")]
    return "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))


def _date_or_month(text: str, reference: Reference, meeting: Optional[date], long_names: str) -> Optional[str]:
    """The start a "depuis …" names: a full date, a month and year, a month alone, a year."""
    months, names = reference.months, reference.month_names
    dates = find_dates(text, reference)
    if dates and dates[0].start < 4:
        return dates[0].value.isoformat()
    month_year = re.match(rf"\s*(?:(\d{{1,2}})(?:er)?\s+)?({names})\.?\s+((?:19|20)\d\d)\b", text)
    if month_year:
        month = months[month_year.group(2)]
        if month_year.group(1):
            return f"{month_year.group(3)}-{month:02d}-{int(month_year.group(1)):02d}"
        return f"{month_year.group(3)}-{month:02d}"
    bare = re.match(rf"\s*({long_names})\b", text)
    if bare and meeting:
        month = months[bare.group(1)]
        return f"{_month_year(month, meeting)}-{month:02d}"
    year = re.match(r"\s*((?:19|20)\d\d)\b", text)
    return year.group(1) if year else None


# -- the document's figures -----------------------------------------------------------------------

def relate(figures: Sequence[Figure], fields: Sequence[FieldText], places: Sequence[PlaceMention],
           reference: Reference, meeting: Optional[date] = None, title: str = "",
           lookup: Callable[[str], Optional[Place]] = lambda name: None,
           region: Callable[[str], Optional[Place]] = lambda pcode: None) -> tuple[Figure, ...]:
    """The figures with their place and its role, period, subject, and relations to each other.

    ``lookup`` finds a place by its written name (a table's first cell the tagger left alone),
    ``region`` an admin-1 unit by P-code (a count spread over several cercles of one region)."""
    texts = {(f.item_no, f.field): f for f in fields}
    out = list(figures)
    document_period = period_in(title, reference, meeting) if title else None
    by_field: dict[tuple, list[int]] = {}
    for index, figure in enumerate(out):
        by_field.setdefault((figure.item_no, figure.field), []).append(index)
    for key, indices in by_field.items():
        context = texts.get(key)
        if context is None:
            continue
        context = replace(context, text=SentenceIndexedText(context.text))
        field_places = sorted((p for p in places if (p.span.item_no, p.span.field) == key), key=lambda p: p.span.start)
        _locate(out, indices, context, field_places, reference, lookup, region)
        _relate_in_field(out, indices, context.text)
        _date(out, indices, context, reference, meeting, document_period)
        _subject(out, indices, context, reference)
    _repeats(out)
    return tuple(_aggregate(out))


def relate_document(figures: Sequence[Figure], minutes, places: Sequence[PlaceMention], reference: Reference,
                    component=None) -> list[Figure]:
    """:func:`relate` over a document's minutes, with the tagger's gazetteer for lookups."""
    header = minutes.header
    gazetteer = component.places if component is not None else {}
    forms = component.place_forms if component is not None else {}

    def lookup(name: str) -> Optional[Place]:
        ids = forms.get(name) or forms.get(name.strip().title()) or ()
        return gazetteer.get(ids[0]) if len(ids) == 1 else None

    return list(relate(figures, field_texts(minutes), places, reference, header.meeting_date, header.title or "",
                       lookup, gazetteer.get))


class SentenceIndexedText(str):
    """A field's text that finds its sentences once (a long body has thousands of figures, each
    asking for its sentence); the memory goes with the text, no module-level cache."""

    def spans(self) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...]]:
        if not hasattr(self, "_spans"):
            found = tuple(sentences(self))
            self._spans = (tuple(a for a, _ in found), found)
        return self._spans


def _sentence_of(text: str, position: int) -> tuple[int, int]:
    starts, spans = (text if isinstance(text, SentenceIndexedText) else SentenceIndexedText(text)).spans()
    at = bisect_right(starts, position) - 1
    if at >= 0 and spans[at][0] <= position < spans[at][1]:
        return spans[at]
    return (0, len(text))


def _lines_above(text: str, position: int, limit: int = 20):
    """The lines before ``position``'s line, nearest first (at most ``limit``)."""
    end = text.rfind("\n", 0, position)
    while end >= 0 and limit:
        start = text.rfind("\n", 0, end) + 1
        yield text[start:end]
        end, limit = start - 1, limit - 1


def _line_of(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, (len(text) if end < 0 else end)


def _is_table_row(text: str, position: int) -> bool:
    a, b = _line_of(text, position)
    return " | " in text[a:b]


def _table_intro(text: str, position: int) -> str:
    """The sentence that introduces a nested table: the nearest line before the table ending
    with a colon ("La CMP a partagé les données de déplacement suivantes :"), else the line just
    before it (a reader may have moved the table below the next paragraph)."""
    lines = [line for line in _lines_above(text, position, 50) if " | " not in line and line.strip()]
    return next((line for line in lines if line.rstrip().endswith(":")), lines[0] if lines else "")


def _clause(text: str, out: list[Figure], indices: list[int], position: int) -> tuple[str, str, str]:
    """The words before a figure (back to the previous figure or the sentence start), after it
    (to the next figure or the sentence end), and its whole sentence."""
    a, b = _sentence_of(text, out[indices[position]].start)
    figure = out[indices[position]]
    previous = [out[i].end for i in indices[max(0, position - 1):position] if a <= out[i].end <= figure.start]
    following = [out[i].start for i in indices[position + 1:position + 2] if figure.end <= out[i].start < b]
    return (text[max(previous, default=a):figure.start], text[figure.end:min(following, default=b)], text[a:b])


def _role(text: str, sentence_start: int, mention: PlaceMention, roles: Sequence[tuple[str, str]]) -> Optional[str]:
    before = fold(text[max(sentence_start, mention.span.start - 80):mention.span.start]).rstrip()
    before = _ADMIN_WORDS.sub("", before).rstrip()
    for cue, role in roles:
        if before == cue or before.endswith(" " + cue):
            return role
    return None


def _locate(out: list[Figure], indices: list[int], context: FieldText, places: Sequence[PlaceMention],
            reference: Reference, lookup, region) -> None:
    text, roles = context.text, role_cues(reference)
    starts = [p.span.start for p in places]  # places come sorted by start
    for index in indices:
        figure = out[index]
        if _is_table_row(text, figure.start):  # the row's place, from its first cell
            a, b = _line_of(text, figure.start)
            first = text[a:b].split(" | ")[0].strip()
            row = next(iter(places[bisect_left(starts, a):bisect_left(starts, a + len(first))]), None)
            place = row.place if row else lookup(first)
            if place is not None or row is not None:
                out[index] = replace(figure, location=place.name if place else first, place=place, location_role="where")
            continue
        a, b = _sentence_of(text, figure.start)
        in_sentence = places[bisect_left(starts, a):bisect_left(starts, b)]
        tagged: list[tuple[PlaceMention, str]] = []
        for mention in in_sentence:
            role = _role(text, a, mention, roles)
            if role is None and tagged and _COORDINATED.match(fold(text[tagged[-1][0].span.end:mention.span.start])):
                role = tagged[-1][1]
            tagged.append((mention, role or "where"))
        origin = next((m for m, r in tagged if r == "origin"), None)
        chosen = next(((m, r) for m, r in tagged if r in ("destination", "host")), None)
        line_start, line_end = _line_of(text, a)
        on_line = places[bisect_left(starts, line_start):bisect_left(starts, line_end + 1)]
        heading = heading_place(text, a, [(p.span.start, p.span.end, _name(p)) for p in on_line])
        if chosen is None and heading:
            mention = next((p for p in places if (p.place.name if p.place else p.span.text) == heading), None)
            chosen = (mention, "where") if mention else None
        if chosen is None:
            where = [m for m, r in tagged if r == "where"]
            if where:
                chosen = (where[0], "where")
                spread = {m.place.admin2_pcode for m in where if m.place and m.place.admin_level >= 2}
                regions = {m.place.admin1_pcode for m in where if m.place and m.place.admin_level >= 2}
                if len(spread) > 1 and len(regions) == 1 and None not in spread:
                    whole = region(next(iter(regions)))  # "in the cercles of Bankass and Bandiagara"
                    if whole is not None:
                        out[index] = replace(figure, location=whole.name, place=whole, location_role="where",
                                             origin=_name(origin))
                        continue
        if chosen is None and origin is not None:
            chosen = (origin, "origin")
        if chosen is None:
            continue
        mention, role = chosen
        out[index] = replace(figure, location=_name(mention), place=mention.place, location_role=role,
                             origin=_name(origin) if role != "origin" else None)


def _name(mention: Optional[PlaceMention]) -> Optional[str]:
    if mention is None:
        return None
    return mention.place.name if mention.place else mention.span.text


def _relate_in_field(out: list[Figure], indices: list[int], text: str) -> None:
    """part_of, total_of and the restatements of a table row, between the figures of one field."""
    for position, index in enumerate(indices):
        figure = out[index]
        if position == 0:
            continue
        previous_index = indices[position - 1]
        previous = out[previous_index]
        between = text[previous.end:figure.start]
        same_sentence = _sentence_of(text, previous.start) == _sentence_of(text, figure.start)
        if _is_table_row(text, figure.start):
            if (same_sentence and _line_of(text, previous.start) == _line_of(text, figure.start)
                    and figure.restates is None and previous.unit != figure.unit):
                row_first = next(i for i in indices if _line_of(text, out[i].start) == _line_of(text, figure.start))
                out[index] = replace(figure, restates=row_first)
            continue
        whole = None
        if same_sentence and previous.part_of is not None and _LIST_GO_ON.fullmatch(between):
            whole = previous.part_of  # "dont 5 femmes et 3 enfants": the list goes on
        elif same_sentence and _PART.search(between) and len(between) <= 80:
            whole = previous_index
        elif (same_sentence and figure.population in _BREAKDOWN_POPULATIONS and figure.unit == previous.unit
              and previous.population != figure.population and _BREAKDOWN_OPEN.fullmatch(between)):
            whole = previous_index  # "120 personnes (65 femmes et 55 hommes)"
        elif _PART_ANAPHORA.match(text[figure.end:]):  # "30 d'entre eux"
            whole = next((i for i in reversed(indices[:position]) if out[i].unit == figure.unit), None)
        else:
            a, _ = _sentence_of(text, figure.start)
            first_in_sentence = not a <= previous.start < figure.start
            if first_in_sentence and _PART_SENTENCE.match(text[a:figure.start]):
                whole = previous_index
        if whole is not None and out[whole].value >= figure.value and whole != index:
            out[index] = replace(figure, part_of=whole, restates=None)
            continue
        totals = _total_parts(out, indices, position, text)
        if totals:
            out[index] = replace(figure, total_of=totals, restates=None)


def _total_parts(out: list[Figure], indices: list[int], position: int, text: str) -> tuple[int, ...]:
    """The figures a total sums: same unit, same sentence, before it ("120 ménages à A et 80 à B,
    soit un total de 200 ménages"); a total says so, or equals their sum after "soit"."""
    figure = out[indices[position]]
    a, _ = _sentence_of(text, figure.start)
    in_sentence = []
    for i in reversed(indices[:position]):  # figures come in reading order
        if out[i].start < a:
            break
        in_sentence.insert(0, i)
    parts = [i for i in in_sentence if out[i].unit == figure.unit and out[i].part_of is None and not out[i].total_of]
    if len(parts) < 2:
        return ()
    before = text[out[indices[position - 1]].end:figure.start]
    said = _TOTAL.search(text[max(a, figure.start - 40):figure.start]) or _TOTAL_AFTER.match(text[figure.end:])
    adds_up = sum(out[i].value for i in parts) == figure.value
    if said or (_SOIT.search(before) and adds_up):
        return tuple(parts)
    return ()


def _date(out: list[Figure], indices: list[int], context: FieldText, reference: Reference,
          meeting: Optional[date], document_period: Optional[Period]) -> None:
    """Each figure's period: its clause, its sentence, its paragraph's lead (or the sentence that
    introduces its table), its item's topic and section, the document's reporting period, and at
    last the meeting's month (``period_source`` says which)."""
    text = context.text
    for position, index in enumerate(indices):
        figure = out[index]
        before, after, sentence = _clause(text, out, indices, position)
        line_start, _ = _line_of(text, figure.start)
        lead_end = _sentence_of(text, line_start)[1]
        lead = _table_intro(text, figure.start) if _is_table_row(text, figure.start) else text[line_start:lead_end]
        lead = lead[:lead.index(":")] if ":" in lead else ""  # "DRC presented the February monitoring data: …"
        heading = _heading_line(text, line_start)
        found, source = None, None
        for piece, origin in ((after, "sentence"), (before, "sentence"), (sentence, "sentence"), (lead, "paragraph"),
                              (heading, "paragraph"), (context.topic, "section"), (context.section, "section")):
            if piece and not (origin == "sentence" and _is_table_row(text, figure.start)):
                found = period_in(piece, reference, meeting)
                if found:
                    source = origin
                    break
        if found is None and document_period is not None:
            found, source = document_period, "document"
        if found is None and meeting is not None:
            found, source = Period(meeting.strftime("%Y-%m"), "month"), "meeting"
        if found is not None:
            out[index] = replace(figure, period=found.value, period_kind=found.kind, period_source=source)
    for index in indices:  # a part or a restatement is for its whole's period, unless its sentence says
        figure = out[index]
        whole = figure.part_of if figure.part_of is not None else figure.restates
        if whole is not None and figure.period_source != "sentence" and out[whole].period_source is not None:
            out[index] = replace(figure, period=out[whole].period, period_kind=out[whole].period_kind,
                                 period_source=out[whole].period_source)


def _heading_line(text: str, line_start: int) -> str:
    """The nearest line above ending with a colon ("- Monitoring de protection :")."""
    return next((line for line in _lines_above(text, line_start) if line.rstrip().endswith(":")), "")


def _subject(out: list[Figure], indices: list[int], context: FieldText, reference: Reference) -> None:
    """What each figure counts: an incident type, or a population for households and persons."""
    terms = subject_terms(reference)
    text = context.text
    incidents, people, topical = terms.get("incidents", ()), terms.get("people", ()), terms.get("context", ())
    subjects: dict[int, Optional[str]] = {}
    for position, index in enumerate(indices):
        figure = out[index]
        before, after, _ = _clause(text, out, indices, position)
        if figure.unit == "incidents":
            phrase = text[figure.start:figure.end] + re.split(r"[.;:]", after, maxsplit=1)[0][:60]
            line_start, _ = _line_of(text, figure.start)
            subjects[index] = (first_term(phrase, incidents) or first_term(_heading_line(text, line_start), topical)
                               or first_term(context.topic, topical) or first_term(context.section, topical) or "incidents")
        elif figure.unit in ("households", "persons"):
            subjects[index] = figure.population or first_term(before[-60:] + " " + after, people)
    for index in indices:  # a restatement and a table row count one group: one subject
        partner = out[index].restates
        if partner is not None and partner in subjects:
            subjects[index] = subjects[index] or subjects[partner]
            subjects[partner] = subjects[partner] or subjects[index]
    for index in indices:
        figure = out[index]
        if figure.unit in ("households", "persons") and subjects[index] is None:
            line_start, line_end = _line_of(text, figure.start)
            paragraph = _table_intro(text, figure.start) if _is_table_row(text, figure.start) else text[line_start:line_end]
            subjects[index] = (first_term(paragraph, people) or first_term(_heading_line(text, line_start), people)
                               or first_term(context.topic, people) or first_term(context.section, people))
        if figure.part_of is not None and figure.unit in ("households", "persons") and figure.population:
            subjects[index] = figure.population
    for index in indices:
        partner = out[index].restates
        if partner is not None and partner in subjects:
            subjects[index] = subjects[index] or subjects[partner]
        out[index] = replace(out[index], subject=subjects.get(index))
        if out[index].population is None and out[index].unit in ("households", "persons") and out[index].subject:
            out[index] = replace(out[index], population=out[index].subject)


def _repeats(out: list[Figure]) -> None:
    """The same count of the same thing, at the same place and time, said again in the document
    ("Le RRM NRC a assisté 367 ménages", after "367 ménages ont été recensés")."""
    first_of: dict[tuple, list[int]] = {}
    for j, figure in enumerate(out):
        if figure.part_of is not None:
            continue
        key = (figure.value, figure.unit, figure.subject, figure.location, figure.period)
        said = first_of.setdefault(key, [])
        earlier = next((i for i in said if not _same_sentence(out[i], figure)), None)
        if figure.value >= _REPEAT_MIN and earlier is not None:
            out[j] = replace(figure, repeats=earlier)
        else:
            said.append(j)
    echoed = {_sentence_key(out[out[k].repeats]): _sentence_key(out[k]) for k in range(len(out)) if out[k].repeats is not None}
    by_sentence: dict[tuple, list[int]] = {}
    for j, figure in enumerate(out):
        by_sentence.setdefault(_sentence_key(figure), []).append(j)
    for first_sentence, again in echoed.items():  # a small count beside a repeated count, said again
        for j in by_sentence.get(again, ()):
            figure = out[j]
            if figure.repeats is not None or figure.part_of is not None or figure.value >= _REPEAT_MIN:
                continue
            first = next((i for i in by_sentence.get(first_sentence, ()) if i < j and out[i].repeats is None
                          and (out[i].value, out[i].unit, out[i].subject, out[i].location)
                          == (figure.value, figure.unit, figure.subject, figure.location)), None)
            if first is not None:
                out[j] = replace(figure, repeats=first)


def _sentence_key(figure: Figure) -> tuple:
    return (figure.item_no, figure.field, figure.sentence)


def _same_sentence(a: Figure, b: Figure) -> bool:
    return _sentence_key(a) == _sentence_key(b)


def _aggregate(out: list[Figure]) -> list[Figure]:
    """aggregate = the figures to sum within their unit: not a part, not a repeat, not a total of
    figures already counted, not the top of a range, not a cumulative count beside the count of
    its own period."""
    result = []
    by_sentence: dict[tuple, list[Figure]] = {}
    for figure in out:
        by_sentence.setdefault(_sentence_key(figure), []).append(figure)
    for j, figure in enumerate(out):
        keep = figure.part_of is None and figure.repeats is None and not figure.total_of
        if keep and figure.qualifier == "max" and j and out[j - 1].qualifier == "min" and out[j - 1].unit == figure.unit \
                and (out[j - 1].item_no, out[j - 1].field, out[j - 1].sentence) == (figure.item_no, figure.field, figure.sentence):
            keep = False  # "entre 200 et 300 ménages": one group, 200 to 300
        if keep and figure.period_kind == "cumulative":
            keep = not any(other.unit == figure.unit and other.subject == figure.subject
                           and other.period_kind in ("month", "range") and other.period_source == "sentence"
                           for other in by_sentence.get(_sentence_key(figure), ()) if other is not figure)
        result.append(replace(figure, aggregate=keep))
    return result
