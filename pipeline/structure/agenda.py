"""The agenda table: found by its header row, read into one AgendaItem per agenda point.

A new item starts where the topic column has text of its own; a row whose topic is empty, or
covered by a topic cell merged from above, continues the item above. Repeated header rows
are dropped; a row that is one cell across the whole table is a section title.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Optional

from pipeline.config import Settings
from pipeline.dates import find_dates
from pipeline.minutes import AgendaItem, RowGroup
from pipeline.model import Cell, Document, Paragraph, Table
from pipeline.reference import Reference
from pipeline.structure.columns import ColumnMap, assign_roles, is_agenda_header
from pipeline.textnorm import fold, starts_lowercase

#: paragraphs allowed between two tables for the second to continue the first's agenda
MAX_PARAGRAPHS_BETWEEN_PARTS = 2


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


def looks_like_deadline(text: str, reference: Reference) -> bool:
    """A date, a month name, or a deadline wording ("Continu", "Avant la prochaine réunion")."""
    if find_dates(text, reference):
        return True
    folded = fold(text)
    if set(folded.split()) & reference.folded_months:
        return True
    return any(folded.startswith(term) for term, _ in reference.deadline_terms)


def realign_lost_cells(table: Table, row: int, slots: list[Optional[Cell]], columns: ColumnMap,
                       reference: Reference) -> list[Optional[Cell]]:
    """Put back in place a row whose export dropped empty cells ("\\tAction\\tWho\\tWhen").

    Only done when the evidence is there: the row is short of cells at its end, its first
    cells are empty, the deadline column is the last one, and the last cell given reads as a
    deadline. Otherwise the row is left as it came.
    """
    covered = table.covered_slots()
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
        self.lines.setdefault(role, []).extend([p.text for p in entries(cell.paragraphs) if p.text.strip()]
                                               + cell.table_lines)
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


def _is_repeated_header(table: Table, row: int, columns: ColumnMap, settings: Settings, reference: Reference) -> bool:
    again = assign_roles(header_texts(table, row), reference.column_terms)
    return is_agenda_header(again, settings.min_header_roles) and again.roles == columns.roles


def items_of_table(agenda: AgendaTable, settings: Settings, reference: Reference,
                   carried: Optional[_ItemDraft] = None) -> list[_ItemDraft]:
    """Item drafts of one agenda table; ``carried`` is an item continued from the previous part."""
    table, columns = agenda.table, agenda.columns
    grid = table.grid()
    key_col = columns.column_of("topic")
    if key_col is None:
        key_col = columns.column_of("number")
    drafts: list[_ItemDraft] = [carried] if carried is not None else []
    section: Optional[str] = carried.section if carried is not None else None
    for r in range(agenda.first_body_row, table.n_rows):
        slots = grid[r]
        present = [c for c in slots if c is not None]
        if not any(not c.is_empty for c in present) or _is_repeated_header(table, r, columns, settings, reference):
            continue
        if len(present) == 1 and table.n_cols > 1 and present[0].col_span >= table.n_cols:
            section = present[0].text.replace("\n", " ")
            continue
        slots = realign_lost_cells(table, r, slots, columns, reference)
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
            if role is None:
                header = columns.headers[col] if col < len(columns.headers) else ""
                draft.other.append(f"{header.strip() or f'column {col + 1}'}: {cell.text}")
            else:
                draft.add(role, cell)
        draft.row_groups.append(RowGroup(
            row=r,
            actions=_non_empty(_slot(slots, columns, "actions"), reference),
            responsible=_non_empty(_slot(slots, columns, "responsible"), reference),
            deadline=_non_empty(_slot(slots, columns, "deadline"), reference),
        ))
    return drafts


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
