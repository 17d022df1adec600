"""The twenty-sixth pass's partners, in ``organisations_partners7.csv``: member NGOs of Mali's platform
of national NGOs active in humanitarian action (PONAH), regional technical centres (ACMAD, ICPAC, the
Sahel and West Africa Club, CORAF), DR Congo's weather agency, donors' agencies (the Austrian
Development Agency, Turkey's disaster agency, Monaco's cooperation), and national NGOs, a state service and
INGOs of Niger, Chad, Cameroon and South Sudan are linked in INVENTED sentences (each form of the
file in a French and an English one); every form names one body only; and the forms left out for
precision (an acronym that is a word or another body's, a two- or three-letter acronym, a generic
name, a body another file owns) are not forms of the file."""

from __future__ import annotations

import pytest
from test_registry import ids_of_the_file, org_ids

FILE = "organisations_partners7.csv"
#: forms left out of the file for precision (checked absent by test_registry_partner_files)
LEFT_OUT = (
        "AVENIR", "GARI", "AFAR", "SELLE", "SOS", "CARD", "CERCA", "CAEB", "CCC", "RED", "ADM", "PADI", "PADL",
        "APEP", "ACD", "A C D", "AAG", "ASG", "RAC", "TP", "WK", "AGK", "DHA", "HDS", "TDA", "ATC", "ATK", "ADA", "DCI",
        "CMD", "CMI", "GRAVE", "AFAD", "DIKO", "AV.E.S", "Aide au développement durable", "Association pour l'appui au développement",
        "Association pour le développement du Nord", "Association pour la promotion de la femme et de l'enfant",
        "Nouveau horizon", "Association d'appui aux femmes démunies", "Eau Vive", "Think Peace", "PONAH",
        "CASE-SAHEL", "STOP-SAHEL", "YA-G-TU")
#: the file holds more forms than this
MIN_FORMS = 200


@pytest.mark.parametrize("text, expected", [
    ("L'ASDEMIN, l'AJA Mali et HONNEY-Mali ont distribué des kits scolaires aux élèves déplacés de Rharous.",
     {"ASDEMIN": "ASDEMIN", "AJA Mali": "AJA Mali", "HONNEY-Mali": "HONNEY-Mali"}),
    ("Le GRADECOM et l'ADIC-Sahel ont présenté leur rapport au groupe de travail de Tombouctou.",
     {"GRADECOM": "GRADECOM", "ADIC-Sahel": "ADIC-SAHEL"}),
    ("L'ASPODLCE, l'ADENORD et le CRADE ont rejoint le sous-cluster protection de Gao.",
     {"ASPODLCE": "ASPODLCE", "ADENORD": "ADENORD", "CRADE": "CRADE"}),
    ("Help for Sahel et l'Association Amaan Gourma ont assisté 300 ménages à Ansongo.",
     {"Help for Sahel": "HELP-SAHEL", "Association Amaan Gourma": "Association Amaan Gourma"}),
    ("L'AJCET, le SAGOPS et Save Our Sahel ont animé des séances de sensibilisation à Kidal.",
     {"AJCET": "AJCET", "SAGOPS": "SAGOPS", "Save Our Sahel": "Save Our Sahel"}),
    ("Le Centre africain pour les applications de la météorologie au développement a partagé ses prévisions saisonnières.",
     {"Centre africain pour les applications de la météorologie au développement": "ACMAD"}),
    ("ICPAC and the Sahel and West Africa Club presented the seasonal outlook to the food security cluster.",
     {"ICPAC": "ICPAC", "Sahel and West Africa Club": "CSAO"}),
    ("Le CORAF/WECARD et la METTELSAT ont formé les agents des services agricoles.",
     {"CORAF/WECARD": "CORAF", "METTELSAT": "METTELSAT"}),
    ("The Austrian Development Agency and the Disaster and Emergency Management Authority funded the shelter response.",
     {"Austrian Development Agency": "Austrian Development Agency",
      "Disaster and Emergency Management Authority": "Disaster and Emergency Management Authority"}),
    ("La Coopération monégasque et la Fondation Mérieux appuient le laboratoire de Niamey.",
     {"Coopération monégasque": "Coopération monégasque", "Fondation Mérieux": "Fondation Mérieux"}),
    ("L'ONG DIKO et l'ONODEP ont évalué les besoins des ménages d'Abalak.", {"ONG DIKO": "ONG DIKO", "ONODEP": "ONODEP"}),
    ("L'UNAD-Caritas Tchad, Kawtal et l'ADAP ont distribué des semences à Bol.",
     {"UNAD-Caritas Tchad": "UNAD", "Kawtal": "Kawtal", "ADAP": "ADAP"}),
    ("COSACODE, LAFOSS and Christian Mercy International joined the coordination meeting.",
     {"COSACODE": "COSACODE", "LAFOSS": "LAFOSS", "Christian Mercy International": "Christian Mercy International"}),
])
def test_twenty_sixth_pass_partners_are_linked(text, expected):
    assert {k: v for k, v in org_ids(text).items() if k in expected} == expected


def test_everyday_phrases_are_not_read_as_these_bodies():
    """What the left-out names would have caught: a French word for the future, running water, a cassava
    meal, the Afar region, a generic association name."""
    ids = set(org_ids("L'avenir des enfants dépend de l'accès à l'eau vive et au gari distribué dans la région Afar.").values())
    ids |= set(org_ids("Une association pour le développement du Nord a été créée par les jeunes de la commune.").values())
    assert not ids & ids_of_the_file(FILE)
