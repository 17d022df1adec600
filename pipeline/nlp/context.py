"""Entities found by where a name stands rather than by knowing it: rules over a tagged Doc.

- **Place cues** (``resources/place_cues.csv``): a capitalised name after "commune de",
  "village de", "l'axe", "province du", "à", "entre … et …", or before "State", "LGA", is a
  place even when the gazetteer does not know it; the names listed after a cue ("les communes
  de Kora, Bilo et Sando") are each one. A strong cue is enough; a weak one ("à", "in",
  "entre") only for a name the statistical NER does not read as a person or an organisation.
- **Lists of organisations** (``resources/list_cues.csv``): every item of an attendance line
  ("Organisations présentes : …"), of a list after "en partenariat avec", or of a responsible
  cell, that looks like a name (an acronym, capitalised words) is an organisation.
- **Kind nouns** (``resources/ngo_words.csv``): the name beside "ONG", "NGO", "ONGI" ("l'ONG
  KOUNDA", "KOUNDA (ONG)") is an organisation, the noun left out of it.
- **Noise**: what the statistical NER reads as a place or an organisation but is page
  furniture, a roman numeral, a short acronym, a section code, or a table header.

Every function takes the Doc and the token indices already explained by the registry and the
gazetteer, and returns token spans ``(start, end)``; the component makes the entities.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields
from functools import cached_property
from typing import Container, Iterable, Optional

import numpy
from spacy.attrs import IS_SPACE, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from pipeline.nlp.figures import language_of
from pipeline.nlp.sector_bodies import sector_body_pattern
from pipeline.reference.tables import TERMS_OF_KIND
from pipeline.textnorm import fold

ROMAN = re.compile(r"^(?=[IVXLC])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")
#: lowercase words that may stand inside a place name ("Dar es Salam", "Baga-Sola", "Am Timan")
NAME_PARTICLES = frozenset({"es", "el", "al", "de", "du", "des", "la", "le", "et", "di", "da", "ad", "ag"})
#: words that join the items of a list
LIST_JOINS = frozenset({",", ";", "et", "and", "&", "/", "ou", "or"})
MAX_NAME_TOKENS = 4
#: articles before a capitalised cue inside a sentence ("la Région du Nord", "the State of Borno")
ARTICLES = frozenset({"la", "le", "les", "l'", "l’", "the"})
#: French words after a cue that point forward ("Région de Diffa"): not the cue after a name
#: ("the Center Region of Cameroon" is)
AFTER_CUE_JOINS = frozenset({"de", "du", "d", "d'", "des"})
#: words that widen the place named after them ("Greater Upper Nile", "le Grand Nord"): alone
#: before a known place, a piece of that place's wider name, no place of its own
PLACE_PREFIXES = frozenset({"greater", "grand", "grande"})
#: the English article that folds like the French "à" (a weak place cue)
ENGLISH_ARTICLES = frozenset({"a"})
DETERMINERS = frozenset({"la", "le", "les", "l", "l'", "the", "un", "une", "a", "an", "des", "du", "de", "d"})
HYPHENED_WORD = re.compile(r"[^\W\d_]+(?:[-‐–][^\W\d_]+)+")  # "High‐Level", one token


@dataclass(frozen=True)
class PlaceCue:
    words: tuple[str, ...]  # folded words of the cue ("commune", "de")
    side: str  # before (the cue comes before the name) or after ("Borno State")
    strong: bool


@dataclass(frozen=True)
class ContextRules:
    """The data the rules read (from the reference CSVs)."""

    place_cues: tuple[PlaceCue, ...] = ()
    list_cues: tuple[tuple[str, ...], ...] = ()  # folded words of cues opening a list of organisations
    header_words: frozenset[str] = frozenset()  # folded words of table headers ("action", "responsible")
    months: frozenset[str] = frozenset()  # folded month and weekday names
    stop_words: frozenset[str] = frozenset()  # folded French and English stop words
    #: folded names of peoples and nationalities ("Peulh", "Maliens"), of social groups ("Migrants"),
    #: of armed groups ("Boko Haram") and of feasts ("Tabaski")
    groups: frozenset[str] = frozenset()
    armed_groups: frozenset[str] = frozenset()  # folded names of armed groups alone ("mai mai", "boko haram")
    nationalities: frozenset[str] = frozenset()  # folded adjectives of donor states' nationalities ("norwegian")
    going_verbs: frozenset[str] = frozenset()  # folded verbs of going whose "to" names a destination ("returned")
    org_heads: frozenset[str] = frozenset()  # folded nouns opening an institution's name ("ministere")
    coordination_heads: tuple[tuple[tuple[str, ...], str], ...] = ()  # ("cluster",), "before"
    country_acronyms: tuple[tuple[str, str], ...] = ()  # ("DRC", "COD"): a country's acronym a body shares
    coordination_acronyms: tuple[tuple[str, str], ...] = ()  # ("WG", "end"): letters building a working group's acronym
    service_acronyms: tuple[tuple[str, str], ...] = ()  # ("DR", "start"): letters building a state service's acronym
    #: folded one-word header labels ("chair", "secretariat"), less the nouns that name a body ("cluster")
    label_words: frozenset[str] = frozenset()
    role_words: frozenset[str] = frozenset()  # folded nouns of a person's function ("chef", "leader")
    member_nouns: frozenset[str] = frozenset()  # folded nouns of belonging to a body ("membre", "president")
    body_words: frozenset[str] = frozenset()  # folded words marking a body's name ("international")
    spelt_body_nouns: frozenset[str] = frozenset()  # folded nouns making a spelt-out name a body's ("organization")
    closing_body_nouns: frozenset[str] = frozenset()  # folded nouns closing a body's name ("foundation", "team")
    kind_closing_nouns: frozenset[str] = frozenset()  # of them, a kind after one word ("the Government Agency")
    #: context_words.csv: a head naming a unit or a ministry's department ("departement"), a road's noun ("route"),
    #: the participle of a body's remit ("chargee"), "-ly" words after "UN" that are no adverbs ("family"), the
    #: UN's acronym as a word ("onu") and its system's noun ("systeme"), a publication's closing noun
    #: ("bulletin"), an office's noun before its town ("headquarters"), a word naming all sectors ("inter"), a
    #: water body's noun before its country ("lac") and a new town's prefix, as written ("New")
    remit_or_place_heads: frozenset[str] = frozenset()
    road_words: frozenset[str] = frozenset()
    charge_words: frozenset[str] = frozenset()
    ly_not_adverbs: frozenset[str] = frozenset()
    united_nations_acronyms: frozenset[str] = frozenset()
    un_system_nouns: frozenset[str] = frozenset()
    publication_nouns: frozenset[str] = frozenset()
    office_words: frozenset[str] = frozenset()
    cross_sector_words: frozenset[str] = frozenset()
    water_words: frozenset[str] = frozenset()
    place_name_prefixes: frozenset[str] = frozenset()
    kind_body_phrases: frozenset[str] = frozenset()  # folded phrases closing a name that say a kind ("lead agency")
    un_office_titles: frozenset[str] = frozenset()  # folded titles of the UN's officials ("coordinator")
    un_party_nouns: frozenset[str] = frozenset()  # folded nouns of a party the UN sends ("delegation")
    un_subject_words: frozenset[str] = frozenset()  # folded words after "UN" as its clause's subject ("is", "still")
    un_title_qualifiers: frozenset[str] = frozenset()  # folded qualifiers of a title before "des" ("general")
    un_system_titles: frozenset[str] = frozenset()  # folded titles before "du Système des Nations Unies"
    station_heads: frozenset[str] = frozenset()  # folded nouns opening a broadcaster's name ("radio")
    not_body_heads: frozenset[str] = frozenset()  # folded nouns opening a name that is no body's ("conference")
    agenda_actions: frozenset[str] = frozenset()  # folded action nouns opening an agenda's item ("adoption")
    ngo_words: frozenset[str] = frozenset()  # folded nouns of a body's kind beside its name ("ong", "ngo")
    area_bodies: tuple[tuple[str, ...], ...] = ()  # folded nouns of bodies named after their area ("comite",)
    place_named_diseases: tuple[str, ...] = ()  # folded disease names holding a place ("ver de guinee")
    relief_items: frozenset[str] = frozenset()  # folded singular words of relief items ("blanket", "kettle")
    page_furniture: frozenset[str] = frozenset()  # folded words of a web page's buttons and captions ("logo")
    qualified_nouns: frozenset[str] = frozenset()  # folded nouns an acronym after them qualifies ("activites")
    speech_verbs: frozenset[str] = frozenset()  # folded verbs of speech after a speaker ("said", "a salue")
    given_names: frozenset[str] = frozenset()  # folded given names and honorifics before them ("el hadji")
    surnames: frozenset[str] = frozenset()  # folded family names of the region ("traore")
    territorial_heads: frozenset[str] = frozenset()  # folded titles of a territory's head ("prefet", "emir")
    facility_nouns: frozenset[str] = frozenset()  # folded nouns of a facility's name ("hopital", "market")
    facility_qualifiers: frozenset[str] = frozenset()  # folded adjectives before them ("grande", "central")
    government_building_words: frozenset[str] = frozenset()  # folded words "government" qualifies ("secondary")
    national_body_nouns: frozenset[str] = frozenset()  # folded nouns of a state's body abroad ("ambassade", "red cross")
    member_plurals: frozenset[str] = frozenset()  # folded plurals of role nouns naming members ("journalistes")
    capital_only_roles: frozenset[str] = frozenset()  # folded role nouns that are verbs too ("presenter")
    of_titles: frozenset[str] = frozenset()  # folded nouns of a title before "of" ("head": "Head of Government")
    envoy_titles: frozenset[str] = frozenset()  # folded titles of a whole body's envoy ("ambassador")
    place_named_heads: frozenset[str] = frozenset()  # folded heads of a name that is a place's ("ambassade")
    venue_heads: frozenset[str] = frozenset()  # folded such heads naming a venue after "au"/"à" ("gouvernorat")
    #: place_reading_words.csv: a state's form before its name ("royaume"), a team's noun before its members'
    #: list ("equipe"), a title's sub-national level ("regional"), an image credit's word ("photo") and abbreviation
    kingdom_words: frozenset[str] = frozenset()
    team_nouns: frozenset[str] = frozenset()
    title_levels: frozenset[str] = frozenset()
    credit_words: frozenset[str] = frozenset()
    credit_abbreviations: frozenset[str] = frozenset()
    #: place_reading_words.csv, folded:
    state_words: frozenset[str] = frozenset()  # the word between a state's name and its institution ("state")
    government_words: frozenset[str] = frozenset()  # a government's noun after its area's name ("gouvernement")
    government_abbreviations: frozenset[str] = frozenset()  # that noun abbreviated in headlines ("govt")
    axis_words: frozenset[str] = frozenset()  # nouns of a road between two places ("axe")
    level_words_after: frozenset[str] = frozenset()  # an admin level's word after its place that is no cue ("boma")
    force_heads: frozenset[str] = frozenset()  # head nouns of a named armed or security force ("forces")
    body_kind_nouns: frozenset[str] = frozenset()  # nouns of what a sentence defines a body as ("programme", "ong")
    #: folded nouns of armed men before their group's name, as word tuples (("milices",), ("groupes", "armes"))
    armed_nouns: frozenset[tuple[str, ...]] = frozenset()
    patronyms: frozenset[str] = frozenset()  # patronymic particles inside a person's name ("ag", "ould")
    inter_nouns: frozenset[str] = frozenset()  # nouns an "inter" makes a coordination mechanism's ("agences")
    naming_words: frozenset[str] = frozenset()  # participles giving a name after a noun ("named", "appelee")
    surroundings: frozenset[str] = frozenset()  # the area around a place after "et" ("environs")
    treaty_nouns: frozenset[str] = frozenset()  # nouns of a treaty named after a town ("convention")
    lower_case_treaty_nouns: frozenset[str] = frozenset()  # of them, those naming a treaty in lower case ("accords")
    consent_before: frozenset[str] = frozenset()  # words before "accord" making it a consent ("avec")
    clash_nouns: frozenset[str] = frozenset()  # nouns of a clash before "entre"/"between" ("affrontements")
    people_nouns_after: frozenset[str] = frozenset()  # a people's nouns after its name ("ethnic", "tribe")
    people_nouns_before: frozenset[str] = frozenset()  # a people's nouns before its name ("ethnie")
    member_words: frozenset[str] = frozenset()  # nouns of belonging before "of"/"de" ("membres")
    zone_adjectives: frozenset[str] = frozenset()  # a zone's adjectives opening a name as a compass point does ("central")
    wide_areas: frozenset[str] = frozenset()  # wide areas a compass point divides ("sahel", "africa")
    continent_peoples: frozenset[str] = frozenset()  # the continent's adjectives after a zone's ("african")
    tool_nouns: frozenset[str] = frozenset()  # folded nouns of a data tool after its name ("form", "link")
    operation_nouns: frozenset[str] = frozenset()  # folded nouns of an undertaking before its code name ("operation")
    document_kinds: frozenset[str] = frozenset()  # folded nouns closing a report's title ("report", "update")
    #: a header's place labels (header_fields.csv's place and place_and_date: "lieu", "venue"), as folded words
    place_labels: tuple[tuple[str, ...], ...] = ()
    actor_verbs: frozenset[str] = frozenset()  # folded verbs after an action's actor ("devra", "will")
    body_acts: tuple[tuple[str, str], ...] = ()  # (folded words, side) saying a body acts ("reported", "after")
    counted_nouns: frozenset[str] = frozenset()  # folded one-word nouns a figure counts ("rapatrie", "menage")
    person_nouns: frozenset[str] = frozenset()  # the counted nouns of persons ("woman", "refugie"): figure_units' unit "persons"
    sector_names: tuple[tuple[str, str], ...] = ()  # (form, kind) of the sectors bodies are named after ("SA", "acronym")
    body_qualifiers: tuple[tuple[str, str], ...] = ()  # ("comite", "head"), ("regional", "qualifier"): bodies in lower case

    @cached_property
    def body_acts_by_side(self) -> dict[str, frozenset[str]]:
        """``body_acts.csv`` by side ("after", "before", "agent"), the verbs of speech and the actor
        verbs among the words after a body."""
        sides: dict[str, set[str]] = {"after": set(self.speech_verbs) | set(self.actor_verbs), "before": set(), "agent": set(),
                                      "belongs": set(), "belongs-direct": set(), "role": set(), "premises": set(),
                                      "participle": set(), "change": set()}
        for words, side in self.body_acts:
            sides.setdefault(side, set()).add(words)
        sides["belongs-any"] = sides["belongs"] | sides["belongs-direct"]  # asked per token: united once
        sides["role-any"] = sides["role"] | set(self.role_words)
        return {side: frozenset(words) for side, words in sides.items()}

    @cached_property
    def national_body_firsts(self) -> dict[str, tuple[str, ...]]:
        """The first words of the two-word national bodies' nouns by their second ("rouge": ("croix",
        "croissant"), "cross": ("red",)): such a noun written in two tokens is found from its second."""
        firsts: dict[str, list[str]] = {}
        for noun in sorted(self.national_body_nouns):
            if " " in noun:
                first, second = noun.split(" ", 1)
                firsts.setdefault(second, []).append(first)
        return {second: tuple(words) for second, words in firsts.items()}

    @cached_property
    def body_marks(self) -> frozenset[str]:
        """Words that make capitalised common words a body's name: the body words, the heads of
        institutions and of coordination bodies ("international", "ministere", "cluster")."""
        return self.body_words | self.org_heads | frozenset(w for words, _side in self.coordination_heads for w in words)

    @cached_property
    def body_name_words(self) -> frozenset[str]:
        """Every word that marks a body's name where it stands: the body marks, the nouns closing a name
        ("foundation") and those spelling one out before its acronym ("organization"); united once, as
        it is asked per entity."""
        return self.body_marks | self.closing_body_nouns | self.spelt_body_nouns

    @cached_property
    def sector_words(self) -> frozenset[str]:
        """The folded last word of every sector's name ("security", "nfi", "cccm", "protection"):
        the word a sector body's name ends with before its head."""
        words = [re.split(r"[\s/-]+", fold(form).strip()) for form, kind in self.sector_names if kind != "head"]
        return frozenset(w[-1] for w in words if w[-1]) | frozenset("".join(w) for w in words if len(w) > 1)

    @cached_property
    def sector_word_forms(self) -> frozenset[str]:
        """The sectors' names written in words, folded ("abris", "securite alimentaire")."""
        return frozenset(fold(form) for form, kind in self.sector_names if kind == "words")

    @cached_property
    def sector_acronyms(self) -> frozenset[str]:
        """The sectors' acronyms as written ("SA", "NFI", "BNA")."""
        return frozenset(form for form, kind in self.sector_names if kind == "acronym")

    def body_qualifier_words(self, *kinds: str) -> frozenset[str]:
        """The words of ``body_qualifiers.csv`` of these kinds (its ``kind`` column)."""
        return frozenset(word for word, kind in self.body_qualifiers if kind in kinds)

    @cached_property
    def qualified_heads(self) -> frozenset[str]:
        """Heads of a body named by a qualifier after them ("comite" in "le comité régional")."""
        return self.body_qualifier_words("head")

    @cached_property
    def group_heads(self) -> tuple[tuple[str, ...], ...]:
        """Heads of a group named by its domain alone ("groupe de travail": ("groupe", "de", "travail"))."""
        return tuple(tuple(word.split()) for word, kind in self.body_qualifiers if kind == "group")

    @cached_property
    def gathering_heads(self) -> frozenset[str]:
        """Heads of a body named after the people it gathers or its cause ("coordination", "comite")."""
        return self.body_qualifier_words("gathering", "head")

    @cached_property
    def party_counts(self) -> frozenset[str]:
        """Adjectives of how many parties a joint body gathers ("tripartite")."""
        return self.body_qualifier_words("parties")

    @cached_property
    def joint_heads(self) -> frozenset[str]:
        """Nouns of a joint body named by its parties' count ("commission", "committee")."""
        return self.body_qualifier_words("joint_head")

    @cached_property
    def qualifiers(self) -> frozenset[str]:
        """Adjectives of level, function or nationality after such a head ("regional", "danoise")."""
        return self.body_qualifier_words("qualifier")

    @cached_property
    def closing_heads(self) -> frozenset[str]:
        """The last words of the heads that close a name ("cluster", "group"): "Food Security Cluster"."""
        return frozenset(words[-1] for words, side in self.coordination_heads if side == "after")

    @cached_property
    def cue_words(self) -> frozenset[str]:
        """Words of the place cues ("commune", "state"): a cue is never the name it points to; a
        hyphened cue as its one token folds ("Sous-préfecture": "sous prefecture")."""
        return frozenset(w for cue in self.place_cues for w in cue.words if len(w) > 2) \
            | frozenset(" ".join(cue.words) for cue in self.place_cues if len(cue.words) > 1)

    @cached_property
    def _cue_indexes(self) -> dict[str, dict[str, list[PlaceCue]]]:
        return {side: _cues_by_first_word(self.place_cues, side) for side in ("before", "after")}

    @cached_property
    def label_like_words(self) -> frozenset[str]:
        """Words of list cues and table headers (5 letters or more): an item's leading label."""
        words = {w for cue in self.list_cues for w in cue} | self.header_words
        return frozenset(w for w in words if len(w) >= 5)

    @cached_property
    def list_cue_words(self) -> frozenset[str]:
        """The words of the list cues, five letters or more ("organisations", "observateurs")."""
        return frozenset(w for cue in self.list_cues for w in cue if len(w) >= 5)

    @cached_property
    def label_forms(self) -> frozenset[str]:
        """One-word header labels and their plurals ("moderateurs")."""
        return self.label_words | frozenset(w + "s" for w in self.label_words)

    @cached_property
    def coordination_index(self) -> dict[str, list[tuple[tuple[str, ...], str]]]:
        """Coordination heads by their first folded word."""
        index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, side in self.coordination_heads:
            index.setdefault(words[0], []).append((words, side))
        return index

    @cached_property
    def list_cue_patterns(self) -> tuple[tuple[str, re.Pattern], ...]:
        """Each list cue's first word and compiled expression (:func:`list_cue_pattern`), in the
        cues' order: compiled once, not per field."""
        return tuple((words[0], list_cue_pattern(words)) for words in self.list_cues)

    @cached_property
    def disease_pattern(self) -> Optional[re.Pattern]:
        """The disease names holding a place, on folded lower-case text (any separator between words)."""
        if not self.place_named_diseases:
            return None
        names = sorted(self.place_named_diseases, key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(r"[^0-9a-z]+".join(map(re.escape, n.split())) for n in names) + r")\b")

    @cached_property
    def disease_words(self) -> frozenset[str]:
        """The words of those disease names: a place none of whose words is one is in none of them."""
        return frozenset(w for name in self.place_named_diseases for w in name.split())

    @cached_property
    def sector_body_pattern(self) -> Optional[re.Pattern]:
        """The expression of a body named by a coordination head and a sector ("cluster SA")."""
        if not self.sector_names:
            return None
        return sector_body_pattern(self.coordination_heads, self.sector_names, fold_keep_length)

    @cached_property
    def place_labels_by_first(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """The header's place labels by their first folded word: the scan of every token asks one dict."""
        labels: dict[str, list[tuple[str, ...]]] = {}
        for label in self.place_labels:
            labels.setdefault(label[0], []).append(label)
        return {first: tuple(found) for first, found in labels.items()}

    @cached_property
    def nationality_words(self) -> frozenset[str]:
        """The adjectives of nationality and the peoples' names ("norwegian", "allemande", "peulh")."""
        return self.nationalities | self.groups

    @cached_property
    def kind_name_bars(self) -> frozenset[str]:
        """Words no name after a kind of body holds ("l'ONG <name>"): body marks, qualifiers,
        nationalities, peoples and the NGO words; united once, as it is asked per name."""
        return self.body_marks | self.qualifiers | self.nationalities | self.groups | self.ngo_words

    @cached_property
    def function_nouns(self) -> frozenset[str]:
        """The nouns of a person's function and of belonging to a body ("chef", "membre")."""
        return self.role_words | self.member_nouns

    @cached_property
    def strong_one_word_cues(self) -> frozenset[str]:
        """The strong place cues of one word, either side ("camp", "site", "localite")."""
        return frozenset(cue.words[0] for cue in self.place_cues if cue.strong and len(cue.words) == 1)

    @cached_property
    def strong_one_word_cues_before(self) -> frozenset[str]:
        """The strong place cues of one word written before the name ("localité", "village")."""
        return frozenset(cue.words[0] for cue in self.place_cues
                         if cue.side == "before" and cue.strong and len(cue.words) == 1)

    @cached_property
    def body_head_words(self) -> frozenset[str]:
        """The first words of institutions' heads and the words of coordination bodies' heads, no
        stop word ("direction", "working", "group"): a noun that names a body inside a name."""
        heads = {head.split()[0] for head in self.org_heads} | {w for words, _side in self.coordination_heads for w in words}
        return frozenset(heads) - self.stop_words

    def cue_index(self, side: str) -> dict[str, list[PlaceCue]]:
        """Place cues of one side, by their first folded word."""
        return self._cue_indexes[side]


#: the header fields (header_fields.csv) whose label written before a colon names a place after it
PLACE_LABEL_FIELDS = frozenset({"place", "place_and_date"})


#: the rules' word sets a data file's kind fills as they stand (``tables.TERMS_OF_KIND``; the armed
#: nouns are split into words below, the figures' words are the Reference's alone)
_KIND_SET_FIELDS = frozenset(TERMS_OF_KIND) & {f.name for f in fields(ContextRules)} - {"armed_nouns"}


def context_rules(reference) -> ContextRules:
    """The rules' data from a :class:`pipeline.reference.Reference`."""
    return ContextRules(
        place_cues=tuple(PlaceCue(words, side, strong) for words, side, strong in reference.place_cues),
        place_labels=tuple(tuple(label.split()) for label, field in reference.header_labels
                           if field in PLACE_LABEL_FIELDS),
        list_cues=tuple(reference.list_cues),
        header_words=frozenset(reference.table_header_words),
        months=frozenset(fold(m) for m in reference.months) | frozenset(reference.weekdays),
        stop_words=frozenset(reference.stop_words),
        groups=peoples_and_plurals(reference.peoples) | frozenset(reference.armed_groups) | frozenset(reference.feasts)
        | frozenset(reference.social_groups),
        armed_groups=frozenset(reference.armed_groups),
        nationalities=frozenset(reference.nationalities),
        going_verbs=frozenset(reference.going_verbs),
        org_heads=frozenset(reference.org_heads),
        coordination_heads=tuple(reference.coordination_heads),
        coordination_acronyms=tuple(reference.coordination_acronyms),
        country_acronyms=tuple(reference.country_acronyms),
        service_acronyms=tuple(reference.service_acronyms),
        label_words=frozenset(label for label, _field in reference.header_labels if " " not in label)
        - {w for words, _side in reference.coordination_heads for w in words} - {"sector", "secteur"},
        role_words=frozenset(reference.role_words),
        member_nouns=frozenset(reference.member_nouns),
        body_words=frozenset(reference.body_words),
        spelt_body_nouns=frozenset(reference.spelt_body_nouns),
        closing_body_nouns=frozenset(reference.closing_body_nouns),
        place_name_prefixes=frozenset(reference.place_name_prefixes),
        kind_body_phrases=frozenset(reference.kind_body_phrases),
        station_heads=frozenset(reference.station_heads),
        not_body_heads=frozenset(reference.not_body_heads),
        agenda_actions=frozenset(reference.agenda_actions),
        ngo_words=frozenset(reference.ngo_words),
        area_bodies=tuple(reference.area_bodies),
        place_named_diseases=tuple(reference.place_named_diseases),
        relief_items=frozenset(reference.relief_items),
        page_furniture=frozenset(reference.page_furniture),
        qualified_nouns=frozenset(reference.qualified_nouns),
        speech_verbs=frozenset(reference.speech_verbs),
        given_names=frozenset(reference.given_names),
        surnames=frozenset(reference.surnames),
        territorial_heads=frozenset(reference.territorial_heads),
        national_body_nouns=frozenset(reference.national_body_nouns)
        | frozenset(noun.replace(" ", "-") for noun in reference.national_body_nouns if " " in noun),  # one token
        armed_nouns=frozenset(tuple(noun.split()) for noun in reference.armed_nouns),
        **{name: frozenset(getattr(reference, name)) for name in TERMS_OF_KIND if name in _KIND_SET_FIELDS},
        tool_nouns=frozenset(reference.tool_nouns),
        operation_nouns=frozenset(reference.operation_nouns),
        document_kinds=frozenset(reference.document_kinds),
        actor_verbs=frozenset(reference.actor_verbs),
        body_acts=tuple(reference.body_acts),
        counted_nouns=frozenset(term for term, _unit, _population in reference.unit_terms if " " not in term),
        person_nouns=frozenset(term for term, unit, _population in reference.unit_terms if " " not in term and unit == "persons"),
        sector_names=tuple(reference.sector_names),
        body_qualifiers=tuple(reference.body_qualifiers),
    )


# -- names ----------------------------------------------------------------------------------

def is_capitalised(token: Token) -> bool:
    text = token.text
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


def is_roman(text: str) -> bool:
    return bool(ROMAN.match(text))


def name_at(doc: Doc, i: int, rules: ContextRules, taken: set[int]) -> Optional[tuple[int, int]]:
    """The capitalised name starting at token ``i`` ("Kaiga-Kindjiria", "Baga Sola", "N'Djamena"),
    or None. Particles inside ("Dar es Salam") are kept when a capitalised word follows them."""
    if i >= len(doc) or i in taken:
        return None
    if elided_initial(doc, i) and i + 1 not in taken:
        end = i + 2  # "N'gagam", "N’Guigmi": the name's first letter elided before the rest
    elif _name_word(doc[i], rules):
        end = i + 1
    else:
        return None
    while end < len(doc) and end - i < MAX_NAME_TOKENS and end not in taken:
        token = doc[end]
        if token.text in ("-", "–") and not token.whitespace_ and not doc[end - 1].whitespace_ \
                and end + 1 < len(doc) and _name_word(doc[end + 1], rules):
            end += 2  # "Kaiga-Kindjiria" cut by the tokenizer
            continue
        if doc[end - 1].text in ("’", "'") or doc[end - 1].text.endswith(("’", "'")) and not doc[end - 1].whitespace_:
            if _name_word(token, rules):  # "N’" + "Djamena"
                end += 1
                continue
        if (_name_word(token, rules) or _people_inside_a_name(token, rules)) and not doc[end - 1].is_punct \
                and not ends_a_sentence(doc[end - 1]):
            end += 1
            continue
        if (token.lower_ in NAME_PARTICLES and token.lower_ not in ("et",) and end + 1 < len(doc)
                and _name_word(doc[end + 1], rules) and doc[end + 1].i not in taken):
            end += 2
            continue
        break
    return i, end


def _people_inside_a_name(token: Token, rules: ContextRules) -> bool:
    """A people's name after a name's first word, capitalised, not in capitals and in the singular
    ("les campements de <name> Peulh", a Sahel village named after the people settled there): part
    of the name; not a plural group ("<town> Returnees", "<camp> IDPs")."""
    folded = fold(token.text)
    return token.is_alpha and token.text[:1].isupper() and not token.is_upper and folded in rules.groups \
        and folded not in rules.stop_words and not folded.endswith("s")


#: a name's elided first syllable, glued to the rest ("N'Djamena", "N’gagam", "M'Poko")
ELIDED_INITIALS = frozenset({"N'", "N’", "M'", "M’"})


def elided_initial(doc: Doc, i: int) -> bool:
    """"N'" glued to a word ("N'gagam", which the tokenizer cuts in two): a name's first letters,
    the word after it written in lower case or not, unlike the French elided articles ("L'Est")."""
    return (doc[i].text in ELIDED_INITIALS and not doc[i].whitespace_ and i + 1 < len(doc)
            and doc[i + 1].is_alpha and len(doc[i + 1].text) >= 3)


def ends_a_sentence(token: Token) -> bool:
    """A word the tokenizer kept with the full stop after it ("the PoC. Priority activities"):
    the sentence ends there, unless it is a short title's abbreviation ("St. Joseph", "Ste.")."""
    if not token.text.endswith(".") or len(token.text) < 2:
        return False
    letters = [c for c in token.text if c.isalpha()]
    return len(letters) >= 4 or sum(c.isupper() for c in letters) >= 2


def _name_word(token: Token, rules: ContextRules) -> bool:
    text = token.text
    if not is_capitalised(token) or not text[0].isalpha() or len(text) < 2:
        return False
    folded = fold(text)
    if folded in rules.months or folded in rules.stop_words or is_roman(text) or folded in rules.groups:
        return False
    if text.isupper() and len(text) >= 2:  # an acronym or a heading in capitals, not a name in prose
        return False
    if folded in rules.cue_words:
        return False
    return not any(c.isdigit() for c in text)


# -- place cues -----------------------------------------------------------------------------

def folded_tokens(doc: Doc) -> list[str]:
    """Each token folded (lowercase, no accents), computed once per Doc (kept in ``user_data``)."""
    folded = doc.user_data.get("folded_tokens")
    if folded is None or len(folded) != len(doc):
        folded = doc.user_data["folded_tokens"] = [t.norm_ if t.norm_ else fold(t.text) for t in doc]
    return folded


def keep_folded_tokens(doc: Doc, folded: list[str]) -> None:
    """Keep the folded tokens a component has just set as the tokens' norms, for
    :func:`folded_tokens` (which would read them back, one Token made per word); not when one is
    empty, which spaCy reads back as the word's own norm."""
    if all(folded):
        doc.user_data["folded_tokens"] = folded


def token_texts(doc: Doc) -> list[str]:
    """Each token's text, read once per Doc (kept in ``user_data``): the scans that look for one
    character ("(", "/") or one shape go through a list of strings, not a Token made per word."""
    texts = doc.user_data.get("token_texts")
    if texts is None or len(texts) != len(doc):
        texts = doc.user_data["token_texts"] = [t.text for t in doc]
    return texts


def forget_reads(doc: Doc) -> None:
    """Let go of :func:`token_texts` and :func:`doc_text` once a component is done with a Doc: the
    tagger may hold a document's fields until its places are settled, and a string per token is
    more than their Docs hold."""
    doc.user_data.pop("token_texts", None)
    doc.user_data.pop("text", None)


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc (kept in ``user_data`` with the Doc's length): spaCy joins
    every token's text again, a Token made for each, at each read of ``doc.text``, and the rules
    read it a dozen times a field."""
    kept = doc.user_data.get("text")
    if kept is None or kept[0] != len(doc):
        kept = doc.user_data["text"] = (len(doc), doc.text)
    return kept[1]


def peoples_and_plurals(peoples: Iterable[str]) -> frozenset[str]:
    """The peoples' names and, for a one-word name, its plural in "s" ("Mbororos", "Dinkas"), as
    French and English write a people's members."""
    names = frozenset(peoples)
    return names | frozenset(f"{name}s" for name in names if " " not in name and not name.endswith(("s", "x", "z")))


def _cues_by_first_word(cues: Iterable[PlaceCue], side: str) -> dict[str, list[PlaceCue]]:
    table: dict[str, list[PlaceCue]] = {}
    for cue in cues:
        if cue.side == side:
            table.setdefault(cue.words[0], []).append(cue)
    return table


#: place cues that are abbreviations, written in capitals before a name of any case (``place_cues.csv``:
#: "zs", zone de santé, DR Congo's health zones)
ABBREVIATED_CUES = frozenset({"zs"})


#: the hyphens that join a compound's parts ("North-East", "Kaga-Bandoro"), the ASCII one and U+2010
HYPHENS = frozenset({"-", "‐"})
_HYPHEN_SPLIT = re.compile(r"[-‐]")


def _cue_ends(doc: Doc, rules: ContextRules) -> dict[int, PlaceCue]:
    """Token index just after each 'before' cue ("commune de|", "l'axe|", "à|")."""
    folded = folded_tokens(doc)
    by_first = rules.cue_index("before")
    found: dict[int, PlaceCue] = {}
    english: Optional[bool] = None
    for i, word in enumerate(folded):
        parts = tuple(_HYPHEN_SPLIT.split(word)) if any(hyphen in word for hyphen in HYPHENS) else None
        for cue in by_first.get(parts[0] if parts else word, ()):
            n = len(cue.words)
            if parts is not None:
                if cue.words != parts:
                    continue
                n = 1  # "sous-préfecture": the hyphened cue is one token
            elif tuple(folded[i:i + n]) != cue.words:
                continue
            label = cue.strong and labels_a_field(doc, i, i + n)
            if not (label or _cue_written_as_word(doc, i)):
                continue
            if doc[i].lower_ in ENGLISH_ARTICLES and cue.words == (doc[i].lower_,):
                english = language_of([doc_text(doc)]) == "en" if english is None else english
                if english:
                    continue  # "there is a Cholera outbreak": the English article, not "à" without its accent
            j = i + n
            # "commune de", "commune d'", "région du", "province de la", "l'axe"
            while j < len(doc) and folded[j] in ("de", "d", "d'", "du", "des", "la", "l", "l'", "of", "the"):
                j += 1
            if label and j == i + n:
                j += 1  # "Commune : <name>", "Région : <name>": a form's or a header's label, its value the place
            if j < len(doc) and (j not in found or cue.strong):
                found[j] = cue
    for i, word in enumerate(folded):
        for label in rules.place_labels_by_first.get(word, ()):
            n = len(label)
            if tuple(folded[i:i + n]) == label and labels_a_field(doc, i, i + n) \
                    and (i == 0 or not doc[i - 1].is_alpha or not doc[i - 1].is_lower) and _a_towns_value(doc, i + n + 1):
                found[i + n + 1] = PlaceCue(label, "before", False)  # "Lieu et date : <town>, 25/02/2020"
                break
    return found


#: how many words a town's name written alone as a header's or a form's place value may have ("Lieu :
#: Kaga Bandoro, 12 mai"; components.venue_cell)
TOWN_VALUE_WORDS = 3


def _a_towns_value(doc: Doc, start: int) -> bool:
    """One to three words written as names from ``start``, none a word of the language, closed by a
    comma, a number, the line's or the text's end: a town ("Lieu et date : <town>, 25/02/2020"), not a
    venue's words ("Venue: <name> Conference Hall", "Lieu : Salle de réunion …")."""
    end = start
    while end < len(doc) and end - start <= TOWN_VALUE_WORDS and doc[end].is_alpha and doc[end].text[:1].isupper() \
            and not is_language_word(doc[end].text, doc.vocab):
        end += 1
        if "\n" in doc[end - 1].whitespace_:
            return end - start <= TOWN_VALUE_WORDS
    if end == start or end - start > TOWN_VALUE_WORDS:
        return False
    return end == len(doc) or doc[end].text == "," or doc[end].text[:1].isdigit() or doc[end].is_space

#: the separator between a form's label and its value ("Commune : <name>")
_LABEL_SEPARATORS = frozenset({":"})


def labels_a_field(doc: Doc, i: int, j: int) -> bool:
    """A cue word written as a label, with its capital, opening its line or after another field's
    value on it, right before a colon and a capitalised value on the same line ("Commune : <name>",
    "… Région : <name> Période : …"): a form's or a header's field, its value the place."""
    if j + 1 >= len(doc) or doc[j].text not in _LABEL_SEPARATORS or not doc[i].text[:1].isupper():
        return False
    value = doc[j + 1]
    return value.is_alpha and value.text[:1].isupper() and "\n" not in doc[j].whitespace_


#: the English definite article, before a capitalised cue word that only qualifies the title after it
TITLE_ARTICLES = frozenset({"the"})


def cue_word_in_a_title(doc: Doc, start: int, words: tuple[str, ...], taken: Container[int]) -> bool:
    """A capitalised 'before' cue word right after "the", nothing between it and the capitalised
    words after it, and those words all words of the language up to a known place or the run's end
    ("the State Investment Programme", "The City Mirror <country>"): the cue word is the first word of a
    title (a plan's, a newspaper's), no cue; a place after such a cue takes "of" ("the State of X")
    or has a name of its own, no word of the language."""
    n = len(words)
    first = start - n
    if first < 1 or tuple(folded_tokens(doc)[first:start]) != words or doc[first - 1].lower_ not in TITLE_ARTICLES:
        return False
    cue = doc[first]
    if not cue.text[:1].isupper() or cue.is_upper:
        return False
    i = start
    while i < len(doc) and i not in taken and doc[i].text[:1].isupper() and not doc[i].is_upper \
            and all(part and is_language_word(part, doc.vocab) for part in _HYPHEN_SPLIT.split(doc[i].text)):
        i += 1
        if "\n" in doc[i - 1].whitespace_:
            return True
    if i < len(doc) and i not in taken and doc[i].text[:1].isupper() and doc[i].is_alpha:
        return False  # "the Camp Nouveau Kalobo": a capitalised word no language has, the run a name
    return i > start


def _cue_written_as_word(doc: Doc, i: int) -> bool:
    """"commune de", or "Commune de" opening a line or a sentence or after an article ("la Région
    du Nord"); not "State" inside a name ("Non State Armed Group"); in capitals only before a
    name in capitals ("RÉGIONS DU SAHEL"), not inside any heading."""
    token = doc[i]
    if token.is_lower:
        return True
    previous = doc[i - 1] if i > 0 else None
    if token.lower_ in ABBREVIATED_CUES:
        return True  # "la ZS de Rutshuru": an abbreviation, in capitals before any name
    if token.is_upper:  # "RÉGIONS DU SAHEL": a heading in capitals, its name in capitals too
        following = next((t for t in doc[i + 1:i + 4] if t.lower_ not in ("de", "du", "des", "d'", "la", "l'")), None)
        return following is not None and following.is_upper and following.is_alpha and len(following.text) > 3
    if previous is not None and previous.text == "-" and i >= 2 and not doc[i - 2].whitespace_:
        return False  # "SMART-Région Sud": the cue is part of a compound name
    return (previous is None or previous.is_space or previous.text in (".", ":", ";", "•", "-", "(")
            or previous.lower_ in ARTICLES)  # "dans la Région du Nord"


def cue_places(doc: Doc, rules: ContextRules, taken: set[int]) -> list[tuple[int, int, bool]]:
    """Names a place cue points to, and the list items after them: (start, end, strong)."""
    results: list[tuple[int, int, bool]] = []
    ner = {t.i: e.label_ for e in doc._.ner_ents for t in e}
    for start, cue in sorted(_cue_ends(doc, rules).items()):
        if cue_word_in_a_title(doc, start, cue.words, taken):
            continue  # "into the State Investment Programme and the …": a title's words, no list of places
        results.extend(_listed_names(doc, start, cue.strong, rules, taken, ner))
    folded = folded_tokens(doc)
    after = rules.cue_index("after")
    for i in range(1, len(doc)):
        for cue in after.get(folded[i], ()):
            n = len(cue.words)
            lower = doc[i].is_lower  # "<name> camp", "<name> county": only before a name no language has (below)
            if tuple(folded[i:i + n]) != cue.words or not (doc[i].text[:1].isupper() or lower):
                continue
            if i + n < len(doc) and doc[i + n].is_alpha and doc[i + n].text[:1].isupper():
                continue  # "Non State Armed Group": the cue word inside a longer name
            if i + n < len(doc) and folded[i + n] in AFTER_CUE_JOINS:
                continue  # "Protection | Région de Diffa": the cue before its own name
            end = i
            start = end - 1
            if doc[start].is_alpha and doc[start].is_lower:
                continue  # "des Gouverneurs de Région": a particle before the cue ends no name
            while start > 0 and end - start < MAX_NAME_TOKENS and start - 1 not in taken:
                if _name_word(doc[start - 1], rules):
                    start -= 1
                elif _glued_hyphen(doc, start - 1) and start >= 2 and start - 2 not in taken \
                        and doc[start - 2].is_alpha and doc[start - 2].text[:1].isupper():
                    start -= 2  # "Mai-Ndombe Province": the name cut at its hyphen, its first part a month too
                else:
                    break
            if start >= 1 and start - 1 in taken and doc[start - 1].whitespace_ == " ":
                continue  # "Yei River State": the known place's longer name, not a second place "River"
            if lower and not name_of_no_language(doc[start:end]):
                continue  # "the Vaccination camp", "the IDP camp", "un Etat state": a word or an acronym before it
            if _name_word(doc[start], rules) and start not in taken:
                results.append((start, end, cue.strong and not lower))
    return _no_overlap(results)


def name_of_no_language(span: Span) -> bool:
    """Capitalised words on one line, none in capitals nor a word of the language ("Kalobo",
    "Tamba Kuru"): a name, which a lower-case cue noun after it ("<name> camp", "<name> county")
    makes a place's; a word ("Vaccination camp", "Transit camp") or an acronym ("IDP camp") does not."""
    return all(t.is_alpha and t.text[:1].isupper() and t.text[1:].islower() and not is_language_word(t.text, span.doc.vocab)
               for t in span) and not any("\n" in t.whitespace_ for t in span[:-1])


#: admin words written after a region's name, in either case ("the Sahel region", "Lac province")
#: an English admin level's word after its name counts the same ("Meme division", "the X and Y
#: Divisions" in Cameroon's reports, "X county", "Y district")
REGION_WORDS_AFTER = frozenset({"region", "regions", "province", "provinces", "division", "divisions", "department",
                                "departments", "departement", "departements", "district", "districts", "county",
                                "counties"})
#: how many tokens of other names a list may hold between a name and the region word after it
MAX_LISTED_BEFORE_REGION = 6
#: what stands before a sentence's (or an item's) first word
SENTENCE_OPENERS = frozenset({".", "!", "?", ":", ";", "•", "-", "*", "(", "\""})


def town_after_a(doc: Doc, start: int, end: int) -> bool:
    """One name written with its capital right after "à" ("les problèmes à Diré", "A Diré, les …",
    the capital's accent left out opening a sentence before a comma): a town, even one whose name
    is also a word the gazetteer reads only after a strong cue ("dire"); a lowercase word ("à
    dire") or a name after an article ("à l'Est") is not one."""
    if end != start + 1 or start < 1 or not doc[start].text[:1].isupper() or doc[start].is_upper:
        return False
    prep = doc[start - 1]
    if prep.text in ("à", "À"):
        return True
    return prep.text == "A" and end < len(doc) and doc[end].text == "," \
        and (start < 2 or doc[start - 2].is_space or doc[start - 2].text in SENTENCE_OPENERS
             or "\n" in doc[start - 2].whitespace_)


def region_word_after(doc: Doc, end: int, rules: ContextRules) -> bool:
    """A region's admin word after the name ending at ``end``, on its line, itself or after the
    other names of a list ("(Sahel region)", "the Centre-North and Sahel regions"): the cue that
    makes a name the gazetteer reads only after a cue ("Sahel", "Nord", "Lac") a region, as "région
    du Sahel" does before it. Not an article ("La province du …") nor a region word before "de"."""
    folded = folded_tokens(doc)
    if end < 1 or (folded[end - 1] in rules.stop_words
                   and (end < 2 or doc[end - 2].text in SENTENCE_OPENERS or "\n" in doc[end - 2].whitespace_)):
        return False  # "La province du Sud Kivu": the article opening a sentence, not a cue-only name (one
        # that is also a word inside a sentence stays: "in the Meme and Manyu Divisions")
    i = end
    while i < len(doc) and i - end <= MAX_LISTED_BEFORE_REGION and "\n" not in doc[i - 1].whitespace_:
        if folded[i] in REGION_WORDS_AFTER:
            if i + 1 < len(doc) and folded[i + 1] in AFTER_CUE_JOINS:
                return False  # "… Région de Diffa": the cue before its own name
            return i == end or doc[i - 1].is_alpha
        if not (doc[i].lower_ in LIST_JOINS or doc[i].text in ("-", "–") or (doc[i].is_alpha and doc[i].text[:1].isupper())):
            return False
        i += 1
    return False


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen at token ``i`` with no space on either side ("Mai-Ndombe", "Assistant-Secretary General"; also
    ``place_readings.opens_a_title``'s, which once had a definition of its own)."""
    return doc[i].text in ("-", "‐", "‑", "–") and not doc[i].whitespace_ and i > 0 and not doc[i - 1].whitespace_


#: English function words inside a hyphened compound word ("Hard-to-Reach", "Out-of-Camp", "Door-to-Door")
COMPOUND_JOINS = frozenset({"to", "of", "and", "by", "for"})


def opens_a_compound_word(doc: Doc, end: int) -> bool:
    """A glued hyphen right after a name, an English function word in lower case and another glued
    hyphen ("Hard-to-Reach Areas", "Out-of-Camp"): the name is a compound word's first piece, no
    place's (a place's name goes on with a capital, "Garoua-Boulaï", or with a particle of its own
    language, "Dar-es-Salam", "<village>-koira", "<town>-centre")."""
    return end + 2 < len(doc) and _glued_hyphen(doc, end) and not doc[end].whitespace_ \
        and doc[end + 1].text in COMPOUND_JOINS and not doc[end + 1].whitespace_ and _glued_hyphen(doc, end + 2)


def _listed_names(doc: Doc, start: int, strong: bool, rules: ContextRules, taken: set[int],
                  ner: dict[int, str]) -> list[tuple[int, int, bool]]:
    """The name at ``start`` and those joined to it by commas, "et", "and" ("Kora, Bilo et Sando")."""
    found = []
    i = start
    while i < len(doc):
        if i in taken:  # a known place in the list: the list goes on after it
            j = i
            while j < len(doc) and j in taken:
                j += 1
            i = j
        else:
            span = name_at(doc, i, rules, taken) or (strong and capitals_at(doc, i, rules, taken)) or None
            if span is None:
                break
            if strong or not _person_or_org(span, ner):
                found.append((span[0], span[1], strong))
            i = span[1]
        if i < len(doc) and doc[i].text in ("-", "–") and i + 1 < len(doc):  # "Douentza- Boni", "Gao-Ansongo"
            if title_join_at(doc, i):
                break
            i += 1
            continue
        if i < len(doc) and doc[i].lower_ in LIST_JOINS and doc[i].text != "/":
            i += 1
            j = i
            while j < len(doc) and doc[j].lower_ in _CUE_REPEATS and j - i < 2:
                j += 1
            if j > i and j < len(doc) and doc[j].text[:1].isupper():
                i = j  # "les communes de A, de B et de l'C": the cue's "de" said again
            continue
        if i < len(doc) and doc[i].text == "/":
            i += 1
            continue
        break
    return found


def title_join_at(doc: Doc, i: int) -> bool:
    """An en or em dash with a space either side at token ``i`` (" – "): the join the header puts
    between a title's lines ("<title> – Created: <date>"), no list's; a route's hyphen ("Gao -
    Ansongo") keeps its list."""
    return doc[i].text in _LINE_JOINS and i > 0 and bool(doc[i - 1].whitespace_) and bool(doc[i].whitespace_)


def capitals_at(doc: Doc, i: int, rules: ContextRules, taken: set[int]) -> Optional[tuple[int, int]]:
    """A name written in capitals after a strong place cue ("la commune de KELMADI", "LGA of
    GWOZA"): one word of four letters or more, not a known acronym (those are taken), not a
    word of the cue lists, months or stop words."""
    if i >= len(doc) or i in taken:
        return None
    token = doc[i]
    text = token.text
    if not (text.isalpha() and text.isupper() and len(text) >= 4):
        return None
    folded = fold(text)
    if folded in rules.months or folded in rules.stop_words or folded in rules.cue_words or is_roman(text) \
            or folded in rules.groups:
        return None
    return i, i + 1


def _person_or_org(span: tuple[int, int], ner: dict[int, str]) -> bool:
    labels = {ner.get(i) for i in range(*span)}
    return bool(labels & {"PER", "ORG", "MISC"}) and "LOC" not in labels


def _no_overlap(spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    kept: list[tuple[int, int, bool]] = []
    for span in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


# -- hyphenated axes -------------------------------------------------------------------------

def hyphen_partners(doc: Doc, places: list[Span], rules: ContextRules, taken: set[int]) -> list[tuple[int, int]]:
    """"Douentza- Boni", "Gao-Ansongo": the name on the other side of a hyphen from a known place
    is a place too (an axis between two towns)."""
    found = []
    for place in places:
        for hyphen, other in ((place.end, place.end + 1), (place.start - 1, None)):
            if hyphen < 0 or hyphen >= len(doc) or doc[hyphen].text not in ("-", "–"):
                continue
            spaced_before = hyphen > 0 and bool(doc[hyphen - 1].whitespace_)
            if spaced_before and doc[hyphen].whitespace_:  # "Cameroon - Increased violence": a dash, no axis
                continue
            if other is not None:
                span = name_at(doc, other, rules, taken)
            else:
                start = hyphen - 1
                while start > 0 and _name_word(doc[start - 1], rules) and hyphen - start < 2:
                    start -= 1
                span = (start, hyphen) if start >= 0 and _name_word(doc[start], rules) and start not in taken else None
            if span and not _road_word(doc[span[0]:span[1]], rules):
                found.append(span)
    return found


def _road_word(span: Span, rules: ContextRules) -> bool:
    """The other side of a hyphen is one common noun of a road (``context_words.csv``'s road) or a place
    cue ("Town- Road", "Town-Region"), no name."""
    folded = fold(span.text)
    return len(span) == 1 and (folded in rules.road_words or folded in rules.cue_words)


#: how many words back a road's noun still governs a hyphenated pair ("axes routiers comme <A>-<B> et <C>-<D>")
ROAD_NOUN_REACH = 8
_CLAUSE_ENDS = frozenset({".", ";", ":", "!", "?"})


def hyphen_chains(doc: Doc) -> list[list[int]]:
    """The positions of the capitalised words of each hyphenated name, its hyphens glued to both
    sides ("Kaga-Bandoro", "Centre-Nord"; not "Douentza- Boni", a spaced dash between two names)."""
    if not any(hyphen in doc.text for hyphen in HYPHENS):
        return []
    texts = token_texts(doc)
    chains, i = [], 0
    while i < len(texts):
        parts = [i]
        while parts[-1] + 2 < len(texts) and texts[parts[-1] + 1] in HYPHENS \
                and not doc[parts[-1]].whitespace_ and not doc[parts[-1] + 1].whitespace_ \
                and _capitalised_word(texts[parts[-1] + 2]):
            parts.append(parts[-1] + 2)
        if len(parts) > 1 and _capitalised_word(texts[i]):
            chains.append(parts)
        i = parts[-1] + 1
    return chains


def _capitalised_word(text: str) -> bool:
    return text[:1].isupper() and text.isalpha()


def after_a_road_noun(doc: Doc, start: int, rules: ContextRules) -> bool:
    """A road's noun (``context_words.csv``'s road, ``place_reading_words.csv``'s axis) a few words
    before ``start`` in its clause and on its line ("sur l'axe", "axes routiers comme"): the
    hyphenated names there are a road's ends."""
    folded = folded_tokens(doc)
    for i in range(start - 1, max(-1, start - 1 - ROAD_NOUN_REACH), -1):
        if folded[i] in _CLAUSE_ENDS or "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            return False
        if folded[i] in rules.road_words or folded[i] in rules.axis_words:
            return True
    return False


# -- lists of organisations -------------------------------------------------------------------

_ITEM_SPLIT = re.compile(r"\s*(?:[,;/\n]|\bet\b|\band\b|&)\s*")


def list_regions(text: str, rules: ContextRules) -> list[tuple[int, int, bool]]:
    """Character spans of the lists a list cue opens, and whether the cue is inline ("en
    partenariat avec A et B", whose list ends at the first item that is not a name) rather than
    a label ("Organisations présentes : A, B, C", whose list runs to the end of the line or sentence)."""
    regions = []
    folded = fold_keep_length(text.lower())
    for first, pattern in rules.list_cue_patterns:
        if first not in folded:
            continue  # most fields hold no cue's first word: no expression run
        for match in pattern.finditer(folded):
            end = text.find("\n", match.end())
            end = len(text) if end < 0 else end
            for dot in re.finditer(r"\.(?:\s|$)", text[match.end():end]):
                if not _abbreviation_before(text, match.end() + dot.start()):
                    end = match.end() + dot.start()
                    break
            regions.append((match.end(), end, not match.group(1)))
    return regions


#: a web page's source line: "from" and the publishing bodies, on a line of their own right before
#: the date line or right after the document type ("Report / from A, B / Published on 7 Jun 2019"),
#: or as the last of the title's lines the header joined ("… – Report – from A, B")
_SOURCE_LINE = re.compile(r"(?m)^from[ \t]+([A-Z][^\n]{2,200})\n(?=[ \t]*(?:Published on|Posted on|Report\b))"
                          r"|(?<=\bReport\n)from[ \t]+([A-Z][^\n]{2,200})$"
                          r"|(?<= – )from[ \t]+([A-Z][^\n–]{2,200}?)[ \t]*\Z")


def source_line_items(text: str) -> list[tuple[int, int]]:
    """Character spans of the bodies a page's source line names, one per comma item ("from UN
    Children's Fund, WASH Cluster"): the publishers of the page, bodies whatever their words (a
    name's "and" stays inside it: "… Civil Protection and Humanitarian Aid Operations")."""
    spans = []
    for match in _SOURCE_LINE.finditer(text):
        group = next(k for k in (1, 2, 3) if match.group(k) is not None)
        start = match.start(group)
        for item in re.finditer(r"[^,;]+", match.group(group)):
            word = item.group().strip()
            if word:
                a = start + item.start() + item.group().find(word)
                spans.append((a, a + len(word)))
    return spans


#: the most words a page's publisher holds ("European Commission's Directorate-General for … Operations")
MAX_PUBLISHER_WORDS = 16


def publisher_name(span: Span) -> bool:
    """A source line's item written as a name: capitalised words, connectors and a possessive's
    "'s", however long an agency's official name is."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    return 0 < len(words) <= MAX_PUBLISHER_WORDS and words[0].text[:1].isupper() and all(
        t.text[:1].isupper() or t.lower_ in NAME_CONNECTORS or t.lower_ in ("'s", "’s") or t.like_num for t in words)


def _abbreviation_before(text: str, dot: int) -> bool:
    """"Handicap Int.", "Save the Child.": a dot after a short capitalised word is not an end."""
    word = re.search(r"([A-Za-zÀ-ÿ]+)$", text[:dot])
    return bool(word) and word.group(1)[:1].isupper() and len(word.group(1)) <= 6


class _FirstOfDecomposition(dict):
    """``str.translate``'s table for :func:`fold_keep_length`: each letter to the first character
    of its NFKD decomposition ("é" -> "e"), anything else to itself; filled as characters come."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        self[code] = folded = unicodedata.normalize("NFKD", char)[0] if char.isalpha() else char
        return folded


_KEEP_LENGTH_TABLE = _FirstOfDecomposition()


def fold_keep_length(text: str) -> str:
    """Accents off, one character for one (so offsets stay those of ``text``). One ``translate``
    through a table filled as characters come, not a decomposition per character of the text."""
    return text if text.isascii() else text.translate(_KEEP_LENGTH_TABLE)


def list_cue_pattern(words: tuple[str, ...]) -> re.Pattern:
    """A list cue's expression over the text folded by :func:`fold_keep_length` ("organisations
    présentes :"), its group 1 the colon that makes it a label rather than inline. A cue whose last
    word is the colon ("observateurs :") opens a list only as a label: inline, the word is a
    noun of the sentence ("les observateurs européens")."""
    label = words[-1:] == (":",)
    words = words[:-1] if label else words
    return re.compile(r"\b" + r"[\s'’-]+".join(re.escape(w) for w in words) + r"\b\s*(?:\([^)]*\)\s*)?"
                      + ("(:)" if label else "(:?)"))


#: glyphs that open a list's line ("•", "·", "▪", Word's symbol-font bullets ""): never part of a name
BULLETS = "•·▪●◦‣∙\uf0b7\uf0a7\uf076\uf0d8"
_LIST_ITEM = re.compile(rf"[^,;/\n(){BULLETS}]+")


def list_items(doc: Doc, start_char: int, end_char: int) -> list[tuple[int, int]]:
    """Token spans of the items of a list between two character offsets: split at commas,
    semicolons, slashes, line breaks, bullets, "et"/"and", and parentheses ("MINUSMA (UNPOL,
    SSR-DDR)", "Conseil norvégien pour les réfugiés (NRC)": each name is an item; "A, B, • Item
    C, D": a bulleted line a flattened table set among the items is an item of its own)."""
    text = doc_text(doc)[start_char:end_char]
    spans = []
    for match in _LIST_ITEM.finditer(text):
        for part in re.split(r"\s(?:et|and|&)\s", match.group()):
            offset = start_char + match.start() + match.group().find(part)
            stripped = part.strip(" .:\t-–" + BULLETS)
            if not stripped:
                continue
            a = offset + part.find(stripped)
            span = doc.char_span(a, a + len(stripped), alignment_mode="expand")
            if span is not None:
                spans.append((span.start, span.end))
    return spans


def looks_like_organisation(span: Span, rules: ContextRules, loose: bool = False) -> bool:
    """An acronym, or a name of capitalised words (particles allowed), and not a header or a stop
    word. ``loose`` (an item of an attendance line or a responsible cell): a name of up to six
    words that starts and ends with a capital ("Clinique juridique Sankoré") will do too."""
    words = [t for t in span if not t.is_punct]
    if not words or len(words) > 8:
        return False
    if len(words) == 1 and lower_led_acronym(words[0].text):
        return True  # "xACME": an acronym led by a lower-case letter
    if not is_name_phrase(span):
        if not (loose and len(words) <= 6 and words[0].text[:1].isupper() and words[-1].text[:1].isupper()):
            return False
    headers = [fold(t.text) in rules.header_words for t in words if t.lower_ not in NAME_CONNECTORS]
    if (all(headers) if loose and len(headers) > 1 else any(headers)) and len(words) <= 3:
        return False  # "Action", "Date Lieu"; in a list, a name holding one such word stays ("Hope In Action")
    if all(fold(t.text) in rules.stop_words or fold(t.text) in rules.months for t in words) \
            and not (loose and capitals_item(words)):
        return False
    if any(t.like_num for t in words) and not any(t.is_alpha and len(t.text) >= 2 for t in words):
        return False
    first = words[0].text
    acronym = any(t.text.isupper() and sum(c.isalpha() for c in t.text) >= 2 for t in words)
    return acronym or first[:1].isupper()


def capitals_item(words: list[Token]) -> bool:
    """"SI" between commas in a labelled list ("Participants : OIM, SI, IRC"): one word in
    capitals is an acronym even when it spells a stop word, unless it is a list's joining word or
    a name's connector written in capitals ("ET", "DE")."""
    return len(words) == 1 and words[0].text.isupper() and words[0].is_alpha and len(words[0]) >= 2 \
        and words[0].lower_ not in NAME_CONNECTORS | LIST_JOINS


# -- noise --------------------------------------------------------------------------------------

def is_noise(span: Span, rules: ContextRules) -> bool:
    """Page furniture ("Total Page:16"), roman numerals, section codes, 2-3 letter acronyms, a
    heading word in capitals, table header words: never a place or an organisation on their own."""
    text = span.text.strip()
    words = [t for t in span if not t.is_punct]
    if not words:
        return True
    if any(c.isdigit() for c in text) or ":" in text or "\n" in text:
        return True
    if all(is_roman(t.text) for t in words):
        return True
    if len(words) == 1 and text.isupper() and len(text) <= 3:
        return True
    if any(fold(t.text) in rules.header_words for t in words):
        return True
    return False


def in_capitals_heading(span: Span, rules: ContextRules) -> bool:
    """"III. VIOLATIONS DES DROITS HUMAINS", "PDI MONITORES EN SEPTEMBRE": words in capitals, one
    longer than acronyms run (six letters or more), beside a little word or a month in capitals,
    are a heading, not a name the NER may guess ("du MINPROFF et du MINDCAF" is a list of names)."""
    if not span.text.isupper() or not any(t.is_alpha and len(t.text) >= 6 for t in span):
        return False
    doc = span.doc
    near = list(doc[max(0, span.start - 2):span.start]) + list(doc[span.end:span.end + 2])
    return any(t.is_alpha and t.is_upper and (fold(t.text) in rules.stop_words or fold(t.text) in rules.months)
               for t in near)


#: a line in capitals with this many words of the language (five letters or more) is a title
TITLE_LINE_WORDS = 3


def in_capitals_title_line(span: Span, rules: ContextRules, known: frozenset[int] | set[int] = frozenset()) -> bool:
    """"INTERNATIONAL TELECOMMUNICATION UNION ITUT FGSSC TELECOMMUNICATION STANDARDIZATION SECTOR",
    "POSITION DESCRIPTION – GULANGA PROGRAM SECTOR DEVELOPMENT": an unknown word in capitals on a line
    written all in capitals among three words of the language or more (no body's mark beside it) is
    a piece of a title (a host's list of unrelated documents), not a name the NER may guess. A
    body's word beside it that ends a ``known`` name ("… TELECOMMUNICATION UNION ITUT") opens none."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = text[start:end if end >= 0 else len(text)]
    if any(c.islower() for c in line) or "," in line:
        return False  # a line in capitals holding commas is a list of names ("ACTED, ACF, HOUSE OF AFRICA")
    doc = span.doc
    beside = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    if any((fold(t.text) in rules.body_marks and t.i not in known) or t.text == "(" for t in beside):
        return False  # "ASSOCIATION TASSAGHT": a name with its body's word (not a known name's last word);
        # "… GROUP (JTWG)": its acronym
    words = [w for w in _LETTER_RUNS.findall(line) if len(w) >= 5 and w != span.text]
    return sum(is_language_word(w, span.doc.vocab) for w in words) >= TITLE_LINE_WORDS


def cue_positions(doc: Doc, rules: ContextRules) -> dict[int, PlaceCue]:
    """Token indices just after a strong place cue ("commune de|Boni"), and of each name listed
    after it ("les régions du Sahel, du Nord et de l'Est"): where a name is a place, even one
    that is also a word (a region named by its compass point)."""
    ends = {i: cue for i, cue in _cue_ends(doc, rules).items() if cue.strong}
    return ends | {j: cue for i, cue in ends.items() for j in listed_after_cue(doc, i)}


#: what may say a list's cue again before its next name ("du Nord et de l'Est", "of the")
_CUE_REPEATS = frozenset({"de", "d'", "d’", "du", "des", "la", "l'", "l’", "of", "the"})
MAX_CUE_ITEMS = 6
#: the lowercase words inside a listed name ("la Boucle de Mouhoun et du Nord")
_INNER_PARTICLES = frozenset({"de", "du", "des"})


def listed_after_cue(doc: Doc, start: int) -> list[int]:
    """The token indices where the names listed after the one at ``start`` begin: capitalised
    words joined by commas, "et", "and", the cue's preposition said again or not ("régions du
    Centre et du Sud", "the North-West, South-West and Littoral regions"); a stray full stop
    before a comma ("du Sahel., du Nord") does not end the list."""
    found: list[int] = []
    i = start
    while len(found) < MAX_CUE_ITEMS:
        if i >= len(doc) or not doc[i].text[:1].isupper():
            break
        while i < len(doc) and (doc[i].text[:1].isupper() or _glued_hyphen(doc, i)
                                or (doc[i].lower_ in _INNER_PARTICLES and i + 1 < len(doc)
                                    and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha)):
            i += 1  # the name: capitalised words, hyphens and particles inside ("Centre-Nord", "Boucle de Mouhoun")
        if i + 1 < len(doc) and doc[i].text == "." and doc[i + 1].text == ",":
            i += 1
        if i >= len(doc) or doc[i].lower_ not in LIST_JOINS or doc[i].text == "/" or "\n" in doc[i].whitespace_:
            break
        i += 1
        while i < len(doc) and doc[i].lower_ in _CUE_REPEATS:
            i += 1
        if i < len(doc) and doc[i].text[:1].isupper():
            found.append(i)
    return found


#: lowercase words a name may hold ("Ministère de la Population", "Save the Children")
NAME_CONNECTORS = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "et", "pour", "en", "au", "aux", "sur",
                             "of", "the", "and", "for", "on", "in", "to", "à", "a", "&", "es", "el", "al"})


def is_name_phrase(span: Span) -> bool:
    """Every word capitalised or a connector ("Ministry of Agriculture"), never a clause."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words or len(words) > 10:
        return False
    if not words[0].text[:1].isupper():
        return False
    return all(t.text[:1].isupper() or t.lower_ in NAME_CONNECTORS or t.like_num for t in words)


def only_header_words(span: Span, rules: ContextRules) -> bool:
    """Made only of table-header words and connectors ("Action points", "Agency responsible")."""
    words = [fold(t.text) for t in span if t.is_alpha and t.lower_ not in NAME_CONNECTORS]
    return bool(words) and all(any(w.startswith(h) for h in rules.header_words) for w in words)


def has_header_word(span: Span, rules: ContextRules) -> bool:
    """A word of a table header in it ("Lieu", "Salle"): a header row, not a name."""
    return any(t.is_alpha and any(fold(t.text).startswith(h) for h in rules.header_words) for t in span)


def name_parts(span: Span, rules: ContextRules) -> list[tuple[int, int]]:
    """The names a span lists ("Manyu and Fako", "NW/SW"), each trimmed of leading words that are
    not part of a name ("In Adamawa") and of trailing lowercase words ("Yobe states")."""
    doc = span.doc
    parts, start = [], span.start
    for i in range(span.start, span.end + 1):
        if i == span.end or doc[i].lower_ in ("and", "et", ",", ";", "/", "&"):
            parts.append((start, i))
            start = i + 1
    kept = []
    for a, b in parts:
        while a < b and not elided_initial(doc, a) and (not doc[a].text[:1].isupper() or fold(doc[a].text) in rules.stop_words
                                                        or fold(doc[a].text) in rules.months):  # "M’Poko" kept whole
            a += 1
        while b > a and (not doc[b - 1].text[:1].isupper() or doc[b - 1].is_punct):
            b -= 1
        if b <= a or b - a > MAX_NAME_TOKENS:
            continue
        inner = doc[a:b]
        if not all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES or t.text in ("-", "–", "'", "’")
                   for t in inner):
            continue
        if any(is_roman(t.text) or any(c.isdigit() for c in t.text) for t in inner):
            continue
        if len(inner.text) < 3:
            continue
        kept.append((a, b))
    return kept


#: the dashes, spaced, that join a document title's first lines into one field (``bylines._OPEN``)
_LINE_JOINS = frozenset({"–", "—"})


def is_common_word(doc: Doc, i: int, rules: ContextRules) -> bool:
    """A capitalised word that is likely just a word: a stop word, one opening a line or a
    sentence ("Faire le suivi", "Attachments"; a word of the language on a line joined by a spaced dash to one
    ending in a date),
    or one the text also writes in lowercase."""
    token = doc[i]
    folded = fold(token.text)
    if folded in rules.stop_words or folded in rules.months or folded in rules.groups:
        return True
    if i == 0 or doc[i - 1].is_space or "\n" in doc[i - 1].whitespace_ or doc[i - 1].text in (".", ":", "•", "-", "!", "?"):
        return True
    if i >= 2 and title_join_at(doc, i - 1) \
            and (any(c.isdigit() for c in doc[i - 2].text) or doc[i - 2].is_punct) and is_language_word(token.text, doc.vocab):
        return True  # "… 2016 – Held @ <office>": the " – " a document's title joins its first lines with, after
        # a date or a sentence's end (not between two names: "l'axe <town> – <town>", "violence – <region>"), before
        # a word of the language (a name there, "12 mars 2021 – <village> : …", opens a dateline)
    lower = token.text.lower()
    return any(t.text == lower for t in doc)


def end_of_head(doc: Doc, i: int, heads: frozenset[str]) -> int:
    """The token after a head noun of one or two words ("Direction provinciale")."""
    folded = folded_tokens(doc)
    if i + 1 < len(doc) and f"{folded[i]} {folded[i + 1]}" in heads:
        return i + 2
    return i + 1


#: the prepositions of place before a venue's head (``place_named_heads.csv``'s venue kind)
_VENUE_PREPOSITIONS = frozenset({"au", "a", "à", "dans"})


def _named_after_its_place(doc: Doc, i: int, folded: list[str], rules: ContextRules) -> bool:
    """A head of ``place_named_heads.csv`` whose place is part of its name here (not a venue's head)."""
    if folded[i] not in rules.place_named_heads and folded[i] not in rules.venue_heads:
        return False
    return folded[i] not in rules.venue_heads or i == 0 or doc[i - 1].lower_ not in _VENUE_PREPOSITIONS
#: heads French typography writes in lower case before a lower-case domain ("le ministère de la
#: défense", "l'académie d'enseignement de <région>", a region's education authority): an
#: institution all the same, the head and its domain the name (tests/real conventions)
LOWERCASE_HEADS = frozenset({"ministere", "ministry", "academie"})
#: what joins a lower-case head to its domain ("ministère de la", "ministry of")
_DOMAIN_JOINS = frozenset({"de", "du", "des", "d", "la", "l", "of", "the"})


def lowercase_headed_names(doc: Doc, folded: list[str], taken: set[int]) -> list[tuple[int, int]]:
    """"le ministère de la défense", "the ministry of health", "Ministère de la santé": a ministry
    with its domain written in lower case (one word, or two joined by "et"/"and") after "de"/"of";
    a domain in capitals is left to :func:`headed_names`."""
    found = []
    for i, word in enumerate(folded):
        if word not in LOWERCASE_HEADS or not (doc[i].is_lower or doc[i].is_title) or i in taken:
            continue
        end = i + 1
        while end < len(doc) and end - i <= 3 and folded[end].rstrip("'’") in _DOMAIN_JOINS:
            end += 1
        if end == i + 1 or end >= len(doc) or not _domain_word(doc[end]) or end in taken:
            continue
        end += 1
        if end + 1 < len(doc) and doc[end].lower_ in ("et", "and") and _domain_word(doc[end + 1]):
            end += 2  # "ministère de la femme et famille"
        found.append((i, end))
    return found


def charged_body_names(doc: Doc, rules: ContextRules, taken: set[int], places: frozenset[int] = frozenset()
                       ) -> list[tuple[int, int]]:
    """"la Direction générale chargée des migrations et des réfugiés", "le ministère en charge de la
    Sécurité": an institution's head (``org_heads.csv``, one or two words) named by its remit (the
    participle: ``context_words.csv``'s charge), the
    domain in lower case or not; a lower-case head only a ministry's (``LOWERCASE_HEADS``) or a head
    with its level ("la direction régionale en charge de …", tests/real conventions: a regional
    directorate that acts) after an article. An office holder ("le ministre en charge de …") has no
    head here: no body."""
    found = []
    folded = folded_tokens(doc)
    blocked = taken - places
    for i, word in enumerate(folded):
        if word not in rules.org_heads or i in taken:
            continue
        k = end_of_head(doc, i, rules.org_heads)
        levelled = k == i + 2 and folded[i + 1] in LEVEL_QUALIFIERS
        if not (doc[i].text[:1].isupper() or ((word in LOWERCASE_HEADS or levelled) and doc[i].is_lower
                                              and _one_body_before(doc, i))):
            continue
        if k + 1 < len(doc) and folded[k] == "en" and folded[k + 1] == "charge":
            k += 2
        elif k < len(doc) and folded[k] in rules.charge_words:
            k += 1
        else:
            continue
        end = _domain_pieces_end(doc, k, rules, blocked, places)
        if end > k:
            found.append((i, end))
    return found


#: what stands before one body ("le comité", "du Conseil", "l'Agence"), not a kind ("un comité")
_DEFINITE = frozenset({"le", "la", "l'", "l’", "du", "au"})
#: how many words a piece of a lower-case name holds after its "de" ("de sécurité alimentaire")
MAX_DOMAIN_WORDS = 2


def qualified_body_names(doc: Doc, rules: ContextRules, taken: set[int], places: frozenset[int] = frozenset()
                         ) -> list[tuple[int, int]]:
    """A body named in lower case by its head and a qualifier ("le Conseil national de sécurité
    alimentaire", "le comité régional de coordination humanitaire et de développement de <région>",
    "l'Agence danoise de développement international", ``body_qualifiers.csv``): one institution,
    though no word after its head is capitalised; a head in lower case needs its domain ("le
    comité technique sur …" is a kind of body). The name goes on by pieces, each a "de"/"du"
    (or "et de") and one or two words no stop word; a place closes it ("… de Mopti"); a stop word,
    a punctuation mark or a line's end ends it ("… de Mopti a tenu", "Conseil régional et de
    plusieurs invités")."""
    found = []
    folded = folded_tokens(doc)
    blocked = taken - places
    i = 0
    while i < len(doc) - 1:
        if folded[i] not in rules.qualified_heads or i in taken or not _one_body_before(doc, i) \
                or folded[i + 1] not in rules.qualifiers or i + 1 in taken or doc[i + 1].is_upper:
            i += 1
            continue
        end = i + 2
        if end < len(doc) and folded[end] in rules.qualifiers and end not in taken and not doc[end].is_upper:
            end += 1  # "Comité technique interministériel"
        named = end
        end = _domain_pieces_end(doc, end, rules, blocked, places)
        if end == named and not doc[i].text[:1].isupper():
            i += 1  # "le comité technique sur les outils": a kind of body unless its head is capitalised
            continue
        found.append((i, end))
        i = end
    return found + [name for name in _groups_by_domain(doc, rules, folded, taken, blocked, places)
                    if not any(a < name[1] and name[0] < b for a, b in found)]


#: qualifiers of an administrative level: with a capitalised group head they name one body
LEVEL_QUALIFIERS = frozenset({"national", "nationale", "regional", "regionale", "provincial", "provinciale",
                              "communal", "communale", "departemental", "departementale", "local", "locale"})


def _groups_by_domain(doc: Doc, rules: ContextRules, folded: list[str], taken: set[int], blocked: set[int],
                      places: frozenset[int]) -> list[tuple[int, int]]:
    """"le groupe de travail (de) suivi des mouvements de population": a working group in lower
    case named by its domain alone (kind "group" of ``body_qualifiers.csv``), a bare noun then
    pieces as above; without a piece ("le groupe de travail sur le terrain") a kind of body,
    unless the head is capitalised and its bare word a level ("le Cadre de concertation
    provinciale", tests/real conventions: the capitalised framework's name)."""
    found = []
    for words in rules.group_heads:
        for i in range(len(doc) - len(words)):
            if tuple(folded[i:i + len(words)]) != words or not (doc[i].is_lower or doc[i].is_title) or i in taken \
                    or not _one_body_before(doc, i):
                continue
            end = i + len(words)
            bare = doc[end]
            if bare.is_alpha and fold(bare.text) not in rules.stop_words and end not in taken and (
                    bare.is_lower or (doc[i].is_title and bare.is_title and fold(bare.text) in LEVEL_QUALIFIERS)):
                end += 1  # "groupe de travail suivi des …", "Cadre de Concertation Provincial"
            named = end
            end = _domain_pieces_end(doc, end, rules, blocked, places)
            if end > named or (doc[i].is_title and named > i + len(words) and fold(bare.text) in LEVEL_QUALIFIERS):
                found.append((i, end))  # "du Cadre de concertation provinciale": the framework's own name
    return found


def _domain_pieces_end(doc: Doc, end: int, rules: ContextRules, blocked: set[int], places: frozenset[int]) -> int:
    """Where a body's name ends after its head: as many domain pieces as follow (``_domain_piece``),
    up to a place, which closes it."""
    while end not in places:
        piece = _domain_piece(doc, end, rules, blocked, places)
        if piece == end:
            break
        end = piece
    return end


def _one_body_before(doc: Doc, i: int) -> bool:
    """A definite article before a head ("le comité"), or a capitalised head opening a line or a
    parenthesis ("le gouvernement (Commission nationale d'éligibilité, CNE)")."""
    if i == 0 or "\n" in doc[i - 1].whitespace_ or doc[i - 1].is_space or doc[i - 1].text == "(":
        return doc[i].text[:1].isupper()
    if i >= 2 and _ORDINAL.fullmatch(doc[i - 1].lower_) and "\n" not in doc[i - 2].whitespace_:
        i -= 1  # "du deuxième Cadre de concertation …": the framework's session, by its number
    return doc[i - 1].lower_ in _DEFINITE and not doc[i - 1].is_upper


#: an ordinal adjective in French or English ("deuxième", "2e", "premier", "third")
_ORDINAL = re.compile(r"premier|premiere|première|second|seconde|\w+i[eè]me|\d{1,2}(?:e|er|re|ère|ème|eme|st|nd|rd|th)"
                      r"|first|third|fourth|fifth")


def _domain_piece(doc: Doc, start: int, rules: ContextRules, blocked: set[int], places: frozenset[int]) -> int:
    """The end of one piece of a name after ``start``: "(et) de|du|des|d'" (with "la"/"l'" after
    "de"), then one or two words no stop word, a place ending it; ``start`` when none."""
    k = start
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_.rstrip("'’") in ("de", "du", "des", "d") \
            and _enumerated_domains(doc, k + 1):
        k += 1  # "direction régionale de la solidarité, de l'action humanitaire et de …": one name
    if k < len(doc) and doc[k].lower_ == "et":
        k += 1
    if k >= len(doc) or doc[k].lower_.rstrip("'’") not in ("de", "du", "des", "d") or _line_ends(doc, k - 1):
        return start
    k += 1
    if doc[k - 1].lower_ == "de" and k < len(doc) and doc[k].lower_.rstrip("'’") in ("la", "l"):
        k += 1
    words = 0
    while k < len(doc) and words < MAX_DOMAIN_WORDS and not _line_ends(doc, k - 1):
        if k in places:
            while k < len(doc) and k in places:
                k += 1
            return k
        token = doc[k]
        word = fold(token.text)
        if k in blocked or not token.is_alpha or word in rules.stop_words or word in rules.months or len(word) < 2:
            break
        if words == 1 and _verb_before_its_object(doc, k):
            break  # "… et de développement évalue ses actions": the verb after the name
        k += 1
        words += 1
    return k if words else start


def _enumerated_domains(doc: Doc, k: int) -> bool:
    """The "de …" after a comma goes on a list of the name's domains: an "et de"/"et du" closes it
    on the same line within a few words ("…, de l'action humanitaire et de la réconciliation")."""
    for j in range(k + 1, min(len(doc) - 1, k + 8)):
        if _line_ends(doc, j - 1) or doc[j].text in (",", ".", ";", "(", ")"):
            return False
        if doc[j].lower_ == "et" and doc[j + 1].lower_.rstrip("'’") in ("de", "du", "des", "d"):
            return True
    return False


#: how many tokens an English list of a name's domains may run over after its first comma
_ENGLISH_DOMAINS_SPAN = 10


def _enumerated_english_domains(doc: Doc, k: int) -> bool:
    """"Ministry of Reconstruction, Reintegration, and Rehabilitation": after an English name's "of" domain
    and a comma, capitalised domains separated by commas and closed by "and" (the serial comma may stand
    before it) and a capitalised domain, on one line: one name's list of domains (twenty-seventh pass)."""
    j, last = k, min(len(doc) - 1, k + _ENGLISH_DOMAINS_SPAN)
    if doc[k].lower_ == "and":  # the serial comma after a list's item: "…, Reintegration, and Rehabilitation"
        return k >= 3 and doc[k - 3].text == "," and k + 1 < len(doc) and doc[k + 1].is_alpha and doc[k + 1].is_title and not _line_ends(doc, k)
    while j < last:
        if not (doc[j].is_alpha and doc[j].is_title) or _line_ends(doc, j):
            return False
        j += 1
        if doc[j].text == ",":
            j += 1
        if j < len(doc) - 1 and doc[j].lower_ == "and":
            return doc[j + 1].is_alpha and doc[j + 1].is_title and not _line_ends(doc, j)
    return False


#: French determiners that open a verb's object ("évalue ses actions"): a word right before one, on
#: the same line, after a name's noun is a verb, no adjective of that noun (the names so built are
#: French: "de"/"du" pieces; "a" is the verb "avoir" there, no article)
OBJECT_DETERMINERS = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "ses", "son", "sa", "leur", "leurs",
                                "ce", "cet", "cette", "ces"})


def _verb_before_its_object(doc: Doc, k: int) -> bool:
    """The lower-case word ``k`` stands before a determiner on its line: a verb and its object
    ("le comité régional de coordination humanitaire et de développement évalue ses actions"),
    as a noun's adjective is not followed by an article."""
    return k + 1 < len(doc) and doc[k].is_lower and not _line_ends(doc, k) \
        and doc[k + 1].lower_ in OBJECT_DETERMINERS


def _line_ends(doc: Doc, i: int) -> bool:
    """Token ``i`` ends a line (or is a line break): a name in lower case does not go past it."""
    return i >= 0 and ("\n" in doc[i].whitespace_ or doc[i].is_space)


def _domain_word(token: Token) -> bool:
    """A lower-case noun a ministry's domain may be: a word of four letters or more."""
    return token.is_alpha and token.is_lower and len(token.text) >= 4


#: the plural ministries opening a list of them in lower case ("des ministères de l'Agriculture, de la
#: Pêche et …"): the first ministry is a body as after "Ministères" (``org_heads.csv``), only before a
#: capitalised domain (twenty-fifth pass)
PLURAL_LOWERCASE_HEADS = frozenset({"ministeres"})
#: the plural heads of ``org_heads.csv``: the list they open names its first body only
PLURAL_HEADS = frozenset({"ministeres", "universites"})


def _lowercase_head(token: Token, folded: str) -> bool:
    """"the Borno state ministry of Agriculture", "des ministères de l'Agriculture, de …": a ministry
    written in lower case before a capitalised domain opens the name all the same."""
    return (folded in LOWERCASE_HEADS or folded in PLURAL_LOWERCASE_HEADS) and token.is_lower


def _broken_after_connector(doc: Doc, i: int) -> bool:
    """A line break right after the "of" or "de" that joins a head to its domain ("ministry of" /
    "Agriculture"): the name goes on, as no name ends so ("on" / "Tuesday" ends it)."""
    token = doc[i]
    return token.is_space and token.text.count("\n") == 1 and i > 0 \
        and doc[i - 1].lower_.rstrip("'’") in _DOMAIN_JOINS


#: how many capitalised words a station's name holds after its head ("Radio Kalimbo FM")
MAX_STATION_WORDS = 3


def station_names(doc: Doc, rules: ContextRules, taken: set[int]) -> list[tuple[int, int]]:
    """"Radio Kalimbo FM reports", "Radio Voice of Hope": a capitalised station head
    (``station_heads.csv``) and up to three capitalised words on its line, "of"/"de" between two of
    them, the first no word of the language or the name going on after "of"/"de": a broadcaster.
    "Radio Spots in …", "Radio Listening Clubs", "Radio Messages On …" (words of the language) are things."""
    found = []
    for i, text in enumerate(token_texts(doc)):
        if not text[:1].isupper() or fold(text) not in rules.station_heads or i in taken \
                or i + 1 >= len(doc):
            continue
        token, first = doc[i], doc[i + 1]
        if not (first.is_alpha and first.text[:1].isupper()) or i + 1 in taken or "\n" in token.whitespace_:
            continue
        end, words, joined = i + 2, 1, False
        while end < len(doc) and words < MAX_STATION_WORDS and end not in taken and "\n" not in doc[end - 1].whitespace_:
            if doc[end].lower_ in ("of", "de", "du") and end + 1 < len(doc) and doc[end + 1].text[:1].isupper() \
                    and doc[end + 1].is_alpha and end + 1 not in taken:
                end, joined = end + 1, True  # "Radio Voice of Hope"
            elif not (doc[end].is_alpha and doc[end].text[:1].isupper()):
                break
            end, words = end + 1, words + 1
        if joined or not is_language_word(first.text, doc.vocab):
            found.append((i, end))
    return found


#: prepositions before the country that hosts a state's body abroad ("the <nationality> Embassy in <country>",
#: "l'Ambassade de <country> au <country>"): tests/real conventions, the host country is a location
HOST_PREPOSITIONS = frozenset({"in", "au", "aux", "en"})


def headed_names(doc: Doc, rules: ContextRules, taken: set[int], places: frozenset[int] = frozenset()
                 ) -> list[tuple[int, int]]:
    """Institutions named by a head noun (``org_heads.csv``) and capitalised words: "Ministère de
    l'Éducation Nationale", "Ministry of Agriculture and Natural Resources", "Borno State Government"; a
    head of two words the tokenizer keeps as one hyphened token too ("Haut-commissariat des Nations Unies")."""
    heads = rules.org_heads
    found = []
    folded = [w.replace("-", " ") if "-" in w and w.replace("-", " ") in heads else w for w in folded_tokens(doc)]
    i = 0
    while i < len(doc):
        if folded[i] not in heads or i in taken or not (doc[i].text[:1].isupper() or _lowercase_head(doc[i], folded[i])):
            i += 1  # the folded word first: no Token made for a word that is no head
            continue
        end = i + 1
        if end < len(doc) and f"{folded[i]} {folded[end]}" in heads:
            end += 1  # "Direction provinciale de …": a head of two words
        capitalised = 0
        named_after_its_place = _named_after_its_place(doc, i, folded, rules)
        blocked = taken - places if named_after_its_place else taken
        plural = folded[i] in PLURAL_HEADS
        while end < len(doc) and end - i < 12 and end not in blocked:
            if plural and not named_after_its_place and not capitalised and doc[end].text[:1].isupper() \
                    and doc[end].is_alpha \
                    and (end in places or not is_language_word(doc[end].text, doc.vocab)):
                break  # "des ministères de Kalo, de Bilo …": places after the plural, no ministry's domain
                # (a head named after its place, "des Universités de <town> et de <town>", names the first)
            if end in places:  # "Ambassade de France": the country ends the name
                while end < len(doc) and end in places:
                    end += 1
                capitalised += 1
                break
            word = doc[end]
            bare = word.lower_.rstrip("'’")
            if folded[end] in heads and word.text[:1].isupper():
                break  # "Ministère de l'Éducation Nationale Ministère de …": a second name begins
            if bare in HOST_PREPOSITIONS and end == end_of_head(doc, i, heads) and folded[i] in rules.national_body_nouns:
                break  # "the <nationality> Embassy in <country>": the host country, a place, not the name's
            if folded[end] in rules.months:
                break  # "Head of Government on March 3": a date, no word of the name
            if plural and capitalised and (word.text == "," or bare in ("et", "and")):
                break  # "des Ministères du A, de B et de C": the first ministry is the body named
            if bare in ("et", "and") and tuple(folded[end + 1:end + 3]) in UNITED_NATIONS \
                    or bare in ("et", "and") and folded[end + 1:end + 2] in (["the"], ["les"]) and tuple(folded[end + 2:end + 4]) in UNITED_NATIONS:
                break  # "the Ministry of Zorg Affairs and United Nations’ Humanitarian Coordinator": another body
            if word.text[:1].isupper() and word.is_alpha:
                capitalised += 1
            elif bare in NAME_CONNECTORS or word.text in ("-", "’", "'") or _broken_after_connector(doc, end) \
                    or (word.text == "," and end + 1 < len(doc) and _enumerated_domains(doc, end + 1)
                        and doc[end + 1].lower_.rstrip("'’") in ("de", "du", "des", "d")) \
                    or (word.text == "," and end + 1 < len(doc) and folded[end_of_head(doc, i, heads)] == "of"
                        and _enumerated_english_domains(doc, end + 1)):
                pass  # "Commission Nationale d'Accueil, de Réinsertion … et des Rapatriés": one name
            else:
                break
            end += 1
        while end > i + 1 and (doc[end - 1].lower_.rstrip("'’") in NAME_CONNECTORS or doc[end - 1].is_punct
                               or doc[end - 1].is_space):
            end -= 1
        after_head = doc[end_of_head(doc, i, heads)] if end_of_head(doc, i, heads) < len(doc) else None
        if capitalised and after_head is not None and (after_head.lower_.rstrip("'’") in NAME_CONNECTORS
                                                       or (capitalised >= 2 and after_head.text[:1].isupper())):
            # "Ministère de …", or a head and two capitalised words: "Cour Pénale Internationale"
            found.append((i, end))
            i = end
            continue
        i += 1
    found += [name for name in lowercase_headed_names(doc, folded, taken) if not any(a < name[1] and name[0] < b for a, b in found)]
    # "<Name> State Government": the head closes the name (the state's name may be a known place)
    for i in range(len(doc)):
        if folded[i] in ("government", "gouvernement") and i >= 2 and doc[i - 1].lower_ == "state" \
                and doc[i - 2].text[:1].isupper() and not ((taken - places) & {i - 2, i - 1, i}):
            found.append((i - 2, i + 1))
    found += _governments_of_a_state(doc, folded, taken - places)
    return found


#: heads that name a body only before "for" ("Regional Centre for the Coordination of …"); a
#: "Centre" is a region ("Centre Nord") or a facility ("Centre de Santé") otherwise
FOR_ONLY_HEADS = frozenset({"centre", "center"})


#: the words for "for" after a centre's name: English, and French "pour" after a qualifier ("le Centre
#: <Qualifier> pour les Applications de …")
_CENTRE_FORS = frozenset({"for", "pour"})
#: how many capitalised qualifiers may stand between "Centre" and "pour"/"for" ("Centre Africain pour …")
MAX_CENTRE_QUALIFIERS = 2


def _qualified_centres_for(doc: Doc, i: int, taken: Container[int]) -> Optional[int]:
    """The "for" of "Centre for …", or of "Centre <Qualifier> pour/for …" (one or two capitalised words of
    the language, no place, between: "le Centre Africain pour les Applications de …"); None otherwise."""
    j = i + 1
    while j < len(doc) and j - i <= MAX_CENTRE_QUALIFIERS and j not in taken and doc[j].is_alpha and doc[j].is_title \
            and is_language_word(doc[j].text, doc.vocab) and doc[j - 1].whitespace_ == " ":
        j += 1
    if j >= len(doc) or doc[j].lower_ not in _CENTRE_FORS or (j == i + 1 and doc[j].lower_ != "for"):
        return None
    return j


def centres_for(doc: Doc, taken: set[int], places: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """"the Regional Centre for the Coordination of Emergency Humanitarian Assistance": a capitalised
    "Centre for" and capitalised words (connectors between) name one body; the capitalised level
    before it ("Regional", "National") belongs to the name, and the place before that level (tests/real
    conventions: a body named with its place is one span, no location)."""
    found = []
    folded = folded_tokens(doc)
    blocked = taken - places
    for i in range(len(doc) - 2):
        if folded[i] not in FOR_ONLY_HEADS or not doc[i].is_title or i in blocked:
            continue
        joint = _qualified_centres_for(doc, i, places | blocked)
        if joint is None:
            continue
        end = joint + 1
        capitalised = 0
        while end < len(doc) and end - i < 14 and end not in blocked and "\n" not in doc[end - 1].whitespace_:
            word = doc[end]
            if word.is_alpha and word.text[:1].isupper():
                capitalised += 1
            elif word.lower_ not in NAME_CONNECTORS:
                break
            end += 1
        while end > joint + 1 and doc[end - 1].lower_ in NAME_CONNECTORS:
            end -= 1
        start = i
        while start > 0 and fold(doc[start - 1].text) in LEVEL_QUALIFIERS and doc[start - 1].is_title \
                and start - 1 not in blocked:
            start -= 1
        while start < i and start > 0 and start - 1 in places:
            start -= 1  # "South West Regional Centre for …": the region's centre, one name, no place
        if capitalised:
            found.append((start, end))
    return found


def departments_by_remit(doc: Doc, rules: ContextRules, taken: set[int], places: frozenset[int] = frozenset()
                         ) -> list[tuple[int, int]]:
    """"le département de la Solidarité et de l'Action humanitaire": a lower-case head naming an
    administrative unit before a place and a ministry's department before its remit
    (``context_words.csv``'s remit_or_place_head) before "de la"/"de l'" and a capitalised word of the language (a remit,
    no place: "Solidarité", "Santé") is a ministry's department, one body, its name going on by
    capitalised words and connectors on the line, and the adjective closing the last one
    ("… de l'Action humanitaire"); "le département du Mayo-Zorg", "de la Zorgoa" (an unknown name)
    stay places."""
    found = []
    folded = folded_tokens(doc)
    for i, word in enumerate(folded):
        k = i + 3  # "département de la <Remit>": the remit is a portfolio's word (:func:`_portfolio_word`)
        if word not in rules.remit_or_place_heads or not doc[i].is_lower or i in taken or k >= len(doc) \
                or k in taken or k in places or not _portfolio_word(doc, k, ()):
            continue
        end, last_capital = k + 1, k + 1
        while end < len(doc) and end - i < 12 and end not in taken and end not in places and not _line_ends(doc, end - 1):
            word_token = doc[end]
            if word_token.is_title and word_token.is_alpha:
                last_capital = end + 1
            elif word_token.lower_.rstrip("'’") in NAME_CONNECTORS or word_token.text in ("'", "’"):
                pass
            elif word_token.is_lower and word_token.is_alpha and end == last_capital \
                    and (end + 1 == len(doc) or doc[end + 1].is_punct or _line_ends(doc, end)):
                last_capital = end + 1  # "… de l'Action humanitaire,": the closing adjective
                break
            else:
                break
            end += 1
        found.append((i, last_capital))
    return found


def _governments_of_a_state(doc: Doc, folded: list[str], blocked: set[int]) -> list[tuple[int, int]]:
    """"the Government of <Name> State": one body, as "<Name> State Government" is (tests/real
    conventions), the state's name inside it no place; a country's government ("Government of
    <Country>") is left alone (`doubtful` there)."""
    found = []
    for i in range(len(doc) - 3):
        if folded[i] not in ("government", "gouvernement") or not doc[i].text[:1].isupper() \
                or doc[i + 1].lower_ not in ("of", "de") or i in blocked:
            continue
        k = i + 2
        while k < len(doc) and k - i <= 5 and doc[k].is_alpha and doc[k].text[:1].isupper() and k not in blocked \
                and doc[k].lower_ not in ("state", "etat", "état"):
            k += 1
        if i + 2 < k < len(doc) and doc[k].text in ("State", "Etat", "État"):
            found.append((i, k + 1))
    return found


#: a digit may stand for a word between two capitals ("H4BF": Hope for a Better Future, "P4P")
_ACRONYM_SHAPE = re.compile(r"[A-Z][A-Za-z]*(?:\d(?=[A-Z]))?[A-Z][A-Za-z0-9]*(?:-[A-Z0-9]+)?")


def acronym_shaped(text: str) -> bool:
    """"CNCR", "MoANR", "MP4", "M5-RFP", "H4BF": a capital first, another capital (a digit standing for
    a word between them), no long lowercase run."""
    return bool(_ACRONYM_SHAPE.fullmatch(text)) and not re.search(r"[a-z]{3}", text) and not is_roman(text)


def acronym_as_a_name(text: str) -> bool:
    """"Ceni", "Minusma": four letters or more, the first alone in capitals, as a name is written."""
    return len(text) >= 4 and text.isalpha() and text[0].isupper() and text[1:].islower()


def hyphen_joined(doc: Doc, i: int) -> tuple[int, int]:
    """The token at ``i`` with the acronyms hyphened to it without a space ("PM-TWG", "GTT-SIN",
    which the tokenizer cuts): one name."""
    start, end = i, i + 1
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].text.isupper():
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].text.isupper():
        end += 2
    return start, end


