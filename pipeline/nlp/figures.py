"""Figures: every count a field states, typed (households, persons, incidents, other), with its
qualifier, population, place, period and the figure it restates.

Rules over the field's text: a number is a count when a counted noun from
``resources/figure_units.csv`` follows it ("404 ménages", "96 protection incidents", "12 were
children") or, for a bare "(48)", comes just before it ("dont des femmes (48)"); given the word
vectors, also when a plural noun no list knows follows it and its vector is near one class of
the listed nouns (``noun_classes.py``: "130 tués", "9 cambriolages"). Dates, years, times,
percentages, durations, distances and codes are never counts.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Iterator, Mapping, Optional, Sequence

from pipeline.dates import find_dates
from pipeline.facts import Figure
from pipeline.nlp.noun_classes import QUALIFIED_FLOOR, QUALIFIED_MARGIN, NounClasses, non_count_nouns, noun_classes, unit_by_ending
from pipeline.nlp.numbers import (
    CURRENCY_CODES,
    NumberMention,
    currency_glued_before,
    find_numbers,
    number_in_digits_or_words,
    parse_digits,
    with_multiplier,
)
from pipeline.nlp.person_names import HONORIFICS
from pipeline.reference import Reference
from pipeline.textnorm import alternation, fold, singular, strip_accents

_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d+|[^\w\s]", re.UNICODE)
#: a sentence's end: a stop and a space before a word, a line break, or a stop glued between a
#: lower-case word and a capital ("… au Nord Mali.A cette occasion …": a space lost in extraction)
#: (not after a title's abbreviation: "présidée par Mme.Traoré", "Gov.Zulum", "Hon.Musa")
#: (the honorifics of ``person_names``, and abbreviations of other titles written glued: "Gov.", "Ste")
_GLUED_TITLES = sorted({w.capitalize() for w in HONORIFICS | {"ste", "gov", "cmdt"} if len(w) > 1})
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[^\W\d_(«\"-])|\n|(?<=[a-zà-ÿ]{2}\.)"
                           + "".join(rf"(?<!\b{t}\.)" for t in _GLUED_TITLES) + r"(?=[A-ZÀ-Ý](?:[a-zà-ÿ]|\s))")
_ANAPHORA = re.compile(r"^\s*d['’]entre\s+(eux|elles)\b|^\s*of\s+them\b", re.IGNORECASE)
_RESTATING = re.compile(r"[^\d()]{0,40}\(\s*|[^\d().;]{0,40}?[\s,]+(?:soit|i\.\s?e\.|that is)\s+(?:environ\s+|about\s+)?",
                        re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:et|à|a|and|to)\s+|\s*[-–]\s*", re.IGNORECASE)
#: what opens a range that "et" / "and" closes
_BETWEEN_BEFORE = re.compile(r"\b(?:entre|between)\s+(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE)
_HEADING_PLACE = re.compile(r"\s*[-–•]?\s*([^\W\d_][\w'’ -]{1,40}?)\s*:")


#: endings a counted noun takes after its listed form: "ménages", "déplacées" — not "ménagers"
#: ("articles ménagers": household items), nor "many" after "man"
_INFLECTIONS = frozenset({"s", "x", "e", "es"})
#: households by who heads them, as an acronym: "FHHs" (female-headed), "MHH", "CHHs" (child-headed), "FHHHs"
_HEADED_HOUSEHOLDS = re.compile(r"[A-Z]{1,2}HHH?s?")


def unit_of(word: str, reference: Reference) -> Optional[tuple[str, Optional[str]]]:
    """(unit, population) of a counted noun, or None. A listed modifier written with the accent
    its folded form drops is that modifier, not the noun of the same letters: "armés" (armed),
    not "armes" (weapons). Households named by who heads them ("FHHs") are households, and a
    relief item in the plural (``relief_items.csv``: "tarpaulins", "bâches") is a thing counted; an
    irregular plural (figure_context's singular: "people", "children") is its singular's noun."""
    if word.endswith(("'s", "’s")) and word[:-2].isupper() and len(word) > 3:
        word = word[:-2]  # "300 IDP's": an acronym's plural written with an apostrophe ("women's": a possessive)
    if re.match(r"s['’]", word, re.IGNORECASE):
        return None  # "s'élève à 543": a reflexive verb, not "élève" (a pupil)
    parts = fold(word).split()
    if len(parts) == 2 and "-" in word and parts[0] in reference.figure_context.get("lacking", {}):
        return reference.figure_context["lacking"][parts[0]] or "persons", None  # "sans-abris": people without one
    folded = parts[-1] if parts else ""  # "d’incidents": the noun after the elision
    if not folded or (folded in reference.figure_context.get("modifier", {}) and folded not in word.lower()):
        return None
    for term, unit, population in reference.unit_terms:
        if names_term(folded, term):
            return unit, population
    irregular = next((one for one, many in reference.figure_context.get("singular", {}).items() if many == folded), None)
    if irregular is not None:  # "people", "children": an irregular plural counts what its singular counts
        return next(((unit, population) for term, unit, population in reference.unit_terms if names_term(irregular, term)),
                    None)
    if _HEADED_HOUSEHOLDS.fullmatch(word.strip()):
        return "households", None
    if singular(folded) != folded and singular(folded) in reference.relief_items:
        return "other", None  # "2,325 tarpaulins", "4 650 moustiquaires": relief items given out, counted
    return None


def names_term(folded: str, term: str) -> bool:
    """A folded word is a listed counted noun, as written or with a plural or feminine ending."""
    return folded == term or (folded.startswith(term) and folded[len(term):] in _INFLECTIONS)


def excluded_spans(text: str, reference: Reference) -> list[tuple[int, int]]:
    """Spans that hold dates or day ranges: numbers there are never counts ("06/Février/2020",
    "Feb-2021" too), nor a table of contents' page numbers. A month ending a line and a number opening the next ("depuis mars.\n\n8 120
    arrivés") are no date."""
    spans = [(d.start, d.end) for d in find_dates(text, reference)]
    months = reference.derived("figures.day_months", _day_month_names)
    for found in re.finditer(rf"\b({months})(\.?)[ \t\u00a0]+\d{{1,2}}(?:st|nd|rd|th)?\b", text, re.IGNORECASE):
        if not found.group(2) or _abbreviated_month(found.group(1), reference):
            spans.append((found.start(), found.end()))  # "Jan. 5"; "27 June. 35 persons": a sentence's end
    for pattern in (rf"\b\d{{1,2}}(?:er)?\s+(?:{months})\b",
                    rf"\b(?:{months})\.?\s+(?:19|20)\d\d\b", rf"\b(?:{months})\.?[ \t]*[/-][ \t]*(?:19|20)\d\d\b",
                    r"\b\d{1,2}\s*h\s*\d{0,2}\b", r"\b\d{1,2}:\d{2}\b", r"\b(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d\b"):
        spans.extend((m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE))
    spans.extend((m.start(), m.end()) for m in _DAY_RANGE.finditer(text) if is_day_range(text, m, reference))
    spans.extend((m.start(), m.end()) for m in re.finditer(_DAY_LIST.format(months=months), text, re.IGNORECASE))
    spans.extend((m.start(1), m.end(1)) for m in _PAGE_AFTER_LEADER.finditer(text))
    return spans


def _day_month_names(reference: Reference) -> str:
    """The month names beside a day's number, as a case-blind alternation in which a name that is a word
    of its language in lower case (figure_context's capital_month: the modal "may", "12 and 15 may need
    surgery") is read only with its capital ("15 May", "15 MAY")."""
    capital = reference.figure_context.get("capital_month", {})
    plain = alternation(name for name in reference.months if fold(name) not in capital)
    cased = [re.escape(form) for name in reference.months if fold(name) in capital
             for form in (name.capitalize(), name.upper())]
    return plain + (f"|(?-i:{'|'.join(cased)})" if cased else "")


def _abbreviated_month(word: str, reference: Reference) -> bool:
    """A month's name that another name of the same month starts with ("Jan", "Sept", "févr"): the
    dot after it abbreviates; after a full name ("June.") it ends a sentence."""
    folded = fold(word)
    month = next((n for name, n in reference.months.items() if fold(name) == folded), None)
    return any(fold(name) != folded and fold(name).startswith(folded)
               for name, n in reference.months.items() if n == month)


#: "on 19 and 21 November", "les 3, 5 et 9 mars": days listed before the one month they share (a
#: day's number each, no other word between): dates, not counts ("3 et 5 personnes" has no month)
#: a table of contents' page number after its dot leader ("Articles ménagers ...... 7", "Contexte …… 3")
_PAGE_AFTER_LEADER = re.compile(r"(?:\.{4,}|…{2,}|(?:\.+…|…\.+)[.…]*)[ \t]*(\d{1,3})\b")
_DAY_LIST = (r"\b(?:0?[1-9]|[12]\d|3[01])(?:er|st|nd|rd|th)?(?:[ \t]*,[ \t]*(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)*"
             r"[ \t]+(?:and|et|&)[ \t]+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[ \t]+(?:{months})\b")
#: "du 12 au 18", "from 14 to 15": a range of days (a day's number each)
_DAY_RANGE = re.compile(r"\b(?:du|from|entre le|between)\s+(?:0?[1-9]|[12]\d|3[01])(?:er)?\s+(?:au|to|et le|and)\s+"
                        r"(?:0?[1-9]|[12]\d|3[01])\b(?![.,]?\d)", re.IGNORECASE)
_CHANGE_VERB = (r"\b(?:rose|risen|rising|increased|increasing|decreased|decreasing|fell|fallen|dropped|grew|grown|went|gone"
                r"|jumped|climbed|passe|passes|passee|passees|passant|passer|evolue|evoluant|augmente|diminue)")
_CHANGE_BEFORE = re.compile(_CHANGE_VERB + r"\s*$")
_CHANGE_FROM_BEFORE = re.compile(_CHANGE_VERB + r"\s+(?:from|de|d)$")


def changes_from(text: str, number: NumberMention) -> bool:
    """"rose from 45 to 98", "est passé de 120 à 300": the number a count changed from (with the one
    after "to", two counts, no range)."""
    return bool(_CHANGE_FROM_BEFORE.search(fold(text[max(0, number.start - 40):number.start])))


def change_unit(text: str, numbers: Sequence[NumberMention], i: int, reference: Reference,
                guess: Optional[NounClasses] = None) -> Optional[tuple[str, str, Optional[str]]]:
    """"the camp grew from 120 to 300 families": the count changed from counts what the one it
    changed to counts."""
    if i + 1 >= len(numbers) or not changes_from(text, numbers[i]) \
            or not _RANGE_JOIN.fullmatch(text[numbers[i].end:numbers[i + 1].start]):
        return None
    noun = counted_noun(text, numbers[i + 1], reference, guess)
    return (noun[1], noun[0].group(), noun[2]) if noun else None


def is_day_range(text: str, match: re.Match, reference: Reference) -> bool:
    """A range of two day numbers, unless a change ("cases rose from 12 to 18") or a counted noun
    after it ("from 12 to 18 cases") makes it two counts."""
    if _CHANGE_BEFORE.search(strip_accents(text[max(0, match.start() - 30):match.start()].lower())):
        return False
    following = _WORD.match(text, match.end() + len(text[match.end():]) - len(text[match.end():].lstrip()))
    return not (following and unit_of(following.group(), reference))


#: the meeting named in a sentence that counts its participants ("la réunion a enregistré 35 participants",
#: "18 participants ont assisté à l'atelier") or gathers people ("la rencontre a regroupé", "the meeting brought together")
_GATHERING_MEETING = re.compile(r"\b(?:reunion|reunions|rencontre|rencontres|meeting|meetings|atelier|workshop|session|seance"
                                r"|journee|forum|conference|ceremonie)s?\b")


#: a finite verb or a relative pronoun: a clause of its own between a gathering verb and a count
_OTHER_CLAUSE = re.compile(r"\b(?:qui|que|qu|which|who|whom)\b|\b(?:a|ont|avait|avaient|est|sont|has|have|had|was|were)"
                           r"\s+(?:[a-z]+\s+)?[a-z]{3,}(?:e|es|ee|ees|i|is|u|us|ed|en)\b")


def counts_attendance(sentence: str, reference: Reference, position: Optional[int] = None) -> bool:
    """"Au total 20 personnes y ont participé dont 6 femmes": the meeting's own participants,
    business of the meeting, not a figure of the situation. A meeting gathers the people it counts
    only in the gathering verb's own clause: "lors de la cérémonie qui a regroupé les autorités, le
    HCR a annoncé l'arrivée de 5 000 réfugiés" counts refugees (``position``: the number's offset in
    ``sentence``; no other verb or relative pronoun between it and the gathering verb)."""
    folded = " " + fold(sentence) + " "
    if any(f" {term} " in folded for term in reference.figure_context.get("activity", {})):
        return False  # "a training attended by 46 community members": people the response reached
    terms = [term for term, value in reference.figure_context.get("gathering", {}).items()
             if _gathers(folded, term, value)] if _GATHERING_MEETING.search(folded) else []
    if terms:
        if position is None:
            return True  # "la rencontre a regroupé 45 personnes": the meeting gathered them
        before, after = " " + fold(sentence[:position]) + " ", " " + fold(sentence[position:]) + " "
        for term in terms:
            at = before.rfind(f" {term} ")
            if at >= 0 and not _OTHER_CLAUSE.search(before, at + len(term) + 1):
                return True
            at = after.find(f" {term} ")
            if at >= 0 and not _OTHER_CLAUSE.search(after[:at + 1]):
                return True
    return any(f" {term} " in folded for term in reference.figure_context.get("attendance", {}))


def _gathers(folded: str, term: str, value: str) -> bool:
    """A verb of gathering in the sentence; one of taking part (value "named_after": "prennent part",
    "participate") only with the meeting named right after it ("prennent part à cet atelier"), not in
    a frame before it ("Lors de la réunion, … 3 500 enfants participent aux cours de rattrapage")."""
    at = folded.find(f" {term} ")
    if at < 0:
        return False
    after = at + len(term) + 1
    return value != "named_after" or bool(_GATHERING_MEETING.search(folded[after:after + 40]))


_MEMBERS = re.compile(r"(?:membres?|members?)", re.IGNORECASE)
_BARE_NOUN_GAP = re.compile(r"\s*(?:\)\s*)?(?:(?:de|of)\s+|d['’]\s*)?", re.IGNORECASE)
_COMPLEMENT_AFTER = re.compile(r"\s*(?:de|du|des|d['’]|of)\b", re.IGNORECASE)


#: the complement of members naming an institution by its capitalised head: "du Conseil communal de …",
#: "of the Provincial Council" (a capitalised word may stand before the head)
_INSTITUTION_AFTER = re.compile(r"\s*(?:du|de\s+la|de\s+l['’]|des|of(?:\s+the)?)\s*(?:[A-ZÀ-Ý][\w'’-]*\s+)?([A-ZÀ-Ý][\w'’-]*)")


def counts_membership(text: str, number: NumberMention, noun: re.Match, reference: Optional[Reference] = None) -> bool:
    """"une vingtaine de membres, y compris …", "the group has 45 members": bare members are a body's
    own membership (the annotators' partners, no figure); so are the members of an institution named
    by its capitalised head (``org_heads.csv``: "trois membres du Conseil communal de Paix", "4 members of
    the Provincial Council": a body's people in a delegation or a meeting, the gold's call); "46 community
    members", "12 members of the committee", "140 membres du groupement" are people."""
    if not (_MEMBERS.fullmatch(noun.group()) and _BARE_NOUN_GAP.fullmatch(text, number.end, noun.start())):
        return False
    institution = _INSTITUTION_AFTER.match(text, noun.end())
    if institution is not None and reference is not None:
        return fold(institution.group(1)) in reference.org_heads
    return not _COMPLEMENT_AFTER.match(text, noun.end())


#: the words after a noun of a function up to a verb saying the people met: a complement naming what
#: they belong to ("membres du gouvernement", "members of the regional committee": two words at most)
_FUNCTION_COMPLEMENT = r"(?: (?:du|de|des|d|of)(?: (?:la|le|les|l|the))?(?: [a-z]+){1,2}?)?"


def _function_noun(folded: str, reference: Reference) -> bool:
    nouns = reference.derived("figures.function_nouns", _function_nouns)
    return folded in nouns or (folded[-1:] in ("s", "x") and folded[:-1] in nouns)


def _function_nouns(reference: Reference) -> frozenset[str]:
    """Nouns of a person's function or membership (``role_words.csv``, ``member_nouns.csv``), joined once."""
    return reference.role_words | reference.member_nouns


def officials_met(text: str, noun: re.Match, reference: Reference) -> bool:
    """"Une quinzaine de membres du cabinet réunis lundi autour du gouverneur", "une douzaine de préfets
    se sont rencontrés à la préfecture pour un atelier": people named by a function they hold
    (``role_words.csv``, ``member_nouns.csv``) said to have met (figure_context's met), a meeting or a
    function named after the verb, are a meeting's own attendance, no figure (the gold's call for
    participants and delegates), whatever unit their noun was read with; "neuf chefs coutumiers
    enlevés" and "une vingtaine de membres du groupement réunis sur le site" stay counts."""
    if not _function_noun(fold(noun.group()), reference):
        return False
    after = fold(re.split(r"[.;:!?()\n,]", text[noun.end():noun.end() + 80], maxsplit=1)[0])
    met = reference.derived("figures.met", _met_pattern)
    verb = met.match(" " + after) if met is not None else None
    if verb is None:
        return False
    # the meeting named after the verb, or the function the meeting was held around ("autour du gouverneur"):
    # "une vingtaine de membres du groupement réunis sur le site" are people gathered on a site
    rest = fold(re.split(r"[.;!?\n]", text[noun.end():noun.end() + 160], maxsplit=1)[0])[verb.end() - 1:]
    return bool(_GATHERING_MEETING.search(rest)) or any(w in reference.role_words for w in rest.split())


def _met_pattern(reference: Reference) -> Optional[re.Pattern]:
    terms = reference.figure_context.get("met", {})
    return re.compile(rf"{_FUNCTION_COMPLEMENT} (?:{alternation(terms)})(?: |$)") if terms else None


def names_no_amount(number: NumberMention, noun: re.Match, reference: Reference) -> bool:
    """"$ 2.1 M (12%) 2 Funding Trends and Gaps": a noun of money that is no currency (figure_context's
    amount_noun: "funding", "financement") counts an amount only in thousands or more ("41.7 M Funding
    sought"); a small bare number before it is a heading's or an item's number."""
    return number.value < 1000 and fold(noun.group()) in reference.figure_context.get("amount_noun", {})


def states_coverage(text: str, number: NumberMention, reference: Reference) -> bool:
    """"une présence dans trois antennes", "operating in 12 locations", "couvre 19 communes": where a
    body works, a coverage count (the annotators' call: no figure of the situation)."""
    before = _without_qualifier(text[max(0, number.start - 40):number.start], reference)
    before = re.sub(r"\s+(?:les|the)$", "", before.rstrip())
    return any(before == term or before.endswith(" " + term) for term in reference.figure_context.get("coverage", {}))


#: the words between a count of people and the places they are in: a noun phrase at most ("8,200 IDPs on two
#: sites", "42 000 réfugiés venus du nord dans cinq camps"), no verb, number or punctuation
_PEOPLE_IN_PLACES = re.compile(r"(?:[ \t]+[^\W\d_][\w'’-]*){0,3}?[ \t]+(?:in|on|across|dans|sur)[ \t]+$", re.IGNORECASE)


def locates_people(text: str, number: NumberMention, noun: re.Match, figures: Sequence[Figure], reference: Reference
                   ) -> bool:
    """"… water to the 8,200 IDPs on two sites", "some 42,000 refugees from the north in five camps": a few
    places written in words right after a count of people, saying where those people are, are a coverage
    count (the annotators' call: a count of camps after a count of people, no figure of its own). Only in
    words: a count of sites in digits there is read as before (dev's gold keeps some as figures)."""
    if not number.written_in_words or number.value > 10 \
            or singular(fold(noun.group())) not in reference.derived("figures.place_words", _place_words):
        return False
    previous = max((f for f in figures if f.end <= number.start), key=lambda f: f.end, default=None)
    if previous is None or previous.unit not in ("persons", "households") or number.start - previous.end > 60:
        return False
    return bool(_PEOPLE_IN_PLACES.fullmatch(text, previous.end, number.start))


def meets_with(text: str, number: NumberMention, sentence: str, reference: Reference) -> bool:
    """"une réunion avec une quinzaine de chefs de mission", "la participation d'une quarantaine de
    délégués": the people a meeting was held with are its own business, whatever their noun
    (figure_context's meeting_with), unless the sentence names an activity of the response."""
    before = _without_qualifier(fold(text[max(0, number.start - 40):number.start]), reference)
    terms = [term for term in reference.figure_context.get("meeting_with", {})
             if before == term or before.endswith(" " + term)]
    if not terms:
        return False
    folded = " " + fold(sentence) + " "
    if any(f" {term} " in folded for term in reference.figure_context.get("activity", {})):
        return False
    # "la participation de": a meeting's only when the sentence is about one ("les travaux HIMO ont
    # connu la participation de 350 ménages" are people the response reached)
    return any(_GATHERING_MEETING.search(term) for term in terms) or bool(_GATHERING_MEETING.search(folded))


#: a household noun (an adjective may follow it) and the word that opens its size: "large families
#: with", "les familles nombreuses de", "households of", "ménages comptant"
_SIZE_OF = re.compile(r"(?<![^\W\d_])(\d+\s+)?([^\W\d_]+)\s+(?:([^\W\d_]+)\s+)?"
                      r"(?:with|of|de|d|avec|having|ayant|comptant|composes\s+de|composees\s+de)\s*$")


def describes_size(text: str, number: NumberMention, reference: Reference) -> bool:
    """"Large families with more than five children will receive kits", "les ménages de plus de 7
    personnes": a household's size bounded by a comparative (a criterion of who is served), no
    count of the situation; "6 689 ménages de 33 445 personnes" (no comparative) stays a count."""
    raw = strip_accents(text[max(0, number.start - 60):number.start].lower()).rstrip()
    before = _without_qualifier(raw, reference)
    if before == raw:
        return False
    match = _SIZE_OF.search(before + " ")
    if not match or match.group(1):
        return False
    heads = [w for w in (match.group(2), match.group(3)) if w]
    return any((unit_of(w, reference) or ("", None))[0] == "households" for w in heads)


_LIST_WORD = re.compile(r"\b(?:list|lists|liste|listes)\b", re.IGNORECASE)


def lists_participants(noun: str, sentence: str, reference: Reference) -> bool:
    """"Soit au total 35 participants dont la liste est ci-dessous", "une trentaine de participant(e)s,
    incluant des acteurs locaux": participants are the meeting's own, not people of the situation,
    unless the sentence names an activity of the response that reached them ("1 200 participants
    aux séances de sensibilisation": people reached); a list of them is the meeting's in any case."""
    if not fold(noun).startswith("particip"):
        return False
    folded = " " + fold(sentence) + " "
    activity = any(f" {term} " in folded for term in reference.figure_context.get("activity", {}))
    return bool(_LIST_WORD.search(sentence)) or not activity


_PARTICIPANTS = re.compile(r"\d[\d \u00a0\u202f.,]*\s+(participants?)\b", re.IGNORECASE)


def _part_of_participants(text: str, sentence_start: int, position: int, sentence: str, reference: Reference) -> bool:
    """"La réunion a enregistré 35 participants dont 12 femmes": a part of the meeting's own
    participants is the meeting's too."""
    counted = [m for m in _PARTICIPANTS.finditer(text, sentence_start, position)]
    return bool(counted) and lists_participants(counted[-1].group(1), sentence, reference)


#: a list item's bullet, whichever glyph the text export kept
_BULLET = "[•▪◦‣●○■□➢➤►–*-]"
#: a bullet opening a list item's line
_BULLET_LINE = re.compile(rf"[ \t]*{_BULLET}[ \t]")


def clause_list_start(text: str, spans: list[tuple[int, int]], position: int) -> int:
    """The start of the sentence holding ``position``, clauses cut at a semicolon joined back:
    "35,012 provided with …; 16,227 reached …; and 5,153 referred" is one list of counts. So are
    bulleted lines after the colon that opens them ("… était de 1054, soit :\n• 752 dans …")."""
    index = next((k for k, (a, b) in enumerate(spans) if a <= position < b), None)
    if index is None:
        return 0
    while index > 0 and (text[:spans[index][0]].rstrip().endswith(";")
                         or text[:spans[index][0]].rstrip().endswith(":") and _BULLET_LINE.match(text, spans[index][0])):
        index -= 1
    return spans[index][0]


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (also cut at line breaks: each cell paragraph is its own)."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


#: an age band or a duration inside a noun phrase ("de moins de 5 ans", "de 6 à 59 mois", "aged 6-59 months")
_MEASURE_IN_TEXT = re.compile(r"\b\d+(?:[\s\-–]*(?:a|à|to)?[\s\-–]*\d+)?\s+(?:ans|mois|years?|months?)\b",
                              re.IGNORECASE)


def measures_something_else(text: str, position: int, reference: Reference) -> bool:
    """The word right after a number is a not-a-count word (an age, a duration, a distance: "5 ans",
    "59 mois", "3 km"): the number is no count, whatever the sentence counts around it."""
    following = words_after(text, position, limit=1)
    return bool(following) and following[0].start() - position <= 2 \
        and fold(following[0].group()) in reference.figure_context.get("not_a_count", {})


#: what joins the two ends of an alternative ("2 or 3", "2 ou 3"), beside a range's ``_RANGE_JOIN``
_ALTERNATIVE_JOIN = re.compile(r"\s*(?:ou|or)\s+", re.IGNORECASE)


def joins_a_range(text: str, low: NumberMention, high: NumberMention, alternative: bool = False) -> bool:
    """Two numbers a range's join makes one range ("entre 200 et 300", "5 à 10", "200-300"; with
    ``alternative``, "2 or 3" too): the range goes up ("76-12" is a code), its low end is no year,
    and "et"/"and" joins a range only after "entre"/"between" ("12, 15 et 20 cas" is a list)."""
    join = text[low.end:high.start]
    if not (_RANGE_JOIN.fullmatch(join) or alternative and _ALTERNATIVE_JOIN.fullmatch(join)) \
            or low.value >= high.value or re.fullmatch(r"(19|20)\d\d", text[low.start:low.end]):
        return False
    return not (re.fullmatch(r"\s*(?:et|and)\s+", join, re.IGNORECASE)
                and not _BETWEEN_BEFORE.search(text, max(0, low.start - 30), low.start))


def measured_range(text: str, numbers: Sequence[NumberMention], i: int, reference: Reference) -> bool:
    """The first number of a range or an alternative whose second number measures ("two or three
    times", "5 to 10 km", "10 à 15 jours"): a measure too, no count, whatever the sentence counts."""
    if i + 1 >= len(numbers) or not joins_a_range(text, numbers[i], numbers[i + 1], alternative=True):
        return False
    return measures_something_else(text, numbers[i + 1].end, reference)


def words_after(text: str, position: int, limit: int = 8) -> list[re.Match]:
    return list(_WORD.finditer(text, position, min(len(text), position + 120)))[:limit]


def words_before(text: str, position: int, limit: int = 6) -> list[re.Match]:
    return list(_WORD.finditer(text, max(0, position - 80), position))[-limit:]


def counted_noun(text: str, number: NumberMention, reference: Reference, guess: Optional[NounClasses] = None
                 ) -> Optional[tuple[re.Match, str, Optional[str]]]:
    """The noun a number counts, looking right: a listed one ("404 ménages", "96 protection
    incidents", "12 were children"; in English after up to three qualifying words, "178 reported
    human rights violations"), else, with ``guess``, one no list knows, read by its vector."""
    return listed_noun(text, number, reference) or compound_noun(text, number, reference) \
        or (guessed_noun(text, number, reference, guess) if guess else None) or people_noun(text, number, reference)


#: a capitalised demonym no list names, by its ending: "Central Africans", "Ugandans", "Togolese", "Sénégalais"
_DEMONYM = re.compile(r"[A-ZÀ-Ý][^\W\d_A-Z]{2,}(?:ans|ese|iens|ains|ais|ois)")
#: a nationality's adjective before the noun it qualifies, by its ending: "Malian refugees", "Chadian returnees"
_DEMONYM_ADJECTIVE = re.compile(r"[A-ZÀ-Ý][^\W\d_A-Z]{2,}(?:ian|ean|ese|ien|ienne|ain|aine|ais|aise|ois|oise)")
#: a people's or nationality's name after a number, one capitalised word before it allowed ("South Sudanese")
_PEOPLE_NAME = re.compile(r"[ \t]+(?:[A-ZÀ-Ý][^\W\d_]+[ \t]+)?([A-ZÀ-Ý][^\W\d_]+)")


def _peoples(reference: Reference) -> frozenset[str]:
    from pipeline.nlp.context import peoples_and_plurals  # context reads figures' language_of: imported here

    return peoples_and_plurals(reference.peoples)


def names_people(word: str, reference: Reference) -> bool:
    """A people's or a nationality's name (``peoples.csv``, a plural in "s" too) or a capitalised
    demonym by its ending ("Ugandans")."""
    return fold(word) in reference.derived("figures.peoples", _peoples) or bool(_DEMONYM.fullmatch(word))


def people_noun(text: str, number: NumberMention, reference: Reference) -> Optional[tuple[re.Match, str, Optional[str]]]:
    """"34,000 Congolese have crossed", "5,000 South Sudanese and 2,000 …": a people's or a nationality's
    name (``peoples.csv``, invariant plurals included; or a capitalised demonym by its ending: "Central
    Africans", "Ugandans") heading the noun phrase after a number counts
    persons; not when a noun it qualifies follows ("2,000 Congolese francs", "12 Fulfulde speakers")."""
    name = _PEOPLE_NAME.match(text, number.end)
    if number.value <= 1 or not name:
        return None
    if not names_people(name.group(1), reference):
        return None
    after = fold(text[name.end():name.end() + 12])
    if not (re.match(r"[ \t]*(?:[),.;:»”]|\n|\Z)", text[name.end():]) or _AFTER_BARE.match(" " + after)
            or _verb_after(text, name.end())):
        return None
    return _WORD.match(text, name.start(1)), "persons", None


def line_ends_phrase(text: str, number: NumberMention, token: re.Match) -> bool:
    """A line break between a number and a word ends the noun phrase ("… en 2020\n\nNombre de
    violations", a table's next cell), unless the line was merely wrapped: one break, the word after
    it in lower case ("prévue pour 307.000\npersonnes en complément"). A year ending a line ends it
    whatever follows (a page's running head, "… Meeting of 16 January 2017", before the page's text)."""
    breaks = text.count("\n", number.end, token.start())
    if breaks == 0:
        return False
    wrapped = breaks == 1 and token.group()[:1].islower() and not _YEAR.fullmatch(text, number.start, number.end)
    return not wrapped


def _glued_pattern(reference: Reference) -> Optional[re.Pattern]:
    words = reference.figure_context.get("glued_word", {})
    return re.compile(rf"[^\W\d_]{{2,}}?[sx](?=(?:{alternation(words)})$)", re.IGNORECASE) if words else None


def glued_noun(text: str, token: re.Match, reference: Reference) -> Optional[tuple[re.Match, str, Optional[str]]]:
    """"12,000 bednetsfor the reopened wards", "120 latrinesdans": a function word (figure_context's
    glued_word) a text extraction glued to the listed plural noun before it; the noun is what is counted."""
    pattern = reference.derived("figures.glued_word", _glued_pattern)
    if pattern is None or unit_of(token.group(), reference) is not None:
        return None
    noun = pattern.match(text, token.start(), token.end())
    found = unit_of(noun.group(), reference) if noun is not None else None
    return (noun, *found) if found else None


def listed_noun(text: str, number: NumberMention, reference: Reference) -> Optional[tuple[re.Match, str, Optional[str]]]:
    """The listed noun a number counts; None when a stop (punctuation, a not-a-count word) comes first."""
    context = reference.figure_context
    not_a_count, modifiers, copulas, prepositions = (context.get(kind, {}) for kind in
                                                     ("not_a_count", "modifier", "copula", "preposition"))
    tokens = words_after(text, number.end)
    if tokens and tokens[0].group() in ("%", "‰"):
        return None
    if len(tokens) > 2 and tokens[0].group() == "(" and tokens[2].group() == ")" and unit_of(tokens[1].group(), reference):
        return tokens[1], *unit_of(tokens[1].group(), reference)  # "12 500 (PDI)": the noun in parentheses
    if tokens and tokens[0].group() == ")" and len(tokens) > 1:  # "onze (11)" already consumed
        tokens = tokens[1:]
    if tokens and tokens[0].group() in "*+" and tokens[0].start() == number.end:  # "57 376* Réfugiés": a footnote mark; "5,000+ IDPs"
        tokens = tokens[1:]
    glued = glued_noun(text, tokens[0], reference) if tokens else None
    if glued is not None:
        return glued  # "12,000 bednetsfor the reopened wards": the noun before the glued word
    skipped = unknown = 0
    in_name, names = False, 0
    qualified = coordinated = False  # the word before qualifies the noun; two qualifiers joined ("pregnant and lactating")
    measure = False  # "1,200 heads of livestock": a measure word and its "of" stand before the counted noun
    head_first = False  # an unlisted lower-case plural right after the number: the head, French order
    for token in tokens:
        if line_ends_phrase(text, number, token):
            return None  # "… en 2020\n\nNombre de violations": a line ends the noun phrase
        word = token.group()
        folded = fold(word)
        if not folded:
            return None  # punctuation ends the noun phrase
        two = fold(text[token.start():token.start() + 12])
        if not skipped and not measure and folded in reference.measure_words and _OF_AFTER.match(text, token.end()):
            measure = True
            continue
        if measure and folded == "of":
            measure = False
            continue
        if folded in _COORDINATING and qualified and not coordinated:
            coordinated, qualified = True, False  # "300 pregnant and lactating women", "host and displaced households"
            continue
        if folded in _CONNECTORS:
            return None  # "des blessures (9) et des viols (4)": a conjunction ends the noun phrase
        if folded in not_a_count or folded in prepositions or any(two.startswith(t + " ") or two == t for t in not_a_count if " " in t):
            return qualified_head(text, token, tokens[tokens.index(token) - 1] if skipped else None, reference)
        found = unit_of(word, reference)
        if found and head_first and skipped == 1 \
                and language_of([text[max(0, number.start - 120):token.end() + 60]]) == "fr":
            return None  # "3 bases militaires", "2 positions militaires": the plural before is the head, this its
            # adjective (French order; not "six measles cases", "three peacekeepers were killed")
        if found and number.value > 1 and _qualifies_next(tokens, token, reference):
            skipped, unknown, qualified = skipped + 1, unknown + 1, True
            continue  # "6 child killer diseases", "4 child protection committees": the singular qualifies what follows
        if found and number.value > 1:
            compound = _compound_head(tokens, token, reference)
            if compound:  # "20 school children", "8 camp residents": the plural is the head; "displaced people": who
                return compound[0], compound[1], compound[2] or found[1]
        if found:
            return _head_noun(tokens, token, found, reference)
        if folded in modifiers or folded in copulas:
            if unknown > 1 and folded in _OF_WORDS:
                return None  # "14 commerçants du marché": the unknown plural was the head, its complement is not counted
            skipped += 1
            if skipped > 2:
                return None
            qualified = folded in modifiers
            continue
        capitalised = word[:1].isupper() and word[1:2].islower()
        if capitalised and in_name and names < 4:
            names += 1  # "58 Borno State Government officials": a name's words count as one
            continue
        if _PRESENT_PARTICIPLE.fullmatch(folded):
            return None  # "dont 62 impliquant des femmes": a verb, its object is not what is counted
        attributive = _attributive(word, reference)
        if len(folded) > 14 or (skipped >= 1 and not (attributive and unknown == 1 and skipped < 2)):
            return None
        head_first = not skipped and word.isalpha() and word.islower() and bool(_PLURAL.search(word))
        skipped += 1  # one unknown word may stand between ("96 protection incidents"), two nouns of a
        unknown += 1  # compound ("10 state police officers"), not a plural and a preposition ("charrettes aux")
        in_name, names = capitalised, 1
        qualified = attributive
        if not attributive:
            unknown += 1
    return None


#: a French noun complement without an article: "points d'eau", "points de distribution" (not "de l'ordre du jour")
_BARE_COMPLEMENT = re.compile(r"[ \t]+(?:de[ \t]+|d['’][ \t]*)([^\W\d_]+)(?!['’])", re.IGNORECASE)


def qualified_head(text: str, head: re.Match, before: Optional[re.Match], reference: Reference
                   ) -> Optional[tuple[re.Match, str, Optional[str]]]:
    """A not-a-count noun that a noun qualifies may name a thing counted (``figure_context.csv``
    qualified_head, "<head> <noun>" for a French complement without an article, "<noun> <head>" for
    an English noun before it): "35 points d'eau", "12 points de distribution", "6 water points" are
    places of a service; "5 points de pourcentage", "5 action points", "les 4 points de l'ordre du
    jour" are not. ``before``: the one word between the number and the head."""
    heads = reference.figure_context.get("qualified_head", {})
    name = singular(fold(head.group()))
    complement = _BARE_COMPLEMENT.match(text, head.end())
    if before is None and complement:
        unit = heads.get(f"{name} {singular(fold(complement.group(1)))}")
        return (_WORD.match(text, complement.start(1)), unit, None) if unit else None
    unit = heads.get(f"{singular(fold(before.group()))} {name}") if before is not None else None
    return (head, unit, None) if unit else None


#: a French present participle ("impliquant", "visant", "concernant"), never a noun's modifier
_PRESENT_PARTICIPLE = re.compile(r"[a-z]{4,}ant")


def _compound_head(tokens: list[re.Match], token: re.Match, reference: Reference
                   ) -> Optional[tuple[re.Match, str, Optional[str]]]:
    """A lower-case singular counted noun after a number above one, then a plural counted noun: an
    English compound whose head is the plural ("20 school children", "8 camp residents")."""
    following = tokens[tokens.index(token) + 1:tokens.index(token) + 2]
    head = _plural_head(token.group(), following[0].group(), reference) if following else None
    return (following[0], *head) if head else None


def _plural_head(word: str, next_word: str, reference: Reference) -> Optional[tuple[str, Optional[str]]]:
    """The unit of ``next_word`` when ``word``, a lower-case singular, qualifies it, a plural counted noun."""
    folded, head_word = fold(word), fold(next_word)
    plurals = set(reference.figure_context.get("singular", {}).values())
    if not (word.replace("-", "").isalpha() and next_word.isalpha() and word.islower()) \
            or folded.endswith(("s", "x")) or folded in plurals:  # "2,345 out-of-school children": the plural
        return None  # "cas d'incidents", "cas atteintes": a French plural in -s qualifies nothing
    if not (singular(head_word) != head_word or head_word in plurals):
        return None
    return unit_of(next_word, reference)


def _qualifies_next(tokens: list[re.Match], token: re.Match, reference: Reference) -> bool:
    """An English singular whose plural is another word ("child", "woman") followed by a lower-case
    word that is no counted noun, verb or stop word, or a regular singular followed by such a plural
    ("20 farmer cooperatives"): a compound's qualifier, not the counted noun."""
    following = tokens[tokens.index(token) + 1:tokens.index(token) + 2]
    if not following:
        return False
    word, noun = following[0].group(), fold(token.group())
    folded = fold(word)
    if noun not in reference.figure_context.get("singular", {}):
        # a regular singular ("20 farmer cooperatives") qualifies only a plural after it
        if not (token.group().isalpha() and token.group().islower() and len(noun) > 3 and not noun.endswith(("s", "x"))
                and _PLURAL.search(word)):
            return False
    return (word.isalpha() and word.islower() and folded not in reference.stop_words and unit_of(word, reference) is None
            and folded not in reference.figure_context.get("copula", {}) and not _VERB_AFTER.match(" " + word))


def _attributive(word: str, reference: Reference) -> bool:
    """A word that may qualify the noun after it in a compound ("state", "police"): lower-case,
    singular, no stop word; hyphenated ("in-kind and cash voucher beneficiaries") too."""
    return (word.replace("-", "").isalpha() and not word.startswith("-") and word.islower()
            and not word.endswith(("s", "x")) and fold(word) not in reference.stop_words)


def _head_noun(tokens: list[re.Match], token: re.Match, found: tuple[str, Optional[str]], reference: Reference
               ) -> tuple[re.Match, str, Optional[str]]:
    """"2,345 displaced households", "IDP households": a population word followed by a plain counted
    noun is that noun's adjective; the noun gives the unit, the adjective the population. In
    "ménages déplacés" the first word is the noun already. "150 women headed households": a
    participle saying who heads or leads (figure_context's headed) makes the noun after it the head.
    "43 cas de décès": a generic count noun (figure_context's case_of) whose complement names people
    counts those people."""
    following = tokens[tokens.index(token) + 1:tokens.index(token) + 3]
    if fold(token.group()) in reference.figure_context.get("case_of", {}):
        people = _people_complement(following, reference)
        if people is not None:
            return people
    if len(following) == 2 and fold(following[0].group()) in reference.figure_context.get("headed", {}) \
            and (headed := unit_of(following[1].group(), reference)) is not None:
        return following[1], headed[0], headed[1]
    following = following[:1]
    head = unit_of(following[0].group(), reference) if following else None
    if head is not None and found[1] is not None and fold(token.group()) in reference.figure_context.get("modifier", {}):
        return following[0], head[0], head[1] or found[1]  # "3 separated children"; "2 separated" alone counts people
    if head is None or found[1] is None or head[1] is not None:
        return token, found[0], found[1]
    return following[0], head[0], found[1]


def _people_complement(following: Sequence[re.Match], reference: Reference) -> Optional[tuple[re.Match, str, Optional[str]]]:
    """The counted noun of people after "de" / "d'" / "of" ("cas de décès", "cases of deaths"), if any."""
    complement = None
    if len(following) == 2 and fold(following[0].group()) in ("de", "of"):
        complement = following[1]
    elif following and re.match(r"d['’]", following[0].group(), re.IGNORECASE):
        complement = following[0]
    found = unit_of(complement.group(), reference) if complement is not None else None
    return (complement, "persons", found[1]) if found and found[0] == "persons" else None


#: a word ending that reads as a plural: "tués", "incursions", "Nigerians", "travaux"
_PLURAL = re.compile(r"[^\W\d_]{2,}[^s\W\d_][sx]$|[^\W\d_]{3,}(?:aux|eux)$")


def _guess_stops(reference: Reference) -> frozenset[str]:
    """Words that end the search for an unlisted noun: not-a-count nouns, prepositions, months."""
    context = reference.figure_context
    return (frozenset(context.get("not_a_count", {})) | frozenset(context.get("preposition", {}))
            | non_count_nouns(reference) | reference.folded_months)


def is_a_stop(folded: str, stops: frozenset[str]) -> bool:
    """A stop as written, or a stop of four letters or more with a plural or feminine ending
    (``names_term`` read from the word's side: a set lookup per ending, not a scan of the stops)."""
    return folded in stops or any(folded.endswith(ending) and len(folded) - len(ending) > 3
                                  and folded[:-len(ending)] in stops for ending in _INFLECTIONS)


def guessed_noun(text: str, number: NumberMention, reference: Reference, guess: NounClasses
                 ) -> Optional[tuple[re.Match, str, Optional[str]]]:
    """A plural noun no list knows right after a number above one ("130 tués", "12 nouveaux
    commerçants", "40 charrettes"), or one word on ("96 protection incidents"), with the class its
    word vector is nearest to; never a stop word, a month, a not-a-count noun, a word after a
    line break or a punctuation mark. After a number "about" or "more than" qualifies ("près de
    neuf bases") a weaker lead of a count class is enough: the qualifier says a count is given
    ("under" is left out: "under two conditions"). A noun the vectors do not place, followed by what
    only a person undergoes ("2,300 X were killed", "45 X ont été enlevés"), counts persons."""
    if number.value <= 1:
        return None
    stops = reference.derived("figures.guess_stops", _guess_stops)
    modifiers = reference.figure_context.get("modifier", {})
    irregular = set(reference.figure_context.get("singular", {}).values())
    tokens = words_after(text, number.end, limit=5)
    if tokens and tokens[0].group() == ")":
        tokens = tokens[1:]
    unknown = 0
    for token in tokens:
        word = token.group()
        folded = fold(word)
        if not folded or line_ends_phrase(text, number, token) or is_a_stop(folded, stops) \
                or _PRESENT_PARTICIPLE.fullmatch(folded):
            return None
        plural = (bool(_PLURAL.search(word)) or folded in irregular) and word.isalpha()  # "people", "children" too
        listed = unit_of(word, reference) if plural else None  # "committees": a listed noun, whatever its vector says
        unit = (listed[0] if listed else guess.unit(word) or unit_by_ending(word, reference)
                or (guess.unit(word, QUALIFIED_FLOOR, QUALIFIED_MARGIN)
                    if qualifier_of(text, number, reference) in ("approx", "min") else None)
                or ("persons" if people_predicate(text, token.end(), reference, "individual_predicate") else None)) \
            if plural and folded not in reference.stop_words else None
        if unit:
            return token, unit, None
        if folded in modifiers:
            continue  # "12 nouveaux commerçants"
        if not unknown and word[:1].isupper() and (names_people(word, reference) or _DEMONYM_ADJECTIVE.fullmatch(word)):
            continue  # "41,792 Malian refugees": the people's name qualifies the noun that follows
        if plural or folded in reference.stop_words or not word.isalpha():
            return None  # the noun phrase's head has no class, or the phrase ended
        unknown += 1
        if unknown > 1 or not word.islower():
            return None
    return None


#: how many people a household holds at least and at most, for a group count restated as its people
#: ("1 156 X, soit 3 648 personnes": 3.2 a group, households)
_HOUSEHOLD_SIZE = (1.5, 15.0)
_PAIR_PUNCTUATION = re.compile(r"[(),/:]")
#: a group's noun abbreviated in capitals: "HH", "HHs", "MHH"
_ABBREVIATED_GROUP = re.compile(r"[A-Z]{2,4}s?")


def _pair_gap(gap: str, reference: Reference) -> Optional[str]:
    """The words joining a group count and its people count ("soit", "totalisant", "de", "issues
    de"), folded, with punctuation and a qualifier at the end taken off; "(" or "/" alone is
    "" (as the data file's "(" folds); None when nothing but spaces joins them."""
    if "(" in gap:  # "77 046 déplacés internes (soit …": the parenthesis restates the few words before it
        described, gap = gap.rsplit("(", 1)
        if len(described.split()) > 3:
            return None
        gap = "(" + gap
    words = " ".join(_PAIR_PUNCTUATION.sub(" ", _without_qualifier(gap, reference)).split())
    if words:
        return words
    return "" if re.search(r"[(/]", gap) else None


#: a participle that agrees with the group's noun before the words joining it to its people: "14 192 X
#: déplacés totalisant 57 931 personnes", "75 601 X sinistrés, soit …", "2,300 X displaced (11,000 people)"
_GROUP_PARTICIPLE = re.compile(r"^[ \t]+[^\W\d_]{3,}(?:és|ées|es|ed)(?=[ \t]*[,(]|[ \t]+[^\W\d_])")


def household_pair(text: str, numbers: Sequence[NumberMention], i: int, figures: Sequence[Figure],
                   reference: Reference, guess: Optional[NounClasses]) -> Optional[tuple[re.Match, str, Optional[str]]]:
    """"1 956 X de 7 880 personnes", "2 291 personnes (360 X)", "77 046 déplacés (soit 14 213 X)":
    a count of groups restated by the people in them, a few times as many, counts households
    whatever its noun (one no list or vector reads: "foyers", "HHs", "concessions"). The joining
    words are figure_context's household_pair; the people are a persons figure, before or after."""
    number = numbers[i]
    tokens = words_after(text, number.end, limit=3)
    if not tokens or number.value < 2 or not number.is_integer:
        return None
    if len(tokens) > 1 and fold(tokens[0].group()) in reference.figure_context.get("modifier", {}) \
            and tokens[0].group().isalpha():
        tokens = tokens[1:]  # "800 vulnerable X (4,000 people)", "750 other X (3,750 people)"
    token = tokens[0]
    word, folded = token.group(), fold(token.group())
    if not (_PLURAL.search(word) or _ABBREVIATED_GROUP.fullmatch(word)) or not word.isalpha() \
            or folded in reference.stop_words or line_ends_phrase(text, number, token) \
            or is_a_stop(folded, reference.derived("figures.guess_stops", _guess_stops)):
        return None
    if (guess is not None and guess.unit(word) not in (None, "households")) or unit_by_ending(word, reference) \
            or people_noun(text, number, reference):
        return None  # "(4 126 femmes et 3 754 hommes)": a noun its vector reads as people is no group
    joins = reference.figure_context.get("household_pair", {})
    low, high = _HOUSEHOLD_SIZE
    after = numbers[i + 1] if i + 1 < len(numbers) else None
    if after is not None and low <= after.value / number.value <= high \
            and _pair_gap(_GROUP_PARTICIPLE.sub("", text[token.end():after.start], count=1), reference) in joins:
        people = counted_noun(text, after, reference, guess)
        if people is not None and people[1] == "persons":
            return token, "households", None
    before = next((f for f in reversed(figures) if f.end <= number.start), None)
    adjacent = i and before is not None and before.start <= numbers[i - 1].start < before.end  # the number just before
    if adjacent and before.unit == "persons" and low <= before.value / number.value <= high \
            and _pair_gap(text[before.end:number.start], reference) in joins:
        return token, "households", None
    return None


#: what joins a count to the figure before it in one coordination: "and", "et" (a comma alone
#: joins lists of different things: "427 localités, 20.700 ménages")
_COORDINATION = re.compile(r"[ \t]*,?[ \t]*(?:and|et)[ \t]+", re.IGNORECASE)


def coordinated_noun(text: str, number: NumberMention, figures: Sequence[Figure], reference: Reference,
                     guess: Optional[NounClasses]) -> Optional[tuple[re.Match, str, Optional[str]]]:
    """"three fatalities and 12 injuries": the plural right after a number joined to the figure before
    by "and" / "et", whose vector hesitates between two count classes, takes the unit of
    that figure when it is one of them: the coordination counts the same kind of thing."""
    if guess is None or number.value <= 1:
        return None
    before = [f for f in figures if f.end <= number.start]
    previous = max(before, key=lambda f: f.end) if before else None
    gap = text[previous.end:number.start] if previous else ""
    if previous is None or not _COORDINATION.fullmatch(gap):
        return None
    token = next(iter(words_after(text, number.end, limit=1)), None)
    if token is None or line_ends_phrase(text, number, token) \
            or not (token.group().isalpha() and token.group().islower() and _PLURAL.search(token.group())) \
            or is_a_stop(fold(token.group()), reference.derived("figures.guess_stops", _guess_stops)):
        return None
    return (token, previous.unit, None) if previous.unit in guess.close_classes(token.group()) else None


#: "une vingtaine de boutiques", "une vingtaine de ces repentis", "a dozen of these fighters": the
#: noun after "de" / "of" and a demonstrative or possessive (the things counted, already named)
_OF_NOUN = re.compile(r"[ \t]+(?:de[ \t]+|d['’][ \t]*|of[ \t]+)(?:(?:ces|ses|leurs|nos|vos|these|those|their|its|our)[ \t]+)?"
                      r"([^\W\d_][\w-]*)", re.IGNORECASE)


def collective_noun(text: str, number: NumberMention, reference: Reference, guess: Optional[NounClasses]
                    ) -> Optional[tuple[re.Match, str, Optional[str]]]:
    """"une vingtaine de boutiques": a collective numeral counts the noun after its "de" / "of",
    whatever the noun; one no list or vector reads is a thing counted (other), never the unit of a
    figure before it. None when the noun is no count ("une dizaine de jours")."""
    match = _OF_NOUN.match(text, number.end)
    token = _WORD.match(text, match.start(1))
    folded = fold(token.group())
    if is_a_stop(folded, reference.derived("figures.guess_stops", _guess_stops)) or folded in reference.stop_words:
        return None
    found = unit_of(token.group(), reference)
    if found:
        return token, found[0], found[1]
    if _function_noun(folded, reference):
        return token, "persons", None  # "une quinzaine de ministres", "une vingtaine d'élus": people of a function
    return token, (guess.unit(token.group()) if guess else None) or unit_by_ending(token.group(), reference) or "other", None


def noun_before(text: str, number: NumberMention, reference: Reference) -> Optional[tuple[re.Match, str, Optional[str]]]:
    """For a bare "(48)": the counted noun just before the parenthesis ("dont des femmes (48)");
    none for "Participants (24)", the meeting's own (as a label's or "nombre de"'s)."""
    before = text[:number.start].rstrip()
    after = text[number.end:].lstrip()
    if not before.endswith("(") or after.startswith(("%", "‰")):
        return None
    if not after.startswith(")") and not re.match(r"[^\W\d_]+\s+contre\b|\s*contre\b", after):
        return None  # "d'incidents (19 enregistrés contre 6…)" is a count too
    counted = count_of_noun(text, number, reference)
    if counted:  # "le nombre de victimes des violations (1007 contre 48)": victims, not violations
        return counted
    tokens = words_before(text, len(before) - 1, limit=5)
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k]
        if fold(token.group()) in _CONNECTORS:
            break  # "… towards the camps and the others (3,000)": a noun before a conjunction is another phrase's
        found = unit_of(token.group(), reference)
        if found and fold(token.group()).startswith("particip"):
            return None
        if found and fold(token.group()) in reference.derived("figures.place_words", _place_words) \
                and _PLACE_NAMED.fullmatch(text, token.end(), len(before) - 1):
            return sentence_subject(text, number, reference, past_numbers=True)  # "vers le site de Dougou (35 000)":
            # the place's name, the count is of what the sentence counts
        if found and found[0] == "incidents" and _affected_by(text, tokens[0].start(), token.start(), reference):
            subject = sentence_subject(text, number, reference)  # "Les femmes sont les plus touchées par ces
            if subject and subject[1] in ("persons", "households"):  # violations (212)": the women, not incidents
                return subject
        if found:  # "victimes de violences (12)", "menaces de mort (11)": the phrase's head, not its complement
            head = _head_of_complement(tokens[:k + 1], k, reference)
            return (tokens[head[1]], head[0], head[2]) if head else (token, found[0], found[1])
    if after.startswith(")") and before[:-1].rstrip()[-1:].isalpha() and _name_before(before[:-1]):
        return sentence_subject(text, number, reference)  # "… de Daboua (750), Ngouboua (1250)"
    return None


