"""The state bodies' file (``organisations_state.csv``): its forms are its own, its bodies are
linked in INVENTED sentences, and the acronyms left out for precision (a word, an abbreviation in
use, a gazetteer place, a code two bodies share) are not registry forms."""

from __future__ import annotations

import pytest
from test_registry import forms_not_owned_once, forms_of_the_file, matching_key, org_ids, owners_by_form

from pipeline.config import RESOURCES_DIR
from pipeline.reference.tables import read_rows

FILE = "organisations_state.csv"


def test_the_file_lists_state_bodies_of_the_region():
    assert len(read_rows(FILE, RESOURCES_DIR)) >= 120


def test_no_form_of_the_state_file_is_shared():
    assert forms_not_owned_once(forms_of_the_file(FILE)) == []


@pytest.mark.parametrize("text, expected", [
    ("L'Office du Niger et l'OPAM ont présenté la situation des stocks.",
     {"Office du Niger": "Office du Niger", "OPAM": "OPAM"}),
    ("La CENI et l'AIGE ont partagé le calendrier.", {"CENI": "CENI", "AIGE": "AIGE"}),
    ("Le ST-ESU et la DRPF/PE ont suivi les écoles fermées.", {"ST-ESU": "ST-ESU", "DRPF/PE": "DRPF/PE"}),
    ("La GNNT et le CASAGC étaient représentés.", {"GNNT": "GNNT", "CASAGC": "CASAGC"}),
    ("Le STAREC et le P-DDRCS ont accueilli 40 ex-combattants.", {"STAREC": "STAREC", "P-DDRCS": "P-DDRCS"}),
    ("NAFDAC and the Chad Basin Development Authority briefed the sector.",
     {"NAFDAC": "NAFDAC", "Chad Basin Development Authority": "CBDA"}),
    ("The TNLA and the South Sudan Human Rights Commission visited the site.",
     {"TNLA": "TNLA", "South Sudan Human Rights Commission": "SSHRC"}),
    ("ELECAM et la SEMRY ont appuyé la DRADER.", {"ELECAM": "ELECAM", "SEMRY": "SEMRY", "DRADER": "DRADER"}),
])
def test_state_bodies_are_linked(text, expected):
    assert {k: v for k, v in org_ids(text).items() if k in expected} == expected


def test_acronyms_left_out_for_precision_are_not_registry_forms():
    owners = owners_by_form()
    for form in ("ALT", "CAID", "CORUS", "ORS", "DRH", "ANGE", "ANE", "DREA", "NDE", "CNSP", "NCS"):
        assert not owners.get(matching_key(form)), form


def test_a_heading_in_capitals_is_no_body_a_letter_away():
    # "EN COURS" once read as CORUS, the Burkina Faso health emergency centre, kept by its name only
    assert "COURS" not in org_ids("Activités EN COURS dans la zone.")