def working_group_acronym(text: str, rules: ContextRules) -> bool:
    """"PSWG", "CWG", "GTP": an acronym of three capitals or more built with the letters of
    "working group" or "groupe de travail" (``coordination_acronyms.csv``) names a working group,
    whichever sector or place its other letters stand for."""
    letters = re.sub(r"[^A-Za-z]", "", text)
    if len(letters) < 3 or not letters.isupper() or not acronym_shaped(text):
        return False
    return any(letters.endswith(affix) if side == "end" else letters.startswith(affix)
               for affix, side in rules.coordination_acronyms)


def qualifies_a_noun(doc: Doc, start: int, rules: ContextRules) -> bool:
    """"les activités GSAT", "l'outil FLAT": an acronym written right after a lower-case noun of an
    activity, a system or a tool (``qualified_nouns.csv``), no preposition between, names the
    field or the tool, not a body ("les activités du CICR" names the body)."""
    return start > 0 and folded_tokens(doc)[start - 1] in rules.qualified_nouns and doc[start - 1].is_lower


_COMPASS_ABBREVIATION = re.compile(r"(?:NE|NW|SE|SW|N|S|E|W){2,3}R?")


def compass_abbreviation(text: str) -> bool:
    """"NWSW", "NWR", "SWR": three letters or more of compass points (and a closing R of
    "region"), the regions a text names by their directions ("partners in the NWSW"): places
    written short, never a body's acronym."""
    return len(text) >= 3 and bool(_COMPASS_ABBREVIATION.fullmatch(text))


