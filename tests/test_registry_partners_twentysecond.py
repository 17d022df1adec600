"""The twenty-second pass's partners of Mali, in ``organisations_partners3.csv``: national and local
NGOs, networks, state services and their regional directorates, the broadcaster and press agency,
and INGOs active in Mali are linked in INVENTED sentences; every form of the file names one body
only; and the forms left out for precision (a short or shared acronym, an everyday phrase, a body
another file owns) are not registry forms of this file."""

from __future__ import annotations

import pytest
from test_registry import org_ids

FILE = "organisations_partners3.csv"
#: forms left out of the file for precision (checked absent by test_registry_partner_files)
LEFT_OUT = (
        "ADI", "ASG", "SAD", "AFAD", "DREF", "CNJ", "MEN", "CAP", "AE", "SAP", "ASACO", "CSCOM",
        "CAEB", "M5", "FES", "KAS", "DID", "OPEN Mali", "Prométhée", "Studio Tamani", "DGSHP")
#: the file holds more forms than this
MIN_FORMS = 80


@pytest.mark.parametrize("text, expected", [
    ("L'AMAPROS et l'AMSODE ont distribué des kits scolaires avec l'appui de Farmamundi à Niono.",
     {"AMAPROS": "AMAPROS", "AMSODE": "AMSODE", "Farmamundi": "Farmamundi"}),
    ("ALIMA et l'Alliance médicale contre le paludisme (AMCP) appuient la FENASCOM à Ségou.",
     {"Alliance médicale contre le paludisme": "AMCP-SP", "AMCP": "AMCP-SP", "FENASCOM": "FENASCOM"}),
    ("L'Association Vivre au Sahel, le BNCE et SOLISA ont ouvert trois espaces amis des enfants avec le SLPFEF.",
     {"Association Vivre au Sahel": "AVS-Mali", "BNCE": "BNCE", "SOLISA": "SOLISA", "SLPFEF": "SLPFEF"}),
    ("ACESEM, ATDED, GARDL et Kanuya ont rendu compte au sous-cluster protection de l'enfant.",
     {"ACESEM": "ACESEM", "ATDED": "ATDED", "GARDL": "GARDL", "Kanuya": "Kanuya"}),
    ("Temedt, Ginna Dogon et Tabital Pulaaku ont été reçus par le Haut Conseil islamique du Mali.",
     {"Temedt": "Temedt", "Ginna Dogon": "Ginna Dogon", "Tabital Pulaaku": "Tabital Pulaaku",
      "Haut Conseil islamique du Mali": "HCIM"}),
    ("Le Collectif des ressortissants du Nord, le CNSC et le CNJ-Mali ont rencontré la FENACOF à Bamako.",
     {"Collectif des ressortissants du Nord": "Collectif des ressortissants du Nord", "CNSC": "CNSC", "CNJ-Mali": "CNJ-Mali", "FENACOF": "FENACOF"}),
    ("La DRACPN et la DRPIA de Gao ont participé à l'évaluation avec l'AMEDD et l'OMAES.",
     {"DRACPN": "DRACPN", "DRPIA": "DRPIA", "AMEDD": "AMEDD", "OMAES": "OMAES"}),
    ("Selon l'AMAP, l'ORTM a diffusé le message du Comité interministériel de gestion des crises et catastrophes.",
     {"AMAP": "AMAP", "ORTM": "ORTM",
      "Comité interministériel de gestion des crises et catastrophes": "Comité interministériel de gestion des crises et catastrophes"}),
    ("Le CECI, Protos, le GRDR et Wetlands International ont présenté leurs activités au CIRAD.",
     {"CECI": "CECI", "Protos": "Protos", "GRDR": "GRDR", "Wetlands International": "Wetlands International",
      "CIRAD": "CIRAD"}),
    ("World Education, the Near East Foundation and the AKDN met the IUCN and ICRISAT in Mopti.",
     {"World Education": "World Education", "Near East Foundation": "NEF", "AKDN": "AKDN", "IUCN": "IUCN",
      "ICRISAT": "ICRISAT"}),
    ("L'AMPPF, Santé Diabète et AZHAR ont reçu l'appui du SCAC.",
     {"AMPPF": "AMPPF", "Santé Diabète": "Santé Diabète", "AZHAR": "AZHAR", "SCAC": "SCAC"}),
    ("Atlas Logistique, Humanity First et l'AJDM ont rejoint la Plateforme des ONG nationales actives dans l'humanitaire au Mali.",
     {"Atlas Logistique": "Atlas Logistique", "Humanity First": "Humanity First", "AJDM": "AJDM",
      "Plateforme des ONG nationales actives dans l'humanitaire au Mali":
          "Plateforme des ONG nationales actives dans l'humanitaire au Mali"}),
    ("Le CNDIFE a présenté au Cadre politique de gestion de la crise au Centre les données du M5-RFP.",
     {"CNDIFE": "CNDIFE", "Cadre politique de gestion de la crise au Centre": "Cadre politique de gestion de la crise au Centre",
      "M5-RFP": "M5-RFP"}),
    ("L'ANBEF, l'AMPF et l'ABEF-ND ont partagé leurs données avec la PPFN, CISV et UMCOR.",
     {"ANBEF": "ANBEF", "AMPF": "AMPF", "ABEF-ND": "ABEF-ND", "PPFN": "PPFN", "CISV": "CISV", "UMCOR": "UMCOR"}),
    ("L'IMRAP, le BICE, Promediation et le NDI ont rencontré Swissaid, HEKS/EPER et Gret.",
     {"IMRAP": "IMRAP", "BICE": "BICE", "Promediation": "Promediation", "NDI": "NDI", "Swissaid": "Swissaid",
      "HEKS/EPER": "HEKS-EPER", "Gret": "GRET"}),
    ("Winrock International, NCBA CLUSA, Tostan and Join For Water briefed the Friedrich Ebert Foundation.",
     {"Winrock International": "Winrock International", "NCBA CLUSA": "NCBA CLUSA", "Tostan": "Tostan",
      "Join For Water": "Protos", "Friedrich Ebert Foundation": "Friedrich-Ebert-Stiftung"}),
    ("JIGI, l'AMSOPT et Tri-Jeune Mali ont présenté au CROCSAD le bilan de la DRGR.",
     {"JIGI": "JIGI", "AMSOPT": "AMSOPT", "Tri-Jeune Mali": "Tri-Jeune Mali", "CROCSAD": "CROCSAD",
      "DRGR": "DRGR"}),
    ("Think Peace Sahel, la CapDH, l'AMADECOM et France Volontaires ont rejoint le RENAJFFERM.",
     {"Think Peace Sahel": "Think Peace Sahel", "CapDH": "CapDH", "AMADECOM": "AMADECOM",
      "France Volontaires": "France Volontaires", "RENAJFFERM": "RENAJFFERM"}),
    ("FCI-Mali, l'APCAM, l'AOPP et la CNOP-Mali ont tenu leur atelier à la CCIM.",
     {"FCI-Mali": "Family Care International", "APCAM": "APCAM", "AOPP": "AOPP", "CNOP-Mali": "CNOP-Mali",
      "CCIM": "CCIM"}),
])
def test_twenty_second_pass_partners_of_mali_are_linked(text, expected):
    assert {k: v for k, v in org_ids(text).items() if k in expected} == expected
