"""Places in classes the twenty-seventh pass found on the moved twenty-third blind split, each fixed by
structure: the code name of a military operation after its noun, a photographer's name at the end of a
credit's slash-joined parts, a capitalised adverb after "in", a capitalised cue word opening a title's
words after "the" (a plan's, a newspaper's), a reporter's name after "writes", and a foreign city whose
name ends like a plural read as a theme's word. Every sentence and unknown name here is INVENTED."""

from __future__ import annotations

from spacy.tokens import Span
from test_place_classes11 import places

from pipeline.nlp import context as ctx
from pipeline.nlp import place_readings as readings

from conftest import runtime


def _rules():
    return runtime().nlp.get_pipe("minutes_entities").rules


def _span(doc, word: str, n: int = 1) -> Span:
    first = next(t.i for t in doc if t.text == word)
    return Span(doc, first, first + n, label="LOC")


def test_the_code_name_of_an_operation_is_no_place():
    """"les troupes de l'opération « <name> »", "Operation <name>": the undertaking's code name, no
    place; "une opération à <town>" keeps its town (a place after such a noun takes a preposition)."""
    assert places("Les troupes de l’opération « Kalodo » ont sécurisé la route qui mène à Gao.") == ["Gao"]
    rules = _rules()
    doc = runtime().nlp("The commander of Operation Tolbaro met the governor.")
    assert readings.names_an_operation(doc, _span(doc, "Tolbaro"), rules)
    doc = runtime().nlp("Une opération à Kalodo a permis de distribuer des vivres.")
    assert not readings.names_an_operation(doc, _span(doc, "Kalodo"), rules)


def test_a_photographers_name_after_a_credits_slashes_is_no_place():
    """"© <agency>/<picture's code>/<name>": the photographer, no place."""
    assert places("Chad Flash Update 2 © UNICEF/N2023-114/Kamara Key figures 40,000 people displaced") == ["Chad"]
    doc = runtime().nlp("Photo © UNICEF/2023/Kamara")
    assert readings.names_a_credit(doc, _span(doc, "Kamara"), _rules())
    doc = runtime().nlp("Les axes Gao/Ansongo/Kamara sont fermés.")
    assert not readings.names_a_credit(doc, _span(doc, "Kamara"), _rules())


def test_a_capitalised_adverb_after_in_is_no_place():
    """"in Internally displaced persons' camps": an adverb opening a noun phrase, no place."""
    assert places("Mobile clinics will be deployed in Internally displaced persons' camps next month.") == []
    vocab = runtime().nlp.vocab
    assert ctx.is_an_adverb("Officially", vocab)
    assert not ctx.is_an_adverb("Kelly", vocab) and not ctx.is_an_adverb("Italy", vocab)


def test_a_capitalised_cue_word_after_the_opening_a_title_is_no_cue():
    """"into the State Investment Programme and the Annual Budget Framework", "Read more: The City
    Mirror <country>": the cue word is a title's first word, the words after it no places;
    "the State of <name>" and a cue before a name no language has keep their place."""
    assert places("The commissioner asked that the strategy be built into the State Investment Programme and the "
                  "Annual Budget Framework.") == []
    assert places("Talks will resume next week in Accra.\nRead more: The City Mirror Ghana\nShare this story") == [
        "Accra", "Ghana"]
    assert places("Families fled to the Camp Tolbaro last week.") == ["Tolbaro"]


def test_a_reporters_name_after_writes_is_no_place():
    """"…, writes <given> <surname>.": the story's reporter after an inverted verb of writing (a
    verb of ``speech_verbs.csv``), no place."""
    rules = _rules()
    doc = runtime().nlp("Farmers in Jonglei State are counting their losses after the floods, writes Tobias Nkanza.\n"
                        "More rain is expected.")
    assert readings.speaks_as_a_person(doc, _span(doc, "Tobias", 2), rules)


def test_a_foreign_city_ending_like_a_plural_is_a_place():
    """"réunie à Bruxelles le 3 mai", "met in Brussels on 4 June": a city whose name ends like
    a plural of a word is a venue after "à" or before a day, not a theme's plural ("in Emergency
    Settings" stays no place)."""
    assert places("La table ronde des partenaires réunie à Bruxelles le 3 mai a rassemblé vingt pays. "
                  "Les engagements pris à Bruxelles seront suivis.") == ["Bruxelles", "Bruxelles"]
    assert places("Donors met in Brussels on 4 June to discuss the appeal.") == ["Brussels"]
    assert places("Training on Education in Emergency Settings was given.") == []