#: a word in capitals this long opened by a service's letters may be a word of the language ("DRAFT")
SHORTEST_SERVICE_WORD = 5


def service_acronym(text: str, vocab: Vocab, rules: ContextRules) -> bool:
    """"DRA", "DRPIA", "DNDS": an acronym of three capitals or more opened by the letters of
    "Direction Régionale" or "Direction Nationale" (``service_acronyms.csv``) names a state's
    technical service, whichever domain its other letters stand for; a word of the language in
    capitals ("DRAFT", "DROITS") is none (a short acronym, "DRA", may spell a word of the
    vocabulary's web text: not asked)."""
    if len(text) < 3 or not text.isalpha() or not text.isupper() \
            or (len(text) >= SHORTEST_SERVICE_WORD and is_language_word(text, vocab)):
        return False
    return any(text.startswith(affix) if side == "start" else text.endswith(affix)
               for affix, side in rules.service_acronyms)


_MINISTRY_ACRONYM = re.compile(r"(?:[SF])?Mo([A-Z][A-Za-z]*)")


def ministry_acronym(text: str) -> bool:
    """"MoH", "MoANR", "MoWASD": a ministry's acronym as anglophone administrations write it
    ("Ministry of …"), whatever the ministry; a state's or the federation's ministry in a federal
    country ("SMoWR", "FMoH": State / Federal Ministry of …) the same."""
    match = _MINISTRY_ACRONYM.fullmatch(text)
    return bool(match) and not re.search(r"[a-z]{2}", match.group(1))


