"""The meeting header: date, place, participants, chair, group… from the top of the minutes.

Read from "Label : value" paragraphs ("Lieu et date : UNHCR– Bamako, 06 septembre 2017") and
from label/value pairs in metadata tables ("Date de la réunion | Jeudi, 14 juin 2018"). The
labels are data (``resources/header_fields.csv``); a label alone on its line takes the
paragraphs that follow as its value (the attendance list under "Organisations présentes :").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from pipeline.config import Settings
from pipeline.dates import find_dates, first_date
from pipeline.minutes import MeetingHeader
from pipeline.model import Block, Document, Paragraph, Table
from pipeline.reference import Reference
from pipeline.textnorm import alternation, fold, tidy

_LABEL_LINE = re.compile(r"^\s*(?P<label>[^:：\n]{1,90}?)\s*[:：]\s*(?P<value>.*)$", re.DOTALL)
_PARENTHESES = re.compile(r"\([^)]*\)")
#: how a title's lines are joined into the one-line title field (the scorer of real documents
#: splits it back to find each line in the raw text)
TITLE_JOIN = " – "
_NEXT_MEETING_WORDS = {"prochaine", "prochain", "next", "suivante", "suivant"}
_SPACED_DASH = re.compile(r"\s*[–—]\s*|\s+-\s*|\s*-\s+")
_PEOPLE_NOUN = r"(?:participants?|personnes|people|persons|pers\.?)"
#: a head count as a labelled value: "31 participants", or the number alone ("Attendance : 31")
_HEADCOUNT = re.compile(rf"^\s*\d{{1,5}}\b(?:\s*{_PEOPLE_NOUN}\b|\s*$)", re.IGNORECASE)
#: a head count on a line of its own must say what it counts: a bare number there is a page
#: number or a table's residue ("112" above a report's key figures), not the attendance
_HEADCOUNT_LINE = re.compile(rf"^\s*\d{{1,5}}\s*{_PEOPLE_NOUN}\b", re.IGNORECASE)
_FIRST_INT = re.compile(r"(?<![\d/.-])(\d{1,5})(?![\d/.-])")
#: fields whose value may run over several paragraphs after a bare label
_MULTI_PARAGRAPH = {"organisations_present", "agenda"}
#: fields whose value no text field of the minutes keeps for the NLP stage (the group is kept as
#: its canonical name; the note taker not at all): their lines stay in the body too, so that the
#: bodies they name are read ("Rapporteur : Coordination du Cluster X", "Cluster X : Un atelier …")
UNREAD_FIELDS = frozenset({"group", "secretary"})
MAX_TITLE_CHARS = 200


@dataclass(frozen=True)
class Entry:
    """A labelled value found in the header zone."""

    field: str
    value: str


def field_of_label(label: str, reference: Reference, exact: bool = False) -> Optional[str]:
    """The header field a label names, or None; "Date de la prochaine réunion" is not the date.
    A label may add up to two words to its vocabulary ("Cluster concerné"), unless ``exact``."""
    folded = fold(_PARENTHESES.sub(" ", label))
    words = folded.split()
    if not words or len(words) > 9:
        return None
    for vocab, name in reference.header_labels:
        if folded == vocab:
            return name
    if exact:
        return None
    for vocab, name in reference.header_labels:
        rest = folded[len(vocab):].split() if folded.startswith(vocab + " ") else None
        if rest is not None and len(rest) <= 2 and not set(rest) & _NEXT_MEETING_WORDS:
            return name
    return None


def _label_value(text: str, reference: Reference) -> Optional[tuple[str, str]]:
    match = _LABEL_LINE.match(text)
    if not match:
        return None
    name = field_of_label(match["label"], reference)
    return (name, tidy(match["value"])) if name else None


def _headcount_line(text: str) -> Optional[tuple[str, str]]:
    """A line that is only a head count, "17 participants", without a label."""
    text = tidy(text)
    return ("participants", text) if _HEADCOUNT_LINE.match(text) and len(text.split()) <= 4 else None


def header_zone(document: Document, first_agenda_block: Optional[int], settings: Settings) -> list[Block]:
    """Blocks that may hold the header: all before the agenda table, or the first paragraphs."""
    if first_agenda_block is not None:
        return list(document.blocks[:first_agenda_block])
    zone: list[Block] = []
    paragraphs = 0
    for block in document.blocks:
        zone.append(block)
        paragraphs += isinstance(block, Paragraph)
        if paragraphs >= settings.header_zone_paragraphs:
            break
    return zone


def entries_of_paragraphs(paragraphs: list[Paragraph], reference: Reference) -> list[Entry]:
    """Labelled values of a run of paragraphs; a bare label takes the next paragraphs."""
    return labelled(paragraphs, reference)[0]


def labelled(paragraphs: list[Paragraph], reference: Reference,
             zone: Optional[set[int]] = None) -> tuple[list[Entry], set[int]]:
    """Labelled values, and the indexes of the paragraphs they were read from. With ``zone`` (the
    ids of the header zone's blocks), a value of several paragraphs stops at the zone's end, as the
    header reads none beyond it: the paragraphs after it stay the body's."""
    entries: list[Entry] = []
    used: set[int] = set()
    i = 0
    while i < len(paragraphs):
        found = _label_value(paragraphs[i].text, reference) or _headcount_line(paragraphs[i].text)
        i += 1
        if found is None:
            continue
        name, value = found
        if name not in UNREAD_FIELDS:
            used.add(i - 1)
        if not value:
            following: list[str] = []
            while i < len(paragraphs) and _label_value(paragraphs[i].text, reference) is None:
                if zone is not None and name in _MULTI_PARAGRAPH and id(paragraphs[i]) not in zone:
                    break
                following.append(paragraphs[i].text)
                if name not in UNREAD_FIELDS:
                    used.add(i)
                i += 1
                if name not in _MULTI_PARAGRAPH:
                    break
            value = "\n".join(following)
        for part_name, part_value in split_labels(name, value, reference):
            if part_value:
                entries.append(Entry(part_name, part_value))
    return entries, used


_INNER_LABEL = re.compile(r"[:：]")


def split_labels(name: str, value: str, reference: Reference) -> list[tuple[str, str]]:
    """A value that holds the next label on the same line ("Nombre de participants : 23
    Organisations membres présentes : A, B, C"): one entry per label. The words before a colon
    are a label when their last words are a header field's label as listed: inside a value, a
    label's vocabulary with words added is running text ("… Health Cluster Team: Name and Name",
    the cluster's staff, not the group's label, whose untagged value would swallow the rest)."""
    for colon in _INNER_LABEL.finditer(value):
        words = value[:colon.start()].split()
        for k in range(min(9, len(words) - 1), 0, -1):
            label = " ".join(words[-k:])
            if not label[:1].isupper():
                continue
            inner = field_of_label(label, reference, exact=True)
            if inner is None:
                continue
            head = value[:colon.start()].rstrip()
            head = head[:len(head) - len(label)].rstrip(" ,;.–-")
            return [(name, head)] + split_labels(inner, tidy(value[colon.end():]), reference)
    return [(name, value)]


def body_lines(document: Document, settings: Settings, reference: Reference, agenda: Sequence[Table]) -> list[str]:
    """The body's lines in document order: the body paragraphs, and the rows (``a | b | c``) of
    every table but the agenda tables (``agenda``), less the rows that give header fields
    (label/value pairs): a report's table of figures per place, an attendance grid. Such rows
    were left out of every field, and their figures, places and organisations with them."""
    paragraphs = {id(p) for p in body_paragraphs(document, settings, reference, agenda)}
    skipped = {id(t) for t in agenda}
    lines: list[str] = []
    for block in document.blocks:
        if isinstance(block, Paragraph):
            lines += [block.text] if id(block) in paragraphs else []
        elif id(block) not in skipped:
            header = {r for r, _ in entries_by_row(block, reference)}
            lines += [line for r, line in enumerate(block.row_lines()) if r not in header and line.strip(" |")]
    return lines


def body_paragraphs(document: Document, settings: Settings, reference: Reference,
                    agenda: Sequence[Table] = ()) -> list[Paragraph]:
    """Paragraphs outside tables that are neither the title nor a labelled header line:
    the prose of a newsletter, the closing lines of minutes. A bare label's paragraphs past the
    header zone ("Ordre du jour" then fifty lines) are the body's, as no header field holds them."""
    paragraphs = [b for b in document.blocks if isinstance(b, Paragraph) and b.text.strip()]
    tables = {id(t) for t in agenda}
    first = next((i for i, b in enumerate(document.blocks) if id(b) in tables), None)
    _, used = labelled(paragraphs, reference, {id(b) for b in header_zone(document, first, settings)})
    title = {id(p) for p in title_paragraphs(list(document.blocks), settings, reference)}
    return [p for i, p in enumerate(paragraphs) if i not in used and id(p) not in title]


def _labels_row(row: list, reference: Reference) -> Optional[list[Optional[str]]]:
    """The field each cell of a row names, when the row is only labels (at least two): the
    top row of a metadata table laid out as labels on one row and values below."""
    texts = [c.text.strip().rstrip(" :：") if c is not None else "" for c in row]
    fields = [field_of_label(t, reference) if t else None for t in texts]
    named = [f for f in fields if f]
    return fields if len(named) >= 2 and len(named) == sum(bool(t) for t in texts) else None


def entries_of_table(table: Table, reference: Reference) -> list[Entry]:
    """Label/value pairs of a metadata table: a label cell followed by its value cell, or a row
    of labels above a row of values."""
    return [entry for _, entries in entries_by_row(table, reference) for entry in entries]


def entries_by_row(table: Table, reference: Reference) -> list[tuple[int, list[Entry]]]:
    """The label/value pairs of ``entries_of_table``, with the row each was read from (a row
    of labels and the row of values below it both count as its rows)."""
    found: list[tuple[int, list[Entry]]] = []
    grid = table.grid()
    skip = set()
    for r, row in enumerate(grid[:-1]):
        fields = _labels_row(row, reference)
        if fields is None or _labels_row(grid[r + 1], reference) is not None:
            continue
        entries = [Entry(name, tidy(cell.text)) for name, cell in zip(fields, grid[r + 1])
                   if name and cell is not None and not cell.is_empty]
        found += [(r, entries), (r + 1, [])]
        skip |= {r, r + 1}
    for r, row in enumerate(grid):
        if r in skip:
            continue
        cells = [c for c in row if c is not None]
        entries = []
        for k, cell in enumerate(cells):
            text = cell.text.strip()
            found_pair = _label_value(text, reference)
            if found_pair and found_pair[1]:
                entries.append(Entry(*found_pair))
                continue
            name = field_of_label(text.rstrip(" :："), reference) if text else None
            if name and k + 1 < len(cells) and not cells[k + 1].is_empty:
                entries.append(Entry(name, tidy(cells[k + 1].text)))
        if entries:
            found.append((r, entries))
    return sorted(found, key=lambda pair: pair[0])


def person_name(value: str) -> str:
    """The name at the head of "Nianga Matho Doré, Coordinateur du Cluster Protection (UNHCR)"."""
    head = re.split(r",|\(|\s[–—-]\s|\n", value, maxsplit=1)[0]
    return head.strip(" .;")


def place_without_date(value: str, reference: Reference) -> str:
    """"UNHCR– Bamako, 06 septembre 2017" -> "UNHCR – Bamako"; "mardi 3 mars 2020, UNFPA Bamako" -> "UNFPA Bamako"."""
    for mention in reversed(find_dates(value, reference)):
        value = value[: mention.start] + value[mention.end:]
    days = alternation(reference.weekdays)
    value = re.sub(rf"(?:^|(?<=[\s,]))(?:{days})\b[\s,]*(?=[\s,]|$)", " ", value, flags=re.IGNORECASE)
    value = re.sub(r"\b(le|du|on)\s*$", "", value.strip(), flags=re.IGNORECASE)
    value = _SPACED_DASH.sub(" – ", value)
    return value.strip(" ,;:–-\n")


def group_of(texts: Iterable[Optional[str]], reference: Reference) -> Optional[str]:
    """The canonical coordination group first named in ``texts`` (searched in order)."""
    for text in texts:
        if not text:
            continue
        folded = fold(text)
        hits = [(m.start(), order, name) for order, (name, pattern) in enumerate(reference.coordination_groups)
                for m in [pattern.search(folded)] if m]
        if hits:
            return min(hits)[2]
    return None


#: a key figure alone in its paragraph: "3.9 millions", "1,2 M", "426 240" (a scale, or thousands grouped)
_KEY_FIGURE_ALONE = re.compile(r"\s*(?:\d{1,3}(?:[.,]\d{1,2})?\s*(?:millions?|milliards?|billions?|M|K)"
                               r"|\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+)\s*")


def title_paragraphs(zone: list[Block], settings: Settings, reference: Reference) -> list[Paragraph]:
    """Leading short paragraphs before the first labelled line or table. The last of them is no
    title line when a key figure alone follows it ("… CHIFFRES-CLÉS / DÉMOGRAPHIE / 3.9 millions", a
    dashboard's block flattened after the title): it is that figure's label, read with it in the body."""
    parts: list[Paragraph] = []
    following = None
    for block in zone:
        if isinstance(block, Table):
            break
        text = block.text.strip()
        if not text:
            continue
        if _KEY_FIGURE_ALONE.fullmatch(text) or _label_value(text, reference) is not None or len(text) > MAX_TITLE_CHARS \
                or len(parts) >= settings.max_title_paragraphs:
            following = text
            break
        parts.append(block)
    if len(parts) > 1 and following is not None and _KEY_FIGURE_ALONE.fullmatch(following):
        parts.pop()
    return parts


def title_of(zone: list[Block], settings: Settings, reference: Reference) -> Optional[str]:
    """The title lines, joined."""
    return TITLE_JOIN.join(p.text.strip().replace("\n", " ") for p in title_paragraphs(zone, settings, reference)) or None


def entries_of_blocks(blocks: list[Block], reference: Reference) -> list[Entry]:
    """Labelled values of a run of blocks: runs of paragraphs, and metadata tables."""
    entries: list[Entry] = []
    run: list[Paragraph] = []
    for block in list(blocks) + [None]:
        if isinstance(block, Paragraph):
            run.append(block)
            continue
        entries.extend(entries_of_paragraphs(run, reference))
        run = []
        if isinstance(block, Table):
            entries.extend(entries_of_table(block, reference))
    return entries


def meeting_header(document: Document, first_agenda_block: Optional[int], settings: Settings,
                   reference: Reference, last_agenda_block: Optional[int] = None) -> MeetingHeader:
    """The meeting header of a document (pure).

    Header fields are read before the agenda table; the next meeting's date, which minutes
    often close with, is also looked for in the paragraphs after it.
    """
    zone = header_zone(document, first_agenda_block, settings)
    values: dict[str, str] = {}
    for entry in entries_of_blocks(zone, reference):
        values.setdefault(entry.field, entry.value)
    if last_agenda_block is not None:
        closing = [b for b in document.blocks[last_agenda_block + 1:] if isinstance(b, Paragraph)]
        for entry in entries_of_paragraphs(closing, reference):
            if entry.field == "next_meeting":
                values.setdefault(entry.field, entry.value)
    return header_from_values(values, title_of(zone, settings, reference), reference)


def header_from_values(values: dict[str, str], title: Optional[str], reference: Reference) -> MeetingHeader:
    """Typed header fields from the labelled values found."""
    date_text = values.get("meeting_date") or values.get("place_and_date")
    date = first_date(date_text, reference) if date_text else None
    if date is None and title and first_date(title, reference):
        date, date_text = first_date(title, reference), title
    place = values.get("place") or (place_without_date(values["place_and_date"], reference) if "place_and_date" in values else None)

    participants_text = values.get("participants")
    participants = None
    organisations = values.get("organisations_present")
    if participants_text is None and organisations and _HEADCOUNT.match(organisations):
        participants_text, organisations = organisations, None  # "Attendance: 31 participants from 18 organisations"
    if participants_text:
        number = _FIRST_INT.search(participants_text)
        if number:
            participants = int(number.group(1))
        elif "," in participants_text and organisations is None:  # "Participants : UNHCR, OCHA, …"
            organisations, participants_text = participants_text, None

    chair_text = values.get("chair")
    co_text = values.get("co_facilitator")
    group_label = values.get("group")
    group = group_of([group_label, title, chair_text, co_text], reference) or group_label
    return MeetingHeader(
        title=title,
        meeting_date=date.value if date else None,
        meeting_date_text=date_text if date else values.get("meeting_date"),
        place=place or None,
        participants=participants,
        participants_text=participants_text,
        chair=person_name(chair_text) if chair_text else None,
        chair_text=chair_text,
        co_facilitator=person_name(co_text) if co_text else None,
        co_facilitator_text=co_text,
        group=group,
        organisations_present_text=organisations,
        agenda_text=values.get("agenda"),
        next_meeting_date=_date_or_none(values.get("next_meeting"), reference),
        next_meeting_text=values.get("next_meeting"),
    )


def _date_or_none(text: Optional[str], reference: Reference):
    found = first_date(text, reference) if text else None
    return found.value if found else None