#: "touchés par ces", "affected by the": a participle of harm (figure_context's affected_by) and its agent's preposition
_AFFECTED_BY = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\s+(?:par|by)\s+(?:(?:ces|les|des|the|these|those|such)\s+)?$",
                          re.IGNORECASE)


def _affected_by(text: str, start: int, position: int, reference: Reference) -> bool:
    """A participle of harm and "par" / "by" right before ``position`` (no further back than ``start``):
    the incidents after them are what harmed the people a count in parentheses stands for."""
    found = _AFFECTED_BY.search(text, max(0, start - 30), position)
    return found is not None and fold(found.group(1)) in reference.figure_context.get("affected_by", {})


#: a place's name after its noun, up to a parenthesis: "site de Dougou (", "camps of Alpha Beta ("
_PLACE_NAMED = re.compile(r"\s*(?:(?:de|du|des|of)\s+|d['’]\s*)[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2}\s*")


def _name_before(before: str) -> bool:
    """A capitalised word just before: "Daboua (750)" names a place, the count is of something else."""
    word = re.search(r"([^\W\d_][\w'’-]*)$", before.rstrip())
    return bool(word) and word.group(1)[:1].isupper()


_BREAKDOWN = re.compile(r"\s*\(([^()]{1,160})\)")
_PERCENT_ONLY = re.compile(r"\s*\d+(?:[.,]\d+)?\s*%\s*")