def parenthesised_partners(doc: Doc, orgs: list[tuple[int, int]], taken: set[int]) -> list[tuple[int, int]]:
    """The other half of an organisation written with its acronym or full name in parentheses:
    "Commission Nationale … (CNCR)", "la CRT (Croix Rouge du Tchad)": the acronym after a known
    name, the capitalised name (its first letter the acronym's) after a known acronym."""
    found = []
    if "(" not in doc_text(doc):
        return found  # the other half is written in parentheses
    for start, end in orgs:
        if end < len(doc) and doc[end].text in ("”", "»", '"'):
            end += 1  # "“Commission Nationale …” (CNCR"
        if end + 2 >= len(doc) or doc[end].text != "(":
            continue
        inner = doc[end + 1]
        shaped = acronym_shaped(inner.text)
        first, last = hyphen_joined(doc, inner.i) if shaped else (inner.i, inner.i + 1)  # "(DGCM-R)": one acronym
        if (shaped or _initials_written_as_word(doc[start:end], inner)) and first == inner.i and last < len(doc) \
                and doc[last].text in (")", "-", "–", ",") and taken.isdisjoint(range(first, last)):
            found.append((first, last))
            continue
        if end - start != 1 or not acronym_shaped(doc[start].text):
            continue
        close = next((k for k in range(end + 1, min(len(doc), end + 12)) if doc[k].text == ")"), None)
        words = doc[end + 1:close] if close else []
        capitalised = [w for w in words if w.text[:1].isupper() and w.is_alpha]
        if close and len(capitalised) >= 2 and words[0].text[:1] == doc[start].text[:1] \
                and all(w in capitalised or w.lower_.rstrip("'’") in NAME_CONNECTORS for w in words) \
                and not taken & set(range(end + 1, close)):
            found.append((end + 1, close))
    return found


def acronym_of_a_coordination_body(doc: Doc, i: int, orgs: list[tuple[int, int]], rules: ContextRules) -> bool:
    """"… Coordination Working Group (CCCM)": a sector's acronym (no body alone) in parentheses right after a
    body's name that a coordination head closes is that body's acronym."""
    return i >= 2 and doc[i - 1].text == "(" and any(
        end == i - 1 and fold(doc[end - 1].text) in rules.closing_heads for _start, end in orgs)


def _initials_written_as_word(name: Span, inner: Token) -> bool:
    """"Federal Ministry of Agriculture & Rural Development (Fmard)": a capitalised word in
    parentheses after a name whose letters are the name's initials (three or more) is its acronym
    written as a word; the capitalised words just before the name count too ("Federal" before
    the registry's "Ministry of …")."""
    if not (inner.is_alpha and inner.text[:1].isupper() and len(inner.text) >= 3):
        return False
    letters, words = fold(inner.text).lower(), [t for t in name if t.is_alpha]
    if len(letters) >= 4 and initials_of(words)[:1] == letters[:1] and _abbreviates_in_order(inner.text, words):
        return True  # "Zorgo International Development Cooperation Agency (Zida)": a word passed over
    k = name.start - 1
    while True:
        if initials_of(words) == letters:
            return True
        if k < 0 or len(initials_of(words)) >= len(letters) or not (name.doc[k].is_alpha and name.doc[k].text[:1].isupper()):
            return False
        words.insert(0, name.doc[k])
        k -= 1


_NUMBERED_ACRONYM = re.compile(r"\d[A-Z]{2,}")


def _numbered_acronym_at(doc: Doc, i: int) -> Optional[tuple[int, int]]:
    """An acronym opening with a digit ("3AG", "2SD"): after a body's kind noun, a name."""
    return (i, i + 1) if _NUMBERED_ACRONYM.fullmatch(doc[i].text) else None


def _joined_common_words(span: Span, rules: ContextRules) -> bool:
    """Words of the language joined into one name: by a hyphen ("Santé-Diabète") or by "de"/"des"
    ("Volonté des Jeunes"), one of them no body's common word: after a body's kind noun ("ONG
    Volonté des Jeunes") a name, not the noun's qualifier ("ONG Nationale", "ONG Locale Partenaire")."""
    words = [t for t in span if t.is_alpha and t.lower_ not in NAME_CONNECTORS]
    joined = any(HYPHENED_WORD.fullmatch(t.text) or t.text in ("-", "‐") for t in span) \
        or any(t.lower_ in ("de", "des", "du", "of") for t in span)
    return joined and any(fold(t.text) not in rules.body_marks for t in words) \
        and not any(t.text in ("-", "‐") and t.whitespace_ for t in span)


#: articles before a body's kind noun that make the name after it one body's ("l'ONG <name>", "the NGO
#: <name>"), not a category's ("ONG Nationale" in a table), lower case
_KIND_ARTICLES = frozenset({"l'", "l’", "the", "cette", "this"})


def _named_after_an_article(doc: Doc, i: int, span: Span, rules: ContextRules) -> bool:
    """"l'ONG Medica Mundo Norte", "l'ONG Zorgana a distribué …": capitalised words of the language after
    an article and the kind noun are one body's name when none of them qualifies a kind of body ("l'ONG
    Nationale Partenaire": a level, a partner, a nationality, a body's common word); one word alone
    only before a word in lower case that joins no name (a verb: no heading's, no "l'ONG Principale du …")."""
    words = [t for t in span if t.is_alpha and t.lower_ not in NAME_CONNECTORS]
    if i < 1 or doc[i - 1].lower_ not in _KIND_ARTICLES or not words:
        return False
    if len(words) == 1 and not (span.end < len(doc) and doc[span.end].is_lower and doc[span.end].is_alpha
                                and doc[span.end].lower_ not in NAME_CONNECTORS - {"a"}):  # "l'ONG Principale du …"
        return False
    kinds = rules.kind_name_bars
    # nor a function, a meeting or a sector ("the NGO Focal Point", "l'ONG Point Focal", "the NGO Coordination
    # Meeting", "the NGO Protection Desk")
    return all(t.is_title for t in words) and not any(fold(t.text) in kinds or fold(t.text) in rules.not_body_heads
                                                      or fold(t.text) in rules.sector_word_forms
                                                      or _office_noun(fold(t.text), rules) for t in words) \
        and fold(words[0].text) not in rules.stop_words


def _capitalised_small_word(doc: Doc, k: int, taken: set[int]) -> bool:
    """A short word written with a capital right after a name inside a sentence ("… Mundo Sur et …"):
    the name's last word (a stop word of the language is capitalised there only in a name), not the
    next sentence's first word nor a word in capitals."""
    return 0 < k < len(doc) and k not in taken and doc[k].is_alpha and doc[k].is_title and len(doc[k].text) <= 4 \
        and doc[k - 1].whitespace_ == " " and not ends_a_sentence(doc[k - 1]) \
        and (k + 1 == len(doc) or not doc[k + 1].text[:1].isupper() and (doc[k + 1].is_stop or doc[k + 1].is_punct))
    # the name ends there: a small word or a mark after it ("… Mundo Sur et …"), not a phrase the capitalised
    # word opens ("the NGO <name> Relief In partnership with …")


def kind_named_organisations(doc: Doc, rules: ContextRules, taken: set[int]) -> list[tuple[int, int]]:
    """The name a body's kind noun introduces or follows in parentheses ("l'ONG KOUNDA", "the
    NGO Tamkeen Relief", "KOUNDA (ONG)", ``ngo_words.csv``): an organisation even when no list
    knows it; the noun itself stays out of the name. A name of capitalised words must not be a
    word of the language or a body's common word ("ONG Nationale", "ONG Partenaire"): only the
    context says it is a name, so only a name-shaped one is taken."""
    found = []
    folded = folded_tokens(doc)
    for i, word in enumerate(folded):
        if word not in rules.ngo_words:
            continue
        first = i + 1
        if first + 1 < len(doc) and (folded[first] in rules.groups or folded[first] in rules.nationalities) \
                and doc[first].is_title and first not in taken:
            first += 1  # "l'ONG Zorgoise Kalimbo": the nationality, then the name
        if first < len(doc) and first not in taken:
            span = _acronym_at(doc, first, rules) or _numbered_acronym_at(doc, first) or name_at(doc, first, rules, taken)
            if span is not None and _capitalised_small_word(doc, span[1], taken):
                span = (span[0], span[1] + 1)  # "l'ONG Medica Mundo Sur": a small word capitalised mid-sentence
            if span is not None and not (_common_words(doc[span[0]:span[1]], rules)
                                         and not _joined_common_words(doc[span[0]:span[1]], rules)
                                         and not _named_after_an_article(doc, i, doc[span[0]:span[1]], rules)) \
                    and not _heading_word(doc, i, span) \
                    and not any(folded[k] in rules.ngo_words or plural_acronym(doc[k].text) for k in range(*span)):
                # "PARTENAIRES Nbre ONGs Internationale": a table's categories, no name
                found.append(span)
        if i >= 2 and doc[i - 1].text == "(" and i + 1 < len(doc) and doc[i + 1].text == ")" and i - 2 not in taken:
            span = _acronym_at(doc, i - 2, rules)  # "KOUNDA (ONG)"
            if span is not None:
                found.append(span)
    return _no_overlap_pairs(found)


#: the United Nations' name in two words, folded, by language
UNITED_NATIONS = (("nations", "unies"), ("united", "nations"))
#: articles before the United Nations named as one actor ("organisée par les Nations Unies", "a United
#: Nations delegation"); "des Nations Unies" is mostly a part ("système des Nations Unies", an agency's name)
_UN_ARTICLES = frozenset({"les", "the", "a", "an"})
#: what after the name makes it a part or a whole of many, no actor ("the United Nations system",
#: "agencies", "mission", "country team"), or the start of a longer name ("… pour les réfugiés")
_UN_NOT_AFTER = frozenset({"system", "systeme", "agencies", "agency", "agences", "agence", "mission", "missions",
                           "country", "team", "family", "staff", "entities", "entites", "organizations",
                           "organisations", "pour", "for", "of", "de", "des", "du", "au", "aux", "in", "en"})


#: how many words of a title may stand before its noun ("Deputy Special Representative")
_UN_TITLE_WORDS = 3


def _un_office_title(folded: list[str], after: int, rules: ContextRules) -> bool:
    """An official's title right after the United Nations' full name ("Resident Coordinator", "Under
    Secretary General": ``un_title_words.csv``), not a longer name's words ("High Commissioner for
    Refugees")."""
    return any(w in rules.un_office_titles for w in folded[after:after + _UN_TITLE_WORDS])


#: the possessive written after the United Nations' name ("the UN's Humanitarian Coordinator"), folded
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def _un_title_follows(doc: Doc, folded: list[str], after: int, rules: ContextRules) -> bool:
    """An official's title after the UN's name, its possessive passed over ("UN's Humanitarian
    Coordinator", "Acting UN coordinator", "the UN under Secretary General"): up to two plain words
    before the title's noun, none a part or a collective ("UN agencies and the Coordinator")."""
    if after < len(doc) and folded[after] in _POSSESSIVE:
        after += 1
    words = 0
    for k in range(after, len(doc)):
        if _glued_hyphen(doc, k):
            continue  # "UN Assistant-Secretary General": a compound title's hyphen is no word
        if words == _UN_TITLE_WORDS:
            return False
        words += 1
        if folded[k] in rules.un_office_titles:
            return True
        if not doc[k].is_alpha or folded[k] in _UN_NOT_AFTER and folded[k] not in _UN_TITLE_PARTS:
            return False
    return False


#: words of _UN_NOT_AFTER that may qualify an official's title after "UN" ("the UN humanitarian country
#: coordinator"); "the UN country team" stays a part (no title noun follows); twenty-seventh pass
_UN_TITLE_PARTS = frozenset({"country"})


