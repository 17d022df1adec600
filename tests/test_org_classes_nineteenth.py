"""Organisation classes of the nineteenth pass (the fourteenth split's errors): a governor's office
named after its region, a body named by its remit ("chargée de"), the United Nations after a
delegation's noun, a category in a heading, a corps, a dateline with a capitalised town, an outlet
before its author, an acronym written as a name, a parenthesis glued to the next word, a working
group's sector acronym, local acronyms a far country's places share, an office holder after a role
phrase. Every sentence and name here is INVENTED."""

from __future__ import annotations

from test_real_failures import ents, texts

from pipeline.nlp.bylines import byline_patterns, byline_spans

PATTERNS = byline_patterns({"mars", "juillet"})


def agencies(text: str) -> list[str]:
    return [text[start:end] for start, end in byline_spans(text, PATTERNS)[0]]


def test_a_capitalised_governors_office_named_after_its_region_is_one_body_no_place():
    found = ents("Le Gouvernorat de Maradi a recensé les familles arrivées la semaine passée.")
    assert ("Gouvernorat de Maradi", "ORG") in [(e[0], e[1]) for e in found]
    assert "Maradi" not in [e[0] for e in found if e[1] == "LOC"]
    assert "Gao" in texts("La réunion s'est tenue dans les locaux du gouvernorat de Gao mardi.", "LOC")
    assert "Zinder" in texts("La séance s'est tenue au Gouvernorat de Zinder, puis à la mairie.", "LOC")  # a venue


def test_a_body_named_by_its_remit():
    assert "Direction générale chargée des semences et des engrais" in texts(
        "la Direction générale chargée des semences et des engrais (DGSE-Z) a conduit la mission.", "ORG")
    assert "DGSE-Z" in texts("la Direction générale chargée des semences et des engrais (DGSE-Z) a conduit la mission.",
                             "ORG")
    assert "ministère en charge de l’Élevage" in texts("a indiqué le ministère en charge de l’Élevage dans un communiqué.",
                                                       "ORG")
    assert texts("La ministre en charge de l’Élevage, Awa Kéita, a parlé.", "ORG") == []


def test_the_united_nations_after_a_delegations_noun():
    assert "Nations Unies" in texts("Le préfet a reçu une délégation des Nations Unies jeudi dernier.", "ORG")
    assert "Nations Unies" in texts("Il a reçu des responsables des Nations Unies.", "ORG")
    assert "Nations Unies" not in texts("Au sein du système des Nations Unies une revue est en cours.", "ORG")


def test_an_adjective_in_capitals_after_a_plural_kind_noun_is_a_category():
    found = texts("PARTENAIRES : ONGs NATIONALES : 12 ONGs INTERNATIONALES : 20", "ORG")
    assert "NATIONALES" not in found and "INTERNATIONALES" not in found


def test_a_corps_closes_a_bodys_name():
    assert "Riverine Logistics Corps" in texts("The bridges will be rebuilt by the Riverine Logistics Corps next month.",
                                               "ORG")


def test_a_dateline_with_a_capitalised_town_and_an_outlet_before_its_author():
    assert agencies("Petit Zorgo (ZPA)-Le préfet a lancé le projet jeudi.") == ["ZPA"]
    assert agencies("Zorgo Info | Par Jean Dupont - 3 mars") == ["Zorgo Info"]
    assert agencies("Programme alimentaire (PAM) - Nutrition") == []


def test_a_registry_acronym_written_as_a_name_after_an_article():
    found = ents("Les patrouilles de la Minusma ont repris sur l'axe.")
    assert ("Minusma", "ORG", "MINUSMA") in [(e[0], e[1], e[2]) for e in found]


def test_a_closing_parenthesis_glued_to_the_next_word():
    assert "PAM" in texts("Le Programme alimentaire mondial (PAM)a distribué des vivres à Zorgo.", "ORG")


def test_a_sectors_acronym_in_parentheses_after_a_working_group_is_its_acronym():
    assert "CCCM" in texts("The Site Coordination Working Group (CCCM) counts 12 sites near Zorgo.", "ORG")


def test_local_acronyms_a_far_countrys_places_share_in_a_list_of_bodies():
    found = ents("Partners present: UNICEF, WHO, KZRO, GIRO, TLMA, RUKHA, IOM, ZPDO, MSF, WFP, FAO, OCHA")
    assert [(e[0], e[1]) for e in found if e[0] in ("GIRO", "RUKHA")] == [("GIRO", "ORG"), ("RUKHA", "ORG")]


def test_an_office_holder_after_a_role_phrase_is_no_body():
    assert "Awa Kéita" not in texts("La séance a été présidée par le Chef de Cabinet du Gouvernorat, Awa Kéita en "
                                    "présence du maire.", "ORG")