def breakdown_noun(text: str, number: NumberMention, reference: Reference, guess: Optional[NounClasses] = None
                   ) -> Optional[tuple[re.Match, str, Optional[str]]]:
    """"1,637,661 (Protection: 512,252, CP: 666,499) individuals": a total followed by its
    breakdown in parentheses, and each number of the breakdown, count the noun after the
    parenthesis (a mixed list whose unit is stated once, at its end)."""
    after = _BREAKDOWN.match(text, number.end)
    share = text[number.end:number.end + 2].strip().startswith(("%", "‰"))
    if share or (after and _PERCENT_ONLY.fullmatch(after.group(1))):
        return None  # "younger than 15 (66%) and women": a share, no breakdown
    if after and re.search(r"\d", after.group(1)):  # the total, before its breakdown
        return counted_noun(text, replace(number, end=after.end()), reference, guess)
    opening, closing = text.rfind("(", 0, number.start), text.find(")", number.end)
    if opening < 0 or closing < 0 or ")" in text[opening:number.start] or "(" in text[number.end:closing]:
        return None
    if not re.search(r"\d\s*$", text[:opening]) or closing - opening > 160:
        return None  # a breakdown follows its total
    return counted_noun(text, replace(number, end=closing + 1), reference, guess)


def count_of_noun(text: str, number: NumberMention, reference: Reference
                  ) -> Optional[tuple[re.Match, str, Optional[str]]]:
    """The noun after "nombre de" / "number of" shortly before a number, no number between: the
    head of the noun phrase, what is counted."""
    start = max(0, number.start - 100)
    window = text[start:number.start]
    match = _COUNT_OF_AT.search(window)
    if not match or re.search(r"\d", window[match.end():]):
        return None
    word = next((w for w in _WORD.finditer(text, start + match.end(), number.start) if fold(w.group())), None)
    found = unit_of(word.group(), reference) if word else None
    return (word, found[0], found[1]) if found and not fold(word.group()).startswith("particip") else None


#: the clitic "en" before the verb of a bare number ("le partenaire en a reçu 340", "on en dénombre 5 000")
_EN_PRONOUN = re.compile(r"(?<![^\W\d_])en\s+((?:[^\W\d_]+['’]?\s*){1,5})$", re.IGNORECASE)


#: "prendre en compte", "tenir en compte": "en" a preposition of the phrase before "compte", no pronoun
_TAKEN_INTO = re.compile(r"(?<![^\W\d_])(?:pri(?:s|se|ses)|prend(?:s|re|ra|ront|rait|raient|ront)?|prenn?(?:ent|ant|ons|ez)"
                         r"|tenu(?:s|e|es)?|teni[rs]|tien(?:t|nent))\s*$")


def pronoun_unit(text: str, number: NumberMention, reference: Reference) -> Optional[tuple[str, str, Optional[str]]]:
    """"Le stock de bâches était épuisé ; le partenaire en a reçu 340", "Des réfugiés affluent. On en
    dénombre plus de 5 000": the pronoun "en" before the verb of a bare number (figure_context's
    en_verb, a qualifier between) stands for a noun said before it, in its sentence or the one before:
    the number counts what the nearest counted noun before the pronoun counts (not a place's word)."""
    match = _EN_PRONOUN.search(text, max(0, number.start - 60), number.start)
    verbs = reference.figure_context.get("en_verb", {})
    words = fold(_without_qualifier(match.group(1), reference)).split() if match else []  # "aujourd'hui": two words
    if not words or not all(w in verbs for w in words):
        return None
    if words[0].startswith("compt") and _TAKEN_INTO.search(fold(text[max(0, match.start() - 20):match.start()])):
        return None  # "le plan a pris en compte 45 des 60 recommandations": "prendre en compte", no pronoun
    start = max(0, match.start() - 250)
    start = max(start, text.rfind("\n\n", start, match.start()) + 1)
    stops = list(_SENTENCE_STOP.finditer(text, start, match.start()))
    if len(stops) > 1:
        start = stops[-2].end()
    places = reference.derived("figures.place_words", _place_words)
    for word in reversed(list(_WORD.finditer(text, start, match.start()))):
        found = None if word.group()[:1].isdigit() else _counted_noun(word, reference, places)
        if found:
            return found[0], word.group(), found[1]
    return None


#: "porte à 45 000 le nombre de réfugiés", "brings to 45,000 the total number of refugees": the noun
#: phrase a count is the number of, after it
_NUMBER_OF_AFTER = re.compile(r"[ \t\u00a0]+(?:le|the)[ \t\u00a0]+(?:total[ \t\u00a0]+)?(?:nombre|number|total)"
                              r"[ \t\u00a0]+(?:total[ \t\u00a0]+)?(?:de[ \t\u00a0]+|d['’][ \t\u00a0]*|of[ \t\u00a0]+)"
                              r"(?:(?:la|les|the)[ \t\u00a0]+)?", re.IGNORECASE)
#: the preposition before such a count: "à", "to", "at" ("estime à", "puts at")
_TO_BEFORE = re.compile(r"(?:^|\s)(?:a|to|at)\s*$")


def count_named_after(text: str, number: NumberMention, reference: Reference) -> Optional[tuple[str, str, Optional[str]]]:
    """"Cela porte à 45 000 le nombre de réfugiés", "on estime à 3 000 le nombre de personnes ayant fui",
    "this brings to 45,000 the number of refugees": a bare number after "à" / "to" (a qualifier
    between) and before "le nombre de X" / "the number of X" counts X, the noun the phrase names."""
    match = _NUMBER_OF_AFTER.match(text, number.end)
    before = text[max(0, number.start - 40):number.start]
    if not match or not any(_TO_BEFORE.search(b) for b in (fold(before), _without_qualifier(before, reference))):
        return None  # "estime à" is a qualifier's phrase too
    word = next(_WORD.finditer(text, match.end(), min(len(text), match.end() + 40)), None)
    found = unit_of(word.group(), reference) if word else None
    return (found[0], word.group(), found[1]) if found else None


def sentence_subject(text: str, number: NumberMention, reference: Reference, past_numbers: bool = False
                     ) -> Optional[tuple[re.Match, str, Optional[str]]]:
    """The first counted noun of the sentence, before any number: "Les personnes déplacées
    proviennent de … Daboua (750), Ngouboua (1250)": the counts are of persons. With
    ``past_numbers``, for a count beside a named place ("63 000 réfugiés relogés vers le site de
    Dougou (35 000)"), the first counted noun however many numbers stand before, the places' nouns
    (site, camp) passed over."""
    start = max(text.rfind(". ", 0, number.start) + 2, text.rfind("\n", 0, number.start) + 1, 0)
    places = reference.derived("figures.place_words", _place_words) if past_numbers else frozenset()
    for word in _WORD.finditer(text, start, number.start):
        if word.group().isdigit() and not past_numbers:
            return None
        found = _counted_noun(word, reference, places)
        if found:
            return word, found[0], found[1]
    return None


def _counted_noun(word: re.Match, reference: Reference, places: frozenset[str]) -> Optional[tuple[str, Optional[str]]]:
    """(unit, population) of a word that names what a figure counts, none for the places counted people
    live in (site, camp: ``places``), which say where, not who."""
    found = unit_of(word.group(), reference)
    return found if found and fold(word.group()) not in places else None


#: "plus" without "de" opening a headline or a sentence, right before a number
_BARE_PLUS = re.compile(r"(?:^|[\n:.!?(]|\s[-–])[ \t]*plus[ \t]+$", re.IGNORECASE)
#: "+ 57,000 Nigerian refugees" opening a line or a parenthesis: a plus sign one space before the number
_SPACED_PLUS = re.compile(r"(?:^|[\n(:])[ \t]*\+[ \t]$")


def _one_edit(word: str, term: str) -> bool:
    """``word`` is ``term`` with one letter changed, added or dropped, or two neighbours swapped
    ("envrion", "enviorn", "aproximately"): a typo of it."""
    if word == term or abs(len(word) - len(term)) > 1:
        return False
    i = next((k for k, (a, b) in enumerate(zip(word, term)) if a != b), min(len(word), len(term)))
    if len(word) == len(term):
        return word[i + 1:] == term[i + 1:] or (word[i:i + 2] == term[i:i + 2][::-1] and word[i + 2:] == term[i + 2:])
    longer, shorter = (word, term) if len(word) > len(term) else (term, word)
    return longer[i + 1:] == shorter[i:]


#: "the estimated number of X … is N", "le nombre estimé de X … est de N": the count the copula gives is
#: an estimate
_ESTIMATED_COUNT = re.compile(r"\b(?:estimated\s+(?:number|total)\s+of|nombre\s+estimé\s+d(?:e\s|['’]))[^.;!?]{0,80}"
                              r"\b(?:is|was|stands\s+at|est\s+de|était\s+de)\s*$", re.IGNORECASE)


def qualifier_of(text: str, number: NumberMention, reference: Reference) -> str:
    """min / max / approx from the words before ("plus de", "environ"), approx for "une centaine"."""
    if number.start >= 1 and text[number.start - 1] == "+" and (number.start < 2 or not text[number.start - 2].isalnum()):
        return "min"  # "+18,800 displaced": more than, not a sum ("2+3")
    if text[number.end:number.end + 1] == "+" and not text[number.end + 1:number.end + 2].isalnum():
        return "min"  # "5,000+ IDPs"
    if _BARE_PLUS.search(text, max(0, number.start - 12), number.start) \
            or _SPACED_PLUS.search(text, max(0, number.start - 4), number.start):
        return "min"  # "Kayes : Plus 600 déplacés" (a headline's "plus" without "de"), "+ 57,000"
    currency = _CURRENCY_BEFORE.search(text, max(0, number.start - 6), number.start)
    end = currency.start() if currency else number.start  # "about US$337 million": the qualifier before the currency
    before = fold(text[max(0, end - 30):end])
    for term, value in reference.context_longest_first.get("qualifier", ()):
        if (before.endswith(" " + term) or before == term) and value != "exact":
            return value
        if before.endswith(" " + term) or before == term:
            break  # "seulement 1 150", "only 40": a focus word, the number as exact as it is written
    if _ESTIMATED_COUNT.search(text, max(0, number.start - 120), number.start):
        return "approx"  # "the estimated number of displaced people as of 8 January is 15,398"
    last = before.rsplit(" ", 1)[-1]
    if len(last) >= 6 and not number.approximate:  # a misspelt qualifier of 7 letters or more: "envrion 500 ménages"
        typo = next((value for term, value in reference.context_longest_first.get("qualifier", ())
                     if " " not in term and len(term) >= 7 and value != "exact" and _one_edit(last, term)), None)
        if typo:
            return typo
    return "approx" if number.approximate else "exact"