def _sent_by_the_un(doc: Doc, i: int, rules: ContextRules) -> bool:
    """"des Nations Unies" after a delegation's or a function's noun ("une délégation des Nations Unies",
    "les représentants des Nations Unies", "le secrétaire général des Nations Unies", "une mission
    conjointe des Nations Unies"): the body that sent them or that they serve, as "a United Nations
    delegation" is (tests/real conventions: the UN inside an official's title is an organisation); up to
    two qualifiers of the title may stand before "des" (the "système", "agences", "charte des Nations
    Unies" are no actor)."""
    if i < 2 or doc[i - 1].lower_ != "des":
        return False
    folded = folded_tokens(doc)
    k = i - 2
    while k > 0 and i - 2 - k < 2 and folded[k] in rules.un_title_qualifiers and doc[k].is_alpha \
            and not doc[k].is_upper:
        k -= 1
    noun = folded[k]
    return noun in rules.un_party_nouns or _office_noun(noun, rules)


#: prepositions that name the country the United Nations act in after its name ("les Nations Unies au
#: Tchad", "des Nations Unies au Mali"), folded
_UN_IN_COUNTRY = frozenset({"au", "aux", "en", "in"})


def _un_in_a_country(doc: Doc, folded: list[str], after: int) -> bool:
    """"… Nations Unies au Tchad": a preposition then a capitalised name, the country the body acts in,
    not a longer name's words ("… aux réfugiés")."""
    return folded[after] in _UN_IN_COUNTRY and after + 1 < len(doc) and doc[after + 1].text[:1].isupper() \
        and doc[after + 1].is_alpha


def united_nations_named(doc: Doc, taken: set[int], rules: ContextRules) -> list[tuple[int, int]]:
    """"les Nations Unies" / "the United Nations" named after an article as one actor (a co-organiser,
    a delegation, who accepts a map): an organisation (tests/real conventions), though its two words
    are common and open many longer names, which the registry reads first. Not after "des" ("système
    des Nations Unies") unless a delegation's or a function's noun stands before it, nor before a
    capitalised word, a preposition or a collective noun. The same for its French acronym after the
    elided article ("de l'ONU"), and for "UN" before an official's title."""
    found = []
    folded = folded_tokens(doc)
    for i in range(1, len(doc) - 1):
        if (folded[i], folded[i + 1]) not in UNITED_NATIONS or not doc[i].text[:1].isupper() or i in taken or i + 1 in taken:
            continue
        start = i
        if i >= 2 and folded[i - 1] == "des" and folded[i - 2] == "organisation" and doc[i - 2].text[:1].isupper() \
                and i - 2 not in taken:
            start = i - 2  # "l'Organisation des Nations Unies": its name in full
        elif doc[i - 1].lower_ not in _UN_ARTICLES and not _sent_by_the_un(doc, i, rules) \
                and not _un_title_follows(doc, folded, i + 2, rules):
            continue  # "United Nations' Humanitarian Coordinator" needs no article
        after = doc[i + 2] if i + 2 < len(doc) else None
        if after is not None and after.is_alpha and (after.text[:1].isupper() or folded[i + 2] in _UN_NOT_AFTER) \
                and not _un_office_title(folded, i + 2, rules) and not _un_in_a_country(doc, folded, i + 2):
            continue
        found.append((start, i + 2))
    for i in range(1, len(doc)):  # "le secrétaire général de l'ONU": the French acronym after the elided article
        if folded[i] not in rules.united_nations_acronyms or i in taken or doc[i - 1].lower_ not in _UN_ELIDED \
                or not doc[i].text[:1].isupper() or doc[i].whitespace_ == "" and i + 1 < len(doc) and doc[i + 1].text in "-‐–":
            continue
        after = doc[i + 1] if i + 1 < len(doc) else None
        if after is not None and after.is_alpha and (after.text[:1].isupper() or folded[i + 1] in _UN_ACRONYM_NOT_AFTER):
            continue  # "l'ONU Femmes", "l'ONU pour …" ("de l'ONU au Mali" is the UN)
        found.append((i, i + 1))
    texts = token_texts(doc)
    for i in range(len(doc) - 1):  # "the UN Humanitarian Coordinator": the body an official serves
        if texts[i] == "UN" and i not in taken and (_un_title_follows(doc, folded, i + 1, rules)
                                                       or _un_as_subject(doc, folded, i, rules)):
            found.append((i, i + 1))
    return found + _un_system_in_a_title(doc, folded, taken, rules)


#: the joins between a coordinator's title and the UN system ("du", "of the")
_UN_SYSTEM_JOINS = (("du",), ("of", "the"))


def _un_system_in_a_title(doc: Doc, folded: list[str], taken: set[int], rules: ContextRules) -> list[tuple[int, int]]:
    """"la Coordonnatrice résidente du Système des Nations Unies", "Resident Coordinator of the United
    Nations System", "the Coordinator of the United Nations Systems in <country>": the UN system named
    in a coordinator's title (``un_title_words.csv``'s system_title; a qualifier of the title between)
    is the body the official serves (tests/real conventions of the twenty-third split; twenty-seventh
    pass). The system's noun: ``context_words.csv``'s un_system."""
    found = []
    for i in range(1, len(doc) - 3):
        if folded[i] not in rules.un_system_titles:
            continue
        k = i + 1
        if k < len(doc) and folded[k] in rules.un_title_qualifiers and doc[k].is_alpha:
            k += 1  # "Coordonnatrice résidente du …"
        for join in _UN_SYSTEM_JOINS:
            start = k + len(join)
            if tuple(folded[k:start]) != join or start + 3 > len(doc):
                continue
            if folded[start] in rules.un_system_nouns and folded[start + 1] == "des" \
                    and (folded[start + 2], folded[start + 3] if start + 3 < len(doc) else "") == UNITED_NATIONS[0] \
                    and doc[start + 2].text[:1].isupper():
                end = start + 4
            elif (folded[start], folded[start + 1]) == UNITED_NATIONS[1] and start + 2 < len(doc) \
                    and folded[start + 2] in rules.un_system_nouns and doc[start].text[:1].isupper():
                end = start + 3
            else:
                continue
            if not any(j in taken for j in range(start, end)):
                found.append((start, end))
    return found


#: the United Nations named as a UN body's owner after its name, folded words ("de l'ONU", "des Nations Unies",
#: "of the United Nations", "of the UN")
UN_OWNER_PHRASES = (("de", "l'", "onu"), ("de", "l’", "onu"), ("des", "nations", "unies"), ("of", "the", "united", "nations"),
                    ("of", "the", "un"))


def un_owner_after(doc: Doc, end: int) -> Optional[int]:
    """The end of "de l'ONU" / "des Nations Unies" / "of the United Nations" right after ``end``, the
    UN's words capitalised, and no capitalised word going on after it ("… de l'ONU Femmes")."""
    folded = folded_tokens(doc)
    for phrase in UN_OWNER_PHRASES:
        last = end + len(phrase)
        if tuple(folded[end:last]) == phrase and doc[last - 1].text[:1].isupper() \
                and not (last < len(doc) and doc[last].is_alpha and doc[last].text[:1].isupper()):
            return last
    return None


def _un_as_subject(doc: Doc, folded: list[str], i: int, rules: ContextRules) -> bool:
    """"the UN is …", "the UN still recognizes …", "… thanked the UN and other partners": "UN" with
    an auxiliary, an adverb or "and other" after it (``un_title_words.csv``, kind subject), no name
    it ends before it ("<Name> UN", "WFP-UN"): the body acting, not a noun's qualifier ("UN staff",
    "UN agencies", "UN and donor officials")."""
    k = i - 1
    while k >= 0 and doc[k].is_space and "\n" not in doc[k].text:
        k -= 1
    if k >= 0 and (doc[k].text in "-/–" or doc[k].is_alpha and doc[k].text[:1].isupper() and folded[k] != "the"):
        return False
    words = [t for t in doc[i + 1:i + 4] if not t.is_space]
    if not words or not words[0].is_alpha or not words[0].is_lower:
        return False
    first = fold(words[0].text)
    pair = " ".join(fold(t.text) for t in words[:2])
    return first in rules.un_subject_words or pair in rules.un_subject_words \
        or (first.endswith("ly") and len(first) > 4 and first not in rules.ly_not_adverbs)


#: the article elided before the United Nations' acronym written as a word ("l'ONU", "l'Onu":
#: ``context_words.csv``'s un_acronym); its English "UN" alone counts only before an official's title ("the
#: UN Humanitarian Coordinator", as tests/real's conventions read the UN in a title; as a subject gold calls
#: it either way)
_UN_ELIDED = frozenset({"l'", "l’"})
_UN_ACRONYM_NOT_AFTER = _UN_NOT_AFTER - {"au", "aux", "en", "in"}


def bodies_by_nationality(doc: Doc, rules: ContextRules, taken: set[int]) -> list[tuple[int, int]]:
    """"the Norwegian embassy", "l'Ambassade britannique", "la Coopération allemande", "la Croix Rouge
    tchadienne", "the French Red Cross", "le Croissant Rouge algérien": an embassy, a cooperation agency
    or a Red Cross or Red Crescent society named
    by its state's adjective of nationality (``nationalities.csv``, ``peoples.csv``), before the noun in English
    (capitalised), after it in French, is one organisation (tests/real conventions: an embassy is an
    organisation), whatever the noun's case; the noun alone ("la coopération bilatérale") is none."""
    found = []
    folded = folded_tokens(doc)
    adjectives = rules.nationality_words
    for i, word in enumerate(folded):
        first = i
        firsts = rules.national_body_firsts.get(word, ())
        if i > 0 and folded[i - 1] in firsts:
            first, word = i - 1, f"{folded[i - 1]} {word}"  # "Croix Rouge", "Red Crescent" in two words
        elif i > 1 and folded[i - 2] in firsts and doc[i - 1].text in "-‐":
            first, word = i - 2, f"{folded[i - 2]} {word}"  # "Croissant-Rouge", the hyphen its own token
        if word not in rules.national_body_nouns or any(k in taken for k in range(first, i + 1)):
            continue
        if first > 0 and doc[first - 1].is_title and folded[first - 1] in adjectives and first - 1 not in taken \
                and "\n" not in doc[first - 1].whitespace_:
            found.append((first - 1, i + 1))
        elif i + 1 < len(doc) and doc[i + 1].is_alpha and folded[i + 1] in adjectives and i + 1 not in taken \
                and "\n" not in doc[i].whitespace_ and not doc[i + 1].is_upper:
            found.append((first, i + 2))
    return found


#: an army's units, named by their number ("7 Division", "the 21st Armoured Brigade")
MILITARY_UNITS = frozenset({"division", "brigade", "battalion", "bataillon", "regiment", "corps"})


