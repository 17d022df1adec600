"""Reading the reference CSVs of ``pipeline/resources/`` (or any folder laid out the same way).

Pure loaders: each takes the folder and returns plain, immutable values. Nothing here caches;
:func:`pipeline.reference.load_reference` calls each once and hands the result around.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from pipeline.textnorm import fold


def read_rows(name: str, directory: Path) -> list[dict[str, str]]:
    """Rows of a resource CSV, blank lines and ``#`` comment lines skipped."""
    with (directory / name).open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.lstrip().startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


def folded_terms(filename: str, directory: Path) -> frozenset[str]:
    """The folded ``term`` column of one data file: the shape of most word lists here."""
    return frozenset(fold(row["term"]) for row in read_rows(filename, directory))


#: word lists read as folded ``term`` columns, by the Reference field they fill (the file is
#: ``<field>.csv``; what each holds is in the README's "Extending without code" table)
FOLDED_WORD_LISTS = (
    "peoples",  # peoples and nationalities: neither places nor organisations
    "nationalities",  # adjectives of donor states' nationalities ("norwegian"): "the Norwegian embassy" is a body
    "going_verbs",  # verbs of going whose "to" names a destination ("return to DRC"): the country, not a body
    "social_groups",  # groups of people by their condition ("migrants", "displaced persons"): neither places nor organisations
    "armed_groups",  # non-state armed groups: neither places nor organisations the gold counts
    "role_words",  # nouns of a person's function ("chef", "leader"): a role, not an organisation
    "member_nouns",  # nouns of belonging to a body ("membres"): with role_words, "membres du GTZ" names a body
    "body_words",  # words that mark a body's name wherever they stand ("international")
    "closing_body_nouns",  # nouns closing a body's name after capitalised words ("foundation", "team")
    "spelt_body_nouns",  # nouns making a name spelt out before its acronym a body's ("organization")
    "kind_body_phrases",  # phrases closing a name that say a body's kind ("lead agency"): no body
    "station_heads",  # nouns opening a broadcaster's name before a word no language has ("radio")
    "not_body_heads",  # nouns opening a name the NER reads as a body's that is none ("conference", "plan")
    "agenda_actions",  # action nouns opening an agenda's item ("adoption", "presentation"): "Adoption of …" is no body
    "ngo_words",  # nouns of a body's kind ("ong", "ngo") beside a name
    "org_heads",  # nouns that open an institution's name ("ministere", "direction")
    "feasts",  # religious and national feasts ("Tabaski"): neither places nor organisations
    "page_furniture",  # a web page's furniture ("logo", "home"): no place alone
    "relief_items",  # singular words of relief items ("blanket", "jerrycan")
    "qualified_nouns",  # nouns an acronym right after them qualifies ("activites GSAT"): no body
    "speech_verbs",  # verbs of speech after their speaker ("said", "a salue"): a name before one is no place
    "document_kinds",  # nouns closing a report's title ("flash report"): "<name> State <...> Report" is no body
    "tool_nouns",  # nouns of a data tool after its name ("form", "link"): "the <name> form" is no place
    "operation_nouns",  # nouns of an undertaking before its code name ("operation"): "l'opération « <name> »" is no place
    "given_names",  # given names of the region and honorifics before them ("el hadji"): a person's name, no place
    "surnames",  # family names of the region ("traore"): a name no gazetteer knows ending in one is a person's
    "territorial_heads",  # titles of a territory's head ("prefet", "emir"): their "de <X>" names the place they head
    "national_body_nouns",  # nouns of a state's body abroad ("ambassade", "red cross"), named by a nationality
)


def longest_first(pairs) -> tuple[tuple[str, str], ...]:
    """(term, value) pairs, longest term first so the most specific wording wins (ties by term)."""
    return tuple(sorted(set(pairs), key=lambda p: (-len(p[0]), p[0])))


@dataclass(frozen=True)
class ColumnTerm:
    """A word (or words) that points a table header cell to a canonical column."""

    role: str
    words: tuple[str, ...]
    weight: float
    exact: bool