def population_of(text: str, noun_end: int, from_noun: Optional[str], reference: Reference) -> Optional[str]:
    if from_noun:
        return from_noun
    following = " ".join(fold(m.group()) for m in words_after(text, noun_end, limit=4) if fold(m.group()))
    for term, value in reference.context_longest_first.get("population", ()):
        if re.search(rf"\b{re.escape(term)}", following):
            return value
    return None


#: a year's complement: "les déplacés de 2018 et 2019 des territoires de X", "the 2019 of the report": a
#: count's noun follows its number, a year's "de" / "of" begins what it dates
_COMPLEMENT_AFTER_YEAR = re.compile(r"[ \t\u00a0]+(?:(?:de|des|du|of)(?![^\W\d_])|d['’])", re.IGNORECASE)


#: "de" / "of" before a year, up to two words (an adjective, a hyphenated one) between it and the event named
_EVENT_OF_YEAR = re.compile(r"([^\W\d_]+)(?:[ \t]+[^\W\d_][\w'’-]*){0,2}[ \t]+(?:de|du|of)[ \t]+$", re.IGNORECASE)


def dates_an_event(text: str, number: NumberMention, reference: Reference) -> bool:
    """"le conflit inter-communautaire de 2021 retournés à …", "the floods of 2020 displaced …": a
    year after "de" / "of" and a noun naming an event (figure_context's dated_event) dates the event,
    whatever noun follows ("font état de 1956 ménages" counts)."""
    found = _EVENT_OF_YEAR.search(text, max(0, number.start - 80), number.start)
    events = reference.figure_context.get("dated_event", {})
    return found is not None and any(fold(word) in events or singular(fold(word)) in events
                                     for word in re.findall(r"[^\W\d_][\w'’-]*", found.group()))


#: a preposition of a deadline before a year: "by 2025", "d'ici 2030", "until 2024", "jusqu'en 2023"
_DEADLINE_BEFORE = re.compile(r"(?:\b(?:by|until|till|before|d['’]ici|jusqu['’]en|avant|horizon)|\bjusqu['’]\s*à)\s*$",
                              re.IGNORECASE)


def deadline_year(text: str, number: NumberMention, reference: Reference) -> bool:
    """"by 2025 all camps will be closed", "d'ici 2030 les ménages …": a year after a preposition of a
    deadline is a date, whatever noun comes later in the clause; not when a counted noun follows it
    at once ("assisted by 2000 volunteers", "jusqu'à 2000 personnes")."""
    if not _DEADLINE_BEFORE.search(text, max(0, number.start - 20), number.start):
        return False
    after = text[number.end:number.end + 40]
    following = _WORD.match(after, len(after) - len(after.lstrip()))
    while following and fold(following.group()) in reference.figure_context.get("modifier", {}):
        rest = after[following.end():]  # "jusqu'à 2000 nouveaux déplacés": a modifier before the counted noun
        following = _WORD.match(after, following.end() + len(rest) - len(rest.lstrip()))
    return not (following and unit_of(following.group(), reference))


#: a capitalised word after a number, not written in capitals throughout ("2021 Carte 3", "2019 Rapport")
_CAPITALISED_AFTER = re.compile(r"[ \t\u00a0]+[A-ZÀ-Ý][a-zà-ÿ]")


def year_before_a_name(text: str, number: NumberMention, reference: Reference) -> bool:
    """"BULLETIN DES PLUIES 2021 Carte 3 : …", "Bulletin 2019 Situation des …": a year's number before a
    capitalised word (a heading or a caption starting) is the year that closes a title, not a count of
    that word; unless a qualifier says a count ("plus de 2000 Ménages") or the word is a noun of people
    ("2018 Personnes Déplacées Internes ont été enregistrées": a count written with capitals; "2021 Carte" stays a
    caption's year)."""
    if not _CAPITALISED_AFTER.match(text, number.end) or qualifier_of(text, number, reference) != "exact":
        return False
    following = _WORD.match(text, number.end + len(text[number.end:]) - len(text[number.end:].lstrip()))
    unit = unit_of(following.group(), reference) if following else None
    return not (unit and unit[0] in ("persons", "households"))


def is_not_a_count(text: str, number: NumberMention, excluded: list[tuple[int, int]], reference: Reference) -> bool:
    """Dates, years, codes, article or phone numbers."""
    if any(s <= number.start < e for s, e in excluded):
        return True
    if is_a_label(text, number, reference) or refers_back(text, number, reference):
        return True
    digits = text[number.start:number.end]
    if re.fullmatch(r"(19|20)\d\d", digits) and (not (counted_noun(text, number, reference)
                                                       or thing_noun(text, number, reference, None))  # "délivrance de 2000 X"
                                                  or _TIME_BEFORE.search(text, 0, number.start)
                                                  or dates_an_event(text, number, reference)
                                                  or _COMPLEMENT_AFTER_YEAR.match(text, number.end)
                                                  or deadline_year(text, number, reference)
                                                  or year_before_a_name(text, number, reference)):
        return True
    if is_paragraph_number(text, number) or is_enumeration_mark(text, number) or in_ratio(text, number):
        return True
    if is_age_limit(text, number, reference) or is_an_average(text, number, reference) \
            or is_apposed_age(text, number, reference) or is_rate_base(text, number, reference):
        return True
    return bool(re.match(r"\s*[-–/]\s*\d", text[number.end:]))


_ON_AVERAGE = re.compile(r"[ \t]*(?:[^\W\d_]+[ \t]+){0,3}?(?:on|en|in)[ \t]+([^\W\d_]+)", re.IGNORECASE)


def is_an_average(text: str, number: NumberMention, reference: Reference) -> bool:
    """"an average of 54 incidents per month", "une moyenne de 1 000 déplacés", "(7 on average)",
    "12 cas en moyenne": an average is a rate, not a count (the annotators' call)."""
    averages = reference.figure_context.get("average", {})
    before = [fold(w.group()) for w in words_before(text, number.start, limit=2)]
    if before and before[-1] in ("of", "de", "d"):
        before = before[:-1]  # "an average of 54", "une moyenne de 1 000"
    if before and before[-1] in averages:
        return True
    after = _ON_AVERAGE.match(text, number.end)
    return bool(after) and fold(after.group(1)) in averages


#: an English age limit: "under 5", "under-5", "below 5" (French writes its unit: "moins de 5 ans")
_AGE_LIMIT_BEFORE = re.compile(r"\b(?:under|below)[ \t-]*$", re.IGNORECASE)


#: a person named in the singular, then a number between commas: "a woman, 35, was killed" (not "des
#: menaces de mort (11)": a count in parentheses after its noun)
_APPOSED_AGE = re.compile(r"([^\W\d_]+)[ \t]*,[ \t]*$")


#: a rate before "pour" / "per" and a round base: "2,3 pour 100 000 habitants", "12 deaths per 10,000 people"
_RATE_BEFORE = re.compile(r"\d[ \t]*(?:%[ \t]*)?(?:[^\W\d_]+[ \t]+){0,2}?(?:pour|per)[ \t]+$", re.IGNORECASE)


def is_rate_base(text: str, number: NumberMention, reference: Reference) -> bool:
    """"Un taux d'attaque de 2,3 pour 100 000 habitants": the round base of a rate (100, 1 000, 10 000…)
    after a number and "pour" / "per", a rate word (``figure_context.csv`` rate) before, is no count
    ("des vivres pour 10 000 personnes", "300 tonnes pour 1 000 ménages" are counts)."""
    value = number.value
    while value >= 10 and value % 10 == 0:
        value /= 10
    if number.value < 100 or value != 1 or not _RATE_BEFORE.search(text, max(0, number.start - 40), number.start):
        return False
    rates = reference.figure_context.get("rate", {})
    return any(fold(w.group()) in rates for w in words_before(text, number.start, limit=10))


def is_apposed_age(text: str, number: NumberMention, reference: Reference) -> bool:
    """"A woman, 35, was killed", "le chef du village, 60, a été enlevé": a number set off by commas
    right after one person named in the singular is that person's age, not a count."""
    before = _APPOSED_AGE.search(text, max(0, number.start - 30), number.start)
    if not before or number.value > 120 or not text[number.start:number.end].isdigit() \
            or not re.match(r"[ \t]*,", text[number.end:number.end + 3]):
        return False
    word = before.group(1)
    found = unit_of(word, reference)
    return bool(found) and found[0] == "persons" and singular(fold(word)) == fold(word)


def is_age_limit(text: str, number: NumberMention, reference: Reference) -> bool:
    """"under 5 children", "children under 5 were vaccinated": an age limit (an age, not a count)
    when a child noun follows the number or comes before the limit ("under 5 incidents" counts)."""
    # in digits, restated in words or not ("under 2 two children"), or in words alone ("under five children")
    digits = re.match(r"\d+(?![\d.,])", text[number.start:number.end])
    limit = _AGE_LIMIT_BEFORE.search(text, max(0, number.start - 12), number.start)
    if not ((int(digits.group()) == number.value if digits else number.written_in_words and not number.approximate)
            and number.value <= 18 and limit):
        return False
    children = reference.figure_context.get("child", {})
    after = words_after(text, number.end, limit=1)
    before = words_before(text, limit.start(), limit=2)
    return any(fold(w.group()) in children for w in after + before[-1:])


def age_limited_noun(text: str, numbers: Sequence[NumberMention], i: int, reference: Reference,
                     guess: Optional[NounClasses] = None) -> Optional[tuple[re.Match, str, Optional[str]]]:
    """"two under 10 children dead", "12 under 5 children admitted": an age limit between a count and
    its noun is part of the noun phrase; the count counts the noun after the limit."""
    if i + 1 >= len(numbers) or not is_age_limit(text, numbers[i + 1], reference):
        return None
    limit = _AGE_LIMIT_BEFORE.search(text, max(0, numbers[i + 1].start - 12), numbers[i + 1].start)
    if text[numbers[i].end:limit.start()].strip():
        return None
    return counted_noun(text, numbers[i + 1], reference, guess)


def compound_noun(text: str, number: NumberMention, reference: Reference) -> Optional[tuple[re.Match, str, Optional[str]]]:
    """"the 178 reported human rights violations", "45 gender based violence cases": in English a
    count's noun phrase may open with up to three words that qualify its head (participles, nouns
    used as adjectives, a plural among them); the first listed noun after them, in the same phrase,
    is what is counted. Every word before it is lower-case, no stop word, verb, preposition or
    counted noun (those end the phrase, as in :func:`listed_noun`); a participle only as a listed
    modifier ("reported", not "received")."""
    if language_of([text[max(0, number.start - 120):number.end + 120]]) != "en":
        return None
    context = reference.figure_context
    ends = (set(context.get("not_a_count", {})) | set(context.get("preposition", {})) | set(context.get("copula", {}))
            | set(_CONNECTORS) | set(_COORDINATING))
    tokens = words_after(text, number.end, limit=4)
    for k, token in enumerate(tokens):
        word, folded = token.group(), fold(token.group())
        if line_ends_phrase(text, number, token) or not folded:
            return None
        found = unit_of(word, reference)
        if found and k and _qualifies_next(tokens, token, reference):
            continue  # "45 reported child protection incidents": the singular qualifies the head
        if found:
            return (token, *found) if k else None  # right after the number: listed_noun's reading stands
        if k == 3 or not word.replace("-", "").isalpha() or not word.islower() or folded in reference.stop_words \
                or folded in ends or (_VERB_AFTER.match(" " + word) and folded not in context.get("modifier", {})):
            return None  # "300 received hygiene kits": people who received them; "reported", a modifier, qualifies
    return None