def numbered_units(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """"7 Division", "22e Bataillon", "the 21st Brigade": an army unit named by its number and a
    capitalised unit noun (one capitalised word may stand between) is an organisation (tests/real
    conventions: a numbered army division); "3 brigades" in lower case or the plural is a count."""
    found = []
    texts = token_texts(doc)
    for i in range(len(doc) - 1):
        if i in taken or not texts[i][:1].isdigit() or not re.fullmatch(r"\d{1,3}(?:st|nd|rd|th|e|ème|eme)?", texts[i]):
            continue
        end = i + 1
        if end + 1 < len(doc) and doc[end].is_title and fold(doc[end + 1].text) in MILITARY_UNITS:
            end += 1  # "21st Armoured Brigade"
        if fold(doc[end].text) in MILITARY_UNITS and doc[end].is_title and end not in taken \
                and "\n" not in doc[i].whitespace_:
            found.append((i, end + 1))
    return found


def names_a_publication(span: Span, rules: ContextRules) -> bool:
    """A capitalised title closed by a publication noun ("Ruritania Humanitarian Bulletin", "…
    Dashboard": ``context_words.csv``'s publication), never a body's name: the NER reads such a title as
    a body; an agency inside it is `doubtful` (tests/real)."""
    return len(span) >= 2 and fold(span[-1].text) in rules.publication_nouns and span[-1].text[:1].isupper()


#: how many capitalised words a name closed by its body noun may hold before it
MAX_CLOSED_NAME_WORDS = 4


#: the prepositions of place after which a gathering body's area closes its name ("… des déplacés à <town>";
#: also place_readings.closes_a_gathering_bodys_name's, which drops that place)
GATHERING_AREA_PREPOSITIONS = frozenset({"à", "en", "au", "aux"})
#: the joins between a gathering body's head and the people it gathers ("Association des déplacés")
GATHERING_JOINS = frozenset({"de", "des", "du", "d'", "d’"})
#: the join and the articles before a gathering body's cause ("Coalition pour la paix")
GATHERING_CAUSE_JOINS = frozenset({"pour"})
GATHERING_CAUSE_ARTICLES = frozenset({"la", "le", "l'", "l’"})
#: how many capitalised words an area closing a gathering body's name may have ("à <Town>", "en <Two Words>")
_GATHERING_AREA_WORDS = 3


def _gathering_area_end(doc: Doc, at: int) -> Optional[int]:
    """The end of "à <Town>" at ``at`` closing a clause: a preposition of place, one to three capitalised
    words, then punctuation, a line's end or the text's end."""
    if at + 1 >= len(doc) or doc[at].text not in GATHERING_AREA_PREPOSITIONS:
        return None
    end = at + 1
    while end < len(doc) and end - at <= _GATHERING_AREA_WORDS and doc[end].is_alpha and doc[end].is_title:
        end += 1
    if end == at + 1 or end - at > _GATHERING_AREA_WORDS or "\n" in doc[at:end - 1].text_with_ws:
        return None
    return end if end == len(doc) or doc[end].is_punct or doc[end].is_space else None


def gathering_bodies(doc: Doc, rules: ContextRules, taken: set[int]) -> list[tuple[int, int]]:
    """"une Association des déplacés à <town>", "la Coordination des réfugiés <nationality>", "la Coalition
    pour la paix à <town>": a capitalised head of a body named after the people it gathers
    (``body_qualifiers.csv``'s kinds "gathering" and "head") and a group's noun in lower case after
    "des"/"de" (a people's adjective may follow), or its cause after "pour la/le" when its area closes the
    name: one body, its area part of its name when a place after "à"/"en"/"au" ends the clause (tests/real
    conventions; place_readings.closes_a_gathering_bodys_name drops the place). Review of the twenty-sixth
    pass, twenty-seventh pass."""
    found = []
    folded = folded_tokens(doc)
    i = 0
    while i < len(doc) - 2:
        if folded[i] not in rules.gathering_heads or not doc[i].is_title or i in taken:
            i += 1
            continue
        k = i + 1
        cause = False
        if doc[k].lower_ in GATHERING_JOINS and doc[k + 1].is_lower and doc[k + 1].is_alpha \
                and folded[k + 1] in rules.groups:
            end = k + 2
            if end < len(doc) and doc[end].is_lower and folded[end] in rules.groups:
                end += 1  # "des réfugiés maliens": the group and a people's adjective
        elif doc[k].lower_ in GATHERING_CAUSE_JOINS and k + 2 < len(doc) and doc[k + 1].lower_ in GATHERING_CAUSE_ARTICLES \
                and doc[k + 2].is_lower and doc[k + 2].is_alpha and folded[k + 2] not in rules.stop_words:
            end, cause = k + 3, True
        else:
            i += 1
            continue
        area = _gathering_area_end(doc, end) if end < len(doc) else None
        if cause and area is None:
            i += 1
            continue  # "un Comité pour la paix" alone: a cause's words, left to other readings
        end = area or end
        if any(j in taken for j in range(i, end)):
            i += 1
            continue
        found.append((i, end))
        i = end
    return found


#: the determiners before a joint body named by its parties' count ("la commission tripartite", "the Tripartite
#: commission", "cette commission tripartite"), folded; an indefinite article names a kind of body, not one
_JOINT_DETERMINERS = frozenset({"la", "le", "l'", "l’", "the", "this", "cette", "ce", "its", "their", "sa", "son",
                                "leur", "notre", "our"})


def joint_commissions(doc: Doc, rules: ContextRules, taken: set[int]) -> list[tuple[int, int]]:
    """"la commission tripartite <state>-<state>-<agency>", "The Tripartite commission agreed …": a joint
    body's noun and the count of its parties (``body_qualifiers.csv``'s kinds "joint_head" and "parties"),
    in either order and any case, after a definite article or a possessive: one organisation (tests/real
    conventions: "the member states are `doubtful`, the agency an organisation"; twenty-seventh pass)."""
    found = []
    folded = folded_tokens(doc)
    for i in range(1, len(doc) - 1):
        pair = (folded[i], folded[i + 1])
        if not (pair[0] in rules.joint_heads and pair[1] in rules.party_counts
                or pair[0] in rules.party_counts and pair[1] in rules.joint_heads):
            continue  # "la commission tripartite", "the Tripartite commission": either order
        start, end = i, i + 2
        if folded[start - 1] not in _JOINT_DETERMINERS or any(k in taken for k in range(start, end)):
            continue
        if not doc[start].is_alpha or not doc[start + 1].is_alpha:
            continue
        found.append((start, end))
    return found


def names_closed_by_a_body_noun(doc: Doc, rules: ContextRules, taken: set[int], places: frozenset[int] = frozenset()
                                ) -> list[tuple[int, int]]:
    """"Acme Caregivers Foundation", "the Kalimbo Women Association": up to four capitalised words
    on one line closed by a capitalised body noun (``closing_body_nouns.csv``) name one body the lists need not know (a place
    inside it is part of the name); a company's legal suffix closes a name the same way ("Acme Logistics
    Ltd", "xACME Inc.", "Kivu Transport SARL"). Not a stop word, a month or a role word among them
    ("Programme Officer Association"), nor a noun after a word in capitals (a heading), nor the noun
    alone, nor the noun before a role word ("Emergency Team Leader": a person's function)."""
    found = []
    folded = folded_tokens(doc)
    blocked = taken - places
    for i, word in enumerate(folded):
        if word.rstrip(".") not in rules.closing_body_nouns or i in blocked \
                or not (doc[i].is_title or (doc[i].is_upper and i > 0 and not doc[i - 1].is_upper)) \
                or (i + 1 < len(doc) and _office_noun(folded[i + 1], rules)) or _owns_a_longer_name(doc, i):
            continue  # "Inc.", "Ltd", "SARL" after a name not in capitals too: a company's
        # "Bilo-Press": the noun glued by a hyphen to the name's one word, no more (twenty-eighth pass)
        glued = i > 1 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_ \
            and i - 2 not in blocked and _closed_name_word(doc, i - 2, rules)
        k = i - 2 if glued else i
        while not glued and k > 0 and i - k < MAX_CLOSED_NAME_WORDS and k - 1 not in blocked \
                and _closed_name_word(doc, k - 1, rules):
            k -= 1
        # a kind after one word ("the Government Agency": closing_body_nouns.csv's kind column) or a kind's
        # phrase closing the name ("the Cluster Lead Agency", kind_body_phrases.csv): no body
        if k < i - (word in rules.kind_closing_nouns) and not any(
                " ".join(folded[j:i + 1]) in rules.kind_body_phrases for j in range(max(k, i - 2), i)):
            found.append((k, i + 1))
    return found


def _owns_a_longer_name(doc: Doc, i: int) -> bool:
    """"… Commission's Directorate-General for …": the noun's possessive before a capitalised word opens
    the longer name of one of its parts, which is the body named (a donor's boilerplate line)."""
    return i + 2 < len(doc) and doc[i + 1].text in ("'s", "’s") and doc[i + 2].text[:1].isupper()


#: an acronym led by a lower-case letter ("iMMAP", "eHealth"-like brands in capitals after it); not
#: a French elision whose apostrophe was lost ("dAME", "lONG": d', l' before an acronym)
_LOWER_LED_ACRONYM = re.compile(r"[a-ce-km-z][A-Z]{2,}[A-Za-z]*")


def lower_led_acronym(text: str) -> bool:
    """"iMMAP"-like: one lower-case letter, then capitals (an agency's brand); "dAME", "lONG" are
    elisions that lost their apostrophe."""
    return bool(_LOWER_LED_ACRONYM.fullmatch(text))


def _closed_name_word(doc: Doc, k: int, rules: ContextRules) -> bool:
    token = doc[k]
    word = fold(token.text)
    return token.is_alpha and "\n" not in token.whitespace_ \
        and (token.is_title or (token.is_upper and len(word) <= 5) or lower_led_acronym(token.text)) \
        and word not in rules.stop_words and word not in rules.months \
        and (word not in rules.role_words or _members_noun_before_a_head(folded_tokens(doc), k, rules))


#: what joins an office, a membership or a body's belonging to the body, as folded ("membres du", "chair of
#: the", "les locaux du HCR", "de l'OMS"); a longer join before the shorter it begins with ("de la", "de")
BELONGING_JOINS = (("du",), ("de", "la"), ("de", "l"), ("d",), ("de",), ("of", "the"), ("of",))


#: what parts a hyphened or spaced title ("co-president", "co president")
_TITLE_PARTS = re.compile(r"[\s‐–-]+")


def _office_noun(word: str, rules: ContextRules) -> bool:
    """A folded noun of a person's function or of belonging to a body, in the plural too, a
    hyphened title by its last part ("co president": "president"). Asked of every token of a
    text: one compiled split, one set united once (``function_nouns``)."""
    nouns = rules.function_nouns
    return any(w in nouns for w in singulars(_TITLE_PARTS.split(word.strip())[-1]))


def office_named_organisations(doc: Doc, rules: ContextRules, taken: set[int]) -> list[tuple[int, int]]:
    """The acronym an office or a membership belongs to ("les membres du GTZ", "le Co-président du
    CTR", "the chair of the HKT"): what has members, a chair or a coordinator is a body, whatever
    its letters, so an acronym no list knows is one there. Only a word in capitals is taken: "le
    coordinateur du cluster" names the body by another rule, "le chef du village" none. Not in a
    heading in capitals ("POINT DE SITUATION"), nor a word of the language ("Point of AGENDA"), nor
    one part of a pair the slash joins ("CTR/CNZA": the pair is one name, read as such)."""
    found = []
    folded = folded_tokens(doc)
    for i, word in enumerate(folded):
        if not word or not _office_noun(word, rules) or doc[i].is_upper:
            continue
        for join in BELONGING_JOINS:
            end = i + 1 + len(join)
            if end < len(doc) and tuple(doc[k].lower_.rstrip("'’") for k in range(i + 1, end)) == join:
                text = doc[end].text
                if end not in taken and text.isupper() and _acronym_at(doc, end, rules) is not None \
                        and not plural_acronym(text) and not _slash_joined(doc, end) \
                        and not (len(text) >= SHORTEST_CAPITALS_WORD and is_language_word(text, doc.vocab)):
                    found.append((end, end + 1))
                break
    return found


def _slash_joined(doc: Doc, i: int) -> bool:
    """A token glued by a slash to the next word ("CTR/CNZA")."""
    return i + 2 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text == "/" and not doc[i + 1].whitespace_


def _heading_word(doc: Doc, noun: int, span: tuple[int, int]) -> bool:
    """"PARTNER UPDATES": a kind noun in capitals, or its acronym's plural ("ONGs NATIONALES : 23"),
    before one word of the language in capitals (five letters or more) is a heading or a category, not a
    body's kind and name ("NGO COOPI", "ONG AMIS" stay names)."""
    start, end = span
    word = doc[start].text
    return (doc[noun].is_upper or plural_acronym(doc[noun].text)) and end - start == 1 and word.isupper() and len(word) >= 5 \
        and is_language_word(word, doc.vocab)


def _acronym_at(doc: Doc, i: int, rules: ContextRules) -> Optional[tuple[int, int]]:
    """An acronym at token ``i`` ("KOUNDA", "AMAF-Gao" cut by the tokenizer stays "AMAF"): two
    letters or more in capitals, not a roman numeral, month, stop word or kind noun."""
    text = doc[i].text
    if not (acronym_shaped(text) or (text.isupper() and text.isalpha() and len(text) >= 2)):
        return None
    word = fold(text)
    if is_roman(text) or word in rules.months or word in rules.stop_words or word in rules.ngo_words:
        return None
    return i, i + 1


def _common_words(span: Span, rules: ContextRules) -> bool:
    """A name of capitalised words that are all words of the language or a body's words
    ("Nationale", "Locale Partenaire"), not a proper name."""
    words = [t for t in span if t.is_alpha and t.lower_ not in NAME_CONNECTORS]
    if any(t.is_upper for t in words) or (not words and _NUMBERED_ACRONYM.fullmatch(span.text)):
        return False  # "3AG": no word, a numbered acronym's shape (twenty-eighth pass); "Co-Lead" stays common
    return all(fold(t.text) in rules.body_marks or is_language_word(t.text, span.doc.vocab) for t in words)


MAX_EXPANSION_TOKENS = 10


def initials_of(words: list[Token]) -> str:
    """First letters of a name's content words ("direction générale de migration": "dgm")."""
    return "".join(fold(w.text[0]).lower() for w in words if w.lower_.rstrip("'’") not in NAME_CONNECTORS)


#: a compound of alphabetic parts joined by hyphens, one token ("Inter-Sector", "Inter-Agences")
_COMPOUND = re.compile(r"[^\W\d_]+(?:[-‐‑][^\W\d_]+)+")


def _compound_word(text: str) -> bool:
    return bool(_COMPOUND.fullmatch(text))


def _part_initials(words: list[Token]) -> str:
    """Initials with each part of a hyphened compound giving its letter ("Inter-Sector Coordination
    Group": "iscg"), as acronyms of such names are mostly made."""
    return "".join(fold(part[0]).lower() for w in words if w.lower_.rstrip("'’") not in NAME_CONNECTORS
                   for part in re.split(r"[-‐‑]", w.text) if part)


#: what an acronym defined after its name stands between: parentheses ("(CPIA/IASC)" too) or quotes
_ACRONYM_BRACKETS = frozenset({("(", ")"), ("(", "/"), ("«", "»"), ("“", "”"), ('"', '"')})


def expansion_before(doc: Doc, acronym: int, taken: set[int]) -> Optional[tuple[int, int]]:
    """The full name written just before an acronym in parentheses, its words' initials the
    acronym's letters ("direction générale de migration (DGM)", "Comité Permanent Inter Agence
    (CPIA/IASC)"), or in quotes ("Global Zorg Cluster « GZC »"): the name is an organisation too."""
    if acronym < 2 or acronym + 1 >= len(doc) or (doc[acronym - 1].text, doc[acronym + 1].text) not in _ACRONYM_BRACKETS:
        return None
    letters = re.sub(r"[^a-z]", "", doc[acronym].text.lower())
    words: list[Token] = []
    k = acronym - 2
    while k >= 0 and len(words) < MAX_EXPANSION_TOKENS and k not in taken:
        token = doc[k]
        if token.is_space and token.text.count("\n") <= 1:
            k -= 1
            continue
        if not (token.is_alpha or token.lower_.rstrip("'’") in NAME_CONNECTORS or _compound_word(token.text)):
            break  # an elided connector ("d’Appui") is no break in the name
        words.insert(0, token)
        if words[0].lower_.rstrip("'’") not in NAME_CONNECTORS and letters in (initials_of(words), _part_initials(words)):
            return words[0].i, words[-1].i + 1
        k -= 1
    return None


def spelt_out_as_a_role(doc: Doc, text: str, rules: ContextRules) -> bool:
    """"Deputy Special Representative of the Secretary-General (DSRSG)": an acronym the document
    spells out, before it in parentheses, as a name holding a noun of a person's function is that
    function's, no body, wherever the document writes it (a hyphen between the name's words is
    its own token here, skipped). The role must be the name's head, before its first connector,
    with no body's mark there ("Conseil des Ministres", "Resident Coordinator Office": bodies)."""
    letters = re.sub(r"[^a-z]", "", text.lower())
    for token in doc:
        i = token.i
        if token.text != text or i < 2 or i + 1 >= len(doc) or (doc[i - 1].text, doc[i + 1].text) != ("(", ")"):
            continue
        words: list[Token] = []
        k = i - 2
        while k >= 0 and len(words) < MAX_EXPANSION_TOKENS and "\n" not in doc[k].whitespace_:
            if doc[k].text in ("-", "‐", "‑") and not doc[k].whitespace_:
                k -= 1
                continue
            if not (doc[k].is_alpha or doc[k].lower_.rstrip("'’") in NAME_CONNECTORS):
                break
            words.insert(0, doc[k])
            if words[0].lower_.rstrip("'’") not in NAME_CONNECTORS and initials_of(words) == letters:
                head = [fold(w.text) for w in words]
                head = head[:next((n for n, w in enumerate(head) if w.rstrip("'’") in NAME_CONNECTORS), len(head))]
                # the role must be the name's head: "Réseau des Chefs …", "Resident Coordinator Office",
                # "Office of the Special Representative …" are bodies named after their members
                return any(not rules.role_words.isdisjoint(singulars(w)) for w in head) \
                    and rules.body_marks.isdisjoint(head)
            k -= 1
    return False


#: how many more initials than the acronym's letters its spelled-out phrase may give ("… au Niger (CISAN)"),
#: and how many tokens, its connectors counted, the phrase may hold
_SPARE_INITIALS = 2
_LONGEST_SPELLING = 16


def opens_with_a_title_of(ent: Span, rules: ContextRules) -> bool:
    """"Head of Government", "Head of State": a title's noun before "of" (``role_word_limits.csv``'s
    of_title) opening a name the NER reads as a body's: the office, no body."""
    words = [t for t in ent if not t.is_space]
    return len(words) >= 3 and fold(words[0].text) in rules.of_titles and words[1].lower_ == "of"


def closed_by_an_events_noun(ent: Span, rules: ContextRules) -> bool:
    """"World Humanitarian Day in the <venue>", "Zorgo Youth Summit": a name the NER reads as a body whose
    first run of capitalised words (two or more) ends with a noun of an event, a plan or a tool
    (``not_body_heads.csv``; the head last, as English puts it), no word of a body's name among them
    ("Zorgo NGO Forum Meeting" names the forum), is that event's, no body (twenty-seventh pass)."""
    run = []
    for token in ent:
        if not (token.is_alpha and token.is_title):
            break  # an acronym ends the run too: "Workshop ZORG" is named_as_no_body's
        run.append(fold(token.text))
    return len(run) >= 2 and run[-1] in rules.not_body_heads and not any(w in rules.body_name_words for w in run)


#: the shortest English gerund opening a theme's or a headline's words ("Celebrating", "Building")
_SHORTEST_GERUND = 6


def opens_with_a_gerund(ent: Span, rules: ContextRules) -> bool:
    """"under the theme “Celebrating Women Humanitarians”", "Building Resilience Together": a name the NER
    reads as a body opening with a capitalised English gerund, a word of the language or right after an
    opening quote, no word of a body's name in it, is a theme's or a headline's words, no body
    (twenty-seventh pass)."""
    words = [t for t in ent if t.is_alpha]
    first = words[0].text if words else ""
    quoted = ent.start > 0 and ent.doc[ent.start - 1].text in _OPENING_QUOTES
    return len(words) >= 2 and first.istitle() and first.endswith("ing") and len(first) >= _SHORTEST_GERUND \
        and (quoted or is_language_word(first, ent.doc.vocab)) \
        and not any(fold(t.text) in rules.body_name_words for t in words)


#: the quotes a theme's or a slogan's words open with
_OPENING_QUOTES = frozenset({"“", "\"", "«", "‘"})


def named_as_no_body(ent: Span, rules: ContextRules) -> bool:
    """"Atelier ZH", "Workshop ZORG": a name the NER reads as a body's opening with a noun of an event, a
    plan or a tool (``not_body_heads.csv``) then an acronym alone is that thing's, no body."""
    words = [t for t in ent if not t.is_space]
    return len(words) == 2 and fold(words[0].text) in rules.not_body_heads and acronym_shaped(words[1].text)


def spelt_out_as_no_body(doc: Doc, i: int, rules: ContextRules) -> bool:
    """"Conférence internationale sur la sécurité alimentaire au Zorgo (CISAZ)", "Plan de réponse
    régional pour les réfugiés (HRP/RRRP)", "Personnes déplacées internes et communautés d'accueil
    (PDICA)": an acronym in parentheses (alone or after another and a slash) whose letters the
    phrase before it spells, in any order (a French phrase, an English acronym), that phrase opening
    with a noun of an event, a plan or a tool (``not_body_heads.csv``) or a group of people
    (``social_groups.csv``), is that thing's, no body."""
    letters = sorted(re.sub(r"[^a-z]", "", doc[i].text.lower()))
    k = i - 1
    while k >= 1 and doc[k].text == "/" and acronym_shaped(doc[k - 1].text):
        k -= 2  # "(HRP/RRRP)": the pair's first acronym
    if k < 1 or doc[k].text != "(" or i + 1 >= len(doc) or doc[i + 1].text != ")":
        return False
    words: list[Token] = []
    k -= 1
    closing = fold(doc[k].text) if k >= 0 and doc[k].is_title and doc[k].is_alpha else ""
    while k >= 0 and len(words) < _LONGEST_SPELLING and "\n" not in doc[k].whitespace_ \
            and (doc[k].is_alpha or doc[k].lower_.rstrip("'’") in NAME_CONNECTORS or _glued_hyphen(doc, k)):
        if _glued_hyphen(doc, k):
            k -= 1  # "Medium-Term Expenditure Framework (MTEF)": a compound's hyphen is no word
            continue
        words.insert(0, doc[k])
        initials = initials_of(words)
        if len(initials) > len(letters) + _SPARE_INITIALS:
            return False
        folded = [fold(w.text) for w in words]
        if folded[0] not in NAME_CONNECTORS \
                and (all(initials.count(c) >= letters.count(c) for c in set(letters))
                     or _abbreviates_in_order(doc[i].text, words)) \
                and (folded[0] in rules.not_body_heads or _capitalised_english_head(doc[i].text, words, closing, rules)
                     or any(" ".join(folded[:n]) in rules.groups for n in range(1, min(4, len(folded)) + 1))):
            return True
        k -= 1
    return False


def _capitalised_english_head(acronym: str, words: list[Token], closing: str, rules: ContextRules) -> bool:
    """"State Action Plan (SAP)", "Medium-Term Expenditure Framework (MTEF)": an English phrase of
    capitalised words, no connector, closed by a noun of a plan or a tool (``not_body_heads.csv``; the
    head comes last in English) whose initial ends the acronym, is that thing's name ("Zorg Country Team
    Meeting (ZCT)" names the team: its acronym stops before the meeting); twenty-seventh pass."""
    return closing in rules.not_body_heads and acronym[-1:].lower() == closing[:1] \
        and all(w.is_title or w.is_upper for w in words) and not any(w.lower_ in NAME_CONNECTORS for w in words)


def _abbreviates_in_order(acronym: str, words: list[Token]) -> bool:
    """The acronym's letters, in order, the initials of the phrase's content words, words passed over
    between them, one letter at most the next of the word whose initial came before it ("Plan de
    Relèvement et de Consolidation de la paix en Zorgolande (RCPZO)": R, C, P, Z, then O of Zorgolande)."""
    letters = re.sub(r"[^a-z]", "", fold(acronym).lower())
    content = [fold(w.text).lower() for w in words if w.lower_.rstrip("'’") not in NAME_CONNECTORS]
    if len(letters) < 3 or not content:
        return False

    def match(a: int, w: int, pos: int, inner: bool) -> bool:
        if a == len(letters):
            return True
        if w >= 0 and not inner and letters[a] in content[w][pos:]:
            if match(a + 1, w, content[w].index(letters[a], pos) + 1, True):
                return True
        return any(content[n][:1] == letters[a] and match(a + 1, n, 1, inner) for n in range(w + 1, len(content)))

    return match(0, -1, 0, False)


def qualifies_a_place_noun(doc: Doc, closing: int, rules: ContextRules) -> bool:
    """"Protection of Civilians (PoC) site", "Internally Displaced People (IDP) camp": an acronym in
    parentheses right before a lower-case noun of a place (a strong cue of ``place_cues.csv``) names a
    kind of site, no body."""
    after = closing + 1
    return after < len(doc) and doc[after].is_lower and folded_tokens(doc)[after] in rules.strong_one_word_cues


def expansion_after(doc: Doc, acronym: int, taken: set[int]) -> Optional[tuple[int, int]]:
    """The full name written in parentheses just after its acronym, the other way round ("le PAZ
    (Programme Alimentaire Zorgien)"): its words' initials the acronym's letters, nothing else inside."""
    if acronym + 3 >= len(doc) or doc[acronym + 1].text != "(":
        return None
    letters = re.sub(r"[^a-z]", "", doc[acronym].text.lower())
    k = acronym + 2
    while k < len(doc) and k - acronym - 2 < MAX_EXPANSION_TOKENS and doc[k].text != ")":
        token = doc[k]
        if k in taken or "\n" in token.whitespace_ or not (
                token.is_alpha or token.lower_.rstrip("'’") in NAME_CONNECTORS or _compound_word(token.text)):
            return None
        k += 1
    words = list(doc[acronym + 2:k])
    if k >= len(doc) or doc[k].text != ")" or not words or not words[0].text[:1].isupper() \
            or letters not in (initials_of(words), _part_initials(words)):
        return None
    return acronym + 2, k


def read_definition(doc: Doc, ent: Span, rules: ContextRules) -> Optional[tuple[tuple[int, int], int]]:
    """A name the statistical NER reads as a body, then its acronym alone in parentheses ("l'Agence
    zorgienne pour la santé (ZAS)", "Bureau de la coordination des affaires X (OCHA)", whatever the
    acronym's language): the name cut after the last lower-case word before it ("Agencies including
    World Zorg Program" -> "World Zorg Program") and the acronym's index; else None (a name opening
    with a noun of ``not_body_heads.csv``: an event, a project, a plan)."""
    i = ent.end
    if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")" or not acronym_shaped(doc[i + 1].text) \
            or not doc[i + 1].text[:1].isupper():
        return None
    start = ent.start
    for k in range(ent.start, ent.end - 1):
        if doc[k].is_lower and doc[k].lower_.rstrip("'’") not in NAME_CONNECTORS and not doc[k + 1].is_lower:
            start = k + 1  # "Agencies including World …": the name starts after the clause's words
    while start < ent.end and (doc[start].lower_.rstrip("'’") in NAME_CONNECTORS or doc[start].is_punct):
        start += 1
    if ent.end - start < 2 or not doc[start].text[:1].isupper() or fold(doc[start].text) in rules.not_body_heads \
            or all(t.is_upper or not t.is_alpha for t in doc[start:ent.end]):
        return None  # "Conférence internationale sur … (CISAN)": an event; "AT/MD (AMAP)": a byline's initials
    return (start, ent.end), i + 1


def titled_name_before(doc: Doc, acronym: int, taken: set[int]) -> Optional[tuple[int, int]]:
    """The capitalised name written just before a KNOWN organisation's acronym in parentheses,
    whatever its initials: a translation or another wording of the name ("National Emergency
    Response and Rehabilitation Council (CONASUR)", "Conseil Norvégien pour les Réfugiés (NRC)").
    Its content words are all capitalised, joined by connectors; the caller asks for a body's
    head noun or two connectors, so that a person's name before an agency ("Awa Diallo (UNICEF)")
    is not one."""
    if acronym < 2 or doc[acronym - 1].text != "(" or acronym + 1 >= len(doc) or doc[acronym + 1].text != ")":
        return None
    words: list[Token] = []
    k = acronym - 2
    while k >= 0 and len(words) < MAX_EXPANSION_TOKENS and k not in taken:
        token = doc[k]
        if token.is_space or "\n" in token.whitespace_:
            break
        connector = token.lower_.rstrip("'’") in NAME_CONNECTORS
        if not (token.is_alpha or token.text in ("'", "’", "&")) or not (connector or token.text[:1].isupper()):
            break
        words.insert(0, token)
        k -= 1
    while words and words[0].lower_.rstrip("'’") in NAME_CONNECTORS | {"'", "’"}:
        words.pop(0)
    content = [w for w in words if w.lower_.rstrip("'’") not in NAME_CONNECTORS]
    if len(content) < 2 or any(w.is_upper and len(w) > 1 for w in content):
        return None
    return words[0].i, words[-1].i + 1


def sentence_case_name_before(doc: Doc, acronym: int, taken: set[int]) -> Optional[tuple[int, int]]:
    """A known organisation's name in French sentence case just before its acronym in
    parentheses, inside a sentence: its first word capitalised after a lower-case word, the others
    in any case ("du représentant du Bureau de coordination des affaires humanitaires (OCHA)"). The
    name opens at the farthest such capital on the line (a capital after a lower-case connector
    inside it, "des Affaires", is no start); a capital opening a line or a sentence is none, as a
    table's activity ("Distribution de kits (UNICEF)") is written so."""
    if acronym < 3 or doc[acronym - 1].text != "(" or acronym + 1 >= len(doc) or doc[acronym + 1].text != ")":
        return None
    start = None
    k = acronym - 2
    while k > 0 and acronym - 1 - k <= MAX_EXPANSION_TOKENS and k not in taken:
        token = doc[k]
        if token.is_space or "\n" in token.whitespace_:
            break
        connector = token.lower_.rstrip("'’") in NAME_CONNECTORS
        if not (token.is_alpha or connector):
            break
        before = doc[k - 1]
        if token.text[:1].isupper() and not token.is_upper and not connector and before.is_alpha \
                and before.is_lower and "\n" not in before.whitespace_:
            start = k
        k -= 1
    if start is None:
        return None
    words = doc[start:acronym - 1]
    content = [w for w in words if w.lower_.rstrip("'’") not in NAME_CONNECTORS]
    if len(content) < 2 or any(w.is_upper and len(w) > 1 for w in content):
        return None
    return start, acronym - 1


#: prepositions before a town ("à", folded "a"): a place after one is where a body sits or meets
#: ("le Ministère de la Santé à Nouakchott"), not a word of its name
TOWN_PREPOSITIONS = frozenset({"a", "at"})
#: prepositions before a country or a region, which a body's name often carries ("Coordination
#: des affaires humanitaires au Mali", "Association pour la Survie au Sahel")
REGION_PREPOSITIONS = frozenset({"au", "aux", "en", "in"})


#: finite auxiliaries and copulas, as written in lower case with their accents ("à" is no auxiliary;
#: "Est" is a region): a verb that makes a phrase a clause ("le chef a salué A, B", "<village>, une
#: femme était enlevée", "The UN is concerned about … <country>")
FINITE_AUXILIARIES = frozenset({"a", "ont", "est", "sont", "avait", "avaient", "était", "étaient", "fut", "sera",
                                "seront", "has", "have", "had", "is", "are", "was", "were", "will"})
#: the same without "a" (an English article too): one inside what the NER reads as a body's name before
#: "in <place>" makes it a clause the NER ran on over
RUN_ON_CLAUSE_WORDS = FINITE_AUXILIARIES - {"a"}


def place_beside_a_name(doc: Doc, place: Span, name: Span, rules: ContextRules) -> bool:
    """A place that a longer capitalised name the NER read (``name``) only stands beside: after
    a preposition before a town ("réunion au Ministère de l'Intérieur à Nouakchott"), or before
    a country when the NER's name runs on past it ("la Mission de Protection au Burkina Faso
    Identification des besoins") or over a clause ("The UN is concerned about the situation in
    <country>"), or across a full stop or a line break ("par l'Organisation des
    Nations Unies. Niger"), or closing it after an office's noun ("Head Quarters Abuja":
    ``context_words.csv``'s office);
    "Fondation Tilder Mali" has its country as a word of its name."""
    if place.start == 0 or place.start <= name.start:
        return False
    before = doc[place.start - 1]
    preposition = fold(before.text) if before.is_lower else ""
    if preposition in TOWN_PREPOSITIONS or (preposition in REGION_PREPOSITIONS and name.end > place.end):
        return True
    if fold(before.text) in rules.office_words and place.end == name.end:
        return True  # "NEMA National Head Quarters Abuja": the town the office is in, a place
    if preposition in REGION_PREPOSITIONS and any(t.text in RUN_ON_CLAUSE_WORDS for t in doc[name.start:place.start]):
        return True  # "The United Nations is concerned about the situation in <country>": a clause, no name
    return before.text == "." or "\n" in before.text


_NAME_WORDS = re.compile(r"[^\W\d_]+")


#: admin level words whose initial an abbreviation of the places before them may end with ("… Upper
#: Nile States (GUNS)")
INITIALLED_LEVEL_WORDS = REGION_WORDS_AFTER | {"state", "states"}


def place_acronyms(doc: Doc, places: list[Span], taken: set[int]) -> list[tuple[int, int]]:
    """An abbreviation in parentheses made of the initials of the places just before it, "the
    North-West and South-West regions (NWSW)", "Central African Republic (CAR)", and its other
    mentions in the text: a place too (the places named by their initials)."""
    found: list[tuple[int, int]] = []
    if not places or "(" not in doc_text(doc):
        return found  # initials are read in parentheses after a place
    texts = token_texts(doc)
    for token in (doc[i] for i in range(1, len(doc) - 1) if texts[i] == "("):
        if token.i + 2 >= len(doc) or doc[token.i + 2].text != ")":
            continue
        inner = doc[token.i + 1]
        letters = inner.text
        if not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 8) or inner.i in taken:
            continue
        before = [p for p in places if p.end <= token.i and token.i - p.end <= 2]  # "regions (NWSW)"
        if not before:
            continue
        chain = [p for p in places if before[-1].start - 12 <= p.start and p.end <= before[-1].end]
        between = doc[before[-1].end:token.i]
        level = "".join(t.text[0] for t in between) if all(
            t.text[:1].isupper() and fold(t.text) in INITIALLED_LEVEL_WORDS for t in between) else ""
        initials = ""
        for place in reversed(chain):
            initials = "".join(w[0] for w in _NAME_WORDS.findall(place.text) if w[0].isupper()) + initials
            widened = doc[place.start - 1].text[:1] + initials if place.start > 0 and doc[place.start - 1].text[:1].isupper() \
                and fold(doc[place.start - 1].text) in PLACE_PREFIXES else initials  # "Greater Upper Nile"
            if letters in (initials, initials + level, widened, widened + level):  # "… Upper Nile States (GUNS)": the level's initial too
                found.append((inner.i, inner.i + 1))
                break
    names = {doc[start].text for start, _end in found}
    found += [(i, i + 1) for i, text in enumerate(texts) if text in names and i not in taken and (i, i + 1) not in found]
    return found


_INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")


def infinitive_after_a(doc: Doc, start: int, end: int) -> bool:
    """"Actions à Prendre", "Points à Retenir": a capitalised verb after "à", not a place the
    preposition points to; a word of the language (one the vocabulary has a vector for) with
    an infinitive's ending."""
    if end - start != 1 or start == 0 or doc[start - 1].lower_ not in ("à", "a"):
        return False
    text = doc[start].text
    return len(text) >= 5 and fold(text).endswith(_INFINITIVE_ENDINGS) and is_language_word(text, doc.vocab)


_NUMBERED_NAME = re.compile(r"[A-Z][a-zà-ÿ]{2,}[0-9]{1,2}")


def numbered_name(text: str) -> bool:
    """"Timbiga1", "Site2": a name and its number glued (two sites of one village, the space lost)."""
    return bool(_NUMBERED_NAME.fullmatch(text))


def after_an_acronym(doc: Doc, span: Span) -> bool:
    """A name in prose case right after an acronym on its line ("HELP Tchad", "ZOA Niger"): an
    organisation's country office, one organisation mention with no place of its own, as
    "REACH Mali" is when the registry knows the acronym."""
    if span.start == 0 or span.text.isupper():
        return False
    acronym = doc[span.start - 1]
    return acronym.whitespace_ == " " and acronym.is_alpha and acronym.is_upper and len(acronym.text) >= 2


def alone_on_its_line(doc: Doc, span: Span) -> bool:
    """A span that is a whole line of the text (a heading), the field's start or end counting as line breaks."""
    starts_line = span.start == 0 or "\n" in doc[span.start - 1].text
    ends_line = span.end == len(doc) or "\n" in doc[span.end].text
    return starts_line and ends_line


#: the words that join a pair of places ("Gumbari and Lekuro")
PAIR_JOINS = frozenset({"et", "and"})
MAX_PAIRED_TOKENS = 2


def paired_name(doc: Doc, i: int, after: bool) -> tuple[Optional[int], Optional[int]]:
    """The capitalised name (one or two words, on the line, no acronym) on the other side of
    "et"/"and" from a span ending (``after``) or starting at token ``i``, closed by punctuation,
    a line's end or a word in lower case; (None, None) if there is none."""
    none = (None, None)
    if after:
        if i + 1 >= len(doc) or doc[i].lower_ not in PAIR_JOINS or "\n" in doc[i - 1].whitespace_ + doc[i].whitespace_:
            return none
        start = end = i + 1
        while end < len(doc) and end - start < MAX_PAIRED_TOKENS and _pair_word(doc[end]) \
                and (end == start or doc[end - 1].whitespace_ == " "):
            end += 1
        closed = end == len(doc) or not _pair_word(doc[end]) and (doc[end].is_punct or doc[end].is_lower or doc[end].is_space)
    else:
        if i < 2 or doc[i - 1].lower_ not in PAIR_JOINS or "\n" in doc[i - 2].whitespace_ + doc[i - 1].whitespace_:
            return none
        end = start = i - 1
        while start > 0 and end - start < MAX_PAIRED_TOKENS and _pair_word(doc[start - 1]) \
                and (start == end or doc[start - 1].whitespace_ == " "):
            start -= 1
        closed = start == 0 or not _pair_word(doc[start - 1]) and (doc[start - 1].is_punct or doc[start - 1].is_lower
                                                                  or doc[start - 1].is_space)
    return (start, end) if end > start and closed else none


def _pair_word(token: Token) -> bool:
    """A word written as a name: its initial the only capital ("Gumbari"; not "LGAs", "NGO")."""
    return token.is_alpha and token.text[:1].isupper() and sum(c.isupper() for c in token.text) == 1 and len(token.text) >= 3


def cut_at_the_end(doc: Doc, i: int) -> bool:
    """The field's last token, a word of the language with nothing after it, no full stop, no line
    break: a word an excerpt's or a page's end cut ("… des Nati", "… agents de Solida"), which the
    NER reads as a name for its capital."""
    token = doc[i]
    return i == len(doc) - 1 and not token.whitespace_ and token.is_alpha and is_language_word(token.text, doc.vocab)


