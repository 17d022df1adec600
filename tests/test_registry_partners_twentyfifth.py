"""The twenty-fifth pass's partners, in ``organisations_partners5.csv``: the Confederation of Sahel
States and its institutions, Mali's national NGOs and state services, and national NGOs of South
Sudan, the Central African Republic, Cameroon and DR Congo are linked in INVENTED sentences (each
form of the file in a French and an English one); every form names one body only; and the forms
left out for precision (an acronym another meaning owns, an everyday phrase, a spelling another
file owns) are not forms of the file."""

from __future__ import annotations

import pytest
from test_registry import ids_of_the_file, org_ids

FILE = "organisations_partners5.csv"
#: forms left out of the file for precision (checked absent by test_registry_partner_files)
LEFT_OUT = (
        "TCN", "WEI", "CERCA", "CES", "CARD", "APES", "AEPA", "GHA", "CAD", "CCC", "CCM", "ARD", "LDA", "UDA", "NPP", "WTI", "AAA",
        "ADEM", "BAC", "ADC", "SPC", "NDA", "GPAD", "MAYA", "BARA", "AGAPE", "CALEBASSE", "TABITHA", "UNIDO",
        "UNH", "HAA", "HPF", "Respect Cameroon", "Sign of Hope", "Le Bouclier", "Prométhée", "Kizito",
        "Jeunesse et Développement", "Case de vie", "Arbre de vie", "Eben-Ezer", "ADESSE", "TRISS", "THSO",
        "LCEDA", "CRDA", "JDF", "Fonds national des risques et des calamités agricoles", "CAEB",
        "Centre for the Coordination of Emergency Humanitarian Assistance")
#: the file holds more forms than this
MIN_FORMS = 150


@pytest.mark.parametrize("text, expected", [
    ("La Confédération des États du Sahel a annoncé que la BCID-AES financera les routes et que la "
     "FU-AES sécurisera les axes.",
     {"Confédération des États du Sahel": "AES", "BCID-AES": "BCID-AES", "FU-AES": "FU-AES"}),
    ("The Alliance of Sahel States asked the Unified Force of the AES to escort the convoys.",
     {"Alliance of Sahel States": "AES", "Unified Force of the AES": "FU-AES"}),
    ("L'ANJM, l'APGR et l'ONG Prométhée ont relayé les messages avec la Fondation Orange Mali à Mopti.",
     {"ANJM": "ANJM", "APGR": "APGR", "ONG Prométhée": "ONG Prométhée", "Fondation Orange Mali": "FOMA"}),
    ("L'ASREF, l'AMAED et Imidierar ont rendu compte au Secrétariat permanent pour la gestion des crises au "
     "centre.",
     {"ASREF": "ASREF", "AMAED": "AMAED", "Imidierar": "Imidierar",
      "Secrétariat permanent pour la gestion des crises au centre":
      "Secrétariat permanent pour la gestion des crises au centre"}),
    ("La DNEC, l'AGETIC et la DGCT ont appuyé le CECOGEC pendant les inondations.",
     {"DNEC": "DNEC", "AGETIC": "AGETIC", "DGCT": "DGCT", "CECOGEC": "CECOGEC"}),
    ("PRDA, SALF and the Arkangelo Ali Association briefed LiveWell and Medicair in Juba.",
     {"PRDA": "PRDA", "SALF": "SALF", "Arkangelo Ali Association": "Arkangelo Ali Association",
      "LiveWell": "LiveWell", "Medicair": "Medicair"}),
    ("The South Sudan Community Change Agency and Kissito Healthcare International run the clinics with OVCI.",
     {"South Sudan Community Change Agency": "SOSUCCA", "Kissito Healthcare International": "KHI",
      "OVCI": "OVCI"}),
    ("L'ALIDEV, le CREDAC et Afrique sans frontières ont distribué des semences à Bossangoa.",
     {"ALIDEV": "ALIDEV", "CREDAC": "CREDAC", "Afrique sans frontières": "Afrique sans frontières"}),
    ("Le Centre de coordination de l'assistance humanitaire d'urgence a reçu le FFAC et la Caritas "
     "Maroua-Mokolo.",
     {"Centre de coordination de l'assistance humanitaire d'urgence":
      "Centre de coordination de l'assistance humanitaire d'urgence", "FFAC": "FFAC",
      "Caritas Maroua-Mokolo": "Caritas Maroua-Mokolo"}),
    ("L'ISPRON, FAPROS et AIDPROFEN assistent les déplacés avec l'appui de la FOFAT.",
     {"ISPRON": "ISPRON", "FAPROS": "FAPROS", "AIDPROFEN": "AIDPROFEN", "FOFAT": "FOFAT"}),
])
def test_twenty_fifth_pass_partners_are_linked(text, expected):
    assert {k: v for k, v in org_ids(text).items() if k in expected} == expected


def test_everyday_phrases_are_not_read_as_these_bodies():
    """What the left-out names would have caught: a phrase of the language, a common word."""
    ids = set(org_ids("We urge all parties to respect Cameroon's borders; a sign of hope came from the "
                      "talks, and the bouclier of the old fort still stands.").values())
    assert not ids & ids_of_the_file(FILE)
