"""spaCy component ``minutes_entities``: organisations and places, each linked to its entry.

Runs after the statistical NER. In order of trust:

1. the registry and gazetteer, as phrase patterns: all-capital forms (acronyms) match
   case-sensitively, other forms case- and accent-insensitively (on a folded NORM);
2. fuzzy matching of what is left against the registry, for misspellings not yet listed;
3. the statistical NER's ORG/LOC entities, kept as ``method = "ner"`` with no link, so a
   maintainer sees what to add, after the known false friends are filtered out.

A place inside an organisation's name ("DRDSES Mopti", "Médecins sans Frontière Espagne") is
part of the organisation, not a location. Every entity gets ``ent_id_`` (org_id or place id)
and ``span._.method``.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import pickle
import re
from pathlib import Path
from typing import Container, Iterable, Optional

import numpy
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA
from spacy.attrs import IS_ALPHA, IS_STOP, NORM
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.nlp import context as ctx
from pipeline.nlp import place_readings as readings
from pipeline.nlp.acting_bodies import acting_acronyms, listed_with_bodies, paired_with_a_body
from pipeline.nlp.attendee_bodies import MIN_COLUMN_LINES, attendee_columns
from pipeline.nlp.bylines import byline_patterns, byline_spans
from pipeline.nlp.person_names import (
    HONORIFICS,
    RANKS,
    persons_name_words,
    titled_persons_name,
    written_as_a_persons_name,
)
from pipeline.nlp.phrases import PhraseTable, Words, build_table, make_table
from pipeline.nlp.relief_items import names_relief_items
from pipeline.nlp.sector_bodies import HEAD_HINT, sector_bodies
from pipeline.reference.places import GEONAMES_PREFIX, HOME_COUNTRIES, Gazetteer, Place
from pipeline.reference.registry import Organisation
from pipeline.textnorm import strip_accents

#: fuzzy-matching cutoffs, the ``minutes_entities`` factory's config (rapidfuzz ratios, 0-100).
#: name_cutoff: a capitalised word against a one-word registry name. Measured (tests/test_nlp.py):
#: one typo or swap in a name of 6+ letters scores 87.5-97; the capitalised words of minutes
#: closest to a registry name ("Children"/ChildFund, "Partenaires"/Plateforme) score at most 71.
#: long_name_cutoff: a name of several words the NER found: one typo in "Handicap International"
#: scores 97.7; two different names of as many words sharing a word score far lower
#: ("Plan International"/"Handicap International": 70); long_name_word_cutoff: each of its words
#: this close to the registry's word in the same place; long_name_margin: and it must beat the
#: closest name of another organisation by this much.
FUZZY_DEFAULTS = {"name_cutoff": 85, "long_name_cutoff": 90, "long_name_word_cutoff": 80, "long_name_margin": 5}
#: words whose fuzzy reading (:meth:`MinutesEntities._fuzzy_word`) a worker keeps before starting afresh
FUZZY_CACHE_SIZE = 50_000
#: organisation types whose names often carry a place after them ("DRDSES Mopti")
PLACE_SUFFIXED_TYPES = {"government service", "NNGO", "coordination body"}
#: the organisation type of state security forces (``schema.py``): unnamed in lower case ("la police")
SECURITY_FORCE = "armed/security actor"

if not Span.has_extension("method"):
    Span.set_extension("method", default=None)
if not Span.has_extension("candidates"):
    Span.set_extension("candidates", default=())
if not Doc.has_extension("ner_ents"):
    Doc.set_extension("ner_ents", default=())


#: prepositions after which a country's abbreviation is the country, not a body of the same letters
COUNTRY_PREPOSITIONS = frozenset({"in", "across", "throughout", "within", "en", "au"})
#: prepositions after which the abbreviation with the English article closing its phrase is the country ("of
#: the DRC,", "across the DRC."): a body's acronym takes no article there
ARTICLED_COUNTRY_PREPOSITIONS = COUNTRY_PREPOSITIONS | {"of", "to", "from", "into", "for"}


@functools.lru_cache(maxsize=1 << 16)
def fold_token(text: str) -> str:
    """A token's matching key: lowercase, accents off, apostrophes unified. Kept for the last
    65,536 words: every token of every field is folded, most of them words seen before."""
    return strip_accents(text.replace("’", "'").lower())


def _word_by_word(written: list[str], known: list[str], cutoff: float) -> bool:
    """Every word of 4 letters or more close to its counterpart: "Internationnal" ~ "International",
    but "Rural" is another word than "Social", however alike the whole names are."""
    return all(fuzz.ratio(a, b) >= cutoff for a, b in zip(written, known) if max(len(a), len(b)) >= 4)




def mark(span: Span, method: str, candidates: tuple[str, ...] = ()) -> Span:
    """Set a span's method (and place candidates), also recorded by (start, end, label): spaCy
    keeps a span's extension values by its offsets, so an organisation and a place read at the
    same offsets would share them; :func:`restore_marks` puts each kept entity's own back."""
    span._.method = method
    span._.candidates = candidates
    span.doc.user_data.setdefault("marks", {})[(span.start, span.end, span.label_)] = (method, candidates)
    return span


def add_entities(doc: Doc, added: list[Span]) -> None:
    """A field's entities with ``added`` (a cell's items), overlaps filtered, each one's own mark kept."""
    if added:
        doc.ents = sorted(filter_spans(list(doc.ents) + added), key=lambda s: s.start)
        restore_marks(doc)


def marked(span: Span) -> tuple[str, tuple[str, ...]]:
    """A span's own method and candidates, recorded by (start, end, label) (see :func:`mark`): its
    extension values may be those of another entity at the same offsets ("DRC" read as the Danish
    Refugee Council by the registry, kept as the country)."""
    own = span.doc.user_data.get("marks", {}).get((span.start, span.end, span.label_))
    return own if own is not None else (span._.method, span._.candidates)


def restore_marks(doc: Doc) -> None:
    """Each entity's own method and candidates (see :func:`mark`)."""
    marks = doc.user_data.get("marks", {})
    for ent in doc.ents:
        if (ent.start, ent.end, ent.label_) in marks:
            ent._.method, ent._.candidates = marks[(ent.start, ent.end, ent.label_)]


def abbreviations(org: Organisation) -> list[str]:
    """"Handicap Int", "Solidarités Inter", "Save the Child": a name of two words or more whose
    last word is cut after 3 letters or more (the dot is a token of its own), or whose last word in
    the plural is written in the singular ("Médecins Sans Frontière")."""
    forms = []
    for name in (org.name_fr, org.name_en, *org.aliases):
        words = name.split()
        if len(words) < 2 or is_acronym(name) or not words[-1].isalpha() or len(words[-1]) < 6:
            continue
        if not words[0][:1].isupper():
            continue
        last = len(words[-1]) - (0 if words[-1].endswith("s") else 1)  # "Médecins Sans Frontière": a plural's "s" dropped
        forms.extend(" ".join(words[:-1] + [words[-1][:n]]) for n in range(3, last))
    return forms


#: the fewest letters of a word in capitals read as a second surname after a given name and a first
#: ("<Given> <SURNAME> <SURNAME>"): shorter ones are acronyms often
MIN_SURNAME_IN_CAPITALS = 6
#: the fewest letters of one word in capitals opening a line read as a dateline's or a section's town
#: ("KALOBA :"): shorter ones are acronyms often
MIN_TOWN_IN_CAPITALS = 5


#: the registry's types of bodies whose name in words inside a job title names the job ("the Food for Peace
#: Officer": a donor's programme office; a coordination body there, "the Shelter Cluster Coordinator", the
#: fuzzy reading finds again: not done)
JOB_TITLE_BODY_TYPES = frozenset({"donor"})


#: the fewest letters of an NGO's acronym read aloud as a word ("Acted", "Coopi"): shorter ones are words too often
MIN_WORD_ACRONYM = 5


def word_acronyms(org: Organisation, stop_words: frozenset[str], vocab=None) -> list[str]:
    """"Unicef", "Ocha", "le Pam": a UN agency's acronym written as a word, as the French press and
    many reports write those read aloud; not one that is a common word ("Who"). Any other body's
    acronym of five letters or more too ("Acted", "Coopi": NGOs' own sites write them so), when
    no word of the language is spelled so (``vocab``'s vectors: not "Impact", "Civic", "Reach")."""
    un_agency = org.type == "UN agency"
    if not un_agency and vocab is None:
        return []
    shortest = 3 if un_agency else MIN_WORD_ACRONYM
    return [form.capitalize() for form, _ in org.forms()
            if is_acronym(form) and form.isalpha() and len(form) >= shortest and fold_token(form) not in stop_words
            and (un_agency or not ctx.is_language_word(form, vocab))]


def is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(form) <= 20


def as_ocr_read(form: str) -> str:
    """An acronym as OCR often reads a capital I, as a lower-case l ("NFl", "UNlCEF"), given back
    with its I: two capitals or more and no lower-case letter but l. Any other word is returned
    as it is ("Il", "Mali")."""
    letters = [c for c in form if c.isalpha()]
    if sum(c.isupper() for c in letters) < 2 or not all(c.isupper() or c == "l" for c in letters) or "l" not in form:
        return form
    return form.replace("l", "I")


PLACE_FIELDS = tuple(f.name for f in dataclasses.fields(Place))
#: the phrase tables of the component: names as written (exact, cued_only) or folded (folded, sections)
TABLES = ("exact", "folded", "cued_only", "sections")
#: the file of a saved component: its data and phrase tables, pickled (see :meth:`MinutesEntities.to_disk`)
STATE_FILE = "state.pickle"
#: the file of a saved component holding the fingerprint of what it was built from (read alone,
#: before loading, to tell whether the build is current)
FINGERPRINT_FILE = "fingerprint"


def phrase_tables(nlp: Language, organisations: Iterable[Organisation], place_forms: dict[str, tuple[str, ...]],
                  excluded_places: frozenset[str], stop_words: frozenset[str]) -> dict[str, PhraseTable]:
    """The component's phrase tables (see :func:`phrase_adds`)."""
    adds = phrase_adds(nlp, organisations, place_forms, excluded_places, stop_words)
    return {name: build_table(nlp.vocab, pairs) for name, pairs in adds.items()}


def phrase_adds(nlp: Language, organisations: Iterable[Organisation], place_forms: dict[str, tuple[str, ...]],
                excluded_places: frozenset[str], stop_words: frozenset[str]) -> dict[str, list[tuple[str, Words]]]:
    """Every registry and gazetteer form as the tokens the pipeline's tokenizer makes of it, with
    its key, in the order they were once added to spaCy's phrase matchers:
    acronyms and short place names matched as written ("Gao", "GAO", not "gao"; "TERA" for "Téra"),
    other names folded (case and accents off), place names that are also words only after a cue
    ("Boni", "Nord", "La") unless written in capitals ("CAR" is no "car"), and the sections named
    after their parent organisation."""

    def words(form: str) -> Words:
        return tuple(t.text for t in nlp.make_doc(form))

    def folded(form: str) -> Words:
        return tuple(fold_token(w) for w in words(form))

    organisations = list(organisations)
    acronyms = {form for org in organisations for form, _misspelt in org.forms() if is_acronym(form)}
    adds: dict[str, list[tuple[str, Words]]] = {name: [] for name in TABLES}
    for org in organisations:
        for form, _misspelt in org.forms():
            key = f"ORG|{org.org_id}"
            if is_acronym(form):
                adds["exact"].append((key, words(form)))
            else:
                adds["folded"].append((key, folded(form)))
    for org in organisations:
        adds["folded"].extend((f"ORG|{org.org_id}", folded(form)) for form in abbreviations(org))
        adds["exact"].extend((f"ORG|{org.org_id}", words(form)) for form in word_acronyms(org, stop_words, nlp.vocab)
                             if form not in place_forms)
    for form, ids in place_forms.items():
        key = "LOC|" + "|".join(ids)
        a_word = fold_token(form) in stop_words
        if form in excluded_places or (a_word and not form.isupper()):
            adds["cued_only"] += [(key, words(form)), (key, words(form.upper()))]
        elif a_word:
            adds["exact"].append((key, words(form)))  # "CAR": an abbreviation, as written; not the word "car"
        elif len(form) >= 5:
            adds["folded"].append((key, folded(form)))
            if spaced_variant(form) and not all(i.startswith(GEONAMES_PREFIX) for i in ids):
                adds["folded"].append((key, folded(spaced_variant(form))))  # "Sud Kivu", "SUD KIVU"
                split = tuple(fold_token(w) for w in re.split(r"(-)", form))
                if split != folded(form):  # "GOMA/NORD-KIVU": after a slash the tokenizer cuts at the hyphen
                    adds["folded"].append((key, split))
            if _SPACED_NAME.fullmatch(form) and not all(i.startswith(GEONAMES_PREFIX) for i in ids):
                hyphened = form.replace(" ", "-")  # "Ouham Pendé" written "Ouham-Pendé": one place, not two
                adds["folded"].append((key, folded(hyphened)))
                split = tuple(fold_token(w) for w in re.split(r"(-)", hyphened))
                if split != folded(hyphened):
                    adds["folded"].append((key, split))
            if _LINKING_DU.search(form) and not all(i.startswith(GEONAMES_PREFIX) for i in ids):
                adds["folded"].append((key, folded(_LINKING_DU.sub(" de ", form))))  # "Boucle de Mouhoun"
        else:  # "Téra" in capitals is "TÉRA" or, accents dropped as capitals often are, "TERA" (not
            bare = strip_accents(form.upper())  # "NEMA" for "Néma": a registry acronym is the organisation)
            variants = (form, form.upper()) + (() if bare in acronyms else (bare,))
            adds["exact"] += [(key, words(variant)) for variant in dict.fromkeys(variants)]
    for org in organisations:
        adds["sections"].extend((f"{org.parent}|{org.org_id}", folded(short)) for short in org.short_names)
    return adds


#: French articles, which a weak cue's town never takes ("à Kidal", not "à l'Atelier")
FRENCH_ARTICLES = frozenset({"l'", "l’", "la", "le", "les"})
#: words before a name that a person's named again does not take: an article, "de" ("le <name>",
#: "les environs de <name>"): the place of that name, a person's name read elsewhere or not
NAMED_AGAIN_BARS = FRENCH_ARTICLES | {"the", "de", "du", "des", "d'", "d’", "of"}
#: a hyphenated name: words of three letters or more, short lower-case particles between ("Faro-et-Déo")
_HYPHENED_NAME = re.compile(r"[^\W\d_]{3,}(?:-(?:[a-z]{2}-)?[^\W\d_]{3,})+")


#: an admin unit's name of capitalised words joined by spaces ("Ouham Pendé", "Upper Nile"), which
#: reports also write with a hyphen
_SPACED_NAME = re.compile(r"[A-ZÀ-Þ][^\W\d_]{2,}(?: [A-ZÀ-Þ][^\W\d_]{2,})+")


#: "du" between two words of a name, which reports also write "de" ("Boucle de Mouhoun")
_LINKING_DU = re.compile(r"(?<=\w) du (?=[A-ZÀ-Þ])")


#: a line at least this long that breaks inside a name was wrapped by the layout, not ended
WRAPPED_LINE_CHARS = 40


def set_norms(doc: Doc, norms: list[str]) -> None:
    """Each token's norm set to its folded form; a long Doc's in one array write (a Token made per
    word costs more there than the array's fixed cost)."""
    if len(doc) < ctx.NUMPY_SCAN_TOKENS:
        for token, norm in zip(doc, norms):
            token.norm_ = norm
        return
    add = doc.vocab.strings.add
    doc.from_array([NORM], numpy.array([add(norm) for norm in norms], dtype="uint64").reshape(-1, 1))


def wrapped_breaks(doc: Doc) -> frozenset[int]:
    """The line breaks a wrapped text's layout made inside a sentence, not the ends of separate
    lines ("Cluster Nutrition" / "CLUSTER NATIONAL …", two headings): a single break with a word
    in lower case on either side ("Save the" / "Children", "du Commissariat" / "à la sécurité …"),
    or ending a long line of prose."""
    text = ctx.doc_text(doc)
    words = ctx.token_texts(doc)
    breaks = set()
    for j in range(1, len(words) - 1):
        if words[j] != "\n":
            continue
        idx = doc[j].idx
        line_start = text.rfind("\n", 0, idx) + 1
        if words[j - 1][:1].islower() or words[j + 1][:1].islower() or idx - line_start >= WRAPPED_LINE_CHARS:
            breaks.add(j)
    return frozenset(breaks)


def across_line_breaks(table: PhraseTable, words: list[str], breaks: frozenset[int]) -> list[tuple[str, int, int]]:
    """A table's matches with the line breaks of a wrapped text (``wrapped_breaks``) read as
    spaces: "Commissariat" / "à la sécurité alimentaire", "Save the" / "Children" are one name
    broken by the layout, not two pieces (nor "Save", a town)."""
    if not breaks:
        return table(words)
    kept = [i for i in range(len(words)) if i not in breaks]
    if len(kept) == len(words):
        return table(words)
    return [(key, kept[start], kept[end - 1] + 1) for key, start, end in table([words[i] for i in kept])]


def spaced_variant(form: str) -> Optional[str]:
    """An admin unit's hyphenated name written with spaces ("Sud-Kivu" as "Sud Kivu", "Centre-Nord"
    as "CENTRE NORD"), as minutes often write it; None for other names."""
    return form.replace("-", " ") if _HYPHENED_NAME.fullmatch(form) else None