def glued_to_word(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start`` … ``end``-1 written inside a longer word: touching a letter or a digit, or a
    hyphen glued to one ("Ocha-Mali", "Lac1"), on either side."""
    if start > 0 and not doc[start - 1].whitespace_:
        before = doc[start - 1]
        if before.text[-1:].isalnum() or (before.text in ("-", "‐") and start > 1 and not doc[start - 2].whitespace_):
            return True
    if end < len(doc) and not doc[end - 1].whitespace_:
        after = doc[end]
        if after.text[:1].isalnum() or (after.text in ("-", "‐") and not after.whitespace_ and end + 1 < len(doc)):
            return True
    return False


def name_goes_on(doc: Doc, end: int) -> bool:
    """A capitalised word or an acronym right after token ``end``-1, on its line: the name before
    is the first part of a longer one ("le Centre AEMO de Somgandé")."""
    if end >= len(doc) or doc[end - 1].whitespace_ != " ":
        return False
    after = doc[end]
    return after.is_alpha and after.text[:1].isupper() and not is_roman(after.text)  # "Dalori II": the same site's number


def glued_to_acronym(doc: Doc, span: Span) -> bool:
    """A place joined by a hyphen to the acronym before it ("ENDA-MALI", "ENDA- MALI") ends the
    organisation's name: no place of its own."""
    if span.start < 2 or doc[span.start - 1].text not in ("-", "–"):
        return False
    acronym = doc[span.start - 2]
    return not acronym.whitespace_ and (acronym_shaped(acronym.text) or (acronym.is_upper and len(acronym) >= 2))


def has_body_head(span: Span, rules: ContextRules) -> bool:
    """A noun that names an institution or a coordination body inside ("direction", "working group")."""
    return any(fold(t.text) in rules.body_head_words for t in span if t.is_alpha)


def opens_with_a_word(span: Span, rules: ContextRules) -> bool:
    """"Voir liste à la fin": a one-word name that is a word of the language, not in capitals nor
    a body's word ("Forum des réfugiés", "Secrétariat permanent …" open a body's name), opening the
    sentence that follows a list's label: the sentence, not a list of names."""
    return len(span) == 1 and not span[0].is_upper and fold(span[0].text) not in rules.body_marks \
        and is_language_word(span[0].text, span.doc.vocab)


def attendee_item(span: Span, orgs: set[int]) -> bool:
    """An attendance line's person ("Aisha Bako – (IOM)", "Aisha Bako (IOM)"): a name in lower and
    capital letters opening its line, a dash or a parenthesis and a known organisation after it,
    whether or not the NER reads it as a person."""
    return not any(t.is_upper and len(t) > 1 for t in span) and opens_attendance_line(span, orgs)


def list_label_item(span: Span, rules: ContextRules) -> bool:
    """"Organisations", "Observateurs": one word of a list's label (a list cue's word, five letters
    or more) left among the items by a table flattened into the text: the label, not a name."""
    words = [t for t in span if not t.is_punct]
    return len(words) == 1 and not words[0].is_upper and fold(words[0].text) in rules.list_cue_words


def category_item(span: Span, rules: ContextRules) -> bool:
    """"Organisations Non Gouvernementales", "Agences Humanitaires": a list item of capitalised
    common words opening with a plural, a category of bodies, not the name of one."""
    words = [t for t in span if t.is_alpha and t.lower_ not in NAME_CONNECTORS]
    return len(words) >= 2 and fold(words[0].text).endswith(("s", "x")) and common_noun_phrase(span, rules)


def leading_name(span: Span) -> Optional[tuple[int, int]]:
    """The capitalised name an item starts with, before the sentence goes on ("ONG Tamaris a été")."""
    end = span.start
    while end < span.end and (span.doc[end].text[:1].isupper() or span.doc[end].lower_ in NAME_CONNECTORS):
        end += 1
    while end > span.start and span.doc[end - 1].lower_ in NAME_CONNECTORS:
        end -= 1
    return (span.start, end) if end > span.start else None


_WORD_ENDINGS = ("ing", "ed", "tion", "tions", "ment", "ments", "ique", "iques", "isme", "er")


def looks_like_a_word(text: str, rules: ContextRules) -> bool:
    """A capitalised word the NER reads as a place but that has the ending of an English or
    French word (a participle, an infinitive, a noun in -tion, -ment) or is a cue word ("States")."""
    folded = fold(text)
    if folded in rules.cue_words:
        return True
    return len(folded) >= 6 and text[1:].islower() and folded.endswith(_WORD_ENDINGS)


#: the endings of a verbal noun or an abstract noun, which no place name of the region has
_NOUN_ENDINGS = ("ing", "ings", "tion", "tions", "ment", "ments")


#: the ending of an English adverb ("Internally", "Newly") and, before it, of an adjective ending in "y"
_ADVERB_ENDING = "ly"
_ADVERB_Y_ENDING = "ily"
#: shortest capitalised adverb read so, and its stem before "-ly"
_SHORTEST_ADVERB = 6
_SHORTEST_ADVERB_STEM = 4


def is_an_adverb(text: str, vocab) -> bool:
    """A capitalised English adverb ("in Internally displaced persons' camps", "in Officially
    recognised camps"): a word whose stem before "-ly", of four letters or more, is a word of the
    language (internal, official; necessary for "necessarily"): a heading's or a phrase's first word
    after "in", no place (a place named so, "Italy", is known; "Kelly" has no such stem). The stem,
    not the adverb: the vectors are a French model's, which hold "internal" but not "internally"."""
    folded = fold(text)
    if len(text) < _SHORTEST_ADVERB or not text[1:].islower() or not text.isalpha() or not folded.endswith(_ADVERB_ENDING):
        return False
    stem = folded[:-len(_ADVERB_Y_ENDING)] + "y" if folded.endswith(_ADVERB_Y_ENDING) else folded[:-len(_ADVERB_ENDING)]
    return len(stem) >= _SHORTEST_ADVERB_STEM and is_language_word(stem, vocab)


def has_a_nouns_ending(text: str) -> bool:
    """A capitalised word with a verbal or an abstract noun's ending ("Briefing note", "Funding
    available", "Recrutement"): a cue's word, no place (narrower than :func:`looks_like_a_word`,
    whose "-er" and "-ed" end places' names too: "Center Region")."""
    return len(text) >= 6 and text[1:].islower() and fold(text).endswith(_NOUN_ENDINGS)


#: endings of an abstract English or French noun, which no place name of the region has
#: ("Justice", "Emergencies", "Emergency", "Resilience", "Awareness", "Security", "Response")
_ABSTRACT_ENDINGS = _NOUN_ENDINGS + ("ies", "ice", "ance", "ence", "ancy", "ency", "ness", "ity", "ite", "onse")
#: plural endings of nouns of people by what they do ("Survivors", "Partners", "Returnees",
#: "Migrants", "Residents"): a plural word of the language alone after "in"/"to" too
_PEOPLES_NOUN_ENDINGS = ("ors", "ers", "ees", "ants", "ents")
#: English plurals of people without an "s" ("Assistance to Unaccompanied Children", "Support to Women")
IRREGULAR_PEOPLE_PLURALS = frozenset({"children", "women", "men", "people"})
#: shortest capitalised word read by its ending or as a plural
_SHORTEST_TOPIC_WORD = 5
#: shortest capitalised plural of a word of the language read so ("Review of Gaps by Payam": "gap"
#: and "gaps" both words of the language; no place of the region's four letters is such a plural)
_SHORTEST_PLURAL_WORD = 4


def topic_phrase(span: Span) -> bool:
    """A capitalised name whose last word is an abstract noun ("Access to Justice", "Education in
    Emergencies", "in Humanitarian Response"), an abstract noun and its adjective in French order
    ("Réponse Humanitaire"), or the plural of a word of the language ("in Emergency Settings", "in Newly
    Accessible Areas"): the topic of a title-case heading or theme after "in"/"to", no place,
    which the region's names, their own words, are not."""
    last = span[-1].text
    if len(last) < _SHORTEST_PLURAL_WORD or not last[1:].islower() or not last.isalpha():
        return False
    if len(last) < _SHORTEST_TOPIC_WORD:
        return _plural_of_a_word(span, last)
    if abstract_noun_and_adjective(span):
        return True  # "de la Réponse Humanitaire": an abstract noun and its adjective, French order
    folded = fold(last)
    if folded.endswith(_ABSTRACT_ENDINGS) or folded in IRREGULAR_PEOPLE_PLURALS:
        return True
    if not folded.endswith("s") or folded.endswith("ss"):
        return False
    if len(span) == 1 and (_after_a_french_a(span) or _before_a_day(span)):
        return False  # "réunie à Bruxelles le 3 mai", "met in Brussels on 4 June": a venue, no plural
    if folded.endswith(_PEOPLES_NOUN_ENDINGS) and is_language_word(last, span.doc.vocab):
        return True  # "to Returnees and Host Families": a plural of people by what they do
    return _plural_of_a_word(span, last)


def abstract_noun_and_adjective(span: Span) -> bool:
    """Two capitalised words, an abstract noun and its adjective in French order ("Réponse
    Humanitaire", "Cohésion Sociale"): a theme's words, no place even after a strong cue ("les axes
    de la Réponse Humanitaire": the plan's lines, no road)."""
    if len(span) != 2 or not all(t.text[1:].islower() and t.is_alpha for t in span):
        return False
    last = span[-1].text
    return fold(span[0].text).endswith(_ABSTRACT_ENDINGS) and fold(last).endswith(_QUALIFIER_ENDINGS) \
        and is_language_word(last, span.doc.vocab)


def _plural_of_a_word(span: Span, last: str) -> bool:
    """``last``, ending in one "s", and its singular both words of the language ("Settings", "Gaps"):
    a common noun's plural, not a venue's name right after "à" or before a day."""
    folded = fold(last)
    if not folded.endswith("s") or folded.endswith("ss"):
        return False
    if len(span) == 1 and (_after_a_french_a(span) or _before_a_day(span)):
        return False
    return is_language_word(last, span.doc.vocab) and is_language_word(last[:-1], span.doc.vocab)


#: French prepositions of place before a town ("à Bruxelles"), which no theme's plural takes
_FRENCH_TOWN_PREPOSITIONS = frozenset({"à", "À"})
#: words between a venue and its day ("on 4 June", "le 3 mai")
_DAY_WORDS = frozenset({"on", "le"})
#: the last day of a month
_LAST_DAY = 31


def _after_a_french_a(span: Span) -> bool:
    """A name right after "à": a town's preposition (a theme in French takes an article)."""
    return span.start > 0 and span.doc[span.start - 1].text in _FRENCH_TOWN_PREPOSITIONS


def _before_a_day(span: Span) -> bool:
    """A name before "on"/"le" and a day's number ("in <city> on 4 June"): where and when something was held."""
    doc, end = span.doc, span.end
    return end + 1 < len(doc) and doc[end].lower_ in _DAY_WORDS and doc[end + 1].text.isdigit() \
        and 1 <= int(doc[end + 1].text) <= _LAST_DAY


#: endings of a French adjective or participle, and of an English noun of action, folded
#: ("Urbaine", "Rurale", "Militaire", "Périphériques", "Officiels", "Spontané", "Extension")
_QUALIFIER_ENDINGS = ("ain", "aine", "ains", "aines", "ale", "ales", "al", "aux", "aire", "aires", "ique", "iques",
                      "iel", "iels", "ielle", "ielles", "if", "ifs", "ive", "ives", "eux", "euse", "euses",
                      "sion", "sions", "tion", "tions")
#: what a qualifier's place follows ("Commune Urbaine de Dori", "Camp Extension of Bakassi")
_QUALIFIER_JOINS = frozenset({"de", "du", "des", "d'", "d’", "of"})


def qualifies_a_cue_noun(doc: Doc, start: int, end: int, rules: ContextRules) -> bool:
    """One capitalised word of the language right before a capitalised cue noun that names no
    place after it ("Assistance to Host Communities", "in Informal Sites"): a qualifier of a common
    noun, no place; a cue written after a name ("Dalori Camp", "Bama LGA") keeps its name."""
    if end != start + 1 or end >= len(doc) or not doc[end].text[:1].isupper():
        return False
    folded = fold(doc[end].text)
    if folded not in rules.cue_words or folded in rules.cue_index("after"):
        return False
    return is_language_word(doc[start].text, doc.vocab)


#: words before a weak cue that make its name a source or a helper, not a place ("according to
#: <name>", "thanks to <name>", "grâce à <name>", "merci à <name>", "conformément à …")
SOURCE_OR_THANKS = frozenset({"according", "thanks", "grace", "merci", "conformement", "grateful", "gratitude"})


def thanked_or_cited(doc: Doc, start: int) -> bool:
    """The name at ``start`` after a weak cue that "according", "thanks", "grâce" or "merci" opens
    ("According to <first name> <name>, the leader, …", "Thanks to <name> for …"), or right after
    "selon" or "d'après": a person or a
    body the text cites or thanks, not a place (the state standing for its government is doubtful)."""
    i = start - 1
    while i >= 0 and doc[i].lower_ in ARTICLES:
        i -= 1  # "grâce à l'…"
    if i >= 0 and (doc[i].lower_ == "selon" or (i >= 1 and doc[i].lower_ == "après" and doc[i - 1].lower_ in ("d'", "d’"))):
        return True  # "selon <name>", "d'après <name>": the source cited, a person or a body
    return i >= 1 and doc[i].lower_ in ("to", "à", "a", "au", "aux") and fold(doc[i - 1].text) in SOURCE_OR_THANKS


#: the English weak cues a place may follow with "the" before it ("in the Cathedral")
WEAK_CUES_BEFORE_THE = frozenset({"in", "at", "to", "from"})


def common_noun_after_the(doc: Doc, start: int, end: int, rules: ContextRules) -> bool:
    """One capitalised word of the language after "the" and a weak cue ("sheltering in the
    Cathedral", "in the Annex"): a building or a common noun; a place no list knows takes no
    article in English (the gazetteer's "the Sahel", "the Far North" are known)."""
    if end != start + 1 or start < 2 or doc[start - 1].lower_ != "the" or not doc[start].text[1:].islower():
        return False
    if end < len(doc) and doc[end].is_alpha and not doc[end].is_lower:
        return False  # "the Center Region", "the Elevage IDP site": a name a cue or a name follows
    return doc[start - 2].lower_ in WEAK_CUES_BEFORE_THE and is_language_word(doc[start].text, doc.vocab) \
        and not (end < len(doc) and fold(doc[end].text) in rules.cue_words)  # "the Elevage site"


def common_noun_before_a_place(doc: Doc, start: int, end: int) -> bool:
    """One capitalised word of the language after a weak cue and before "de"/"of" and a
    capitalised name ("au Désert de Tombouctou", "au Stade de Ménaka", "in Stadium of Bama"), or
    before "du"/"de la"/"of the" and a common noun ("tenue au Chapiteau du gouvernorat"): a common
    noun the name or noun after it qualifies (an event, a venue), no place of its own."""
    if end != start + 1 or end + 1 >= len(doc) or doc[end].lower_ not in _QUALIFIER_JOINS:
        return False
    if not (doc[start].text[1:].islower() and is_language_word(doc[start].text, doc.vocab)):
        return False
    if doc[end + 1].text[:1].isupper():
        return True
    following = end + 1  # "au Chapiteau du gouvernorat", "au Pavillon de la mairie": a part of a building
    if doc[end].lower_ in ("de", "of") and doc[following].lower_ in _ARTICLES_OF_A_NOUN:
        following += 1
    elif doc[end].lower_ not in ("du", "des"):
        return False
    return following < len(doc) and doc[following].is_alpha and doc[following].is_lower


#: the articles between "de"/"of" and the common noun a venue's word belongs to ("de la mairie", "of the office")
_ARTICLES_OF_A_NOUN = frozenset({"la", "l'", "l’", "the"})


#: the article after "de" that opens a ministry's or a department's portfolio ("de la Pêche", "de l'Eau")
_PORTFOLIO_ARTICLES = frozenset({"la", "l'", "l’"})


def _portfolio_word(doc: Doc, i: int, place_forms: Container[str]) -> bool:
    """The capitalised word of the language at ``i`` after "de la"/"de l'", no place's name."""
    if i < 2 or i >= len(doc) or doc[i - 1].lower_ not in _PORTFOLIO_ARTICLES or doc[i - 2].lower_ != "de":
        return False
    word = doc[i].text
    return word.isalpha() and word[:1].isupper() and word[1:].islower() and word not in place_forms \
        and is_language_word(word, doc.vocab)


def names_a_portfolio(doc: Doc, start: int, end: int, place_forms: Container[str]) -> bool:
    """One capitalised word of the language after "de la"/"de l'" coordinated by "et de la"/"et de
    l'" with another such word ("le ministère de la Solidarité et de l'Action humanitaire", "<name>
    de l'Elevage et de la Pêche"): the domains of a ministry or a department, no place; places
    joined so take no article ("les régions de Mopti et de Ségou") or the gazetteer knows them."""
    if end != start + 1 or not _portfolio_word(doc, start, place_forms):
        return False
    after = end + 3 if end + 2 < len(doc) and doc[end].lower_ == "et" and doc[end + 1].lower_ == "de" else -1
    before = start - 4 if start >= 4 and doc[start - 3].lower_ == "et" else -1
    return (after > 0 and _portfolio_word(doc, after, place_forms)) \
        or (before >= 2 and _portfolio_word(doc, before, place_forms))


def holds_a_portfolio(doc: Doc, start: int, end: int, place_forms: Container[str]) -> bool:
    """A name right before "de la"/"de l'" and a ministry's portfolio ("<given> <name> de l'Energie
    et de l'Eau", in a list of the ministries' delegates): the person holding or representing it."""
    return end + 2 < len(doc) and doc[end].lower_ == "de" and names_a_portfolio(doc, end + 2, end + 3, place_forms)


def cue_qualifier(doc: Doc, start: int, end: int, rules: ContextRules) -> int:
    """How many words open the name after a cue but qualify the cue's noun, a word of the
    language with an adjective's ending (or a participle's accent) written right after the cue
    and followed by "de"/"of" ("la Commune Urbaine de Dori", "Zone de Santé Rurale de X", "Site
    Spontané de Kawa"): the qualifier and its "de" (2), the qualifier alone (1) or none (0)."""
    word = doc[start].text
    if start < 1 or fold(doc[start - 1].text) not in rules.cue_words or start + 1 >= len(doc) \
            or doc[start + 1].lower_ not in _QUALIFIER_JOINS or not word.isalpha() or not word[1:].islower():
        return 0
    if not (fold(word).endswith(_QUALIFIER_ENDINGS) or word.endswith(("é", "ée", "és", "ées"))) \
            or not is_language_word(word, doc.vocab):
        return 0
    return 2 if end > start + 2 else 1


_CAPITALS_WORD_ENDINGS = ("ment", "ments", "tion", "tions", "ies", "ee", "ees", "ing", "ique", "iques", "ites")


def word_in_capitals(text: str) -> bool:
    """A long word in capitals with the ending of a French or English word ("DEVELOPPEMENTS",
    "ACTIVITIES", "TERMINÉE"): a heading, not an acronym."""
    return len(text) >= 7 and text.isalpha() and text.isupper() and fold(text).endswith(_CAPITALS_WORD_ENDINGS)


#: a word in capitals this short may be an acronym even when it is also a word ("PAM", "IRC")
SHORTEST_CAPITALS_WORD = 4
_LETTER_RUNS = re.compile(r"[^\W\d_]+")


def is_language_word(word: str, vocab) -> bool:
    """A word of the language: its lowercase form has a vector in the model's vocabulary (the
    vocabulary of a large corpus of web text), which unknown acronyms ("EAFGA", "CIMCORD") do not."""
    return get_string_id(word.lower()) in vocab.vectors


def heading_of_words(span: Span) -> bool:
    """"SECURITE", "SURVEILLANCE NUTRITIONNELLE Semaines", "POST-INTERVENTION": words in capitals
    (four letters or more) that are all words of the language, not a name the NER may guess; a
    short word in capitals ("DNH Immédiat PERMANANT") or an unknown one ("DRAPES") is a name."""
    words = _LETTER_RUNS.findall(span.text)
    if not any(w.isupper() and len(w) >= SHORTEST_CAPITALS_WORD for w in words):
        return False
    return all(not (w.isupper() and len(w) < SHORTEST_CAPITALS_WORD) and is_language_word(w, span.doc.vocab)
               for w in words)


def common_noun_phrase(span: Span, rules: ContextRules) -> bool:
    """"Flash Update", "Shelter Kit", "Do No Harm", "Protection Monitoring System": capitalised
    words that are all common words of the language, none in capitals (an acronym), none a word
    that marks a body's name ("International", "Ministère", "Cluster"): a thing, not a body."""
    words = [w for w in _LETTER_RUNS.findall(span.text) if w.lower() not in NAME_CONNECTORS]
    if not words or any(sum(c.isupper() for c in w) >= 2 for w in words):
        return False
    return all(fold(w) not in rules.body_marks and is_language_word(w, span.doc.vocab) for w in words)


# -- enumerations -------------------------------------------------------------------------------

#: tokens that join the items of an enumeration ("A, B, C et D", "A/B", "MINUSMA (X, Y)")
ENUMERATION_JOINS = frozenset({",", ";", "/", "et", "and", "&", "(", ")"})
#: tokens that end an enumeration: a sentence or a label ends, a line breaks
ENUMERATION_STOPS = frozenset({".", ":", "!", "?", "•", "etc"})
MAX_ITEM_TOKENS = 6
MAX_LONG_ITEM_TOKENS = 10


def enumeration_items(doc: Doc, rules: ContextRules, known: set[int]) -> list[list[tuple[tuple[int, int], str]]]:
    """Runs of three or more names joined by commas, semicolons, slashes, "et"/"and" and
    parentheses ("OCHA, PAM, GMM, DENKO", "Gamboru, Banki, Pulka and Damasak"), each as its
    items' token spans. Why: a list keeps one kind of thing, so the items nobody knows share the
    kind of the items the registry or the gazetteer knows. The first item is cut to the name
    that ends it ("settling in Gamboru"), the last to the name that opens it ("Damasak areas");
    a joining word inside a known name ("Aide et Action") does not split it. Each item comes
    with its shape: "item" (a short name between two joins), "edge" (the name cut from the
    clause that opens or closes the list: an organisation only when an acronym) or "long" (a
    long name inside the list, never tagged from the list alone)."""
    runs: list[list[tuple[tuple[int, int], str]]] = []
    current: list[tuple[tuple[int, int], str]] = []
    start = 0
    for i in segment_boundaries(doc):
        at_end = i == len(doc)
        token = None if at_end else doc[i]
        stop = at_end or (token.is_space and not _after_a_comma(doc, i)) or "\n" in token.whitespace_ \
            or token.lower_ in ENUMERATION_STOPS
        join = not stop and token.lower_ in ENUMERATION_JOINS and i not in known
        if not (stop or join):
            continue
        end = i + 1 if token is not None and "\n" in token.whitespace_ and not token.is_space \
            and token.lower_ not in ENUMERATION_STOPS and token.lower_ not in ENUMERATION_JOINS else i
        while start < end and (doc[start].lower_ in ARTICLES or doc[start].is_space):
            start += 1  # "le Sahel, la Boucle du Mouhoun et L'Est": items with their article
        segment = (start, end)
        if end > start:
            item_like = _item_like(doc, segment) or lowercase_name(doc, segment, rules)
            if item_like and category_item(doc[start:end], rules):
                current.append((segment, "long"))  # "Organisations Non Gouvernementales": a category, the list goes on
            elif item_like:
                current.append((_without_label(doc, segment, rules), "item"))
            elif doc[start].text[:1].isupper() and end - start <= MAX_LONG_ITEM_TOKENS and current and join:
                head = _edge_name(doc, segment, rules, leading=True) if _clause_word(doc[start:end], rules) else None
                # a long name nobody should guess at, or a name and the sentence going on ("COOPI and
                # PARET found that …, …"): the list goes on
                current.append((head, "edge") if head else (segment, "long"))
            else:
                head = _edge_name(doc, segment, rules, leading=True)
                if head and current:
                    current.append((head, "edge"))
                _flush(runs, current)
                tail = _edge_name(doc, segment, rules, leading=False)
                current = [(tail, "edge")] if tail else []
        if stop:
            _flush(runs, current)
            current = []
        start = i + 1
    return runs


#: the hashes of the words that may end an enumeration's segment (:func:`segment_boundaries`)
_BOUNDARY_HASHES = frozenset(get_string_id(w) for w in ENUMERATION_STOPS | ENUMERATION_JOINS)
_BOUNDARY_HASH_ARRAY = numpy.array(sorted(_BOUNDARY_HASHES), dtype="uint64")
#: from this many tokens a scan of a Doc's arrays is faster in numpy (a call costs ~50 µs) than in Python
NUMPY_SCAN_TOKENS = 200


def segment_boundaries(doc: Doc) -> list[int]:
    """The token indices at which :func:`enumeration_items` may end a segment (a space token, a
    stop or a joining word), then ``len(doc)``: the scan visits only those, not every token. Read
    from the Doc's arrays at once (the lowercase forms' hashes, the space flags), where a Token
    made for each word cost most of the scan. (A token's ``whitespace_`` is one space or none, so
    a line break is always a space token.)"""
    if not len(doc):
        return [0]
    columns = doc.to_array([LOWER, IS_SPACE])
    if len(doc) < NUMPY_SCAN_TOKENS:
        marked = [i for i, (word, space) in enumerate(columns.tolist()) if space or word in _BOUNDARY_HASHES]
    else:
        marked = numpy.flatnonzero(columns[:, 1].astype(bool) | numpy.isin(columns[:, 0], _BOUNDARY_HASH_ARRAY)).tolist()
    return marked + [len(doc)]


_LINE_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,9}")
MIN_COLUMN_LINES = 3


def acronym_columns(doc: Doc) -> list[list[tuple[int, int]]]:
    """Runs of three or more lines in a row that each hold one acronym and nothing else ("EPSP /
    MJS / MAS" under "Par qui"): a table's column flattened into the text, its cells one kind of
    thing, as the items of an enumeration are. Token spans, run by run."""
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    offset = 0
    for line in doc_text(doc).split("\n"):
        word = line.strip(" \t" + BULLETS)
        span = doc.char_span(offset + line.find(word), offset + line.find(word) + len(word)) \
            if word and _LINE_ACRONYM.fullmatch(word) else None
        if span is not None and len(span) == 1:
            current.append((span.start, span.end))
        else:
            if len(current) >= MIN_COLUMN_LINES:
                runs.append(current)
            current = []
        offset += len(line) + 1
    if len(current) >= MIN_COLUMN_LINES:
        runs.append(current)
    return runs


#: an attendance line "N. Name Surname / ACRONYM (/ Role)" or "- Name Surname Role- ACRONYM": a
#: person (and a function), a slash or a dash, the body's letters
_ATTENDEE_SLOT = re.compile(r"[ \t]*(?:[-•*][ \t]+)?(?:\d{1,3}[.)][ \t]*)?"
                            r"(?:(?:Rev|Dr|Mr|Mrs|Ms|Mme|Alhaji|Hajiya|Engr|Pastor)\.?[ \t]+)?"
                            r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3}[ \t]*[/–-][ \t]*([A-Z][A-Z0-9]{1,9})(?![\w-])")
#: a numbered line holding a person's name alone ("3. Awa Kone"), its body's acronym on the next line
_ATTENDEE_NAME_LINE = re.compile(r"[ \t]*\d{1,3}[.)][ \t]*(?:(?:Rev|Dr|Mr|Mrs|Ms|Mme|Alhaji|Hajiya|Engr|Pastor)\.?[ \t]+)?"
                                 r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3}[ \t]*")
#: so many such lines make a list of attendees (a flattened "Name / Organisation" table)
MIN_ATTENDEE_LINES = 3


def attendee_slots(doc: Doc) -> list[tuple[int, int]]:
    """The acronym after the slash or dash of each line shaped "N. Name Surname / ACRONYM" when
    three or more lines are ("1. Awa Kone / ZADEC / Secretary", "- Awa KoneShelter Officer- ZADEC"):
    a flattened table of attendees, the slot after the name the body's, as a column's cells are one
    kind of thing. Token spans."""
    slots, offset, previous = [], 0, ""
    for line in doc_text(doc).split("\n"):
        match = _ATTENDEE_SLOT.match(line)
        if match is None and _ATTENDEE_NAME_LINE.fullmatch(previous) and _LINE_ACRONYM.fullmatch(line.strip()):
            match = re.match(r"[ \t]*(\S+)", line)  # "3. Awa Kone" then "ZADEC" on the next line: a table's cells
        if match is not None:
            span = doc.char_span(offset + match.start(1), offset + match.end(1))
            if span is not None and len(span) == 1:
                slots.append((span.start, span.end))
        offset += len(line) + 1
        if line.strip():
            previous = line
    return slots if len(slots) >= MIN_ATTENDEE_LINES else []


#: a parenthesis of a few comma-separated sources ("(DG ZECHO, UN ZOCA, ZCG, UN agencies, INGOs)")
_SOURCE_TAG = re.compile(r"\(([^()\n]{3,160})\)")
#: a category of bodies written as a source ("UN agencies", "agences des Nations Unies")
_AGENCIES = re.compile(r"(?i)(?:UN|ONU|NU)\s+agenc(?:ies|es)|agences\s+(?:des\s+)?(?:Nations\s+Unies|NU|ONU)"
                       r"|local\s+authorities|autorit[ée]s\s+locales")


def sources_beside_a_category(doc: Doc, rules: ContextRules) -> list[int]:
    """The acronyms of a parenthesised list of sources that also names a category of bodies ("(DG
    ZECHO, UN ZOCA, ZCG, UN agencies, INGOs)", "(ZRC, ZAB, NGOs)"): each item is a source of the
    same kind, a body, whatever its letters. Token indices of each item's last word, when an
    acronym of three letters or more in capitals."""
    found = []
    text = doc_text(doc)
    if "(" not in text:
        return found
    for match in _SOURCE_TAG.finditer(text):
        items = [(match.start(1) + m.start(), m.group()) for m in re.finditer(r"[^,;]+", match.group(1))]
        words = [item.strip() for _, item in items]
        if len(items) < 2 or not any(_a_category_of_bodies(w, rules) for w in words):
            continue
        for (offset, item), word in zip(items, words):
            last = word.split()[-1] if word else ""
            if _a_category_of_bodies(word, rules) or not (last.isupper() and acronym_shaped(last)) \
                    or sum(c.isalpha() for c in last) < 3 or len(word.split()) > 2:
                continue
            start = offset + item.rfind(last)
            span = doc.char_span(start, start + len(last))
            if span is not None and len(span) == 1:
                found.append(span.start)
    return found


def _a_category_of_bodies(word: str, rules: ContextRules) -> bool:
    """"INGOs", "ONGs", "partners", "UN agencies", "local authorities": a kind of bodies in the plural."""
    folded = fold(word)
    return (folded in rules.ngo_words and folded.endswith("s")) or bool(_AGENCIES.fullmatch(word))


def _clause_word(span: Span, rules: ContextRules) -> bool:
    """A stop word no name holds ("that", "qui", "a"): "PARET found that the people needed water"
    is the list's last name and the sentence going on, not a long name inside the list."""
    return any(t.is_lower and fold(t.text) in rules.stop_words and t.lower_.rstrip("'’") not in NAME_CONNECTORS
               for t in span)


def _after_a_comma(doc: Doc, i: int) -> bool:
    """A line break right after a comma: a list cut across lines ("Gaigorou, Molia,\n\nZibane"), not ended."""
    return i > 0 and doc[i - 1].text == ","


def _flush(runs: list[list[tuple[tuple[int, int], str]]], items: list[tuple[tuple[int, int], str]]) -> None:
    items = [item for item in items if item[0][1] > item[0][0]]
    if len(items) >= 3:
        runs.append(items)


NAME_PUNCTUATION = ("-", "–", "'", "’")
#: a dash that sets a title's place apart from the rest of the title when a space stands beside it
#: ("<Town> – Priority Map", "<Town>– Map"), not a hyphen inside a name ("Kaga-Bandoro")
TITLE_DASHES = frozenset({"-", "–", "—"})


def _item_like(doc: Doc, span: tuple[int, int]) -> bool:
    """A short name: an acronym or capitalised words (connectors allowed), nothing clause-like.
    Read word by word and left at the first word that no name holds: most segments between two
    commas are clauses, and a clause shows itself at its first words."""
    count, last_upper = 0, False
    for token in doc[span[0]:span[1]]:
        if token.is_punct and token.text not in NAME_PUNCTUATION:
            continue
        upper = token.text[:1].isupper() or lower_led_acronym(token.text)  # "…, UNHCR, xACME."
        count += 1
        if count > MAX_ITEM_TOKENS or (count == 1 and not upper) or not (
                upper or token.text in NAME_PUNCTUATION or token.lower_.rstrip("'’") in NAME_CONNECTORS):
            return False
        last_upper = upper
    return count > 0 and last_upper


#: a lower-case word this long that no vocabulary knows may be a name written in lower case
SHORTEST_LOWERCASE_NAME = 4
#: endings of a plural or a derived noun ("donors", "ministries", "insecurity"): a common word the
#: vectors' vocabulary missed, not a name
_LOWERCASE_WORD_ENDINGS = ("s", "x", "ing", "ed", "tion", "ment", "ity", "ure", "ance", "ence", "ness", "isme", "ique")


def lowercase_name(doc: Doc, span: tuple[int, int], rules: ContextRules) -> bool:
    """"ACTED, NOHO, nordev, tarakat": one lower-case word between two joins that is no word of
    the language (no vector in the model's vocabulary, not a stop word, no ending of a plural or
    a derived noun): a name typed in lower case, an item of the list like its neighbours (the
    list's kind decides what it is)."""
    if span[1] - span[0] != 1:
        return False
    token = doc[span[0]]
    return token.is_alpha and token.is_lower and len(token.text) >= SHORTEST_LOWERCASE_NAME \
        and fold(token.text) not in rules.stop_words and not fold(token.text).endswith(_LOWERCASE_WORD_ENDINGS) \
        and not is_language_word(token.text, doc.vocab)


