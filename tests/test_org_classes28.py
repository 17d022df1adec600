"""Organisation classes of the twenty-eighth pass (names-out and recall on dev): the shapes an unseen
document will have again, found by their context with no list knowing the name. Every sentence and name
here is INVENTED (acronyms are shapes only)."""

from __future__ import annotations

from test_real_failures import texts


def test_a_numbered_acronym_after_a_bodys_kind_noun():
    # "3AG" has no letter-only word: it was taken for a name of common words
    assert texts("Le projet est mis en œuvre par l'ONG 4ZK à Bilo.", "ORG") == ["4ZK"]
    assert "4ZK" in texts("Membres : ZORGAID, ONG 4ZK, KALOMA.", "ORG")


def test_a_name_in_capitals_after_a_kind_noun_is_no_place_abroad():
    # "Add" is a district of Laos: the name in capitals after "l'ONG" was read as that place
    assert texts("Un atelier mis en œuvre par l’ONG ADD a réuni les chefs de Bilo.", "ORG") == ["ADD"]
    assert texts("Un atelier mis en œuvre par l’ONG ADD a réuni les chefs de Bilo.", "LOC") == ["Bilo"]


def test_an_outlets_glued_name_alone_after_by():
    text = "Zorgoland: new camps open\nBy TidingsofBilo\nThe agencies met on Monday in Bilo."
    assert texts(text, "ORG") == ["TidingsofBilo"]
    # the page's lines joined by " – " (a header's title, the byline, the dateline)
    assert texts("Zorgoland: Partners Plan Ahead for 2031 – By TidingsofBilo – BILO — Agencies met.", "ORG") == [
        "TidingsofBilo"]
    # a place glued inside stays the outlet's name, no place
    assert texts("Zorgoland: new camps open\nBy NewsfromZorgo\nThe agencies met.", "LOC") == []
    # a person's name after "By" stays no body
    assert texts("Zorgoland: new camps open\nBy Awa Kalo\nThe agencies met on Monday in Bilo.", "ORG") == []


def test_a_news_sites_noun_closes_its_name():
    # closing_body_nouns.csv: "info", "press", "presse", "medias"
    assert texts("date 2031-03-10 Kalo Info", "ORG") == ["Kalo Info"]
    assert texts("Le journal Kalo Médias a publié un article.", "ORG") == ["Kalo Médias"]
    # glued by a hyphen to the name's one word, no more
    assert texts("Awa Kalo – Bilo-Press – Zorgoland. The minister visited the camp.", "ORG") == ["Bilo-Press"]
    assert texts("For more news, follow Bilo-Press", "ORG") == ["Bilo-Press"]
    # the country in capitals on the next line (joined by " – ") stays a place beside the outlet read
    assert "TCHAD" in texts("date 2031-03-10 Kalo Info – TCHAD – Tchad : à Bilo, visite du délégué", "LOC")