#: an item of a list of things counted ("197 bâches, 394 nattes et 197 Kitchen-set"): a number, then one
#: word (a hyphenated or capitalised one too) or two, up to the list's comma or "et" / "and" / its end
_ITEM = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)(?:[ \t]+[^\W\d_][\w'’-]*)?[ \t]*(?=,|;|\.|$|[ \t]+(?:et|and)\b)", re.IGNORECASE)
_ITEM_JOIN = re.compile(r"[ \t]*(?:,|;|,?[ \t]*\b(?:et|and)\b)[ \t]*", re.IGNORECASE)


def list_item_noun(text: str, numbers: Sequence[NumberMention], i: int, figures: Sequence[Figure],
                   places: Sequence[tuple[int, int, str]] = ()) -> Optional[tuple[re.Match, str, Optional[str]]]:
    """"des kits composés de 197 bâches, 394 nattes, 197 seaux et 197 Kitchen-set": a number and a word
    no list knows, in a list of items each a number and its noun, counts what the two items before
    it count when those two read the same unit (things handed out are listed alike); never before a
    preposition or a place ("600 à Bria": the item's noun is elided)."""
    item = _ITEM.match(text, numbers[i].end)
    if i < 2 or not item or fold(item.group(1)) in {"a", "au", "aux", "en", "dans", "in", "at", "to", "de", "of"} \
            or any(start <= item.start(1) < end for start, end, _name in places):
        return None
    previous = []
    for k in (i - 1, i - 2):
        before = next((f for f in figures if f.start == numbers[k].start), None)
        end = _ITEM.match(text, numbers[k].end)
        if before is None or end is None or not _ITEM_JOIN.fullmatch(text, end.end(), numbers[k + 1].start):
            return None
        previous.append(before)
    units = {f.unit for f in previous}
    if len(units) != 1:
        return None
    return _WORD.match(text, item.start(1)), units.pop(), None


#: words before a year-shaped number that make it a year even when a counted noun follows: "en 2020
#: 3 écoles", "the 2021 school year", "cette 2020 campagne", "by the end of 2016 most toilets"
_TIME_BEFORE = re.compile(r"(?:\b(?:en|in|depuis|since|durant|during|année|year|the|this|that|la|le|cette"
                          r"|(?:end|beginning|start|middle|mid|fin|début|debut|mi)[ \t-]+(?:of|de|d['’]))|\bl['’]|[«\"“])\s*$",
                          re.IGNORECASE)
_PARAGRAPH_NUMBER = re.compile(r"[ \t]*\(\s*\d{1,2}\s*\)[ \t]*")


#: "2. WHO to share …", "3) Partners to …": a small number opening its line, a mark and a word after it
_ITEM_MARK = re.compile(r"[.)][ \t]+[^\W\d_]")


def is_paragraph_number(text: str, number: NumberMention) -> bool:
    """"(2)" alone on its line numbers the paragraph under it, and "2. WHO to share" opening its line
    numbers the item it opens (an action point's "WHO" is no "who" of a person): they count nothing."""
    line_start = text.rfind("\n", 0, number.start) + 1
    line_end = text.find("\n", number.end)
    if not text[line_start:number.start].strip(" \t•*-") and number.value < 100 \
            and text[number.start:number.end].isdigit() and _ITEM_MARK.match(text, number.end):
        return True
    return bool(_PARAGRAPH_NUMBER.fullmatch(text[line_start:len(text) if line_end < 0 else line_end]))


_CLAUSE_AFTER_MARK = re.compile(r"\)[ \t]*([^\W\d_][\w'’]*)")
_CONNECTORS = frozenset({"et", "and", "ou", "or", "contre", "against", "dont", "including", "soit", "vs"})
#: the words of a complement after a noun ("du marché", "of the camp")
_OF_WORDS = frozenset({"de", "d", "du", "des", "of", "the", "la", "le", "les"})
#: "of" after a measure word (``context_words.csv``'s measure) before the counted noun: "1,200 heads of
#: livestock", "300 head of cattle"
_OF_AFTER = re.compile(r"\s+of\s", re.IGNORECASE)
#: a conjunction that may join two qualifiers of one counted noun ("pregnant and lactating women")
_COORDINATING = frozenset({"et", "and", "ou", "or"})


_RATIO_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?(?:sur|out\s+of)\s+(\d{1,3}|[^\W\d_]+)"
                          r"(?![\d.,]|\s*\d|\s*(?:millions?|milliards?|mille|thousand|billion|[KkM]\b))", re.IGNORECASE)
#: the part before "sur" / "out of" / "in" and the whole (up to two words between the part and the
#: joint: "1 ménage sur 3", "one out of three people", "one child in five"); "in" only after a part in words
#: ("killed 4 in 5 villages" counts)
_RATIO_BEFORE = tuple(re.compile(r"(?<![\d.,])(?<!\d[ \u00a0\u202f])(?<![^\W\d_])(\d{1,3}|[^\W\d_]+)\s+"
                                 + r"[^\W\d_]+\s+" * between + r"(?:sur|out\s+of|(in))\s+$", re.IGNORECASE)
                      for between in range(3))


def in_ratio(text: str, number: NumberMention) -> bool:
    """"1 ménage sur 3", "2 out of 3 households", "one out of three people", "une personne sur deux": a
    proportion of a small whole (100 at most), neither number a count ("12.3 million received out of
    45.6 million" are amounts). A part is no larger than its whole: "48 700 personnes sur 23 sites" is
    no ratio (people over sites)."""
    if not (number.value <= 100 and (text[number.start:number.end].isdigit() or number.written_in_words)):
        return False
    after = _RATIO_AFTER.match(text, number.end)
    whole = number_in_digits_or_words(after.group(1)) if after else None
    if whole is not None and number.value <= whole and _proportion_whole(whole):
        return True
    for between, pattern in enumerate(_RATIO_BEFORE):
        before = pattern.search(text, max(0, number.start - 60), number.start)
        part = number_in_digits_or_words(before.group(1)) if before else None
        if part is None or before.group(2) and (before.group(1).isdigit() or between > 1):
            continue
        if part <= number.value and _proportion_whole(number.value):
            return True
    return False


def _proportion_whole(whole: float) -> bool:
    """The whole of a proportion is small or round ("1 ménage sur 3", "3 sur 10", "12 sur 100"); a part
    of another whole is a count and so is that whole ("45 latrines sur 60 prévues": achieved and planned)."""
    return whole <= 10 or whole in (20, 100)


def is_enumeration_mark(text: str, number: NumberMention) -> bool:
    """"(1) … ; (2) … (3) la question de …": a small number in parentheses that opens a clause (a
    word other than a connector follows), whose predecessor or successor marks an item of the same
    list, numbers that item; it counts nothing ("alertes (2) et cas (3)" are counts)."""
    digits = text[number.start:number.end]
    if not digits.isdigit() or int(digits) > 20 or text[number.start - 1:number.start] != "(":
        return False
    opening = _CLAUSE_AFTER_MARK.match(text, number.end)
    if not opening or fold(opening.group(1)) in _CONNECTORS:
        return False
    value = int(digits)
    return f"({value - 1})" in text[max(0, number.start - 600):number.start] or \
        f"({value + 1})" in text[number.end:number.end + 600]


#: every currency sign Unicode knows ("£", "₦", "¥", "₣"), not only the dollar's and the euro's
_CURRENCY_SIGNS = "".join(sorted(chr(c) for c in range(0x20, 0x10000) if unicodedata.category(chr(c)) == "Sc"))
_CURRENCY_BEFORE = re.compile(rf"(?:(?:[{re.escape(_CURRENCY_SIGNS)}]|(?<![^\W\d_])(?:{CURRENCY_CODES}))\s*"
                              r"|(?<![^\W\d_])N)$")


#: a currency sign right after an amount, French style: "45 000 €", "3,5 M€", "45 millions $ US" (not the
#: next amount's sign: "5,600 $409,5 M")
_CURRENCY_AFTER = re.compile(rf"[ \t\u00a0]*([{re.escape(_CURRENCY_SIGNS)}])(?![ \t\u00a0]?\d)")


def currency_before(text: str, number: NumberMention) -> Optional[tuple[str, str, Optional[str]]]:
    """"$73 million", "USD 2,500", "N150 million" (naira): a currency written before a number makes it
    an amount (other); so does a currency sign right after it ("45 000 €", "3,5 M€")."""
    match = _CURRENCY_BEFORE.search(text, max(0, number.start - 6), number.start)
    if match:
        return "other", match.group().strip(), None
    after = _CURRENCY_AFTER.match(text, number.end)
    return ("other", after.group(1), None) if after else None


#: a currency's ISO code after an amount ("660,000 USD", "20 millions de FCFA", "5M USD"): an amount,
#: whatever lexicon of counted nouns is loaded; not a code glued to the next amount ("36,930 4.6 million
#: US$131 million", a key-figure row flattened: the code is the next number's)
_CODE_AFTER = re.compile(rf"[ \t\u00a0]*(?:de[ \t]+)?({CURRENCY_CODES}|Fcfa|F[ \u00a0]?CFA)(?![^\W\d_]|\d)")


def currency_code_after(text: str, number: NumberMention) -> Optional[tuple[re.Match, str, Optional[str]]]:
    """The currency code after an amount as its noun (other): ISO codes are no counted noun a list must know."""
    match = _CODE_AFTER.match(text, number.end)
    return (_WORD.match(text, match.start(1)) or match, "other", None) if match else None


#: the nouns of an amount of money written after it ("2 500 000 FCFA", "45 dollars")
#: the rest of an amount's parenthesis, closed by a scale word a flattened layout moved there: "(about
#: US$337 Sources: UNDSS, OCHA million)"; no number, no other parenthesis between
_SCALE_CLOSING = re.compile(r"[^\d()\n]{1,80}?(?=[ \t](?:millions?|milliards?|billions?)[ \t]*\))", re.IGNORECASE)


def displaced_scale(text: str, number: NumberMention) -> float:
    """An amount in parentheses with no scale word after it, whose parenthesis ends on one ("(about
    US$337 Sources: … million)", a key-figure box flattened with its sources inside): the amount
    times that scale word; else the amount as written."""
    opened = text.rfind("(", max(0, number.start - 40), number.start)
    if number.value >= 1000 or opened < 0 or ")" in text[opened:number.start]:
        return number.value
    rest = _SCALE_CLOSING.match(text, number.end)
    return with_multiplier(text, rest.end(), number.value)[0] if rest else number.value


def is_money(figure: Figure, reference: Reference) -> bool:
    """An amount: its currency written before it ("US$ 12.3 million") or as its noun ("45 000 FCFA":
    ``context_words.csv``'s money)."""
    written = figure.unit_text.strip()
    return figure.unit == "other" and (bool(_CURRENCY_BEFORE.search(written)) or fold(written) in reference.money_nouns)


#: what may part two key figures of a dashboard row flattened into text: a percent sign, a currency
_ROW_GAP = re.compile(rf"[ \t\u00a0]*%?[ \t\u00a0]*(?:{CURRENCY_CODES}|[{re.escape(_CURRENCY_SIGNS)}])?[ \t\u00a0]*")


def _bare_count(text: str, number: NumberMention) -> bool:
    return number.value >= 1000 and not currency_before(text, number) and not text[number.end:].lstrip().startswith("%")


def key_figure_row_unit(text: str, numbers: Sequence[NumberMention], i: int, reference: Reference
                        ) -> Optional[tuple[str, str, Optional[str]]]:
    """A dashboard's key figures flattened into one row, their labels after them wrapped into each
    other ("282,548 175,211 5,600 $409,5 M 26% Internally displaced Refugees in …"): each bare count
    of the row (a thousand or more; two at least) takes the first counted noun of the labels that
    counts people, households or incidents. Amounts and percentages of the row keep their own reading."""
    if not _bare_count(text, numbers[i]):
        return None
    first, last = i, i
    while first > 0 and _ROW_GAP.fullmatch(text, numbers[first - 1].end, numbers[first].start):
        first -= 1
    while last + 1 < len(numbers) and _ROW_GAP.fullmatch(text, numbers[last].end, numbers[last + 1].start):
        last += 1
    if sum(_bare_count(text, n) for n in numbers[first:last + 1]) < 2:
        return None
    for word in words_after(text, numbers[last].end, limit=8):
        if word.group() in (".", ";", ":"):
            return None
        found = unit_of(word.group(), reference)
        if found and found[0] != "other":  # "Funding requested": an amount's label, bare counts are no amounts
            return found[0], word.group(), found[1]
    return None


def key_figure_line_unit(text: str, numbers: Sequence[NumberMention], i: int, reference: Reference
                         ) -> Optional[tuple[str, str, Optional[str]]]:
    """A dashboard flattened into one line, its labels woven between its figures ("436,300 4.6 million
    13% IDPs in …, (Funding … CAR 43,500 against the SRP 2.7 million in 34 sites …"): a bare count
    of the line (a thousand or more, no noun) takes the unit of the line's key-figure row, when the
    line holds one (:func:`key_figure_row_unit`) that counts people. Not a number opening a
    parenthesis ("(18 million assistance November)": a label's date, an amount's displaced scale)."""
    if not _bare_count(text, numbers[i]) or text[:numbers[i].start].rstrip().endswith("("):
        return None
    start, end = _line_at(text, numbers[i].start)
    for k, other in enumerate(numbers):
        if k != i and start <= other.start < end:
            row = key_figure_row_unit(text, numbers, k, reference)
            if row is not None:
                return row if row[0] == "persons" else None
    return None


#: auxiliaries and adverbs before a participle ("45,000 have already returned", "400 were reached with")
_AUXILIARIES = re.compile(r"^(?:\s*\b(?:have|has|had|were|was|are|is|been|already|reportedly|finally|deja|ont|avaient|ete)\b)+")


def people_predicate(text: str, position: int, reference: Reference, kind: str = "person_predicate") -> Optional[str]:
    """The term of what only people do or undergo right after ``position`` (figure_context's
    person_predicate: "reached with", "who", "have fled" with the auxiliary dropped, "ont bénéficié"
    as a listed compound tense; or ``kind``'s), or None. Not across a stop ("meeting 1. WHO to share")."""
    if re.match(r"[ \t]*[.;:!?]", text[position:position + 3]):
        return None
    words = fold(text[position:position + 50])
    afters = (" " + _AUXILIARIES.sub("", words).strip() + " ", " " + words.strip() + " ")
    return next((term for term in reference.figure_context.get(kind, {})
                 if any(after.startswith(f" {term} ") for after in afters)), None)


def person_predicate(text: str, number: NumberMention, reference: Reference
                     ) -> Optional[tuple[str, str, Optional[str]]]:
    """A bare number followed by what only people do or undergo ("9,335 reached with livelihood
    support", "254,394 who will be affected"): it counts persons."""
    term = people_predicate(text, number.end, reference)
    return ("persons", term.split()[0], None) if term else None


_PART_OF = re.compile(r",?\s+(?:(?:(?:out\s+)?of|parmi|sur)\s+(?:the|these|those|les|ces)|des|out\s+of)\s+", re.IGNORECASE)


def whole_after(text: str, numbers: Sequence[NumberMention], i: int, reference: Reference,
                guess: Optional[NounClasses] = None) -> Optional[tuple[str, str, Optional[str]]]:
    """"3 of the 5 health centres", "12 parmi les 30 écoles", "Only 27, out of 651 assessed": a bare
    part counts what the whole after it counts (its noun, or what its predicate says it counts)."""
    if i + 1 >= len(numbers) or not _PART_OF.fullmatch(text, numbers[i].end, numbers[i + 1].start):
        return None
    noun = counted_noun(text, numbers[i + 1], reference, guess)
    return (noun[1], noun[0].group(), noun[2]) if noun else person_predicate(text, numbers[i + 1], reference)


def thing_noun(text: str, number: NumberMention, reference: Reference, guess: Optional[NounClasses]
               ) -> Optional[tuple[re.Match, str, Optional[str]]]:
    """"La CRT a construit 608 X d'urgence", "construction of 100 X", "950 X sont fermées": a plural
    noun no list knows, object of a verb that builds, gives or destroys things or subject of what only
    things undergo (figure_context's thing_object, thing_predicate), is a thing counted (other), unless
    its vector reads another class ("distributed to 628 X": the "to" says who received, no thing)."""
    if number.value <= 1:
        return None
    tokens = words_after(text, number.end, limit=4)
    if not tokens:
        return None
    token = tokens[0]
    word, folded = token.group(), fold(token.group())
    if not _PLURAL.search(word) or not word.isalpha() or folded in reference.stop_words \
            or line_ends_phrase(text, number, token) \
            or is_a_stop(folded, reference.derived("figures.guess_stops", _guess_stops)):
        return None
    scores = guess.scores(word) if guess is not None else {}
    if guess is not None and (guess.unit(word) not in (None, "other") or (scores and max(scores, key=scores.get) == "persons")):
        return None  # "22 390 familles sont installées": nearer people than things
    context = reference.figure_context
    before = _without_qualifier(_TOTAL_OF.sub("", text[max(0, number.start - 40):number.start]), reference)
    before = re.sub(r"\s+au\s+total$", "", before.rstrip())
    if any(before == term or before.endswith(" " + term) for term in context.get("thing_object", {})):
        return token, "other", None
    after = re.split(r"[.;:!?()\n]", text[token.end():token.end() + 40], maxsplit=1)[0]
    words = (" " + fold(after)).replace(" sont ", " ont ").split()  # "sont fermées": an auxiliary _AUXILIARIES lacks
    words = _AUXILIARIES.sub("", " ".join(w for w in words if w != "ont")).split()
    if any(w in context.get("thing_predicate", {}) for w in words[:2]):
        return token, "other", None
    return None


def damaged_things(text: str, number: NumberMention, reference: Reference) -> Optional[tuple[str, str, Optional[str]]]:
    """"45 centres détruits et 72 pillées", "1154 écoles attaquées dont 423 incendiées", "12 looted": a
    bare number whose noun the sentence left to the one before, followed by what only things undergo
    (figure_context's thing_predicate) and no noun it qualifies, counts things (other). A listed noun
    written without the participle's accent is that noun ("12 incendies": fires, incidents)."""
    tokens = words_after(text, number.end, limit=2)
    if not tokens or line_ends_phrase(text, number, tokens[0]) or number.value <= 1:
        return None
    word = tokens[0].group()
    if fold(word) not in reference.figure_context.get("thing_predicate", {}) \
            or (strip_accents(word) == word and unit_of(word, reference) is not None):
        return None
    following = tokens[1].group() if len(tokens) > 1 else ""
    if following.isalpha() and fold(following) not in reference.stop_words:
        return None  # "735 closed schools": the participle qualifies the noun after it
    return "other", word, None


#: "a total of" between a verb and its object ("displaced a total of 12,500", "affecté un total de 800")
_TOTAL_OF = re.compile(r"\s(?:a\s+total\s+of|un\s+total\s+de)\s*$", re.IGNORECASE)


def person_object(text: str, number: NumberMention, reference: Reference
                  ) -> Optional[tuple[str, str, Optional[str]]]:
    """A bare number right after a verb whose object only people are, a qualifier allowed between
    ("killing at least 15 and abducting 7", "a tué 8 et blessé 14", "the camp hosts 23,000"): it
    counts persons."""
    if text[number.end:number.end + 2].strip().startswith(("%", "‰")):
        return None  # "affected 30% of the crops": a share
    before = _without_qualifier(_TOTAL_OF.sub("", text[max(0, number.start - 40):number.start]), reference)
    last = re.search(r"([^\W\d_]+)\s*$", before)
    verbs = reference.figure_context.get("person_object", {})
    if not (last and fold(last.group(1)) in verbs):
        return None
    if verbs[fold(last.group(1))] == "target":
        places = reference.derived("figures.place_words", _place_words)
        after = _TARGETED_THINGS.match(text, number.end)
        if after and (after.group(1) is None or fold(after.group(1)) in places
                      or fold(after.group(1)).rstrip("sx") in places) \
                and not (after.group(1) is None and after.group().split()[0].lower() in ("in", "au", "en")
                         and not _places_before(text, number.start, places)):
            return None  # "targets 3 of the 8 regions", "reaching 4 districts", "targeting 12 in total": no people
    return "persons", last.group(1), None


def _places_before(text: str, position: int, places: frozenset[str]) -> bool:
    """A place noun earlier in the sentence ("reaching 4 districts this week, targeting 12 in total"):
    what a total after a targeted number counts; without one, "targeting 30,000 in total" are people."""
    before = re.split(r"[.!?;]\s", text[max(0, position - 150):position])[-1]
    return any(w in places or w.rstrip("sx") in places for w in re.findall(r"[^\W\d_]+", fold(before)))


#: what after a targeted number says it counts no people: a share of a whole ("3 of the 8 …", "3 sur
#: 8"), a total ("12 in total", "au total"), or a noun (group 1) the caller checks is a place's
_TARGETED_THINGS = re.compile(r"\s+(?:(?:of|out\s+of|sur|parmi)\s+(?:the\s+|les\s+)?\d|(?:in\s+total|au\s+total|en\s+tout)\b"
                              r"|([^\W\d_]+))", re.IGNORECASE)


def refers_back(text: str, number: NumberMention, reference: Reference) -> bool:
    """"les deux provinces", "ces deux communes", "the two regions": a number in words after a
    determiner names things already counted or known, it is no count of its own."""
    previous = words_before(text, number.start, limit=1)
    return number.written_in_words and bool(previous) and \
        fold(previous[0].group()) in reference.figure_context.get("referring", {})


#: the numbers of a list of labels before the one read: "levels 3, 4 and 5", "secteurs 1 et 6"
_LABEL_LIST = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]{1,2}(?:\d{1,2}(?:\s*,\s*|\s+(?:et|and|ou|or)\s+|\s*,\s*(?:et|and|ou|or)\s+)){1,6}$")


#: the word right after a number ("12 civilians"), its spaces before it
_NEXT_WORD = re.compile(r"\s*([^\W\d_][\w'’-]*)")


def is_a_label(text: str, number: NumberMention, reference: Reference) -> bool:
    """A number a word before makes a label ("article 3", "secteurs 1 et 6", "levels 3, 4 and 5":
    every number of the list)."""
    not_before = reference.figure_context.get("not_before", {})
    previous = words_before(text, number.start, limit=2)
    if previous and previous[-1].end() >= number.start - 2 and not currency_glued_before(text, number.start):
        term = next((t for t in (fold(previous[-1].group()),  # "N150 million": naira, not "n° 150"
                                 " ".join(fold(w.group()) for w in previous))  # "route nationale 1": a road's number
                     if t in not_before), None)
        if term is not None:
            if not_before[term] != "road":
                return True
            noun = _NEXT_WORD.match(text, number.end)
            # "on the highway 12 civilians were abducted": a counted noun after the number, a count
            return not (noun and unit_of(noun.group(1), reference))
    listed = _LABEL_LIST.search(text, max(0, number.start - 60), number.start)
    return bool(listed) and fold(listed.group(1)) in not_before


def range_end(text: str, numbers: Sequence[NumberMention], i: int, excluded: list[tuple[int, int]],
              reference: Reference, guess: Optional[NounClasses] = None) -> Optional[tuple[NumberMention, tuple[re.Match, str, Optional[str]]]]:
    """The number that closes a range opened by ``numbers[i]`` ("entre 200 et 300 ménages", "de 10 000
    à 15 000 personnes", "200-300 ménages") and the noun it counts, when a counted noun follows it.
    The range must go up: "76-12" is a code, not a range."""
    if i + 1 >= len(numbers):
        return None
    low, high = numbers[i], numbers[i + 1]
    if (not joins_a_range(text, low, high) or is_a_label(text, low, reference)
            or any(s <= n.start < e for n in (low, high) for s, e in excluded)):
        return None
    if changes_from(text, low):
        return None  # "the camp grew from 120 to 300 families": two counts, before and after
    noun = counted_noun(text, high, reference, guess)
    return (high, noun) if noun else None


_THOUSANDS_GROUPS = re.compile(r"\d{1,3}((?:[ \u00a0\u202f.,]000)+)")
_SCALE_WORD = re.compile(r"\b(millions?|milliards?|billions?|mille|thousands?)\b", re.IGNORECASE)