def _edge_name(doc: Doc, span: tuple[int, int], rules: ContextRules, leading: bool) -> Optional[tuple[int, int]]:
    """The name a segment opens with (``leading``) or ends with: capitalised words or acronyms."""
    a, b = span
    if leading:
        end = a
        while end < b and end - a < MAX_NAME_TOKENS and _name_or_acronym(doc[end]):
            end += 1
        return (a, end) if end > a else None
    begin = b
    while begin > a and b - begin < MAX_NAME_TOKENS and _name_or_acronym(doc[begin - 1]):
        begin -= 1
    while begin < b and folded_tokens(doc)[begin] in DETERMINERS:
        begin += 1  # "Le", "The" opening a sentence: the name follows
    return _without_label(doc, (begin, b), rules) if begin < b else None


def _name_or_acronym(token: Token) -> bool:
    """A capitalised word or an acronym, or a hyphen inside one ("ACF-E", "AAG-Gao"); an acronym led
    by a lower-case letter ("xACME") too."""
    if token.text in ("-", "–") and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_:
        return True
    return (token.text[:1].isupper() and any(c.isalpha() for c in token.text)) or lower_led_acronym(token.text)


def plural_acronym(text: str) -> bool:
    """"INGOs", "ONGs", "AoRs": an acronym in the plural names a kind of body, not one body."""
    stem = text[:-1]
    return (len(text) >= 3 and text.endswith("s") and sum(c.isupper() for c in stem) >= 2
            and sum(c.islower() for c in stem) <= 1 and stem[:1].isupper())


def _without_label(doc: Doc, span: tuple[int, int], rules: ContextRules) -> tuple[int, int]:
    """An item without the label word a list opens with ("Participants MEN": "MEN")."""
    a, b = span
    folded = folded_tokens(doc)
    while b - a > 1 and _is_label_word(folded[a], rules):
        a += 1
    return a, b


def _is_label_word(folded: str, rules: ContextRules) -> bool:
    if len(folded) < 5:
        return False
    return any(w.startswith(folded) or folded.startswith(w) for w in rules.label_like_words)


#: a list with this many items read as organisations (known or by the NER) and no place needs no
#: second known name: a long attendance line of local acronyms the registry does not know
LONG_LIST_VOTES = 6


def enumeration_kind(kinds: list[Optional[str]]) -> Optional[str]:
    """The kind of an enumeration from its known items' kinds: organisations when at least two
    of its items are known organisations and a third of them are known or read as one by the
    statistical NER ("NER": "ACC, AECV, AFEB, …, IRC, …" in a long attendance line of local
    acronyms, where the registry knows a few big names only), twice as many as the items that are places
    (an item holding a place and more, "Ambassade France", is no place); places when at least two and
    half of them are known places and no item is an organisation."""
    orgs, places = kinds.count("ORG"), kinds.count("LOC")
    voted = orgs + kinds.count("NER")
    if orgs >= 2 and 3 * voted >= len(kinds) and voted >= 2 * places:
        return "ORG"
    if voted >= LONG_LIST_VOTES and 2 * voted >= len(kinds) and places == 0:
        return "ORG"
    if places >= 2 and 2 * places >= len(kinds) and orgs == 0:
        return "LOC"
    return None


# -- coordination bodies --------------------------------------------------------------------------

#: closing heads that are also the common noun of a field of work ("the hotel sector", "PRIVATE
#: SECTOR"): a body's name only when a humanitarian sector's name ends just before the head
#: ("Food Security Sector", "ES/NFI & CCCM SECTOR", sector_names.csv) or a word naming the coordination of
#: all sectors ("Inter Sector Group", context_words.csv's cross_sector)
WORK_FIELD_HEADS = frozenset({("sector",)})
#: prefixes that open an English or French compound word ("Multi-Sector", "Inter-Agency", "Cross-Border",
#: "Non-State", "Co-Lead"), which no place name of the region opens
WORD_PREFIXES = frozenset({"inter", "multi", "cross", "non", "co", "sub", "pre", "post", "anti", "pluri", "trans"})


def prefixed_compound(text: str) -> bool:
    """A hyphened word whose first part is a word's prefix ("Multi-Sector", "Inter-Agency"): a
    compound of the language, no name."""
    parts = re.split(r"[-‐]", text)
    return len(parts) >= 2 and all(p.isalpha() for p in parts) and fold(parts[0]) in WORD_PREFIXES


def coordination_names(doc: Doc, rules: ContextRules, taken: set[int], known_orgs: frozenset[int] = frozenset()
                       ) -> list[tuple[int, int]]:
    """Coordination bodies named by a head noun and capitalised words: "CLUSTER REGIONAL DE
    PROTECTION", "Groupe Cohésion sociale" (the head first), "Harmonization Taskforce", "High-Level
    Return Task Force" (the head last). Why: clusters and task forces are named afresh in every
    region and crisis, so no registry lists them all, but their names always have this shape.
    A header label ("Cluster Chair"), a place or a word of a table header ends the name; a known
    organisation's name right after the head is part of it ("Groupe de Coordination
    Inter-Cluster"); the head alone ("le Cluster") is no name."""
    folded = folded_tokens(doc)
    index = rules.coordination_index
    found = []
    for i, first in enumerate(folded):
        for words, side in index.get(first, ()):
            n = len(words)
            if tuple(folded[i:i + n]) != words or any(j in taken for j in range(i, i + n)):
                continue
            if side == "before" and words[-1].endswith("s") and doc[i].is_lower:
                continue  # "les clusters provinciaux": several bodies, no name ("les Clusters Santé" is one body's)
            if side == "before":
                first = i + n + _qualifier_after_head(doc, i + n, rules, known_orgs)  # "Cluster mixte CCCM/Abris"
                end = _name_words_after(doc, first, rules, taken - known_orgs)
                end = i + n if end == first else _before_a_translation(doc, first, end, known_orgs, rules)
                if end > i + n:
                    found.append((i, end))
            else:
                start = _name_words_before(doc, i, rules, taken, joined=not words[-1].endswith("s"))
                if start < i and doc[i].is_lower and i + n < len(doc) and folded[i + n] in rules.sector_words:
                    continue  # "DRSV PF cluster sécal": the head opens a sector body's name, it closes none
                if start < i and words in WORK_FIELD_HEADS and folded[i - 1] not in rules.sector_words \
                        and folded[i - 1] not in rules.cross_sector_words:
                    continue  # "EDITORS HOTEL SECTOR", "FOOD SECTOR": a field of work, no coordination body
                if start < i and (doc[i].text[:1].isupper() or _named_before_lowercase_head(doc, start, i, rules)):
                    found.append((start, i + n))
    return _no_overlap_pairs(found)


def _before_a_translation(doc: Doc, first: int, end: int, known_orgs: frozenset[int], rules: ContextRules) -> int:
    """"Groupe Humanitaire Sécurité Alimentaire Food Security Cluster": a known body's name closed by
    its own head (the same body named in English, side by side) ends the name opened before it:
    two names, one per language (tests/real conventions)."""
    closing = rules.closing_heads
    for j in range(first + 1, end):
        if j in known_orgs and j - 1 not in known_orgs:
            k = j
            while k < len(doc) and k in known_orgs:
                k += 1
            if fold(doc[k - 1].text) in closing:
                return j
    return end


def _qualifier_after_head(doc: Doc, i: int, rules: ContextRules, known_orgs: frozenset[int] = frozenset()) -> int:
    """1 when a lower-case adjective stands between a head and the capitalised name it opens
    ("Cluster mixte CCCM", "Groupe thématique Protection"), else 0; not between a lower-case head
    and a known organisation, then a verb's object ("the FSL cluster provided OCHA with …")."""
    if i + 1 >= len(doc) or not (doc[i].is_alpha and doc[i].is_lower) or fold(doc[i].text) in rules.stop_words \
            or (i + 1 in known_orgs and doc[i - 1].is_lower):
        return 0
    return 1 if _body_word(doc[i + 1], rules) else 0


def _named_before_lowercase_head(doc: Doc, start: int, head: int, rules: ContextRules) -> bool:
    """"the Humanitarian Coordination forum": a closing head in lower case names a body when two
    capitalised words or more, none a word opening its sentence, come before it."""
    if head - start < 2 or fold(doc[start].text) in rules.stop_words:
        return False
    before = doc[start - 1] if start else None
    return before is not None and not before.is_space and "\n" not in before.whitespace_ \
        and before.text not in (".", ":", "•", "-", "!", "?")


def opens_a_body_name(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """"BORNO FOOD SECURITY SECTOR", "Adamawa ES/NFI & CCCM Sector Meeting", "West and Central
    Africa Inter Sector Group": a place followed on its line by capitalised words or acronyms
    (joined by "and", "&", "/") up to a closing head noun opens that body's name, as "Cluster
    Protection Gao" closes one: part of the name, not a place mention."""
    folded = folded_tokens(doc)
    for i in range(span.end, min(len(doc), span.end + 7)):
        if "\n" in doc[i - 1].whitespace_ or doc[i].is_space:
            return False
        for words, side in rules.coordination_index.get(folded[i], ()):
            if side == "after" and tuple(folded[i:i + len(words)]) == words and doc[i].text[:1].isupper():
                return True
        if not (doc[i].text[:1].isupper() or doc[i].text in ("/", "&", "-") or doc[i].lower_ in ("and", "et")):
            return False  # "West and Central Africa Inter Sector Group": "and" joins two areas of the name
    return False


def _body_word(token: Token, rules: ContextRules) -> bool:
    folded = folded_tokens(token.doc)[token.i]
    return (token.text[:1].isupper() and (token.is_alpha or bool(HYPHENED_WORD.fullmatch(token.text)))
            and folded not in rules.label_words and folded not in rules.header_words
            and folded not in rules.stop_words and folded not in rules.months and folded not in rules.groups)


def _name_words_after(doc: Doc, i: int, rules: ContextRules, taken: set[int]) -> int:
    """The end of the capitalised words after a head (connectors inside: "Régional de Protection")."""
    end = i
    while end < len(doc) and end - i < MAX_NAME_TOKENS and end not in taken:
        if _body_word(doc[end], rules):
            end += 1
        elif doc[end].lower_ in NAME_CONNECTORS and end + 1 < len(doc) and end + 1 not in taken \
                and _body_word(doc[end + 1], rules) and doc[end].lower_ not in ("et", "and", "&"):
            end += 2
        else:
            break
    return end


def _name_words_before(doc: Doc, i: int, rules: ContextRules, taken: set[int], joined: bool = False) -> int:
    """The start of the capitalised words before a closing head ("High-Level Return |Task Force");
    with ``joined`` (a head in the singular), "and" between two of them ("Site Management and
    Coordination Working Group") and a table header's word after the first ("Community
    Communication and Engagement Working Group") stay in the name (twenty-fifth pass: every such
    name of dev is a gold body), not when a comma before makes them a list's last items ("Health,
    Wash and Nutrition Cluster"; a plural head names the last body alone: "… and Nutrition Clusters")."""
    start, before_and = i, None
    while start > 0 and i - start < MAX_NAME_TOKENS and start - 1 not in taken:
        token = doc[start - 1]
        if _body_word(token, rules) or (joined and _header_word_inside(token, rules)):
            start -= 1
        elif token.text in ("-", "‐", "–") and not token.whitespace_ and start - 2 >= 0 \
                and not doc[start - 2].whitespace_ and doc[start - 2].text[:1].isupper():
            start -= 2
        elif joined and token.lower_ in ("and", "&") and start < i and start - 2 >= 0 and start - 2 not in taken \
                and _body_word(doc[start - 2], rules) and "\n" not in doc[start - 2].whitespace_:
            before_and = start if before_and is None else before_and
            start -= 2
        else:
            break
    if before_and is not None and start > 0 and doc[start - 1].text == ",":
        start = before_and  # "Health, Wash and Nutrition Cluster": a list of sectors, the last one named
    while start < i and (_header_word_inside(doc[start], rules) or doc[start].lower_ in ("and", "&")):
        start += 1  # the name opens with none of them
    return start


def _header_word_inside(token: Token, rules: ContextRules) -> bool:
    """A capitalised word of a table's header ("Engagement", "Meeting") that a name may hold after its
    first word."""
    return token.is_alpha and token.text[:1].isupper() and not token.is_upper \
        and folded_tokens(token.doc)[token.i] in rules.header_words


def _no_overlap_pairs(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(a, b) for a, b, _ in _no_overlap([(a, b, True) for a, b in spans])]


def glued_to_a_role_acronym(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """"Le DSRSG/HC/RC <name>": a name glued by a slash (no space) to an acronym of a person's function
    (``role_words.csv``: "DSRSG") is one more title of the same official, no body (twenty-seventh pass)."""
    before, after = span.start - 2, span.end + 1
    if before >= 0 and doc[span.start - 1].text == "/" and not doc[before].whitespace_ \
            and not doc[span.start - 1].whitespace_ and doc[before].is_upper and fold(doc[before].text) in rules.role_words:
        return True
    return after < len(doc) and doc[span.end].text == "/" and not doc[span.end - 1].whitespace_ \
        and not doc[span.end].whitespace_ and doc[after].is_upper and fold(doc[after].text) in rules.role_words


#: how many tokens back a role's remit may list its domains before a list's item ("Director for A, B and C")
_REMIT_REACH = 9


def in_a_roles_remit(doc: Doc, start: int, rules: ContextRules) -> bool:
    """"Attendance: Director for Planning, Research and Statistics, Ministry of …": a capitalised item after
    a comma or "and" that goes on a list of capitalised domains opened by "for"/"of" after a noun of a
    person's function (``role_words.csv``) is a word of that role's remit, no body (twenty-seventh pass)."""
    k = start - 1
    if k < 0 or doc[k].text not in (",", "&") and doc[k].lower_ != "and":
        return False
    while k >= 1 and start - k <= _REMIT_REACH:
        k -= 1
        word = doc[k]
        if word.lower_ in ("for", "of"):
            return k >= 1 and fold(doc[k - 1].text) in rules.role_words and doc[k - 1].text[:1].isupper()
        if not (word.is_alpha and word.is_title or word.text in (",", "&") or word.lower_ == "and") or _line_ends(doc, k):
            return False
    return False


def has_role_word(span: Span, rules: ContextRules) -> bool:
    """A noun of a person's function inside ("Team Leader", "Chairman Alkali"): a role phrase; a
    plural that names a body's members (``role_word_limits.csv``: "Journalistes") is none."""
    folded = [fold(t.text) for t in span if t.is_alpha]
    return any((w in rules.role_words and not _members_noun_before_a_head(folded, k, rules))
               or (w not in rules.member_plurals and not rules.role_words.isdisjoint(singulars(w)[1:]))
               for k, w in enumerate(folded))


def _members_noun_before_a_head(folded: list[str], k: int, rules: ContextRules) -> bool:
    """"The Journalist Association of Zorgo", "Reporter Network": a press job whose plural names a
    body's members (``role_word_limits.csv``'s members), in the singular right before a body's closing
    noun, qualifies that noun: the members' body, no role."""
    return k + 1 < len(folded) and folded[k + 1] in rules.closing_body_nouns \
        and any(plural in rules.member_plurals for plural in (folded[k] + "s", folded[k] + "es"))


def singulars(word: str) -> tuple[str, ...]:
    """A folded noun and the singulars its plural may have ("chairs", "bureaux", "chairmen": "chairman"),
    so that a list of functions in the singular reads a group of office holders too."""
    forms = [word]
    if word[-1:] in ("s", "x"):
        forms.append(word[:-1])
    if word.endswith("men"):
        forms.append(word[:-3] + "man")
    return tuple(forms)


def is_role_item(span: Span, rules: ContextRules) -> bool:
    """An attendance item that is a function ("(Chair)", "Co-chair", "Observer"), not a body; its
    words before the place or body it serves count ("the Humanitarian Coordinator for Mali")."""
    words = re.findall(r"[a-z]+", _SERVED_AFTER.split(fold(span.text), maxsplit=1)[0])
    return 0 < len(words) <= 3 and any(w in rules.role_words or _glued_role(w, rules) for w in words)


#: prefixes a function's noun takes, their hyphen sometimes lost in extraction ("SousPréfet", "Vicegouverneur")
_ROLE_PREFIXES = ("sous", "vice", "co")


def _glued_role(word: str, rules: ContextRules) -> bool:
    """A function's noun glued to its prefix ("souspréfet": "sous-préfet")."""
    return any(word.startswith(p) and word[len(p):] in rules.role_words for p in _ROLE_PREFIXES)


#: what joins a function to the place or body it serves ("Coordinator for Mali", "Chef de …")
_SERVED_AFTER = re.compile(r"\s(?:for|of|in|de|du|des|pour)\s")


_HONORIFIC = re.compile(r"(?:Dr|Mr|Mrs|Ms|Mme|Mlle|Imam|Alhaji)\b\.?\s")
#: an honorific ("M." with its dot) and a capitalised word after it: a person's name opening an item
_HONORIFIC_NAME = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Mme|Mlle|Imam|Alhaji)\b\.?|M\.)[ \t]+[A-ZÀ-Þ]")


def read_as_person(span: Span) -> bool:
    """An attendance item shaped "Name – (ORG)" or "Name (ORG)" that the statistical NER reads as
    a person's name (or, before a dash, as anything but a body), or after an honorific: the
    attendee, not the organisation ("Elijah House, HCR" stays a name)."""
    after = doc_text(span.doc)[span.end_char:span.end_char + 4].lstrip(" \t")
    if any(t.is_upper for t in span):
        return False
    if after[:1] == ",":  # "• <first> <name>, <ORG>": a line of attendees, the NER reading a person there
        return opens_its_line(span) and any(e.label_ == "PER" and (e.start, e.end) == (span.start, span.end)
                                            and e.end - e.start > 1 for e in span.doc._.ner_ents)
    if after[:1] not in ("–", "-", "("):
        return False
    if _HONORIFIC.match(span.text):  # "Mr. Musa (NRCS)"
        return True
    read = {e.label_ for e in span.doc._.ner_ents if e.start <= span.start and span.end <= e.end}
    return "PER" in read or (after[:1] != "(" and read and "ORG" not in read)  # "Aisha Bako – (IOM)"


#: what may stand between a comma and the office after a person's name (", le coordinateur")
_OFFICE_ARTICLES = frozenset({"le", "la", "l'", "l’", "the", "son", "sa", "his", "her"})
MAX_PERSON_WORDS = 4
#: every word of a person's name has a vowel; an acronym often none ("SGTP Ouallam, Co-coordinatrice …")
_VOWEL = re.compile(r"[aeiouy]")


def person_shaped(span: Span, rules: ContextRules) -> bool:
    """Two to four capitalised words with vowels, none a body's word, a function's or a place's
    kind ("the South West Regions, the minister said" names no office holder): shaped as a
    person's name (what an office's holder set off by a comma is); a dash before a name's last word
    title-cased is the line break a conversion wrote there ("<given> <given> – <Surname>")."""
    words = [t for t in span if not t.is_space and not dash_in_a_name(span, t)]
    return 2 <= len(words) <= MAX_PERSON_WORDS and all(t.is_alpha and t.text[:1].isupper() for t in words) \
        and all(_VOWEL.search(fold(t.text)) for t in words) \
        and not any(fold(t.text) in rules.body_marks or fold(t.text) in rules.role_words
                    or fold(t.text) in rules.cue_words for t in words)


def dash_in_a_name(span: Span, token: Token) -> bool:
    """A dash inside the span between two title-cased words."""
    return token.text in ("–", "-") and span.start < token.i < span.end - 1 \
        and token.doc[token.i - 1].is_title and token.doc[token.i + 1].is_title


def in_apposition_to_an_office(span: Span, rules: ContextRules) -> bool:
    """A name of two to four capitalised words, none a body's or vowelless, set off by a comma from an office
    ("le nouveau président, Awa Traoré, …", "Présidence : KONATE ISSA, Coordinateur du …"): the
    office holder, a person, not a body."""
    doc = span.doc
    if not person_shaped(span, rules):
        return False
    folded = folded_tokens(doc)
    if span.start >= 2 and doc[span.start - 1].text == "," and _office_noun(folded[span.start - 2], rules):
        return True
    if span.start >= 2 and doc[span.start - 1].text == "," and span.end + 1 < len(doc) and doc[span.end].text == "," \
            and doc[span.end + 1].is_lower and doc[span.end + 1].lower_ not in _LIST_CONJUNCTIONS \
            and _opens_with_an_office(doc, span.start - 1, folded, rules):
        return True  # "Le président sortant du Comité X (CX), <first> <name>, a rappelé …"
    after = span.end
    if after + 1 < len(doc) and doc[after].text == ",":
        k = after + 1
        if k < len(doc) and doc[k].lower_ in _OFFICE_ARTICLES:
            k += 1
        return k < len(doc) and _office_noun(folded[k], rules)
    return False


#: what continues a list after one of its items ("A, B, et C"): no verb after an apposition
_LIST_CONJUNCTIONS = frozenset({"et", "and", "ou", "or"})
#: how far back a sentence's subject may open before the name set off by commas
_SUBJECT_WINDOW = 30


def _opens_with_an_office(doc: Doc, comma: int, folded: list[str], rules: ContextRules) -> bool:
    """The sentence ending at ``comma`` opens with an office ("Le président sortant du Comité …,"):
    the name set off after it is the office holder's; or the phrase right before the comma is an
    office's (:func:`_office_phrase_before`)."""
    if _office_phrase_before(doc, comma, folded, rules):
        return True
    start = comma
    while start > 0 and comma - start < _SUBJECT_WINDOW and doc[start - 1].text not in (".", ";", ":") \
            and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    if comma - start >= _SUBJECT_WINDOW:
        return False
    first = start + 1 if folded[start] in _OFFICE_ARTICLES or folded[start] in ("les", "l", "un", "une", "a") else start
    if any(doc[k].text == "," for k in range(start, comma)):
        return False  # "Le coordinateur a salué A, B, C": a list after the verb, not the subject's apposition
    return first < comma and _office_noun(folded[first], rules)


#: how far into the phrase before a comma its office may stand ("C'était en présence du chargé de …")
_OFFICE_OPENING = 6
#: determiners right before an office noun ("du chargé", "de la représentante", "le chef")
_OFFICE_DETERMINERS = frozenset({"le", "la", "l", "du", "des", "au", "the", "his", "her", "its", "son", "sa"})


def _office_phrase_before(doc: Doc, comma: int, folded: list[str], rules: ContextRules) -> bool:
    """The phrase between the last comma (or the sentence's start) and ``comma`` is an office's noun
    phrase ("…, le chef de la mission du Centre X, <name>, a situé …", "en présence du chargé de
    projet de X à Y, <name>, de …"): a determiner and an office noun in its first words, no
    auxiliary after them. The name set off after it holds the office."""
    start = comma
    while start > 0 and comma - start < _SUBJECT_WINDOW and doc[start - 1].text not in (".", ";", ":", ",", "(", "–") \
            and "\n" not in doc[start - 1].whitespace_ and "\n" not in doc[start - 1].text:  # "–": a joined line
        start -= 1
    if comma - start >= _SUBJECT_WINDOW:
        return False
    for k in range(start + 1, min(comma, start + _OFFICE_OPENING + 1)):
        word = fold(folded[k])
        if fold(folded[k - 1]).rstrip("'’") in _OFFICE_DETERMINERS and (_office_noun(word, rules) or word in rules.charge_words):
            return not any(doc[j].lower_ in FINITE_AUXILIARIES for j in range(k + 1, comma))  # a clause
    return False


def surname_in_capitals(text: str) -> bool:
    """A word in capitals shaped as a surname ("NDIAYE"), not an acronym's: three letters or more,
    a vowel every three letters at least."""
    folded = fold(text)
    return text.isupper() and len(text) >= 3 and len(_VOWEL.findall(folded)) * 3 >= len(folded)


def slashed_sector(doc: Doc, start: int, end: int, rules: ContextRules) -> bool:
    """An item that is only a sector's name ("Abris", "AME", ``sector_names.csv``) joined by a slash
    to the item before or after it: one of the sectors a cluster is named after ("Cluster
    CCCM/Abris/AME", "Cluster Abris / AME / CCCM"), no body of its own."""
    text = doc[start:end].text
    if not (text in rules.sector_acronyms or fold(text) in rules.sector_word_forms):
        return False
    return (start > 0 and doc[start - 1].text == "/") or (end < len(doc) and doc[end].text == "/")


def names_no_body(span: Span, rules: ContextRules) -> bool:
    """A list item that is not a body's name, whichever list reading found it: a function
    ("Co-chair"), the attendee read as a person, the list's own label ("Observateurs &"), only
    table-header words ("Recommandations", a flattened table's column heading), or an office
    holder's name beside the office."""
    return (is_role_item(span, rules) or read_as_person(span) or list_label_item(span, rules)
            or only_header_words(span, rules) or in_apposition_to_an_office(span, rules)
            or opens_with_an_action(span, rules) or titled_person_item(span))


def titled_person_item(span: Span) -> bool:
    """"Mme <name>", "Dr <name>": an item opened by an honorific and a capitalised word is a person
    wherever the list stands (a line of guests, a sentence of those present), never a body."""
    return bool(_HONORIFIC_NAME.match(span.text))


#: what joins an agenda's action noun to its object in an item ("Adoption of …", "Présentation du …")
ACTION_OBJECT_JOINS = frozenset({"of", "de", "du", "des", "d'", "d’"})


def opens_with_an_action(span: Span, rules: ContextRules) -> bool:
    """"Adoption of Agenda Follow-up …", "Présentation du Plan …": an item opened by an agenda's
    action noun (``agenda_actions.csv``) and its object is an agenda's item, no body, whatever
    capitals its object has."""
    return len(span) >= 3 and fold(span[0].text) in rules.agenda_actions and span[1].lower_ in ACTION_OBJECT_JOINS


_ATTENDEE_BEFORE = re.compile(r"[ \t•*-]*")


def opens_its_line(span: Span) -> bool:
    """Nothing but blanks or a bullet before the span on its line."""
    text = doc_text(span.doc)
    return bool(_ATTENDEE_BEFORE.fullmatch(text[text.rfind("\n", 0, span.start_char) + 1:span.start_char]))
_ATTENDEE_AFTER = re.compile(r"[ \t]*(?:[–—-][ \t]*\(?|\()")


def opens_attendance_line(span: Span, orgs: set[int]) -> bool:
    """A name opening its line and followed by a dash or a parenthesis and a known organisation
    on that line ("Aisha Bako – (IOM)", "Dr. Musa Ali – Senior Advisor, NRC"): an attendee."""
    doc, text = span.doc, doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line_end = len(text) if line_end < 0 else line_end
    if not _ATTENDEE_BEFORE.fullmatch(text[line_start:span.start_char]) \
            or not _ATTENDEE_AFTER.match(text, span.end_char, line_end):
        return False
    end = span.end
    while end < len(doc) and doc[end].idx < line_end:
        if end in orgs:
            return True
        end += 1
    return False


def inside_a_person(doc: Doc, span: Span, cue_words: Container[str] = (), speech_verbs: Container[str] = ()) -> bool:
    """A name the statistical NER reads as part of a longer person's name ("Frank Santana"), that
    name a clean one (capitalised words on one line) not after a lowercase word ("in Gossi on")
    other than a verb of speech (``speech_verbs``: "…,” said <given> <name>, Country Director"),
    nor closed by a place cue's noun (``cue_words``: "Zone : <commune> Commune : <commune>", the
    NER running the name on into the next label's word: no person)."""
    return any(e.label_ == "PER" and e.start <= span.start and span.end <= e.end and e.end - e.start > span.end - span.start
               and all(t.is_alpha and t.text[:1].isupper() for t in e)
               and (e.start == 0 or not doc[e.start - 1].text[:1].islower() or fold(doc[e.start - 1].text) in speech_verbs)
               and fold(e[-1].text) not in cue_words
               for e in doc._.ner_ents)


def has_label_word(span: Span, rules: ContextRules) -> bool:
    """A one-word header label inside ("Modérateurs", "Secrétariat"): a header's line run on
    into a name by the NER, not a name."""
    return any(t.is_alpha and fold(t.text) in rules.label_forms for t in span)
