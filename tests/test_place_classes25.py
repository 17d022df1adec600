"""Places in classes the twenty-fifth pass found on the moved twenty-first blind split, each fixed by
structure: a title read as a place (a nationality's adjective or a rank with a function's noun, the
jobs of a broadcaster's byline), the remits a ministry's name lists, the agency a slash joins to a
photographer in a picture's credit, and a town naming a treaty after a lower-case treaty noun.
Every sentence and unknown name here is INVENTED."""

from __future__ import annotations

from test_place_classes11 import places


def test_a_nationality_and_a_function_are_a_title():
    """"the <nationality> Minister of …": a minister's title, no place."""
    assert places("According to the press agency, the Togolese Minister of Social Action, Ama Dossou, "
                  "said that the forum in Bamako was useful.") == ["Bamako"]


def test_a_rank_with_its_corps_is_a_title():
    """"Army General <name> of <country>": the rank, no place; the country stays one."""
    assert "Army General" not in places("The forum was championed by Captain Ousmane Sawadogo of Burkina Faso, "
                                        "Army General Moussa Diarra of Mali, and Army General Ali Issaka of Niger.")


def test_the_jobs_of_a_byline_are_no_places():
    """"<name> / Journalist, News Presenter, Programme Anchor, Peace Advocate": a person's roles."""
    assert places("Partners met in Buea.\n\nKofi Mensah\n\nJournalist, Online Reporter, News Presenter, "
                  "Programme Anchor, Peace Advocate, Geo-strategist,\n\nLeave a comment") == ["Buea"]


def test_the_remits_a_ministrys_name_lists_are_no_places():
    """"les ministères de l'Agriculture, de la Pêche et Élevage": the ministries' remits."""
    assert places("La réunion de Kikwit a rassemblé les secrétaires généraux des ministères de l’Agriculture, "
                  "de la Pêche et Élevage, et du Genre et Famille.") == ["Kikwit"]


def test_an_agency_after_a_photographers_name_in_a_credit_is_no_place():
    """"(ph. <name>/<agency>)": the picture's photographer and agency."""
    assert places("Le préfet, Mme Marie Yakité, à Bangui (ph. Ndoma/Acap)\n\nLa mission est arrivée.") == ["Bangui"]
    # a slash between two places outside a credit keeps both
    assert places("Les déplacés de Gao/Ménaka sont arrivés.") == ["Gao", "Ménaka"]


def test_a_town_after_a_lower_case_treaty_noun_names_the_treaty():
    """"les accords d'Alger": the treaty signed there, no place."""
    assert places("Les groupes signataires des accords d'Alger de 2015 sont présents à Ménaka.") == ["Ménaka"]


def test_one_name_right_after_a_heads_de_is_its_area():
    """"le préfet de <town>", "gouvernorat de <region>": the area, a place (no list of remits)."""
    assert places("Le préfet de Tinkoulou a signé une note circulaire.") == ["Tinkoulou"]


def test_a_rank_and_a_credits_agency_read_directly():
    """The readings on the spans the NER gives in longer texts: "Army General" before a name, the
    agency after "(ph. <photographer>/"."""
    from spacy.tokens import Span

    from pipeline.nlp import place_readings as readings

    from conftest import runtime

    rt = runtime()
    rules = rt.nlp.get_pipe("minutes_entities").rules
    doc = rt.nlp.make_doc("led by Army General Moussa Diarra of Mali")
    assert readings.an_institutions_office(doc, Span(doc, 2, 4, label="LOC"), rules)
    doc = rt.nlp.make_doc("la sous-préfète (ph. Ndoma/Kabap) à Bangui")
    agency = next(t.i for t in doc if t.text == "Kabap")
    assert readings.names_a_credit(doc, Span(doc, agency, agency + 1, label="LOC"), rules)
    town = next(t.i for t in doc if t.text == "Bangui")
    assert not readings.names_a_credit(doc, Span(doc, town, town + 1, label="LOC"), rules)
