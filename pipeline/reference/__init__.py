"""The reference data every rule stage reads, as one frozen object loaded once per process.

Maintainers extend the pipeline by editing the CSV files of ``pipeline/resources/``, not code.
:func:`load_reference` reads a folder of them into a :class:`Reference`, which the batch loads
once per worker and passes to the stages (like the ``nlp`` object), so no stage reads a file or
a module-level cache: a test can hand ``process`` a Reference built from a folder of its own.

The registry and the gazetteer that the NER links against are built into the spaCy pipeline
from the same folder (``pipeline.nlp.spacy_pipeline``), so a worker loads them with the model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Callable, Mapping, Optional, TypeVar

from pipeline.config import RESOURCES_DIR
from pipeline.reference import tables
from pipeline.reference.registry import Organisation, load_organisations, not_organisations
from pipeline.reference.tables import ColumnTerm, read_rows
from pipeline.textnorm import alternation, fold

__all__ = ["ColumnTerm", "Organisation", "Reference", "load_reference", "read_rows"]
T = TypeVar("T")


@dataclass(frozen=True, eq=False)
class Reference:
    """Word lists and tables from one folder of reference CSVs (see the README's table)."""

    directory: Path
    column_terms: tuple[ColumnTerm, ...]
    header_labels: tuple[tuple[str, str], ...]
    months: Mapping[str, int]
    weekdays: frozenset[str]
    coordination_groups: tuple[tuple[str, re.Pattern[str]], ...]
    deadline_terms: tuple[tuple[str, str], ...]
    deadline_periods: Mapping[str, int]
    null_markers: frozenset[str]
    actor_verbs: tuple[str, ...]
    body_acts: tuple[tuple[str, str], ...]
    unit_terms: tuple[tuple[str, str, Optional[str]], ...]
    figure_context: Mapping[str, Mapping[str, str]]
    collective_numerals: Mapping[str, int]
    number_words: Mapping[str, tuple[str, ...]]
    place_level_cues: Mapping[str, int]
    place_cues: tuple[tuple[tuple[str, ...], str, bool], ...]
    list_cues: tuple[tuple[str, ...], ...]
    table_header_words: frozenset[str]
    peoples: frozenset[str]
    nationalities: frozenset[str]
    going_verbs: frozenset[str]
    social_groups: frozenset[str]
    armed_groups: frozenset[str]
    capitals: frozenset[str]
    org_heads: frozenset[str]
    role_words: frozenset[str]
    member_nouns: frozenset[str]
    body_words: frozenset[str]
    closing_body_nouns: frozenset[str]
    spelt_body_nouns: frozenset[str]
    kind_closing_nouns: frozenset[str]
    remit_or_place_heads: frozenset[str]
    road_words: frozenset[str]
    charge_words: frozenset[str]
    ly_not_adverbs: frozenset[str]
    united_nations_acronyms: frozenset[str]
    un_system_nouns: frozenset[str]
    publication_nouns: frozenset[str]
    office_words: frozenset[str]
    cross_sector_words: frozenset[str]
    water_words: frozenset[str]
    place_name_prefixes: frozenset[str]
    money_nouns: frozenset[str]
    age_words: frozenset[str]
    measure_words: frozenset[str]
    kind_body_phrases: frozenset[str]
    un_office_titles: frozenset[str]
    un_subject_words: frozenset[str]
    un_party_nouns: frozenset[str]
    un_title_qualifiers: frozenset[str]
    un_system_titles: frozenset[str]
    station_heads: frozenset[str]
    not_body_heads: frozenset[str]
    agenda_actions: frozenset[str]
    ngo_words: frozenset[str]
    coordination_heads: tuple[tuple[tuple[str, ...], str], ...]
    area_bodies: tuple[tuple[str, ...], ...]
    place_named_diseases: tuple[str, ...]
    relief_items: frozenset[str]
    feasts: frozenset[str]
    page_furniture: frozenset[str]
    qualified_nouns: frozenset[str]
    speech_verbs: frozenset[str]
    given_names: frozenset[str]
    surnames: frozenset[str]
    territorial_heads: frozenset[str]
    national_body_nouns: frozenset[str]
    facility_nouns: frozenset[str]
    facility_qualifiers: frozenset[str]
    government_building_words: frozenset[str]
    member_plurals: frozenset[str]
    capital_only_roles: frozenset[str]
    of_titles: frozenset[str]
    envoy_titles: frozenset[str]
    place_named_heads: frozenset[str]
    venue_heads: frozenset[str]
    kingdom_words: frozenset[str]
    team_nouns: frozenset[str]
    title_levels: frozenset[str]
    credit_words: frozenset[str]
    credit_abbreviations: frozenset[str]
    state_words: frozenset[str]
    government_words: frozenset[str]
    government_abbreviations: frozenset[str]
    axis_words: frozenset[str]
    level_words_after: frozenset[str]
    force_heads: frozenset[str]
    body_kind_nouns: frozenset[str]
    armed_nouns: frozenset[str]
    patronyms: frozenset[str]
    inter_nouns: frozenset[str]
    naming_words: frozenset[str]
    surroundings: frozenset[str]
    treaty_nouns: frozenset[str]
    lower_case_treaty_nouns: frozenset[str]
    consent_before: frozenset[str]
    clash_nouns: frozenset[str]
    people_nouns_after: frozenset[str]
    people_nouns_before: frozenset[str]
    member_words: frozenset[str]
    zone_adjectives: frozenset[str]
    wide_areas: frozenset[str]
    continent_peoples: frozenset[str]
    tool_nouns: frozenset[str]
    operation_nouns: frozenset[str]
    document_kinds: frozenset[str]
    coordination_acronyms: tuple[tuple[str, str], ...]
    country_acronyms: tuple[tuple[str, str], ...]
    service_acronyms: tuple[tuple[str, str], ...]
    sector_names: tuple[tuple[str, str], ...]
    body_qualifiers: tuple[tuple[str, str], ...]
    organisations: tuple[Organisation, ...]
    not_organisations: frozenset[str]
    _derived: dict[str, Any] = field(default_factory=dict, repr=False)

    def derived(self, key: str, build: Callable[[Reference], T]) -> T:
        """A value a stage derives from these data (a compiled pattern), built on first use and
        kept with this Reference, so a stage compiles once per worker and never keeps a global."""
        if key not in self._derived:
            self._derived[key] = build(self)
        return self._derived[key]

    # -- derived once, on first use ---------------------------------------------------------
    @cached_property
    def month_names(self) -> str:
        """Regex alternation of every month name and abbreviation, longest first."""
        return alternation(self.months)

    @cached_property
    def folded_months(self) -> frozenset[str]:
        return frozenset(fold(m) for m in self.months)

    @cached_property
    def context_longest_first(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """kind -> (term, value) of the figure context words, longest term first."""
        return {kind: tuple(sorted(terms.items(), key=lambda kv: -len(kv[0])))
                for kind, terms in self.figure_context.items()}

    @cached_property
    def stop_words(self) -> frozenset[str]:
        """spaCy's French and English stop words, folded; read from their files alone, since
        importing ``spacy.lang.fr`` compiles the French tokenizer's rules (5-6 s)."""
        from pipeline.nlp.tokenizer import spacy_lang_module

        words = spacy_lang_module("fr", "stop_words").STOP_WORDS | spacy_lang_module("en", "stop_words").STOP_WORDS
        return frozenset(fold(w) for w in words)

    def is_null_marker(self, text: str) -> bool:
        """True for text that only says there is nothing (punctuation-only text included)."""
        return fold(text) in self.null_markers


def load_reference(directory: Path = RESOURCES_DIR) -> Reference:
    """Every reference table of ``directory``, read once."""
    return Reference(
        directory=directory,
        column_terms=tables.agenda_column_terms(directory),
        header_labels=tables.header_labels(directory),
        months=tables.month_numbers(directory),
        weekdays=tables.weekdays(directory),
        coordination_groups=tables.coordination_groups(directory),
        deadline_terms=tables.deadline_terms(directory),
        deadline_periods=tables.deadline_periods(directory),
        null_markers=tables.null_markers(directory),
        actor_verbs=tables.actor_verbs(directory),
        body_acts=tables.body_acts(directory),
        unit_terms=tables.unit_terms(directory),
        figure_context=tables.figure_context(directory),
        collective_numerals=tables.collective_numerals(directory),
        number_words=tables.number_words(directory),
        place_level_cues=tables.place_level_cues(directory),
        place_cues=tables.place_cues(directory),
        list_cues=tables.list_cues(directory),
        table_header_words=tables.table_header_words(directory),
        capitals=tables.capitals(directory),
        coordination_heads=tables.coordination_heads(directory),
        area_bodies=tables.area_bodies(directory),
        place_named_diseases=tables.place_named_diseases(directory),
        coordination_acronyms=tables.coordination_acronyms(directory),
        country_acronyms=tables.country_acronyms(directory),
        service_acronyms=tables.service_acronyms(directory),
        sector_names=tables.sector_names(directory),
        body_qualifiers=tables.body_qualifiers(directory),
        **{name: tables.folded_terms(f"{name}.csv", directory) for name in tables.FOLDED_WORD_LISTS},
        **tables.terms_by_kind(directory),
        place_name_prefixes=tables.terms_as_written("context_words.csv", "place_name_prefix", directory),
        organisations=load_organisations(directory),
        not_organisations=not_organisations(directory),
    )