def agenda_column_terms(directory: Path) -> tuple[ColumnTerm, ...]:
    return tuple(
        ColumnTerm(row["role"], tuple(fold(row["term"]).split()), float(row["weight"]), row["match"] == "exact")
        for row in read_rows("agenda_columns.csv", directory)
    )


def header_labels(directory: Path) -> tuple[tuple[str, str], ...]:
    """(folded label, field), longest label first."""
    return longest_first((fold(row["label"]), row["field"]) for row in read_rows("header_fields.csv", directory))


def month_numbers(directory: Path) -> dict[str, int]:
    """Month name or abbreviation (lowercase, as written) -> month number."""
    return {row["name"].lower(): int(row["month"]) for row in read_rows("months.csv", directory)}


def weekdays(directory: Path) -> frozenset[str]:
    """Folded day names ("mardi", "thursday")."""
    return frozenset(fold(row["name"]) for row in read_rows("weekdays.csv", directory))


def coordination_groups(directory: Path) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(canonical group name, pattern over folded text), in file order: specific groups first."""
    return tuple((row["group"], re.compile(row["pattern"])) for row in read_rows("coordination_groups.csv", directory))


def deadline_terms(directory: Path) -> tuple[tuple[str, str], ...]:
    """(folded term, deadline kind), longest first."""
    return longest_first((fold(row["term"]), row["kind"]) for row in read_rows("deadline_terms.csv", directory))


def deadline_periods(directory: Path) -> dict[str, int]:
    """Folded period word ("trimestre", "half") -> its length in months."""
    return {fold(row["term"]): int(row["months"]) for row in read_rows("deadline_periods.csv", directory)}


def null_markers(directory: Path) -> frozenset[str]:
    """Folded cell contents that mean "nothing here" ("RAS", "Néant", "N/A", "-")."""
    return frozenset(fold(row["marker"]) for row in read_rows("null_markers.csv", directory))


def actor_verbs(directory: Path) -> tuple[str, ...]:
    """Folded verbs after which an action names its own actor ("devront"), longest first."""
    return tuple(sorted({fold(row["verb"]) for row in read_rows("actor_verbs.csv", directory)}, key=len, reverse=True))


def body_acts(directory: Path) -> tuple[tuple[str, str], ...]:
    """(folded words, side) of ``body_acts.csv``: the words that say an acronym beside them names a body acting."""
    return tuple((fold(row["term"]), row["side"]) for row in read_rows("body_acts.csv", directory))


def unit_terms(directory: Path) -> tuple[tuple[str, str, Optional[str]], ...]:
    """(folded counted noun, unit, population), longest term first."""
    rows = [(fold(r["term"]), r["unit"], r["population"] or None) for r in read_rows("figure_units.csv", directory)]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def figure_context(directory: Path) -> dict[str, dict[str, str]]:
    """kind -> {folded term: value}: qualifiers, populations, not-a-count words, modifiers, copulas."""
    table: dict[str, dict[str, str]] = {}
    for row in read_rows("figure_context.csv", directory):
        table.setdefault(row["kind"], {})[fold(row["term"])] = row["value"]
    return table


def collective_numerals(directory: Path) -> dict[str, int]:
    """Folded collective noun ("centaine") -> what one is worth (100)."""
    return {fold(row["term"]): int(row["value"]) for row in read_rows("collective_numbers.csv", directory)}


def number_words(directory: Path) -> dict[str, tuple[str, ...]]:
    """language -> numbers written in words ("onze", "eleven")."""
    words: dict[str, list[str]] = {}
    for row in read_rows("number_words.csv", directory):
        words.setdefault(row["language"], []).append(row["word"].lower())
    return {language: tuple(found) for language, found in words.items()}


def place_level_cues(directory: Path) -> dict[str, int]:
    """Folded word before a place name -> the admin level it points to ("cercle de" -> 2)."""
    return {fold(row["term"]): int(row["level"]) for row in read_rows("place_level_cues.csv", directory)}


def place_cues(directory: Path) -> tuple[tuple[tuple[str, ...], str, bool], ...]:
    """(folded words, side, strong) of the words that say a name beside them is a place."""
    return tuple((tuple(fold(row["term"]).split()), row["side"], row["strength"] == "strong")
                 for row in read_rows("place_cues.csv", directory))


def list_cues(directory: Path) -> tuple[tuple[str, ...], ...]:
    """Folded words of the cues that open a list of organisations ("organisations présentes"); a
    term written with its colon ("observateurs :") keeps it as a last word: a label only."""
    return tuple(tuple(fold(row["term"]).split()) + ((":",) if row["term"].rstrip().endswith(":") else ())
                 for row in read_rows("list_cues.csv", directory))


def table_header_words(directory: Path) -> frozenset[str]:
    """Folded beginnings of table-header words: the single-word agenda column terms (4 letters or
    more) and ``table_header_words.csv``."""
    words = {fold(row["term"]) for row in read_rows("agenda_columns.csv", directory)}
    words = {w for w in words if len(w) >= 4 and " " not in w}
    return frozenset(words | {fold(row["term"]) for row in read_rows("table_header_words.csv", directory)})


def capitals(directory: Path) -> frozenset[str]:
    """Folded names of the countries' capitals (``countries.csv``): a meeting there is national."""
    return frozenset(fold(row["capital"]) for row in read_rows("countries.csv", directory) if row.get("capital"))