def range_low_value(text: str, low: NumberMention, high: NumberMention) -> float:
    """The low bound of a range that leaves its scale to the high one: "8 à 10 000 personnes" is
    8 000 to 10 000, "entre 2 et 3 millions" 2 to 3 million; "entre 500 et 1 000" keeps 500 (it
    is not below the high bound's leading number)."""
    if not re.fullmatch(r"\d{1,3}(?:[.,]\d{1,2})?", text[low.start:low.end]):
        return low.value
    written = text[high.start:high.end]
    word = _SCALE_WORD.search(written)
    groups = _THOUSANDS_GROUPS.fullmatch(written)
    if word:
        scale = 1000 if fold(word.group(1)).startswith(("mille", "thousand")) else \
            1_000_000_000 if fold(word.group(1)).startswith(("milliard", "billion")) else 1_000_000
    elif groups:
        scale = 1000 ** (len(groups.group(1)) // 4)
    else:
        return low.value
    return low.value * scale if low.value < high.value / scale else low.value


def heading_place(text: str, sentence_start: int, places: Sequence[tuple[int, int, str]]) -> Optional[str]:
    """The place a paragraph opens with ("Koro : …", "- Bourem : …"), which its figures are about."""
    line_start = text.rfind("\n", 0, sentence_start) + 1
    heading = _HEADING_PLACE.match(text, line_start)
    if not heading:
        return None
    return next((name for start, end, name in places if heading.start(1) <= start < heading.end(1) + 1), None)


def period_of(sentence: str, reference: Reference) -> Optional[str]:
    """The month, date or range the sentence gives its figures for (ISO 8601, "a/b" for ranges)."""
    months, names = reference.months, reference.month_names
    folded = sentence.lower()
    half = re.search(r"(premier|first|second|deuxi[eè]me)\s+semestre\s+((?:19|20)\d\d)|(first|second)\s+half\s+of\s+((?:19|20)\d\d)", folded)
    if half:
        which, year = (half.group(1) or half.group(3)), (half.group(2) or half.group(4))
        return f"{year}-01/{year}-06" if which in ("premier", "first") else f"{year}-07/{year}-12"
    span = re.search(rf"(?:entre le|du|between|from)\s+(\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:et le|au|and|to)\s+"
                     rf"(\d{{1,2}})\s+({names})\.?\s+((?:19|20)\d\d)", folded)
    if span:
        month, year = months[span.group(3)], span.group(4)
        return f"{year}-{month:02d}-{int(span.group(1)):02d}/{year}-{month:02d}-{int(span.group(2)):02d}"
    dates = find_dates(sentence, reference)
    if dates:
        return dates[0].value.isoformat()
    since = re.search(rf"(?:depuis|since)\s+(?:le mois de\s+|le mois d'\s*)?({names})\.?\s+((?:19|20)\d\d)", folded)
    if since:
        return f"{since.group(2)}-{months[since.group(1)]:02d}/"
    month_year = re.search(rf"\b({names})\.?\s+((?:19|20)\d\d)\b", folded)
    if month_year:
        return f"{month_year.group(2)}-{months[month_year.group(1)]:02d}"
    return None


_GLUED = re.compile(r"(?<![\w.,/])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+|\d+)(?=([^\W\d_]{2,}))")


def glued_counts(text: str, language: str, reference: Reference) -> list[NumberMention]:
    """"350ménages", "12IDPs": a number a text extraction glued to its counted noun (which the
    number patterns, wanting a word boundary, do not read)."""
    found = []
    for match in _GLUED.finditer(text):
        value = parse_digits(match.group(1), language) if unit_of(match.group(2), reference) else None
        if value is not None:
            found.append(NumberMention(match.start(), match.end(), value))
    return found


_SMALL_COUNT = (r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six|sept|huit|neuf|dix"
          r"|onze|douze|eleven|twelve)")
#: a breakdown in parentheses right after a count ("three deaths (one member of an armed group and two
#: fishermen)", "cinq blessés (deux enfants et une femme)"): its "one" parts, which the number
#: patterns leave to compounds
_SMALL_COUNT_WORD = re.compile(rf"(?<![^\W\d_]){_SMALL_COUNT}(?![^\W\d_])", re.IGNORECASE)
_TOLL_BREAKDOWN = re.compile(rf"\b{_SMALL_COUNT}\s+(?:[^\W\d_]+\s+)?[^\W\d_]+\s*\(([^()\n]{{3,120}})\)", re.IGNORECASE)
_ONE_PART = re.compile(r"(?:^|,\s*|\b(?:and|et)\s+)\s*(one|un|une)\s+(?=[^\W\d_])", re.IGNORECASE)


def breakdown_ones(text: str, reference: Reference) -> list[NumberMention]:
    """"(one member of an armed group and two fishermen)": the "one" of a full breakdown of a count
    just given is a part like the others (a single person alone stays no figure). Only where
    another part of the parentheses is a number and the "one" counts a listed noun."""
    found = []
    for match in _TOLL_BREAKDOWN.finditer(text):
        inside, offset = match.group(1), match.start(1)
        if not _SMALL_COUNT_WORD.search(inside):
            continue  # no other part counted
        for part in _ONE_PART.finditer(inside):
            following = words_after(inside, part.end(), limit=1)
            member = bool(following) and bool(_MEMBERS.fullmatch(following[0].group())) \
                and bool(_COMPLEMENT_AFTER.match(inside, following[0].end()))  # "one member of an armed group"
            if following and (member or unit_of(following[0].group(), reference)):
                found.append(NumberMention(offset + part.start(1), offset + part.end(1), 1.0, written_in_words=True))
    return found


#: a share after a number, a sign or words ("30%", "60 per cent of them", "49 pour cent des sites")
_SHARE = re.compile(r"[ \t\u00a0]?[%‰]|[ \t\u00a0]+(?:per[ \t]?cent|pour[ \t]?cent)\b", re.IGNORECASE)
#: how the header joins a title's paragraphs (``structure/header.py``)
_TITLE_JOIN = " – "


def figures_of_field(item_no: Optional[int], field: str, text: str, language: str, reference: Reference,
                     places: Sequence[tuple[int, int, str]] = (), vocab=None) -> list[Figure]:
    """The figures of one field's text; ``places`` are its place mentions (start, end, name). With
    ``vocab`` (word vectors), a counted noun no list knows is read by its vector. A title is read
    one paragraph a line (the header joins them with " – "): "KEY FIGURES – 2,450 – New
    arrivals" is a key figure and its label."""
    if field == "title" and _TITLE_JOIN in text:
        figures = figures_of_field(item_no, "title-lines", text.replace(_TITLE_JOIN, " \n "), language, reference,
                                   places, vocab)
        return [replace(f, field=field, text=text[f.start:f.end]) for f in figures]
    figures = _field_figures(item_no, field, text, language, reference, places, vocab)
    learned = nouns_learned(text, figures, reference)
    if not learned:
        return figures
    wider = replace(reference, unit_terms=reference.unit_terms + learned, _derived=dict(reference._derived))
    return _field_figures(item_no, field, text, language, wider, places, vocab)


def nouns_learned(text: str, figures: Sequence[Figure], reference: Reference
                  ) -> tuple[tuple[str, str, Optional[str]], ...]:
    """Counted nouns no list knows that a figure of the field was read with (its unit found by the
    structure around it: a count restated as its people, a label, a thing built), when the same noun
    follows another number of the field that no figure holds ("1 400 X à la 1ère vague, …, soit 13 670
    X équivalents à 68 350 personnes"): the field counts that noun one way throughout. A noun read two
    ways is learned neither way."""
    units: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    for figure in figures:
        word = figure.unit_text
        if not word.isalpha() or len(word) < 2 or not figure.text.endswith(word) \
                or fold(word) in reference.stop_words or unit_of(word, reference) is not None:
            continue
        units.setdefault(fold(word), set()).add(figure.unit)
        written.setdefault(fold(word), word)
    held = [(f.start, f.end) for f in figures]
    learned = []
    for folded, found in units.items():
        if len(found) != 1:
            continue
        # the noun after one number (a comma then a space ends it: "En 2023, 1 400 foyers" is 1 400's)
        again = (m.start() for m in re.finditer(rf"(?<![\w.,])\d(?:[\d.]|,(?=\d)|[ \u00a0\u202f](?=\d))*[ \t]+"
                                                rf"{re.escape(written[folded])}\b", text, re.IGNORECASE))
        if any(not any(a <= start < b for a, b in held) for start in again):
            learned.append((folded, next(iter(found)), None))
    return tuple(learned)


def _field_figures(item_no: Optional[int], field: str, text: str, language: str, reference: Reference,
                   places: Sequence[tuple[int, int, str]] = (), vocab=None) -> list[Figure]:
    """:func:`figures_of_field` with the lexicon ``reference`` gives."""
    guess = noun_classes(reference, vocab) if vocab is not None and vocab.vectors.shape[0] else None
    excluded = excluded_spans(text, reference)
    spans = sentences(text)
    age_sex, age_sex_regions = age_sex_table_figures(item_no, field, text, language, reference)
    figures: list[Figure] = (table_figures(item_no, field, text, language, reference, places)
                             + flattened_table_figures(item_no, field, text, reference) + age_sex)
    excluded += [(f.start, f.end) for f in figures] + flattened_table_spans(text, reference) + age_sex_regions
    last_unit: Optional[tuple[str, str, Optional[str]]] = None
    ones = breakdown_ones(text, reference)
    glued = glued_counts(text, language, reference) + ones
    numbers = sorted(glued + [n for n in find_numbers(text, language, reference)
                              if not any(g.start <= n.start < g.end for g in glued)], key=lambda n: n.start)
    uppers: set[int] = set()  # numbers that close a range ("entre 200 et 300 ménages"): at most
    for i, number in enumerate(numbers):
        closing = range_end(text, numbers, i, excluded, reference, guess)
        opens_range = closing is not None
        elided = None
        if closing is not None:
            noun = closing[1]
            uppers.add(closing[0].start)
        elif is_not_a_count(text, number, excluded, reference) or _SHARE.match(text, number.end) \
                or measured_range(text, numbers, i, reference):
            continue  # a share ("30% have returned") is no count, whatever the words around it
        elif (elided := damaged_things(text, number, reference)) is not None:
            noun = None  # "45 centres détruits et 72 pillées": the noun left to the one before, things
        else:
            bare = text[:number.start].rstrip().endswith("(") and text[number.end:].lstrip().startswith(")")
            paired = None if bare or listed_noun(text, number, reference) else household_pair(
                text, numbers, i, figures, reference, guess)  # the pair's structure before a vector's guess
            noun = paired or (noun_before(text, number, reference) or counted_noun(text, number, reference, guess) if bare
                    else counted_noun(text, number, reference, guess) or noun_before(text, number, reference))
            noun = noun or breakdown_noun(text, number, reference, guess)  # "alertes (312)": the noun before
            noun = noun or coordinated_noun(text, number, figures, reference, guess)
            noun = noun or age_limited_noun(text, numbers, i, reference, guess)
            noun = noun or currency_code_after(text, number) or thing_noun(text, number, reference, guess)
            noun = noun or list_item_noun(text, numbers, i, figures, places)
            if noun is None or not _plural_word(noun[0].group(), reference):
                elided = whole_of_part(text, number, figures, reference)  # "4 cases out of 37 dead": 37 cases
                noun = None if elided is not None else noun
            if noun is None and number.approximate and _OF_NOUN.match(text, number.end) \
                    and not _ANAPHORA.match(text[number.end:]):
                noun = collective_noun(text, number, reference, guess)
                if noun is None:
                    continue  # "une dizaine de jours": a collective numeral of what is no count
        if noun is None and not opens_range and measures_something_else(text, number.end, reference):
            continue  # "le nombre d'enfants de moins de 5 ans": an age, a duration, a distance, no count
        money = None if opens_range else currency_before(text, number)
        if money is not None:
            noun = None  # "$16 M Internally displaced": an amount, whatever words a flattened layout puts after it
        stated = money
        if noun is None and money is None and not (last_unit and _ANAPHORA.match(text[number.end:])):
            start = clause_list_start(text, spans, number.start)
            stated = (elided or funding_amount(text, number, start, reference) or count_named_after(text, number, reference)
                      or pronoun_unit(text, number, reference)
                      or label_unit(text, number, reference) or key_figure_unit(text, number, language, reference)
                      or change_unit(text, numbers, i, reference, guess)
                      or unit_stated_once(text, number, figures, start, excluded, reference)
                      or list_item_unit(text, number, figures, reference)
                      or share_restated(text, number, figures, start, reference)
                      or amount_subject(text, number, start, reference, excluded) or run_unit(text, numbers, i, reference, guess)
                      or list_unit(text, numbers, i, reference, guess) or person_predicate(text, number, reference)
                      or whole_after(text, numbers, i, reference, guess) or person_object(text, number, reference)
                      or key_figure_row_unit(text, numbers, i, reference)
                      or key_figure_line_unit(text, numbers, i, reference)
                      or unit_of_sentence_before(text, number, figures, excluded)
                      or people_of_sentence(text, number, start, reference))
            total = next((f for f in reversed(figures) if f.end <= number.start), None) if number in ones else None
            if stated is None and total is not None:
                stated = total.unit, total.unit_text, total.population  # "(one member of …": the toll's unit
        if noun is None and last_unit and _ANAPHORA.match(text[number.end:]):
            unit, unit_text, population = last_unit
            noun_end = number.end
        elif noun is None and stated is not None:
            unit, unit_text, population = stated
            noun_end = number.end
        elif noun is None:
            continue
        else:
            token, unit, population = noun
            unit_text, noun_end = token.group(), token.end()
        last_unit = (unit, unit_text, population)
        start, end = next(((a, b) for a, b in spans if a <= number.start < b), (0, len(text)))
        sentence = text[start:end].strip()
        offset = number.start - start - (len(text[start:end]) - len(text[start:end].lstrip()))  # in the stripped sentence
        if unit == "persons" and (counts_attendance(sentence, reference, offset) or lists_participants(unit_text, sentence, reference)
                                  or _part_of_participants(text, start, number.start, sentence, reference)):
            continue
        if meets_with(text, number, sentence, reference):
            continue
        if unit == "other" and (states_coverage(text, number, reference)
                                or noun is not None and locates_people(text, number, noun[0], figures, reference)):
            continue
        if noun is not None and (counts_membership(text, number, noun[0], reference) or officials_met(text, noun[0], reference)):
            continue
        if describes_size(text, number, reference):
            continue
        if noun is not None and money is None and names_no_amount(number, noun[0], reference):
            continue
        in_sentence = [(s, e, n) for s, e, n in places if start <= s < end]
        location = heading_place(text, start, places) or (in_sentence[0][2] if in_sentence else None)
        figure_end = max(noun_end, number.end) if noun_end > number.start else number.end
        value = displaced_scale(text, number) if money is not None else number.value
        if opens_range:
            figure_end = number.end
            value = range_low_value(text, number, closing[0])
        if money is None and not float(value).is_integer():
            continue  # "1.2 deaths per 10,000 people", "2,5 cas en moyenne": a fraction of a count is a rate, no count
        qualifier = qualifier_of(text, number, reference)
        if qualifier == "exact" and (opens_range or number.start in uppers):
            qualifier = "min" if opens_range else "max"
        figures.append(Figure(
            item_no=item_no, field=field, start=number.start, end=figure_end, text=text[number.start:figure_end],
            value=value, unit=unit, unit_text=unit_text, qualifier=qualifier,
            population=population_of(text, noun_end, population, reference), location=location,
            period=period_of(sentence, reference),
            sentence=sentence,
        ))
    figures.sort(key=lambda f: f.start)
    return carry_qualifiers(text, pair_restatements(text, cases_of_people(text, figures, reference)))


#: what ends the text between a figure and a bare number that shares its unit: a conjunction, a
#: comparison, the whole a part is taken from ("12 centres parmi les 30 fermés"), a colon opening
#: the breakdown ("64 incidents were reported: 21 in Borno, 18 in Adamawa"), a count restated
#: ("100 shelters planned (now there are 71)")
_CONNECTOR_BEFORE = re.compile(r"(?:,|;|:|\bet|\bcontre|\ba|\bto|\band|\bvs\.?|\bversus|\bpuis|\bthen|\bagainst"
                               r"|\bwhile|\bwhereas|\btandis que|\balors que|\bincludes?|\bincluding|\bdont"
                               r"|\bcompared\s+(?:to|with)|\b(?:up|down)\s+from|\bthere\s+(?:are|were)|\bil\s+y\s+(?:a|avait|en\s+a)"
                               r"|\b(?:parmi|sur|among|of|out\s+of)\s+(?:les|ces|the|these|those))\s*$")
#: a definite article before a bare number that a participle follows: the same noun as the figure before
#: ("3.000 réfugiés se sont ajoutés aux 42.876 recensés", "joined the 42,876 registered")
_ARTICLE_BEFORE = re.compile(r"\b(?:aux|les|the)\s*$")
#: the whole of people or events after "sur" / "out of" ("18 000 personnes sur 30 000": both counts;
#: an amount's whole, "12.3 million received out of 45.6 million", is no figure)
_WHOLE_BEFORE = re.compile(r"\b(?:sur|out\s+of)\s*$")
#: what may follow a bare number whose noun the sentence stated before: a preposition, a
#: conjunction, a relative pronoun ("dont 02 qui servaient"), "autres" / "others" ("six personnes
#: tuées et douze autres blessées": more of the same noun), "but" / "before" ("a population of 1,000 but now
#: …", "of 3,000 before the attack")
_AFTER_BARE = re.compile(r"\s*(?:$|[),.;»”]|(?:en|in|au|aux|a|à|de|du|des|d|pour|dans|at|on|for|during|le|la|sur|par|as|by|with"
                         r"|avec|to|from|last|this|previous|the|ce|cette|et|and|ou|or|qui|who|which|that|autres|others"
                         r"|but|mais|before|after|avant|apres|après"
                         r"|ne|n|l|dont)\b)")  # "1 100 n'avaient pas d'abri": a negated verb; "1 900 l'an dernier";
# "est de 170 447 dont 53 973 …": a whole its part follows
_CHANGE_FROM = re.compile(r"\b(?:passant|passe|passee|passes|passees|allant|evoluant|rose|risen|increased|decreased|went|"
                          r"fell|grew)\s+(?:de|d|from)\s*$")
_COUNT_OF_AT = re.compile(r"\b(?:nombre|number|total|chiffre)\s+(?:total\s+)?(?:de\s+|d['’]\s*|of\s+)(?:la\s+|les\s+|the\s+)?",
                          re.IGNORECASE)
#: "nombre de victimes", "the number of registered internally displaced persons": the counted noun
#: among the first words after it (group 1), no number after them but the one read
_COUNT_OF = re.compile(r"\b(?:nombre|number|total|chiffre)\s+(?:total\s+)?(?:de\s+|d\s*|of\s+)(?:la\s+|les\s+|the\s+)?"
                       r"((?:[^\W\d_]+\s+){0,3}[^\W\d_]+)(?![\s\S]*\d)")
#: a share between "number of X" and its count is no number of its own ("has increased by 500%, from 87.000")
_SHARE_IN_TEXT = re.compile(r"\d[\d.,]*\s*%")


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: the gap before the next number of a breakdown by place or group: "120 ménages ; Anderamboukane : 45",
#: "Tahoua 1 200 ménages, Tillabéri 3 400 et Diffa 560" (a name without a colon: capitalised words),
#: "19 véhicules, dont 8 aux ONG (APBE 3, PUI 1…)", "huit véhicules (3 à Diffa, 1 à Zinder…)" (a
#: breakdown in parentheses, a name before or after each part); "thefts (31 cases), beatings (12), abductions (5)"
#: (a list of kinds, each with its count in parentheses: the first count's noun counts them all)
_NAMED_PART = re.compile(r"\s*[,;]\s*(?:(?:et|and)\s+)?[^\W\d_][^\d,;:\n]{0,40}?\s*:\s*"
                         r"|(?:\s*[,;]\s*(?:(?:et|and)\s+)?|\s+(?:et|and)\s+)(?:[A-ZÀ-Ý][\w'’-]*[ \t]+){1,3}"
                         r"|[^\d()\n]{0,60}\(\s*(?:[A-ZÀ-Ý][\w'’-]*[ \t]+){0,3}"
                         r"|\)\s*(?:[,;]\s*(?:(?:et|and)\s+)?|(?:et|and)\s+)[^\d()\n]{1,40}?\(\s*")
#: English words in -ent that may follow a number, no French present
_ENGLISH_ENT = ("(?:present|different|recent|current|patient|incident|student|agent|parent|resident|adolescent"
                "|independent|dependent|urgent|frequent|equivalent|sufficient|percent|cent|event|consent|content"
                "|intent|extent|segment|payment|element|moment|comment)")
_VERB_AFTER = re.compile(r"\s*(?:were|was|have|has|had|are|ont|sont|est|étaient|seront|toujours|déjà|already|still|remain|remains|live|stay|reside"
                         r"|restent|vivent|demeurent|résident|lost|fled|left|went|came|fell|became|took|got|gave|found|saw"
                         r"|will|would|could|can|may|might|must|should|need|vont)\b"  # "and more than 3 million will need": a modal
                         r"|\s*[^\W\d_]{2,}ront\b"  # "et 12 000 recevront", "pourront", "devront": a French future
                         r"|\s*[^\W\d_]{3,}(?:é|ée|és|ées|ed|ant|ing)\b"
                         r"|\s*[^\W\d_]{2,}aient\b"  # "45 souffraient", "12 étaient": a French imperfect
                         r"|\s*(?![^\W\d_]*" + _ENGLISH_ENT + r"\b)[^\W\d_]{3,}(?<!m)ent\b"  # "75.000 arrivent": a French
                         # present (not an adverb in -ment, nor "12 present", "3 different")
                         r"|\s*[^\W\d_]*(?:prév|reç|perd|vend|ten|ven|rend|tend|cour|véc|conn|batt|abatt)u(?:e|s|es)?\b",
                         re.IGNORECASE)  # "sur 60 prévues", "12 reçus", "8 détenus": a French participle in -u


#: the words joining a part to its whole and nothing else: "4 cases out of 37", "52 cases out of total 90",
#: "12 cas sur un total de 40"
_PART_OF_WHOLE = re.compile(r"\s*(?:sur|out\s+of)(?:\s+(?:un|the|a))?(?:\s+total(?:\s+(?:de|d|of))?)?\s*")


def whole_of_part(text: str, number: NumberMention, figures: Sequence[Figure], reference: Reference
                  ) -> Optional[tuple[str, str, Optional[str]]]:
    """The unit of a number that is the whole a figure right before it is a part of ("4 cases out of
    37 dead", "52 cases out of total 90 alive"): the part's, whatever adjective follows the whole
    (the state of the part, not a noun of its own). An amount's whole is none."""
    previous = max((f for f in figures if f.end <= number.start), key=lambda f: f.end, default=None)
    if previous is None or is_money(previous, reference) or not _PART_OF_WHOLE.fullmatch(fold(text[previous.end:number.start])):
        return None
    return previous.unit, previous.unit_text, previous.population


def _plural_word(word: str, reference: Reference) -> bool:
    """A noun in the plural ("samples", "people"), not an adjective or a participle ("dead", "alive")."""
    return bool(_PLURAL.search(word)) or fold(word) in reference.derived("figures.plurals", _listed_plurals)


def _listed_plurals(reference: Reference) -> frozenset[str]:
    """The plurals figure_context's singular rows give ("people" for "person")."""
    return frozenset(reference.figure_context.get("singular", {}).values())


def _verb_after(text: str, position: int) -> bool:
    """A verb or a participle right after a bare number ("180 were referred", "quatre (04)
    assassinées", "dont huit appartenant aux ONG", "12 remaining", "45 souffraient"): the number is a
    subject whose noun the sentence stated before."""
    return bool(_VERB_AFTER.match(text, position))


def preposition_after(text: str, number: NumberMention, reference: Reference) -> bool:
    """A preposition right after a number ("some 140 towards the camps", "12 parmi les"): the noun
    after it is not what the number counts, the number is bare."""
    following = words_after(text, number.end, limit=1)
    return bool(following) and fold(following[0].group()) in reference.figure_context.get("preposition", {})


def _without_qualifier(gap: str, reference: Reference) -> str:
    """The text between two figures, folded, less a qualifier at its end ("and more than")."""
    folded = strip_accents(gap.lower()).rstrip()
    for term, _value in reference.context_longest_first.get("qualifier", ()):
        if folded.endswith(" " + term):
            return folded[:-len(term)].rstrip()
    return folded


def unit_stated_once(text: str, number: NumberMention, figures: Sequence[Figure], sentence_start: int,
                     excluded: Sequence[tuple[int, int]], reference: Reference
                     ) -> Optional[tuple[str, str, Optional[str]]]:
    """The unit of a bare number that the sentence states once for several: "32 incidents en
    avril contre 27 en mars", "213 ménages à A, 60 à B et 12 à C" (the previous figure's), "le
    nombre de victimes (1007 contre 48)", "the number of IDPs has risen from 372,266" (the noun
    after "nombre de" / "number of" before it, no other number between). A share between the figure and
    the bare number ("12 400 PDI, dont 61% de femmes, contre 9 800 en mars") is no number
    between: it counts nothing of its own."""
    if text[number.end:number.end + 2].strip().startswith(("%", "‰")):
        return None
    after = fold(text[number.end:number.end + 12])
    bare = bool(_AFTER_BARE.match(" " + after if after and not after[0].isspace() else after)) \
        or _verb_after(text, number.end) or bool(re.match(r"[ \t]*(?:[),.;]|\Z)", text[number.end:])) \
        or preposition_after(text, number, reference)
    previous = next((f for f in reversed(figures) if sentence_start <= f.start and f.end <= number.start), None)
    others = bool(_OTHERS.match(text, number.end))  # "… and more than 2,000 others": more of the same, however far
    if bare and previous is not None and (number.start - previous.end <= 80 or others):
        gap = _YEAR.sub(" ", "".join(" " if any(s <= i < e for s, e in excluded) else c
                                      for i, c in enumerate(text[previous.end:number.start], start=previous.end)))
        folded_gap = _without_qualifier(_BULLET_AT_END.sub("\n", gap), reference)  # ": \n• 752 dans …"
        whole = not is_money(previous, reference) and bool(_WHOLE_BEFORE.search(folded_gap))
        named_again = bool(_ARTICLE_BEFORE.search(folded_gap)) and _verb_after(text, number.end)
        # "displaced people, 1 with …": a lone 1 right after a figure and its comma is a footnote's mark
        single = number.value == 1 and re.fullmatch(r"\s*,\s*", gap) is not None
        if not single and not re.search(r"(?<![^\W\d_])\d", gap) and (
                _CONNECTOR_BEFORE.search(folded_gap) or whole or named_again or _NAMED_PART.fullmatch(gap)):
            return previous.unit, previous.unit_text, previous.population
        # "… PDI, dont 61% de femmes, contre 9 800": before a conjunction, a share is no number between (its
        # count in parentheses, "3% of the funds (12)", stays the share's)
        shareless = _SHARE_IN_TEXT.sub(" ", gap)
        if not single and not re.search(r"(?<![^\W\d_])\d", shareless) \
                and _CONNECTOR_BEFORE.search(_without_qualifier(shareless, reference)):
            return previous.unit, previous.unit_text, previous.population
    before = text[max(sentence_start, number.start - 100):number.start]
    cleaned = fold(_SHARE_IN_TEXT.sub(" ", "".join(" " if any(s <= i < e for s, e in excluded) else c
                                                  for i, c in enumerate(before, start=number.start - len(before)))))
    cleaned = _MEASURE_IN_TEXT.sub(" ", cleaned)  # "le nombre d'enfants de moins de 5 ans … est de 4 500": an age
    match = _COUNT_OF.search(_YEAR.sub(" ", cleaned))  # "Nombre de violations en 2020 : 3,040": a year is no number between
    words = match.group(1).split() if match else []
    for k, word in enumerate(words):
        if word.startswith("particip"):
            break  # "Nombre de participants : 45": the meeting's own
        found = unit_of(word, reference)
        head = _plural_head(word, words[k + 1], reference) if found and k + 1 < len(words) else None
        if head:  # "the number of school children"
            return head[0], words[k + 1], head[1]
        if found:
            return found[0], word, found[1]
    if bare and _CHANGE_FROM.search(cleaned) and not re.search(r"\d", cleaned):
        for word in reversed(cleaned.split()):  # "des incidents documentés passant de 14 en mai à 41"
            found = unit_of(word, reference)
            if found:
                return found[0], word, found[1]
    return None


#: a list item's bullet ending the text before a number ("soit :\n• 752 dans la région de …")
_BULLET_AT_END = re.compile(rf"\n[ \t]*{_BULLET}[ \t]*$")


#: the end of a sentence in the text between two figures: a stop then a space, the line wrapped or not
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)")


def unit_of_sentence_before(text: str, number: NumberMention, figures: Sequence[Figure],
                            excluded: Sequence[tuple[int, int]] = ()) -> Optional[tuple[str, str, Optional[str]]]:
    """"… auprès de 371.000 personnes. L'ONASA cible près de 128.000 dans la bande sahélienne": a
    bare number, first of its sentence, counts what the figure that ends the sentence just before
    counted (same paragraph; people, households or incidents, no amount). A number opening its line
    is no such count: it numbers what follows. "… 99 000 personnes sinistrées, dont … En 2025, au 22
    octobre, 21 000 autres ont été affectées": "autres" / "others" says more of the same, so the
    figure may stand anywhere in the sentence before, dates between."""
    after = text[number.end:number.end + 12]
    if not (_AFTER_BARE.match(after) or _verb_after(text, number.end)) or after.lstrip().startswith(("%", "‰")):
        return None
    previous = next((f for f in reversed(figures) if f.end <= number.start), None)
    others = bool(_OTHERS.match(text, number.end))
    if previous is None or previous.unit == "other" or number.start - previous.end > (400 if others else 200):
        return None
    gap = text[previous.end:number.start]
    if others:
        gap = _YEAR.sub(" ", "".join(" " if any(s <= i < e for s, e in excluded) else c
                                     for i, c in enumerate(gap, start=previous.end)))
    stops = list(_SENTENCE_STOP.finditer(gap))
    if len(stops) != 1 or (stops[0].start() > 40 and not others) or "\n\n" in gap or re.search(r"\d", gap):
        return None
    if not text[text.rfind("\n", 0, number.start) + 1:number.start].strip():
        return None  # "… 1,000 HH in Michika.\n2. Shelter": a number opening its line numbers a section
    return previous.unit, previous.unit_text, previous.population


