"""Organisations by the document's own evidence and the gold conventions (issue 13, eighth pass):
an acronym the document defines is a body wherever it is written, committees, forums and cells
spelled out, a ministry written in lower case, an unknown NGO's country office, and what a list
holds that is no organisation (categories, attendees, a sentence after a label, bare sectors and
pooled funds). Every sentence and name here is INVENTED."""

from __future__ import annotations

import pytest
from test_real_failures import ents, texts

from pipeline.nlp import acronyms, mentions

from conftest import REFERENCE, minutes_of, read, runtime


def document_orgs(tmp_path, text: str) -> list[str]:
    """The organisations of a whole text document, as the pipeline reads it (every field)."""
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    facts = mentions.tag(minutes_of(read(path)), runtime().nlp, REFERENCE)
    return [m.span.text for m in facts.organisations]


def test_an_acronym_spelled_out_in_the_document_is_a_body_at_every_later_mention(tmp_path):
    text = ("Compte rendu de la réunion\n\n"
            "La réunion s'est tenue dans la salle de la Cellule d’Appui Pédagogique (CAP) à Kinshasa.\n\n"
            "Le CAP présentera son plan la semaine prochaine. Le CAP et OCHA suivront les écoles.\n")
    found = document_orgs(tmp_path, text)
    assert found.count("CAP") == 3
    assert "Cellule d’Appui Pédagogique" in found


def test_a_committee_spelled_out_defines_its_initials_even_for_a_false_friend(tmp_path):
    """"HPC" is the Humanitarian Programme Cycle (not_organisations.csv) unless the document
    names a body with those initials."""
    text = ("Coordination meeting\n\n"
            "The Chair of the Harbour Protection Committee briefed the house on the relocations.\n\n"
            "The HPC asked for more latrines. IOM and the HPC will visit the camps.\n")
    found = document_orgs(tmp_path, text)
    assert "Harbour Protection Committee" in found
    assert found.count("HPC") == 2


def test_initials_of_a_phrase_or_a_short_name_define_nothing():
    assert acronyms.initials("High Powered Committee") == "HPC"
    assert acronyms.initials("Cellule d’Appui Pédagogique") == "CAP"
    assert acronyms.initials("Protection Working group") == ""  # a lowercase content word
    assert acronyms.initials("Save Children") == ""  # two letters: too short to carry


def test_an_acronym_nobody_defines_stays_unknown(tmp_path):
    text = "Meeting notes\n\nThe HPC timeline was shared with IOM and the Camp Managers.\n"
    assert "HPC" not in document_orgs(tmp_path, text)


@pytest.mark.parametrize("text, expected", [
    ("The plan was approved by the Regional Shelter forum last week.", ["Regional Shelter forum"]),
    ("The Kadowa Returns Committee met the camp leaders.", ["Kadowa Returns Committee"]),
    ("Le Comité Local de Vigilance a alerté les partenaires.", ["Comité Local de Vigilance"]),
    ("Une équipe de la Cellule de Veille Communautaire est arrivée.", ["Cellule de Veille Communautaire"]),
])
def test_committees_forums_and_cells_are_bodies(text, expected):
    assert texts(text, "ORG") == expected


def test_a_lowercase_closing_head_after_a_sentence_start_is_no_body():
    assert texts("Humanitarian Coordination forum members met.", "ORG") == []


@pytest.mark.parametrize("text, expected", [
    ("Une délégation du ministère de la santé a visité le camp.", ["ministère de la santé"]),
    ("Officials of the ministry of education visited the schools.", ["ministry of education"]),
    ("Le ministère de la femme et famille a répondu.", ["ministère de la femme et famille"]),
])
def test_a_ministry_in_lower_case_is_an_institution(text, expected):
    assert texts(text, "ORG") == expected


def test_a_ministry_without_its_domain_is_no_name():
    assert texts("Le ministère a répondu aux questions.", "ORG") == []


def test_an_unknown_acronym_before_a_country_is_the_ngos_country_office():
    assert texts("ZORBAK Tchad a distribué des kits à Bol.", "ORG") == ["ZORBAK Tchad"]
    assert "Tchad" not in texts("ZORBAK Tchad a distribué des kits à Bol.", "LOC")


def test_a_heading_in_capitals_before_a_country_is_no_office():
    assert texts("RAPPORT MENSUEL Tchad : la situation reste calme.", "ORG") == []


def test_an_acronym_after_partner_is_a_body():
    assert "ZOKAR" in texts("Des collègues du partenaire ZOKAR et de la CONAREF ont été attaqués.", "ORG")


def test_a_category_of_bodies_in_a_list_is_no_organisation():
    found = texts("Participants : Agences Humanitaires, Organisations Non Gouvernementales, ZOKAR, CONAREF.", "ORG")
    assert "ZOKAR" in found and "CONAREF" in found
    assert not any("Gouvernementales" in f or "Humanitaires" in f for f in found)


def test_persons_opening_attendance_lines_are_not_organisations():
    text = ("Attendance:\n"
            "Baraka Tumbo – (OCHA)\n"
            "Ladi Mshelia (IRC)\n"
            "Member Agencies: IOM, UNHCR")
    found = texts(text, "ORG")
    assert "OCHA" in found and "IRC" in found
    assert not any(name in found for name in ("Baraka Tumbo", "Ladi Mshelia"))


def test_a_sentence_after_a_list_label_is_no_list():
    assert texts("Participants\nVoir la liste jointe.\n", "ORG") == []


def test_a_bullet_glyph_is_never_part_of_a_name():
    assert all(not f.startswith(("·", "▪")) for f in texts("Participants :\n· ZOKAR\n▪ KOUNDA", "ORG"))


@pytest.mark.parametrize("text", [
    "The team will carry out CCCM activities in the collective sites.",
    "The cluster was allocated funds in the SSHF first allocation.",
    "The NHF and the Nigeria Humanitarian Fund opened allocations.",
    "Le Fonds humanitaire a financé trois projets.",
])
def test_a_bare_sector_or_a_pooled_fund_is_no_organisation(text):
    assert texts(text, "ORG") == []


def test_the_cccm_cluster_is_a_body():
    found = texts("The National CCCM Cluster met on Monday.", "ORG")
    assert len(found) == 1 and "CCCM Cluster" in found[0]


def test_the_last_name_of_an_enumeration_before_the_sentence_goes_on_is_an_organisation():
    text = ("An assessment by partners OCHA, UNHCR, WFP, INTERSOS and KOLAT found that the families "
            "needed water, food, shelter and protection.")
    assert "KOLAT" in texts(text, "ORG")


def test_unknown_acronyms_of_a_flattened_column_beside_a_known_one_are_organisations():
    text = "Actions\nPartager le rapport\nPar qui\nUNICEF\nZOKAR\nKADEM\nStatut\nEn cours"
    found = texts(text, "ORG")
    assert "ZOKAR" in found and "KADEM" in found


def test_a_column_of_acronyms_nobody_knows_is_not_read_as_a_list_of_organisations():
    """Without a known organisation in the column, the rule says nothing (the NER may)."""
    assert [e for e in ents("Sigles\nZOKAR\nKADEM\nMOLAB\nFin", "ORG") if e[3] == "list"] == []


def test_a_short_acronym_in_capitals_in_a_labelled_list_is_an_organisation_even_if_a_stop_word():
    assert "SI" in texts("Participants : OIM, UNHCR, SI, IRC, OCHA", "ORG")


def test_a_partner_noun_before_a_table_of_categories_names_nothing():
    assert texts("PARTENAIRES Nbre ONGs Internationale 29 ONGs Nationale 2", "ORG") == []
