"""Organisations and places: tagged per field, linked to the registry and to P-codes."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from rapidfuzz import fuzz

from pipeline.config import DEFAULT_PCODES, RESOURCES_DIR
from pipeline.nlp.components import FUZZY_DEFAULTS, fold_token
from pipeline.nlp.spacy_pipeline import build_nlp
from pipeline.reference import load_reference

from conftest import GAO_DOCX, MOPTI_DOCX, SEED_PROSE, SEED_TEXT, rows_of, runtime

NAME_CUTOFF, LONG_NAME_CUTOFF = FUZZY_DEFAULTS["name_cutoff"], FUZZY_DEFAULTS["long_name_cutoff"]


def ents(text: str) -> list[tuple[str, str, str, str]]:
    return [(e.text, e.label_, e.id_, e._.method) for e in runtime().nlp(text).ents]


def test_known_misspellings_and_french_acronyms_link_to_the_canonical_org(tables):
    orgs = rows_of(tables, "organisations", SEED_TEXT)
    linked = dict(zip(orgs.text, orgs.org_id))
    assert linked["UNPFA"] == "UNFPA"
    assert linked["THD"] == "TDH"
    assert linked["Diakona"] == "Diakonia"
    assert linked["UNMASS"] == "UNMAS"
    assert linked["PAM"] == "WFP"
    assert linked["OIM"] == "IOM" and linked["CICR"] == "ICRC" and linked["UNWOMEN"] == "UN Women"
    assert linked["SDLS"] == linked["SLDS"] == "SLDSES"


def test_false_friends_are_not_organisations(tables):
    texts = set(tables["organisations"].text)
    assert not texts & {"VBG", "NFI", "WASH", "PSS", "HNO", "RRM", "ERP", "CERF", "VBGIMS", "MRM-MARA"}


def test_place_variants_resolve_to_one_place_with_pcodes(tables):
    places = rows_of(tables, "locations", SEED_TEXT)
    tafandala = places[places.text.isin(["Tafandala", "Tanfadala"])]
    assert set(tafandala.text) == {"Tafandala", "Tanfadala"} and tafandala.name.nunique() == 1
    by_text = places.drop_duplicates("text").set_index("text")
    expected = {  # name: (cercle P-code, region P-code) in the OCHA table's version
        "Koro": ("ML1902", "ML19"), "Bourem": ("ML0702", "ML07"), "Ansongo": ("ML0703", "ML07"),
        "Ménaka": ("ML1001", "ML10"), "Talataye": ("ML0709", "ML07"),
    }
    for text, (admin2, admin1) in expected.items():
        row = by_text.loc[text]
        assert (row.admin2_pcode, row.admin1_pcode) == (admin2, admin1), text
        assert row.pcode_version == "v03" and row.method == "gazetteer"
    assert by_text.loc["Tafandala"].admin2_pcode == "ML1902"  # a site resolves to its cercle
    assert by_text.loc["Tombouctou"].admin_level == 1  # "les régions de Tombouctou/Goundam"


def test_offsets_point_into_the_field_text(tables):
    items = rows_of(tables, "agenda_items", SEED_TEXT).set_index("item_no")
    for table in ("organisations", "locations"):
        for row in rows_of(tables, table, SEED_TEXT).itertuples():
            if pd.isna(row.item_no):
                continue
            column = {"actions": "actions_text", "responsible": "responsible_text", "deadline": "deadline_text"}.get(row.field, row.field)
            assert items.loc[int(row.item_no), column][row.start:row.end] == row.text


def test_place_inside_an_organisation_name_is_not_a_location():
    assert ents("Médecins sans Frontière Espagne, Coopération Suisse") == [
        ("Médecins sans Frontière Espagne", "ORG", "MSF-ES", "registry"), ("Coopération Suisse", "ORG", "SDC", "registry")]
    assert ents("La DRDSES Mopti et le Sous-cluster Protection Gao") == [
        ("DRDSES Mopti", "ORG", "DRDSES", "registry"), ("Sous-cluster Protection Gao", "ORG", "Sous-cluster Protection", "registry")]
    assert [e[1] for e in ents("PROTECTION WORKING GROUP – MOPTI")] == ["ORG"]


def test_minusma_sections_in_parentheses():
    found = [e[2] for e in ents("MINUSMA (Droits de l’homme, Protection de l’Enfance, Affaires Civiles) et NRC")]
    assert found == ["MINUSMA", "MINUSMA-HRPD", "MINUSMA-CPS", "MINUSMA-CAD", "NRC"]
    assert ents("dans le domaine du DIH et des droits de l'homme") == []  # not a section out of context


def test_context_chooses_the_admin_level():
    region = ents("dans la région de Gao")[0]
    town = ents("les déplacés de Kidal dans la ville de Gao")[-1]
    assert region[2] == "ML07" and town[2] == "ML0701"


def test_unknown_misspellings_are_caught_fuzzily_and_the_cutoff_is_measured():
    assert ents("Le projet de Tasaght et de Welthungerhife")[0][2:] == ("TASSAGHT", "fuzzy")
    assert ents("UNCIEF a distribué")[0][2:] == ("UNICEF", "fuzzy")  # two neighbours swapped in an acronym
    assert ents("IRC et NRC") == [("IRC", "ORG", "IRC", "registry"), ("NRC", "ORG", "NRC", "registry")]
    misspellings = [("Tasaght", "tassaght"), ("Tassagth", "tassaght"), ("Welthungerhife", "welthungerhilfe"),
                    ("Internewz", "internews"), ("Caritaas", "caritas"), ("Helvetass", "helvetas")]
    unrelated = [("Children", "childfund"), ("Partenaires", "plateforme"), ("Displacement", "plateforme"),
                 ("Coordination", "diakonia"), ("Sécurité", "caritas"), ("Réunion", "un-women")]
    assert min(fuzz.ratio(fold_token(a), b) for a, b in misspellings) >= NAME_CUTOFF
    assert max(fuzz.ratio(fold_token(a), b) for a, b in unrelated) < NAME_CUTOFF


def test_misspelt_names_of_several_words_found_by_the_ner_are_linked():
    found = ents("Étaient présents : Handicap Internationnal et Plan Internationale.")
    assert [f[2:] for f in found] == [("HI", "fuzzy"), ("Plan International", "fuzzy")]
    assert ents("La Direction Regionale du Developement Social a pris la parole.")[0][2:] == ("DRDSES", "fuzzy")
    # as alike as a typo on the whole, but "Rural" is not "Social": another organisation, left unlinked
    assert ents("La Direction Régionale du Développement Rural était là.")[0][2:] == ("", "context")  # its two-word head names it; no link
    misspellings = [("Handicap Internationnal", "handicap international"), ("Plan Internationale", "plan international"),
                    ("Solidarité Internationalle", "solidarites international")]
    unrelated = [("Plan International", "handicap international"), ("Cluster Protection Gao", "cluster protection mopti"),
                 ("Fondation Tilder Mali", "fondation orange mali")]
    assert min(fuzz.ratio(fold_token(a), b) for a, b in misspellings) >= LONG_NAME_CUTOFF
    assert max(fuzz.ratio(fold_token(a), b) for a, b in unrelated) < LONG_NAME_CUTOFF


def test_statistical_ner_is_the_fallback_for_unknown_names():
    found = ents("Le représentant de l'Association Tilder Mali a pris la parole.")
    assert found == [("Association Tilder Mali", "ORG", "", "ner")]  # its "Mali" is part of its name
    # a head noun and two capitalised words are read by the context rules before the NER
    assert ents("Le représentant de la Fondation Tilder Mali a pris la parole.") == [
        ("Fondation Tilder Mali", "ORG", "", "context")]
    assert ents("Consulter les parties prenantes.") == []  # a verb at the start of a cell is not an org


def test_english_minutes(tables):
    orgs = rows_of(tables, "organisations", MOPTI_DOCX)
    assert {"OCHA", "UNHCR", "DRC", "UNFPA", "IRC", "MINUSMA-CAD", "WFP"} <= set(orgs.org_id)
    places = rows_of(tables, "locations", MOPTI_DOCX)
    assert {"Bankass", "Bandiagara", "Sévaré", "Mopti"} <= set(places.name)


def test_attendance_and_responsible_lists(tables):
    attendance = rows_of(tables, "attendance", SEED_TEXT)
    assert attendance.org_id.tolist()[:7] == ["UNHCR", "UN Women", "IOM", "UNICEF", "UNMAS", "OCHA", "MINUSMA"]
    assert attendance.org_id.is_unique and len(attendance) == 35
    assert attendance.set_index("org_id").loc["MSF-ES", "text"] == "Médecins sans Frontière Espagne"
    items = rows_of(tables, "agenda_items", SEED_TEXT)
    assert list(items.responsible[1]) == ["AMSS", "UNHCR", "Cluster Protection", "CONASCIPAL", "GBV AoR", "CP AoR"]
    actions = rows_of(tables, "actions", SEED_TEXT)
    assert list(actions.iloc[-1].responsible) == ["TDH"]
    assert list(actions[actions.item_no == 5].responsible.iloc[1]) == ["UNMAS", "UNFPA", "UNHCR"]
    gao = rows_of(tables, "actions", GAO_DOCX)
    assert list(gao.responsible.iloc[0]) == ["IOM", "CMP"]


def test_newsletter_body_is_tagged(tables):
    orgs = rows_of(tables, "organisations", SEED_PROSE)
    assert set(orgs.field) == {"body"} and {"Cluster Protection", "CMP", "DNDS"} <= set(orgs.org_id)
    documents = tables["documents"].set_index("source_path")
    body = documents.loc[SEED_PROSE.name, "body_text"]
    for row in orgs.itertuples():
        assert body[row.start:row.end] == row.text
    assert "Kampala" not in set(rows_of(tables, "locations", SEED_PROSE).text)


@pytest.mark.slow  # assembles a second pipeline from the base model
def test_a_new_spelling_is_one_line_in_the_registry(tmp_path):
    resources = tmp_path / "resources"
    shutil.copytree(RESOURCES_DIR, resources)
    before = build_nlp(load_reference(resources), DEFAULT_PCODES)
    assert [e.id_ for e in before("Le HCRNU a présenté").ents if e.label_ == "ORG"] != ["UNHCR"]
    with (resources / "organisations.csv").open("a", encoding="utf-8") as handle:
        handle.write("UNHCR-Sahel,HCR Sahel,UNHCR Sahel,HCRNU,,UN agency,UNHCR,\n")
    after = build_nlp(load_reference(resources), DEFAULT_PCODES)
    assert [(e.text, e.id_) for e in after("Le HCRNU a présenté").ents] == [("HCRNU", "UNHCR-Sahel")]


def test_a_long_field_is_tagged_in_pieces_with_offsets_into_the_whole_field():
    """A 50 MB text export once failed with spaCy's E088 ("Text of length … exceeds maximum"):
    long fields are read in pieces cut at paragraph ends, and every span still points into the
    whole field."""
    from pipeline.minutes import MeetingHeader, Minutes
    from pipeline.nlp.mentions import chunk_bounds, tag

    from conftest import REFERENCE

    paragraph = ("Le HCR et OCHA ont recensé 404 ménages déplacés à Gao et à Tombouctou. "
                 "Une mission conjointe est prévue avec le NRC.\n\n")
    body = paragraph * 40  # about 5,000 characters, read in pieces of at most 700
    bounds = chunk_bounds(body, 700)
    assert len(bounds) > 5 and all(b - a <= 700 for a, b in bounds)
    assert all(body[b - 2:b] == "\n\n" for _, b in bounds[:-1])  # cut after a blank line
    facts = tag(Minutes(header=MeetingHeader(), items=(), actions=(), agenda_tables=0, body_text=body),
                runtime().nlp, REFERENCE, chunk_chars=700)
    whole = tag(Minutes(header=MeetingHeader(), items=(), actions=(), agenda_tables=0, body_text=body),
                runtime().nlp, REFERENCE)
    for mention in facts.organisations + facts.places:
        assert body[mention.span.start:mention.span.end] == mention.span.text
    for figure in facts.figures:
        assert body[figure.start:figure.end] == figure.text
    assert [(m.span.start, m.organisation.org_id) for m in facts.organisations] == [
        (m.span.start, m.organisation.org_id) for m in whole.organisations]
    assert len(facts.figures) == 40 and {f.value for f in facts.figures} == {404}
    assert {m.place.name for m in facts.places} == {"Gao", "Timbuktu"}  # OCHA's name
