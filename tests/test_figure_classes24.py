"""Figures, twenty-fourth pass: classes of counts read wrong on the twentieth split (every sentence
and noun invented)."""

from __future__ import annotations

from pipeline.nlp.figures import figures_of_field

from conftest import REFERENCE


def _read(text: str, language: str = "fr") -> list[tuple]:
    return [(f.text, f.value, f.unit) for f in figures_of_field(None, "discussion", text, language, REFERENCE)]


def test_a_stop_glued_to_a_capital_ends_the_sentence():
    # the gathering verb of the next sentence does not make the count a meeting's attendance
    assert _read("Le convoi a rejoint le site où vivent près de 4.500 personnes.La cérémonie a regroupé "
                 "les autorités du cercle.") == [("4.500 personnes", 4_500, "persons")]
    assert _read("Le convoi a rejoint le site où vivent près de 4.500 personnes. La cérémonie a regroupé "
                 "les autorités du cercle.") == [("4.500 personnes", 4_500, "persons")]


def test_an_amount_keeps_its_subject_across_a_date_and_before_its_part():
    assert _read("La situation des réfugiés dans le pays au 3 avril 2022 est de 81 250 dont 12 400 pour la "
                 "province de l'Ouest.") == [("81 250", 81_250, "persons"), ("12 400", 12_400, "persons")]


def test_bulleted_parts_after_a_colon_take_the_whole_s_unit():
    assert _read("Le nombre de rapatriés recensés était de 930, soit :\n• 610 dans le cercle de Alpha dont 200 "
                 "dans la commune de Beta et 410 dans celle de Gamma ;\n• 320 rapatriés dans le cercle de Delta ;") == [
        ("930", 930, "persons"), ("610", 610, "persons"), ("200", 200, "persons"), ("410", 410, "persons"),
        ("320 rapatriés", 320, "persons")]
    # a colon whose next line has no bullet opens no list of parts
    assert _read("Le nombre de rapatriés recensés était de 930, soit :\n610 dans le cercle de Alpha") == [
        ("930", 930, "persons")]


def test_a_word_joined_to_sans_names_people_who_lack_it():
    assert _read("Le bilan fait état de 3 400 ménages touchés, 8 120 sans-abris et 640 abris détruits.") == [
        ("3 400 ménages", 3_400, "households"), ("8 120 sans-abris", 8_120, "persons"),
        ("640 abris", 640, "other")]


def test_cases_of_a_people_noun_count_the_people():
    assert _read("On déplore 17 cas de décès et 9 cas de viol.") == [
        ("17 cas de décès", 17, "persons"), ("9 cas", 9, "incidents")]
    assert _read("The clinic recorded 14 cases of deaths.", "en") == [("14 cases of deaths", 14, "persons")]


def test_bodies_found_are_people():
    assert _read("Quatre cadavres ont été découverts près du marché.") == [("Quatre cadavres", 4, "persons")]


def test_days_of_a_meeting_are_a_duration():
    from conftest import runtime

    vocab = runtime().nlp.vocab  # the word vectors read a noun no list knows: days are a duration there too
    assert figures_of_field(None, "body", "Une formation de quatre journées est prévue pour les relais "
                            "communautaires.", "fr", REFERENCE, (), vocab) == []


def test_a_table_of_contents_page_number_is_no_count():
    assert _read("SOMMAIRE Contexte ...... 3 Mouvements de population ...... 5 ARTICLES MENAGERS …… 8 "
                 "ABRIS") == []
    assert _read("Il y a eu... 45 personnes blessées.") == [("45 personnes", 45, "persons")]


def test_a_noun_of_issuing_or_making_introduces_things():
    assert _read("Les audiences ont permis la délivrance de 2000 certifs de naissance et la réalisation de 60 "
                 "cabines de douches.") == [("2000 certifs", 2000, "other"), ("60 cabines", 60, "other")]
    assert _read("La construction de 2019 a pris du retard.") == []


def test_list_items_after_a_colon_take_the_unit_of_the_list_s_last_figure():
    assert _read("Les rapatriés recensés sont au nombre de 1 500 :\n• 900 à Alpha\n• 600 à Beta") == [
        ("1 500", 1_500, "persons"), ("900", 900, "persons"), ("600", 600, "persons")]
    assert _read("On compte 1 500 rapatriés, répartis comme suit :\nAlpha : 900\nBeta : 600") == [
        ("1 500 rapatriés", 1_500, "persons"), ("900", 900, "persons"), ("600", 600, "persons")]
    assert _read("Réalisations du mois :\n• 4 puits à Alpha\n• 7 à Beta") == [
        ("4 puits", 4, "other"), ("7", 7, "other")]
    # a numbered agenda is no list of counts
    assert _read("Ordre du jour :\n• 1 Mot de bienvenue\n• 2 Tour de table") == []


def test_an_amount_s_subject_stays_in_its_reported_clause():
    from pipeline.evaluate_real import without_units

    reduced = without_units(REFERENCE, ["rapatriés"])  # the subject's noun unknown: the alert before is no subject
    read = figures_of_field(None, "body", "Ce bulletin, qui est sa deuxième alerte, indique qu'au total, à la date du "
                            "3 juin 2021, les rapatriés de la région ont atteint 12 400.", "fr", reduced)
    assert [(f.text, f.unit) for f in read] == []


def test_a_meeting_gathers_only_the_people_of_its_own_clause():
    assert _read("Lors de la cérémonie qui a regroupé les autorités du cercle, le maire a annoncé l'arrivée de "
                 "2 300 rapatriés sur le site.") == [("2 300 rapatriés", 2_300, "persons")]
    assert _read("La rencontre a regroupé 45 personnes.") == []
    assert _read("Cette session a regroupé les services techniques, les ONG et les élus, soit au total "
                 "52 personnes.") == []
    assert _read("Une vingtaine de personnes prennent part à cet atelier de validation.") == []
