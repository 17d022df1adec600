"""Action points: the actions cell split into its paragraphs, each given the responsible and
deadline its row supports, and no more (see :class:`pipeline.minutes.Action`).

A row that a page break cut in two (stitched back by the extractor) is aligned page by page when
every page of it holds actions and their values side by side, no page more values than actions:
values printed on one page stand beside that page's actions, never beside another page's (seed
000's item 2: the one responsible on the first page goes with both actions there).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from pipeline.minutes import Action, AgendaItem, RowGroup
from pipeline.model import Paragraph
from pipeline.reference import Reference
from pipeline.structure.alignment import place_by_evidence

Attached = tuple[str, list[Optional[str]]]


def align(n_actions: int, values: tuple[Paragraph, ...]) -> Attached:
    """How ``values`` attach to ``n_actions`` actions of one row by counting alone, and the value of each."""
    texts = [v.text for v in values]
    if not texts:
        return "none", [None] * n_actions
    if len(texts) == n_actions:
        return "one_to_one", texts
    if len(texts) == 1:
        return "shared", texts * n_actions
    if n_actions == 1:  # "OCHA" / "UNHCR" on two lines beside one action: both are its responsibles
        return "whole_cell", ["\n".join(texts)]
    return "unaligned", [None] * n_actions


def matched(of_action: Sequence[Optional[int]], values: tuple[Paragraph, ...]) -> Attached:
    """Values placed on actions by :func:`place_by_evidence` (actions it could not place stay null)."""
    return "matched", [values[i].text if i is not None else None for i in of_action]


def attach(actions: list[str], group: RowGroup, reference: Reference) -> tuple[Attached, Attached]:
    """Responsible and deadline of each action of a row.

    Counting settles most rows. When a row has fewer responsibles than actions, they are placed
    by evidence in the texts; deadlines listed in parallel with them (as many) follow them. When
    the texts tie none of them to any action, they are shared: each action gets them all.
    """
    responsible = align(len(actions), group.responsible)
    deadline = align(len(actions), group.deadline)
    if responsible[0] == "unaligned" and len(group.responsible) < len(actions):
        of_action = place_by_evidence(actions, [p.text for p in group.responsible], reference)
        if all(i is None for i in of_action):
            # nothing in the texts ties any of them to one action ("UNHCR" / "OCHA" beside three
            # bulleted actions): the responsibles are the row's, together, for each action
            return ("shared", ["\n".join(p.text for p in group.responsible)] * len(actions)), deadline
        responsible = matched(of_action, group.responsible)
        if deadline[0] == "unaligned" and len(group.deadline) == len(group.responsible):
            deadline = matched(of_action, group.deadline)
    return responsible, deadline


def _page(paragraph: Paragraph) -> Optional[int]:
    return paragraph.provenance.page_start


def page_parts(group: RowGroup) -> list[RowGroup]:
    """The row cut at its page breaks when each page holds actions and their values side by side,
    else the row whole.

    Each column of a row flows across the break on its own, so a page groups values with their
    actions only when every column was cut between the same entries. A page with actions but no
    responsible (or no deadline, when the row has deadlines) says the value column ran shorter;
    a page with more values than actions says it ran longer (one-line values beside wrapped
    actions), its extra values belonging to the next page's actions. Either way the pages are
    no evidence, and the row is aligned as one.
    """
    if len({_page(p) for p in group.actions}) < 2:
        return [group]
    columns = {"actions": group.actions, "responsible": group.responsible, "deadline": group.deadline}
    pages = sorted({_page(p) for paragraphs in columns.values() for p in paragraphs}, key=lambda page: page or 0)
    by_page = {name: {page: tuple(p for p in paragraphs if _page(p) == page) for page in {_page(p) for p in paragraphs}}
               for name, paragraphs in columns.items()}
    needed = [name for name, paragraphs in columns.items() if paragraphs]
    if any(page not in by_page[name] for page in pages for name in needed):
        return [group]
    if any(len(by_page[name][page]) > len(by_page["actions"][page]) for name in needed for page in pages):
        return [group]
    return [replace(group, **{name: by_page[name].get(page, ()) for name in columns}) for page in pages]


def actions_of_row(item_no: int, first_action_no: int, group: RowGroup, reference: Reference) -> list[Action]:
    """The actions one source row gives; a row with a responsible or deadline but no action
    text still yields one action (text null) so the commitment is not lost."""
    if not group.actions:
        if not group.responsible and not group.deadline:
            return []
        return _aligned(item_no, first_action_no, group, [None], [None], reference)
    actions: list[Action] = []
    for part in page_parts(group):
        actions.extend(_aligned(item_no, first_action_no + len(actions), part, [p.text for p in part.actions],
                                [_page(p) for p in part.actions], reference))
    return actions


def _aligned(item_no: int, first_action_no: int, group: RowGroup, texts: list[Optional[str]],
             pages: list[Optional[int]], reference: Reference) -> list[Action]:
    (responsible_kind, responsibles), (deadline_kind, deadlines) = attach([t or "" for t in texts], group, reference)
    return [
        Action(item_no=item_no, action_no=first_action_no + i, text=text,
               responsible_text=responsibles[i], deadline_text=deadlines[i],
               responsible_alignment=_kind(responsible_kind, responsibles[i]),
               deadline_alignment=_kind(deadline_kind, deadlines[i]),
               row=group.row, page=pages[i])
        for i, text in enumerate(texts)
    ]


def _kind(kind: str, value: Optional[str]) -> str:
    """An action the evidence left without a value is ``unaligned``, like one counting could not settle."""
    return "unaligned" if kind == "matched" and value is None else kind


def actions_of_item(item: AgendaItem, reference: Reference) -> list[Action]:
    """All actions of an agenda item, numbered from 1 within the item."""
    actions: list[Action] = []
    for group in item.row_groups:
        actions.extend(actions_of_row(item.item_no, len(actions) + 1, group, reference))
    return actions