def _token_spans(doc: Doc, char_spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans as (start, end) token spans, each widened to whole tokens (None dropped)."""
    spans = (doc.char_span(start, end, alignment_mode="expand") for start, end in char_spans)
    return [(span.start, span.end) for span in spans if span is not None]


def _tokens_of(doc: Doc, char_spans: Iterable[tuple[int, int]]) -> set[int]:
    """The indices of the tokens that character spans cover."""
    return {i for start, end in _token_spans(doc, char_spans) for i in range(start, end)}


#: the admin levels of a region and a cercle (or a province and a territory): two such units side by side are a list
ADMIN_UNIT_LEVELS = frozenset({1, 2})


@dataclasses.dataclass
class PlaceVotes:
    """What a document's fields say about the countries it is about, gathered field by field
    (:meth:`MinutesEntities.count_places`): countries it names, and per country the distinct
    names of its admin units read where no other country has one so named."""

    named: set[str] = dataclasses.field(default_factory=set)
    names: dict[str, set[str]] = dataclasses.field(default_factory=dict)
    towns: dict[str, set[str]] = dataclasses.field(default_factory=dict)  # GeoNames towns of one country

    def add(self, other: PlaceVotes) -> None:
        """Another part of the document's votes (the tagging helper's fields) added to these."""
        self.named |= other.named
        for mine, theirs in ((self.names, other.names), (self.towns, other.towns)):
            for country, names in theirs.items():
                mine.setdefault(country, set()).update(names)

    def preferred(self) -> set[str]:
        """The countries the document is about: those it names, and those two names or more point
        to, one of them an admin unit's (a GeoNames town of that country only backs it up:
        "Maiduguri … Head Quarters Abuja")."""
        return self.named | {country for country, names in self.names.items()
                             if len(names | self.towns.get(country, set())) >= 2}


class MinutesEntities:
    """The component; its data (registry, gazetteer) is set by :meth:`load` or from disk."""

    def __init__(self, nlp: Language, name: str = "minutes_entities", name_cutoff: float = 85,
                 long_name_cutoff: float = 90, long_name_word_cutoff: float = 80, long_name_margin: float = 5):
        self.nlp, self.name = nlp, name
        self.name_cutoff, self.long_name_cutoff = name_cutoff, long_name_cutoff
        self.long_name_word_cutoff, self.long_name_margin = long_name_word_cutoff, long_name_margin
        self.level_cues: dict[str, int] = {}
        self.months: frozenset[str] = frozenset()
        self.organisations: dict[str, Organisation] = {}
        self.places: dict[str, Place] = {}
        self.place_forms: dict[str, tuple[str, ...]] = {}
        self.not_orgs: frozenset[str] = frozenset()
        self.excluded_places: frozenset[str] = frozenset()
        self.fingerprint = ""
        self.rules = ctx.ContextRules()
        self._byline_patterns = byline_patterns(self.rules.months)
        self.tables: dict[str, PhraseTable] = {name: make_table({}) for name in TABLES}
        self._index_names()

    # -- data -----------------------------------------------------------------------------
    def load(self, organisations: Iterable[Organisation], not_orgs: Iterable[str], gazetteer: Gazetteer,
             level_cues: dict[str, int], months: Iterable[str], fingerprint: str = "",
             rules: ctx.ContextRules = ctx.ContextRules()) -> None:
        """The registry, the gazetteer, the words that tell a place's level ("cercle de"), the
        month names (never part of a name) and the context rules' data, from the reference data;
        the phrase tables are made from them (tokenising every name: the slow part of a build)."""
        self._set_data(organisations, not_orgs, gazetteer, level_cues, months, fingerprint, rules)
        self.tables = phrase_tables(self.nlp, self.organisations.values(), self.place_forms,
                                    self.excluded_places, self.rules.stop_words)
        self._index_names()

    def _set_data(self, organisations: Iterable[Organisation], not_orgs: Iterable[str], gazetteer: Gazetteer,
                  level_cues: dict[str, int], months: Iterable[str], fingerprint: str, rules: ctx.ContextRules) -> None:
        self.level_cues = dict(level_cues)
        self.months = frozenset(m.lower() for m in months)
        self.organisations = {o.org_id: o for o in organisations}
        self.places = dict(gazetteer.places)
        self.place_forms = dict(gazetteer.forms)
        self.not_orgs = frozenset(not_orgs)
        self.excluded_places = gazetteer.excluded
        self.fingerprint = fingerprint
        self.rules = rules
        self.not_orgs_nor_groups = self.not_orgs | rules.groups  # no office's body ("les membres des Peulh")
        country_ids = {p.country: p.place_id for p in self.places.values() if p.admin_level == 0}
        #: a body's acronym a country shares (``country_acronyms.csv``: "DRC") -> that country's place id
        self.shared_country_acronyms = {acronym: country_ids[iso3] for acronym, iso3 in rules.country_acronyms
                                        if iso3 in country_ids}
        self._byline_patterns = byline_patterns(rules.months)

    def _index_names(self) -> None:
        """The registry's forms by kind, for fuzzy matching (no tokenising: cheap at load)."""
        acronyms = [form for org in self.organisations.values() for form, _ in org.forms() if is_acronym(form)]
        names = [form for org in self.organisations.values() for form, _ in org.forms() if not is_acronym(form)]
        self.acronym_forms = {a: a for a in acronyms}
        self.name_forms = {fold_token(n): n for n in names if " " not in n.strip() and len(n) >= 6}
        self.long_name_forms = {fold_token(n): n for n in names if len(n.split()) >= 2}
        self.form_owner = {form: org.org_id for org in self.organisations.values() for form, _ in org.forms()}
        self.long_names_by_count: dict[int, list[str]] = {}
        for form in self.long_name_forms:
            self.long_names_by_count.setdefault(len(form.split()), []).append(form)
        self._fuzzy_words: dict[str, Optional[str]] = {}

    # -- running --------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        texts = ctx.token_texts(doc)
        folded = [fold_token(text) for text in texts]
        set_norms(doc, folded)
        ctx.keep_folded_tokens(doc, folded)
        cue_ends = ctx.cue_positions(doc, self.rules)
        tables = self.tables
        breaks = wrapped_breaks(doc)
        known = [self._span(doc, key, start, end, cue_ends)
                 for key, start, end in across_line_breaks(tables["exact"], texts, breaks)
                 + across_line_breaks(tables["folded"], folded, breaks)]
        known += [self._span(doc, key, start, end) for key, start, end in across_line_breaks(tables["cued_only"], texts, breaks)
                  if start in cue_ends or ctx.region_word_after(doc, end, self.rules)
                  or (doc[start:end].text not in self.excluded_places and ctx.town_after_a(doc, start, end))]
        known = filter_spans([s for s in known if s is not None and self._plausible_place(doc, s, cue_ends)])
        agencies = self._byline_agency_tokens(doc)
        known = [s for s in known if s.label_ != "LOC" or not agencies & set(range(s.start, s.end))]  # "(NAN)"
        known = [self._country_or_body(doc, s) for s in known]  # "DRC": the Danish Refugee Council or DR Congo
        known = [self._owned_by_the_un(doc, s) for s in known]  # "… des affaires humanitaires de l'ONU"
        known = [s for s in known if not self._inside_a_job_title(doc, s)]  # "the <Programme> Officer"
        known = self._country_offices(doc, self._merge_place_suffixes(doc, known))  # before the NER guesses
        known = filter_spans(known + self._sections(doc, known))
        known = self._places_in_unknown_names(doc, known)
        known = [s for s in known if s.label_ != "LOC" or not self._named_by_a_kind_noun(doc, s)]  # "l'ONG ADD"
        fuzzy = self._fuzzy(doc, known)
        listed = self._listed(doc, known + fuzzy)
        listed += self._page_sources(doc, known + fuzzy + listed)
        listed += self._attendees_bodies(doc, known + fuzzy + listed)
        listed = filter_spans(listed + self._headed(doc, known + fuzzy + listed))
        cued = self._cued(doc, known + fuzzy + listed)
        cued += self._acting(doc, known + fuzzy + listed + cued)
        enumerated, dropped = self._enumerated(doc, known + fuzzy + listed + cued)
        found = [s for s in known + fuzzy + listed + cued if (s.start, s.end, s.label_) not in dropped] + enumerated
        defined = self._parenthesised(doc, filter_spans(found))
        ids_by_end = {s.end: s.id_ for s in found if s.label_ == "ORG" and s.id_}
        named = {s.start for s in defined if s.end - s.start == 1 and (ctx.expansion_before(doc, s.start, set())
                                                                      or self._own_acronym(doc, s.start, s.end, ids_by_end))}
        # "Cellule d'Appui Technique (CAT)": an acronym spelled out before it is no place "CAT"
        found = [s for s in found if s.label_ != "LOC" or not named & set(range(s.start, s.end))] + defined
        places = {i for s in found if s.label_ == "LOC" for i in range(s.start, s.end)}
        found = [s for s in found if s.label_ != "LOC" or not (ctx.opens_a_body_name(doc, s, self.rules)
                                                                or (ctx.glued_to_acronym(doc, s)
                                                                    and not (s.start - 2 in places and s._.candidates))  # "CAR-Cameroon"
                                                                or (s.text not in self.place_forms
                                                                    and ctx.has_body_head(s, self.rules)))]
        found += self._place_acronyms(doc, filter_spans(found))
        found += self._working_groups(doc, filter_spans(found))
        found += self._joined_abbreviations(doc, filter_spans(found))
        found += self._acronyms_written_as_names(doc, filter_spans(found))
        statistical = self._statistical(doc, found)
        byline = self._in_a_byline(doc)
        statistical = [s for s in statistical if s.label_ != "ORG" or marked(s)[0] != "ner"
                       or not byline & set(range(s.start, s.end))]  # "Par Jean DUPONT |": the author
        found = filter_spans(found + statistical)
        found = self._country_offices(doc, found)  # and the countries later stages found
        found = filter_spans(found + self._acronyms_in_apposition(doc, found))  # "<Name>, ACR, <person>"
        found = filter_spans(found + self._listed_among_places(doc, found))
        found = filter_spans(found + self._paired_with_places(doc, found))
        found = filter_spans(found + self._defined_as_places(doc, found))
        found = filter_spans(found + self._named_again(doc, found))
        found = self._read_as_one_by_the_ner(doc, self._compound_names(doc, self._country_parts(doc, found)))
        found = self._hyphenated_names(doc, self._compass_compounds(doc, found))
        found = self._countries_sharing_an_acronym(doc, found)
        doc.ents = sorted(self._places_read_otherwise(doc, found, cue_ends), key=lambda s: s.start)
        restore_marks(doc)
        ctx.forget_reads(doc)
        return doc

    def _places_read_otherwise(self, doc: Doc, spans: list[Span], cue_ends: dict) -> list[Span]:
        """Places their context reads as part of a body's or a disease's name or as a person's
        name (:mod:`pipeline.nlp.place_readings`): no places."""
        if all(s.label_ != "LOC" for s in spans):
            return list(spans)  # no place to read otherwise (most short fields): none of the work below
        orgs = {i for s in spans if s.label_ == "ORG" for i in range(s.start, s.end)}
        places = {i for s in spans if s.label_ == "LOC" for i in range(s.start, s.end)}
        bodies = [s for s in spans if s.label_ == "ORG" and s.id_ in self.organisations
                  and self.organisations[s.id_].type in PLACE_SUFFIXED_TYPES]
        area_bodies, body_starts = {s.end for s in bodies}, {s.start for s in bodies}
        bodies_named = [s for s in spans if s.label_ == "ORG"]
        place_ends = {s.end for s in spans if s.label_ == "LOC"}
        unknown = [s for s in spans if s.label_ == "LOC" and not (s.id_ or s._.candidates)]
        known_places = places - {i for s in unknown for i in range(s.start, s.end)}
        bodies_defined = {s[0].text for s in unknown if readings.defined_as_a_body(doc, s, self.rules)}
        countries = [s for s in spans if s.label_ == "LOC" and self._is_country(s)]
        acronyms = {s.text for s in countries if readings.capitals_read_as_a_body(doc, s, orgs)}
        ner_places = {i for e in doc._.ner_ents if e.label_ == "LOC" for i in range(e.start, e.end)}
        tranches = readings.tranche_countries(doc, countries, self.rules)
        towns = {s.start for s in spans if s.label_ == "LOC" and not self._is_country(s)}
        byline = self._in_a_byline(doc)
        persons = [s.text for s in unknown if len(s.text.split()) > 1 and (
            written_as_a_persons_name(s.text.split(), self.rules.given_names, self.rules.surnames)
            or readings.in_a_persons_slot(doc, s, False, orgs, self.rules))]
        # "<given> K. <name> the Chairperson": the NER's person there, its other NER-only mentions too
        persons += [s.text for s in unknown if readings.closes_a_persons_reading(doc, s.start, s.end)]
        named = persons_name_words(persons)
        extended = [e for s in spans if s.label_ == "LOC" and (s.id_ or s._.candidates)
                    for e in self._person_runs(doc, s) if e is not None]
        named_with = {" ".join(e.text.split()) for e in extended  # "<first name> <known place>, a indiqué"
                      if readings.in_a_persons_slot(doc, e, False, orgs, self.rules)
                      or readings.speaks_as_a_person(doc, e, self.rules)}
        kept = [s for s in spans if s.label_ != "LOC" or not (
            readings.opens_a_state_body(doc, s, self.rules, places) or ctx.opens_a_body_name(doc, s, self.rules)
            or readings.opens_a_bodys_acronym(doc, s, body_starts)
            or readings.closes_an_area_body(doc, s, self.rules, cue_ends, area_bodies)
            or readings.closes_a_body_the_ner_reads(doc, s, self.rules, cue_ends)
            or readings.closes_a_gathering_bodys_name(doc, s, self.rules) or readings.closes_an_inter_agency_name(doc, s, self.rules)
            or readings.names_a_plural_heads_next_body(doc, s, bodies_named, self.rules)
            or readings.closes_a_force_name(doc, s, self.rules)
            or readings.closes_an_officials_title(doc, s, self.rules, cue_ends)
            or (s._.method == "ner" and len(s) == 1 and ctx.cut_at_the_end(doc, s.start))  # "… des Nati"
            or readings.in_a_disease_name(doc, s, self.rules) or readings.page_furniture(s, self.rules, cue_ends)
            or readings.in_a_treaty_name(doc, s, self.rules) or readings.names_a_people_by_its_noun(doc, s, self.rules)
            or readings.in_a_titled_name(doc, s, self.rules, places) or readings.inside_an_armed_groups_name(doc, s, self.rules)
            or readings.names_a_government(doc, s, self.rules) or readings.in_a_web_address(doc, s)
            or readings.compass_before_a_people(doc, s, self.place_forms, self.rules)
            or readings.divides_a_wide_area(doc, s, self.rules) or readings.direction_from_a_place(doc, s, towns)
            or (not (s.id_ or s._.candidates) and (readings.names_an_armed_group(doc, s, self.rules)
                                                   or readings.named_after_a_title_noun(doc, s, self.rules)
                                                   or readings.names_an_office(doc, s, self.rules)
                                                   or readings.opens_with_a_function(s, self.rules)
                                                   or readings.an_institutions_office(doc, s, self.rules)
                                                   or readings.qualifies_a_title(doc, s, self.rules)
                                                   or readings.opens_a_rank(doc, s)
                                                   or readings.opens_a_title(doc, s, self.rules)
                                                   or ctx.thanked_or_cited(doc, s.start)
                                                   or ctx.common_noun_after_the(doc, s.start, s.end, self.rules)
                                                   or ctx.names_a_portfolio(doc, s.start, s.end, self.place_forms)
                                                   or ctx.holds_a_portfolio(doc, s.start, s.end, self.place_forms)
                                                   or readings.listed_among_remits(doc, s, self.rules, self.place_forms)
                                                   or readings.names_followers(s)
                                                   or readings.named_as_a_person(doc, s, self.rules)
                                                   or readings.speaks_as_a_person(doc, s, self.rules)
                                                   or readings.glued_word_of_the_language(doc, s)
                                                   or readings.names_a_tool(doc, s, self.rules)
                                                   or readings.names_an_operation(doc, s, self.rules)
                                                   or readings.names_a_credit(doc, s, self.rules)
                                                   or self._office_holder(doc, s)
                                                   or not byline.isdisjoint(range(s.start, s.end))  # "By <author>, <town>"
                                                   or readings.named_after_members_of(doc, s, self.rules)
                                                   or (len(s) == 1 and (readings.mixed_case_acronym(s.text)
                                                                        or readings.vowelless_acronym(s.text)))
                                                   or (s._.method == "ner" and readings.runs_on_past_an_initial(
                                                       doc, s, self.rules.given_names, self.rules.surnames))
                                                   or (s._.method == "ner"  # no cue, no list: "Alhaji <name>" villages listed stay
                                                       and written_as_a_persons_name(s.text.split(), self.rules.given_names, self.rules.surnames))
                                                   or readings.counted_after_a_number(doc, s, self.rules)
                                                   or readings.names_a_sector(doc, s, self.rules)))
            or readings.names_the_level_after_a_place(doc, s, self.rules, place_ends)
            or readings.listed_in_a_team(doc, s, self.rules, known_places if s._.method == "gazetteer" else None)  # "Team: <given>, …"
            or (bool(tranches) and self._is_country(s) and readings.names_a_tranche(doc, s, tranches))
            or (s[0].text in bodies_defined and not (s.id_ or s._.candidates))
            or (s.text in acronyms and not ner_places & set(range(s.start, s.end)))  # "CHAD", a partner's acronym
            or readings.in_a_persons_slot(doc, s, bool(s.id_ or s._.candidates), orgs, self.rules)
            or self._named_with_a_first_name(doc, s, named_with))]
        return [s for s in kept if not (s.label_ == "LOC" and marked(s)[0] == "ner" and not (s.id_ or s._.candidates)
                                        and " ".join(s.text.split()) in named and s.start not in cue_ends
                                        and not (s.start > 0 and doc[s.start - 1].lower_ in NAMED_AGAIN_BARS))]

    def _office_holder(self, doc: Doc, span: Span) -> bool:
        """An unknown name inside the run of capitalised words set off by commas after an office
        ("…, le chef de la mission de X, <given> <given> – <Surname>, a …",
        ``ctx.in_apposition_to_an_office``): the office holder's name, no place."""
        start, end = span.start, span.end
        while start > 0 and ((doc[start - 1].is_title and not self._stop_word(doc[start - 1]))  # "In <town>, the …"
                             or (start >= 2 and ctx.dash_in_a_name(doc[start - 2:end], doc[start - 1]))):
            start -= 1
        while end < len(doc) and ((doc[end].is_title and not self._stop_word(doc[end]))
                                  or (end + 2 <= len(doc) and ctx.dash_in_a_name(doc[start:end + 2], doc[end]))):
            end += 1
        return end - start > len(span) and ctx.in_apposition_to_an_office(doc[start:end], self.rules)

    def _stop_word(self, token) -> bool:
        """A word of either language's stop list ("In", "Le"): no word of a person's name."""
        return token.is_stop or fold_token(token.text) in self.rules.stop_words

    def _named_with_a_first_name(self, doc: Doc, span: Span, persons: set[str]) -> bool:
        """A known place's name that the word before it makes a person's name the field reads as one
        (``place_readings.with_a_first_name``), here or at another mention ("…, a développé <first
        name> Sidi Ahmed."): the person again, no place."""
        if not persons or not (span.id_ or span._.candidates):
            return False
        return any(e is not None and " ".join(e.text.split()) in persons for e in self._person_runs(doc, span))

    def _person_runs(self, doc: Doc, span: Span) -> tuple[Optional[Span], Optional[Span]]:
        """The runs a known place's name may open or close as a person's name: with a first name
        before it, or as the first name with a surname after it (``place_readings``)."""
        return (readings.with_a_first_name(doc, span, self.rules, self.place_forms),
                readings.with_a_surname(doc, span, self.rules, self.place_forms))

    def _plausible_place(self, doc: Doc, span: Span, cue_ends: dict) -> bool:
        """No place inside a longer person's name, unless a cue says so ("Frank Santana", "Dauda
        Bello"). A GeoNames town (no admin unit of that name) must be written as a name, and when its
        name is short or also a word, confirmed by a cue or by the NER reading it as a place; one
        opening a sentence is confirmed too when it is alone on its line (a section per site:
        "Bentiu" between two paragraphs)."""
        if span.label_ != "LOC":
            return True
        if span.text.isupper() and fold_token(span.text) in self.rules.ngo_words:
            return False  # "the NGO Tamkeen": the abbreviation, not Ngo (a district of Congo)
        if readings.lower_case_point_after(doc, span):
            return False  # "le Nord est touché" is no "Nord-Est": "Nord" is matched on its own
        if span.start not in cue_ends and (ctx.inside_a_person(doc, span, self.rules.cue_words, self.rules.speech_verbs)
                                           or self._inside_a_written_name(doc, span)):
            return False
        if span.start > 0 and ctx.elided_initial(doc, span.start - 1):
            return False  # "M'Poko" is no "Poko": the initial and its apostrophe open the name
        ids = span._.candidates
        if not ids or not all(i.startswith(GEONAMES_PREFIX) for i in ids):
            return True
        first = doc[span.start]
        if (not first.text[:1].isupper() and span.start not in cue_ends) or (first.text.isupper() and len(span.text) <= 4):
            return False  # a lower-case town only after a strong cue ("les communes d'ayorou", see _span)
        ner_place = any(e.label_ == "LOC" and e.start <= span.start < e.end for e in doc._.ner_ents)
        confirmed = ner_place or span.start in cue_ends
        common = len(span.text) <= 4 or fold_token(span.text) in self.rules.stop_words \
            or any(t.lower_ == span.text.lower() and t.text != span.text for t in doc)
        sentence_start = span.start == 0 or doc[span.start - 1].text in (".", ":", "\n", "•", "-")
        return confirmed or not (common or (sentence_start and not ctx.alone_on_its_line(doc, span)))

    def _inside_a_written_name(self, doc: Doc, span: Span) -> bool:
        """A known name inside a longer one the NER reads as a place or a person and that is
        written as a person's (``written_as_a_persons_name``: "<town> <surname>", a town that is
        also a given name): the person's, no place."""
        return any(e.label_ in ("LOC", "PER") and e.start <= span.start and span.end <= e.end and len(e) > len(span)
                   and all(t.is_alpha for t in e) and readings.same_line(doc, e.start, e.end)
                   and written_as_a_persons_name(e.text.split(), self.rules.given_names, self.rules.surnames)
                   for e in doc._.ner_ents)

    def _country_or_body(self, doc: Doc, span: Span) -> Span:
        """A country's abbreviation that is also a registry acronym (``country_acronyms.csv``: "DRC": DR
        Congo, the Danish Refugee Council) is the country after a preposition of place, a compass word between ("in
        northeast DRC", "across DRC"), after a verb of going and "to" ("return to DRC"), or after a preposition and
        "the" closing its phrase ("of the DRC,"), and the body anywhere else (a list, a partner's line)."""
        if span.label_ != "LOC" or span.text not in self.shared_country_acronyms or span.text not in self.acronym_forms \
                or not self._is_country(span):
            return span
        j = span.start - 1
        if j >= 0 and readings.compass_word(doc[j].text):
            j -= 1
        if j >= 0 and doc[j].lower_ in COUNTRY_PREPOSITIONS:
            return span
        if j >= 1 and doc[j].lower_ == "to" and doc[j - 1].lower_ in self.rules.going_verbs:
            return span  # "chose to return to DRC": a destination
        if j >= 1 and doc[j].lower_ == "the" and doc[j - 1].lower_ in ARTICLED_COUNTRY_PREPOSITIONS \
                and (span.end == len(doc) or doc[span.end].is_punct or "\n" in doc[span.end - 1].whitespace_):
            return span  # "the capacity of the DRC, …": the country (not "of the DRC team")
        body = Span(doc, span.start, span.end, label="ORG", span_id=self.form_owner[self.acronym_forms[span.text]])
        mark(body, "registry")
        return body

    def _inside_a_job_title(self, doc: Doc, span: Span) -> bool:
        """"the Food for Peace Officer": a donor's programme office written in words (no acronym), right
        before a function's noun (``role_words.csv``) after an article, names the job, no body (tests/real
        conventions: `doubtful` inside a role phrase). Not before an envoy's title ("The European Union
        Ambassador", "the World Bank Representative": ``role_word_limits.csv``'s envoy): the body the envoy
        stands for (twenty-seventh pass)."""
        org = self.organisations.get(span.id_) if span.label_ == "ORG" else None
        if org is None or org.type not in JOB_TITLE_BODY_TYPES or len(span) < 2 or is_acronym(span.text) \
                or span.end >= len(doc) or span.start == 0 or fold_token(doc[span.end].text) in self.rules.envoy_titles:
            return False
        return fold_token(doc[span.end].text) in self.rules.role_words \
            and doc[span.start - 1].lower_ in ("the", "le", "la", "l'", "l’", "a", "an", "un", "une")

    def no_body_acronyms(self, doc: Doc) -> frozenset[str]:
        """Acronyms the field spells out in parentheses as a plan's, an event's or a group's
        (``ctx.spelt_out_as_no_body``): no body wherever the document writes them."""
        return frozenset(t.text for t in doc if 0 < t.i < len(doc) - 1 and doc[t.i - 1].text == "("
                         and ctx.acronym_shaped(t.text) and ctx.spelt_out_as_no_body(doc, t.i, self.rules))

    def _owned_by_the_un(self, doc: Doc, span: Span) -> Span:
        """A UN body's name the registry knows, with the United Nations named after it ("Bureau de la
        coordination des affaires humanitaires de l'ONU", "… des Nations Unies", "… of the United
        Nations"): one name, the UN its owner, not a second body (tests/real conventions)."""
        org = self.organisations.get(span.id_) if span.label_ == "ORG" else None
        if org is None or not org.type.startswith("UN "):
            return span
        end = ctx.un_owner_after(doc, span.end)
        if end is None:
            return span
        whole = Span(doc, span.start, end, label="ORG", span_id=span.id_)
        mark(whole, "registry")
        return whole

    def _is_country(self, span: Span) -> bool:
        place = self.places.get(span.id_)
        return place is not None and place.admin_level == 0

    def _headed(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """Institutions the registry does not know, named by a head noun ("Ministère de …")."""
        covered = {i for s in taken for i in range(s.start, s.end)}
        found = []
        places = frozenset(i for s in taken if s.label_ == "LOC" for i in range(s.start, s.end))
        names = ctx.headed_names(doc, self.rules, covered, places)
        covered |= {i for start, end in names for i in range(start, end)}
        names += ctx.station_names(doc, self.rules, covered)
        covered |= {i for start, end in names for i in range(start, end)}
        names += ctx.qualified_body_names(doc, self.rules, covered, places)
        covered |= {i for start, end in names for i in range(start, end)}
        names += ctx.charged_body_names(doc, self.rules, covered, places)
        covered |= {i for start, end in names for i in range(start, end)}
        orgs = frozenset(i for s in taken if s.label_ == "ORG" for i in range(s.start, s.end))
        names += ctx.coordination_names(doc, self.rules, covered, orgs)
        covered |= {i for start, end in names for i in range(start, end)}
        names += self._sector_bodies(doc, covered - (places - {i for start, end in names for i in range(start, end)}))
        covered |= {i for start, end in names for i in range(start, end)}
        names += [(start, end) for start, end in ctx.kind_named_organisations(doc, self.rules, covered)
                  if fold_token(doc[start:end].text) not in self.not_orgs and doc[start:end].text not in self.place_forms]
        covered |= {i for start, end in names for i in range(start, end)}
        names += [(start, end) for start, end in ctx.office_named_organisations(doc, self.rules, covered)
                  if fold_token(doc[start:end].text) not in self.not_orgs_nor_groups
                  and doc[start:end].text not in self.place_forms]
        covered |= {i for start, end in names for i in range(start, end)}
        names += ctx.united_nations_named(doc, covered, self.rules)
        names += ctx.joint_commissions(doc, self.rules, covered | {i for start, end in names for i in range(start, end)})
        names += ctx.gathering_bodies(doc, self.rules, covered - places | {i for start, end in names for i in range(start, end)})
        names += ctx.names_closed_by_a_body_noun(doc, self.rules, covered, places)
        names += ctx.bodies_by_nationality(doc, self.rules, covered | {i for start, end in names for i in range(start, end)})
        names += ctx.centres_for(doc, covered, places)
        names += ctx.departments_by_remit(doc, self.rules, covered | {i for start, end in names for i in range(start, end)}, places)
        covered |= {i for start, end in names for i in range(start, end)}
        names += ctx.numbered_units(doc, covered)
        covered |= {i for start, end in names for i in range(start, end)}
        names += self._byline_agencies(doc, covered)
        names += self._governments_of_an_area(doc, taken, covered)
        for start, end in names:
            org_id = self._fuzzy_long_name(doc[start:end].text)  # "Direction Regionale du Developement Social"
            span = Span(doc, start, end, label="ORG", span_id=org_id or "")
            mark(span, "fuzzy" if org_id else "context")
            found.append(span)
        return found

    def _governments_of_an_area(self, doc: Doc, taken: list[Span], covered: set[int]) -> list[tuple[int, int]]:
        """"<state> government", "<Province> Government": a known place below a country's level right
        before "government" on its line names that area's government, one body (tests/real conventions, as
        "<Name> State Government"); a country's government ("<Country> government") is left to the
        place readings (a doubtful body there), and so is a place's name that is a word of the language.
        """
        found = []
        folded = ctx.folded_tokens(doc)
        for span in taken:
            after = span.end
            if span.label_ != "LOC" or not span.id_ or self._is_country(span) or after >= len(doc) \
                    or folded[after] not in self.rules.government_words or after in covered \
                    or readings.government_building(doc, after, self.rules) \
                    or not readings.same_line(doc, span.start, after + 1) or not span.text[:1].isupper() \
                    or ctx.is_language_word(span.text, doc.vocab):
                continue  # "the Central Government": the state's, not a region's
            found.append((span.start, after + 1))
        return found

    def _byline_agencies(self, doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
        """The press agency of a wire story's dateline, sign-off or author line (see bylines)."""
        agencies, _ = self._byline_spans(doc)
        return [(start, end) for start, end in _token_spans(doc, agencies)
                if covered.isdisjoint(range(start, end)) and fold_token(doc[start:end].text) not in self.not_orgs]

    def _byline_spans(self, doc: Doc) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """The bylines' agencies and other parts in a field (see bylines), read once per Doc (kept in
        ``user_data``: three steps of the tagging ask for them)."""
        spans = doc.user_data.get("byline_spans")
        if spans is None:
            text = ctx.doc_text(doc)
            spans = doc.user_data["byline_spans"] = byline_spans(
                ctx.fold_keep_length(text), self._byline_patterns,
                (self.rules.body_marks, self.rules.closing_body_nouns),
                lambda start, end: ctx.is_language_word(text[start:end], doc.vocab))
        return spans

    def _byline_agency_tokens(self, doc: Doc) -> set[int]:
        """Tokens of a byline's agency: no place, though a town may share its letters ("(NAN)")."""
        return _tokens_of(doc, self._byline_spans(doc)[0])

    def _in_a_byline(self, doc: Doc) -> set[int]:
        """Tokens of a byline's town, author or initials: the NER's bodies there are misreadings."""
        return _tokens_of(doc, self._byline_spans(doc)[1])

    def _sector_bodies(self, doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
        """Bodies named by a coordination head and a sector ("cluster SA de Mopti", "FSL
        cluster") that no known name overlaps; the place closing one is part of it."""
        pattern = self.rules.sector_body_pattern
        text = ctx.doc_text(doc)
        if pattern is None or not HEAD_HINT.search(text):
            return []  # most fields name no coordination body: no expression run
        return [(start, end) for start, end in _token_spans(doc, sector_bodies(ctx.fold_keep_length(text), pattern))
                if covered.isdisjoint(range(start, end))]

    def _listed(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """Items of a list of organisations ("Organisations présentes : A, B, C", "en partenariat
        avec A et B") that nobody knows: an organisation each, when it looks like a name."""
        return self._list_items(doc, taken, ctx.list_regions(ctx.doc_text(doc), self.rules))

    def _attendees_bodies(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """The body after each name of a column of attendees ("• <given> <surname>, <body>",
        :mod:`pipeline.nlp.attendee_bodies`) that nothing read yet, unless a false friend."""
        text = ctx.doc_text(doc)
        if text.count(",") < MIN_COLUMN_LINES:
            return []
        covered = {i for s in taken for i in range(s.start, s.end)}
        places = {(s.start, s.end) for s in taken if s.label_ == "LOC"}
        bodies = {i for s in taken if s.label_ == "ORG" for i in range(s.start, s.end)}  # "DRC" the council, no place
        found = []
        for column in attendee_columns(text, self.rules.role_words, self.rules.stop_words):
            spans = [doc.char_span(a, b, alignment_mode="expand") for a, b in column]
            if any(s is not None and (s.text in self.place_forms or (s.start, s.end) in places)
                   and not s.text.isupper() and not bodies.intersection(range(s.start, s.end)) for s in spans) \
                    or 2 * sum(s is not None and self._ner_place(doc, s) for s in spans) > len(spans):
                continue  # "<person>, <village>" lines: a column of localities (a known place there, not a body's
                # acronym: "DRC"; or most of its names the NER's places), no bodies
            for span in spans:
                if span is None or not covered.isdisjoint(range(span.start, span.end)) \
                        or fold_token(span.text) in self.not_orgs or self._no_attendees_body(doc, span):
                    continue
                span = Span(doc, span.start, span.end, label="ORG")
                mark(span, "list")
                found.append(span)
        return found

    def _no_attendees_body(self, doc: Doc, span: Span) -> bool:
        """What an attendee's line may give after the name that is no body: a word of the language
        alone ("Youth", "Women", "Treasurer"), or a settlement its cue's noun closes ("Host Community",
        "IDP Camp", "<name> Town")."""
        words = [t for t in span if not t.is_space]
        if len(words) == 1 and sum(c.isupper() for c in words[0].text) < 2 \
                and (ctx.is_language_word(words[0].text, doc.vocab) or ctx.is_language_word(words[0].text[:-1], doc.vocab)
                     and words[0].text.endswith("s")):  # "Elders"
            return True
        return fold_token(words[-1].text) in self.rules.cue_words

    @staticmethod
    def _ner_place(doc: Doc, span: Span) -> bool:
        """The statistical NER reads the span as a place, alone."""
        return any(e.label_ == "LOC" and e.start == span.start and e.end == span.end for e in doc._.ner_ents)

    def _page_sources(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """The bodies of a web page's source line ("Report / from A, B / Published on …",
        :func:`ctx.source_line_items`) that nothing read yet and that look like names."""
        text = ctx.doc_text(doc)
        if "from" not in text:
            return []
        covered = {i for s in taken for i in range(s.start, s.end)}
        places = {i for s in taken if s.label_ == "LOC" for i in range(s.start, s.end)}
        spans = [doc.char_span(a, b, alignment_mode="expand") for a, b in ctx.source_line_items(text)]
        if any(span is not None and not places.isdisjoint(range(span.start, span.end)) for span in spans):
            return []  # "from Town, Town": places, no publishers
        found = []
        for span in spans:
            if span is None or not covered.isdisjoint(range(span.start, span.end)) \
                    or fold_token(span.text) in self.not_orgs or not ctx.publisher_name(span):
                continue
            span = Span(doc, span.start, span.end, label="ORG")
            mark(span, "list")
            found.append(span)
            covered |= set(range(span.start, span.end))
        return found

    def listed_cell(self, doc: Doc) -> None:
        """A responsible cell or an attendance field: every item that looks like a name is an
        organisation ("AMSS/ ONG Kalita"), known to the registry or not."""
        added = self._list_items(doc, list(doc.ents), [(0, len(ctx.doc_text(doc)), False)])
        ctx.forget_reads(doc)
        add_entities(doc, added)

    def venue_cell(self, doc: Doc) -> None:
        """A header's place field ("Lieu : <town>", "Venue: <office>, <town>"): a part of it, between
        its commas and spaced dashes, that is one to three words written as names, no word of the
        language, that nothing read and the NER reads as no person or body, is the meeting's town."""
        covered = {i for s in doc.ents for i in range(s.start, s.end)}
        ner = {i for e in doc._.ner_ents if e.label_ in ("PER", "ORG") for i in range(e.start, e.end)}
        added, start = [], 0
        for i in range(len(doc) + 1):
            if i < len(doc) and not (doc[i].text == "," or (doc[i].text in ctx.TITLE_DASHES and doc[i].whitespace_)
                                     or "\n" in doc[i].text):
                continue
            words = doc[start:i]
            start = i + 1
            if not 1 <= len(words) <= ctx.TOWN_VALUE_WORDS or any(t.i in covered or t.i in ner for t in words) \
                    or not all(t.is_alpha and t.text[:1].isupper() and t.text[1:].islower()
                               and not ctx.is_language_word(t.text, doc.vocab) for t in words):
                continue
            added.append(mark(Span(doc, words.start, words.end, label="LOC"), "context"))
        add_entities(doc, added)

    def _list_items(self, doc: Doc, taken: list[Span], regions) -> list[Span]:
        covered = {i for s in taken for i in range(s.start, s.end)}
        orgs = {i for s in taken if s.label_ == "ORG" for i in range(s.start, s.end)}
        found: list[Span] = []
        for start_char, end_char, inline in regions:
            for start, end in ctx.list_items(doc, start_char, end_char):
                if any(i in covered for i in range(start, end)):
                    continue
                span = Span(doc, start, end, label="ORG")
                text = span.text
                if not ctx.looks_like_organisation(span, self.rules, loose=not inline):
                    if not inline:
                        continue
                    name = ctx.leading_name(span)  # "… avec ADKOB et ONG Tamaris a été faite": "ONG Tamaris"
                    if name is not None and not any(i in covered for i in range(*name)) \
                            and ctx.looks_like_organisation(Span(doc, *name, label="ORG"), self.rules) \
                            and not ctx.opens_with_a_word(Span(doc, *name, label="ORG"), self.rules) \
                            and not ctx.opens_with_an_action(Span(doc, *name, label="ORG"), self.rules):
                        span = Span(doc, *name, label="ORG")
                        mark(span, "list")
                        found.append(span)
                    break  # "avec le soutien de ACF et du SDLS a été faite…": the list ended
                if (fold_token(text) in self.not_orgs or text in self.place_forms or fold_token(text) in self.rules.groups
                        or any(fold_token(t.text) in self.not_orgs for t in span[1:] if t.is_upper)
                        or ctx.names_no_body(span, self.rules)
                        or ctx.attendee_item(span, orgs) or ctx.category_item(span, self.rules)
                        or self._part_of_a_role(doc, start, end)
                        or self._heading_line(doc, start, end, {i: "ORG" for i in orgs})):
                    continue
                org_id = self._fuzzy_long_name(text)  # "Handicap Internationnal" in a list: HI
                span = Span(doc, start, end, label="ORG", span_id=org_id or "")
                mark(span, "fuzzy" if org_id else "list")
                found.append(span)
                covered |= set(range(start, end))
        return found

    def _cued(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """Places by their context: after a cue ("commune de X", "à X"), beside a hyphen from a place."""
        covered = {i for s in taken for i in range(s.start, s.end)}
        found: list[Span] = []
        for start, end, strong in ctx.cue_places(doc, self.rules, covered):
            start += ctx.cue_qualifier(doc, start, end, self.rules)  # "Commune Urbaine de Dori": the cue's adjective
            if start >= end:
                continue
            text = doc[start:end].text
            if not strong and start > 0 and doc[start - 1].lower_ in FRENCH_ARTICLES and text not in self.place_forms:
                continue  # "présenté à l'Atelier sur …": a town takes no article after "à"; a common noun does
            if not strong and text not in self.place_forms and (ctx.thanked_or_cited(doc, start)
                                                                or ctx.common_noun_after_the(doc, start, end, self.rules)):
                continue  # "According to <name>", "grâce à <name>": a source or a helper; "in the Cathedral"
            if fold_token(text) in self.not_orgs or text in self.excluded_places or ctx.plural_acronym(text) \
                    or ctx.has_header_word(doc[start:end], self.rules) \
                    or (ctx.infinitive_after_a(doc, start, end) and text not in self.place_forms) \
                    or (" " not in text and readings.names_a_people(text, self.place_forms)) \
                    or (readings.compass_word(text) and text not in self.place_forms) \
                    or (ctx.word_in_capitals(text) and text not in self.place_forms) \
                    or (end - start == 1 and text not in self.place_forms and ctx.has_a_nouns_ending(text)) \
                    or (end - start == 1 and text not in self.place_forms and ctx.is_an_adverb(text, doc.vocab)) \
                    or (text not in self.place_forms and ctx.opens_a_compound_word(doc, end)) \
                    or (not strong and text not in self.place_forms and ctx.topic_phrase(doc[start:end])) \
                    or (text not in self.place_forms and ctx.abstract_noun_and_adjective(doc[start:end])):
                continue  # "Province Lieu Salle de réunion", "Actions à Prendre", "between NSAGs and", "Mabanese youth",
                # "in region Briefing note"
            if not strong and text not in self.place_forms and (ctx.common_noun_before_a_place(doc, start, end)
                                                                or readings.names_a_facility(doc[start:end], self.rules)):
                continue  # "au Stade de Ménaka", "au Marché de Bentia": a venue, no place of its own
            if ctx.names_a_portfolio(doc, start, end, self.place_forms):
                continue  # "le département de la Solidarité et de l'Action humanitaire": a ministry's domains
            if not strong and text not in self.place_forms and ctx.qualifies_a_cue_noun(doc, start, end, self.rules):
                continue  # "Assistance to Host Communities": a common noun's qualifier, no place
            if not strong and readings.patronymic_name(doc[start:end], self.rules):
                continue  # "à Kidal, Moussa Ag Assarid": a person's name, no place ("village de Tin Ag X" stays)
            if not strong and text not in self.place_forms and readings.party_to_a_clash(doc, start, self.rules):
                continue  # "des affrontements entre A et B": the parties, communities, no places
            if end - start == 1 and end in covered and fold_token(text) in ctx.PLACE_PREFIXES:
                continue  # "in Greater Upper Nile": a known place's prefix, no place of its own
            for part_start, part_end in readings.axis_ends(doc, start, end, self.rules, self.place_forms):
                span = Span(doc, part_start, part_end, label="LOC")
                mark(span, "context")
                found.append(span)
        places = [s for s in taken + found if s.label_ == "LOC" and not self._is_country(s)]
        covered |= {i for s in found for i in range(s.start, s.end)}
        for start, end in ctx.hyphen_partners(doc, places, self.rules, covered):
            span = Span(doc, start, end, label="LOC")
            mark(span, "context")
            found.append(span)
            covered |= set(range(start, end))
        return filter_spans(found)

    def _acting(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """Unknown acronyms the sentence has act (:mod:`pipeline.nlp.acting_bodies`), read as a
        definition is ("context") so the document's other mentions follow, and as known bodies by
        the enumerations they stand in."""
        covered = {i for s in taken for i in range(s.start, s.end)}
        found = []
        acting = [(start, end) for start, end in acting_acronyms(doc, self.rules, self.not_orgs, covered)
                  if doc[start:end].text not in self.place_forms]  # "GAO a reçu": the gazetteer's reading stands
        bodies = {i for s in taken if s.label_ == "ORG" for i in range(s.start, s.end)} | {start for start, _ in acting}
        acting += [(start, end) for start, end in listed_with_bodies(doc, self.rules, self.not_orgs, bodies, covered)
                   if doc[start:end].text not in self.place_forms]
        acting += [(start, end) for start, end in paired_with_a_body(doc, self.rules, self.not_orgs, bodies,
                                                                       covered | {k for k, _ in acting})
                   if doc[start:end].text not in self.place_forms]
        for start, end in acting:
            if end - start == 1 and "(" in ctx.doc_text(doc) and ctx.spelt_out_as_a_role(doc, doc[start].text, self.rules):
                continue  # "The Secretary to the Zorgo Government (SZG) opened …": an office holder acting
            span = Span(doc, start, end, label="ORG")
            mark(span, "context")
            found.append(span)
        return found

    def _enumerated(self, doc: Doc, taken: list[Span]) -> tuple[list[Span], set[tuple[int, int, str]]]:
        """Items of an enumeration nobody knows, given the kind most of its known items have
        ("OCHA, PAM, GMM, DENKO": GMM and DENKO are organisations; "Gamboru, Banki, Pulka and
        Damasak": Pulka and Damasak are places), and the places that are only part of an
        item of a list of organisations ("PLAN Mali", "AAG-Gao", "Ambassade France"), to drop."""
        labels = {i: s.label_ for s in taken for i in range(s.start, s.end)}
        found: list[Span] = []
        dropped: set[tuple[int, int, str]] = set()
        read_as_orgs = {(e.start, e.end) for e in doc._.ner_ents if e.label_ == "ORG"}
        runs = ctx.enumeration_items(doc, self.rules, set(labels))
        run_kinds = [[None if shape == "long" else _item_kind(labels, item) or ("NER" if item in read_as_orgs else None)
                      for item, shape in run] for run in runs]
        kinds_found = [ctx.enumeration_kind(kinds) or self._acronym_enumeration_kind(doc, run, kinds)
                       for run, kinds in zip(runs, run_kinds)]
        if "ORG" in kinds_found:  # a list of bodies in the field: its runs of mere acronyms are more of it
            kinds_found = [kind or self._acronym_run_kind(doc, run, kinds) for run, kinds, kind
                           in zip(runs, run_kinds, kinds_found)]
        for run, kinds, kind in zip(runs, run_kinds, kinds_found):
            if kind is None:
                continue
            for ((start, end), shape), item_kind in zip(run, kinds):
                places = [s for s in taken if s.label_ == "LOC" and start <= s.start and s.end <= end]
                if kind == "ORG" and item_kind == "part" and self._country_titling_an_item(doc, start, places):
                    continue  # "<Country> – Floods (<donor>, <agency>, <kind of body>)": a flash's title before its sources
                if kind == "ORG" and item_kind == "part":
                    dropped |= {(p.start, p.end, p.label_) for p in places}
                if kind == "ORG" and item_kind == "LOC" and self._few_places(kinds) \
                        and self._acronym_read_as_place(doc, start, end, places):
                    dropped |= {(p.start, p.end, p.label_) for p in places}  # "UNICEF, TRI-SS, HAA, ONO AID": an acronym
                    found.append(self._list_mark(Span(doc, start, end, label="ORG")))
                    continue
                if shape == "long" or item_kind in ("ORG", "LOC") or (kind == "LOC" and item_kind is not None):
                    continue
                if shape == "edge" and kind == "ORG" and not (end - start == 1 and (
                        is_acronym(doc[start].text) or ctx.lower_led_acronym(doc[start].text))):
                    continue
                if shape == "edge" and end < len(doc) and doc[end].text[:1].isdigit():
                    continue  # "…, Tassaght, OBJ 1 AA": a numbered label opening the next clause, no body
                if kind == "ORG" and ctx.lowercase_name(doc, (start, end), self.rules):
                    if fold_token(doc[start].text) not in self.not_orgs and start not in labels:
                        found.append(self._list_mark(Span(doc, start, end, label="ORG")))  # "NOHO, nordev, …"
                    continue
                span = self._enumerated_item(doc, start, end, kind, labels)
                if span is not None:
                    found.append(span)
        found += self._column_acronyms(doc, labels, {i for s in found for i in range(s.start, s.end)})
        found += self._attendee_acronyms(doc, labels, {i for s in found for i in range(s.start, s.end)})
        found += self._slash_partners(doc, labels, {i for s in found for i in range(s.start, s.end)} | self._in_a_byline(doc))
        return found + self._sources_beside_a_category(doc, labels, {i for s in found for i in range(s.start, s.end)}), dropped

    def _country_titling_an_item(self, doc: Doc, start: int, places: list[Span]) -> bool:
        """A country opening an enumeration's item before a spaced dash ("<Country> – Floods (DG ECHO,
        UN agencies)"): a report's title naming its country and its event, its sources after it, not a
        body's country office ("PLAN Mali", "AAG-Gao": the place after the body's name)."""
        first = next((p for p in places if p.start == start), None)
        return first is not None and self._is_country(first) and first.end < len(doc) \
            and doc[first.end].text in ctx.TITLE_DASHES and bool(doc[first.end - 1].whitespace_) \
            and bool(doc[first.end].whitespace_)

    def _sources_beside_a_category(self, doc: Doc, labels: dict[int, str], covered: set[int]) -> list[Span]:
        """The acronyms of a parenthesised list of sources that names a category of bodies
        (:func:`ctx.sources_beside_a_category`), read as a definition is ("context") so the
        document's other mentions follow; not a place, a false friend or a sector."""
        found = []
        for i in ctx.sources_beside_a_category(doc, self.rules):
            text = doc[i].text
            if i in labels or i in covered or text in self.place_forms or fold_token(text) in self.not_orgs \
                    or text in self.rules.sector_acronyms or ctx.is_roman(text):
                continue
            span = Span(doc, i, i + 1, label="ORG")
            mark(span, "context")
            found.append(span)
        return found

    def _acronym_enumeration_kind(self, doc: Doc, run: list[tuple[tuple[int, int], str]],
                                  kinds: list[Optional[str]]) -> Optional[str]:
        """ORG for an enumeration of a body and acronyms nobody knows ("le HCR, l'UNICEF et l'OMS"
        once "le HCR a réceptionné" read the first, "ZOMA, KZR et QTL"): a body listed with mere
        acronyms, no place among them, lists bodies; one known body is enough where every other
        item is a single acronym of three letters or more."""
        if "ORG" not in kinds or any(k not in ("ORG", None, "NER") for k in kinds) or len(run) < 2:
            return None
        for ((start, end), _shape), kind in zip(run, kinds):
            if kind == "ORG":
                continue
            if not self._mere_acronym(doc, start, end):
                return None
        return "ORG"

    def _mere_acronym(self, doc: Doc, start: int, end: int) -> bool:
        """One word in capitals shaped as an acronym, three letters or more, no place's name: what
        an enumeration of bodies may list beside its known bodies."""
        text = doc[start].text
        return end - start == 1 and text.isupper() and ctx.acronym_shaped(text) and sum(c.isalpha() for c in text) >= 3 \
            and text not in self.place_forms

    def _acronym_run_kind(self, doc: Doc, run: list[tuple[tuple[int, int], str]],
                          kinds: list[Optional[str]]) -> Optional[str]:
        """ORG for a run of three or more mere acronyms (three letters or more, one word each, no
        place but a far country's, nothing known as anything but a body) in a field that already
        lists bodies: an attendance table flattened into the field, its cells cut into runs by
        the agenda lines set between them ("A, B, C, 1. Welcome. D, E, F, 2. Follow-up …")."""
        items = [((start, end), kind) for ((start, end), shape), kind in zip(run, kinds) if shape == "item"]
        if len(items) < 3:
            return None
        for (start, end), kind in items:
            if kind in ("ORG", "NER"):
                continue
            if not self._mere_acronym(doc, start, end) or ctx.word_in_capitals(doc[start].text):
                return None  # "PRESENTATIONS, REORGANISATION ET REDYNAMISATION": a heading's words
        return "ORG"

    @staticmethod
    def _few_places(kinds: list[Optional[str]]) -> bool:
        """One place in a list of bodies, or a few among three times as many bodies ("… SMC, TADO, THSO,
        TOCA, TRISS …", two local NGOs' acronyms a far country's towns share): each may be an acronym."""
        places = kinds.count("LOC")
        return places == 1 or 3 * places <= kinds.count("ORG")

    def _acronym_read_as_place(self, doc: Doc, start: int, end: int, places: list[Span]) -> bool:
        """One word in capitals that the gazetteer knows only in another case ("HAA" for a place
        "Haa") and only in a country outside those it holds the towns of (an admin unit of a far
        country), the only place of a list of organisations: the list's acronym, not that place."""
        text = doc[start:end].text
        if not (end - start == 1 and text.isupper() and text.isalpha() and len(text) >= 3 and text not in self.place_forms):
            return False
        ids = [i for s in places for i in (s._.candidates or (s.id_,))]
        return bool(ids) and all(i in self.places and self.places[i].country not in self.town_countries for i in ids)

    @functools.cached_property
    def town_countries(self) -> frozenset[str]:
        """The countries whose towns and villages the gazetteer holds (``geonames_countries.csv``):
        the countries the documents are about."""
        return frozenset(p.country for i, p in self.places.items() if i.startswith(GEONAMES_PREFIX))

    @staticmethod
    def _list_mark(span: Span) -> Span:
        mark(span, "list")
        return span

    def _column_acronyms(self, doc: Doc, labels: dict[int, str], covered: set[int]) -> list[Span]:
        """The unknown acronyms of a flattened column of acronyms ("EPSP / MJS / MAS", one a line)
        in which the registry knows an organisation and nobody a place: organisations too."""
        return [span for run in ctx.acronym_columns(doc)
                for span in self._unknown_acronyms_beside_a_body(doc, run, labels, covered, "list")]

    def _attendee_acronyms(self, doc: Doc, labels: dict[int, str], covered: set[int]) -> list[Span]:
        """The unknown acronyms of a flattened "Name / Organisation" list of attendees in which the
        registry knows a body and nobody a place in that slot: organisations too, read by their slot
        as a definition is ("context"), so the document's other mentions follow."""
        return self._unknown_acronyms_beside_a_body(doc, ctx.attendee_slots(doc), labels, covered, "context")

    def _unknown_acronyms_beside_a_body(self, doc: Doc, slots: list[tuple[int, int]], labels: dict[int, str],
                                        covered: set[int], method: str) -> list[Span]:
        """The slots' acronyms nothing read yet (no roman numeral, header word, plural or
        non-organisation), as organisations, when a slot holds a known body and none a place."""
        kinds = {labels.get(start) for start, _end in slots}
        if "LOC" in kinds or ("ORG" not in kinds and not (method == "context" and len(slots) > MIN_UNKNOWN_SLOTS)):
            return []  # a table of attendees with more bodies than a column of codes has: bodies unknown all
        found = []
        for start, end in slots:
            text = doc[start].text
            if start in labels or start in covered or fold_token(text) in self.not_orgs or ctx.is_roman(text) \
                    or fold_token(text) in self.rules.header_words or ctx.plural_acronym(text):
                continue
            span = Span(doc, start, end, label="ORG")
            mark(span, method)
            found.append(span)
        return found

    def _listed_among_places(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """Items of an enumeration of places that nothing else read, the places the statistical
        NER found counted as known now ("Kolbolé, Gaigorou, WallaGounto, Molia, …": villages whose
        words the text extraction glued, or the NER read as a person)."""
        if sum(span.label_ == "LOC" for span in taken) < 2:
            return []  # a list of places needs two known places (enumeration_kind): no second reading
        labels = {i: s.label_ for s in taken for i in range(s.start, s.end)}
        found = []
        for run in ctx.enumeration_items(doc, self.rules, set(labels)):
            kinds = [_item_kind(labels, item) if shape != "long" else None for item, shape in run]
            if ctx.enumeration_kind(kinds) != "LOC":
                continue
            for ((start, end), shape), item_kind in zip(run, kinds):
                glued = not any(t.whitespace_ for t in doc[start:end - 1])  # "TamaGoundé", of which the NER read "Tama"
                if shape == "item" and (item_kind is None or (item_kind == "part" and glued)):
                    span = self._enumerated_item(doc, start, end, "LOC", {} if item_kind == "part" else labels)
                    if span is not None:
                        found.append(span)
        return found

    def _paired_with_places(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """A name no vocabulary knows, joined by "et"/"and" to a place ("particularly Gumbari and
        Lekuro", "réfugiés de Tagando et Chinwar"), or in parentheses right after a place ("in
        <county> (<town>)"), or before its country ("<town>, <country>", "<town>-<country>"): the other place
        of the pair, when nothing read it and the NER read it as no person or organisation (a pair is too
        short for :meth:`_listed_among_places`)."""
        covered = {i for s in taken for i in range(s.start, s.end)}
        ner = {i for e in doc._.ner_ents if e.label_ in ("PER", "ORG") for i in range(e.start, e.end)}
        found = []
        for span in (s for s in taken if s.label_ == "LOC"):
            town = readings.town_before_its_country(doc, span.start) if self._is_country(span) else (None, None)
            for start, end in (ctx.paired_name(doc, span.end, after=True), ctx.paired_name(doc, span.start, after=False),
                               readings.named_in_parentheses(doc, span.end), town):
                if start is None or any(i in covered or i in ner for i in range(start, end)) \
                        or any(ctx.is_language_word(t.text, doc.vocab) or fold_token(t.text) in self.rules.groups
                               for t in doc[start:end]):
                    continue
                pair = mark(Span(doc, start, end, label="LOC"), "context")
                found.append(pair)
                covered |= set(range(start, end))
        return found

    def _defined_as_places(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """A name an apposition defines as a place ("à <name>, une localité située …"), which nothing
        else read (:func:`place_readings.defined_as_a_place`)."""
        covered = {i for s in taken for i in range(s.start, s.end)}
        return [mark(Span(doc, start, end, label="LOC"), "context")
                for start, end in readings.defined_as_a_place(doc, self.rules, covered)]

    def _named_again(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """A name the field reads as a place at one mention (after a cue, in a list of places, by
        the NER) is that place at its other mentions written alike or in capitals, where nothing
        else read them: a sentence's first word ("Kanama is about 35 km from …"), a name the
        gazetteer reads only after a cue ("la région du Nord … se trouvent au Nord"), a name the
        NER missed once. The readings that follow (a body's name, a person's slot) still apply."""
        places = [s for s in taken if s.label_ == "LOC" and not self._is_country(s)]
        if not places:
            return []
        forms: dict[str, list[tuple[tuple[str, ...], Span]]] = {}
        for span in places:
            words = tuple(t.text for t in span)
            if not words[0][:1].isupper() or not any(c.isalpha() for w in words for c in w):
                continue
            for written in {words, tuple(w.upper() for w in words)}:
                forms.setdefault(written[0], []).append((written, span))
        covered = {i for s in taken for i in range(s.start, s.end)}
        texts = ctx.token_texts(doc)
        found: list[Span] = []
        for i, text in enumerate(texts):
            for words, source in forms.get(text, ()):
                end = i + len(words)
                if tuple(texts[i:end]) != words or any(j in covered for j in range(i, end)) \
                        or ctx.glued_to_word(doc, i, end) or ctx.name_goes_on(doc, end):
                    continue  # "Ocha-Mali", "le Centre AEMO de …": a longer name's part
                span = Span(doc, i, end, label="LOC", span_id=source.id_)
                mark(span, marked(source)[0] or "context", marked(source)[1])
                found.append(span)
                covered |= set(range(i, end))
                break
        return found

    def _country_parts(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"North-Eastern Nigeria", "Northeast Nigeria", "Nord Mali": a direction right before a
        country's name, on its line, names a part of that country, one place (tests/real
        conventions), not a place of its own, unless the country has an admin unit of that name
        ("Sud Cameroun", "North-West Cameroon": the region and the country, two places). So does one
        before an admin unit's name ("Southern <state> State": the state's part, one place, not a
        region of another country the gazetteer knows as "Southern")."""
        result = list(spans)
        for span in spans:
            place = self.places.get(span.id_) if span.label_ == "LOC" else None
            if place is None or place.admin_level not in (0, 1, 2):
                continue
            country = self.places[span.id_].country
            start = span.start
            while start > 0 and doc[start - 1].whitespace_ in ("", " ") and (
                    doc[start - 1].text in ctx.HYPHENS or readings.capitalised_point(doc[start - 1].text)
                    or (start > 1 and doc[start - 1].text == "Central" and readings.compass_word(doc[start - 2].text))):
                start -= 1  # "North-Eastern", "North East", "North Central": compass words and hyphens on the line
            while start < span.start and doc[start].text in ctx.HYPHENS:
                start += 1
            if start == span.start or doc[span.start - 1].whitespace_ != " ":
                continue
            if place.admin_level != 0 and start > 0 and doc[start - 1].whitespace_ == " " and doc[start - 1].is_alpha \
                    and doc[start - 1].text[:1].isupper() and not self._stop_word(doc[start - 1]):
                continue  # "Kapoeta South Kapoeta North", "Gao Nord Ansongo": the direction closes the name before it
            direction = doc[start:span.start].text.strip()
            if not readings.compass_word(direction) or any(
                    self.places[i].country == country for i in self.place_forms.get(direction, ()) if i in self.places):
                continue
            whole = Span(doc, start, span.end, label="LOC", span_id=span.id_)
            mark(whole, *marked(span))
            result = [s for s in result if s.end <= start or s.start >= span.end or s.label_ != "LOC"] + [whole]
        return filter_spans(result)

    def _compound_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Two names one space apart that make one place's name: an admin unit and a direction
        after it ("Yobe North", a senatorial district; not a direction that is a unit of the same
        country), a lake and the country it is named after ("Lac Tchad", "Lake Chad": the lake or
        the province named after it, not the country), "New" or "Old" and a known place ("New
        Fangak": the new town, one name). The water's nouns and the prefixes (as written):
        ``context_words.csv``."""
        result = list(spans)
        places = sorted((s for s in spans if s.label_ == "LOC"), key=lambda s: s.start)
        for span in places:
            before = span.start - 1
            if self._is_country(span) and before >= 0 and doc[before].whitespace_ == " " \
                    and doc[before].text[:1].isupper() and fold_token(doc[before].text) in self.rules.water_words \
                    and not any(s.start <= before < s.end for s in spans):
                lake = mark(Span(doc, before, span.end, label="LOC"), "context")  # "Lake Chad", "Lake" read by nothing
                result = [s for s in result if s is not span] + [lake]
                continue
            if span.id_ and before >= 0 and doc[before].text in self.rules.place_name_prefixes and doc[before].whitespace_ == " " \
                    and not any(s.start <= before < s.end and s.label_ != "LOC" for s in spans):
                whole = mark(Span(doc, before, span.end, label="LOC", span_id=span.id_), *marked(span))
                result = [s for s in result if s is not span and not (s.label_ == "LOC" and s.end == span.start)] + [whole]
                continue  # "from New Fangak": the new town's name, not "New" and the old town
            place = self.places.get(span.id_)
            after = span.end
            water = fold_token(span.text) in self.rules.water_words
            if (place is None and not water) or after >= len(doc) or doc[after - 1].whitespace_ != " ":
                continue
            if water:
                country = next((s for s in places if s.start == after and self._is_country(s)), None)
                end = country.end if country is not None else None
            else:
                word = doc[after]
                same_country = any(self.places[i].country == place.country
                                   for i in self.place_forms.get(word.text, ()) if i in self.places)
                end = after + 1 if (place.admin_level > 0 and word.text[:1].isupper() and not word.is_upper
                                    and readings.compass_word(word.text) and not same_country) else None
            if end is None or (end < len(doc) and doc[end - 1].whitespace_ == " " and doc[end].text[:1].isupper()
                               and doc[end].is_alpha):
                continue  # a longer name goes on after it
            whole = Span(doc, span.start, end, label="LOC", span_id=span.id_)
            mark(whole, *marked(span))
            result = [s for s in result if s.end <= span.start or s.start >= end or s.label_ != "LOC"] + [whole]
        return filter_spans(result)

    def _hyphenated_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A hyphenated name no list knows whole, read in parts ("<Known>-<Unknown>" after "ville de",
        "département du", "à la frontière"): one place, as a town or a division named by two words is
        ("Kaga-Bandoro", "Mayo-Tsanaga", "Centre-Nord"), with no id. Not a pair of known places (a road
        or a border between two: two of its parts known places, unless all are compass points, as in
        "North-West"; nor a town and its country), nor after a road's noun ("l'axe <A>-<B>": its two ends), nor a name running on
        past the hyphens ("<Country>-<Agency>", "<Town>-<Name> <Name>"), nor a part that is a word of
        the language ("PROTECTION-<TOWN>"), a compass point aside ("<Quarter>-Est")."""
        chains = ctx.hyphen_chains(doc)
        if not chains:
            return spans
        result = list(spans)
        by_token = {i: s for s in spans for i in range(s.start, s.end)}
        for parts in chains:
            start, end = parts[0], parts[-1] + 1
            inside = {by_token[i] for i in parts if i in by_token}  # a Span hashes by its offsets and label
            places = [s for s in inside if s.label_ == "LOC"]
            if not places or any(s.label_ != "LOC" or s.start < start or s.end > end for s in inside) \
                    or (len(places) == 1 and places[0].start == start and places[0].end == end):
                continue  # no place in it, a name going on past it, or one place already
            if any(self._is_country(s) for s in places):
                continue  # "<Town>-<Country>" after a heading: the town and the country it is in
            compass = all(readings.compass_word(doc[i].text) for i in parts)
            if sum(1 for s in places if s.id_) >= 2 and not compass:
                continue  # "Bambari-Ippy", "Niger-Mali": two known places, a road's or a border's ends
            if any(i not in by_token and not readings.compass_word(doc[i].text)
                   and ctx.is_language_word(doc[i].text, doc.vocab) for i in parts):
                continue  # "PROTECTION-<TOWN>": a heading's word beside a place
            if ctx.after_a_road_noun(doc, start, self.rules):
                continue  # "sur l'axe <A>-<B>", "axes routiers comme <A>-<B>": the road's two ends
            whole = mark(Span(doc, start, end, label="LOC"), "context")
            result = [s for s in result if s.end <= start or s.start >= end] + [whole]
        return result

    def _compass_compounds(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A region named by compass points that no list knows whole, matched in parts ("North" and
        "West" of "North West", where the gazetteer has only other countries' "North"
        and "West"): one place with no id, running as far as its last part's span ran.
        Late, as for hyphenated names: the parts' ids have told the lists around them that these
        are places."""
        runs = readings.compass_compounds(doc, self.rules)
        if not runs:
            return spans
        result = list(spans)
        for start, end in runs:
            inside = [s for s in result if s.start < end and s.end > start]
            if not any(s.label_ == "LOC" for s in inside) or any(s.label_ != "LOC" or s.start < start for s in inside):
                continue  # no place in it, or a name begun before it
            end = max(end, *(s.end for s in inside))  # a part read with what follows it
            if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end):
                continue  # one place already
            whole = mark(Span(doc, start, end, label="LOC"), "context")
            result = [s for s in result if s.end <= start or s.start >= end] + [whole]
        return sorted(result, key=lambda s: s.start)

    def _read_as_one_by_the_ner(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Place names one space apart on a line that the NER reads as one place, its name ending
        there ("Garin <name>", "<town> <name> and areas around"): a village's compound name, its
        words no places of their own; not a country, nor two admin units of a region's or a
        cercle's level, nor names in capitals (a list without its commas: "<region> <region>",
        "<COMMUNE> <COMMUNE>")."""
        result = list(spans)
        locs = {s.start: s for s in spans if s.label_ == "LOC"}
        for ent in doc._.ner_ents:
            if ent.label_ != "LOC":
                continue
            parts, i = [], ent.start
            while i < ent.end and i in locs and locs[i].end <= ent.end and (not parts or doc[i - 1].whitespace_ == " "):
                parts.append(locs[i])
                i = locs[i].end
            if len(parts) < 2 or (i < ent.end and doc[i - 1].whitespace_ == " " and doc[i].is_alpha
                                  and doc[i].text[:1].isupper()):
                continue  # one name, or a longer name goes on after them
            if any(self._is_country(p) for p in parts) or sum(self._admin_unit(p) for p in parts) > 1:
                continue
            if any(t.is_upper for p in parts for t in p if t.is_alpha):
                continue  # "<COMMUNE> <COMMUNE>": names in capitals side by side, a heading's list
            whole = mark(Span(doc, parts[0].start, parts[-1].end, label="LOC"), "ner")
            result = [s for s in result if not any(s is p for p in parts)] + [whole]
        return filter_spans(result)

    def _admin_unit(self, span: Span) -> bool:
        """A known place of a region's or a cercle's level (admin levels 1 and 2)."""
        place = self.places.get(span.id_)
        return place is not None and place.admin_level in ADMIN_UNIT_LEVELS

    def _parenthesised(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """An organisation's acronym or name given in parentheses beside it, and the acronym's other
        mentions in the field ("la Cour Pénale Internationale (CPI) … la CPI"); a ministry's
        acronym ("MoH")."""
        orgs = [(s.start, s.end) for s in taken if s.label_ == "ORG"]
        covered = {i for s in taken if s.label_ == "ORG" for i in range(s.start, s.end)}
        ids_by_end = {s.end: s.id_ for s in taken if s.label_ == "ORG" and s.id_}
        pairs = [(start, end) for start, end in ctx.parenthesised_partners(doc, orgs, covered)
                 if not any(fold_token(text) in self.not_orgs for text in (doc[start:end].text, doc[start].text))
                 or ctx.acronym_of_a_coordination_body(doc, start, orgs, self.rules)  # "(HNO-HRP)": no body
                 or self._own_acronym(doc, start, end, ids_by_end)]  # "… Cooperation Agency (Sida)": its own
        pairs += self._expansions(doc, orgs, covered)
        pairs += self._read_definitions(doc, covered | {k for start, end in pairs for k in range(start, end)})
        marks = doc.user_data.get("marks", {})
        firm = {i for s in taken if s.label_ == "ORG" and marks.get((s.start, s.end, "ORG"), ("",))[0] == "registry"
                for i in range(s.start, s.end)}
        pairs += self._titled_names(doc, orgs, firm, pairs)
        pairs = [(start, end) for start, end in pairs if end - start > 1 or doc[start].text in self.form_owner
                 or not ctx.spelt_out_as_a_role(doc, doc[start].text, self.rules)]  # "Secretary to the X Government (SXG)"
        acronyms = {doc[start].text for start, end in pairs if end - start == 1}
        unknown = {s.start for s in taken if s.label_ == "ORG" and not s.id_ and len(s) == 1}
        acronyms |= {doc[end + 1].text for start, end in pairs if end - start > 1 and end + 2 < len(doc)
                     and doc[end].text == "(" and doc[end + 2].text == ")" and end + 1 in unknown}
        # "Le Tribunal Zorgo (TZ) a reçu …; le TZ siège": an acronym its verb read already, its name spelt out
        if acronyms or "Mo" in ctx.doc_text(doc):  # "MoH": a ministry's acronym opens with "Mo"
            pairs += [(i, i + 1) for i, text in enumerate(ctx.token_texts(doc)) if (text in acronyms or ctx.ministry_acronym(text))
                      and i not in covered and (i, i + 1) not in pairs and fold_token(text) not in self.not_orgs
                      and not self._opens_a_hyphened_body(doc, i, covered)]
        found = []
        for start, end in pairs:
            span = Span(doc, start, end, label="ORG")
            mark(span, "context")
            found.append(span)
        return found

    def _own_acronym(self, doc: Doc, start: int, end: int, ids_by_end: dict[int, str]) -> bool:
        """A registry body's own acronym in parentheses right after its name, though its letters are
        a false friend elsewhere ("… Cooperation Agency (Sida)": the agency, not the disease): the
        name says whose letters they are."""
        org_id = ids_by_end.get(start - 1) if start >= 1 and doc[start - 1].text == "(" else None
        return org_id is not None and self.form_owner.get(doc[start:end].text) == org_id

    @staticmethod
    def _opens_a_hyphened_body(doc: Doc, i: int, covered: set[int]) -> bool:
        """"The United Nations (UN) … (UN-OCHA)": the acronym glued by a hyphen to a body's acronym
        read after it is that body's name's first part, not the defined body again."""
        return i + 2 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text in ("-", "‐", "–") \
            and not doc[i + 1].whitespace_ and i + 2 in covered and doc[i + 2].is_upper

    def _place_acronyms(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """Places named by their initials after them ("North-West and South-West regions (NWSW)")."""
        places = [s for s in taken if s.label_ == "LOC"]
        covered = {i for s in taken for i in range(s.start, s.end)}
        found = []
        for start, end in ctx.place_acronyms(doc, places, covered):
            span = Span(doc, start, end, label="LOC")
            mark(span, "context")
            found.append(span)
        return found

    def _joined_abbreviations(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """"partners in NWSW": two admin units' abbreviations of one country written as one word
        ("NW" and "SW", the North-West and South-West regions) name both, one place mention;
        read before the NER guesses at it as an organisation."""
        covered = {i for s in taken for i in range(s.start, s.end)}
        found = []
        for i, text in enumerate(ctx.token_texts(doc)):
            if i in covered or not (4 <= len(text) <= 8 and text.isalpha() and text.isupper()):
                continue
            for cut in range(2, len(text) - 1):
                halves = [[self.places[i] for i in self.place_forms.get(part, ()) if i in self.places
                           and not i.startswith(GEONAMES_PREFIX)] for part in (text[:cut], text[cut:])]
                shared = {p.country for p in halves[0]} & {p.country for p in halves[1]}
                if shared:
                    first = next(p for p in halves[0] if p.country in shared)
                    span = Span(doc, i, i + 1, label="LOC", span_id=first.place_id)
                    mark(span, "context")
                    found.append(span)
                    break
        return found

    def _part_of_a_role(self, doc: Doc, start: int, end: int) -> bool:
        """A list item that belongs to a person's role: a domain of its remit ("Director for Planning,
        Research and …") or an honorific ("…, Engr. <name>"); no body."""
        return ctx.in_a_roles_remit(doc, start, self.rules) \
            or (end - start == 1 and fold_token(doc[start].text).rstrip(".") in HONORIFICS)

    def _acronyms_in_apposition(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """"The President of <Adjective> University of Zorgoland, AUZ, <name>": an acronym set off by commas
        right after a body's name whose content words' initials (one capitalised word before the name read
        counting too: "American" before "University of …") spell it in order is that body's; the name is
        widened to that word (twenty-seventh pass)."""
        covered = {i for s in taken for i in range(s.start, s.end)}
        found = []
        for span in taken:
            k = span.end
            if span.label_ != "ORG" or k + 2 > len(doc) or doc[k].text != "," or not ctx.acronym_shaped(doc[k + 1].text) \
                    or k + 1 in covered or (k + 2 < len(doc) and doc[k + 2].text not in (",", ".", ";")):
                continue
            letters = re.sub(r"[^a-z]", "", doc[k + 1].text.lower())
            words = [t for t in span if t.is_alpha]
            start = span.start
            spelt = ctx.initials_of(words) == letters
            if not spelt and start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                    and start - 1 not in covered and ctx.initials_of([doc[start - 1]] + words) == letters:
                start -= 1
            elif not spelt or len(letters) < 3:
                continue
            if start < span.start:
                whole = Span(doc, start, span.end, label="ORG", span_id=span.id_)
                mark(whole, marked(span)[0] or "context")
                found.append(whole)
            acronym = Span(doc, k + 1, k + 2, label="ORG")
            mark(acronym, "context")
            found.append(acronym)
        return found

    def _acronyms_written_as_names(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """"de la Ceni", "l'Unicef" (French papers write an acronym read as a word in title case): a
        registry acronym of four letters or more so written after an article or "de" is its body,
        unless the word is a place's, a given name or a word of the language ("Care", "Plan")."""
        covered = {i for s in taken for i in range(s.start, s.end)}
        found = []
        for i, text in enumerate(ctx.token_texts(doc)):
            if i == 0 or i in covered or not ctx.acronym_as_a_name(text) \
                    or text.upper() not in self.acronym_forms or doc[i - 1].lower_.replace("’", "'").rstrip("'") not in ctx.DETERMINERS \
                    or text in self.place_forms or fold_token(text) in self.rules.given_names \
                    or ctx.is_language_word(text, doc.vocab):
                continue
            span = Span(doc, i, i + 1, label="ORG", span_id=self.form_owner[text.upper()])
            mark(span, "registry")
            found.append(span)
        return found

    def _working_groups(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """Acronyms nothing else read that a working group's letters build ("PSWG", "GTE"): a
        coordination body, whether or not the document spells it out; those a state service's
        letters build ("DRA", "DNDS") likewise a service; not a country's abbreviation ("in the DRC (…)",
        ``country_acronyms.csv``): the registry's reading of it stands."""
        covered = {i for s in taken for i in range(s.start, s.end)}
        found = []
        for i, text in enumerate(ctx.token_texts(doc)):
            if i in covered or not text[:1].isupper() or fold_token(text) in self.not_orgs \
                    or text in self.shared_country_acronyms \
                    or not (ctx.working_group_acronym(text, self.rules) or ctx.service_acronym(text, doc.vocab, self.rules)):
                continue
            start, end = ctx.hyphen_joined(doc, i)  # "PM-TWG", "GTT-SIN": one name
            if any(i in covered for i in range(start, end)):
                continue
            span = Span(doc, start, end, label="ORG")
            mark(span, "context")
            found.append(span)
        return found

    def _expansions(self, doc: Doc, orgs: list[tuple[int, int]], covered: set[int]) -> list[tuple[int, int]]:
        """A name whose initials are the acronym in parentheses after it ("direction générale de
        migration (DGM)"), or in parentheses after the acronym ("le PAZ (Programme Alimentaire
        Zorgien)"), with a head noun of a body or a known acronym: the name, and the acronym when
        nobody knew it; a known body read short of that name is part of it."""
        found = []
        text = ctx.doc_text(doc)
        if "(" not in text and "«" not in text and "“" not in text and '"' not in text:
            return found  # the acronym stands in parentheses or quotes (ctx.expansion_before)
        in_orgs = {k for start, end in orgs for k in range(start, end)}
        for i, text in enumerate(ctx.token_texts(doc)):
            if not ctx.acronym_shaped(text) or fold_token(text) in self.not_orgs:
                continue
            name = ctx.expansion_before(doc, i, covered)
            if name is None:  # "National Task Force on Solutions (NTFS)": a body read short of its name, the
                name = ctx.expansion_before(doc, i, covered - in_orgs)  # name whole; "Global Zorg Cluster « GZC »"
                if name is not None and (any(start < name[0] < end for start, end in orgs)
                                         or (i - 2 in covered and not any(name[0] < start <= i - 2 < end
                                                                          for start, end in orgs))):
                    name = None  # the name would cut a known one, or be one read whole already
            known = {(i, i + 1), (i + 2, i + 3)} & set(orgs)  # "(CPIA/IASC)"
            if name is None:  # "le PAZ (Programme Alimentaire Zorgien)": the name after its acronym
                name = ctx.expansion_after(doc, i, covered)
                known = {(i, i + 1)} & set(orgs)
            if name is None or not (known or ctx.has_body_head(doc[name[0]:name[1]], self.rules)
                                    or self._named_with_a_body_word(doc, name, i)):
                continue  # "personnes déplacées internes (PDI)": a population, not a body
            if text not in self.form_owner and ctx.spelt_out_as_a_role(doc, text, self.rules):
                continue  # "Secretary to the Zorgo Government (SZG)": an office's title, its body a word in it
            found.append(name)
            if (i, i + 1) not in orgs and i not in covered:
                found.append((i, i + 1))
        return found

    def _named_with_a_body_word(self, doc: Doc, name: tuple[int, int], acronym: int) -> bool:
        """"International Organization for Zorgs (IOZ)", "Zorgo Bar Association (ZBA)": a name its
        acronym spells out, capitalised, holding a word of bodies' names (``body_words.csv``: an
        association, "international"; ``spelt_body_nouns.csv``: an organisation, a network), is a body's whatever list
        knows it; not a plan's, an event's or a group's (``ctx.spelt_out_as_no_body``), nor an
        acronym of two letters ("Mine Action (MA)")."""
        words = [t for t in doc[name[0]:name[1]] if t.is_alpha and t.lower_.rstrip("'’") not in ctx.NAME_CONNECTORS]
        return sum(c.isalpha() for c in doc[acronym].text) >= 3 and len(words) >= 2 \
            and words[0].text[:1].isupper() \
            and any(fold_token(t.text) in self.rules.body_words or fold_token(t.text) in self.rules.spelt_body_nouns
                    for t in words) \
            and not ctx.spelt_out_as_no_body(doc, acronym, self.rules)

    def _read_definitions(self, doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
        """A name the statistical NER reads as a body and its acronym in parentheses after it
        (:func:`ctx.read_definition`): the pair says what the letters are, where the initials do not
        (a French name, an English acronym) or the name holds no head noun ("World Zorg Program
        (WZP)"); the acronym then follows through the document. Not a false friend's letters
        ("Humanitarian Response Plan (HRP)"), a place's, a role or table-header words."""
        found = []
        for ent in doc._.ner_ents:
            definition = ctx.read_definition(doc, ent, self.rules) if ent.label_ == "ORG" else None
            if definition is None:
                continue
            (start, end), acronym = definition
            text = doc[acronym].text
            name = doc[start:end]
            if fold_token(text) in self.not_orgs or text in self.place_forms or ctx.plural_acronym(text) \
                    or ctx.qualifies_a_place_noun(doc, acronym + 1, self.rules) \
                    or any(fold_token(t.text) in self.not_orgs for t in name) \
                    or ctx.has_role_word(name, self.rules) or ctx.only_header_words(name, self.rules) \
                    or ctx.spelt_out_as_no_body(doc, acronym, self.rules):  # "State Action Plan (SAP)": a plan's
                continue
            if covered.isdisjoint(range(start, end)):
                found.append((start, end))
            if acronym not in covered:
                found.append((acronym, acronym + 1))
        return found

    def _titled_names(self, doc: Doc, orgs: list[tuple[int, int]], covered: set[int],
                      found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A known organisation's acronym in parentheses after a capitalised name that is not its
        initials (a translated name): the name is that organisation too, when it has a body's
        head noun or two connectors ("Center for Civilians in Conflict (CIVIC)")."""
        names = []
        if "(" not in ctx.doc_text(doc):
            return names  # the acronym stands in parentheses (ctx.titled_name_before)
        taken = covered | {i for start, end in found for i in range(start, end)}
        for start, end in orgs:
            if end - start != 1:
                continue
            name = ctx.titled_name_before(doc, start, taken) or ctx.sentence_case_name_before(doc, start, taken)
            if name is None:
                continue
            span = doc[name[0]:name[1]]
            connectors = sum(t.lower_.rstrip("'’") in ctx.NAME_CONNECTORS for t in span)
            if ctx.has_body_head(span, self.rules) or connectors >= 2:
                names.append(name)
        return names

    def _slash_partners(self, doc: Doc, labels: dict[int, str], covered: set[int]) -> list[Span]:
        """"DNS/DN", "DNEF/MEN", "Tearfund/KADEM": an acronym joined by a slash to a known
        organisation's name is an organisation too (a service and its ministry, two partners), as
        the gold convention reads names joined by a slash; a sector's acronym ("Cluster Abri/BNA",
        sector_names.csv) goes on naming the body's sector, no partner; nor a photo credit's
        photographer ("(ph. <name>/Acr)", ``bylines``). A partner's acronym written
        as a word ("Tearfund/Kadem") too, glued to the slash, when no word of the language and no
        first name before a surname ("©UNHCR/Amadou Diallo": a photo's credit)."""
        found = []
        texts = ctx.token_texts(doc)
        for slash in (i for i in range(1, len(doc) - 1) if texts[i] == "/"):
            for known, other in ((slash - 1, slash + 1), (slash + 1, slash - 1)):
                text = texts[other]
                if labels.get(known) == "ORG" and other not in labels and other not in covered \
                        and (is_acronym(text) or self._partner_written_as_word(doc, slash, other)) \
                        and sum(c.isalpha() for c in text) >= 2 and doc[known].text[:1].isupper() \
                        and fold_token(text) not in self.not_orgs and not ctx.is_roman(text) \
                        and text not in self.rules.sector_acronyms:
                    span = Span(doc, other, other + 1, label="ORG")
                    mark(span, "list")
                    found.append(span)
                    covered.add(other)
        return found

    def _partner_written_as_word(self, doc: Doc, slash: int, other: int) -> bool:
        """"Kadem" in "Tearfund/Kadem": a capitalised word of five letters or more glued to the slash,
        no word of the language, place or month, and no capitalised word after it (a surname, "Photo
        OCHA/<first> <SURNAME>" too)."""
        token = doc[other]
        text = token.text
        glued = not doc[slash - 1].whitespace_ and not doc[slash].whitespace_
        after = doc[other + 1] if other > slash and other + 1 < len(doc) else None
        return glued and token.is_title and token.is_alpha and len(text) >= 5 \
            and not ctx.is_language_word(text, doc.vocab) and text not in self.place_forms \
            and fold_token(text) not in self.rules.months \
            and not (after is not None and after.is_alpha and (after.is_title or ctx.surname_in_capitals(after.text)))

    def _enumerated_item(self, doc: Doc, start: int, end: int, kind: str, labels: dict[int, str]) -> Optional[Span]:
        """An item of a list of organisations or places, if it looks like a name of that kind."""
        span = Span(doc, start, end, label=kind)
        text = span.text
        if fold_token(text) in self.not_orgs or fold_token(text) in self.rules.groups \
                or (kind == "ORG" and text in self.excluded_places) \
                or (any(fold_token(t.text) in self.not_orgs for t in span if t.is_upper)
                    and not all(t.is_upper for t in span if t.is_alpha)):
            return None  # "Rapports RRM": a mechanism's name, not a body ("SSR-DDR" is MINUSMA's section)
        if kind == "ORG" and ctx.names_no_body(span, self.rules):
            return None  # "Aisha Bako – IOM (Co-chair)": the attendee and her function; "Observateurs &"
        if kind == "ORG" and self._heading_line(doc, start, end, labels):
            return None  # "ORDRE DU JOUR", "INFORMATIONS GÉNÉRALES" after a list: a heading, no body
        if kind == "ORG" and ctx.slashed_sector(doc, start, end, self.rules):
            return None  # "Cluster CCCM/Abris/AME": the cluster's other sectors, no bodies
        if kind == "ORG" and self._part_of_a_role(doc, start, end):
            return None  # "Director for Planning, Research and Statistics", "…, Engr. <name>": no bodies
        if sum(c.isalpha() for c in text) < 2 or ctx.is_roman(text) or ctx.plural_acronym(text):
            return None  # "E" of a cut "ACF-E", a section "II", "INGOs"
        if any(e.label_ == "PER" and e.start < end and start < e.end for e in doc._.ner_ents) \
                and not (kind == "LOC" and (text in self.place_forms or not any(t.whitespace_ for t in span[:-1]))):
            return None  # a person named in the list (the chair), unless a known place name or one word ("WallaGounto")
        if kind == "ORG":
            if any(labels.get(i) == "ORG" for i in range(start, end)) \
                    or not ctx.looks_like_organisation(span, self.rules, loose=True):
                return None
        else:  # a list of places is a cue: "le Sahel, le Centre-Nord et l'Est" (names only places after a cue)
            covered = {i for i in labels}
            known = text in self.place_forms and text[:1].isupper()
            if not known and (ctx.name_at(doc, start, self.rules, covered) != (start, end)
                              and not (end - start == 1 and ctx.numbered_name(text))
                              or ctx.has_header_word(span, self.rules)):
                return None
            if known:
                ids = self.place_forms[text]
                span = Span(doc, start, end, label="LOC", span_id=self._choose_place(doc, start, list(ids)) or "")
                mark(span, "gazetteer", tuple(i for i in ids if i in self.places))
                return span
        mark(span, "list" if kind == "ORG" else "context")
        return span

    def _heading_line(self, doc: Doc, start: int, end: int, labels: dict[int, str]) -> bool:
        """An item on a line of its own in capitals that holds a table's or a section's header word
        (``header_fields.csv``: "ORDRE DU JOUR", "INFORMATIONS GÉNÉRALES", "LES POINTS INSCRITS A
        L'ORDRE DU JOUR") and no known body: the heading after a list, no item of it."""
        first, last = start, end
        while first > 0 and "\n" not in doc[first - 1].whitespace_ and not doc[first - 1].is_space:
            first -= 1
        while last < len(doc) and "\n" not in doc[last - 1].whitespace_ and not doc[last].is_space:
            last += 1
        line = doc[first:last]
        words = [t for t in line if t.is_alpha]
        return bool(words) and all(t.is_upper for t in words) and not any(labels.get(i) == "ORG" for i in range(first, last)) \
            and not any(t.text in ",;" for t in line) and ctx.has_header_word(line, self.rules)

    def _span(self, doc: Doc, key: str, start: int, end: int, cue_ends: Container[int] = ()) -> Optional[Span]:
        kind, *ids = key.split("|")
        if kind == "ORG":
            if self._unnamed_force(doc[start:end], ids[0]) or self._person_named_so(doc, start, end):
                return None
            span = Span(doc, start, end, label="ORG", span_id=ids[0])
            mark(span, "registry")
            return span
        if not doc[start].text[:1].isupper() and not self._listed_lowercase(doc, start) \
                and not self._country_in_lowercase(doc, start, end, ids) \
                and not self._province_in_lowercase(doc, start, end, ids) \
                and not (start in cue_ends and end - start == 1 and doc[start].is_oov and not doc[start].is_stop):
            return None  # places are written with a capital: not "centre", "est"; but "les communes d'ayorou"
        place_id = self._choose_place(doc, start, ids)
        if place_id is None:
            return None
        span = Span(doc, start, end, label="LOC", span_id=place_id)
        mark(span, "geonames" if place_id.startswith(GEONAMES_PREFIX) else "gazetteer",
             tuple(i for i in ids if i in self.places))
        return span

    @staticmethod
    def _person_named_so(doc: Doc, start: int, end: int) -> bool:
        """An acronym read as a word ("Alima", "Coopi") inside a name the NER reads as a person's
        ("Alima Traoré"): the person, not the body."""
        text = doc[start].text
        return end - start == 1 and text[:1].isupper() and not text.isupper() and any(
            e.label_ == "PER" and e.start <= start and end <= e.end and e.end - e.start > 1 for e in doc._.ner_ents)

    def _titled_surname(self, doc: Doc, ent: Span) -> bool:
        """One word after a title (a role noun, a rank, an honorific: ``person_names``) that the text
        also writes after a given name ("<first> <middle> <SURNAME>"): that person's surname, no body."""
        if len(ent) != 1 or ent.start == 0:
            return False
        title = fold_token(doc[ent.start - 1].text).rstrip(".")
        if title not in HONORIFICS and title not in RANKS and title not in self.rules.role_words:
            return False
        return any(t.text == ent.text and t.i != ent.start and self._given_name(doc, t.i - 1) for t in doc)

    def _place_in_capitals_opening_a_line(self, doc: Doc, ent: Span) -> bool:
        """"KALOBA : Atelier de …", "KALOBA, 16 DECEMBER –": one word in capitals opening a line before a
        colon, a comma or a dash, that the gazetteer knows as a place (GeoNames' towns too) and the
        registry as no body: a dateline's or a section's town, which the NER reads as a body."""
        if len(ent) != 1 or not ent.text.isupper() or not ent.text.isalpha() or len(ent.text) < MIN_TOWN_IN_CAPITALS \
                or ent.text in self.form_owner or not (ent.start == 0 or "\n" in doc[ent.start - 1].whitespace_
                                                      or doc[ent.start - 1].is_space) \
                or ent.end >= len(doc) or doc[ent.end].text not in (":", ",", "-", "–"):
            return False
        return fold_token(ent.text) in self.places_by_fold

    @functools.cached_property
    def places_by_fold(self) -> frozenset[str]:
        """The gazetteer's forms folded, built on first use: most documents never ask."""
        return frozenset(fold_token(form) for form in self.place_forms)

    @staticmethod
    def _item_among_bodies(doc: Doc, ent: Span, orgs: set[int]) -> bool:
        """"IRC : distribution de kits / KALOBA : distribution de vivres / OXFAM : forages": a word opening
        its line before a separator, as the line before or after it opens with a known body before the
        same separator: an item of a list of bodies' activities (a 3W list), the body acting, not a
        dateline's town (review of the twenty-sixth pass; twenty-seventh pass)."""
        separator = doc[ent.end].text
        starts = [t.i for t in doc if not t.is_space and (t.i == 0 or "\n" in doc[t.i - 1].whitespace_
                                                          or doc[t.i - 1].is_space and "\n" in doc[t.i - 1].text)]
        at = starts.index(ent.start) if ent.start in starts else -1
        if at < 0:
            return False
        for k in starts[max(0, at - 1):at] + starts[at + 1:at + 2]:
            if k not in orgs:
                continue
            end = k
            while end < len(doc) and end in orgs:
                end += 1
            if end < len(doc) and doc[end].text == separator and "\n" not in doc[k:end].text:
                return True
        return False

    def _surname_after_a_title(self, doc: Doc, ent: Span) -> bool:
        """"Mr. <Given> <SURNAME>", "Dr <Given> <Middle> <SURNAME>": a word in capitals after one or two
        given names right after an honorific is the person's surname, no body; so is one right after an
        honorific or a rank's abbreviation before a given name ("Gal. <SURNAME> <Given>"), or one after a
        given name and a first surname in capitals of six letters or more ("<Given> <SURNAME> <SURNAME>")."""
        if len(ent) != 1 or not ent.text.isupper() or not ent.text.isalpha():
            return False
        k = ent.start - 1
        if self._honorific_before(doc, k) and ent.end < len(doc) and self._given_name(doc, ent.end):
            return True  # "Gal. <SURNAME> <Given> <Given>": the surname first
        if k >= 1 and doc[k].text.isupper() and doc[k].is_alpha and len(doc[k].text) >= MIN_SURNAME_IN_CAPITALS \
                and doc[k].text not in self.form_owner and self._given_name(doc, k - 1):
            return True  # "<Given> <SURNAME> <SURNAME>, <function>": a second surname
        while k >= 0 and ent.start - k <= 2 and self._given_name(doc, k):
            k -= 1
        return k < ent.start - 1 and self._honorific_before(doc, k)

    @staticmethod
    def _honorific_before(doc: Doc, k: int) -> bool:
        """An honorific or an abbreviated rank ending at ``k``, its dot passed over ("Mr.", "Gal.")."""
        if k >= 0 and doc[k].text == ".":
            k -= 1
        return k >= 0 and fold_token(doc[k].text).rstrip(".") in HONORIFICS

    def _given_name(self, doc: Doc, i: int) -> bool:
        """A word in lower case after a capital ("Victor"), no title, body word or stop word:
        a given name before the surname after it."""
        if i < 0:
            return False
        text = doc[i].text
        folded = fold_token(text).rstrip(".")
        return text[:1].isupper() and text[1:].islower() and len(text) > 1 and folded not in HONORIFICS \
            and folded not in RANKS and folded not in self.rules.role_words and folded not in self.rules.stop_words \
            and folded not in self.rules.body_marks and folded not in self.rules.cue_words

    @staticmethod
    def _in_a_longer_phrase(doc: Doc, i: int) -> bool:
        """A word the NER reads inside a person's name or a longer phrase that is no body's ("Dr
        <given name> <surname>", "Personnes Déplacées Internes"): a word one edit from a registry
        name there is that phrase's own word (a given name, an adjective), no misspelt body."""
        return any(e.label_ in ("PER", "MISC") and e.start <= i < e.end and e.end - e.start > 1
                   for e in doc._.ner_ents)

    def _unnamed_force(self, span: Span, org_id: str) -> bool:
        """"la gendarmerie", "la police": a security force's one-word registry name written in lower
        case is the force as an institution, unnamed (not annotated by the gold conventions of
        tests/real), unlike "la Gendarmerie nationale" or "les forces multinationales mixtes"."""
        owner = self.organisations.get(org_id)
        return owner is not None and owner.type == SECURITY_FORCE and len(span) == 1 and span.text.islower()

    def settle_places(self, docs: list[Doc]) -> None:
        """Across a document's fields: the countries it is about (countries it names, and those of
        two or more distinct admin units only one country has), then each place name read as a
        place of those countries first, and dropped when it can only be a place elsewhere and
        the statistical NER does not read it as a place either."""
        votes = PlaceVotes()
        for doc in docs:
            self.count_places(doc, votes)
        preferred = votes.preferred()
        for doc in docs:
            self.settle_doc(doc, preferred)

    def count_places(self, doc: Doc, votes: PlaceVotes) -> None:
        """Add a field's evidence of the countries the document is about to ``votes``."""
        for ent in doc.ents:
            places = [self.places[i] for i in ent._.candidates if i in self.places] if ent.label_ == "LOC" else []
            votes.named |= {p.country for p in places if p.admin_level == 0}
            countries = {p.country for p in places if not p.place_id.startswith(GEONAMES_PREFIX)}
            if len(countries) == 1 and len(ent.text) >= 4 and not ent.text.isupper():
                votes.names.setdefault(countries.pop(), set()).add(fold_token(ent.text))
            elif not countries and len({p.country for p in places}) == 1 and len(ent.text) >= 4 and not ent.text.isupper():
                votes.towns.setdefault(places[0].country, set()).add(fold_token(ent.text))

    @staticmethod
    def settles_alone(doc: Doc) -> bool:
        """Whether :meth:`settle_doc` gives this field the same entities whatever the document's
        countries: it has no place with candidates to choose among. The tagger reads such a field
        at once and lets its Doc go, instead of holding every field's Doc until the last is read."""
        return not any(ent.label_ == "LOC" and ent._.candidates for ent in doc.ents)

    def settle_doc(self, doc: Doc, preferred: set[str]) -> None:
        """A field's places settled on the document's countries (``preferred``, see :class:`PlaceVotes`)."""
        allowed = preferred | HOME_COUNTRIES
        cues = None
        ents = []
        listed = self._listed_with_a_home_place(doc, allowed)
        for ent in doc.ents:
            if ent.label_ == "LOC" and ent._.candidates:
                ids = [i for i in ent._.candidates if self.places[i].country in allowed]
                if not ids and ent.start in listed:
                    unlinked = Span(doc, ent.start, ent.end, label="LOC")
                    for token in unlinked:
                        token.ent_id = 0  # spaCy keeps a token's old id when a span brings none
                    ents.append(mark(unlinked, "context"))  # a name shared with a foreign place, listed
                    continue                                 # among the document's own: one of its own
                if not ids:
                    if not any(e.label_ == "LOC" and e.start <= ent.start < e.end
                               and not readings.inside_a_longer_name(doc, e, ent) for e in doc._.ner_ents):
                        cues = ctx.cue_positions(doc, self.rules) if cues is None else cues
                        if ent.start not in cues:
                            continue  # a place of another country, unless the NER or a cue ("province du") says so
                    ids = list(ent._.candidates)
                place_id = self._choose_place(doc, ent.start, ids, preferred)
                if place_id != ent.id_:
                    settled = Span(doc, ent.start, ent.end, label="LOC", span_id=place_id)
                    mark(settled, "geonames" if place_id.startswith(GEONAMES_PREFIX) else ent._.method,
                         ent._.candidates)
                    ent = settled
            ents.append(ent)
        doc.ents = ents
        restore_marks(doc)

    def _listed_lowercase(self, doc: Doc, start: int) -> bool:
        """"Beni, Butembo et walikale": a place name written in lower case that no vocabulary
        knows as a word, listed right after a capitalised place name, is a place all the same."""
        if start < 2 or not doc[start].is_oov or doc[start].is_stop:
            return False
        joiner, before = doc[start - 1], doc[start - 2]
        return joiner.lower_ in (",", "et", "and") and before.text[:1].isupper() and before.text in self.place_forms

    def _country_in_lowercase(self, doc: Doc, start: int, end: int, ids: list[str]) -> bool:
        """"cameroun rapport inter agences …": a country's name (of five letters or more, no word of
        either language) written in lower case, as a search engine's title or a file name writes
        it, is the country; not glued by a hyphen to a word ("ceci-mali": an office's name)."""
        text = doc[start:end].text
        if len(text) < 5 or any(fold_token(t.text) in self.rules.stop_words for t in doc[start:end]):
            return False
        if (start > 0 and doc[start - 1].text in ("-", "–") and not doc[start - 1].whitespace_) or \
                (end < len(doc) and doc[end].text in ("-", "–") and not doc[end - 1].whitespace_):
            return False
        return bool(ids) and all(i in self.places and self.places[i].admin_level == 0 for i in ids)

    def _province_in_lowercase(self, doc: Doc, start: int, end: int, ids: list[str]) -> bool:
        """"inscrites dans l'ituri": a region's or a province's name written in lower case after
        "dans l'" / "de l'" / "à l'", one word no vocabulary knows, is that region (tests/real
        conventions: a known place written in lower case by a typo is a place)."""
        if end - start != 1 or start < 2 or not doc[start].is_oov or doc[start].is_stop \
                or doc[start - 1].lower_ not in ("l'", "l’") or doc[start - 1].whitespace_ \
                or doc[start - 2].lower_ not in ("dans", "de", "à", "a", "vers"):
            return False
        return bool(ids) and all(i in self.places and self.places[i].admin_level == 1 for i in ids)

    def _listed_with_a_home_place(self, doc: Doc, allowed: set[str]) -> set[int]:
        """Starts of places joined by a comma, "et", "and" or a hyphen to a place of the
        document's countries (or to a place known only from context): "(Tominaba, Marka,
        Madina)", "West and Littoral regions", whatever other country also has a place so named."""
        places = [e for e in doc.ents if e.label_ == "LOC"]
        home = {e.start for e in places
                if not e._.candidates or any(self.places[i].country in allowed for i in e._.candidates
                                             if i in self.places)}
        joiners = {",", "et", "and", "-", "–", "/", ";", "&"}
        found = set()
        for before, after in zip(places, places[1:]):
            gap = [t for t in doc[before.end:after.start] if not t.is_space]
            if len(gap) > 1 or (gap and gap[0].lower_ not in joiners):
                continue
            if before.start in home and after.start not in home:
                found.add(after.start)
            elif after.start in home and before.start not in home:
                found.add(before.start)
        return found

    def _choose_place(self, doc: Doc, start: int, ids: list[str], preferred: frozenset = frozenset()) -> Optional[str]:
        """Among places sharing a name, the one the context points to ("région de Gao")."""
        candidates = [self.places[i] for i in ids if i in self.places]
        if not candidates:
            return None
        cues = self.level_cues
        cue = next((cues[t.norm_] for t in reversed(doc[max(0, start - 3):start]) if t.norm_ in cues), None)

        def rank(place: Place) -> tuple:
            level_fit = 0 if cue is None else (0 if place.admin_level == cue else 1 + abs(place.admin_level - cue))
            default_level = {2: 0, 1: 1, 3: 2, 4: 3, 0: 4}.get(place.admin_level, 5)
            geonames = place.place_id.startswith(GEONAMES_PREFIX)
            return (geonames, level_fit, place.country not in preferred, place.country not in HOME_COUNTRIES,
                    place.country != "MLI", geonames, default_level, place.place_id)

        return min(candidates, key=rank).place_id

    def _sections(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Sections named in parentheses after their parent: "MINUSMA (Droits de l'homme, …)"."""
        found: list[Span] = []
        for span in spans:
            if span.label_ != "ORG" or span.end >= len(doc) or doc[span.end].text != "(":
                continue
            close = next((t.i for t in doc[span.end:] if t.text == ")"), len(doc))
            inside = doc[span.end + 1:close]
            for key, start, end in self.tables["sections"]([t.norm_ for t in inside]):
                parent, org_id = key.split("|")
                if parent == span.id_:
                    section = Span(doc, inside.start + start, inside.start + end, label="ORG", span_id=org_id)
                    mark(section, "registry")
                    found.append(section)
        return found

    def _named_by_a_kind_noun(self, doc: Doc, span: Span) -> bool:
        """"l'ONG ADD", "NGO KALO": one word in capitals right after a body's kind noun in the
        singular (``ngo_words.csv``) is the body's name, though a place abroad shares its letters in
        another case (a district "Add"): no place, the kind-named reading takes it. Not a country,
        nor a place written so in the gazetteer (twenty-eighth pass)."""
        if len(span) != 1 or span.start == 0 or not self._kind_noun_before(doc, span.start):
            return False
        text = span.text
        return text.isupper() and text.isalpha() and len(text) >= 3 and text not in self.place_forms \
            and not self._is_country(span)

    def _kind_noun_before(self, doc: Doc, i: int) -> bool:
        word = fold_token(doc[i - 1].text)
        return word in self.rules.ngo_words and not word.endswith("s") and doc[i - 1].whitespace_ == " "

    def _places_in_unknown_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A place inside a name the NER reads as an organisation ("Fondation Tilder Mali") is
        part of that name: the place goes, and the name is left to the NER fallback. Not a place
        the name only stands beside (:func:`context.place_beside_a_name`: "… à Nouakchott",
        "… des Nations Unies. Niger"): the NER ran past the name's end. Nor a place in a document's
        title the NER reads as a body ("<Country> Humanitarian Bulletin", a kind of document of
        ``page_furniture.csv`` in it): tests/real conventions, places in cited titles count."""
        places = [s for s in spans if s.label_ == "LOC"]

        def named_beside_places(ent: Span) -> bool:  # two capitalised words besides the places and their cues
            outside = [t for t in ent if not any(p.start <= t.i < p.end for p in places)]
            return sum(t.is_alpha and t.text[:1].isupper() and t.lower_ not in self.months
                       and fold_token(t.text) not in self.rules.cue_words for t in outside) >= 2  # "NE States of Nigeria"

        def titles_a_document(ent: Span) -> bool:  # "<Country> Humanitarian Bulletin": places in a title count
            return any(fold_token(t.text) in self.rules.page_furniture for t in ent if t.is_alpha)

        place_tokens = {i for p in places for i in range(p.start, p.end)}

        def before_a_dash(place: Span) -> bool:  # "MMC Jere – WASH … Map", "Monguno– WASH …": a title's place
            i = place.end
            while i < len(doc) and i in place_tokens:
                i += 1  # the other places of a run ("MMC Jere")
            return i < len(doc) and doc[i].text in ctx.TITLE_DASHES and (doc[i].whitespace_ != "" or doc[i - 1].whitespace_ != "")

        names = [e for e in doc._.ner_ents if e.label_ == "ORG" and named_beside_places(e)
                 and not ctx.has_label_word(e, self.rules) and not titles_a_document(e)
                 and not any(o.label_ == "ORG" and e.start <= o.start < e.end for o in spans)]
        return [s for s in spans
                if not (s.label_ == "LOC" and any(n.start <= s.start and s.end <= n.end
                                                  and not ctx.place_beside_a_name(doc, s, n, self.rules) for n in names)
                        and not before_a_dash(s))]

    def _looks_like_name(self, ent: Span) -> bool:
        """An acronym, or two capitalised words: what an organisation's name looks like."""
        acronym = any(t.is_upper and sum(c.isalpha() for c in t.text) >= 2 for t in ent)
        return acronym or sum(t.text[:1].isupper() for t in ent if t.is_alpha) >= 2

    def _merge_place_suffixes(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"DRDSES Mopti", "Protection Working Group – Mopti": a service or a group named with
        its region is one organisation mention, the place part of its name; so is any
        organisation with its country after it ("REACH Mali", "CLUSTER PROTECTION NIGER", glued by a
        hyphen: "Ocha-Mali", "ACME- SPAIN"): the country office, not a place the text is about."""
        merged: list[Span] = []
        for span in spans:
            previous = merged[-1] if merged else None
            between = doc[previous.end:span.start] if previous is not None else None
            if (previous is not None and span.label_ == "LOC" and previous.label_ == "ORG"
                    and (len(between) == 0 or (len(between) == 1 and between[0].text in "-–—"))
                    and (self.organisations[previous.id_].type in PLACE_SUFFIXED_TYPES
                         and self.places[span.id_].admin_level in (1, 2)
                         or self.places[span.id_].admin_level == 0 and (len(between) == 0 or not previous[-1].whitespace_))
                    and not readings.titles_a_document(doc, span.end, self.rules)):  # "UNICEF <Country> Humanitarian
                # Situation Report": a report's title, its country a place (the agency inside it doubtful, tests/real)
                joined = Span(doc, previous.start, span.end, label="ORG", span_id=previous.id_)
                mark(joined, marked(previous)[0])
                merged[-1] = joined
            else:
                merged.append(span)
        return merged

    def _country_offices(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"HELP Tchad", "REACH Mali": a country written in prose case right after an acronym is an
        NGO's country office, one organisation with no place of its own (NGOs name their offices
        so, wherever they work). An acronym nothing else read joins the country in one organisation
        span; one already read (a known or found organisation) keeps its span and the place goes.
        Run on the registry's and gazetteer's names first (before the NER guesses at the acronym
        alone), and again on the final mentions (countries later stages found)."""
        places = {i for s in spans if s.label_ == "LOC" for i in range(s.start, s.end)}
        covered = {i for s in spans for i in range(s.start, s.end)}
        result = []
        for span in spans:
            before = span.start - 1
            if not (span.label_ == "LOC" and self._is_country_name(span) and ctx.after_an_acronym(doc, span)) \
                    or before in places or readings.titles_a_document(doc, span.end, self.rules):
                result.append(span)  # "<AGENCY> <Country> Humanitarian Situation Report": a report's title, the
                # country its place (the agency inside a publication's name is doubtful, tests/real)
            elif before not in covered and self._office_acronym(doc, before):
                office = Span(doc, before, span.end, label="ORG")
                mark(office, "context")
                result.append(office)
        return result

    def _countries_sharing_an_acronym(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A body's acronym that also names a country (``country_acronyms.csv``: "DRC") is the
        country after a compass word ("in northeast DRC") or where an earlier stage read it so
        (:meth:`_country_or_body`), and then at its other mentions in the
        field outside a list of bodies and not speaking (the report's title "DRC: …"); the body
        otherwise."""
        countries = self.shared_country_acronyms
        shared = [s for s in spans if s.text in countries]
        read = {s.text for s in shared if s.label_ == "LOC"  # already the country (after a preposition of place)
                or readings.country_after_a_compass_word(doc, s)}
        if not read:
            return spans
        orgs = {i for s in spans if s.label_ == "ORG" and s.text not in read for i in range(s.start, s.end)}
        result = []
        for span in spans:
            if span.label_ == "ORG" and span.text in read \
                    and not readings.beside_a_body(doc, span, orgs, listed=True) \
                    and not readings.speaks_as_a_person(doc, span, self.rules):
                span = mark(Span(doc, span.start, span.end, label="LOC", span_id=countries[span.text]), "context")
            result.append(span)
        return result

    def _is_country_name(self, span: Span) -> bool:
        """A span written as a country's name (whatever place the gazetteer linked it to)."""
        return any(self.places[i].admin_level == 0 for i in self.place_forms.get(span.text, ()) if i in self.places)

    def _office_acronym(self, doc: Doc, i: int) -> bool:
        """An acronym of three letters or more in capitals, not a word of a heading in capitals
        (the word before it not in capitals too), a false friend, a stop word or a month, nor regions
        written by their compass points ("NWSW Cameroon": the regions and their country)."""
        text = doc[i].text
        if not (text.isupper() and sum(c.isalpha() for c in text) >= 3 and ctx.acronym_shaped(text)) \
                or ctx.compass_abbreviation(text):
            return False
        folded = fold_token(text)
        heading = i > 0 and doc[i - 1].is_upper and sum(c.isalpha() for c in doc[i - 1].text) >= 2
        return not (heading or folded in self.not_orgs or folded in self.rules.stop_words or folded in self.rules.months
                    or folded in self.rules.header_words or ctx.word_in_capitals(text) or ctx.is_roman(text))

    def _fuzzy(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """Misspelt acronyms and names not in the registry: one edit away from a known form."""
        covered = {i for s in taken for i in range(s.start, s.end)}
        found: list[Span] = []
        flags = doc.to_array([IS_STOP, IS_ALPHA]).tolist() if len(doc) else []  # the words' flags at once
        for i, (text, (stop, alpha)) in enumerate(zip(ctx.token_texts(doc), flags)):
            if i in covered or stop or not alpha and "-" not in text:
                continue
            if fold_token(text) in self.not_orgs or text in self.place_forms:
                continue
            org_id = self._fuzzy_word(text)
            if org_id and not is_acronym(text) and self._in_a_longer_phrase(doc, i):
                continue  # "Dr <given name> <surname>", "Personnes Déplacées Internes": a word of a name, not a misspelt body
            if org_id:
                span = Span(doc, i, i + 1, label="ORG", span_id=org_id)
                mark(span, "fuzzy")
                found.append(span)
        return found

    def _fuzzy_word(self, text: str) -> Optional[str]:
        """The organisation a word not in the registry misspells, if any (see :meth:`_fuzzy`); kept
        per word, since the same words come back field after field (the registry never changes
        between two loads)."""
        cache = self._fuzzy_words
        if text in cache:
            return cache[text]
        org_id = None
        if is_acronym(text):
            # an unknown acronym is not a famous one a letter away (a local "AMSSA" is no AMSS); two
            # neighbours swapped ("UNCIEF") are a typo of that acronym, its letters all there
            org_id = self._fuzzy_acronym(text) if len(text) >= 4 else None
        elif text[:1].isupper() and len(text) >= 6:
            best = process.extractOne(fold_token(text), self.name_forms.keys(), scorer=fuzz.ratio,
                                      score_cutoff=self.name_cutoff)
            if best:
                org_id = self.form_owner.get(self.name_forms[best[0]])
        if len(cache) >= FUZZY_CACHE_SIZE:
            cache.clear()
        cache[text] = org_id
        return org_id

    def _fuzzy_acronym(self, text: str) -> Optional[str]:
        """The one registry acronym one edit (or one swap of neighbours) away from ``text``."""
        hits = {self.form_owner[a] for a in self.acronym_forms
                if len(a) == len(text) and OSA.distance(a, text) == 1 and sorted(a) == sorted(text)}
        return hits.pop() if len(hits) == 1 else None

    def _statistical(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """The NER's ORG/LOC entities nobody else explains, minus false friends.

        Kept only when the entity looks like a name: an acronym, or two capitalised words.
        A lone capitalised word is far more often a verb or a heading at the start of a cell
        ("Consulter", "Stratégie") than an organisation the registry does not know.
        """
        covered = {i for s in taken for i in range(s.start, s.end)}
        orgs = {i for s in taken if s.label_ == "ORG" for i in range(s.start, s.end)}
        token_texts = ctx.token_texts(doc)
        kept: list[Span] = []
        for ent in doc._.ner_ents:
            if any(i in covered for i in range(ent.start, ent.end)):
                continue
            if ent.label_ != "ORG" or "\n" in ent.text.strip():
                misspelt = self._misspelt_body(doc, ent)
                if misspelt is not None:
                    kept.append(misspelt)
                    continue
            if ent.label_ not in ("ORG", "LOC"):
                continue
            text = as_ocr_read(ent.text.strip())  # "NFl" of a scanned page: the acronym NFI
            if (not text[:1].isupper() or "\n" in text or len(text) < 2 or fold_token(text) in self.not_orgs
                    or all(t.is_stop or t.is_punct or t.like_num for t in ent)
                    or any(fold_token(t.text) in self.not_orgs for t in ent if t.is_upper or ctx.plural_acronym(t.text))):
                continue
            if ctx.is_noise(ent, self.rules) or ctx.in_capitals_heading(ent, self.rules):
                continue
            if ent.label_ == "ORG" and len(ent) == 1 and (ctx.qualifies_a_noun(doc, ent.start, self.rules)
                                                          or ctx.in_capitals_title_line(ent, self.rules, covered)
                                                          or ctx.compass_abbreviation(text)
                                                          or ctx.spelt_out_as_a_role(doc, text, self.rules)
                                                          or (ctx.spelt_out_as_no_body(doc, ent.start, self.rules)
                                                              and not _read_as_a_body(ent.start - 2, orgs, kept))):
                continue  # "les activités GSAT": a field of work, not a body; "(DSRSG)": a function; "(CISAZ)": an event
            if names_relief_items(token_texts[ent.start:ent.end], self.rules.relief_items, self.rules.stop_words):
                continue  # "Blankets, Jerrycan, … 10L Bowl", "Sanitary Pad": a kit's items, neither place nor body
            if ctx.word_in_capitals(text) or ctx.opens_attendance_line(ent, orgs):
                continue  # "Aisha Bako – IOM (Co-chair)": the attendee, neither a body nor a place
            if ent.label_ == "ORG" and ctx.glued_to_a_role_acronym(doc, ent, self.rules):
                continue  # "Le DSRSG/HC/RC <name>": the official's titles, no body
            if ent.label_ == "ORG" and self._place_in_capitals_opening_a_line(doc, ent) \
                    and not self._item_among_bodies(doc, ent, orgs):
                continue  # "KALOBA : Atelier de …": a dateline's town, no body
            if ent.label_ == "ORG" and (self._titled_surname(doc, ent) or self._surname_after_a_title(doc, ent)):
                continue  # "<first> <SURNAME> a dit …, le président <SURNAME> a noté": the person again
            if ent.label_ == "ORG" and ent.start - 2 in orgs and ctx.glued_to_acronym(doc, ent) \
                    and (text in self.place_forms or text.title() in self.place_forms):
                continue  # "CLUSTER RÉGIONAL DE PROTECTION-KIDAL": the area ending a body's name, read apart
            if ent.label_ == "ORG" and (ctx.heading_of_words(ent) or ctx.common_noun_phrase(ent, self.rules)
                                        or ctx.names_a_publication(ent, self.rules) or ctx.named_as_no_body(ent, self.rules)
                                        or ctx.closed_by_an_events_noun(ent, self.rules) or ctx.opens_with_a_gerund(ent, self.rules)
                                        or ctx.opens_with_a_title_of(ent, self.rules)):
                continue  # "SECURITE - Le responsable…", "Hôtel COLIBRIS": a heading or a word, not a body
            if ent.label_ == "LOC":
                kept.extend(self._ner_places(doc, ent, covered))
                continue
            if not self._looks_like_name(ent) or not ctx.is_name_phrase(ent) or ctx.only_header_words(ent, self.rules) \
                    or ctx.has_label_word(ent, self.rules) or ctx.has_role_word(ent, self.rules) \
                    or ctx.in_apposition_to_an_office(ent, self.rules) or self._titled_person(ent) \
                    or (ctx.person_shaped(ent, self.rules) and readings.named_after_a_role(doc, ent, self.rules)):
                continue  # "Bamako Modérateurs …", "président, Awa Traoré,", "le Chef de Cabinet du X, <first> <name>"
            if any(fold_token(t.text) in self.rules.months for t in ent) or (
                    text.isupper() and any(fold_token(t.text) in self.rules.stop_words for t in ent)):
                continue  # "In July", "SEPTEMBRE", "REFERENCEMENTS ET": a date or a heading in capitals
            org_id = self._fuzzy_long_name(text)
            span = Span(doc, ent.start, ent.end, label="ORG" if org_id else ent.label_, span_id=org_id or "")
            mark(span, "fuzzy" if org_id else "ner")
            kept.append(span)
        return kept

    def _titled_person(self, ent: Span) -> bool:
        """"Army General <given> <surname> of <country>": a titled person, no body
        (``person_names.titled_persons_name``)."""
        return titled_persons_name([t.text for t in ent if not t.is_space], self.rules.body_name_words,
                                   lambda word: ctx.is_language_word(word, ent.doc.vocab))

    def _misspelt_body(self, doc: Doc, ent: Span) -> Optional[Span]:
        """A registry name of several words misspelt ("Mercy Corp", "Handicap Internationnal")
        that the NER reads as a person, a place or a phrase: a typo makes the name unknown, not a
        person's or a place's; the fuzzy reading of an ORG entity, for the first line of any entity,
        two capitalised words or more that no gazetteer name is."""
        start = end = ent.start
        while end < ent.end and not doc[end].is_space and (end == start or "\n" not in doc[end - 1].whitespace_):
            end += 1  # its first line's words: the NER's entity may run on across a list's lines
        words = doc[start:end]
        if end - start < 2 or words.text in self.place_forms \
                or not all(t.text[:1].isupper() for t in words if t.is_alpha):
            return None
        org_id = self._fuzzy_long_name(words.text)
        if not org_id:
            return None
        span = Span(doc, start, end, label="ORG", span_id=org_id)
        mark(span, "fuzzy")
        return span

    def _ner_places(self, doc: Doc, ent: Span, covered: set[int]) -> list[Span]:
        """A place the NER found that nothing else explains: each name it lists ("Manyu and
        Fako"), trimmed of the words around ("In Adamawa"), a name in capitals only if known."""
        kept = []
        if readings.in_a_facilitys_name(doc, ent, self.rules) and ent.text not in self.place_forms:
            return kept  # "the Baptist Church Centre": a building, none of its words a place
        for start, end in ctx.name_parts(ent, self.rules):
            part = doc[start:end]
            if any(i in covered for i in range(start, end)) or fold_token(part.text) in self.not_orgs:
                continue
            if as_ocr_read(part.text).isupper() or ctx.only_header_words(part, self.rules) or part.text in self.excluded_places \
                    or ctx.plural_acronym(part.text):  # "AoRs"
                continue
            if fold_token(part.text) in self.rules.groups or (end - start == 1 and ctx.is_common_word(doc, start, self.rules)):
                continue
            if end - start == 1 and ctx.looks_like_a_word(part.text, self.rules):  # "Documented", "Renforcer", "States"
                continue
            if end - start == 1 and part.text not in self.place_forms and ctx.is_an_adverb(part.text, doc.vocab):
                continue  # "in Internally displaced persons' camps": an adverb opening a phrase, no place
            if part.text not in self.place_forms and readings.in_a_quoted_phrase_of_words(doc, part):
                continue  # 'le principe de "Ne Pas Nuire"': a principle's words in quotes, no place
            if readings.patronymic_name(part, self.rules) \
                    or (part.text not in self.place_forms and readings.party_to_a_clash(doc, start, self.rules)):
                continue  # "fighting between A and B communities": the parties, no places
            if part.text not in self.place_forms and readings.cue_noun_phrase(part, self.rules):
                continue  # "le District Sanitaire de X": the place's kind, its name after it
            if end - start == 1 and ctx.prefixed_compound(part.text):
                continue  # "the Multi-Sector Operations Team": a compound word, no place
            if part.text not in self.place_forms and ctx.topic_phrase(part):
                continue  # "Education in Emergencies", "in Emergency Settings": a theme's words, no place
            if end - start == 1 and (readings.mixed_case_acronym(part.text) or readings.vowelless_acronym(part.text)):
                continue  # "across the PoCAA", "urgence (EiE)": an acronym in mixed case, no place
            if readings.names_a_facility(part, self.rules) or (end - start == 1 and fold_token(part.text) in self.rules.facility_nouns):
                continue  # "la Pharmacie <name>": a facility, its name no place
            if part.text not in self.place_forms and ctx.common_noun_before_a_place(doc, start, end):
                continue  # "au Chapiteau du gouvernorat": a word of the language a noun qualifies, no place
            if end - start == 1 and fold_token(part.text) in self.rules.org_heads:
                continue  # "un communiqué du Gouvernorat": an institution's head noun alone, no place
            if readings.after_a_nouns_determiner(doc, start) \
                    or (end - start == 1 and readings.paired_with_a_common_noun(doc, start, end, self.rules)):
                continue  # "l'agence a ouvert plusieurs Bureaux", "sous forme de Cash et coupons": a common noun, no place
            if ctx.has_role_word(part, self.rules):
                continue  # "SOUGOURI, Ambassadeur, Secrétaire Général …": a person's function, no place
            if (" " not in part.text and readings.names_a_people(part.text, self.place_forms)) \
                    or readings.compass_word(part.text):
                continue  # "les Tchadiens rapatriés": a people named after its country, no place
            span = Span(doc, start, end, label="LOC")
            mark(span, "ner")
            kept.append(span)
        return kept

    def _fuzzy_long_name(self, text: str) -> Optional[str]:
        """The registry name of as many words that a misspelt name found by the NER is closest
        to ("Handicap Internationnal"), if close enough; same word count, so "Cluster Protection
        Gao" is not taken for "Cluster Protection"."""
        words = len(text.split())
        if words < 2:
            return None
        forms = self.long_names_by_count.get(words, [])
        close = process.extract(fold_token(text), forms, scorer=fuzz.ratio, score_cutoff=self.long_name_cutoff - self.long_name_margin,
                                limit=10)
        folded = fold_token(text).split()
        close = [(form, score, i) for form, score, i in close if _word_by_word(folded, form.split(), self.long_name_word_cutoff)]
        owners = [(score, self.form_owner.get(self.long_name_forms[form])) for form, score, _ in close]
        if not owners or owners[0][0] < self.long_name_cutoff:
            return None
        best_score, best = owners[0]
        rivals = [score for score, owner in owners[1:] if owner != best]
        # "Direction Nationale…" and "Direction Régionale du développement social" are 93 apart: no guess between them
        return best if not rivals or best_score - rivals[0] >= self.long_name_margin else None

    # -- serialisation --------------------------------------------------------------------
    def to_disk(self, path: Path, exclude=()) -> None:
        """The data and the phrase tables as one pickle: read back 4-5x faster than the JSON it
        replaced (the objects themselves, no text parsed or rebuilt), on the critical path of
        every run's start. Written by ``minutes build-model`` into ``models/`` and read only
        from there. Each distinct text is one object (:func:`shared_state`), and a pickle keeps
        that: the gazetteer repeats its regions, P-codes, versions and countries on 25,000
        places, and the phrase tables the same words; 100,000 strings held instead of 540,000."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        with (path / STATE_FILE).open("wb") as handle:
            pickle.dump(self.shared_state(), handle, protocol=pickle.HIGHEST_PROTOCOL)
        (path / FINGERPRINT_FILE).write_text(self.fingerprint + "\n", encoding="utf-8")

    def shared_state(self) -> dict:
        """What :meth:`to_disk` saves, every text equal to another made the same object."""
        share = {}.setdefault

        def one(text):
            return share(text, text) if isinstance(text, str) else text

        places = {one(i): Place(*(one(getattr(p, name)) for name in PLACE_FIELDS)) for i, p in self.places.items()}
        tables = {name: make_table({tuple(map(one, words)): tuple(map(one, keys)) for words, keys in table.items()})
                  for name, table in self.tables.items()}
        return {"fingerprint": self.fingerprint, "organisations": list(self.organisations.values()), "places": places,
                "place_forms": {one(k): tuple(map(one, v)) for k, v in self.place_forms.items()},
                "excluded_places": self.excluded_places, "not_orgs": self.not_orgs, "level_cues": self.level_cues,
                "months": self.months, "rules": self.rules, "tables": tables}

    def from_disk(self, path: Path, exclude=()) -> MinutesEntities:
        """The data and the phrase tables saved by :meth:`to_disk`: one file read, nothing tokenised.
        The collector is held off meanwhile: the 200,000 objects read are all kept, and its
        passes over them as they arrive would add two fifths to the time."""
        enabled = gc.isenabled()
        gc.disable()
        try:
            with (Path(path) / STATE_FILE).open("rb") as handle:
                state = pickle.load(handle)
        finally:
            if enabled:
                gc.enable()
        self._set_data(state["organisations"], state["not_orgs"],
                       Gazetteer(state["places"], state["place_forms"], state["excluded_places"]),
                       state["level_cues"], state["months"], state["fingerprint"], state["rules"])
        self.tables = state["tables"]
        self._index_names()
        return self


def _read_as_a_body(i: int, orgs: set[int], kept: list[Span]) -> bool:
    """The token a spelt-out acronym's phrase ends on is read as a body's, known or kept from the NER
    ("l'Initiative <name> pour la Paix au Sahel (IKPS)": the body's acronym, no event's)."""
    return i in orgs or any(s.label_ == "ORG" and s.start <= i < s.end for s in kept)


def _item_kind(labels: dict[int, str], item: tuple[int, int]) -> Optional[str]:
    """ORG when an organisation is named in the item, LOC when the item is a place and nothing
    else, "part" when a place is only part of it ("Ambassade Suède"), else None."""
    found = [labels.get(i) for i in range(*item)]
    if "ORG" in found:
        return "ORG"
    if "LOC" in found:
        return "LOC" if all(label == "LOC" for label in found) else "part"
    return None


#: an attendance table of more slots than this is one of bodies though the registry knows none of them
MIN_UNKNOWN_SLOTS = 4


@Language.factory("minutes_entities", default_config=FUZZY_DEFAULTS)
def make_minutes_entities(nlp: Language, name: str, name_cutoff: float, long_name_cutoff: float,
                          long_name_word_cutoff: float, long_name_margin: float) -> MinutesEntities:
    return MinutesEntities(nlp, name, name_cutoff, long_name_cutoff, long_name_word_cutoff, long_name_margin)


@Language.component("keep_ner_entities")
def keep_ner_entities(doc: Doc) -> Doc:
    """Set the statistical NER's entities aside, so the next component decides what stays."""
    doc._.ner_ents = tuple(doc.ents)
    doc.ents = ()
    return doc
