"""The agenda table: found by its header row, read into one AgendaItem per agenda point.

A new item starts where the topic column has text of its own; a row whose topic is empty, or
covered by a topic cell merged from above, continues the item above. Repeated header rows
are dropped; a row that is one cell across the whole table is a section title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Optional

from pipeline.config import Settings
from pipeline.dates import find_dates
from pipeline.minutes import AgendaItem, RowGroup
from pipeline.model import Cell, Document, Paragraph, Table
from pipeline.reference import Reference
from pipeline.structure.columns import (
    COMPOSITE_ROLES,
    CORE_ROLES,
    ColumnMap,
    assign_roles,
    has_role_word,
    is_agenda_header,
    role_scores,
)
from pipeline.textnorm import fold, starts_lowercase

#: paragraphs allowed between two tables for the second to continue the first's agenda
MAX_PARAGRAPHS_BETWEEN_PARTS = 2
#: what separates a responsible from its deadline in one cell: "UNHCR – 15 Sept", "OCHA (fin juin)",
#: "DRC, 30/10", "IOM / end of May" (a dash or slash with spaces around it, not "Sous-cluster")
_PAIR_SEPARATOR = re.compile(r"\s+[–—-]\s+|\s*[–—]\s*|\s*[,;:]\s+|\s*\(\s*|\s+/\s+")


@dataclass(frozen=True)
class AgendaTable:
    """A table recognised as (part of) the agenda, with its column roles."""

    table: Table
    table_index: int
    columns: ColumnMap
    first_body_row: int


def header_texts(table: Table, row: int) -> list[str]:
    """Text under each grid column of a row; a cell spanning columns counts for each."""
    texts = [""] * table.n_cols
    for cell in table.cells:
        if cell.row <= row < cell.row + cell.row_span:
            for col in range(cell.col, min(cell.col + cell.col_span, table.n_cols)):
                texts[col] = cell.text.replace("\n", " ")
    return texts


def all_header_texts(table: Table) -> list[list[str]]:
    """:func:`header_texts` of every row, in one pass over the cells (not one per row)."""
    rows = [[""] * table.n_cols for _ in range(table.n_rows)]
    for cell in table.cells:
        text = cell.text.replace("\n", " ")
        for row in range(cell.row, min(cell.row + cell.row_span, table.n_rows)):
            for col in range(cell.col, min(cell.col + cell.col_span, table.n_cols)):
                rows[row][col] = text
    return rows


def find_header(table: Table, settings: Settings, reference: Reference) -> Optional[tuple[int, ColumnMap]]:
    """The first row (among the leading few) that reads as an agenda header, with its roles."""
    for row in range(min(settings.header_search_rows, table.n_rows)):
        columns = assign_roles(header_texts(table, row), reference.column_terms)
        if is_agenda_header(columns, settings.min_header_roles):
            return row, columns
    return None


def agenda_tables(document: Document, settings: Settings, reference: Reference) -> list[AgendaTable]:
    """Agenda tables in reading order; a headerless table right after one, as wide, continues it."""
    found: list[AgendaTable] = []
    table_index = -1
    paragraphs_since_agenda: Optional[int] = None
    for block in document.blocks:
        if isinstance(block, Paragraph):
            if paragraphs_since_agenda is not None and block.text.strip():
                paragraphs_since_agenda += 1
            continue
        table_index += 1
        header = find_header(block, settings, reference)
        if header is not None:
            found.append(AgendaTable(block, table_index, header[1], header[0] + 1))
            paragraphs_since_agenda = 0
        elif (paragraphs_since_agenda is not None and paragraphs_since_agenda <= MAX_PARAGRAPHS_BETWEEN_PARTS
              and block.n_cols == len(found[-1].columns.roles)):
            found.append(AgendaTable(block, table_index, found[-1].columns, 0))
            paragraphs_since_agenda = 0
        else:
            paragraphs_since_agenda = None
    return found


#: the warning of a document whose text shows an agenda header but gives no agenda item
AGENDA_NOT_READ = "agenda header but no agenda table read"
#: a header row read as text holds at most this many words ("Points à l'ordre du jour | … | Délais")
MAX_HEADER_TEXT_WORDS = 30
#: ...and names at least this many agenda columns plainly
MIN_HEADER_TEXT_ROLES = 3
#: ...its words nearly all from the header vocabulary
MIN_HEADER_VOCABULARY = 0.8


def agenda_header_in_text(document: Document, reference: Reference) -> Optional[str]:
    """A paragraph (or two or three in a row: a header wrapped over lines) that reads as an
    agenda table's header row: short, naming three columns or more plainly. What a reader that
    found no table left in the text ("Points à Résumé des Actions à Responsables Délais")."""
    paragraphs = [p.text.replace("\n", " ") for p in document.paragraphs if p.text.strip()]
    for n in (1, 2, 3):
        for i in range(len(paragraphs) - n + 1):
            text = " ".join(paragraphs[i:i + n])
            if len(text.split()) > MAX_HEADER_TEXT_WORDS:
                continue
            scores = role_scores(text, reference.column_terms)
            strong = [r for r in CORE_ROLES if scores.get(r, 0) >= 2.5]
            if len(strong) >= MIN_HEADER_TEXT_ROLES and _header_vocabulary_share(text, reference) >= MIN_HEADER_VOCABULARY:
                return text
    return None


def _header_vocabulary_share(text: str, reference: Reference) -> float:
    """Share of the text's words (longer than three letters) that begin with a word of
    ``agenda_columns.csv``: nearly all in a header row, far fewer in a sentence about actions."""
    vocabulary = {w for term in reference.column_terms for w in term.words if len(w) >= 3}
    words = [w for w in fold(text).split() if len(w) > 3]
    return sum(any(w.startswith(v) for v in vocabulary) for w in words) / len(words) if words else 0.0


def missing_agenda_warning(document: Document, items: list[AgendaItem], reference: Reference) -> Optional[str]:
    """No silent zero: a warning when the text shows an agenda header but no item was read."""
    if items:
        return None
    header = agenda_header_in_text(document, reference)
    if header is None:
        return None
    return f"{AGENDA_NOT_READ}: the text holds {header[:80]!r} but no agenda item was read from it"


def looks_like_deadline(text: str, reference: Reference) -> bool:
    """A date, a month name, or a deadline wording ("Continu", "Avant la prochaine réunion")."""
    if find_dates(text, reference):
        return True
    folded = fold(text)
    if set(folded.split()) & reference.folded_months:
        return True
    return any(folded.startswith(term) for term, _ in reference.deadline_terms)


def split_responsible_deadline(text: str, reference: Reference) -> tuple[Optional[str], Optional[str]]:
    """"UNHCR – 15 Sept" -> ("UNHCR", "15 Sept"): cut at the first separator whose right side
    reads as a deadline; a text that is only a date is a deadline, anything else a responsible."""
    for match in _PAIR_SEPARATOR.finditer(text):
        left, right = text[:match.start()].strip(), text[match.end():].strip().rstrip(")").strip()
        if left and right and looks_like_deadline(right, reference):
            return left, right
    dates = find_dates(text, reference)
    if dates and dates[0].start == 0:
        return None, text.strip()
    return text.strip() or None, None


def realign_lost_cells(table: Table, row: int, slots: list[Optional[Cell]], columns: ColumnMap,
                       reference: Reference, covered: Optional[set[tuple[int, int]]] = None) -> list[Optional[Cell]]:
    """Put back in place a row whose export dropped empty cells ("\\tAction\\tWho\\tWhen").

    Only done when the evidence is there: the row is short of cells at its end, its first
    cells are empty, the deadline column is the last one, and the last cell given reads as a
    deadline. Otherwise the row is left as it came. (``covered``: the table's covered slots,
    computed once per table by the caller.)
    """
    covered = table.covered_slots() if covered is None else covered
    absent = [c for c, cell in enumerate(slots) if cell is None and (row, c) not in covered]
    present = [c for c, cell in enumerate(slots) if cell is not None]
    if not absent or not present or min(absent) < max(present) or columns.roles[-1] != "deadline":
        return slots
    shift = len(absent)
    last = slots[max(present)]
    if not looks_like_deadline(last.text, reference) or any(slots[c] is not None and not slots[c].is_empty for c in range(shift)):
        return slots
    return [None] * shift + slots[: len(slots) - shift]


@dataclass
class _ItemDraft:
    """An agenda item while its rows are being read."""

    row_first: int
    section: Optional[str]
    lines: dict[str, list[str]] = field(default_factory=dict)
    other: list[str] = field(default_factory=list)
    row_groups: list[RowGroup] = field(default_factory=list)
    row_last: int = 0
    pages: list[int] = field(default_factory=list)

    def add(self, role: str, cell: Cell) -> None:
        self.add_lines(role, [p.text for p in entries(cell.paragraphs) if p.text.strip()] + cell.table_lines, cell)

    def add_lines(self, role: str, lines: list[str], cell: Cell) -> None:
        self.lines.setdefault(role, []).extend(lines)
        for prov in [cell.provenance] + [p.provenance for p in cell.paragraphs]:
            self.pages.extend(p for p in (prov.page_start, prov.page_end) if p is not None)

    def text(self, role: str, sep: str = "\n") -> Optional[str]:
        lines = self.lines.get(role) or []
        return sep.join(lines) if lines else None


def _non_empty(cell: Optional[Cell], reference: Reference) -> tuple[Paragraph, ...]:
    """The cell's entries that say something ("RAS", "Néant", "-" do not)."""
    if cell is None:
        return ()
    return tuple(p for p in entries(cell.paragraphs) if p.text.strip() and not reference.is_null_marker(p.text))


