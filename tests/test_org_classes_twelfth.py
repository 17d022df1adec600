"""Organisation classes of the twelfth pass, read from the eighth blind split moved to dev: an
acronym an office or a membership belongs to ("les membres du GTZ"). Every sentence and name
here is INVENTED."""

from __future__ import annotations

from test_real_failures import ents, texts

from pipeline.facts import OrgMention, Span
from pipeline.nlp.acronyms import defined_acronyms


def test_the_acronym_an_office_or_a_membership_belongs_to_is_a_body():
    assert texts("Le rapport a été présenté aux membres du GTZ, puis validé.", "ORG") == ["GTZ"]
    assert texts("Le Co-président du KRT, Paul Amani, a ouvert la séance.", "ORG")[:1] == ["KRT"]
    assert texts("The chair of the HKT and the Secretary of the ZPC met on Monday.", "ORG") == ["HKT", "ZPC"]


def test_no_body_after_an_office_in_a_heading_or_before_a_word():
    assert texts("POINT DE SITUATION\nLes pluies continuent.", "ORG") == []
    assert texts("Le chef du village a salué la mission.", "ORG") == []
    assert "KRT" not in texts("Le président du KRT/ZNSA a parlé.", "ORG")


def test_a_body_named_in_lower_case_by_its_head_and_a_qualifier():
    assert texts("Le Comité régional de suivi humanitaire et de relèvement de Kalimbo a tenu sa réunion.",
                 "ORG") == ["Comité régional de suivi humanitaire et de relèvement de Kalimbo"]
    assert texts("Il a présidé la session du comité technique du Conseil national de veille pastorale, le lundi.",
                 "ORG") == ["comité technique du Conseil national de veille pastorale"]
    assert texts("En présence du Vice-président du Conseil régional et de plusieurs invités.", "ORG") == ["Conseil régional"]
    assert "Agence finlandaise de coopération rurale" in texts(
        "Avec l'appui de l'Agence finlandaise de coopération rurale (AFCR) le projet continue.", "ORG")


def test_a_kind_of_body_in_lower_case_is_none():
    assert texts("Proposition de comité technique et appel au financement.", "ORG") == []
    assert texts("Les services techniques de l'Etat étaient présents.", "ORG") == []
    assert texts("Un comité local sera mis en place.", "ORG") == []


def test_an_education_authority_in_lower_case_holds_its_region():
    """The region closing its name is no place (tests/real conventions)."""
    found = ents("Les cadres de l’académie d’enseignement de Kayes ont été formés.")
    assert [(e[0], e[1]) for e in found] == [("académie d’enseignement", "ORG")]


def test_a_rapid_response_programme_is_no_body():
    assert texts("Les déplacés reçoivent une assistance grâce au RRMP.", "ORG") == []


def test_a_lower_case_head_and_qualifier_need_a_domain():
    assert texts("Le comité technique sur les outils a convenu d'un format commun.", "ORG") == []


def test_a_partner_written_as_a_word_after_a_slash():
    assert texts("- Tearfund/Kadem moved for the adoption of the minutes.", "ORG") == ["Tearfund", "Kadem"]
    assert texts("©UNHCR/Hyppolyte Mabanda, June 2021.", "ORG") == ["UNHCR"]


def test_an_office_holder_set_off_by_a_comma_is_no_body():
    assert texts("Il a présenté le nouveau président, Koffi Mensavi, par ailleurs secrétaire général.", "ORG") == []
    assert "KONATE ISSA BAKARY" not in texts(
        "Présidence : KONATE ISSA BAKARY, Coordinateur du Cluster Protection\n", "ORG")
    assert "ZGTP Kalimbo" in texts("Organisations participantes : UNHCR, ZGTP Kalimbo, Co-coordinatrice ZCPE.", "ORG")


ATTENDEES = ("NAME / ORGANIZATION\n"
             "1. Kwame Balogun / MANR / Chairman\n"
             "2. Adeyinka Kola / ZAH / Secretary\n"
             "3. Marga Ledo / FAO\n"
             "4. Rev. Titus Pona / ZAN\n")


def test_the_slot_after_an_attendees_name_is_a_body():
    assert {"ZAH", "ZAN", "FAO"} <= set(texts(ATTENDEES, "ORG"))


def test_a_body_read_by_its_slot_is_one_at_its_other_mentions():
    mention = OrgMention(Span(None, "body", 0, 3, "ZAH"), "context", None)
    assert "ZAH" in defined_acronyms([mention], frozenset())
    found = ents(ATTENDEES)
    assert ("ZAH", "ORG", "", "context") in found


def test_an_embassy_by_its_nationality_and_a_team_by_its_domain():
    assert texts("Sur initiative de l’Ambassade finlandaise, les participants ont échangé.", "ORG") == ["Ambassade finlandaise"]
    assert texts("Une réunion de l’Equipe de Veille de la Sûreté s’est tenue lundi.", "ORG") \
        == ["Equipe de Veille de la Sûreté"]


def test_a_working_group_in_lower_case_named_by_its_domain():
    assert texts("Le groupe de travail veille des retours de réfugiés a enregistré 40 arrivées.", "ORG") \
        == ["groupe de travail veille des retours de réfugiés"]
    assert texts("Il faut soutenir le groupe de travail sur le terrain.", "ORG") == []


def test_two_letters_of_a_body_named_in_two_words_are_its_acronym():
    mention = OrgMention(Span(None, "body", 0, 17, "cluster éducation"), "registry", None)
    assert "CE" in defined_acronyms([mention], frozenset())
    heading = OrgMention(Span(None, "body", 0, 21, "DIVISION DE L’ENERGIE"), "list", None)
    assert "DE" not in defined_acronyms([heading], frozenset(), frozenset({"de"}))


def test_initials_are_read_without_accents():
    mention = OrgMention(Span(None, "body", 0, 30, "Ministère de l’Économie Rurale"), "context", None)
    assert "MER" in defined_acronyms([mention], frozenset())


def test_a_body_read_short_of_the_name_its_acronym_spells():
    found = texts("The National Task Force on Returns (NTFR) met on Monday. The NTFR will meet again.", "ORG")
    assert found == ["National Task Force on Returns", "NTFR", "NTFR"]


def test_the_sectors_a_cluster_is_named_after_are_no_bodies():
    found = texts("La note du Cluster Protection et du Cluster CCCM/Abris/AME alerte sur les départs.", "ORG")
    assert "Abris" not in found and "AME" not in found
    assert "AME" not in texts("Source : Cluster Abris / AME / CCCM – OIM (matrice de mars).", "ORG")


def test_a_hyphened_head_and_a_head_opening_a_parenthesis():
    assert texts("Initié par le Haut-commissariat des Kalimbo Unis pour la paix, cet atelier.", "ORG") \
        == ["Haut-commissariat des Kalimbo Unis"]
    assert "Commission nationale d’accueil des déplacés" in texts(
        "le gouvernement (Commission nationale d’accueil des déplacés, CNAD) avait procédé", "ORG")
