"""Minutes -> Facts: every organisation, place and figure, field by field, with its link.

The pipeline runs on each field on its own (a cell, a header value, the body), never on text
glued across cells, so a span never straddles two columns. Offsets are character positions in
the field's text exactly as it is written to the outputs. A field longer than ``CHUNK_CHARS``
(a long text export's body) is read in pieces cut at paragraph or sentence ends, each piece's
offsets shifted back into the whole field: spaCy refuses texts past ``nlp.max_length``, and its
memory grows with the text it holds at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Generator, Optional, Sequence

if TYPE_CHECKING:  # spaCy is imported where the pipeline is loaded, not by the batch's parent process
    from spacy.language import Language
    from spacy.tokens import Doc

    from pipeline.nlp.components import PlaceVotes

from pipeline.facts import Attendance, Facts, Figure, OrgMention, PlaceMention, Span
from pipeline.minutes import Minutes
from pipeline.nlp.fields import FieldText, field_texts
from pipeline.nlp.figures import figures_of_field, language_of
from pipeline.nlp.person_names import without_titled_surnames
from pipeline.nlp.relations import relate_document
from pipeline.reference import Reference

_LIST_SEPARATOR = re.compile(r"[,;\n]|\s+et\s+|\s+and\s+")
_CUTS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"(?<=[.!?;])\s+"), re.compile(r"\s+"))
#: characters of fields run through the network together: its activations for all of them are
#: held at once. Counted in characters, not fields: 32 fields a batch (down from the model's 256,
#: which took a 200-page PDF's worker from 250 to 660 MB) still held 84 MB over 200 pages whose
#: discussions run to 6,000 characters; 8,000 characters a batch hold about 30 MB less, at the
#: same speed (the NER's subbatches still hold hundreds of tokens)
NLP_BATCH_CHARS = 8_000
#: longest piece of a field read at once (characters), no more than a batch of the network
#: (``NLP_BATCH_CHARS``): a 200-page PDF's body prose read in 50,000-character pieces took its
#: worker from 140 to 171 MB (the NER's activations for a whole piece held at once)
CHUNK_CHARS = NLP_BATCH_CHARS


def chunk_bounds(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of pieces of at most ``limit`` characters covering ``text``, each cut after a
    blank line, else a line end, else a sentence end, else a space (else anywhere) in its last half."""
    bounds, start = [], 0
    while len(text) - start > limit:
        window = text[start + limit // 2:start + limit]
        cut = None
        for pattern in _CUTS:
            found = [m.end() for m in pattern.finditer(window)]
            if found:
                cut = start + limit // 2 + found[-1]
                break
        cut = cut if cut is not None and cut > start else start + limit
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def batches(texts: list[str], limit: int) -> list[list[str]]:
    """Consecutive texts in batches of at most ``limit`` characters (a longer text alone)."""
    found: list[list[str]] = []
    size = limit + 1
    for text in texts:
        if size + len(text) > limit:
            found.append([])
            size = 0
        found[-1].append(text)
        size += len(text)
    return found


def in_chunks(texts: list[FieldText], limit: int) -> list[FieldText]:
    """The fields, a long one as consecutive pieces with their offsets."""
    pieces: list[FieldText] = []
    for text in texts:
        if len(text.text) <= limit:
            pieces.append(text)
            continue
        pieces.extend(replace(text, text=text.text[a:b], offset=a) for a, b in chunk_bounds(text.text, limit))
    return pieces


@dataclass
class FieldFacts:
    """What one field (or piece of a long one) gave, its offsets in the whole field: kept in
    place of its Doc, which is let go as soon as the field is read."""

    places: list[PlaceMention]
    organisations: list[OrgMention]
    figures: list[Figure]  # their ``restates`` counted in this field
    attendance: Optional[tuple[Attendance, ...]] = None  # an organisations_present field's
    responsible: Optional[tuple[str, ...]] = None  # a responsible cell's organisations
    line_orgs: list[tuple[str, list[str]]] = field(default_factory=list)  # a responsible cell's, line by line
    no_body_acronyms: frozenset[str] = frozenset()  # acronyms the field spells out as a plan's, an event's


def tag(minutes: Minutes, nlp: Language, reference: Reference, chunk_chars: int = CHUNK_CHARS,
        helpers: int = 0) -> Facts:
    """Organisations, places, figures, attendance and responsible organisations of a document.

    A place name is read as a place of the countries the document is about, which only all its
    fields together tell (``MinutesEntities.settle_places``); only the Docs of the fields naming
    such a place wait for them (a tenth of a long PDF's fields), every other field is read as its
    Doc comes out of the pipeline and its Doc let go: holding all of them took 23 MB on 200 pages.
    ``helpers``: cores this document may use beside this process's (a run's only document on a
    2-core machine): about half its fields are then read in a forked process (``tag_apart``).
    """
    from pipeline.nlp.tag_apart import read_in_two, worth_a_helper  # spaCy's: imported where the pipeline is loaded

    component = nlp.get_pipe("minutes_entities")
    texts = in_chunks(field_texts(minutes), chunk_chars)
    language = language_of([t.text for t in texts])
    if helpers and worth_a_helper(texts):
        read = read_in_two(texts, nlp, component, language, reference)
    else:
        part = read_part(texts, range(len(texts)), nlp, component, language, reference)
        read = part.send(next(part).preferred())  # the countries the document is about
    return document_facts(texts, [read[i] for i in range(len(texts))], minutes, reference, component)


def read_part(texts: list[FieldText], indices: Sequence[int], nlp: Language, component, language: str,
              reference: Reference) -> Generator[PlaceVotes | dict[int, FieldFacts], set[str], None]:
    """The facts of the fields at ``indices``, in two steps: first yields what they say of the
    countries the document is about (their ``PlaceVotes``), then, sent the countries the whole
    document is about, yields each field's facts by index (``send`` returns them)."""
    from pipeline.nlp.components import PlaceVotes  # spaCy's: imported where the pipeline is loaded

    read: dict[int, FieldFacts] = {}
    waiting: dict[int, Doc] = {}
    votes = PlaceVotes()
    docs = (doc for batch in batches([texts[i].text for i in indices], NLP_BATCH_CHARS)
            for doc in nlp.pipe(batch, batch_size=len(batch)))
    for i, doc in zip(indices, docs):
        component.count_places(doc, votes)
        if component.settles_alone(doc):
            component.settle_doc(doc, set())
            read[i] = read_field(texts[i], doc, component, language, reference)
        else:
            waiting[i] = doc
    preferred = yield votes
    for i, doc in waiting.items():
        component.settle_doc(doc, preferred)
        read[i] = read_field(texts[i], doc, component, language, reference)
    yield read


def read_field(text: FieldText, doc: Doc, component, language: str, reference: Reference) -> FieldFacts:
    """A field's facts from its tagged Doc (its places settled)."""
    if text.field in ("responsible", "organisations_present"):
        component.listed_cell(doc)
    if text.field == "place":
        component.venue_cell(doc)
    places = [PlaceMention(_span(text, e), e._.method, component.places.get(e.id_)) for e in doc.ents if e.label_ == "LOC"]
    named = [(p.span.start - text.offset, p.span.end - text.offset, p.place.name if p.place else p.span.text)
             for p in places]  # positions in this piece, as figures_of_field reads it
    by_name = {p.place.name: p.place for p in places if p.place}
    figures = [replace(f, place=by_name.get(f.location), start=f.start + text.offset, end=f.end + text.offset)
               for f in figures_of_field(text.item_no, text.field, text.text, language, reference, named, doc.vocab)]
    found = FieldFacts(places, [OrgMention(_span(text, e), e._.method, component.organisations.get(e.id_))
                                for e in doc.ents if e.label_ == "ORG"], figures,
                       no_body_acronyms=component.no_body_acronyms(doc))
    if text.field == "organisations_present":
        found.attendance = attendance_of(text.text, doc, component)
    if text.field == "responsible":
        found.responsible = tuple(org_ids(doc.ents))
        found.line_orgs = orgs_by_line(doc)
    return found


def document_facts(texts: list[FieldText], read: list[FieldFacts], minutes: Minutes, reference: Reference,
                   component) -> Facts:
    """The fields' facts put together in field order: figures numbered in the document, the last
    attendance list, each action's responsible organisations, the figures related; an acronym
    the document defines, an organisation wherever it is written."""
    from pipeline.nlp.acronyms import (  # spaCy's rules: imported where the pipeline is loaded
        places_clear_of_acronyms,
        with_defined_acronyms,
        without_no_body_acronyms,
        without_qualifier_acronyms,
    )

    field_orgs = without_qualifier_acronyms(texts, [f.organisations for f in read], component.rules.qualified_nouns)
    field_orgs = without_no_body_acronyms(field_orgs, frozenset().union(*(f.no_body_acronyms for f in read)))
    field_orgs = with_defined_acronyms(texts, field_orgs, [f.places for f in read], component.not_orgs,
                                       component.rules.stop_words)
    field_places = places_clear_of_acronyms([f.places for f in read], field_orgs)
    read = [replace(f, organisations=orgs, places=named) for f, orgs, named in zip(read, field_orgs, field_places)]
    organisations: list[OrgMention] = []
    places: list[PlaceMention] = []
    figures: list[Figure] = []
    attendance: tuple[Attendance, ...] = ()
    item_responsible: dict[int, tuple[str, ...]] = {}
    line_orgs: dict[tuple, list[str]] = {}
    for text, found in zip(texts, read):
        first = len(figures)  # a restatement's index, in its field, becomes one in the document
        figures.extend(replace(f, restates=first + f.restates) if f.restates is not None else f for f in found.figures)
        organisations.extend(found.organisations)
        places.extend(found.places)
        if found.attendance is not None:
            attendance = found.attendance
        if found.responsible is not None:
            item_responsible[text.item_no] = found.responsible
            line_orgs.update({(text.item_no, line): orgs for line, orgs in found.line_orgs})
    action_responsible = {}
    for action in minutes.actions:  # an action's responsible is lines of its item's cell, tagged above
        lines = action.responsible_text.split("\n") if action.responsible_text else []
        action_responsible[(action.item_no, action.action_no)] = tuple(dict.fromkeys(
            org for line in lines for org in line_orgs.get((action.item_no, line), [])))
    places = without_titled_surnames(places, [t.text for t in texts], component.rules)  # "Governor X", later "X"
    figures = relate_document(figures, minutes, places, reference, component)
    return Facts(tuple(organisations), tuple(places), tuple(figures), attendance, item_responsible, action_responsible)


def _span(text: FieldText, ent) -> Span:
    return Span(text.item_no, text.field, text.offset + ent.start_char, text.offset + ent.end_char, ent.text)


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


def attendance_of(text: str, doc: Doc, component) -> tuple[Attendance, ...]:
    """One entry per organisation present (each once); items no entry explains kept unlinked."""
    found: list[Attendance] = []
    seen: set[str] = set()
    ents = [e for e in doc.ents if e.label_ == "ORG"]
    for start, end in list_items(text):
        item = text[start:end].strip()
        inside = [e for e in ents if start <= e.start_char < end]
        if not inside:
            found.append(Attendance(item, None))
            continue
        for ent in inside:
            key = ent.id_ or ent.text
            if key in seen:
                continue
            seen.add(key)
            found.append(Attendance(ent.text if len(inside) > 1 else item, component.organisations.get(ent.id_)))
    return tuple(found)