def entries(paragraphs: tuple[Paragraph, ...]) -> list[Paragraph]:
    """A cell's paragraphs, each line after a soft line break (Shift+Enter) an entry of its own:
    writers list several actions, responsibles or deadlines that way as often as in paragraphs.
    A line that starts in lowercase continues the sentence above (a line wrapped by hand)."""
    found: list[Paragraph] = []
    for paragraph in paragraphs:
        lines = [line.strip() for line in paragraph.text.split("\n") if line.strip()]
        if len(lines) <= 1:
            found.append(paragraph)
            continue
        joined: list[str] = []
        for line in lines:
            if joined and starts_lowercase(line):
                joined[-1] = f"{joined[-1]} {line}"
            else:
                joined.append(line)
        found.extend(replace(paragraph, text=text) for text in joined)
    return found


def _says_nothing(cell: Optional[Cell], reference: Reference) -> bool:
    return cell is None or cell.is_empty or reference.is_null_marker(cell.text)


def _is_repeated_header(texts: list[str], columns: ColumnMap, settings: Settings, reference: Reference) -> bool:
    """The header row again (a page break in a Word table). Each column must first hold a word
    of its own role: a body row fails on its first column, instead of every cell being scored
    against every term."""
    if len(texts) != len(columns.roles):
        return False
    terms = reference.column_terms
    if not all(role is None or any(has_role_word(text, part, terms) for part in COMPOSITE_ROLES.get(role, (role,)))
               for text, role in zip(texts, columns.roles)):
        return False
    again = assign_roles(texts, terms)
    return is_agenda_header(again, settings.min_header_roles) and again.roles == columns.roles


