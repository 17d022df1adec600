"""The organisation registry's files read together: one org_id per written form, known parents
and types, and the partner lists' organisations linked in INVENTED sentences."""

from __future__ import annotations

from collections import defaultdict

import pytest
from test_real_failures import ents

from pipeline.config import RESOURCES_DIR
from pipeline.nlp.components import fold_token, is_acronym
from pipeline.reference.registry import load_organisations
from pipeline.reference.tables import read_rows

TYPES = {"UN agency", "UN mission", "INGO", "NNGO", "government service", "donor", "Red Cross/Red Crescent",
         "coordination body", "armed/security actor"}
#: forms two entries of older files share; the matcher settles each tie one way (first owner
#: named wins today). New entries must not add to them.
KNOWN_TIES = {
    "REACH": {"IMPACT", "ACTED-REACH"},
    "reach initiative": {"IMPACT", "ACTED-REACH"},
    "national human rights commission": {"CNDH", "NHRC-NGA"},
}


def matching_key(form: str) -> str:
    """How the matcher compares a form: an acronym as written, any other name folded."""
    return form if is_acronym(form) else " ".join(fold_token(word) for word in form.split())


def owners_by_form() -> dict[str, set[str]]:
    owners = defaultdict(set)
    for org in load_organisations(RESOURCES_DIR):
        for form, _misspelt in org.forms():
            owners[matching_key(form)].add(org.org_id)
    return owners


def forms_with_their_row(file: str) -> list[tuple[str, str]]:
    """Every form (id, names, aliases) one registry file gives its bodies, with the body's id."""
    return [(value.strip(), row["org_id"]) for row in read_rows(file, RESOURCES_DIR)
            for column in ("org_id", "name_fr", "name_en", "aliases")
            for value in row[column].split("|") if value.strip()]


def forms_of_the_file(file: str) -> list[str]:
    """Every form (id, names, aliases) one registry file gives its bodies."""
    return [form for form, _org_id in forms_with_their_row(file)]


def ids_of_the_file(file: str) -> set[str]:
    return {row["org_id"] for row in read_rows(file, RESOURCES_DIR)}


#: invented frames, one French and one English, each form of a partner file written in them in turn
FORM_FRAMES = ("Au cours de la réunion, {} a présenté ses activités aux autres partenaires.",
               "During the meeting, {} presented its activities to the other partners.")


def forms_not_linked(file: str, frame: str) -> list[tuple[str, str]]:
    """The forms of a registry file that, written in ``frame``, the pipeline does not link to their own row."""
    return [(form, org_id) for form, org_id in forms_with_their_row(file) if org_ids(frame.format(form)).get(form) != org_id]


def forms_not_owned_once(forms: list[str]) -> list[str]:
    """The forms that name no body or more than one across all the registry files."""
    owners = owners_by_form()
    return [form for form in forms if len(owners[matching_key(form.strip())]) != 1]


def left_out_forms_present(file: str, left_out: tuple[str, ...]) -> list[str]:
    """The forms a registry file was meant to leave out (another meaning, an everyday phrase) that it holds."""
    forms = {matching_key(form) for form in forms_of_the_file(file)}
    return [form for form in left_out if matching_key(form) in forms]


def test_every_org_id_is_listed_once_across_the_registry_files():
    ids = [org.org_id for org in load_organisations(RESOURCES_DIR)]
    assert sorted({i for i in ids if ids.count(i) > 1}) == []


def test_no_form_names_two_organisations_beyond_the_known_ties():
    shared = {form: ids for form, ids in owners_by_form().items() if len(ids) > 1}
    assert {form: ids for form, ids in shared.items() if KNOWN_TIES.get(form) != ids} == {}


def test_no_form_of_the_partner_lists_is_shared():
    partner_forms = forms_of_the_file("organisations_partners.csv")
    assert len(partner_forms) > 200
    assert forms_not_owned_once(partner_forms) == []


def test_types_are_the_registrys_and_parents_are_entries():
    organisations = load_organisations(RESOURCES_DIR)
    ids = {org.org_id for org in organisations}
    assert {org.type for org in organisations} <= TYPES
    assert [org.org_id for org in organisations if org.parent and org.parent not in ids] == []


def org_ids(text: str) -> dict[str, str]:
    return {e[0]: e[2] for e in ents(text, "ORG")}


@pytest.mark.parametrize("text, expected", [
    ("Le SPONG et l'ATPDH ont présenté leurs activités.", {"SPONG": "SPONG", "ATPDH": "ATPDH"}),
    ("CISCOPE and the Grow Strong Foundation shared the protection update with NANGO.",
     {"CISCOPE": "CISCOPE", "Grow Strong Foundation": "Grow Strong Foundation", "NANGO": "NANGO"}),
    ("Ciscope will follow up with the Jireh Doo Foundation.",
     {"Ciscope": "CISCOPE", "Jireh Doo Foundation": "Jireh Doo Foundation"}),
    ("Nile Hope and Health Link South Sudan reported to the South Sudan NGO Forum.",
     {"Nile Hope": "Nile Hope", "Health Link South Sudan": "HLSS", "South Sudan NGO Forum": "South Sudan NGO Forum"}),
    ("La JUPEDEC et l'Association des femmes juristes de Centrafrique ont rejoint le CIONGCA.",
     {"JUPEDEC": "JUPEDEC", "Association des femmes juristes de Centrafrique": "AFJC", "CIONGCA": "CIONGCA"}),
    ("FEPSI et la Synergie des femmes pour les victimes des violences sexuelles assurent la prise en charge.",
     {"FEPSI": "FEPSI", "Synergie des femmes pour les victimes des violences sexuelles": "SFVS"}),
    ("Le CORESUR et l'ONEA ont évalué les besoins en eau.", {"CORESUR": "CORESUR", "ONEA": "ONEA"}),
    ("SOS Esclaves et l'AFCF ont signalé trois cas.", {"SOS Esclaves": "SOS Esclaves", "AFCF": "AFCF"}),
    ("Le HC3N, le BEFEN et FORSANI ont ouvert deux centres.",
     {"BEFEN": "BEFEN", "FORSANI": "FORSANI", "HC3N": "HC3N"}),
    ("MBOSCUDA and the MINEFOP trained 40 youths.", {"MBOSCUDA": "MBOSCUDA", "MINEFOP": "MINEFOP"}),
    ("Le FONGIM et le SECO-ONG ont rencontré le CCA-ONG.",
     {"FONGIM": "FONGIM", "SECO-ONG": "SECO-ONG", "CCA-ONG": "CCA-ONG"}),
])
def test_partner_list_organisations_are_linked(text, expected):
    assert {k: v for k, v in org_ids(text).items() if k in expected} == expected