#: a share restated as a count: "17,5% (soit 24 547)", "41.6 %, i.e. 58,304"
_SHARE_AS_COUNT = re.compile(r"\d[ \t\u00a0]?%[ \t\u00a0]*(?:\([ \t]*|,[ \t]*)(?:soit|i\.\s?e\.?|that\s+is|or)[ \t\u00a0]*$",
                             re.IGNORECASE)


#: the whole a share is taken from, its count in parentheses: "soit 34,5% du total national (1 902 150)",
#: "12% of the country's caseload (45,000)"
_SHARE_OF_WHOLE = re.compile(r"\d[ \t\u00a0]?%[ \t\u00a0]*(?:du|des|de[ \t]+la|de[ \t]+l['’]|of[ \t]+the|of)[ \t]+"
                             r"(?:[^\W\d_][\w'’-]*[ \t]+){0,3}?[^\W\d_][\w'’-]*[ \t]*\([ \t]*$", re.IGNORECASE)


def share_restated(text: str, number: NumberMention, figures: Sequence[Figure], sentence_start: int,
                   reference: Reference) -> Optional[tuple[str, str, Optional[str]]]:
    """"… 41,6% (soit 58 304 personnes) ; au Burkina Faso 17,5% (soit 24 547)": a bare count restating
    a share counts what the sentence's last figure of people or households counted (the unit is
    written once, for the first share); other numbers may stand between (dates, shares). So does
    the whole a share of that figure is taken from ("657 041 PDI, soit 34,5% du total national
    (1 902 150)"), when larger than it."""
    restated = _SHARE_AS_COUNT.search(text, max(sentence_start, number.start - 30), number.start)
    whole = not restated and _SHARE_OF_WHOLE.search(text, max(sentence_start, number.start - 60), number.start)
    if not (restated or whole) or not re.match(r"[ \t\u00a0]*[),;.]", text[number.end:number.end + 4]):
        return None
    previous = next((f for f in reversed(figures) if sentence_start <= f.start and f.end <= number.start), None)
    if previous is None or previous.unit not in ("persons", "households") or (whole and number.value <= previous.value):
        return None
    if whole and not _a_whole_of_people(whole.group(), reference):
        return None
    return previous.unit, previous.unit_text, previous.population


def _a_whole_of_people(phrase: str, reference: Reference) -> bool:
    """The whole a share restates is people's: a total, a population, a caseload or a people noun,
    no budget, funds or requirements (figure_context's share_whole)."""
    wholes = reference.figure_context.get("share_whole", {})
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", phrase)]
    if any(wholes.get(w) == "money" for w in words):
        return False
    return any(wholes.get(w) == "people" or (unit_of(w, reference) or ("",))[0] in ("persons", "households")
               for w in words)


#: a scale word closing a number's span ("40 millions", "2,5 milliards", "45 million")
_SCALED = re.compile(r"(?:millions?|milliards?|billions?)$", re.IGNORECASE)
#: what may stand between a bare amount and the participle that says it is money ("ont déjà été mobilisés",
#: "has so far been pledged")
_FUNDING_GAP = frozenset({"ont", "a", "sont", "est", "ete", "etre", "pu", "deja", "jusqu", "ici", "have", "has", "had",
                          "been", "be", "was", "were", "is", "are", "already", "so", "far", "only", "seulement"})
#: the auxiliaries of an active perfect right before the participle ("have sought", "has spent"): the number its subject
_ACTIVE_PERFECT = frozenset({"have", "has", "had"})
#: what may follow an English participle of funding with no punctuation between ("45 million requested for …"), an
#: adverb besides; any other word makes it a verb and its object ("sought refuge", "spent more than a year")
_AFTER_FUNDING = frozenset({"for", "to", "by", "from", "of", "in", "on", "at", "as", "under", "through", "against",
                            "so", "far", "only", "already", "and", "or", "but", "this", "last", "since", "pour", "par",
                            "au", "aux", "a", "en", "de", "du", "des", "d", "dans", "sur", "jusqu", "depuis", "seulement",
                            "deja", "et", "ou", "mais", "cette", "ce", "sont", "ont", "est",
                            "were", "was", "is", "are", "have", "has"})
#: a preposition that joins a word of money to its amount ("un budget de", "the appeal of", "estimé à")
_AMOUNT_OF = frozenset({"de", "d", "of", "a", "at"})


def funding_amount(text: str, number: NumberMention, sentence_start: int, reference: Reference
                   ) -> Optional[tuple[str, str, Optional[str]]]:
    """"Des 40 millions requis, 9 millions seulement ont été mobilisés", "a budget of 45 million": a bare
    number of millions or billions, no currency written, that a participle of planning, raising or
    granting follows (figure_context's funding; auxiliaries between) or that a word of money and its
    preposition come before (share_whole's money rows, no number between), is a response plan's funding:
    an amount (other). A bare count of millions of people has neither ("3 millions auront besoin")."""
    if not _SCALED.search(text[number.start:number.end]):
        return None
    funding = reference.figure_context.get("funding", {})
    after = list(re.finditer(r"[^\W\d_]+", fold(text[number.end:number.end + 80])))[:7]
    for k, word in enumerate(after[:6]):
        if word.group() in funding:
            if k and after[k - 1].group() in _ACTIVE_PERFECT:
                break  # "1.2 million have sought refuge": the people acting, no money raised
            follower = after[k + 1] if k + 1 < len(after) else None
            if follower and not word.group().endswith("s") and follower.group() not in _AFTER_FUNDING \
                    and not follower.group().endswith(("ly", "ment")) \
                    and not re.search(r"[^\s]", fold(text[number.end:number.end + 80])[word.end():follower.start()]):
                # "1.2 million sought refuge", "3 million were granted temporary protection": an English verb and
                # its object (the French rows, plural participles agreeing with the amount, read no object)
                break
            return "other", word.group(), None
        if word.group() not in _FUNDING_GAP:
            break
    before = _without_qualifier(fold(text[max(sentence_start, number.start - 60):number.start]), reference)
    words = re.findall(r"[^\W\d_]+|\d", before)[-5:]
    if not words or words[-1] not in _AMOUNT_OF or any(w.isdigit() for w in words):
        return None
    wholes = reference.figure_context.get("share_whole", {})
    money = next((w for w in words[:-1] if wholes.get(w) == "money"), None)
    return ("other", money, None) if money else None


_OTHERS = re.compile(r"\s+(?:autres|others)\b", re.IGNORECASE)
_AMONG = re.compile(r"\b(?:parmi|among)\s+(?:ces|ceux|celles|these|those|them)\b[^\d]*,\s*$")


def run_unit(text: str, numbers: Sequence[NumberMention], i: int, reference: Reference,
             guess: Optional[NounClasses] = None) -> Optional[tuple[str, str, Optional[str]]]:
    """"4M 1.3M 820K 530K affected people": in a run of three numbers or more with nothing but
    spaces between them (key figures flattened from a dashboard), each counts the noun after the
    last one."""
    def joined(k: int) -> bool:
        return not text[numbers[k].end:numbers[k + 1].start].strip() and "\n" not in text[numbers[k].end:numbers[k + 1].start]

    first, last = i, i
    while first > 0 and joined(first - 1):
        first -= 1
    while last + 1 < len(numbers) and joined(last):
        last += 1
    noun = counted_noun(text, numbers[last], reference, guess) if last - first >= 2 and i < last else None
    return (noun[1], noun[0].group(), noun[2]) if noun else None


_LIST_JOIN = re.compile(r"[ \t]*(?:,|;|\bet\b|\band\b|\bou\b|\bor\b|,[ \t]*(?:et|and)\b)[ \t]*")


#: a list of numbers each after the name of its place or group, the unit written once at the end
#: ("Tahoua 1 200, Tillabéri 3 400 et Diffa 560 ménages", "Borno 12,000, Adamawa 3,400 and Yobe 1,200 IDPs")
_NAMED_LIST_JOIN = re.compile(r"[ \t]*(?:,|;|\bet\b|\band\b|,[ \t]*(?:et|and)\b)[ \t]*(?:[A-ZÀ-Ý][\w'’-]*[ \t]+){1,3}")
#: the same with each name after its number ("271,518 Central African and 101,767 Nigerian refugees"):
#: capitalised words, not acronyms ("13 PNC, 21 FP": each may be what is counted)
_NAMED_AFTER_JOIN = re.compile(r"[ \t]+(?:[A-ZÀ-Ý][^\W\d_A-Z]+[ \t]+){0,2}[A-ZÀ-Ý][^\W\d_A-Z]+[ \t]*"
                               r"(?:,|;|\bet\b|\band\b|,[ \t]*(?:et|and)\b)[ \t]*")


def list_unit(text: str, numbers: Sequence[NumberMention], i: int, reference: Reference,
              guess: Optional[NounClasses] = None) -> Optional[tuple[str, str, Optional[str]]]:
    """"respectivement 120 et 45 ménages", "12, 15 et 20 cas": in a list of bare numbers joined by
    commas and "et" / "and" (a name before or after each), the unit stated once after the last one
    counts each."""
    def joined(k: int) -> bool:
        start, end = numbers[k].end, numbers[k + 1].start
        if _LIST_JOIN.fullmatch(text, start, end) or _NAMED_LIST_JOIN.fullmatch(text, start, end):
            return True  # "on 14, 16 and 17 January, 771 households": a month after a number is a date's, no name
        return bool(_NAMED_AFTER_JOIN.fullmatch(text, start, end)) and not any(
            fold(word) in reference.folded_months for word in re.findall(r"[^\W\d_]+", text[start:end]))

    last = i
    while last + 1 < len(numbers) and joined(last):
        last += 1
    noun = counted_noun(text, numbers[last], reference, guess) if last > i else None
    return (noun[1], noun[0].group(), noun[2]) if noun else None


#: a conjunction opening a reported clause ("indique que", "souligne qu'au total"): no subject before it
_THAT = re.compile(r"(?:que|qu['’]\w*)", re.IGNORECASE)


def amount_subject(text: str, number: NumberMention, sentence_start: int, reference: Reference,
                   excluded: Sequence[tuple[int, int]] = ()) -> Optional[tuple[str, str, Optional[str]]]:
    """The unit of a bare number a verb of amount introduces ("les personnes déplacées ont atteint
    47 300", "le PIN … est de 2 508 543"), or that is its clause's subject after "parmi ces …"
    ("Parmi ces personnes arrivées, 7 062 ont été enregistrées"): the nearest counted noun before
    it in the sentence, no number between; a cue that names its noun ("population estimée 119")
    gives the unit itself. A date between the noun and its amount ("La situation des PDI à la date du
    11 mai est de 170 447") is no number between."""
    after = text[number.end:number.end + 12]
    if not (_AFTER_BARE.match(after) or after.lstrip().startswith(("(", ":")) or _verb_after(text, number.end)):
        return None  # "sont au nombre de 1 200 :", a breakdown after it
    before = fold(text[sentence_start:number.start])
    bare = _without_qualifier(before, reference)  # "a population of around 30,000"
    cue = next(((term, unit) for term, unit in reference.context_longest_first.get("amount", ())
                if any(b.endswith(" " + term) or b == term for b in (before, bare))), None)
    if cue and cue[1]:
        return cue[1], cue[0].split()[0], None
    among = _AMONG.search(strip_accents(text[sentence_start:number.start].lower()))
    if cue is None and not (among and _verb_after(text, number.end)):
        return None
    words = list(_WORD.finditer(text, sentence_start, number.start))
    for k in range(len(words) - 1, -1, -1):
        if words[k].group()[:1].isdigit() and (measures_something_else(text, words[k].end(), reference)
                                               or _MEASURE_IN_TEXT.match(text, words[k].start())
                                               or any(a <= words[k].start() < b for a, b in excluded)):
            continue  # "les enfants de moins de 5 ans sont au nombre de 4 500": the age is part of the noun phrase
        if words[k].group()[:1].isdigit() or _THAT.fullmatch(words[k].group()):
            return None  # "… souligne qu'au total, à la date du 27 mai, les … ont atteint": the clause's start
        found = unit_of(words[k].group(), reference)
        if found:
            head = _head_of_complement(words, k, reference)
            return (head[0], words[head[1]].group(), head[2]) if head else (found[0], words[k].group(), found[1])
    return None


#: the place phrase after a bare count of people ("80,900 in the camps", "12 000 dans les sites"): the
#: place word must be one (``_place_words``), not an amount's "in cash", "en espèces", "pour le loyer"
_PLACE_AFTER = re.compile(r"[ \t\u00a0]+(?:in|into|at|dans|en|au|aux|à|a|sur|on)[ \t\u00a0]+"
                          r"(?:(?:the|les|le|la|des|these|ces|their|leurs)[ \t\u00a0]+|l['’])?([^\W\d_]+)")
def _given_pattern(reference: Reference) -> re.Pattern:
    """A verb of giving or an amount's words (figure_context's giving) ending the words before a
    bare number, up to 20 characters before it ("a reçu 25 000", "received a total of 12,500")."""
    terms = sorted(reference.figure_context.get("giving", {}), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, terms)) or '(?!)'})\b[^\d.;]{{0,20}}$")


def people_of_sentence(text: str, number: NumberMention, sentence_start: int, reference: Reference
                       ) -> Optional[tuple[str, str, Optional[str]]]:
    """"… efforts to move the refugees to camps continue, with more than 80,900 in the camps so far": a
    bare count of a thousand or more, a preposition or a verb after it, counts the people or households
    its sentence named before it (the nearest counted noun but the places they live in, no number between)."""
    places = reference.derived("figures.place_words", _place_words)
    where = _PLACE_AFTER.match(text, number.end)
    if number.value < 1000 or not (where and (fold(where.group(1)) in places or where.group(1).istitle())
                                   or _verb_after(text, number.end)) \
            or reference.derived("figures.given_before", _given_pattern).search(
                fold(text[max(sentence_start, number.start - 40):number.start])):
        return None
    words = list(_WORD.finditer(text, sentence_start, number.start))
    for k in range(len(words) - 1, -1, -1):
        if words[k].group()[:1].isdigit():
            return None
        found = _counted_noun(words[k], reference, places)
        if found:
            return (found[0], words[k].group(), found[1]) if found[0] in ("persons", "households") else None
    return None


_ARTICLES = frozenset({"le", "la", "les", "l", "the", "a", "an", "ce", "ces", "cette", "these", "this"})
_OF_PREPOSITIONS = frozenset({"de", "du", "des", "d", "of", "in", "dans", "au", "aux", "at", "from", "sur", "on"})


def _head_of_complement(words: Sequence[re.Match], k: int, reference: Reference) -> Optional[tuple[str, int, Optional[str]]]:
    """"La population du site est estimée à 12 000", "the number of IDPs in the camp stands at":
    a counted noun after a preposition is the complement of the phrase's head; the counted noun
    before the preposition, if any (no number between), is what is counted: (unit, index, population)."""
    j = k - 1
    while j >= 0 and fold(words[j].group()) in _ARTICLES:
        j -= 1
    if j < 0 or fold(words[j].group()) not in _OF_PREPOSITIONS:
        return None
    for m in range(j - 1, -1, -1):
        if words[m].group()[:1].isdigit() or words[m].group() in (",", ";", ":"):
            return None
        found = unit_of(words[m].group(), reference)
        if found:
            return found[0], m, found[1]
    return None


#: a label before a number on its line, after the line's start or a separator: "IDPs: 45,000",
#: "Réfugiés : 12 500"
_LABEL_BEFORE = re.compile(r"(?:^|(?<=[\n;|•]))[ \t•*#-]*([^\W\d_][^\d\n;|:]{0,50}?)[ \t]*:[ \t]*$")
_LINE_LABEL = re.compile(r"[ \t•*-]*([^\W\d_][^\d\n;|:]{0,50}?)[ \t]+")
#: the last words of a phrase that goes on into the number after it: no label
_OPEN_ENDINGS = frozenset({"de", "d", "du", "des", "of", "than", "a", "au", "aux", "to", "le", "la", "les", "the", "by",
                           "sur", "par", "pour", "for", "with", "avec", "en", "in", "dans", "et", "and", "ou", "or"})
#: what may stand beside a dashboard's key figure on its line: a sign, a currency, a footnote mark
_KEY_FIGURE_REST = re.compile(rf"[ \t+~≈*]*(?:{CURRENCY_CODES}|[{re.escape(_CURRENCY_SIGNS)}])?[ \t*]*")


def _place_words(reference: Reference) -> frozenset[str]:
    """Strong place cues that are places themselves (camp, site, commune), not people ("réfugiés de")."""
    return frozenset(words[0] for words, _side, strong in reference.place_cues
                     if len(words) == 1 and strong and (unit_of(words[0], reference) or ("other",))[0] == "other")


#: what dates a label: a parenthesis with a year ("(as of 1 September 2016)"), a year ("since January 2016")
_DATED = re.compile(r"\([^()]*\b(?:19|20)\d\d\b[^()]*\)|\b(?:19|20)\d\d\b")


def label_words_unit(label: str, reference: Reference, first_words: int) -> Optional[tuple[str, str, Optional[str]]]:
    """(unit, noun, population) of a short label whose first words name a counted noun
    ("Personnes dans le besoin", "Total réfugiés", "Funding Requested"); None for the meeting's
    own participants, a label naming a place ("Camp de Mbera") or one too long to be a label. The
    label's date ("New arrivals in 2016", "Refugees (as of 1 September 2016)") is no number of it."""
    label = _DATED.sub(" ", label)
    words = [w.group() for w in _WORD.finditer(label) if fold(w.group())]
    if not words or len(words) > 8 or re.search(r"\d", label):
        return None
    place_words = reference.derived("figures.place_words", _place_words)
    for word in words[:first_words]:
        if fold(word) in place_words and len(words) > 1:
            return None  # "Camp de Mbera : 97 000", "Mbera camp 97,000": a place, not what is counted ("Sites : 12" is)
        found = unit_of(word, reference)
        if found:
            return None if fold(word).startswith("particip") else (found[0], word, found[1])
    if len(words) <= 3 and all(w[:1].isupper() for w in words) and names_people(words[-1], reference):
        return "persons", words[-1], None  # a key figure's label naming a people: "271,518 / Central Africans"
    return None


def label_unit(text: str, number: NumberMention, reference: Reference) -> Optional[tuple[str, str, Optional[str]]]:
    """The unit a label before a colon gives the number after it ("IDPs: 45,000; returnees: 12,300",
    "PDI : 34 000"), or a label opening the line of a number that ends it ("Total IDPs 45,000",
    a monitoring table flattened one row a line): the label's first counted noun. A label ending
    on a preposition ("Enfants de moins de 5") is no label."""
    label = _LABEL_BEFORE.search(text, max(0, number.start - 60), number.start)
    if label:
        return label_words_unit(label.group(1), reference, first_words=4)
    line_start, line_end = _line_at(text, number.start)
    label = _LINE_LABEL.fullmatch(text, line_start, number.start)
    if not label or not _KEY_FIGURE_REST.fullmatch(text, number.end, line_end):
        return None
    last = fold(label.group(1)).split()[-1:]
    return None if not last or last[0] in _OPEN_ENDINGS else label_words_unit(label.group(1), reference, first_words=3)


#: a list item's line: a bullet, or a name (one to three capitalised words) and a colon before its
#: number ("Niono : 700"); what may open the item before its number: a name without the colon ("• Niono 700")
_ITEM_LINE = re.compile(r"[ \t]*(?:" + _BULLET + r"[ \t]+|(?:[A-ZÀ-Ý][\w'’-]*[ \t]+){0,2}[A-ZÀ-Ý][\w'’-]*[ \t]*:[ \t]*)")
_ITEM_NAME = re.compile(r"(?:[A-ZÀ-Ý][\w'’-]*[ \t]+){0,3}")
#: what may follow an item's bare number: its end, a place or a part ("700 à Niono", "752 dans la région de …")
_ITEM_REST = re.compile(r"[ \t]*(?:[;,.]|\Z|$|(?:à|a|au|aux|dans|en|in|at|pour|for|dont)\b)", re.MULTILINE)


def list_item_unit(text: str, number: NumberMention, figures: Sequence[Figure], reference: Reference
                   ) -> Optional[tuple[str, str, Optional[str]]]:
    """"… le nombre de déplacés était de 1 054, soit :\n• 752 dans la région de A ;\n• 302 à B":
    a bare number opening a list item (a bulleted line, or a name and a colon: "Niono : 700"), the
    list opened by a line that ends with a colon, counts what the list's last figure before it counts,
    on the opening line (a full breakdown of it) or an item above ("• 3 écoles à A\n• 12 à B"); no amount."""
    line_start, line_end = _line_at(text, number.start)
    opening = _ITEM_LINE.match(text, line_start)
    if not opening or not (_ITEM_NAME.fullmatch(text, opening.end(), number.start)) \
            or not _ITEM_REST.match(text, number.end):
        return None
    start = line_start
    while start > 0:  # up the list's items to the line that opens it
        above = text.rfind("\n", 0, start - 1) + 1
        if text[above:start].strip().endswith(":"):
            previous = next((f for f in reversed(figures) if above <= f.start and f.end <= number.start), None)
            if previous is None or is_money(previous, reference):
                return None
            return previous.unit, previous.unit_text, previous.population
        if not _ITEM_LINE.match(text, above) or not text[above:start].strip():
            return None
        start = above
    return None