def items_of_table(agenda: AgendaTable, settings: Settings, reference: Reference,
                   carried: Optional[_ItemDraft] = None) -> list[_ItemDraft]:
    """Item drafts of one agenda table; ``carried`` is an item continued from the previous part."""
    table, columns = agenda.table, agenda.columns
    grid = table.grid()
    texts, covered = all_header_texts(table), table.covered_slots()
    key_col = columns.column_of("topic")
    if key_col is None:
        key_col = columns.column_of("number")
    drafts: list[_ItemDraft] = [carried] if carried is not None else []
    section: Optional[str] = carried.section if carried is not None else None
    for r in range(agenda.first_body_row, table.n_rows):
        slots = grid[r]
        present = [c for c in slots if c is not None]
        if not any(not c.is_empty for c in present) or _is_repeated_header(texts[r], columns, settings, reference):
            continue
        if len(present) == 1 and table.n_cols > 1 and present[0].col_span >= table.n_cols:
            section = present[0].text.replace("\n", " ")
            continue
        slots = realign_lost_cells(table, r, slots, columns, reference, covered)
        key_cell = slots[key_col] if key_col is not None else None
        starts_item = key_col is None or (key_cell is not None and not key_cell.is_empty)
        if starts_item or not drafts:
            drafts.append(_ItemDraft(row_first=r, section=section))
        draft = drafts[-1]
        draft.row_last = r
        for col, cell in enumerate(slots):
            if _says_nothing(cell, reference):
                continue
            role = columns.roles[col] if col < len(columns.roles) else None
            if role in COMPOSITE_ROLES:
                for part in COMPOSITE_ROLES[role]:
                    draft.add_lines(part, [p.text for p in _role_entries(slots, columns, part, reference)], cell)
            elif role is None:
                header = columns.headers[col] if col < len(columns.headers) else ""
                draft.other.append(f"{header.strip() or f'column {col + 1}'}: {cell.text}")
            else:
                draft.add(role, cell)
        draft.row_groups.append(RowGroup(
            row=r,
            actions=_non_empty(_slot(slots, columns, "actions"), reference),
            responsible=_role_entries(slots, columns, "responsible", reference),
            deadline=_role_entries(slots, columns, "deadline", reference),
        ))
    return drafts


