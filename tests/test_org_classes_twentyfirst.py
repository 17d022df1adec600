"""Organisation classes of the twenty-first pass (the sixteenth split's errors): a bare acronym
paired by "and"/"et" with a body's acronym, an agenda's item opened by an action noun, a
ministry's department named in lower case by its remit, three acronyms each after its own article.
Every sentence and name here is INVENTED."""

from __future__ import annotations

from test_real_failures import texts


def test_an_acronym_paired_with_a_bodys_acronym_is_a_body():
    assert "TZH" in texts("The NGOs MSF and TZH set up nine latrines near the mosque.", "ORG")
    assert "ZORDA" in texts("UNHCR et ZORDA ont visité le site de Kalimbo hier.", "ORG")
    assert "TZH" in texts("Latrines were built by TZH and UNICEF in the camp.", "ORG")


def test_a_pair_keeps_out_themes_and_a_bodys_units():
    assert "WASH" not in texts("UNICEF and WASH partners met in Kalimbo.", "ORG")
    assert "ZOB" not in texts("Le point focal du ZRC et ZOB de la MINUSMA a parlé.", "ORG")


def test_an_agenda_item_opened_by_an_action_noun_is_no_body():
    found = texts("2 AGENDA Welcome words / Introduction of members\nAdoption of Agenda Follow up on tasks "
                  "of the last meeting WASH and Health Zorg fever Kalimbo context", "ORG")
    assert not any(name.startswith("Adoption") for name in found)


def test_a_ministrys_department_named_by_its_remit():
    found = texts("La réunion était initiée par le département de la Solidarité et de l'Action humanitaire, "
                  "en partenariat avec la mairie de Kalimbo.", "ORG")
    assert "département de la Solidarité et de l'Action humanitaire" in found
    # an administrative unit stays a place
    assert not texts("Des pluies ont frappé le département du Mayo-Zorg et le département de la Zorgoa.", "ORG")


def test_three_acronyms_each_after_its_article_are_bodies():
    found = texts("Un appel a été lancé à l’ZAMO, l’ZORGEF et au ZUMA pour répondre aux besoins.", "ORG")
    assert {"ZAMO", "ZORGEF", "ZUMA"} <= set(found)
    # themes and sectors so listed stay out
    assert not texts("Les activités de l'EHA, du WASH et de la NFI ont repris à Kalimbo.", "ORG")