#: word sets read from one kind of a data file's rows (its ``kind`` column), by the Reference field they
#: fill: field -> (file, kind)
TERMS_OF_KIND = {
    "kind_closing_nouns": ("closing_body_nouns.csv", "kind"),  # a body's kind after one word ("the Government Agency")
    "remit_or_place_heads": ("context_words.csv", "remit_or_place_head"),
    "road_words": ("context_words.csv", "road"),
    "charge_words": ("context_words.csv", "charge"),
    "ly_not_adverbs": ("context_words.csv", "ly_not_adverb"),
    "united_nations_acronyms": ("context_words.csv", "un_acronym"),
    "un_system_nouns": ("context_words.csv", "un_system"),
    "publication_nouns": ("context_words.csv", "publication"),
    "office_words": ("context_words.csv", "office"),
    "cross_sector_words": ("context_words.csv", "cross_sector"),
    "water_words": ("context_words.csv", "water"),
    "money_nouns": ("context_words.csv", "money"),
    "age_words": ("context_words.csv", "age"),
    "measure_words": ("context_words.csv", "measure"),
    "un_office_titles": ("un_title_words.csv", "office"),
    "un_party_nouns": ("un_title_words.csv", "party"),
    "un_subject_words": ("un_title_words.csv", "subject"),
    "un_title_qualifiers": ("un_title_words.csv", "qualifier"),
    "un_system_titles": ("un_title_words.csv", "system_title"),
    "facility_nouns": ("facility_words.csv", "noun"),
    "facility_qualifiers": ("facility_words.csv", "qualifier"),
    "government_building_words": ("facility_words.csv", "government"),
    "member_plurals": ("role_word_limits.csv", "members"),
    "capital_only_roles": ("role_word_limits.csv", "capital_only"),
    "of_titles": ("role_word_limits.csv", "of_title"),
    "envoy_titles": ("role_word_limits.csv", "envoy"),
    "place_named_heads": ("place_named_heads.csv", "name"),
    "venue_heads": ("place_named_heads.csv", "venue"),
    "kingdom_words": ("place_reading_words.csv", "kingdom"),
    "team_nouns": ("place_reading_words.csv", "team"),
    "title_levels": ("place_reading_words.csv", "title_level"),
    "credit_words": ("place_reading_words.csv", "credit"),
    "credit_abbreviations": ("place_reading_words.csv", "credit_abbreviation"),
    "state_words": ("place_reading_words.csv", "state"),
    "government_words": ("place_reading_words.csv", "government"),
    "government_abbreviations": ("place_reading_words.csv", "government_abbreviation"),
    "axis_words": ("place_reading_words.csv", "axis"),
    "level_words_after": ("place_reading_words.csv", "level_after"),
    "force_heads": ("place_reading_words.csv", "force_head"),
    "body_kind_nouns": ("place_reading_words.csv", "body_kind"),
    "armed_nouns": ("place_reading_words.csv", "armed"),
    "patronyms": ("place_reading_words.csv", "patronym"),
    "inter_nouns": ("place_reading_words.csv", "inter"),
    "naming_words": ("place_reading_words.csv", "naming"),
    "surroundings": ("place_reading_words.csv", "surroundings"),
    "treaty_nouns": ("place_reading_words.csv", "treaty"),
    "lower_case_treaty_nouns": ("place_reading_words.csv", "lower_case_treaty"),
    "consent_before": ("place_reading_words.csv", "consent_before"),
    "clash_nouns": ("place_reading_words.csv", "clash"),
    "people_nouns_after": ("place_reading_words.csv", "people_after"),
    "people_nouns_before": ("place_reading_words.csv", "people_before"),
    "member_words": ("place_reading_words.csv", "member"),
    "zone_adjectives": ("place_reading_words.csv", "zone_adjective"),
    "wide_areas": ("place_reading_words.csv", "wide_area"),
    "continent_peoples": ("place_reading_words.csv", "continent_people"),
}