def test_a_ministers_holder_after_a_long_portfolio_is_no_place():
    """"Le ministre de l'Action sociale, famille, solidarité et affaires humanitaires, <given>
    <surname> conduisait …": the portfolios' commas and elided articles carry no meaning in the role
    phrase's reach, the name is the minister's."""
    rules = _rules()
    doc = runtime().nlp("Le ministre de l’Action sociale, famille, solidarité et affaires humanitaires, Serge Kibanda "
                        "conduisait la mission.")
    assert readings.named_after_a_role(doc, _span(doc, "Serge", 2), rules)
    # a list of places a preposition opens after a role phrase stays a list of places
    doc = runtime().nlp("Le préfet s'est rendu à Kalodo, Tolbaro et Bentiu.")
    assert not readings.named_after_a_role(doc, _span(doc, "Tolbaro"), rules)


def test_a_meeting_or_project_a_naming_word_names_is_no_place():
    """"une réunion appelée <name> pour parler de la paix", "a project called <name>": the
    gathering's or the undertaking's name (``operation_nouns.csv`` and a naming word), no place;
    "un village appelé <name>" stays a place."""
    assert places("Dans la région de Kidal, les jeunes ont organisé une réunion appelée Tamalbo pour parler "
                  "de la paix.") == ["Kidal"]
    rules = _rules()
    doc = runtime().nlp("They launched a project called Tolbaro in March.")
    assert readings.names_an_operation(doc, _span(doc, "Tolbaro"), rules)
    doc = runtime().nlp("Les familles ont fui vers un village appelé Tolbaro.")
    assert not readings.names_an_operation(doc, _span(doc, "Tolbaro"), rules)


def test_a_name_of_no_language_before_a_lower_case_cue_noun_is_a_place():
    """"<name> camp", "<name> county" with the cue noun in lower case: a place when the name is no word
    of the language nor an acronym ("the Transit camp", "the IDP camp" are not names)."""
    assert places("Since Monday, Kalumba camp has had no water.") == ["Kalumba"]
    assert places("Ayatol county reported three new cases.") == ["Ayatol"]
    doc = runtime().nlp("Families moved to the Vaccination camp and the IDP camp and Kalumba camp.")
    assert [ctx.name_of_no_language(doc[i:i + 1]) for i, t in enumerate(doc) if t.text in ("Vaccination", "IDP", "Kalumba")] \
        == [False, False, True]


def test_a_given_name_before_a_double_barrelled_surname_with_a_word_in_it_opens_a_persons_name():
    """"<given> <name>-Carr le chef de bureau …": a known place's name as a given name before a
    double-barrelled surname one piece of which is also a word: the run is a person's name, as for a
    surname no piece of which is a word."""
    pipe = runtime().nlp.get_pipe("minutes_entities")
    doc = runtime().nlp("Lors de la cérémonie à Goma.\n\nDavid Okafor-Carr le chef de bureau a pris la parole.")
    run = readings.with_a_surname(doc, _span(doc, "David"), pipe.rules, pipe.place_forms)
    assert run is not None and run.text == "David Okafor-Carr"
    # a place and a compound of words after it stays a place's run: no person
    doc = runtime().nlp("Les familles de Kinshasa Porte-Parole, le nouveau quartier.")
    assert readings.with_a_surname(doc, _span(doc, "Kinshasa"), pipe.rules, pipe.place_forms) is None


def test_places_one_space_apart_the_ner_reads_as_one_are_one_village():
    """"from <town> to Unguwar <name> and on to <town>": a cue reads the first word, the gazetteer the
    second, the NER the two as one place: one village's compound name, not two places; two regions
    side by side ("les régions de <region> <region> et …", a list without its comma) stay two."""
    assert places("Herders now use a bush track from Damasak to Unguwar Gubio and on to Kareto.") == [
        "Damasak", "Unguwar Gubio", "Kareto"]
    assert places("Les équipes ont visité les régions de Mopti Ségou et Tombouctou.") == ["Mopti", "Ségou", "Tombouctou"]


def test_the_first_piece_of_a_hyphened_compound_word_is_no_place():
    """"Access to Hard-to-Reach Areas": a cue reads the compound's first piece; an English function
    word glued between hyphens makes it a word, no place ("Dar-es-Salam", "<village>-koira" keep
    their particles)."""
    assert places("Discussion on Access to Hard-to-Reach Areas in Borno.") == ["Borno"]
    doc = runtime().nlp("Les réfugiés du camp de Dar-es-Salam et de Kolo-koira.")
    assert not any(ctx.opens_a_compound_word(doc, t.i + 1) for t in doc if t.text in ("Dar", "Kolo"))


def test_the_area_closing_an_inter_agency_bodys_name_is_no_place():
    """"le groupe inter agences <province> a validé …", "la coordination inter-clusters <town> se tient
    …": the area closing an inter-agency body's name, no place (tests/real conventions); "la réunion
    inter agences à <town>" keeps the town it meets in."""
    assert places("Le groupe inter agences Tanganyika a validé le plan de réponse.") == []
    assert places("La coordination inter-clusters Kalemie se tient chaque mardi.") == []
    assert places("La réunion inter agences à Kalemie a eu lieu.") == ["Kalemie"]
