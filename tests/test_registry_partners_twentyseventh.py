"""The twenty-seventh pass's partners, in ``organisations_partners8.csv``: media outlets, press agencies
and broadcasters of the Central African Republic, South Sudan, Niger, Burkina Faso, Chad, Cameroon, DR
Congo, Mauritania, Mali and Nigeria, universities of the same countries, and a few networks of the
nutrition, education and peace-building sectors are linked in INVENTED sentences (each form of the file
in a French and an English one); every form names one body only; and the forms left out for precision
(a three-letter acronym, an acronym that is a word or a given name, a generic or shared name, a body
another file owns) are not forms of the file."""

from __future__ import annotations

import pytest
from test_registry import ids_of_the_file, org_ids

FILE = "organisations_partners8.csv"
#: forms left out of the file for precision (checked absent by test_registry_partner_files)
LEFT_OUT = (
        "RNL", "SRS", "CRN", "RTN", "ANP", "RTB", "AIB", "ACP", "TVM", "TDM", "AMI", "NTA", "NAN", "AIT", "NBC",
        "YBC", "UAM", "UNB", "UNZ", "UCG", "UCB", "UOB", "AUN", "API", "UBG", "MAU", "UoJ", "MMI", "HAMA", "BUST",
        "Onama", "Crtv", "Voix du Sahel", "Télé Sahel", "Horizons", "Chaab", "RACOM",
        "Haut Conseil de la communication", "Media Trust", "Alwihda Info", "Studio Tamani", "ORTM", "AMAP",
        "UNIMAID", "Muhammadu Buhari University")
#: the file holds more forms than this
MIN_FORMS = 280


@pytest.mark.parametrize("text, expected", [
    ("Radio Ndeke Luka et la Fondation Ndeke Luka ont diffusé les messages du cluster santé à Bambari.",
     {"Radio Ndeke Luka": "Radio Ndeke Luka", "Fondation Ndeke Luka": "Fondation Ndeke Luka"}),
    ("Eye Radio, Radio Miraya and Radio Tamazuj aired the cholera prevention messages in Malakal.",
     {"Eye Radio": "Eye Radio", "Radio Miraya": "Radio Miraya", "Radio Tamazuj": "Radio Tamazuj"}),
    ("The Catholic Radio Network and the SSBC joined the risk communication working group.",
     {"Catholic Radio Network": "Catholic Radio Network", "SSBC": "SSBC"}),
    ("Le Studio Kalangou et l'ORTN ont relayé la campagne de vaccination dans la région de Tahoua.",
     {"Studio Kalangou": "Studio Kalangou", "ORTN": "ORTN"}),
    ("L'Agence d'information du Burkina et les Éditions Sidwaya ont couvert la distribution de vivres à Kaya.",
     {"Agence d'information du Burkina": "Agence d'information du Burkina", "Éditions Sidwaya": "Éditions Sidwaya"}),
    ("L'ONAMA et l'ATPE ont été invités à la réunion du cluster nutrition de Bol.", {"ONAMA": "ONAMA", "ATPE": "ATPE"}),
    ("The CRTV and Cameroon Tribune reported on the school feeding programme in Kousseri.",
     {"CRTV": "CRTV", "Cameroon Tribune": "Cameroon Tribune"}),
    ("La RTNC et Radio Okapi ont annoncé la campagne de riposte contre la rougeole à Kalemie.",
     {"RTNC": "RTNC", "Radio Okapi": "Radio Okapi"}),
    ("L'Agence mauritanienne d'information et la HAPA ont participé à l'atelier de Kiffa.",
     {"Agence mauritanienne d'information": "Agence mauritanienne d'information", "HAPA": "HAPA"}),
    ("Radio Kledu et Mikado FM ont diffusé les communiqués du groupe de travail cash de Gao.",
     {"Radio Kledu": "Radio Kledu", "Mikado FM": "Mikado FM"}),
    ("HumAngle, Premium Times and the News Agency of Nigeria covered the flood response in Maiduguri.",
     {"HumAngle": "HumAngle", "Premium Times": "Premium Times", "News Agency of Nigeria": "News Agency of Nigeria"}),
    ("L'Université Abdou Moumouni et l'Université de Diffa ont présenté l'enquête nutritionnelle.",
     {"Université Abdou Moumouni": "Université Abdou Moumouni", "Université de Diffa": "Université de Diffa"}),
    ("L'Université Joseph Ki-Zerbo et l'USTTB ont formé les agents de santé communautaire.",
     {"Université Joseph Ki-Zerbo": "UJKZ", "USTTB": "USTTB"}),
    ("L'Université de N'Djaména et l'Université de Bangui ont rejoint le groupe de travail éducation.",
     {"Université de N'Djaména": "UNDJ", "Université de Bangui": "Université de Bangui"}),
    ("The American University of Nigeria and Modibbo Adama University supported the displaced families in Yola.",
     {"American University of Nigeria": "American University of Nigeria",
      "Modibbo Adama University": "Modibbo Adama University"}),
    ("The University of Juba and Upper Nile University trained the enumerators of the assessment.",
     {"University of Juba": "University of Juba", "Upper Nile University": "Upper Nile University"}),
    ("The University of Buea and the Université de Maroua shared their studies on displacement.",
     {"University of Buea": "University of Buea", "Université de Maroua": "Université de Maroua"}),
    ("L'ULPGL et l'Université catholique du Graben ont accueilli l'atelier sur la malnutrition.",
     {"ULPGL": "ULPGL", "Université catholique du Graben": "Université catholique du Graben"}),
    ("L'ASRADD, le CCEB/BF et l'AMBF ont présenté leurs plans d'action.",
     {"ASRADD": "ASRADD", "CCEB/BF": "CCEB/BF", "AMBF": "AMBF"}),
])
def test_twenty_seventh_pass_partners_are_linked(text, expected):
    assert {k: v for k, v in org_ids(text).items() if k in expected} == expected


def test_everyday_phrases_are_not_read_as_these_bodies():
    """What the left-out names would have caught: a friend, new horizons, a bust, the voice of the Sahel,
    trust in the media."""
    ids = set(org_ids("Un ami de la famille a ouvert de nouveaux horizons aux jeunes de la voix du Sahel.").values())
    ids |= set(org_ids("The boom and bust of the market eroded media trust among the displaced.").values())
    assert not ids & ids_of_the_file(FILE)