def _line_at(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def _number_alone(text: str, number: NumberMention) -> bool:
    start, end = _line_at(text, number.start)
    return bool(_KEY_FIGURE_REST.fullmatch(text[start:number.start]) and _KEY_FIGURE_REST.fullmatch(text[number.end:end]))


def _neighbour_line(text: str, start: int, end: int, step: int) -> Optional[tuple[int, int]]:
    """The next (step 1) or previous (step -1) non-blank line, at most one blank line away."""
    for _ in range(2):
        if step > 0 and end >= len(text) or step < 0 and start == 0:
            return None
        start, end = _line_at(text, end + 1) if step > 0 else _line_at(text, start - 1)
        if text[start:end].strip():
            return start, end
    return None


def _line_number(text: str, start: int, end: int, language: str, reference: Reference) -> Optional[NumberMention]:
    """The one number of a line that holds nothing else (a dashboard's key figure), if any."""
    line = text[start:end]
    numbers = find_numbers(line, language, reference)
    return numbers[0] if len(numbers) == 1 and _number_alone(line, numbers[0]) else None


def stacked_label_unit(text: str, start: int, end: int, language: str, reference: Reference
                       ) -> Optional[tuple[str, str, Optional[str]]]:
    """A dashboard's key figures flattened into a column, each alone on its line, their labels after
    them in the same order ("3.8 million / 2.7 million / 1.3 million / People to be assisted … /
    People reached … / People displaced …"): the k-th figure takes the k-th label's counted noun
    (its first words: the column says it is a label, however long). None when the line is in no
    such column or its label names no counted noun."""
    column = [(start, end)]
    while (above := _neighbour_line(text, *column[0], -1)) and _line_number(text, *above, language, reference):
        column.insert(0, above)
    while (below := _neighbour_line(text, *column[-1], 1)) and _line_number(text, *below, language, reference):
        column.append(below)
    if len(column) < 2:
        return None
    labels, line = [], column[-1]
    while len(labels) < len(column) and (line := _neighbour_line(text, *line, 1)):
        label = text[line[0]:line[1]]
        if re.search(r"\d", label) or not label.strip():
            return None  # a figure again, or the text goes on: no column of labels
        labels.append(label)
    if len(labels) < len(column):
        return None
    first_words = " ".join(w.group() for w in list(_WORD.finditer(labels[column.index((start, end))]))[:4])
    return label_words_unit(first_words, reference, 3)


def key_figure_unit(text: str, number: NumberMention, language: str, reference: Reference
                    ) -> Optional[tuple[str, str, Optional[str]]]:
    """A dashboard's key figure, alone on its line with its label on the line after or before
    ("1.3 M / People in Need", "Personnes dans le besoin / 1,3 M"): the label's counted noun. The
    label above is taken unless another key figure stands above it (then it is that one's, and
    this figure's label is the one below). A small bare integer alone on a line (a section or
    page number) is no key figure."""
    digits = text[number.start:number.end]
    if not _number_alone(text, number) or (digits.isdigit() and number.value < 20):
        return None
    start, end = _line_at(text, number.start)
    stacked = stacked_label_unit(text, start, end, language, reference)
    if stacked:
        return stacked  # else the label above or below, as for a figure alone
    above, below = _neighbour_line(text, start, end, -1), _neighbour_line(text, start, end, 1)
    unit_above = label_words_unit(text[above[0]:above[1]], reference, 3) if above else None
    unit_below = label_words_unit(text[below[0]:below[1]], reference, 3) if below else None
    higher = _neighbour_line(text, *above, -1) if above else None
    line_above = text[higher[0]:higher[1]] if higher else ""
    above_taken = any(_number_alone(line_above, other) for other in find_numbers(line_above, language, reference))
    if unit_above and not above_taken:
        return unit_above
    return unit_below or unit_above


def table_figures(item_no: Optional[int], field: str, text: str, language: str, reference: Reference,
                  places: Sequence[tuple[int, int, str]]) -> list[Figure]:
    """Counts in a table nested in a cell ("Cercle | Ménages | Personnes" / "Ansongo | 412 | 2 471"):
    each number takes its unit from its column's header (else from the row's label: "Type |
    Avril | Mai" / "Enlèvements | 12 | 15") and its place from the row's first cell."""
    figures: list[Figure] = []
    header: Optional[list[str]] = None
    offset = 0
    for line in text.split("\n"):
        cells = line.split(" | ")
        if len(cells) < 2:
            header = None
        elif header is None or len(cells) != len(header):
            header = cells
        else:
            position = offset
            row_place = next((name for start, end, name in places if offset <= start < offset + len(cells[0])), None)
            for column, cell in enumerate(cells):
                numbers = find_numbers(cell, language, reference)
                unit = unit_of(header[column].split()[0], reference) if header[column].split() else None
                label = header[column].strip()
                if unit is None and column and not re.fullmatch(r"(?:19|20)\d\d", cell.strip()):
                    row_label = label_words_unit(cells[0], reference, first_words=3)  # "Enlèvements | 12 | 15"
                    if row_label:
                        unit, label = (row_label[0], row_label[2]), row_label[1]
                if column and unit and len(numbers) == 1 and cell.strip() == cell[numbers[0].start:numbers[0].end].strip():
                    number = numbers[0]
                    figures.append(Figure(item_no, field, position + number.start, position + number.end, cell.strip(),
                                          number.value, unit[0], label, "exact", unit[1], row_place,
                                          None, line))
                position += len(cell) + 3
        offset += len(line) + 1
    return figures


_FLAT_CELL = r"(?:\d+|N/?A|n/?a|-)"
_FLAT_ROW = re.compile(rf"(?<!\S){_FLAT_CELL}(?:[ \u00a0]{_FLAT_CELL})+(?!\S)")
_LABEL_WORD = re.compile(r"[^\W\d_]+\.?")


def flat_header(line: str, reference: Reference) -> Optional[tuple[int, int]]:
    """(end of the header, number of columns) of a table a PDF export flattened into one line:
    three or more column labels in a row, months or a total ("Jan Fév Mars TOTAL")."""
    labels = reference.folded_months | frozenset(reference.figure_context.get("column", {}))
    run: list[re.Match] = []
    for word in _LABEL_WORD.finditer(line):
        if fold(word.group()) in labels and (not run or not line[run[-1].end():word.start()].strip()):
            run.append(word)
            continue
        if len(run) >= 3 and any(fold(w.group()) in reference.folded_months for w in run):
            break
        run = [word] if fold(word.group()) in labels else []
    if len(run) >= 3 and any(fold(w.group()) in reference.folded_months for w in run):
        return run[-1].end(), len(run)
    return None


def _flattened_rows(text: str, reference: Reference) -> Iterator[tuple[int, re.Match, tuple[re.Match, tuple[str, Optional[str]]], str]]:
    """(line offset, row, (header noun, its unit), line) of every row of the tables a PDF export
    flattened into one line (see ``flattened_table_figures``)."""
    offset = 0
    for line in text.split("\n"):
        header = flat_header(line, reference)
        noun = None
        if header:
            noun = next(((w, found) for w in reversed(words_before(line, header[0], limit=12))
                         if (found := unit_of(w.group(), reference))), None)
        if header and noun:
            for row in _FLAT_ROW.finditer(line, header[0]):
                if len(re.findall(_FLAT_CELL, row.group())) == header[1]:
                    yield offset, row, noun, line
        offset += len(line) + 1


def flattened_table_figures(item_no: Optional[int], field: str, text: str, reference: Reference) -> list[Figure]:
    """Counts of a table flattened into a paragraph ("Typologies d'incidents Jan Fév Mars TOTAL
    Atteintes aux biens 29 135 179 343 Atteintes à la vie 13 53 73 139"): after a header of month
    and total columns, each run of as many cells as columns is a row, and every cell above zero
    counts the noun the header names. The space between cells is no thousands separator there."""
    figures: list[Figure] = []
    for offset, row, (word, (unit, population)), line in _flattened_rows(text, reference):
        for cell in re.finditer(_FLAT_CELL, row.group()):
            if cell.group().isdigit() and int(cell.group()) > 0:
                start = offset + row.start() + cell.start()
                figures.append(Figure(item_no, field, start, start + len(cell.group()), cell.group(),
                                      float(cell.group()), unit, word.group(), "exact", population, None,
                                      None, line))
    return figures


def flattened_table_spans(text: str, reference: Reference) -> list[tuple[int, int]]:
    """The rows of flattened tables, zeros and "N/A" included: no number there counts anything else."""
    return [(offset + row.start(), offset + row.end()) for offset, row, _noun, _line in _flattened_rows(text, reference)]


#: a cell of an age/sex table flattened into text: a number (its thousands groups are cells of
#: their own to ``\\S+``), an age band ("0-4", "60+", "<5"), a percentage
_AGE_SEX_CELL = re.compile(r"[<>≤≥]?\d[\d.,]*(?:[-–]\d{1,3})?\+?%?")
_AGE_BAND = re.compile(r"(?<![\d.,])(?:\d{1,2}[ \t]*[-–][ \t]*\d{1,3}|\d{1,2}[ \t]*\+|[<>≤≥][ \t]*\d{1,2})(?![\d.,])")


def _is_table_token(token: str, sexes: Mapping[str, str], age_words: frozenset[str]) -> bool:
    """A cell, a sign, a sex's column label or an age's noun (``context_words.csv``'s age: "ans", "years")."""
    word = fold(token)
    return bool(_AGE_SEX_CELL.fullmatch(token)) or token in ("%", "<", ">", "≤", "≥") or word in sexes or word in age_words


def _age_sex_run(line: str, sexes: Mapping[str, str], age_words: frozenset[str]) -> Optional[tuple[int, bool]]:
    """(start, whole line) of the cells and column labels that end a line of an age/sex table, or
    None when the line ends on anything else. Read from the line's end: a line of prose stops at
    its last word."""
    words = line.split()
    first = len(words)
    while first and _is_table_token(words[first - 1], sexes, age_words):
        first -= 1
    if first == len(words):
        return None
    start = len(line.rstrip())
    for word in reversed(words[first:]):
        start = line.rfind(word, 0, start)
    return start, first == 0


_ACCENTED = {"a": "[aàâä]", "c": "[cç]", "e": "[eéèêë]", "i": "[iîï]", "o": "[oôö]", "u": "[uùûü]"}


def _sex_word_pattern(reference: Reference) -> re.Pattern[str]:
    """Any column label naming one sex ("Femmes", "Garçons", "Male"), accents or not: a text
    without one holds no age/sex table, and is not read line by line for one."""
    terms = [t for t, sex in reference.figure_context.get("sex_column", {}).items() if sex in ("female", "male")]
    alternation = "|".join("".join(_ACCENTED.get(c, re.escape(c)) for c in term) for term in sorted(terms, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


def _age_sex_blocks(text: str, reference: Reference) -> Iterator[list[tuple[int, int]]]:
    """The cell regions (start, end) of each age/sex table flattened into text: a line ending on
    column labels and cells, then lines made only of them that open on an age band or a sex. A
    block is a table when it names both sexes and two age bands at least."""
    sexes = reference.figure_context.get("sex_column", {})
    if not reference.derived("figures.sex_words", _sex_word_pattern).search(text):
        return
    block: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():  # a blank line goes on with the table
            run = _age_sex_run(line, sexes, reference.age_words)
            row = run is not None and run[1] and bool(_AGE_BAND.match(line.strip()) or fold(line.split()[0]) in sexes)
            if block and row:
                block.append((offset + run[0], offset + len(line)))
            else:
                if block:
                    yield block
                block = [(offset + run[0], offset + len(line))] if run else []
        offset += len(line) + 1
    if block:
        yield block


def _is_age_sex_table(text: str, block: list[tuple[int, int]], sexes: Mapping[str, str]) -> bool:
    words = [fold(w) for a, b in block for w in text[a:b].split()]
    named = {sexes[w] for w in words if w in sexes}
    bands = sum(len(_AGE_BAND.findall(text[a:b])) for a, b in block)
    return {"female", "male"} <= named and bands >= 2


_INTEGER_TOKEN = re.compile(r"\d{1,3}(?:[,.]\d{3})+|\d+")


def _readings(tokens: Sequence[re.Match]) -> Iterator[list[list[re.Match]]]:
    """Every way to read a run of digit groups as numbers: a group of one to three digits, then
    groups of exactly three ("9 481 9 554" is 9 481 and 9 554, or 9, 481 9 and 554…)."""
    if not tokens:
        yield []
        return
    first = tokens[0].group()
    if first.startswith("0") and first != "0":
        return
    size = 1
    while True:
        for rest in _readings(tokens[size:]):
            yield [list(tokens[:size]), *rest]
        if (size >= len(tokens) or len(first) > 3 or not first.isdigit()
                or not (tokens[size].group().isdigit() and len(tokens[size].group()) == 3)):
            return
        size += 1


def _value(groups: Sequence[re.Match]) -> int:
    return int("".join(re.sub(r"[,.]", "", g.group()) for g in groups))


def table_cells(region: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of the count cells of a flattened table row, where a space both groups
    thousands and parts cells: the reading whose last cell is the sum of the others (a total
    column) when there is one, else each number takes all the three-digit groups after it. Age
    bands, percentages and decimals are no cells."""
    cells: list[tuple[int, int, int]] = []
    run: list[re.Match] = []
    tokens = list(re.finditer(r"\S+", region))
    for k, token in enumerate(tokens + [None]):
        following = tokens[k + 1].group() if token is not None and k + 1 < len(tokens) else ""
        preceding = tokens[k - 1].group() if k else ""
        if token is not None and _INTEGER_TOKEN.fullmatch(token.group()) and following != "%" \
                and preceding not in ("<", ">", "≤", "≥") and not _AGE_BAND.match(region, token.start()):
            run.append(token)
            continue
        if run:
            readings = list(_readings(run)) if len(run) <= 12 else []
            totalled = [r for r in readings if len(r) >= 3 and _value(r[-1]) == sum(_value(g) for g in r[:-1])]
            chosen = totalled[0] if totalled else (readings[-1] if readings else [[t] for t in run])
            cells.extend((g[0].start(), g[-1].end(), _value(g)) for g in chosen)
            run = []
    return cells


def age_sex_table_figures(item_no: Optional[int], field: str, text: str, language: str, reference: Reference
                          ) -> tuple[list[Figure], list[tuple[int, int]]]:
    """Counts of an age/sex table flattened into text ("Age Female Male Total" / "0-4 7 752 7 740
    15 492 20,90%" / "5-11 …"): every count cell is a figure of persons, its age bands and
    percentages none (the annotators' call). Also the table's regions: no number there counts
    anything else."""
    sexes = reference.figure_context.get("sex_column", {})
    figures: list[Figure] = []
    regions: list[tuple[int, int]] = []
    for block in _age_sex_blocks(text, reference):
        if not _is_age_sex_table(text, block, sexes):
            continue
        regions.extend(block)
        for a, b in block:
            region = text[a:b]
            for start, end, value in table_cells(region):
                if value <= 0 or re.fullmatch(r"(19|20)\d\d", region[start:end]):
                    continue
                labels = [w for w in region[:start].split() if fold(w) in sexes]
                figures.append(Figure(item_no, field, a + start, a + end, region[start:end], float(value),
                                      "persons", labels[-1] if labels else "total", "exact", None, None, None,
                                      region))
    return figures, regions


#: a pronoun of people opening a breakdown after a count: "among them", "of whom", "parmi eux"
_PEOPLE_BREAKDOWN = re.compile(r"\s*,?\s*(?:among\s+(?:them|whom)|of\s+whom|parmi\s+(?:eux|elles|lesquels|lesquelles)"
                               r"|d['’]entre\s+(?:eux|elles))\b", re.IGNORECASE)
_SEXES = frozenset({"men", "women", "girls"})
#: a breakdown written right after the count, by a separator alone ("40 cases, 25 males and 15 females",
#: "40 cas (25 femmes et 15 hommes)", "40 cas, dont 25 filles")
_SEX_BREAKDOWN_GAP = re.compile(r"\s*[,(:;]\s*(?:(?:dont|including|of\s+which)\s+)?", re.IGNORECASE)
_CASES = re.compile(r"cases?|cas")
_BOYS = frozenset({"boy", "boys", "garcon", "garcons"})


_STATE_AFTER = re.compile(r"[ \t]*([^\W\d_]+)")


def cases_of_people(text: str, figures: list[Figure], reference: Optional[Reference] = None) -> list[Figure]:
    """"had registered 30 cases among them 26 are males while 4 are females": cases broken down by
    sex after a pronoun of people are people (the annotators' call), not incidents; so are the cases
    out of a whole said dead ("4 cases out of 52 dead": a noun of people after the whole, the deaths
    among the cases; "48 cases out of a total of 52 alive" stay incidents)."""
    people = list(figures)
    for i in range(len(figures) - 1):
        count, part = figures[i], figures[i + 1]
        if reference is not None and count.unit == "incidents" and _CASES.fullmatch(fold(count.unit_text)) \
                and not re.search(r"[^\W\d_]", part.text) and _PART_OF_WHOLE.fullmatch(fold(text[count.end:part.start])):
            state = _STATE_AFTER.match(text, part.end)  # the whole a bare number, then the part's state
            if state is not None and (unit_of(state.group(1), reference) or ("", None))[0] == "persons":
                people[i] = replace(count, unit="persons")
                continue
        if count.unit == "incidents" and part.unit == "persons" and part.population in _SEXES \
                and _PEOPLE_BREAKDOWN.match(text, count.end) and not re.search(r"\d", text[count.end:part.start]):
            people[i] = replace(count, unit="persons")
        elif count.unit == "incidents" and part.unit == "persons" and _CASES.fullmatch(fold(count.unit_text)) \
                and (part.population in _SEXES or fold(part.unit_text) in _BOYS) \
                and _SEX_BREAKDOWN_GAP.fullmatch(text, count.end, part.start):
            people[i] = replace(count, unit="persons")  # cases registered, broken down by sex: people
    return people


def pair_restatements(text: str, figures: list[Figure]) -> list[Figure]:
    """"404 ménages déplacés (3 100 personnes)", "2 345 ménages, soit 12 000 personnes": the figure in
    parentheses, or after "soit" / "i.e.", restates the one before in another unit."""
    paired = list(figures)
    for i in range(1, len(figures)):
        previous, current = figures[i - 1], figures[i]
        between = text[previous.end:current.start]
        if _RESTATING.fullmatch(between) and previous.unit != current.unit:
            paired[i] = replace(current, restates=i - 1, population=current.population or previous.population)
    return paired


#: what opens the breakdown of a total: its parts take the total's "environ" / "plus de"
_BREAKDOWN_OPENING = re.compile(r"[^\d().;]{0,40}?(?:\(\s*|[\s,]+)(?:dont|y\s+compris|parmi\s+(?:eux|elles|lesquels|lesquelles)"
                                r"|including|of\s+whom|among\s+(?:them|whom))\s+$", re.IGNORECASE)
#: a breakdown's first part, a qualifier of its own allowed: "dont plus de 300 enfants"
_PART_OPENING = re.compile(r"\b(?:dont|y\s+compris|including|of\s+whom)\s+(?:[^\W\d_]+[\s'’]+){0,3}$", re.IGNORECASE)
#: what joins the members of a list of figures: "300, 250 and 120 households", "A enfants et B femmes",
#: "1 200 à Mopti et 1 300 à Ségou"
_MEMBER_JOIN = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}?(?:,|;|et|and|,\s*(?:et|and))\s*(?:[^\W\d_]+\s+){0,3}?",
                          re.IGNORECASE)
_CARRIED = frozenset({"approx", "min"})
#: a finite verb between two counts ends the first one's clause: "plus de 2 000 ménages seront touchés et
#: 500 devront …" (the second a count of its own)
_FINITE_VERB = re.compile(r"\b(?:est|sont|seront|sera|ont|avait|avaient|était|étaient|is|are|was|were|will|would"
                          r"|have|has|had|can|may|must|need|needs)\b", re.IGNORECASE)


def carry_qualifiers(text: str, figures: list[Figure]) -> list[Figure]:
    """"plus de 6689 ménages soit 33445 personnes" (both min), "environ N personnes dont A réfugiés et B
    retournés" (all approx), "dont plus de A enfants et B femmes" (both parts min), "about 300, 250 and
    120 households" (all approx): an "environ" / "plus de" carries to the count's restatement and along a
    list, each number with its noun or the noun written once at the end ("at least 3,141 boys and 3,503
    girls", "plus de 50 000 PDI et 16 000 réfugiés": both min, as dev's gold calls them); an "environ"
    (not an "at least") to the total's breakdown (the annotators' calls). A figure with its own
    qualifier keeps it; "at least 22 civilians, including 14 children" carries nothing."""
    carried = list(figures)
    chain: set[int] = set()  # figures of a breakdown or list: the qualifier goes on along it
    for i, figure in enumerate(carried):
        if _PART_OPENING.search(text, max(0, figure.start - 60), figure.start):
            chain.add(i)
    for i in range(1, len(carried)):
        previous, current = carried[i - 1], carried[i]
        if previous.qualifier not in _CARRIED or current.qualifier != "exact" or previous.field != current.field:
            continue
        gap = text[previous.end:current.start]
        if re.search(r"\d", gap):
            continue
        bare = re.fullmatch(r"[\d\s\u00a0\u202f.,]+", previous.text) is not None
        restated = current.restates == i - 1
        # a breakdown takes an "environ" of its total, not an "at least" ("at least 22 civilians, including
        # 14 children") nor a collective numeral's vagueness ("une vingtaine d'acteurs dont neuf")
        breakdown = previous.qualifier == "approx" and previous.text[:1].isdigit() and bool(_BREAKDOWN_OPENING.fullmatch(gap))
        listed = bool(_MEMBER_JOIN.fullmatch(gap)) and (bare or i - 1 in chain or not (
            _BREAKDOWN_OPENING.fullmatch(gap) or _FINITE_VERB.search(gap)))
        if restated or breakdown or listed:
            carried[i] = replace(current, qualifier=previous.qualifier)
            chain.add(i)
    return carried


_FRENCH = {"le", "la", "les", "des", "du", "et", "de", "pour", "dans", "une", "sur", "avec", "par", "est", "sont"}
_ENGLISH = {"the", "and", "of", "to", "in", "for", "with", "were", "was", "on", "by", "is", "are"}


def language_of(texts: Sequence[str]) -> str:
    """"fr" or "en", by which language's commonest words the texts use more."""
    words = [w.lower() for text in texts for w in re.findall(r"[^\W\d_]+", text)]
    french = sum(w in _FRENCH for w in words)
    english = sum(w in _ENGLISH for w in words)
    return "en" if english > french else "fr"