def terms_by_kind(directory: Path) -> dict[str, frozenset[str]]:
    """Each :data:`TERMS_OF_KIND` field's word set: the folded ``term`` column of its file's rows whose
    ``kind`` column is its kind, a symbol that folding would empty ("©") kept as written; each file
    read once, whatever the number of its kinds."""
    rows = {filename: read_rows(filename, directory) for filename in {filename for filename, _kind in TERMS_OF_KIND.values()}}
    return {name: frozenset(fold(row["term"]) or row["term"] for row in rows[filename] if row.get("kind") == kind)
            for name, (filename, kind) in TERMS_OF_KIND.items()}


def terms_as_written(filename: str, kind: str, directory: Path) -> frozenset[str]:
    """The ``term`` column of one data file's rows whose ``kind`` column is ``kind``, as written (case and
    accents kept): words the rules compare as written ("New" opening a place's name, not "new")."""
    return frozenset(row["term"] for row in read_rows(filename, directory) if row.get("kind") == kind)


def area_bodies(directory: Path) -> tuple[tuple[str, ...], ...]:
    """Folded words of the nouns of bodies named after the area they cover ("comite", "working group")."""
    return tuple(tuple(fold(row["term"]).split()) for row in read_rows("area_bodies.csv", directory))


def place_named_diseases(directory: Path) -> tuple[str, ...]:
    """Folded names of diseases named after a place ("ver de guinee", "lassa fever")."""
    return tuple(fold(row["term"]) for row in read_rows("place_named_diseases.csv", directory))


def country_acronyms(directory: Path) -> tuple[tuple[str, str], ...]:
    """(acronym as written, iso3): a country's acronym that also names a body of the registry."""
    return tuple((row["acronym"], row["iso3"]) for row in read_rows("country_acronyms.csv", directory))


def coordination_acronyms(directory: Path) -> tuple[tuple[str, str], ...]:
    """(letters, side) that build a working group's acronym ("WG" closing "PSWG", "GT" opening "GTP")."""
    return tuple((row["affix"], row["side"]) for row in read_rows("coordination_acronyms.csv", directory))


def service_acronyms(directory: Path) -> tuple[tuple[str, str], ...]:
    """(letters, side) that build a state service's acronym ("DR" opening "DRPIA", "DN" opening "DNDS")."""
    return tuple((row["affix"], row["side"]) for row in read_rows("service_acronyms.csv", directory))


def body_qualifiers(directory: Path) -> tuple[tuple[str, str], ...]:
    """(folded word, kind): the heads ("comite") and qualifiers ("regional", "danoise") that name a
    body in lower case ("le comité régional de …")."""
    return tuple((fold(row["term"]), row["kind"]) for row in read_rows("body_qualifiers.csv", directory))


def sector_names(directory: Path) -> tuple[tuple[str, str], ...]:
    """(form, kind) of the sectors coordination bodies are named after ("SA", "acronym"; "sécurité alimentaire", "words")."""
    return tuple((row["form"], row["kind"]) for row in read_rows("sector_names.csv", directory))


def coordination_heads(directory: Path) -> tuple[tuple[tuple[str, ...], str], ...]:
    """(folded words, side) of the nouns that name a coordination body ("cluster", "task force")."""
    return tuple((tuple(fold(row["term"]).split()), row["side"])
                 for row in read_rows("coordination_heads.csv", directory))
