"""Organisation classes of the twenty-third pass (the eighteenth and nineteenth splits' errors): a
wire story's dateline without its date or after emphasis marks, a news site in its page's copyright
line or alone after "Source :", the UN named before an official's title (and the country acronym a
verb parts from it), an NGO named by words of the language after "l'ONG", an acronym spelling out
an event, a plan or a group of people (no body), a plural head opening a list of ministries. Every
sentence and name here is INVENTED (agency acronyms are shapes only)."""

from __future__ import annotations

from test_real_failures import ents, texts

from pipeline.nlp.bylines import byline_patterns, byline_spans

_PATTERNS = byline_patterns(["mars", "aout", "juillet"])


def _agencies(text: str) -> list[str]:
    return [text[a:b] for a, b in byline_spans(text, _PATTERNS)[0]]


def test_a_dateline_without_its_date_or_after_emphasis():
    assert _agencies("Bilo, (ZPA)-Le comite provincial a tenu sa session.") == ["ZPA"]
    assert _agencies("*Kalimbo, 3 aout 2025 (ZPA) – Le gouverneur a preside la reunion.") == ["ZPA"]
    assert _agencies("Les membres presents : Bilo, (ZPA) et le maire.") == []


def test_a_news_site_in_a_copyright_or_source_line():
    assert _agencies("Copyright Zorgonet © 2008 - 2024. Tous droits reserves") == ["Zorgonet"]
    assert _agencies("Copyright © 2019 Zorgo Tribune. Droits de reproduction reserves") == ["Zorgo Tribune"]
    assert _agencies("Source : Zorgonet") == ["Zorgonet"]
    assert _agencies("Source : ZMT") == []  # a tool's or a survey's acronym
    assert _agencies("Source : Enquete ZMART 2018") == []
    assert "Zorgonet" in texts("Le camp a recu des vivres.\n\nSource : Zorgonet\n", "ORG")


def test_the_un_before_an_officials_title():
    assert "UN" in texts("The Minister met the UN Humanitarian Coordinator in Bilo on Monday.", "ORG")
    assert "UN" in texts("Jane Kalimbo, the UN’s Humanitarian Coordinator for Zorgo, said the meeting went well.",
                         "ORG")
    assert "UN" in texts("Addressing the press, the Acting UN coordinator said food had arrived.", "ORG")
    assert "UN" in texts("He thanked the UN under Secretary General for the visit.", "ORG")
    assert "United Nations" in texts("Yesterday United Nations’ Humanitarian Coordinator Jane Kalimbo visited "
                                     "Bilo.", "ORG")
    assert "United Nations" in texts("Yesterday United Nations Humanitarian Coordinator Jane Kalimbo visited "
                                     "Bilo.", "ORG")


def test_the_un_as_a_part_or_a_collective_stays_out():
    assert "UN" not in texts("UN agencies and the Humanitarian Coordinator met in Bilo.", "ORG")
    assert "UN" not in texts("The UN-led convoy reached Bilo on Monday.", "ORG")


def test_the_country_acronym_after_a_verb_is_no_list_neighbour():
    found = [e for e in ents("Clashes continue in eastern DRC. The Special Envoy for the UN Secretary General "
                             "visited the DRC for two days.") if e[0] == "DRC"]
    assert len(found) == 2 and all(e[1] == "LOC" for e in found)


def test_an_ngo_named_by_words_of_the_language_after_its_article():
    assert "Medicus Mundi Sur" in texts("Ce projet est mis en œuvre par l’ONG Medicus Mundi Sur et financé "
                                        "par une agence régionale.", "ORG")
    assert "Good Neighbours" in texts("Last week the NGO Good Neighbours visited Bilo.", "ORG")
    assert texts("Le coordinateur de l’ONG Nationale Partenaire a parlé.", "ORG") == []


def test_an_acronym_spelling_out_an_event_a_plan_or_a_group_is_no_body():
    assert "CISAZ" not in texts("La Conférence internationale sur la sécurité alimentaire et la nutrition au "
                                "Zorgo (CISAZ) a été reportée au mois prochain.", "ORG")
    assert "PDICZ" not in texts("Les standards de prise en charge des Personnes déplacées internes et les "
                                "communautés d’accueil de Zorgo (PDICZ) ont été présentés.", "ORG")


def test_an_acronym_spelling_out_a_body_stays_one():
    assert "CZAS" in texts("La Cellule zorgoise d'appui sanitaire (CZAS) a présenté ses activités.", "ORG")


def test_a_plural_head_opening_a_list_of_ministries():
    found = texts("Ont pris part des personnes ressources des Ministères du Commerce, de l’Agriculture et de "
                  "l’Elevage de Zorgo.", "ORG")
    assert any(f.startswith("Ministères du Commerce") for f in found)


def test_the_un_titles_are_read_from_their_data_file():
    """A title a maintainer adds to ``un_title_words.csv`` (kind ``office``) makes the UN before it
    the body the official serves; without the row it does not."""
    import dataclasses

    from pipeline.nlp.context import united_nations_named

    from conftest import runtime

    nlp = runtime().nlp
    rules = nlp.get_pipe("minutes_entities").rules
    doc = nlp("Yesterday the UN Emissary met the displaced families in Kalimbo.")
    assert united_nations_named(doc, set(), rules) == []
    with_the_row = dataclasses.replace(rules, un_office_titles=rules.un_office_titles | {"emissary"})
    assert [doc[s:e].text for s, e in united_nations_named(doc, set(), with_the_row)] == ["UN"]
    # a party the UN sends, before "des Nations Unies"
    doc = nlp("Une délégation des Nations Unies a visité le site de Kalimbo.")
    assert [doc[s:e].text for s, e in united_nations_named(doc, set(), rules)] == ["Nations Unies"]
    no_parties = dataclasses.replace(rules, un_party_nouns=frozenset())
    assert united_nations_named(doc, set(), no_parties) == []
