"""The text fields of the minutes the NLP stage reads: one list, used by the tagger and by the
figure relations alike, so both see the same fields with the same names and offsets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from pipeline.minutes import Minutes

#: header fields read by the NLP stage: (MeetingHeader attribute, field name in the outputs)
HEADER_FIELDS = (("title", "title"), ("place", "place"), ("chair_text", "chair"),
                 ("co_facilitator_text", "co_facilitator"), ("organisations_present_text", "organisations_present"),
                 ("agenda_text", "agenda"), ("next_meeting_text", "next_meeting"))
#: agenda item columns read: (AgendaItem attribute, field name)
ITEM_FIELDS = (("topic", "topic"), ("discussion", "discussion"), ("actions_text", "actions"),
               ("responsible_text", "responsible"), ("deadline_text", "deadline"), ("status_text", "status"),
               ("other_text", "other"))


@dataclass(frozen=True)
class FieldText:
    """A field's text, or a piece of a long one starting ``offset`` characters into the field, with
    what surrounds it: the topic and section of its agenda item (where figures find their period)."""

    item_no: Optional[int]
    field: str
    text: str
    offset: int = 0
    topic: str = ""
    section: str = ""


def field_texts(minutes: Minutes) -> list[FieldText]:
    """Every text field of the minutes the NLP stage reads, in output order."""
    texts = [FieldText(None, name, getattr(minutes.header, attr)) for attr, name in HEADER_FIELDS
             if getattr(minutes.header, attr)]
    if minutes.body_text:
        texts.append(FieldText(None, "body", minutes.body_text))
    for item in minutes.items:
        texts.extend(FieldText(item.item_no, name, getattr(item, attr), topic=item.topic or "", section=item.section or "")
                     for attr, name in ITEM_FIELDS if getattr(item, attr))
    return texts
