"""The second partner file (``organisations_partners2.csv``): its forms are its own, its
organisations are linked in INVENTED sentences, and the acronyms and names left out for precision
(a word, a common short form of something else, an everyday phrase) are not read as them."""

from __future__ import annotations

import pytest
from test_registry import forms_not_owned_once, forms_of_the_file, matching_key, org_ids, owners_by_form

from pipeline.config import RESOURCES_DIR
from pipeline.reference.tables import read_rows

FILE = "organisations_partners2.csv"


def test_the_file_lists_partners_of_every_country_of_the_region():
    assert len(read_rows(FILE, RESOURCES_DIR)) >= 180


def test_no_form_of_the_second_partner_file_is_shared():
    assert forms_not_owned_once(forms_of_the_file(FILE)) == []


@pytest.mark.parametrize("text, expected", [
    ("UNIDOR and the Christian Recovery and Development Agency distributed seeds with TOCH in Tonj.",
     {"UNIDOR": "UNIDOR", "Christian Recovery and Development Agency": "CRADA", "TOCH": "TOCH"}),
    ("Hold the Child and the County Health Department vaccinated 300 children; the CHD will report.",
     {"Hold the Child": "HCO", "County Health Department": "CHD", "CHD": "CHD"}),
    ("The MoH and SAADO opened two clinics.", {"MoH": "MoH", "SAADO": "SAADO"}),
    ("KABHUDA, GEPaDC and the Damnaish Human Capacity Building Initiative met RUWASSA in Maiduguri.",
     {"KABHUDA": "KABHUDA", "GEPaDC": "GEPaDC", "Damnaish Human Capacity Building Initiative": "DHCBI",
      "RUWASSA": "RUWASSA"}),
    ("CAMYOSFOP and Mother of Hope Cameroon reported to MINTSS.",
     {"CAMYOSFOP": "CAMYOSFOP", "Mother of Hope Cameroon": "MOHCAM", "MINTSS": "MINTSS"}),
    ("La LIZADEEL et le CRONGD ont rencontré l'ICCN à Goma.",
     {"LIZADEEL": "LIZADEEL", "CRONGD": "CRONGD", "ICCN": "ICCN"}),
    ("Le SEMUS et l'Association Nodde Nooto ont appuyé le CT/CNSA.",
     {"SEMUS": "SEMUS", "Association Nodde Nooto": "A2N", "CT/CNSA": "CT/CNSA"}),
    ("L'ANDDH et Dimol ont formé 20 relais communautaires.", {"ANDDH": "ANDDH", "Dimol": "Dimol"}),
    ("L'OFCA et l'ACDA ont distribué des semences.", {"OFCA": "OFCA", "ACDA": "ACDA"}),
])
def test_second_partner_list_organisations_are_linked(text, expected):
    assert {k: v for k, v in org_ids(text).items() if k in expected} == expected


def test_acronyms_and_names_left_out_for_precision_are_not_registry_forms():
    owners = owners_by_form()
    for form in ("CMD", "CCC", "CAN", "AGED", "PATH", "GAIN", "Africare", "justice plus", "world concern"):
        assert not owners.get(matching_key(form)), form


@pytest.mark.parametrize("text", [
    "Partners in the Africa region agreed to share data.",  # no "Africare" a letter away
    "Les participants demandent une justice plus équitable pour les victimes.",
])
def test_everyday_words_near_a_left_out_name_are_no_organisation(text):
    assert org_ids(text) == {}


def test_a_left_out_acronym_is_not_linked_to_the_registry():
    # CMD: Nigeria's Chief Medical Director, not Christian Mission for Development
    assert "CMD" not in {k: v for k, v in org_ids("The CMD briefed partners on the cholera response.").items() if v}
