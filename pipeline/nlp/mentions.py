"""Minutes -> Facts: every organisation and place mention, field by field, with its link.

The pipeline runs on each field on its own (a cell, a header value, the body), never on text
glued across cells, so a span never straddles two columns. Offsets are character positions in
the field's text exactly as it is written to the outputs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:  # spaCy is imported where the pipeline is loaded, not by the batch's parent process
    from spacy.language import Language
    from spacy.tokens import Doc

from pipeline.minutes import Minutes
from pipeline.nlp.figures import figures_of_field, language_of

#: header fields read by the NLP stage: (MeetingHeader attribute, field name in the outputs)
HEADER_FIELDS = (("title", "title"), ("place", "place"), ("chair_text", "chair"),
                 ("co_facilitator_text", "co_facilitator"), ("organisations_present_text", "organisations_present"),
                 ("agenda_text", "agenda"), ("next_meeting_text", "next_meeting"))
#: agenda item columns read: (AgendaItem attribute, field name)
ITEM_FIELDS = (("topic", "topic"), ("discussion", "discussion"), ("actions_text", "actions"),
               ("responsible_text", "responsible"), ("deadline_text", "deadline"), ("status_text", "status"),
               ("other_text", "other"))
_LIST_SEPARATOR = re.compile(r"[,;\n]|\s+et\s+|\s+and\s+")
#: fields run through the network together: its activations for all of them are held at once
#: (the model's default, 256, took a 200-page PDF's worker from 250 to 660 MB)
NLP_BATCH = 32


@dataclass(frozen=True)
class FieldText:
    item_no: Optional[int]
    field: str
    text: str


@dataclass
class Facts:
    """What the NLP stage found in one document, as rows for the output tables."""

    organisations: list[dict] = field(default_factory=list)
    locations: list[dict] = field(default_factory=list)
    attendance: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    item_responsible: dict[int, list[str]] = field(default_factory=dict)
    action_responsible: dict[tuple[int, int], list[str]] = field(default_factory=dict)


def field_texts(minutes: Minutes) -> list[FieldText]:
    """Every text field of the minutes the NLP stage reads, in output order."""
    texts = [FieldText(None, name, getattr(minutes.header, attr)) for attr, name in HEADER_FIELDS
             if getattr(minutes.header, attr)]
    if minutes.body_text:
        texts.append(FieldText(None, "body", minutes.body_text))
    for item in minutes.items:
        texts.extend(FieldText(item.item_no, name, getattr(item, attr)) for attr, name in ITEM_FIELDS
                     if getattr(item, attr))
    return texts


def tag(minutes: Minutes, nlp: Language) -> Facts:
    """Organisations, places, attendance and responsible organisations of a document."""
    component = nlp.get_pipe("minutes_entities")
    texts = field_texts(minutes)
    facts = Facts()
    language = language_of([t.text for t in texts])
    line_orgs: dict[tuple, list[str]] = {}
    for text, doc in zip(texts, nlp.pipe((t.text for t in texts), batch_size=NLP_BATCH)):
        linked = {e.start_char: component.places.get(e.id_) for e in doc.ents if e.label_ == "LOC"}
        places = [(e.start_char, e.end_char, linked[e.start_char].name if linked[e.start_char] else e.text)
                  for e in doc.ents if e.label_ == "LOC"]
        by_name = {name: linked[start] for start, _, name in places if linked[start]}
        facts.figures.extend(figure_rows(figures_of_field(text.item_no, text.field, text.text, language, places),
                                         first_no=len(facts.figures) + 1, places=by_name))
        for ent in doc.ents:
            base = {"item_no": text.item_no, "field": text.field, "text": ent.text,
                    "start": ent.start_char, "end": ent.end_char, "method": ent._.method}
            if ent.label_ == "ORG":
                org = component.organisations.get(ent.id_)
                facts.organisations.append({**base, "org_id": org.org_id if org else None,
                                            "org_name": org.name if org else None, "org_type": org.type if org else None})
            else:
                facts.locations.append({**base, **place_columns(component.places.get(ent.id_), ent.text)})
        if text.field == "organisations_present":
            facts.attendance = attendance_rows(text.text, doc, component)
        if text.field == "responsible":
            facts.item_responsible[text.item_no] = org_ids(doc.ents)
            line_orgs.update({(text.item_no, line): orgs for line, orgs in orgs_by_line(doc)})
    for action in minutes.actions:  # an action's responsible is lines of its item's cell, tagged above
        lines = (action.responsible_text or "").split("\n") if action.responsible_text else []
        facts.action_responsible[(action.item_no, action.action_no)] = list(dict.fromkeys(
            org for line in lines for org in line_orgs.get((action.item_no, line), [])))
    return facts


def figure_rows(figures, first_no: int, places: Optional[dict] = None) -> list[dict]:
    """Figures as rows, numbered in the document; a restatement points to the figure it restates."""
    rows = []
    for i, figure in enumerate(figures):
        integral = float(figure.value).is_integer()
        place = (places or {}).get(figure.location)
        rows.append({
            "item_no": figure.item_no, "field": figure.field, "figure_no": first_no + i, "text": figure.text,
            "start": figure.start, "end": figure.end,
            "value": int(figure.value) if integral else None, "value_float": None if integral else figure.value,
            "unit": figure.unit, "unit_text": figure.unit_text, "qualifier": figure.qualifier,
            "population": figure.population, "location": figure.location, "period": figure.period,
            "paired_with": first_no + figure.restates if figure.restates is not None else None,
            "admin1_name": place.admin1_name if place else None, "admin1_pcode": place.admin1_pcode if place else None,
            "admin2_name": place.admin2_name if place else None, "admin2_pcode": place.admin2_pcode if place else None,
            "households": int(figure.value) if figure.unit == "households" and integral else None,
            "persons": int(figure.value) if figure.unit == "persons" and integral else None,
            "idps": int(figure.value) if figure.unit == "persons" and figure.population == "idps" and integral else None,
            "sentence": figure.sentence,
        })
    return rows


def place_columns(place, text: str) -> dict:
    if place is None:  # a place the NER saw but the gazetteer does not know
        return {"name": text, "admin_level": None, "admin1_name": None, "admin1_pcode": None,
                "admin2_name": None, "admin2_pcode": None, "pcode_version": None}
    return {"name": place.name, "admin_level": place.admin_level, "admin1_name": place.admin1_name,
            "admin1_pcode": place.admin1_pcode, "admin2_name": place.admin2_name,
            "admin2_pcode": place.admin2_pcode, "pcode_version": place.pcode_version}


def org_ids(ents) -> list[str]:
    """Linked organisations among entities, first mention order, each once."""
    seen: list[str] = []
    for ent in ents:
        if ent.label_ == "ORG" and ent.id_ and ent.id_ not in seen:
            seen.append(ent.id_)
    return seen


def orgs_by_line(doc: Doc) -> list[tuple[str, list[str]]]:
    """Each line of a tagged text with the organisations linked in it."""
    lines, start = [], 0
    for line in doc.text.split("\n"):
        end = start + len(line)
        lines.append((line, org_ids(e for e in doc.ents if start <= e.start_char < end)))
        start = end + 1
    return lines


def list_items(text: str) -> list[tuple[int, int]]:
    """Character spans of the items of an attendance list, commas inside parentheses kept."""
    spans, start, depth = [], 0, 0
    for match in re.finditer(r"[()]|" + _LIST_SEPARATOR.pattern, text):
        token = match.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            spans.append((start, match.start()))
            start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def attendance_rows(text: str, doc: Doc, component) -> list[dict]:
    """One row per organisation present (each once); items no entry explains kept unlinked."""
    rows: list[dict] = []
    seen: set[str] = set()
    ents = [e for e in doc.ents if e.label_ == "ORG"]
    for start, end in list_items(text):
        item = text[start:end].strip()
        inside = [e for e in ents if start <= e.start_char < end]
        if not inside:
            rows.append({"org_id": None, "org_name": None, "text": item})
            continue
        for ent in inside:
            org = component.organisations.get(ent.id_)
            key = ent.id_ or ent.text
            if key in seen:
                continue
            seen.add(key)
            rows.append({"org_id": org.org_id if org else None, "org_name": org.name if org else None,
                         "text": ent.text if len(inside) > 1 else item})
    return rows
