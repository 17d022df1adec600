"""The twenty-fourth pass's partners, in ``organisations_partners4.csv``: Mali's national and local
NGOs, networks and state services, INGOs and research bodies of the Sahel, and national NGOs and
state services of Niger, Burkina Faso, Chad, Mauritania, Nigeria, Cameroon, DR Congo, the Central
African Republic and South Sudan are linked in INVENTED sentences (each form of the file in a
French and an English one); every form names one body only; and the forms left out for precision
(an acronym another meaning owns, an everyday phrase, a name the one-typo reading would take a
common word for, a body another file owns) are not forms of the file."""

from __future__ import annotations

import pytest
from test_registry import ids_of_the_file, org_ids

FILE = "organisations_partners4.csv"
#: forms left out of the file for precision (checked absent by test_registry_partner_files)
LEFT_OUT = (
        "OPV", "ORS", "PPM", "UTM", "FSN", "AME", "SEEN", "DNA", "HARD", "ACROSS", "MHA", "IRA", "FIDA",
        "CDD", "DEC", "CAO", "AEC", "GARI", "DIKO", "GIWYN", "CCEPI", "AEDT", "Nouveaux Horizons",
        "Justice Plus", "Journaliste en danger", "Cri de cœur", "Eau Vive", "Good Neighbours",
        "Appui aux populations rurales du Mali", "Humanitarian Development Consortium", "Africare",
        "The Sudd Institute", "Direction régionale de la pêche", "Direction nationale de l'agriculture",
        "Direction régionale de la jeunesse et des sports", "Service local de l'hydraulique")
#: the file holds more forms than this
MIN_FORMS = 250


@pytest.mark.parametrize("text, expected", [
    ("Delta Survie, le GRAT et l'UAVES ont distribué des semences avec l'appui d'IAMANEH à Mopti.",
     {"Delta Survie": "Delta Survie", "GRAT": "GRAT", "UAVES": "UAVES", "IAMANEH": "IAMANEH"}),
    ("À Ménaka, AMAWAÏ, TARAKATE et l'ASDN ont poursuivi les distributions avec la Fondation Maliba.",
     {"AMAWAÏ": "AMAWAÏ", "TARAKATE": "TARAKATE", "ASDN": "ASDN", "Fondation Maliba": "Fondation Maliba"}),
    ("Le RECOTRADE, la FEMAPH, l'AMUPI et la LIMAMA ont relayé les messages de sensibilisation à Ségou.",
     {"RECOTRADE": "RECOTRADE", "FEMAPH": "FEMAPH", "AMUPI": "AMUPI", "LIMAMA": "LIMAMA"}),
    ("La SOMAGEP, EDM et la CMDT ont rejoint le comité de crise avec le CNTS et l'IER.",
     {"SOMAGEP": "SOMAGEP", "EDM": "EDM", "CMDT": "CMDT", "CNTS": "CNTS", "IER": "IER"}),
    ("Le SLPIA, la DRUH et la DNCC ont évalué les dégâts avec l'Office de protection des végétaux.",
     {"SLPIA": "SLPIA", "DRUH": "DRUH", "DNCC": "DNCC",
      "Office de protection des végétaux": "Office de protection des végétaux"}),
    ("Mujeres en Zona de Conflicto, Medicus Mundi and ICRAF briefed the ONASR and the HCNLS.",
     {"Mujeres en Zona de Conflicto": "MZC", "Medicus Mundi": "Medicus Mundi", "ICRAF": "ICRAF",
      "ONASR": "ONASR", "HCNLS": "HCNLS"}),
    ("Au Niger, la NIGELEC, la SPEN et Timidria ont appuyé le DNPGCCA et l'ACTN.",
     {"NIGELEC": "NIGELEC", "SPEN": "SPEN", "Timidria": "Timidria", "DNPGCCA": "DNPGCCA", "ACTN": "ACTN"}),
    ("Au Burkina Faso, la CAMEG, la SONABEL, l'ADEP et l'AFJ/BF ont participé à l'atelier.",
     {"CAMEG": "CAMEG", "SONABEL": "SONABEL", "ADEP": "ADEP", "AFJ/BF": "AFJ/BF"}),
    ("La CASCIDHO, l'ALPD et IRA-Mauritanie ont présenté leur rapport sur les droits humains.",
     {"CASCIDHO": "CASCIDHO", "ALPD": "ALPD", "IRA-Mauritanie": "IRA-Mauritanie"}),
    ("BOSEPA, COWACDI and the Complete Care and Aid Foundation cleared drainage channels with the YSPHCMB.",
     {"BOSEPA": "BOSEPA", "COWACDI": "COWACDI", "Complete Care and Aid Foundation": "CCAF", "YSPHCMB": "YSPHCMB"}),
    ("Hope for a Better Future, LUKMEF and CAGEW referred survivors to the Mbonweh Women's Development Association.",
     {"Hope for a Better Future": "H4BF", "LUKMEF": "LUKMEF", "CAGEW": "CAGEW",
      "Mbonweh Women's Development Association": "Mbonweh Women's Development Association"}),
    ("Le BVES, l'ADEPAE et le Groupe Jérémie ont rencontré la SNCC et le PROVED à Bukavu.",
     {"BVES": "BVES", "ADEPAE": "ADEPAE", "Groupe Jérémie": "Groupe Jérémie", "SNCC": "SNCC", "PROVED": "PROVED"}),
    ("L'ASSOMESCA et le MDDH ont ouvert deux cliniques mobiles à Bambari.", {"ASSOMESCA": "ASSOMESCA", "MDDH": "MDDH"}),
    ("MaCDA, CCOSS, HeRY and the Sudd Institute met the Hope Agency for Relief and Development in Juba.",
     {"MaCDA": "MaCDA", "CCOSS": "CCOSS", "HeRY": "HeRY", "Sudd Institute": "Sudd Institute",
      "Hope Agency for Relief and Development": "Hope Agency for Relief and Development"}),
])
def test_twenty_fourth_pass_partners_are_linked(text, expected):
    assert {k: v for k, v in org_ids(text).items() if k in expected} == expected


def test_everyday_phrases_and_common_words_are_not_read_as_these_bodies():
    """What the left-out names would have caught: a phrase of the language, a continent's name."""
    ids = set(org_ids("Cette formation ouvre de nouveaux horizons aux jeunes ; une justice plus proche "
                      "des citoyens est attendue en Africa comme ailleurs.").values())
    assert not ids & ids_of_the_file(FILE)
