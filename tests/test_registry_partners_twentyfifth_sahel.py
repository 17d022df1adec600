"""The twenty-fifth pass's partners, in ``organisations_partners6.csv``: Nigeria's state emergency
management agencies of the North-West and North-Central, a development commission, river basin
authorities, social protection offices, the rural water agencies of Borno, Adamawa and Yobe, NGO
networks and the national and local NGOs of the north-east's WASH sector, and national NGOs,
networks and associations of Niger, Burkina Faso, Chad and Mauritania are linked in INVENTED
sentences (each form of the file in a French and an English one); every form names one body only;
and the forms left out for precision (an acronym that is a word, a plural or another body's short
form, a two- or three-letter acronym, an everyday phrase, a body another file owns) are not forms of
the file."""

from __future__ import annotations

import pytest
from test_registry import ids_of_the_file, org_ids

FILE = "organisations_partners6.csv"
#: forms left out of the file for precision (checked absent by test_registry_partner_files)
LEFT_OUT = (
        "ARISE", "NADA", "CEDAR", "PRIDE", "VISTA", "GBVS", "LESGO", "ACDI", "CBI", "DF", "EF", "DEF", "DAF",
        "DSF", "ECI", "TPF", "TAI", "VCI", "YEF", "YLF", "ZDF", "SRF", "HHF", "HCI", "HiH", "KSi", "LPF", "JHF",
        "AAF", "BCF", "RADI", "SGDi", "AGIR", "ADN", "Action pour la gestion intégrée des ressources",
        "Comité d'appui au développement local", "AVENIR", "Goulbi", "Albarka", "Espoir", "Assistance Education",
        "Heal, Nourish and Empower", "Hopeful Women Initiative", "Global Peace Development",
        "Water Supply and Sanitation Initiative", "Care First Community Initiative",
        "Child Protection and Women Empowerment Initiative", "Green Generation Initiative", "NANGO",
        "North Central Development Commission", "Borno State Emergency Management Agency", "BOSEMA")
#: the file holds more forms than this
MIN_FORMS = 200


@pytest.mark.parametrize("text, expected", [
    ("ZEMA and the Katsina State Emergency Management Agency registered the families displaced from Zurmi.",
     {"ZEMA": "ZEMA", "Katsina State Emergency Management Agency": "Katsina State Emergency Management Agency"}),
    ("BSEMA, BENGONET and the BICD agreed on a joint distribution plan in Makurdi.",
     {"BSEMA": "BSEMA", "BENGONET": "BENGONET", "BICD": "BICD"}),
    ("The NWDC, the SRRBDA and the National Cash Transfer Office briefed the state working group.",
     {"NWDC": "NWDC", "SRRBDA": "SRRBDA", "National Cash Transfer Office": "NCTO"}),
    ("BoRUWASSA and YoRUWASSA repaired the boreholes with GISCOR and the Taimako Community Development Initiative.",
     {"BoRUWASSA": "BoRUWASSA", "YoRUWASSA": "YoRUWASSA", "GISCOR": "GISCOR",
      "Taimako Community Development Initiative": "TCDI"}),
    ("NYCSO, CESVHOC and the Tabitha Cumi Foundation presented their referral pathways.",
     {"NYCSO": "NYCSO", "CESVHOC": "CESVHOC", "Tabitha Cumi Foundation": "Tabitha Cumi Foundation"}),
    ("Jidda Community Care Foundation, MECOMHEDI and the Thlama Peace Foundation ran hygiene sessions in Gwoza.",
     {"Jidda Community Care Foundation": "JC2F", "MECOMHEDI": "MECOMHEDI",
      "Thlama Peace Foundation": "Thlama Peace Foundation"}),
    ("La CUSAD, le CADEL et l'APPADN ont distribué des kits aux ménages déplacés de Ouallam.",
     {"CUSAD": "CUSAD", "CADEL": "CADEL", "APPADN": "APPADN"}),
    ("L'AFDR et le REGIPIV-BF ont rejoint le groupe de travail de Ouahigouya.", {"AFDR": "AFDR", "REGIPIV-BF": "REGIPIV-BF"}),
    ("La CNPHT et Help Tchad ont plaidé pour l'accès aux sites de Baga Sola.", {"CNPHT": "CNPHT", "Help Tchad": "Help Tchad"}),
    ("La COAN, ECODEV et la LMDH ont présenté leur rapport au Hodh El Chargui.",
     {"COAN": "COAN", "ECODEV": "ECODEV", "LMDH": "LMDH"}),
    ("L'ADDS, l'ONG Tagaste et Burkina Vert ont partagé leurs leçons sur les jardins pastoraux.",
     {"ADDS": "ADDS", "ONG Tagaste": "ONG Tagaste", "Burkina Vert": "Burkina Vert"}),
    ("L'ATNV et l'AJPNV ont accompagné les survivantes ; l'ADIG et l'ADDE ont suivi les ménages à Sélibaby.",
     {"ATNV": "ATNV", "AJPNV": "AJPNV", "ADIG": "ADIG", "ADDE": "ADDE"}),
])
def test_twenty_fifth_pass_partners_are_linked(text, expected):
    assert {k: v for k, v in org_ids(text).items() if k in expected} == expected


def test_everyday_phrases_are_not_read_as_these_bodies():
    """What the left-out names would have caught: a French verb, a river valley, hope in French, the
    title of a national water plan, a commune's committee."""
    ids = set(org_ids("Il faut agir vite : la vallée du Goulbi a été inondée et l'espoir des familles "
                      "repose sur une assistance education rapide.").values())
    ids |= set(org_ids("Le plan d'action pour la gestion intégrée des ressources en eau sera révisé.").values())
    ids |= set(org_ids("Le comité d'appui au développement local de Diffa s'est réuni.").values())
    assert not ids & ids_of_the_file(FILE)


@pytest.mark.parametrize("text, name", [
    ("The National Commission for Refugees, Migrants and Internally Displaced Persons registered the returnees.",
     "National Commission for Refugees, Migrants and Internally Displaced Persons"),
    ("La Commission nationale pour les réfugiés, les migrants et les personnes déplacées a reçu les partenaires.",
     "Commission nationale pour les réfugiés, les migrants et les personnes déplacées"),
])
def test_commission_name_written_with_its_commas_is_read_whole(text, name):
    """Found by this pass's registry helper: the commission's name written with its commas was cut at the
    first one and read as the shorter refugee commission (CNR)."""
    assert org_ids(text).get(name) == "NCFRMI"
