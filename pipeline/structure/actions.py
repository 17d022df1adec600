"""Action points: the actions cell split into its paragraphs, each given the responsible and
deadline its row supports, and no more (see :class:`pipeline.minutes.Action`)."""

from __future__ import annotations

from typing import Optional

from pipeline.minutes import Action, AgendaItem, RowGroup
from pipeline.model import Paragraph


def align(n_actions: int, values: tuple[Paragraph, ...]) -> tuple[str, list[Optional[str]]]:
    """How ``values`` attach to ``n_actions`` actions of one row, and the value of each."""
    texts = [v.text for v in values]
    if not texts:
        return "none", [None] * n_actions
    if len(texts) == n_actions:
        return "one_to_one", texts
    if len(texts) == 1:
        return "shared", texts * n_actions
    return "unaligned", [None] * n_actions


def actions_of_row(item_no: int, first_action_no: int, group: RowGroup) -> list[Action]:
    """The actions one source row gives; a row with a responsible or deadline but no action
    text still yields one action (text null) so the commitment is not lost."""
    texts: list[Optional[str]] = [p.text for p in group.actions]
    pages = [p.provenance.page_start for p in group.actions]
    if not texts:
        if not group.responsible and not group.deadline:
            return []
        texts, pages = [None], [None]
    responsible_kind, responsibles = align(len(texts), group.responsible)
    deadline_kind, deadlines = align(len(texts), group.deadline)
    return [
        Action(item_no=item_no, action_no=first_action_no + i, text=text,
               responsible_text=responsibles[i], deadline_text=deadlines[i],
               responsible_alignment=responsible_kind, deadline_alignment=deadline_kind,
               row=group.row, page=pages[i])
        for i, text in enumerate(texts)
    ]


def actions_of_item(item: AgendaItem) -> list[Action]:
    """All actions of an agenda item, numbered from 1 within the item."""
    actions: list[Action] = []
    for group in item.row_groups:
        actions.extend(actions_of_row(item.item_no, len(actions) + 1, group))
    return actions