def _role_entries(slots: list[Optional[Cell]], columns: ColumnMap, role: str, reference: Reference) -> tuple[Paragraph, ...]:
    """A row's entries for ``role``: from its own column, or its part of each entry of a column
    holding it with another role ("UNHCR – 15 Sept" gives "UNHCR" as responsible)."""
    if columns.column_of(role) is not None:
        return _non_empty(_slot(slots, columns, role), reference)
    col = columns.composite_of(role)
    if col is None or col >= len(slots):
        return ()
    index = COMPOSITE_ROLES[columns.roles[col]].index(role)
    found = []
    for paragraph in _non_empty(slots[col], reference):
        part = split_responsible_deadline(paragraph.text, reference)[index]
        if part and not reference.is_null_marker(part):
            found.append(replace(paragraph, text=part))
    return tuple(found)


def _slot(slots: list[Optional[Cell]], columns: ColumnMap, role: str) -> Optional[Cell]:
    col = columns.column_of(role)
    return slots[col] if col is not None and col < len(slots) else None


def agenda_items(document: Document, settings: Settings, reference: Reference,
                 tables: Optional[list[AgendaTable]] = None) -> tuple[list[AgendaItem], int]:
    """Agenda items of a document, numbered from 1 in reading order, and the agenda table count
    (``tables``: the document's agenda tables when the caller has already found them)."""
    tables = agenda_tables(document, settings, reference) if tables is None else tables
    drafts: list[tuple[_ItemDraft, int]] = []
    for agenda in tables:
        carried = drafts[-1][0] if drafts and agenda.first_body_row == 0 else None
        new = items_of_table(agenda, settings, reference, carried)
        if carried is not None:
            new = new[1:]
        drafts.extend((d, agenda.table_index) for d in new)
    items = [_item(no, draft, table_index) for no, (draft, table_index) in enumerate(drafts, start=1)]
    return items, len({a.table_index for a in tables})


def _item(item_no: int, draft: _ItemDraft, table_index: int) -> AgendaItem:
    return AgendaItem(
        item_no=item_no,
        item_label=draft.text("number", " "),
        section=draft.section,
        topic=draft.text("topic", " "),
        discussion=draft.text("discussion"),
        actions_text=draft.text("actions"),
        responsible_text=draft.text("responsible"),
        deadline_text=draft.text("deadline"),
        status_text=draft.text("status"),
        other_text="\n".join(draft.other) or None,
        table_index=table_index,
        row_first=draft.row_first,
        row_last=draft.row_last,
        page_start=min(draft.pages) if draft.pages else None,
        page_end=max(draft.pages) if draft.pages else None,
        row_groups=tuple(draft.row_groups),
    )
