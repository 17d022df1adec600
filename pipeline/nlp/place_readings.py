"""A place's name that its context reads as part of something else (issue 13, ninth pass).

Minutes name a place inside a body's name and name people where a reader expects people; the
gazetteer and the NER do not see either, so the component drops such a place:

- **a state's institution**: "Borno State Ministry of Agriculture", "Yobe state ministry of …",
  "the CAR transitional Government": the state's (or country's) name opens the institution's name
  (tests/real conventions: one organisation, no location), while "in Borno State in August" and
  "Madagali Local Government Area" stay places;
- **a body's name opened by its area**: "Yobe PSWG", "BORNO FSWG MEETING" (the NER reading "BORNO
  FSWG" as one organisation): the area before a coordination body's acronym is part of its name
  (tests/real conventions: "Adamawa ESNFI Sector", one organisation);
- **a body named after its area**: "comité régional de coordination humanitaire de Ménaka",
  "CLUSTER SÉCURITÉ ALIMENTAIRE DE MOPTI", "GPTE de Maradi": the area a coordination body covers,
  written after "de"/"of" at the end of its name, is part of the name ("Cluster Protection Gao");
  not after a place cue ("Cluster Nutrition Région de Gao");
- **an axis's two ends**: "l'axe BoboDioulasso-Banfora" is two places (tests/real conventions:
  "l'axe Douentza-Boni", two), even when one end is written so the gazetteer misses it;
- **a named force's country**: "Forces Armées de la RDC", "Forces démocratiques de libération du
  Rwanda": the country closing a force's name, its head capitalised, is part of the name;
- **a partner's acronym spelling a country**: a country in capitals the NER reads as an
  organisation beside organisations ("… to ACME FSL, 3 children to CHAD, 5 to the UNICEF clinic"), and
  its other mentions in capitals the NER does not read as a place;
- **a donor's tranche**: "the grant from Japan 3 on …", then "Japan 4": a country with a number
  of one or two digits names a funding tranche, not the place;
- **a holder's or a facility's name**: a name no gazetteer knows right after a role noun or a
  facility's noun ("du Chef <name> à …", "l'hôpital <name> de Ségou");
- **a body or a programme**: a name a sentence defines so ("<name> is a new, donor-funded
  programme"), at every mention the field makes of its first word ("<name> Presentation:");
- **a common noun's slot**: a word the NER alone reads as a place right after a quantifier, a
  possessive or a demonstrative ("plusieurs Bureaux", "several Offices");
- **an armed group's name**: "groupes armés <name>", "un élément Antibakala": a name no
  gazetteer knows right after a noun of armed men, however spelt, is the group's
  (``armed_groups.csv`` lists the usual spellings; a known place stays, as a map's labels run
  into the text after "groupes armés");
- **a counted noun**: one word right after a count whose noun a figure counts ("68.978
  Rapatriés", ``figure_units.csv``): the people counted, not a place;
- **a people's name**: before "ethnic group", "tribe", after "l'ethnie" (a people, tests/real
  conventions);
- **a sector's name**: "… with FS and Livelihoods" (``sector_names.csv``), a sector, for a
  name no gazetteer knows;
- **a treaty's name**: "the Kampala Convention", "la Convention de Kampala" (tests/real
  conventions: no location);
- **a disease's name**: "la surveillance du ver de Guinée", "Crimean-Congo haemorrhagic fever"
  (``place_named_diseases.csv``): a disease, not the country;
- **an admin level's word after a place**: "Atar Boma", "Fakwar in Atar Payam" (South Sudan's
  counties hold payams, payams hold bomas): the word after the place is its level, as "County"
  after "Pigi", not a second place even when a town elsewhere has that name (Boma, Congo);
- **a person's slot**: an agenda item's presenter before its duration ("Introduction, Kalil
  (5 min)", "(5mn/Boubakar)"), an attendee opening a numbered line before "/ ORG" ("12. Ballama
  Kachalla / FAO"), a name after an honorific ("M.", "Mme", "Dr", "Hon.", "Engr") or read with
  it ("Engr Kefas Jaduwa"), a name a role phrase sets after a comma ("le préfet du département de
  Kaya, <name>, …") or before one ("<name>, Représentant de …"), a name "of" an organisation
  ("<name> of XYZA"), the agent of a passive ("présidée par <name>", "made by <name>"): a person,
  not a place; a name before a verb of speech ("<name> said", "<name>, a salué",
  ``speech_verbs.csv``), a speaker, not a place.

Pure functions over a spaCy Doc, each looking at a few tokens around one place span.
"""

from __future__ import annotations

import re
from typing import Container, Optional

from spacy.tokens import Doc, Span

from pipeline.nlp.context import (
    FINITE_AUXILIARIES,
    GATHERING_AREA_PREPOSITIONS,
    GATHERING_CAUSE_ARTICLES,
    GATHERING_CAUSE_JOINS,
    GATHERING_JOINS,
    HYPHENS,
    PLURAL_HEADS,
    ContextRules,
    _cue_ends,
    _glued_hyphen,
    doc_text,
    fold_keep_length,
    folded_tokens,
    is_language_word,
    singulars,
    title_join_at,
    token_texts,
)
from pipeline.nlp.person_names import HONORIFICS, RANKS, written_as_a_persons_name
from pipeline.textnorm import fold

#: what joins a body's head noun to the area it covers ("… de Ménaka", "… of Borno")
AREA_JOINS = frozenset({"de", "du", "d'", "d’", "of"})
#: what may stand between an axis noun and its name ("l'axe de", "the axis of")
_AXIS_JOINS = frozenset({"de", "du", "d'", "d’", "l'", "l’", "la", "le", "of", "the"})
#: elided articles inside a body's name ("académie d’enseignement de …")
ELISIONS = frozenset({"d'", "d’", "l'", "l’"})
#: how many tokens a body's name may run from its head noun to the "de" before its area
MAX_BODY_WORDS = 8

#: a presentation's duration in an agenda ("5 min", "10mn", "15 minutes"; any case: "(10 Min)"), shared with
#: ``acting_bodies``
DURATION = r"\d{1,3}\s*(?:min|mins|minutes?|mn)\b"
#: "Kalil (5 min)", "Lieven, 10 min": a duration right after the presenter's name
_DURATION_AFTER = re.compile(rf"[ \t]*(?:\([ \t]*{DURATION}|,[ \t]*{DURATION})", re.IGNORECASE)
#: "(5mn/Boubakar)": the presenter after the duration in its parentheses
_DURATION_BEFORE = re.compile(rf"\([ \t]*{DURATION}[ \t]*/[ \t]*\Z", re.IGNORECASE)
#: what stands before a presenter's name in an agenda item: a comma, a slash or a dash
_PRESENTER_JOIN = re.compile(r"[,/–-][ \t]*\Z")
def _titles(words) -> str:
    """An alternation of honorifics (``person_names.HONORIFICS``), capitalised, the dot optional."""
    return "|".join(w.capitalize() + r"\.?" for w in sorted(words, key=lambda w: (-len(w), w)))


#: a title before a person's name ("M.", "Mme", "Mr", "Dr", "Hon.", "Alhaji", "Engr", "Prof."): "M"
#: only with its dot
_HONORIFICS = rf"(?:M\.|{_titles(HONORIFICS - {'m'})}|Alhaji|Alh\.)"
_HONORIFIC_BEFORE = re.compile(rf"(?:^|(?<=[\s(,;:])){_HONORIFICS}[ \t]+\Z")
#: a title and a person's first names right before a name ("Mr. <first name> Kano", "M. <first name>
#: <middle name> Mopti"): the name is the person's surname, a place's name or not
#: a military rank before a person's first names, in either case ("le Général <first name> Tchad", "le
#: colonel <first name> Gao"): the place's name closing them is the person's surname; a head of state
#: too, in either case ("former <nationality> president <given> <name>")
_RANKS = (r"(?:[Gg][ée]n[ée]ral|[Cc]olonel|[Cc]apitaine|[Cc]aptain|[Cc]ommandant|[Ll]ieutenant|[Pp]r[ée]sidente?)"
          r"(?:[ \t]+(?:d['’]armée|de brigade|de division))?")
_HONORIFIC_AND_FIRST_NAMES = re.compile(rf"(?:^|(?<=[\s(,;:]))(?:{_HONORIFICS}|{_RANKS})[ \t]+(?:[A-ZÀ-Þ][a-zà-ÿ'’-]+[ \t]+){{1,3}}\Z")
#: a military rank right before a name, or opening the NER's name ("le Général d'armée <name>",
#: "<Capitaine> <name>"): a person's name, for a name the gazetteer does not know
_RANK_BEFORE = re.compile(rf"(?:^|(?<=[\s(,;:])){_RANKS}[ \t]+\Z")
_RANK_OPENING = re.compile(rf"{_RANKS}[ \t]+[A-ZÀ-Þ]")
#: a name the NER read with its abbreviated title ("Engr Kefas Jaduwa"); not "Alhaji", which
#: also opens villages' names ("Alhaji Kouré"), nor "M", "Mlle" or "Pr"
_HONORIFIC_OPENING = re.compile(rf"(?:{_titles(HONORIFICS - {'m', 'mlle', 'pr'})})[ \t]+[A-ZÀ-Þ]")
#: a numbered attendance line's opening ("12. ", "3) ", "- ")
_ATTENDEE_OPENING = re.compile(r"[ \t•*-]*(?:\d{1,3}[.)][ \t]*)?")
#: an attendee's organisation after the name ("/ FAO", "– WFP", "(IOM)")
_ATTENDEE_JOIN = re.compile(r"[ \t]*[/–—(-][ \t]*")


#: how many tokens around a place the text read for its slot reaches (never the whole Doc's text:
#: ``Doc.text`` joins every token, once per place would cost a long document dearly)
AROUND_TOKENS = 10


def text_around(doc: Doc, span: Span, tokens: int = AROUND_TOKENS) -> tuple[str, int, int, int]:
    """The text of a few tokens either side of ``span``, the span's start and end in it, and the
    character offset of that text in the Doc."""
    window = doc[max(0, span.start - tokens):min(len(doc), span.end + tokens)]
    offset = window.start_char
    return doc_text(doc)[offset:window.end_char], span.start_char - offset, span.end_char - offset, offset


def same_line(doc: Doc, start: int, end: int) -> bool:
    """Tokens start … end-1 on one line (no line break between them)."""
    return not any("\n" in doc[i].whitespace_ or doc[i].is_space for i in range(start, end - 1))


def opens_a_state_body(doc: Doc, span: Span, rules: ContextRules, places: Container[int] = ()) -> bool:
    """"Borno State Ministry of Agriculture", "Borno State High Court", "Yobe state ministry of":
    a place, "State" and an institution's head noun or a capitalised name (no place, no report's
    title) on its line;
    or a place, one lower-case word and "Government" ("the CAR transitional Government"), not a
    place cue ("<name> local government area")."""
    folded = folded_tokens(doc)
    state = span.end if span.end < len(doc) and folded[span.end] in rules.state_words else None
    if state is None and len(span) > 1 and folded[span.end - 1] in rules.state_words:
        state = span.end - 1  # the gazetteer's "Borno State" itself
    if state is not None:
        following = state + 1
        if following >= len(doc) or not doc[state].is_alpha or not same_line(doc, state, following + 1):
            return False
        if folded[following] in rules.org_heads or folded[following] in rules.government_words:
            return True
        word = doc[following]
        return (word.is_alpha and word.text[:1].isupper() and not word.is_upper and following not in places
                and folded[following] not in rules.stop_words and folded[following] not in rules.months
                and not titles_a_document(doc, following, rules))
    i = span.end
    return (i + 1 < len(doc) and same_line(doc, span.end - 1, i + 2) and doc[i].is_alpha and doc[i].is_lower
            and folded[i] not in rules.stop_words and folded[i + 1] in rules.government_words
            and not followed_by_an_after_cue(folded, i, rules))


#: how many capitalised words a report's title holds after a state's name ("Flash Report")
TITLE_WORDS = 3


def titles_a_document(doc: Doc, start: int, rules: ContextRules) -> bool:
    """Capitalised words from token ``start`` on its line, one to three, the last a document's kind
    (``document_kinds.csv``: "<name> State Flash Report"): a report's title, no state body."""
    folded = folded_tokens(doc)
    for i in range(start, min(len(doc), start + TITLE_WORDS)):
        if not (doc[i].is_alpha and doc[i].text[:1].isupper()) or not same_line(doc, start, i + 1):
            return False
        if folded[i] in rules.document_kinds:
            return True
    return False


def names_a_tool(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """One capitalised word right before a lower-case noun of a data tool on its line
    (``tool_nouns.csv``: "the <name> form", "the <name> link"): the tool's name, no place (only for a
    name the gazetteer does not know, the caller's check)."""
    after = span.end
    return len(span) == 1 and after < len(doc) and doc[after].is_lower and same_line(doc, span.start, after + 1) \
        and folded_tokens(doc)[after] in rules.tool_nouns


#: quotation marks that may open a code name after its noun ("l'opération « <name> »")
_CODE_NAME_QUOTES = frozenset({'"', "“", "«", "'", "‘"})


def names_an_operation(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A name right after a noun of an undertaking or a gathering on its line, an opening quote or a
    naming word between or not (``operation_nouns.csv``: "l'opération « <name> »", "Operation <name>",
    "une réunion appelée <name>"): the code name of a military operation, a campaign, a project or a
    meeting, no place (only for a name the gazetteer does not know, the caller's check); a place
    after such a noun takes a preposition ("l'opération à <town>")."""
    folded = folded_tokens(doc)
    i = span.start - 1
    if i >= 0 and doc[i].text in _CODE_NAME_QUOTES:
        i -= 1
    if i >= 1 and folded[i] in rules.naming_words:
        i -= 1  # "une réunion appelée <name>", "a project called <name>"
    return i >= 0 and folded[i] in rules.operation_nouns and same_line(doc, i, span.end)


def glued_word_of_the_language(doc: Doc, span: Span) -> bool:
    """One capitalised word of the language glued to the lower-case word before it
    ("sécheresseAbandon de 2650 ha"): a line's first word run on into the line before by the text's
    extraction, a sentence's capital, no place's (only for a name the gazetteer does not know,
    the caller's check)."""
    if len(span) != 1 or span.start == 0 or doc[span.start - 1].whitespace_:
        return False
    before, word = doc[span.start - 1].text, span.text
    return before[-1:].isalpha() and before[-1:].islower() and word[:1].isupper() and word[1:].islower() \
        and is_language_word(word, doc.vocab)


def followed_by_an_after_cue(folded: list[str], i: int, rules: ContextRules) -> bool:
    """The words from token ``i`` on are a place cue written after its name (``place_cues.csv``:
    "<name> local government area"): the area, no government body."""
    return any(tuple(folded[i:i + len(cue.words)]) == cue.words for cue in rules.cue_index("after").get(folded[i], ()))


def opens_a_bodys_acronym(doc: Doc, span: Span, body_starts: Container[int]) -> bool:
    """A place right before, on its line, a body named after its area (``body_starts``: "Yobe
    PSWG"), or before an acronym the NER reads as one organisation with it ("BORNO FSWG")."""
    after = span.end
    if after >= len(doc) or doc[after - 1].whitespace_ != " ":
        return False
    if after in body_starts:
        return True
    acronym = doc[after]
    return (acronym.is_upper and acronym.is_alpha and len(acronym.text) >= 3
            and any(e.label_ == "ORG" and e.start <= span.start and e.end == after + 1 for e in doc._.ner_ents))


def closes_an_area_body(doc: Doc, span: Span, rules: ContextRules, cue_ends: Container[int],
                        body_ends: Container[int] = ()) -> bool:
    """A place after "de"/"of" closing a body's name: a head noun of ``area_bodies.csv`` a few words
    before on its line ("comité régional de coordination humanitaire de Ménaka"), or a known
    body named after its area ending right before the "de" (``body_ends``: "GPTE de Maradi").
    Not a place a cue word points to ("Région de Gao", "zone de santé de …")."""
    if span.start < 2 or span.start in cue_ends or doc[span.start - 1].lower_ not in AREA_JOINS:
        return False
    join = span.start - 1
    if join in body_ends:
        return True
    folded = folded_tokens(doc)
    cues = rules.cue_index("before")
    for start in range(join - 1, max(-1, join - 1 - MAX_BODY_WORDS), -1):
        token = doc[start]
        if not (token.is_alpha or token.text in ("'", "’", "-", "/") or token.lower_ in ELISIONS) or "\n" in token.whitespace_:
            return False  # "académie d’enseignement de …": the elided article inside the name
        if any(tuple(folded[start:start + len(cue.words)]) == cue.words and start + len(cue.words) == join
               for cue in cues.get(folded[start], ())):
            return False  # "Cluster Nutrition Région de Gao": the cue's place, however the cue is written
        if any(cue.strong and len(cue.words) == 1 for cue in cues.get(folded[start], ())):
            return False  # "… appuie le District Sanitaire de Tillabéri": a cue and its qualifier name the place
        if any(tuple(folded[start:start + len(words)]) == words for words in rules.area_bodies):
            return True
    return False


def closes_a_body_the_ner_reads(doc: Doc, span: Span, rules: ContextRules, cue_ends: Container[int]) -> bool:
    """A place closing what the statistical NER reads as one body of three words, a capitalised
    noun written after an article, "de"/"du" and the place ("l’Office du <country>", "l'Agence de
    <town>"): the place names the body, no location (tests/real conventions), whether or not the
    registry knows the body. Not after a place cue ("la Région de Gao") nor a function ("le
    Gouverneur de Gao": a title)."""
    head, join = span.start - 2, span.start - 1
    if head < 1 or span.start in cue_ends or doc[join].lower_ not in AREA_JOINS:
        return False
    if not any(e.label_ == "ORG" and e.start == head and e.end == span.end for e in doc._.ner_ents):
        return False
    word, folded = doc[head], fold(doc[head].text)
    before = doc[head - 1]
    return (word.is_alpha and word.text[:1].isupper() and not word.is_upper and same_line(doc, head - 1, span.end)
            and folded not in rules.cue_words and folded not in rules.stop_words and not _holder_noun(folded, rules)
            and (before.lower_ in ELISIONS or (before.is_alpha and before.is_lower)))


def names_the_level_after_a_place(doc: Doc, span: Span, rules: ContextRules, place_ends: Container[int]) -> bool:
    """One word that is an 'after' place cue (``place_cues.csv``: "Payam", "County") or a level's
    word ("Boma") right after a place on its line ("Atar Boma"), no capitalised word after it: the
    place's admin level, not a place of its own."""
    if len(span) != 1 or span.start not in place_ends or doc[span.start - 1].whitespace_ != " ":
        return False
    word = folded_tokens(doc)[span.start]
    if word not in rules.cue_index("after") and word not in rules.level_words_after:
        return False
    following = doc[span.end] if span.end < len(doc) else None
    return following is None or not (following.is_alpha and following.text[:1].isupper() and not following.is_upper)


#: the shortest end of an axis that no list knows ("l'axe Kabindi-Mukoto"); shorter first parts are often a
#: name's prefix ("Ouro-Tamba": one village)
MIN_AXIS_END = 5


def axis_ends(doc: Doc, start: int, end: int, rules: ContextRules, place_forms: Container[str]) -> list[tuple[int, int]]:
    """The name a cue points to, cut at its hyphens into the two ends of an axis when an axis noun
    stands before it, each end capitalised and one of them a known place's name ("l'axe
    BoboDioulasso-Banfora") or each a name of five letters or more in prose case ("l'axe
    Kabindi-Mukoto": a road has two ends); else the name whole ("Ouro-Moussa", "Farakô-bâ")."""
    before = start - 1
    while before >= 0 and doc[before].lower_ in _AXIS_JOINS:
        before -= 1
    if before < 0 or folded_tokens(doc)[before] not in rules.axis_words:
        return [(start, end)]
    parts, part_start = [], start
    for i in range(start, end + 1):
        if i == end or (doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_):
            parts.append((part_start, i))
            part_start = i + 1
    ends_named = all(b > a and doc[a].text[:1].isupper() for a, b in parts)
    known = any(doc[a:b].text in place_forms for a, b in parts)
    names = all(len(doc[a:b].text) >= MIN_AXIS_END and not doc[a:b].text.isupper() for a, b in parts)
    if len(parts) < 2 or not ends_named or not (known or names):
        return [(start, end)]
    return parts


#: what joins a force's name to its country ("… de la RDC", "… du Rwanda", "… of Nigeria")
_FORCE_JOINS = (("de", "la"), ("de", "l'"), ("de", "l’"), ("du",), ("des",), ("de",), ("d'",), ("d’",), ("of",), ("of", "the"))
#: how many words a force's name may run from its head to the country's join
MAX_FORCE_WORDS = 4


def closes_a_force_name(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A place closing a named force's name, the head capitalised a few words before on its line
    ("Forces Armées de la RDC (FARDC)", "Forces démocratiques de libération du Rwanda", "la
    Compagnie de la Gendarmerie de <town>"): part of the force's or its unit's name (tests/real
    conventions: a body's name, no location; a gendarmerie company named with its town is one
    body); not after a head in lower case ("les forces … se sont déplacées du Tchad", "la police
    de Péni")."""
    folded = folded_tokens(doc)
    join = next((j for j in _FORCE_JOINS if span.start > len(j) and tuple(folded[span.start - len(j):span.start]) == j), None)
    if join is None:
        return False
    i = span.start - len(join) - 1
    for head in range(i, max(-1, i - MAX_FORCE_WORDS), -1):
        token = doc[head]
        if not token.is_alpha or "\n" in token.whitespace_:
            return False
        if folded[head] in rules.force_heads and token.text[:1].isupper():
            return True
    return False


#: the longest number that names a funding tranche or a project's phase after a donor country
MAX_TRANCHE_DIGITS = 2
#: words that join a breakdown's items ("Mali 2 et Niger 3"): a count by country, not a tranche
_BREAKDOWN_JOINS = frozenset({"et", "and", "ou", "or"})


def _number_after(doc: Doc, span: Span) -> Optional[int]:
    """The token index of a number of one or two digits right after ``span`` on its line."""
    i = span.end
    if i >= len(doc) or doc[i - 1].whitespace_ != " " or not doc[i].text.isdigit() or len(doc[i].text) > MAX_TRANCHE_DIGITS:
        return None
    return i


def tranche_countries(doc: Doc, countries: list[Span], rules: ContextRules) -> frozenset[str]:
    """Countries the Doc names as a donor's numbered tranche ("the grant from Japan 3 on shelter
    kits …"): a country, a number of one or two digits, then a lower-case function word
    (not "et"/"and", which join a count by country: "Mali 2 et Niger 3")."""
    found = set()
    for span in countries:
        number = _number_after(doc, span)
        if number is None or number + 1 >= len(doc) or doc[number].whitespace_ != " ":
            continue
        word = doc[number + 1]
        if word.is_lower and word.is_alpha and word.lower_ in rules.stop_words and word.lower_ not in _BREAKDOWN_JOINS:
            found.add(span.text)
    return frozenset(found)


def names_a_tranche(doc: Doc, span: Span, tranches: Container[str]) -> bool:
    """A country the Doc names as a numbered tranche once (:func:`tranche_countries`), written
    with a number at any of its mentions ("… will now use Japan 4."): the funding, not the place
    (tests/real conventions: a donor named by its country in a funding tranche)."""
    return span.text in tranches and _number_after(doc, span) is not None


#: how many first names may stand between a role noun and the name the NER read ("Governor <first
#: name> <middle name> <name>")
MAX_FIRST_NAMES = 3


def named_after_a_title_noun(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A name right after a role noun or a facility's noun on its line, nothing between but
    capitalised first names ("du Chef <name> à …", "State Governor <first name> <name> met …",
    "évacuées à l'hôpital <name> de Ségou"): the holder's or the facility's name, not a place; a
    place takes "de" after such nouns ("le chef de village de X", "l'hôpital de X")."""
    folded = folded_tokens(doc)

    def title_noun(word: str) -> bool:  # "les écoles <name> et <name>": a facility's noun in the plural too
        nouns = rules.facility_nouns
        return word in rules.role_words or word in nouns or (word[-1:] == "s" and word[:-1] in nouns)

    i = span.start - 1
    while i >= 0 and span.start - 1 - i < MAX_FIRST_NAMES and doc[i].whitespace_ == " " and doc[i].is_alpha \
            and doc[i].text[:1].isupper() and not doc[i].is_upper and not title_noun(folded[i]) \
            and folded[i] not in rules.stop_words and folded[i] not in rules.cue_words:
        i -= 1  # a first name the NER left out of the name
    return i >= 0 and doc[i].whitespace_ == " " and title_noun(folded[i]) \
        and not (folded[i] in rules.capital_only_roles and doc[i].is_lower)  # "va présenter <town>"


def _function_word(word: str, rules: ContextRules) -> bool:
    """A folded noun of a function ("gouverneur", "prefets"), in the plural too."""
    nouns = rules.function_nouns
    return word in nouns or (word[-1:] in ("s", "x") and word[:-1] in nouns)


#: what joins a function's noun to what it is the function of ("Directeur de Cabinet", "Head of Office")
_FUNCTION_JOINS = frozenset({"de", "du", "d'", "d’", "of"})


def names_an_office(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """One word that is a function's noun, a place cue's own noun or an institution's head noun
    (``org_heads.csv``) ("au Gouverneur, pour …", "Préfecture de X / Sous-préfecture de Y", "à la
    Mairie"), or the one capitalised word a function's noun and
    "de"/"of" name ("son Directeur de Cabinet", "Chef de Cabinet"): a title or an office, no place
    (tests/real conventions: titles are no places; a place in a governor's title is doubtful)."""
    if any(t.whitespace_ for t in span[:-1]):
        return False  # one written word only ("État-Major", cut at its hyphen by the tokenizer)
    folded = folded_tokens(doc)
    word = fold(span.text)
    if _function_word(word, rules) or word in rules.cue_words or word in rules.org_heads:
        return True  # "au Gouverneur", "Sous-préfecture", "à la Mairie": a title, a cue's noun, an institution
    i = span.start
    if not all(is_language_word(t.text, doc.vocab) for t in span if t.is_alpha):
        return False  # "le préfet de Bankass": a name, the place the function is of
    return (i >= 2 and folded[i - 1] in _FUNCTION_JOINS and (doc[i - 1].whitespace_ == " " or folded[i - 1] in ELISIONS)
            and _function_word(folded[i - 2], rules) and folded[i - 2] not in rules.territorial_heads and same_line(doc, i - 2, i + 1)
            and (i + 1 >= len(doc) or not (doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper())))


def opens_with_a_function(span: Span, rules: ContextRules) -> bool:
    """A name of capitalised words opened by a function's noun, a rank or an honorific with more
    capitalised words after it ("State Governor Dr. <given> <surname> met …", "Commissioner <given>
    <surname>"): the holder's title and name, read after a cue ("State"), no place."""
    words = [t for t in span if t.is_alpha]
    if len(words) < 2 or not all(t.text[:1].isupper() for t in words):
        return False
    first = fold(words[0].text)
    return _function_word(first, rules) or first in RANKS or first in HONORIFICS


#: lower-case words inside a title's capitalised words ("Food for Peace Officer", "Chargé de Programme")
_TITLE_CONNECTORS = frozenset({"for", "of", "and", "&", "de", "du", "des", "d'", "d’", "et", "pour"})
#: how many words may run from the name to the function's noun that closes the title
MAX_TITLE_WORDS = 4


def opens_a_title(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A name followed on its line by capitalised words (and "for"/"of"/"de" between) that a
    function's noun closes ("the Food for Peace Officer of …", "<Name> Field Coordinator", a hyphen
    glued between: "Assistant-Secretary General"): the opening words of a title, no place (tests/real conventions: a place in a staff member's role
    line is doubtful)."""
    folded = folded_tokens(doc)
    for i in range(span.end, min(len(doc), span.end + MAX_TITLE_WORDS)):
        if "\n" in doc[i - 1].whitespace_:
            return False
        token = doc[i]
        if token.is_alpha and token.text[:1].isupper() and not token.is_upper:
            if _function_word(folded[i], rules):
                # "Ouagadougou Présidence : <name>": a label after the place, not a title's last word
                return i > span.end and not (i + 1 < len(doc) and doc[i + 1].text == ":")
            continue
        if folded[i] not in _TITLE_CONNECTORS and not _glued_hyphen(doc, i):
            return False
    return False


_COPULAS = frozenset({"is", "was", "est", "etait"})
_COPULA_DETERMINERS = frozenset({"a", "an", "the", "un", "une", "le", "la", "l'", "l’"})
#: how many words may describe the kind before its noun ("a new, donor-funded programme")
MAX_KIND_WORDS = 6


def defined_as_a_body(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A name a sentence defines as a body or a programme ("<name> is a new, donor-funded
    programme working with …", "<name> est une ONG"): the subject of "is"/"est", a determiner, a few
    describing words and a noun of a body's kind (``place_reading_words.csv``'s body_kind), in one sentence. The rest of a word the
    NER cut at a hyphen ("<Name> Mai-karfi is …") may stand between."""
    folded = folded_tokens(doc)
    i = span.end
    while i < len(doc) and not doc[i - 1].whitespace_:
        i += 1  # "…-karfi": the name's word goes on after the NER's cut
    if i + 1 >= len(doc) or folded[i] not in _COPULAS or folded[i + 1] not in _COPULA_DETERMINERS:
        return False
    for j in range(i + 2, min(len(doc), i + 3 + MAX_KIND_WORDS)):
        if folded[j] in rules.body_kind_nouns:
            return True
        if doc[j].text in _PHRASE_ENDS or "\n" in doc[j - 1].whitespace_:
            return False
    return False


#: how far from a country's name in capitals an organisation may stand for the name to be read as one
BODY_NEIGHBOUR_REACH = 12


def capitals_read_as_a_body(doc: Doc, span: Span, orgs: Container[int]) -> bool:
    """A country's name written in capitals that the NER reads as an organisation, not a place, with
    an organisation on its line a few tokens away ("… to ACME FSL, 3 children to CHAD, 5 patients to the
    UNICEF clinic …"): a partner's acronym that spells a country, not the country."""
    if not (span.text.isupper() and len(span.text) >= 4):
        return False
    labels = {e.label_ for e in doc._.ner_ents if e.start < span.end and span.start < e.end}
    if "ORG" not in labels or "LOC" in labels:
        return False
    return beside_a_body(doc, span, orgs)


#: the marks that end a sentence or a partner's label ("DRC: distributed …")
_SENTENCE_ENDS = frozenset({".", ";", ":", "!", "?"})
#: lower-case words that join the names of a list ("A, B and C", "A et B", "A / B"), folded
LIST_JOINERS = frozenset({"and", "et", "or", "ou", "&", "the", "les", "la", "le", "l'", "l’"})


def _in_a_list(token) -> bool:
    """A token a list of names may hold between two of them: a name, a number, punctuation or a
    joining word, not a lower-case word of a sentence ("… Secretary General visited the DRC")."""
    return token.is_punct or token.is_space or token.like_num or token.text[:1].isupper() \
        or token.lower_ in LIST_JOINERS


def beside_a_body(doc: Doc, span: Span, orgs: Container[int], listed: bool = False) -> bool:
    """An organisation's token (``orgs``) on the span's line a few tokens before or after it: the
    span stands in a list of bodies. ``listed``: within the span's sentence, only the words of a
    list between them (a verb between makes the organisation the sentence's subject, not the span's
    neighbour in a list: "the UN Secretary General visited the DRC")."""
    crossed = False  # a sentence's end passed: a partner's line after a list of bodies
    for i in list(range(span.start - 1, max(-1, span.start - 1 - BODY_NEIGHBOUR_REACH), -1)):
        if "\n" in doc[i].whitespace_ or title_join_at(doc, i):
            break  # " – ": a document's lines joined (a news site's name over the country's: twenty-eighth pass)
        if i in orgs:
            return True
        crossed = crossed or doc[i].text in _SENTENCE_ENDS
        if listed and not crossed and not _in_a_list(doc[i]):
            break
    crossed = False
    for i in range(span.end, min(len(doc), span.end + BODY_NEIGHBOUR_REACH)):
        if i in orgs:
            return True
        crossed = crossed or doc[i].text in _SENTENCE_ENDS
        if "\n" in doc[i].whitespace_ or listed and not crossed and not _in_a_list(doc[i]):
            break
    return False


def country_after_a_compass_word(doc: Doc, span: Span) -> bool:
    """A compass word right before the span on its line ("in northeast <acronym>", "eastern
    <acronym>"): a country's part, so the acronym a country's, not a body's."""
    before = span.start - 1
    return before >= 0 and not doc[before].whitespace_.count("\n") and compass_word(doc[before].text)


#: how many words an armed group's name before its faction's may run ("Boko Haram <name>")
MAX_GROUP_WORDS = 3


def names_an_armed_group(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A name right after a noun of armed men on its line ("depuis l'arrivée des groupes armés <name>",
    "un élément <name> dont …"): the group's name, spelt however (tests/real conventions: a named
    non-state armed group is no place), not a place, which such nouns take after "de" / "in"
    ("les éléments de Bambari", "armed groups in Birao")."""
    folded = folded_tokens(doc)
    for words in rules.armed_nouns:
        start = span.start - len(words)
        if start >= 0 and tuple(folded[start:span.start]) == words and doc[span.start - 1].whitespace_ == " ":
            return True
    # "les éléments Maï-Maï <name>": a faction named after the group's name, its leader's or its own
    if span.start < 1 or doc[span.start - 1].whitespace_ != " ":
        return False
    return any(fold(doc[span.start - k:span.start].text) in rules.armed_groups
               for k in range(1, min(MAX_GROUP_WORDS, span.start) + 1))


def inside_an_armed_groups_name(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A place closing an armed group's name the list knows ("la Katiba <region>", "Front de
    Libération du <region>", ``armed_groups.csv``): the group named after its area, no location
    (tests/real conventions: a place inside a group's name), though the gazetteer knows the place."""
    text, end = doc_text(doc), span.end_char  # a slice of the Doc's text: no Token made per word of each reach
    return any(fold(text[doc[span.start - k].idx:end]) in rules.armed_groups
               for k in range(1, min(MAX_GROUP_WORDS + 2, span.start) + 1))


#: how far around a place a disease's name holding it may reach (characters)
DISEASE_REACH = 40


def in_a_disease_name(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A place inside a disease's name ("ver de Guinée", "Lassa fever"), read on the folded text around it."""
    if rules.disease_pattern is None or not any(folded_tokens(doc)[i] in rules.disease_words for i in range(span.start, span.end)):
        return False
    text, first, last, _ = text_around(doc, span)
    window = "".join(c.lower()[:1] or c for c in fold_keep_length(text))
    return any(m.start() < last and first < m.end() for m in rules.disease_pattern.finditer(window))


def patronymic_name(span: Span, rules: ContextRules) -> bool:
    """Capitalised names joined by a patronymic particle ("Moussa Ag Assarid"): a person, no place."""
    return len(span) >= 3 and span[0].text[:1].isupper() and span[-1].text[:1].isupper() \
        and any(fold(t.text) in rules.patronyms for t in span[1:-1])


def in_a_persons_slot(doc: Doc, span: Span, known_place: bool, orgs: Container[int],
                      rules: Optional[ContextRules] = None) -> bool:
    """A name after an honorific; or, for a name the gazetteer does not know (``known_place``
    false), an agenda item's presenter before or after its duration, the holder a role phrase names before or after
    a comma, a member "of" an organisation, an attendee's organisation closing a line as the lines
    around close on known ones, or an attendee opening a numbered line before a known
    organisation ("12. Ballama Kachalla / FAO")."""
    text, first, last, _ = text_around(doc, span)
    before = text[max(0, first - 24):first]
    if _HONORIFIC_BEFORE.search(before) or _HONORIFIC_OPENING.match(span.text) \
            or _HONORIFIC_AND_FIRST_NAMES.search(text[max(0, first - 60):first]):
        return True
    if rules is not None and closes_a_titled_name(doc, span, rules):
        return True
    if _MAIDEN_NAME_BEFORE.search(text[max(0, first - 40):first]):
        return True
    if known_place:
        return False
    if a_title_before_a_name(doc, span) or _RANK_BEFORE.search(text[max(0, first - 40):first]) \
            or _RANK_OPENING.match(span.text):
        return True
    if _DURATION_BEFORE.search(before) or (rules is not None and (named_after_a_role(doc, span, rules)
                                                                  or named_before_a_role(doc, span, rules))):
        return True
    if (rules is not None and member_of_an_organisation(doc, span, orgs, rules)) or agent_of_a_participle(doc, span):
        return True
    if _PRESENTER_JOIN.search(before) and _DURATION_AFTER.match(text, last):
        return True
    if _WITH_THE_WRITER_AFTER.match(text, last) or _WITH_THE_WRITER_BEFORE.search(before):
        return True
    return opens_an_attendance_line(doc, span, orgs) or closes_an_attendance_line(doc, span, orgs)


#: a woman's maiden or married name after her name ("Madame <given> <surname> née <name>", "<surname>
#: épouse <name>"): the family's name, a person; a birthplace takes "à" ("née à <town>")
_MAIDEN_NAME_BEFORE = re.compile(r"[A-ZÀ-Þ][\w'’-]+[ \t]+(?:née|épouse|veuve|ép\.)[ \t]+\Z")
#: a name joined to the writer ("contact <name> or myself", "<name> and I", "moi et <name>"): a person
_WITH_THE_WRITER_AFTER = re.compile(r"[ \t]+(?:or|and|ou|et)[ \t]+(?:myself|me|I|moi|moi-même)\b")
_WITH_THE_WRITER_BEFORE = re.compile(r"\b(?:myself|me|I|moi|moi-même)[ \t]+(?:or|and|ou|et)[ \t]+\Z")


def a_title_before_a_name(doc: Doc, span: Span) -> bool:
    """One word that is an honorific or a rank, written or abbreviated ("le Col. <name>", "Gen
    <name>"), before its dot or a capitalised name on its line: a person's title, no place."""
    if len(span) != 1 or fold(span.text) not in HONORIFICS | RANKS or span.end >= len(doc):
        return False
    after = span.end + 1 if doc[span.end].text == "." and not doc[span.end].whitespace_.strip(" ") else span.end
    return after < len(doc) and same_line(doc, span.start, after + 1) and doc[after].is_alpha \
        and doc[after].text[:1].isupper()


def closes_a_titled_name(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A name after a function's noun and one to three capitalised first names on its line ("le
    Préfet <first name> Kaya", "Minister <first name> Yola"): the holder's surname, not a place, as
    after a rank; not after a cue word ("Chef Village X") nor a stop word ("Gouverneur de X"), nor
    after a word of the language no given-names list knows ("le Directeur Régional Mopti")."""
    folded = folded_tokens(doc)
    i, names = span.start - 1, 0
    while i >= 0 and names < MAX_FIRST_NAMES and doc[i].is_alpha and doc[i].text[:1].isupper() \
            and not doc[i].is_upper and doc[i].whitespace_ == " " and not _function_word(folded[i], rules) \
            and folded[i] not in rules.cue_words and folded[i] not in rules.stop_words \
            and (folded[i] in rules.given_names or not is_language_word(doc[i].text, doc.vocab)):
        i, names = i - 1, names + 1
    return names >= 1 and i >= 0 and doc[i].whitespace_ == " " and _function_word(folded[i], rules)


#: how far before the comma a role noun may stand ("Le préfet du département de Kaya, …")
ROLE_REACH = 8
#: how far a title written with its capital may stand ("le Représentant assistant en charge des
#: opérations du <agency> au <country>, …"); a lower-case noun that far is often no title's ("illegal
#: check points on … routes between A-B, C-D": "point" is also a focal point's)
TITLE_REACH = 12
#: what ends the phrase a role noun must stand in
_PHRASE_ENDS = frozenset({".", ";", ":", "!", "?", "(", ")", "•"})
#: marks joining a body's acronym to its town ("(PAM)-<town>", "(PAM)/<town>"), no word of a role phrase
_JOINING_MARKS = frozenset({"-", "–", "/"})


def named_after_a_role(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A name set after a comma by a role phrase ("Le préfet du département de <town>, <Given>
    <Surname>, a ouvert …", "Chef de bureau HCR, <Gi'ven> <Surname>, …"): the holder of the
    function, a person, not another place listed after the place the phrase names. The name may
    open with a word nothing read (a first name); the role noun stands a few words before the
    comma, in the same phrase."""
    comma = span.start - 1
    while comma >= 0 and span.start - comma <= 3 and doc[comma].text != "," and "\n" not in doc[comma].whitespace_ \
            and (doc[comma].text[:1].isupper() or not doc[comma].whitespace_
                 or (comma > 0 and not doc[comma - 1].whitespace_ and doc[comma - 1].text != ",")):
        comma -= 1  # "<X’ven> <Surname>": a first name before, its pieces glued
    if comma < 1 or doc[comma].text != "," or "\n" in doc[comma - 1].whitespace_:
        return False
    folded = folded_tokens(doc)
    if _listed_after_a_preposition(doc, folded, span, comma):
        return False  # "… de l'État à A, B et C": the names a place's preposition opens, no holder
    i, read, words, cued = comma - 1, 0, 0, False
    while i >= 0 and read < TITLE_REACH:
        if ")" in doc[i].text and doc[i].text[:1] != "(":
            opening = _opening_parenthesis(doc, i)
            if opening is not None:
                i = opening - 1  # "le représentant du Bureau … (OCHA), <name>", "(PAM)-<town>": the body's acronym
                continue
        if doc[i].text in _PHRASE_ENDS or "\n" in doc[i].whitespace_:
            return False
        if doc[i].is_space or doc[i].text in _JOINING_MARKS:
            i -= 1  # a line wrapped inside the phrase ("du bureau du Programme\nalimentaire mondial"), the hyphen
            continue  # of "(PAM)-<town>" (a token of its own since the tokenizer splits ")-"): no word
        if _holder_noun(folded[i], rules) and ((words if cued else read) < ROLE_REACH
                                               or (doc[i].text[:1].isupper() and not _opens_its_sentence(doc, i))):
            return True
        if doc[i].text in FINITE_AUXILIARIES and (doc[i].text != "a" or _french_participle_after(doc, i)):
            return False  # "Le préfet du département a visité les villages de A, B …": the role noun is the
            # subject of a verb, the list its object ("the Director of a local NGO": an article)
        # the reach counts words that carry meaning: articles and prepositions of a long title ("la directrice
        # provinciale en charge de l'Action humanitaire du <province>, <name>") are no distance; with a place's
        # cue and "de" between ("le Représentant des ménages … des villages de A, B"), every word counts: a list
        cued = cued or ((folded[i] in rules.cue_words or any(w in rules.cue_words for w in singulars(folded[i])))
                        and i + 1 < comma and folded[i + 1] in _DIRECTION_JOINS)  # "villages de", not "réfugiés au"
        i, read, words = i - 1, read + _carries_meaning(doc, folded, i, rules), words + 1
    return False


def _carries_meaning(doc: Doc, folded: list[str], i: int, rules: ContextRules) -> bool:
    """Whether the word at ``i`` counts in a role phrase's reach: not a stop word, an elided article
    ("l'Action sociale") nor a comma or other mark (a minister's portfolios listed: "le ministre de
    l'Action sociale, famille et affaires humanitaires, <name>")."""
    return folded[i] not in rules.stop_words and folded[i] not in ELISIONS and not doc[i].is_punct


#: the endings of the French past participles that follow "a" ("a visité", "a pris", "a tenu", "a ouvert")
_FRENCH_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "is", "it", "u", "us", "ert", "int")


def _opens_its_sentence(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` opens its sentence or line, an article before it at most ("Le Représentant
    des ménages …"): its capital is the sentence's, no title's."""
    j = i - 1
    if j >= 0 and doc[j].lower_ in ("le", "la", "les", "l'", "l’", "the"):
        j -= 1
    return j < 0 or doc[j].text in (".", "!", "?", ":") or "\n" in doc[j].whitespace_ or doc[j].is_space


def _french_participle_after(doc: Doc, i: int) -> bool:
    """Whether the word after ``doc[i]`` is a French past participle: "a" is then the verb avoir,
    not the English article ("a local NGO")."""
    return i + 1 < len(doc) and doc[i + 1].is_lower and doc[i + 1].text.endswith(_FRENCH_PARTICIPLE_ENDINGS)


def _holder_noun(word: str, rules: ContextRules) -> bool:
    """A folded noun of a function a person holds (``role_words.csv``, a rank or a head of state,
    in the plural too), or one with a prefix ("vice-president", "sous-prefet", "co-chair")."""
    return any(w in rules.role_words or w in RANKS for form in {word, word.rsplit("-", 1)[-1]} for w in singulars(form))


#: how many tokens a parenthesis a role phrase holds may run ("(OCHA)", "(Bureau de la coordination)")
MAX_PARENTHESIS_TOKENS = 8


def _opening_parenthesis(doc: Doc, closing: int) -> Optional[int]:
    """The "(" matching the ")" at ``closing`` on its line, a few tokens before, or None."""
    for i in range(closing - 1, max(-1, closing - 2 - MAX_PARENTHESIS_TOKENS), -1):
        if doc[i].text == "(":
            return i
        if doc[i].text in _PHRASE_ENDS or "\n" in doc[i].whitespace_:
            return None
    return None


#: how many tokens after the comma the role noun may stand ("<name>, le Représentant de …")
ROLE_AFTER_REACH = 3


#: the articles that may open a role phrase set after a name without a comma ("<name> le représentant …")
_ARTICLES_BEFORE_A_ROLE = frozenset({"le", "la", "the"})
#: the prepositions of a place before such a name, whatever its case ("À <village> le préfet …"), folded
_PLACE_PREPOSITIONS = frozenset({"a", "au", "aux", "dans", "en", "in", "at"})


def _listed_after_a_preposition(doc: Doc, folded: list[str], span: Span, comma: int) -> bool:
    """The name after ``comma`` goes on a list ("," or "et"/"and" and a capitalised word after it)
    whose names a place's preposition opens ("… à A, B et C"): a list of places (the holder of "au
    <country>, <name>, a indiqué" is followed by a clause)."""
    if not (span.end + 1 < len(doc) and (doc[span.end].text == "," or folded[span.end] in ("et", "and"))
            and doc[span.end + 1].text[:1].isupper() and doc[span.end + 1].is_alpha):
        return False
    k = comma - 1
    while k >= 0 and (doc[k].text == "," or (doc[k].is_alpha and doc[k].text[:1].isupper())) \
            and "\n" not in doc[k].whitespace_:
        k -= 1
    return 0 <= k < comma - 1 and folded[k] in _PLACE_PREPOSITIONS


def named_before_a_role(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A name of two words or more set before a comma and a role phrase ("Le co-président du
    comité, <first name> <name>, Représentant de l'agence, a …", "<name>, Director of …"): the
    holder of the function, a person; a place before a comma is followed by another place or a
    clause, not by a function. Without the comma, an article must open the role ("<given> <surname>
    le représentant du …")."""
    if len(span) < 2 or span.end + 1 >= len(doc) or "\n" in doc[span.end - 1].whitespace_:
        return False
    folded = folded_tokens(doc)
    comma = doc[span.end].text == ","
    if not comma and folded[span.end] not in _ARTICLES_BEFORE_A_ROLE:
        return False  # "<given> <surname> le représentant du …": without a comma, an article opens the role
    if not comma and (span.start in _cue_ends(doc, rules)
                      or span.start > 0 and folded[span.start - 1] in _PLACE_PREPOSITIONS):
        return False  # "À <village> le préfet a réuni …", "In <town> the Commissioner …": a place its cue names
    if any(folded[i] in rules.cue_words for i in range(span.start, span.end)):
        return False  # "<name> Town, chairman …": a place and its cue
    for i in range(span.end + comma, min(len(doc), span.end + comma + ROLE_AFTER_REACH)):
        word = folded[i]
        if word in rules.role_words or (word[-1:] in ("s", "x") and word[:-1] in rules.role_words):
            return doc[i].whitespace_ != "" or i + 1 >= len(doc) or doc[i + 1].text != "-"  # not "…, chef-lieu de …"
        if not doc[i].is_alpha or "\n" in doc[i - 1].whitespace_ or not (
                word in rules.stop_words or (doc[i].is_lower and folded[i - 1] in _ARTICLES_BEFORE_A_ROLE)):
            return False  # only an article may stand before the role ("…, the Director of …"), and one
            # word in lower case after it ("<name> le nouveau Coordonnateur", "<name>, the acting Director")
    return False


#: the agent's preposition after a passive participle ("présidée par", "made by")
_AGENT_WORDS = frozenset({"par", "by"})
#: past participles that are no "-é"/"-ed" word ("made by", "led by", "held by")
_IRREGULAR_PARTICIPLES = frozenset({"made", "led", "held", "given", "done", "written", "taken", "run", "chaired", "faite", "fait"})


def agent_of_a_participle(doc: Doc, span: Span) -> bool:
    """A name right after a passive participle and "par"/"by", first names between ("la réunion présidée par <name>",
    "conduits par <first> <name>",
    "the prayer was made by <name>"): who did it, a person or a body, not a place (a road runs
    "through" a town, a river "passes by" it: "passant par", a present participle, is no agent)."""
    start = span.start
    while start > 2 and span.start - start < MAX_AGENT_FIRST_NAMES and _first_name(doc[start - 1]):
        start -= 1  # "conduits par <first name> <name>": the NER read the surname alone
    if start < 2 or doc[start - 1].lower_ not in _AGENT_WORDS or not same_line(doc, start - 2, span.start + 1):
        return False
    participle = doc[start - 2].lower_
    return participle.isalpha() and (participle.endswith(_PARTICIPLE_ENDINGS) or participle in _IRREGULAR_PARTICIPLES
                                     or bool(_UIT_PARTICIPLES.fullmatch(participle)))


#: the endings of French and English passive participles ("présidée", "conduits", "chaired")
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "ed", "uite", "uites")
#: participles in -uit(s) whose masculine is also no noun ("conduits par", "construit par"); "produit",
#: "circuit", "fruit" are nouns as often
_UIT_PARTICIPLES = re.compile(r"(?:con|cons|dé|intro|ré|in|tra|sé)?(?:duits?|truits?)")
#: how many first names may stand between "par" and the name the NER read, or between the name and a
#: verb of speech (once a second ``MAX_FIRST_NAMES``, which silently cut the role noun's three to two)
MAX_AGENT_FIRST_NAMES = 2


def _first_name(token) -> bool:
    """A word written as a first name: capitalised, the rest in lower case, on the name's line."""
    return token.is_alpha and token.text[:1].isupper() and token.text[1:].islower() and token.whitespace_ == " "


#: what joins a member to the organisation they speak for ("<name> of XYZA", "<name> de l'ONG …")
_MEMBER_JOINS = frozenset({"of", "from", "de", "du", "des"})


def member_of_an_organisation(doc: Doc, span: Span, orgs: Container[int], rules: ContextRules) -> bool:
    """A name of two words or more (the NER may have read one of them), each capitalised and none
    in capitals nor a stop word, followed by "of" / "de" and an organisation or an acronym ("a prayer
    said by <first name> <name> of XYZA"): a member speaking for it, a person; a place is not "of"
    a body (its office is: "the Maiduguri office of …")."""
    folded = folded_tokens(doc)

    def name_word(i: int) -> bool:
        return doc[i].is_alpha and doc[i].text[:1].isupper() and not doc[i].is_upper \
            and folded[i] not in rules.stop_words and folded[i] not in rules.cue_words  # not "<place> Town of XYZ"

    if not all(name_word(t.i) for t in span):
        return False
    start, end = span.start, span.end
    while start > 0 and doc[start - 1].whitespace_ == " " and name_word(start - 1):
        start -= 1  # "<first name> <name>": the NER may read one word of the two
    while end < len(doc) and doc[end - 1].whitespace_ == " " and name_word(end):
        end += 1
    if end - start < 2 or end + 1 >= len(doc) or doc[end].lower_ not in _MEMBER_JOINS:
        return False
    after = end + 1
    while after < len(doc) and doc[after].lower_ in ("the", "la", "l'", "l’") and after - end < 3:
        after += 1
    if after >= len(doc) or not same_line(doc, start, after + 1):
        return False
    word = doc[after].text
    return after in orgs or (word.isupper() and word.isalpha() and len(word) >= 3)  # an acronym nothing read


def opens_an_attendance_line(doc: Doc, span: Span, orgs: Container[int]) -> bool:
    """A name opening its line (after a number or a bullet) with "/", a dash or "(" and a known
    organisation after it: an attendee ("12. Ballama Kachalla / FAO")."""
    text, first, last, offset = text_around(doc, span)
    line_start = text.rfind("\n", 0, first) + 1
    if line_start == 0 and span.start > AROUND_TOKENS:
        return False  # the line opens farther back than a number or a bullet
    join = _ATTENDEE_JOIN.match(text, last)
    if not _ATTENDEE_OPENING.fullmatch(text, line_start, first) or not join:
        return False
    after = next((t.i for t in doc[span.end:span.end + AROUND_TOKENS] if t.idx >= offset + join.end()), None)
    return after is not None and after in orgs and "\n" not in text[last:doc[after].idx - offset]


#: how many lines either side an attendance list is read for a known organisation
ATTENDANCE_REACH = 30
#: an attendance line's opening up to its organisation: a bullet or a number, a person's capitalised
#: names and a comma, slash or dash ("• <first> <name>, ", "3. <first> <name> / ")
_ATTENDEE_BEFORE_BODY = re.compile(r"[ \t•*·▪-]*(?:\d{1,3}[.)][ \t]*)?[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-Þ][\w'’.-]*){0,4}"
                                   r"[ \t]*[,/–—-][ \t]*")


def closes_an_attendance_line(doc: Doc, span: Span, orgs: Container[int]) -> bool:
    """A name closing a line "<bullet> <person's names>, <name>" in a run of lines so shaped, one
    of which closes on a known organisation ("• <first> <name>, IRC"): an attendee's
    organisation, the registry's or not, no place."""
    text = doc.text
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    end = len(text) if end < 0 else end
    if text[span.end_char:end].strip(" \t.;") or not _ATTENDEE_BEFORE_BODY.fullmatch(text, start, span.start_char):
        return False
    ends = {t.idx + len(t.text): t.i for t in doc if not t.is_space and not t.is_punct}
    for step in (-1, 1):
        first, last = start, end
        for _ in range(ATTENDANCE_REACH):
            if step < 0:
                if first == 0:
                    break
                first, last = text.rfind("\n", 0, first - 1) + 1, first - 1
            else:
                if last >= len(text):
                    break
                following = text.find("\n", last + 1)
                first, last = last + 1, len(text) if following < 0 else following
            line = text[first:last].rstrip(" \t.;")
            if not line.strip():
                continue
            if not _ATTENDEE_BEFORE_BODY.match(text, first):
                break  # the run of attendance lines ends
            if ends.get(first + len(line)) in orgs:
                return True
    return False


#: endings that make a people's or a nationality's name of a place's ("Maban" -> "Mabanese",
#: "Mauritania" -> "Mauritanian", "Niger" -> "Nigérien", "Tchad" -> "Tchadiens"), longest first
DEMONYM_ENDINGS = ("iennes", "ienne", "iens", "ese", "ian", "ien", "lais", "ais", "ois", "an", "en", "n")
MIN_DEMONYM_STEM = 4


#: plural endings of followers of a doctrine or a movement ("Islamists", "jihadistes", "Separatists")
_FOLLOWERS_ENDINGS = ("ists", "istes")


def names_followers(span: Span) -> bool:
    """One capitalised plural word with a follower's ending ("after Islamists took control", "les
    Jihadistes"): a group of people, no place (no place's name is a plural in "-ists"; the model's
    vectors are French, so the English word is read by its ending alone)."""
    word = span.text
    return len(span) == 1 and len(word) > len(_FOLLOWERS_ENDINGS[-1]) + 1 and word.isalpha() \
        and word[:1].isupper() and word[1:].islower() and fold(word).endswith(_FOLLOWERS_ENDINGS)


_INITIAL = re.compile(r"[A-Z]\.?")


def closes_a_persons_reading(doc: Doc, start: int, end: int) -> bool:
    """Words the NER reads as the last of a person's name on one line, after capitalised names or
    initials ("<given> K. <name>", "<given> <name>", a lower-case word it ran on to after them
    aside): the person's name, whatever another mention of the words was read as."""
    for e in doc._.ner_ents:
        if e.label_ != "PER" or not (e.start < start and end <= e.end) or not same_line(doc, e.start, end):
            continue
        before = doc[e.start:start]
        if before[0].is_alpha and all((t.is_alpha and t.text[:1].isupper() and not t.is_upper) or _INITIAL.fullmatch(t.text)
                                      or t.text == "." for t in before):
            return True
    return False




def closes_a_gathering_bodys_name(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A place after "à"/"en"/"au" closing a body's name made of a capitalised head (``body_qualifiers.csv``'s
    kinds "gathering" and "head") and the people it gathers, a group's noun and a people's
    adjective ("la Coordination des réfugiés <nationality> en <country>", "l'Association des déplacés à
    <town>") or its cause, one noun after "pour la/le" ("la Coalition pour la paix à <town>"), the name
    ending with the place: the body's area, part of its name (tests/real conventions), no place."""
    prep = span.start - 1
    if prep < 3 or doc[prep].lower_ not in GATHERING_AREA_PREPOSITIONS or not same_line(doc, prep - 4, span.end):
        return False
    if span.end < len(doc) and not (doc[span.end].is_punct or doc[span.end].is_space):
        return False  # the name ends with its area
    folded = folded_tokens(doc)
    k = prep - 1
    if doc[k].is_lower and folded[k] in rules.groups and doc[k - 1].is_lower and folded[k - 1] in rules.groups:
        k -= 1  # "réfugiés maliens": the group and a people's adjective
    if not (doc[k].is_alpha and doc[k].is_lower) or k < 2:
        return False
    joined = doc[k - 1].lower_
    if folded[k] in rules.groups and joined in GATHERING_JOINS:
        head = k - 2
    elif joined in GATHERING_CAUSE_ARTICLES and doc[k - 2].lower_ in GATHERING_CAUSE_JOINS and folded[k] not in rules.stop_words:
        head = k - 3
    else:
        return False
    return head >= 0 and doc[head].is_title and folded[head] in rules.gathering_heads


#: the prefix of such a mechanism, a word of its own or glued by a hyphen
_INTER_PREFIXES = ("inter", "inter-")


def closes_an_inter_agency_name(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A place right after "inter agence(s)" or "inter cluster(s)" ("inter Agence" too), no
    preposition between ("le groupe inter agences <province> a validé le plan",
    "la coordination inter-clusters <town> se tient chaque mardi"): the area closing an inter-agency body's name
    (tests/real conventions: a place inside an organisation's name), no place; a place the
    mechanism meets in takes "à"/"de" ("la réunion inter agences à <town>")."""
    folded = folded_tokens(doc)
    noun = span.start - 1
    if noun < 1 or not same_line(doc, noun - 1, span.end) or doc[noun].whitespace_ != " ":
        return False
    if folded[noun] in rules.inter_nouns:
        return folded[noun - 1] in _INTER_PREFIXES or (noun >= 2 and doc[noun - 1].text == "-" and folded[noun - 2] == "inter")
    return any(folded[noun] == prefix + n for prefix in _INTER_PREFIXES for n in rules.inter_nouns)


#: the joins of a list's next item after its first ("…, de <B>", "… et de <B>")
_LIST_ITEM_JOINS = frozenset({"de", "d'", "d’", "du"})


def names_a_plural_heads_next_body(doc: Doc, span: Span, bodies: list[Span], rules: ContextRules) -> bool:
    """A place after "et de" or ", de" right after a body a plural head names with its place ("des
    Universités de <town> et de <town>", ``context.PLURAL_HEADS`` of ``place_named_heads.csv``): the
    next body the head names by its place alone (tests/real conventions: `doubtful`), no place."""
    join = span.start - 1
    if join < 2 or doc[join].lower_ not in _LIST_ITEM_JOINS or doc[join - 1].lower_ not in ("et", "and", ","):
        return False
    folded = folded_tokens(doc)
    return any(b.end == join - 1 and folded[b.start] in PLURAL_HEADS and folded[b.start] in rules.place_named_heads
               for b in bodies)


#: indefinite articles before a noun of persons set off after a name ("<name>, a woman in her sixties")
_PERSON_ARTICLES = frozenset({"a", "an", "un", "une"})
#: prepositions of place, as written in lower case, before a name a clause opens with ("In <village>, a woman
#: was killed", "À <village>, une femme a été tuée", "dans la commune de <village>, un enfant …"): the name
#: is where the clause happens, the noun of persons after the comma its subject, no apposition
_CLAUSE_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "of", "a", "au", "aux", "dans", "en", "de", "du", "d'",
                                        "d’", "pres", "vers"})
#: how many words may qualify a noun of persons before it ("a 30-year-old woman named", "une jeune femme")
MAX_PERSON_QUALIFIERS = 3


def _person_noun(word: str, rules: ContextRules) -> bool:
    """A noun of persons in the singular (``figure_units.csv``'s unit "persons": "woman", "réfugié")."""
    return word in rules.person_nouns and not word.endswith(("s", "x"))


def named_as_a_person(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A name a noun of persons gives ("a 30-year-old woman named <name>", "un homme nommé <name>") or
    that one sets off after it in the singular ("<name>, a woman in her sixties, …", "<name>, réfugié
    <nationality> du site de …"; not "<name>, a refugee camp": a noun after the person's noun makes
    it a compound): a person, no place."""
    folded = folded_tokens(doc)
    before = span.start - 1
    if before >= 1 and folded[before] in rules.naming_words:
        for k in range(before - 1, max(-1, before - 2 - MAX_PERSON_QUALIFIERS), -1):
            if not (doc[k].is_alpha or "-" in doc[k].text) or not same_line(doc, k, span.start):
                break
            if _person_noun(folded[k], rules):
                return True
    i = span.end
    if i + 1 >= len(doc) or doc[i].text != "," or not same_line(doc, span.start, i + 2):
        return False
    if before >= 0 and fold(doc[before].lower_) in _CLAUSE_PLACE_PREPOSITIONS:
        return False  # "In <village>, a woman was killed …", "À <village>, une femme …": the place a clause opens with
    article = folded[i + 1] in _PERSON_ARTICLES
    k = i + 1 + article
    while article and k < min(len(doc), i + 2 + MAX_PERSON_QUALIFIERS) and not _person_noun(folded[k], rules) \
            and doc[k].is_lower and (doc[k].is_alpha or "-" in doc[k].text):
        k += 1  # "a 30-year-old woman", "une jeune femme"
    if k >= len(doc) or not doc[k].is_lower or not _person_noun(folded[k], rules):
        return False
    after = doc[k + 1] if k + 1 < len(doc) else None
    if after is None or after.is_punct:
        return article
    if after.lower_ in FINITE_AUXILIARIES:
        return False  # "<village>, a woman was killed", "<village>, une femme a été tuée": the noun a clause's subject
    if article and (after.is_stop or folded[k + 1] in rules.stop_words):
        return True  # "a woman in her sixties", "a mother of five"
    return after.is_lower and folded[k + 1] in rules.groups  # "réfugié centrafricain": a nationality's adjective


def names_a_people(word: str, place_forms: Container[str]) -> bool:
    """A known place's name with a people's ending ("Mabanese youth", "the Mauritanian host
    community", "des Tchadiens"): the people or the adjective, no place. Only for one word that
    the gazetteer does not know as it is written; in a compound ("Sud-Soudanais",
    "Ouest-Africains", "Sahélo-Saharienne"), its last word, or a demonym's ending after a compass
    point or a combining form in -o."""
    if word[:1].isupper() and "-" in word and word not in place_forms:
        first, _, last = word.rpartition("-")
        if names_a_people(last, place_forms):
            return True
        return (compass_word(first) or first.endswith("o")) and last.isalpha() and any(
            last.rstrip("s").endswith(e) and len(last.rstrip("s")) - len(e) >= MIN_DEMONYM_STEM
            for e in ("ienne", "ien", "aine", "ain", "aise", "ais"))
    if not word[:1].isupper() or not word.isalpha() or word in place_forms:
        return False
    if hausa_people(word, place_forms):
        return True
    for base in {word[:-1] if word.endswith("s") else word, word}:  # "Soudanais": its own "s"
        for ending in DEMONYM_ENDINGS:
            stem = base[:-len(ending)]
            if not base.endswith(ending) or len(stem) < MIN_DEMONYM_STEM:
                continue
            if any(s in place_forms or s + "a" in place_forms for s in (stem, fold_keep_length(stem))):
                return True  # "Nigérien": the accent its ending put on "Niger"
    return False


#: Hausa names a place's people with "-awa" ("Katsinawa", "Gobirawa": the people of Katsina, of
#: Gobir), which a French text puts in the plural once more ("des Katsinawas")
HAUSA_PEOPLE_ENDING = "awa"


def hausa_people(word: str, place_forms: Container[str]) -> bool:
    """"des Katsinawas", "the Katsinawa": a place's people in Hausa, not the place. The French plural's
    "s" after "-awa" tells it by its shape (a place's name takes no plural), while "-awa" alone
    needs the place before it ("Katsina" + "wa"), since many places end so ("Adamawa", "Kukawa")."""
    if word.endswith(HAUSA_PEOPLE_ENDING + "s") and len(word) - 4 >= MIN_DEMONYM_STEM and word[:-1] not in place_forms:
        return True
    stem = word[:-2]
    return word.endswith(HAUSA_PEOPLE_ENDING) and len(stem) >= MIN_DEMONYM_STEM and stem in place_forms


#: determiners that make the next word a common noun: quantifiers, possessives, demonstratives
#: ("plusieurs Bureaux", "ses Antennes", "several Offices"); a place's name takes an article at
#: most ("le Mali", "the Sahel"), and "a" is also "à" without its accent in French
NOUN_DETERMINERS = frozenset({
    "plusieurs", "quelques", "certains", "certaines", "divers", "diverses", "differents", "differentes",
    "nombreux", "nombreuses", "chaque", "aucun", "aucune", "ces", "cette", "cet", "ses", "leurs", "nos", "vos",
    "mes", "son", "sa", "leur", "notre", "votre", "un", "une",
    "several", "many", "some", "various", "each", "every", "these", "those", "its", "their", "our", "your",
    "his", "her", "an", "any", "no"})


def after_a_nouns_determiner(doc: Doc, start: int) -> bool:
    """A capitalised word right after a quantifier, a possessive or a demonstrative on its line
    ("l'agence a ouvert plusieurs Bureaux dans la région"), the determiner in lower case: a common
    noun written with a capital, not a place the NER may guess."""
    if start == 0 or "\n" in doc[start - 1].whitespace_ or not doc[start - 1].is_lower:
        return False  # "Notre Dame de …": the capitalised word opens the name
    return folded_tokens(doc)[start - 1] in NOUN_DETERMINERS


def _surrounding_word(word: str, rules: ContextRules) -> bool:
    """A word that surrounds a name rather than being one: a place cue, a month, the area around a place
    (``place_reading_words.csv``'s surroundings: "environs")."""
    return word in rules.surroundings or word in rules.months or word in rules.cue_words


def paired_with_a_common_noun(doc: Doc, start: int, end: int, rules: ContextRules) -> bool:
    """A word joined by "et"/"and" to a lower-case noun on its line ("sous forme de Cash et coupons",
    "coupons and Cash"): one of two common nouns, the first written with a capital, not a place
    (a place is paired with a place: "Maar et Melia"). The noun after the word ends its phrase (a
    stop word or a punctuation mark follows), and no noun has a verb's ending ("attacked X and
    looted shops"). Not beside a stop word ("Walgak and its surroundings"), "environs" ("Kanama et
    environs"), a month ("le 12 janvier et Tiloa/…") or a place cue's word ("Kanama et villages")."""
    pairs = [(end + 1, end)] if end + 1 < len(doc) else []
    pairs += [(start - 2, start - 1)] if start >= 2 else []
    for noun, join in pairs:
        if doc[join].lower_ not in _BREAKDOWN_JOINS or not same_line(doc, min(noun, start), max(noun, end - 1) + 1):
            continue
        word = doc[noun]
        if not (word.is_alpha and word.is_lower and len(word.text) >= 3) or word.lower_ in rules.stop_words \
                or _surrounding_word(folded_tokens(doc)[noun], rules) \
                or word.lower_.endswith(_VERB_ENDINGS):
            continue
        if noun > start:  # the noun ends its phrase ("… et coupons dans …"), not a verb's object ("… and looted shops")
            following = doc[noun + 1] if noun + 1 < len(doc) else None
            if following is not None and not (following.is_punct or following.lower_ in rules.stop_words):
                continue
        return True
    return False


#: endings of a verb or a participle ("attacked Damasak and looted …"), not a noun paired with a name
_VERB_ENDINGS = ("ed", "ing", "é", "ée", "és", "ées", "ent", "ont", "ait", "aient")


#: where a word glued to the next starts inside one token ("IntégréTéléchargement")
_GLUED_WORDS = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")


def page_furniture(span: Span, rules: ContextRules, cue_ends: Container[int]) -> bool:
    """One word of a web page's furniture (``page_furniture.csv``: "Humanitarianresponse Logo",
    "Home / Borno"), or a token glued from words one of which is ("IntégréTéléchargement"): no
    place, unless a strong cue points to it ("le territoire de Logo") or a capitalised word
    follows it on its line (a name of which it is the first word)."""
    if span.start in cue_ends or any(t.whitespace_ for t in span[:-1]):
        return False  # a name of two words, not a button glued to a word
    doc = span.doc
    if span.end < len(doc) and span[-1].whitespace_ and doc[span.end].is_alpha and doc[span.end].text[:1].isupper():
        return False  # "(Tche, Logo Takpa, …)": a name's first word, the rest of it after
    parts = _GLUED_WORDS.split(span.text)
    return any(fold(part) in rules.page_furniture for part in parts)


#: a compass point or its adjective, in English or French ("Northeast", "Southeastern", "Nord-Ouest")
_COMPASS = re.compile(r"(?:north|south|east|west|nord|sud|est|ouest)(?:[- ]?(?:north|south|east|west|est|ouest|central))?"
                      r"(?:ern|erly|ward|wards)?", re.IGNORECASE)


def compass_word(text: str) -> bool:
    """A direction ("in the Southeastern outskirts", "in Northeast Nigeria"): a context cue's name
    that is only this is no place; the regions named by a compass point are the gazetteer's
    ("Nord", "North-West", after a cue), not a guess from context."""
    return bool(_COMPASS.fullmatch(text))


def compass_compounds(doc: Doc, rules: ContextRules) -> list[tuple[int, int]]:
    """Token ranges of the regions named by two compass points or more, joined by a hyphen
    ("Nord-Ouest", "Nord-ouest", "Nord- Ouest") or by a space between capitalised points ("North
    West"), the first capitalised (a zone's adjective may open it: "Centre-Est"): one name, which
    no list may know whole."""
    texts = token_texts(doc)
    runs: list[tuple[int, int]] = []
    reached = 0
    for i, text in enumerate(texts):
        if i < reached or not text[:1].isupper() or not (compass_word(text) or fold(text) in rules.zone_adjectives):
            continue
        end = i + 1
        while end < len(texts):
            last, following = doc[end - 1], end
            hyphen = last.whitespace_ == "" and texts[end] in HYPHENS and doc[end].whitespace_ in ("", " ")
            if hyphen:
                following = end + 1  # "Nord-Ouest", "Nord- Ouest" (a line wrapped at the hyphen)
            elif last.whitespace_ != " ":
                break
            if following >= len(texts) or not (capitalised_point(texts[following])
                                                or (hyphen and compass_word(texts[following]))):
                break  # after a space, a point in lower case is a word of the sentence ("le Nord est")
            end = following + 1
        if end - i > 1:
            runs.append((i, end))
        reached = end
    return runs


def capitalised_point(text: str) -> bool:
    """A compass point written with a capital ("North", "Nord-Ouest"): part of a region's name."""
    return text[:1].isupper() and compass_word(text)


def lower_case_point_after(doc: Doc, span: Span) -> bool:
    """A name matched over a capitalised word and a compass point in lower case one space after it
    ("le Nord est touché", "le Centre est calme": the French verb): the point is no part of it."""
    last = doc[span.end - 1]
    return len(span) > 1 and last.text.islower() and compass_word(last.text) and doc[span.end - 2].whitespace_ == " "


def cue_noun_phrase(span: Span, rules: ContextRules) -> bool:
    """A place cue's noun and its qualifiers, all words of the language and no compass point
    ("District Sanitaire", "Commune Urbaine"; not "Site Nord"): the kind of a place the NER read
    without its name, no place."""
    words = [t for t in span if t.is_alpha]
    return len(words) >= 2 and len(words) == len(span) and fold(words[0].text) in rules.cue_words \
        and all(is_language_word(t.text, span.doc.vocab) and not compass_word(t.text)
                and fold(t.text) not in rules.zone_adjectives for t in words)


#: how many words a verb of speech in ``speech_verbs.csv`` holds at most ("a declare")
SPEECH_VERB_WORDS = 2


def speaks_as_a_person(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A name right before a verb of speech, on its line, a comma between or not ("<name> said:",
    "<name>, a salué …", ``speech_verbs.csv``): the speaker, a person or a body, not a place, as
    places do not speak. Only for a name the gazetteer does not know (the caller's check): a known
    country "stated" by its government stays a place. Each word of the name capitalised."""
    if not all(t.is_alpha and t.text[:1].isupper() for t in span):
        return False
    folded = folded_tokens(doc)
    i = span.end
    while i < len(doc) and i - span.end < MAX_AGENT_FIRST_NAMES and _first_name(doc[i - 1]) and _first_name(doc[i]) \
            and not _speech_verb_at(folded, doc, i, rules):
        i += 1  # "Representative <given> <surname> said": the NER read the given name alone
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc) or not same_line(doc, span.start, i + 1):
        return False
    return _speech_verb_at(folded, doc, i, rules) or said_after_a_quote(doc, span, rules)


def _speech_verb_at(folded: list[str], doc: Doc, i: int, rules: ContextRules) -> bool:
    """Whether a verb of speech (``speech_verbs.csv``) opens at token ``i``, on its line."""
    return any(" ".join(folded[i:i + n]) in rules.speech_verbs for n in range(1, SPEECH_VERB_WORDS + 1)
               if i + n <= len(doc) and same_line(doc, i, i + n))


#: what closes a quotation before the inverted verb of speech ("…,” said <name>", "», a conclu <name>")
_QUOTE_ENDS = frozenset({",", '"', "”", "»", "“", "’", "'"})


def said_after_a_quote(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A name right after a verb of speech that itself follows a quotation's closing mark or comma
    ("…,” said <name>.", "», a conclu <name>"): the speaker of an inverted attribution, a person; a
    place after such a verb takes a preposition ("said in <town>")."""
    folded = folded_tokens(doc)
    for n in range(1, SPEECH_VERB_WORDS + 1):
        verb = span.start - n
        if verb >= 1 and " ".join(folded[verb:span.start]) in rules.speech_verbs \
                and same_line(doc, verb - 1, span.end) and doc[verb - 1].text in _QUOTE_ENDS:
            return True
    return False


#: quotation marks opening and closing a quoted phrase, straight or typographic
_OPENING_QUOTES = frozenset({'"', "“", "«"})
_CLOSING_QUOTES = frozenset({'"', "”", "»"})
#: how many tokens a quoted phrase around a name may hold
MAX_QUOTED_TOKENS = 8


def in_a_quoted_phrase_of_words(doc: Doc, span: Span) -> bool:
    """A name inside a short quoted phrase, on its line, of two words or more all words of the
    language ('le principe de "Ne Pas Nuire"', "« Tous Unis »"): a principle's, a slogan's or a
    campaign's name in capitals, no place (a place quoted with other words is known or cued)."""
    start = span.start - 1
    while start >= 0 and span.start - start <= MAX_QUOTED_TOKENS and doc[start].text not in _OPENING_QUOTES:
        start -= 1
    end = span.end
    while end < len(doc) and end - span.end < MAX_QUOTED_TOKENS and doc[end].text not in _CLOSING_QUOTES:
        end += 1
    if start < 0 or end >= len(doc) or doc[start].text not in _OPENING_QUOTES or doc[end].text not in _CLOSING_QUOTES \
            or not same_line(doc, start, end + 1):
        return False
    words = [t for t in doc[start + 1:end]]
    return len(words) >= 2 and all(t.is_alpha and is_language_word(t.text, doc.vocab) for t in words)


_TREATY_JOINS = frozenset({"de", "d'", "d’", "of"})


def in_a_treaty_name(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A place before a capitalised treaty noun ("in line with the Kampala Convention") or after one
    and "de"/"of", in either case ("la Convention de Kampala", "the Declaration of Abuja", "les
    accords d'Alger"): the treaty's name (tests/real conventions), where it was signed, no place."""
    folded = folded_tokens(doc)
    after = span.end
    if after < len(doc) and doc[span.end - 1].whitespace_ == " " and doc[after].text[:1].isupper() \
            and folded[after] in rules.treaty_nouns:
        return True
    join = span.start - 1
    if join > 0 and doc[join].text in ("'", "’") and doc[join - 1].lower_ == "d":
        join -= 1
    return join >= 1 and folded[join] in _TREATY_JOINS and folded[join - 1] in rules.treaty_nouns \
        and (doc[join - 1].text[:1].isupper() or _lower_case_treaty(folded, join - 1, rules)) \
        and same_line(doc, join - 1, span.end)


def _lower_case_treaty(folded: list[str], i: int, rules: ContextRules) -> bool:
    """A lower-case treaty noun at i that names a treaty ("les accords d'Alger"), not a consent ("avec
    l'accord de <town>")."""
    if folded[i] not in rules.lower_case_treaty_nouns:
        return False
    k = i - 1
    while k >= 0 and folded[k] in ("'", "’", "l", "l'", "l’"):
        k -= 1
    return not (folded[i] == "accord" and k >= 0 and folded[k] in rules.consent_before)


def named_in_parentheses(doc: Doc, end: int) -> tuple[Optional[int], Optional[int]]:
    """The one name in parentheses right after a place ("4 in <county> (<town>)", "<town>
    (<province>)"): the place's part or its other name, a place too; (None, None) if there is none.
    Only a word written as a name (its initial the only capital: no acronym, "(MSF)")."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].is_alpha \
            and doc[end + 1].text[:1].isupper() and sum(c.isupper() for c in doc[end + 1].text) == 1 \
            and len(doc[end + 1]) >= 3:
        return end + 1, end + 2
    return None, None


#: how many capitalised words a town written before its country may hold ("Kaga Bandoro, <country>")
MAX_TOWN_WORDS = 2
#: what joins a dateline's town to its country: a comma, or a hyphen glued to both ("<town>-<country>")
_TOWN_COUNTRY_JOINS = frozenset({",", "-", "‐", "–"})


def town_before_its_country(doc: Doc, start: int) -> tuple[Optional[int], Optional[int]]:
    """The name right before a country starting at token ``start``, joined to it by a comma or by a
    hyphen glued to both ("<town>, <country>" opening a dateline or an address, "<town>-<country> 18-20
    novembre"): one or two words written as names (their initial the only capital) on the country's
    line, after no other name; the town the document writes with its country. (None, None) if none."""
    if start < 2 or doc[start - 1].text not in _TOWN_COUNTRY_JOINS:
        return None, None
    join = doc[start - 1]
    if join.text != "," and (join.whitespace_ or doc[start - 2].whitespace_):
        return None, None  # "violence – <country>": a spaced dash joins a title's parts, no town
    end = start - 1
    first = end
    while first > 0 and end - first < MAX_TOWN_WORDS and doc[first - 1].is_alpha \
            and doc[first - 1].text[:1].isupper() and sum(c.isupper() for c in doc[first - 1].text) == 1 \
            and same_line(doc, first - 1, start + 1):
        first -= 1
    if first == end or len(doc[first]) < 3:
        return None, None
    if first > 0 and doc[first - 1].is_alpha and doc[first - 1].text[:1].isupper() and not doc[first - 1].is_upper \
            and same_line(doc, first - 1, end):
        return None, None  # a longer run of capitalised words: a title's or a body's, not a town's (a heading
        # in capitals may end before it: "RÉUNION RÉGIONALE <town>-<country> 18-20 novembre")
    return first, end


#: the indefinite article of an apposition that says what a name is ("<name>, une localité …")
_APPOSITION_ARTICLES = frozenset({"un", "une", "a", "an"})
#: how many capitalised words a name an apposition defines may hold
MAX_APPOSED_WORDS = 3


def defined_as_a_place(doc: Doc, rules: ContextRules, covered: Container[int]) -> list[tuple[int, int]]:
    """Names an apposition defines as a place ("à <name> <name>, une localité située à …", "<name>,
    a camp hosting …"): one to three capitalised words on the line before a comma, an indefinite
    article and a strong place cue's noun (``place_cues.csv``), which nothing else read."""
    nouns = rules.strong_one_word_cues_before
    folded = folded_tokens(doc)
    found = []
    texts = token_texts(doc)
    for i in range(1, len(doc) - 2):
        if texts[i] != "," or folded[i + 1] not in _APPOSITION_ARTICLES or folded[i + 2] not in nouns \
                or (i + 3 < len(doc) and _function_word(folded[i + 3], rules)):
            continue  # "<name>, a town official": a person
        start = i
        while start > 0 and i - start < MAX_APPOSED_WORDS and doc[start - 1].is_alpha \
                and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_upper and start - 1 not in covered \
                and (start == i or doc[start - 1].whitespace_ == " ") and same_line(doc, start - 1, i + 1):
            start -= 1
        if start < i and start > 0 and not doc[start - 1].text[:1].isupper() \
                and not any(folded[k].rstrip(".") in HONORIFICS for k in range(start - 1, i)):
            found.append((start, i))
    return found


#: what places a framework's or a plan's capitalised name in French ("… de la Crise au Centre", "…
#: dans le Nord") and what joins that name's words ("Gestion de la Crise"); English capitalises
#: every word of a headline or an event ("Crisis In South West", "Review Meeting in Town"), so
#: its "in" tells nothing
_NAMED_IN = frozenset({"au", "aux", "en", "dans"})
_NAME_ARTICLES = frozenset({"le", "la", "les", "l"})
_TITLED_NAME_JOINS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "pour", "a", "aux"})
_PLACE_CHAIN_JOINS = frozenset({"de", "du", "des"})
#: a lower-case head's complement ("le cadre politique de Gestion …") opens the name with "de"
_COMPLEMENT_JOINS = frozenset({"de", "d"})
#: capitalised words of the language a name holds before the place: a name written in capitals
#: throughout, or after a lower-case head and its "de"
MIN_TITLED_WORDS, MIN_HEADED_WORDS = 3, 2


def in_a_titled_name(doc: Doc, span: Span, rules: ContextRules, places: Container[int]) -> bool:
    """A place closing a name written in capitalised words of the language inside a French sentence
    ("le Cadre Politique de Gestion de la Crise au Centre du Pays", "du cadre politique de Gestion
    de la Crise dans le Centre"): a framework's, a plan's or a body's own name, which places itself
    (tests/real conventions: a place inside a body's, a plan's or an event's name is no location).
    Three such words after a word or a comma on the name's line, or two after a lower-case head and
    its "de"; a title line ("Situation Humanitaire au Pays") and a bare name ("les Nations Unies au
    Pays", "la Mission de Protection au Pays") keep their place."""
    folded = folded_tokens(doc)
    i = span.start - 1
    while i >= 1 and (i in places or folded[i] in _PLACE_CHAIN_JOINS or compass_word(doc[i].text)
                      or folded[i] in rules.zone_adjectives) and same_line(doc, i, span.end):
        i -= 1  # "au Centre du Pays": the places (or the zone) the name closes
    if i >= 1 and folded[i] in _NAME_ARTICLES:
        i -= 1
    if i < 2 or folded[i] not in _NAMED_IN:
        return False
    k, words, first = i - 1, 0, i
    while k >= 0 and same_line(doc, k, i) and k not in places:
        token = doc[k]
        if folded[k] in _TITLED_NAME_JOINS and k < i - 1:
            k -= 1
            continue
        if not (token.is_alpha and token.text[:1].isupper() and not token.is_upper
                and is_language_word(token.text, doc.vocab)):
            break
        words, first, k = words + 1, k, k - 1
    if first < 2 or not same_line(doc, first - 2, i) or first - 1 in places:
        return False
    before, head = doc[first - 1], doc[first - 2]
    if words >= MIN_TITLED_WORDS and (before.is_alpha or before.text == ","):
        return True
    return words >= MIN_HEADED_WORDS and folded[first - 1] in _COMPLEMENT_JOINS and head.is_alpha and head.is_lower \
        and folded[first - 2] not in _TITLED_NAME_JOINS


#: a count as written before its noun ("68.978", "1,250", "12 300", "45")
_COUNT = re.compile(r"\d{1,3}(?:[.,\u202f\u00a0 ]\d{3})+|\d+")
#: the plural and feminine endings a counted noun takes ("rapatriés", "ménages", "returnees")
_COUNTED_ENDINGS = ("", "s", "e", "es", "x")


def counted_after_a_number(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """One word right after a count on its line whose noun a figure counts (``figure_units.csv``:
    "68.978 Rapatriés", "1,200 Returnees"): the people counted, capitalised in a table's style,
    not a place."""
    if len(span) != 1 or span.start == 0 or not same_line(doc, span.start - 1, span.end):
        return False
    before = doc[span.start - 1]
    if not _COUNT.fullmatch(before.text) or not before.whitespace_:
        return False
    word = folded_tokens(doc)[span.start]
    return any(word.endswith(e) and word[:len(word) - len(e)] in rules.counted_nouns for e in _COUNTED_ENDINGS)


def names_a_people_by_its_noun(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A name right before "ethnic (group)", "tribe", "clan", or right after "ethnie", "tribu"
    ("except for the <name> ethnic group", "l'ethnie <name>"): a people, neither a place nor an
    organisation (tests/real conventions), whether or not a place shares its name."""
    folded = folded_tokens(doc)
    if span.end < len(doc) and folded[span.end] in rules.people_nouns_after and same_line(doc, span.start, span.end + 1):
        return True
    return span.start > 0 and folded[span.start - 1] in rules.people_nouns_before and same_line(doc, span.start - 1, span.end)


#: the words allowed between "entre"/"between" and a party it lists ("entre les A et les B")
_PARTY_WORDS = frozenset({"et", "and", ",", "les", "the", "des", "de", "d'", "d’"})
#: how far back a party may stand from "entre"/"between"
MAX_PARTY_TOKENS = 8


def party_to_a_clash(doc: Doc, start: int, rules: ContextRules) -> bool:
    """A name after "entre"/"between" that follows a clash noun, or listed after such a name
    ("des affrontements entre A et B", "clashes between A and B youth"): a party to the clash, a
    community or a group (tests/real conventions: peoples are no places), whichever its name."""
    folded = folded_tokens(doc)
    i = start - 1
    while i >= 0 and start - i <= MAX_PARTY_TOKENS and same_line(doc, i, start):
        if folded[i] in ("entre", "between"):
            return i > 0 and folded[i - 1] in rules.clash_nouns
        if not (folded[i] in _PARTY_WORDS or doc[i].text[:1].isupper()):
            return False
        i -= 1
    return False


#: the shortest sector word read alone as a sector ("Health"; not "SA", "ER", which places share)
SHORTEST_SECTOR_WORD = 5


def names_a_sector(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """One word that is a humanitarian sector's name or its last word (``sector_names.csv``:
    "… linkages with FS and Livelihoods", "Nutrition"): a sector, no place, for a name no
    gazetteer knows (the caller's check)."""
    if len(span) != 1:
        return False
    word = folded_tokens(doc)[span.start]
    return len(word) >= SHORTEST_SECTOR_WORD and word.isalpha() and word in rules.sector_words


def inside_a_longer_name(doc: Doc, ner_ent: Span, span: Span) -> bool:
    """The NER's place ``ner_ent`` ends on ``span`` after a capitalised word (a person's "<first
    name> <name> Cesar", "Bangui M'Poko", "CRIO Goma"): the NER read the longer name, which says
    nothing of its last word being a place of its own (a foreign admin unit the gazetteer knows
    keeps no reading of its own then, see ``settle_doc``). Words after it ("Mayo Kebi Est",
    "Banga Bakundu") are a place's own name more often than not: no reading."""
    return any(doc[i].text[:1].isupper() and any(c.isalpha() for c in doc[i].text)
               for i in range(ner_ent.start, span.start))


def government_building(doc: Doc, i: int, rules: ContextRules) -> bool:
    """"government" (token i) qualifying the building or the school named after it ("IDPs in the <town>
    government secondary school camp", "from <town> Government Girls College"): no government's body."""
    if i + 1 >= len(doc) or not doc[i + 1].is_alpha:
        return False
    word = fold(doc[i + 1].text)
    return word in rules.facility_nouns or word in rules.government_building_words


def names_a_government(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A place naming a government: right before "Government"/"Govt" on its line, in either case
    ("<Country> Govt visit …", "<State> government donates …": tests/real conventions, a government
    named by its country or state is a body, its area no location), or a state between "Government of" and "State" ("the
    Government of <Name> State": one body, no location), or a country named as a kingdom acting
    (:func:`named_as_a_kingdom`). "Government of <Country>" alone is left to the gold's earlier
    calls (the country counted there)."""
    folded = folded_tokens(doc)
    after = span.end
    if after < len(doc) and same_line(doc, span.start, after + 1) \
            and (folded[after] in rules.government_abbreviations or folded[after] in rules.government_words) \
            and not (doc[after].text.islower() and government_building(doc, after, rules)):  # capitalised: as before
        return True
    state = folded[span.end - 1] in rules.state_words or (after < len(doc) and folded[after] in rules.state_words)
    if state and span.start >= 2 and folded[span.start - 1] == "of" \
            and folded[span.start - 2] in rules.government_words and same_line(doc, span.start - 2, span.end):
        return True
    return named_as_a_kingdom(doc, span, rules)


def named_as_a_kingdom(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A country after "royaume de/des/du" or "Kingdom of" that the phrase names as a donor or an
    agent: after a noun of what a body gives ("sur financement du royaume des <country>",
    ``body_acts.csv``'s "belongs" nouns: financement, appui, soutien) or after "par"/"by"
    ("accompagnée par le royaume …"): the state as a donor or a party, a doubtful body by the
    tests/real conventions, not the place ("au royaume du <country>", "expulsés du royaume du
    <country>", "in the Kingdom of …" stay places)."""
    folded = folded_tokens(doc)
    i = span.start - 1
    if i < 1 or folded[i] not in _KINGDOM_JOINS or not same_line(doc, i - 1, span.end):
        return False
    i -= 1
    if folded[i] not in rules.kingdom_words:
        return False
    i -= 1
    if i >= 0 and folded[i] in ("le", "the"):
        i -= 1
    if i >= 0 and folded[i] in _KINGDOM_JOINS:
        i -= 1  # "financement du royaume": the noun before the join
    acts = rules.body_acts_by_side
    return i >= 0 and (folded[i] in acts["belongs-any"] or folded[i] in acts["agent"])


#: what joins a kingdom's noun to its country's name
_KINGDOM_JOINS = frozenset({"de", "des", "du", "d'", "d’", "of"})


def opens_with_a_facility_noun(span: Span, rules: ContextRules) -> bool:
    """A name the NER read as a place whose first word is a facility's noun ("Pharmacie <name>",
    "Clinique <name>"), or its second after an adjective ("Grande Mosquée"): the facility
    (tests/real conventions: a place inside a hospital's or a pharmacy's name is doubtful, a
    pharmacy among donors a doubtful body), not a place."""
    nouns = rules.facility_nouns
    return len(span) > 1 and (fold(span[0].text) in nouns
                              or (fold(span[0].text) in rules.facility_qualifiers and fold(span[1].text) in nouns))


def names_a_facility(span: Span, rules: ContextRules) -> bool:
    """A facility's name: opened by its noun (:func:`opens_with_a_facility_noun`), or, in English
    order, with the noun after the first word ("at the <denomination> Church Centre in <town>",
    "<name> Hotel"; tests/real conventions: a venue's or a hospital's name is doubtful, never a
    place): the building, no place of its own."""
    return opens_with_a_facility_noun(span, rules) or (len(span) > 1 and any(
        fold(t.text) in rules.facility_nouns and t.text[:1].isupper() for t in span[1:]))


def in_a_facilitys_name(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A name whose capitalised words go on, on its line, into a facility's name ("the Baptist
    Church Centre", the NER reading "Baptist" alone): the building's (:func:`names_a_facility`)."""
    end = span.end
    while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper() and same_line(doc, span.start, end + 1):
        end += 1
    return names_a_facility(doc[span.start:end], rules)


#: a web address in a run of tokens with no space ("<Country>-Info.Net", "www.<name>.org")
_WEB_ADDRESS = re.compile(r"(?:^(?:https?:|www\.)|\.(?:net|com|org|info|int)(?:/|$))", re.IGNORECASE)


def in_a_web_address(doc: Doc, span: Span) -> bool:
    """A place inside a web site's name or address, written with no space ("<Country>-Info.Net",
    "www.<town>-actu.com"): the site (tests/real conventions: a web site's name is doubtful, the
    agency's web address too), not a place."""
    start, end = span.start, span.end
    while start > 0 and not doc[start - 1].whitespace_ and not doc[start - 1].is_space:
        start -= 1
    while end < len(doc) and not doc[end - 1].whitespace_ and not doc[end].is_space:
        end += 1
    return (start < span.start or end > span.end) and bool(_WEB_ADDRESS.search(doc[start:end].text))


#: an acronym written in mixed case: capitals with one or two lower-case letters between them
#: ("PoC", "EiE", "GiHA", "PoCAA"); a glued place name has longer lower-case runs ("LogaBeibata")
_MIXED_CASE_ACRONYM = re.compile(r"[A-Z]+(?:[a-z]{1,2}[A-Z]+)+[a-z]?")


#: how many tokens back the team's colon may stand from a name in its list
MAX_TEAM_LIST_TOKENS = 12


def listed_in_a_team(doc: Doc, span: Span, rules: ContextRules, places: Optional[set[int]] = None) -> bool:
    """A name in the list right after "<…> Team:" / "Équipe :" (``place_reading_words.csv``'s team nouns) on its line, only capitalised words,
    commas, "and"/"et" and honorifics between ("Cluster Team: <given>, <given> and Dr <given>"): a
    team's members, persons (first names no list knows), no places. ``places``: the tokens of the
    places a list knows, given for a name an admin gazetteer knows: it is a member only beside a
    name no list knows ("Team: <given>, <given>, David"); an admin unit among known places is where
    the team goes ("the RRM team: <county>, <county> and <county>")."""
    folded = folded_tokens(doc)
    i = span.start - 1
    while i >= 1 and span.start - i <= MAX_TEAM_LIST_TOKENS and "\n" not in doc[i].whitespace_:
        if doc[i].text == ":":
            if folded[i - 1] not in rules.team_nouns or not same_line(doc, i - 1, span.end):
                return False
            if places is None:
                return True
            end = i + 1
            while end < len(doc) and end - i <= 2 * MAX_TEAM_LIST_TOKENS and "\n" not in doc[end - 1].whitespace_ \
                    and doc[end].text not in (".", ";"):
                end += 1  # the list: to its line's or its sentence's end
            return any(doc[k].is_alpha and doc[k].text[:1].isupper() and k not in places
                       and folded[k] not in HONORIFICS for k in range(i + 1, end))
        if not (doc[i].text == "," or folded[i] in ("and", "et") or folded[i] in HONORIFICS or doc[i].text == "."
                or (doc[i].is_alpha and doc[i].text[:1].isupper())):
            return False
        i -= 1
    return False


#: the joins of a noun of belonging (``place_reading_words.csv``'s member: "membres du Comité de …")
_MEMBERS_JOINS = (("du",), ("de", "la"), ("de", "l'"), ("de", "l’"), ("des",), ("of", "the"), ("of",), ("de",))


def named_after_members_of(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A name right after "membres du", "members of (the)" ("8 membres du Comité de Retour"): what
    has members is a body (``member_nouns.csv`` reads acronyms so), not a place; only for a name
    the gazetteer does not know (a town's people are its "habitants", not its members)."""
    folded = folded_tokens(doc)
    for join in _MEMBERS_JOINS:
        n = len(join)
        if span.start > n and tuple(folded[span.start - n:span.start]) == join:
            return folded[span.start - n - 1] in rules.member_words and same_line(doc, span.start - n - 1, span.end)
    return False


#: the most capitalised words a person's name may run on past what the NER read
MAX_RUN_ON_WORDS = 2


def runs_on_past_an_initial(doc: Doc, span: Span, given_names, surnames) -> bool:
    """A name the NER read followed on its line by a single capital (a middle name's initial) and
    capitalised words ("<surname> <given> W. <given>."), the whole written as a person's name
    (:func:`written_as_a_persons_name`): the person's full name, surname first as officials'
    names are often written, no place."""
    i = span.end
    if i >= len(doc) or not (len(doc[i].text) == 1 and doc[i].text.isupper()) or not same_line(doc, span.start, i + 1):
        return False
    words = [t.text for t in span] + [doc[i].text]
    i += 1
    if i < len(doc) and doc[i].text == "." and not doc[i - 1].whitespace_:
        i += 1
    while i < len(doc) and len(words) - len(span) <= MAX_RUN_ON_WORDS and doc[i - 1].whitespace_ == " " \
            and doc[i].is_alpha and doc[i].text[:1].isupper() and not doc[i].is_upper:
        words.append(doc[i].text)
        i += 1
    return len(words) > len(span) + 1 and written_as_a_persons_name(words, given_names, surnames)


def mixed_case_acronym(text: str) -> bool:
    """"PoCAA", "EiE", "HoO": an acronym in mixed case (of a site type, a sector, a role), which the
    NER reads as a place's name; no place name of the region is written so."""
    return bool(_MIXED_CASE_ACRONYM.fullmatch(text))


_VOWELS = frozenset("aeiouyAEIOUYàâäéèêëîïôöùûüÀÂÉÈÊÎÔÛ")
#: the longest word in title case without a vowel read as an acronym ("Mrc", "Cnr")
MAX_VOWELLESS_ACRONYM = 5


def vowelless_acronym(text: str) -> bool:
    """"Mrc", "Pdg": a short word in title case with no vowel, an acronym written as a word (a
    party's, a body's), which no place name of the region is."""
    return 2 <= len(text) <= MAX_VOWELLESS_ACRONYM and text.isalpha() and text[:1].isupper() and text[1:].islower() \
        and not _VOWELS & set(text)


def opens_a_rank(doc: Doc, span: Span) -> bool:
    """One word right before a rank or a head of state's noun on its line ("the Vice President of
    …", "Vice-Président"): the rank's first word, no place."""
    after = doc[span.end] if span.end < len(doc) else None
    return len(span) == 1 and after is not None and span[0].whitespace_ == " " and after.text[:1].isupper() \
        and fold(after.text) in RANKS


def an_institutions_office(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """"Cabinet du Gouvernorat", "Secrétariat de la Préfecture", "Coordonnatrice Résidente", "Army
    General", "<nationality> Minister": capitalised words of the language (or a nationality's
    adjective) around an institution's head noun (``org_heads.csv``), a function's noun
    (``role_words.csv``: a title listed after a place, "… au <country> et Coordonnatrice
    Résidente", a job in a broadcaster's byline) or a rank, an office or a title, no place (a
    place's name holds a name, not only words; :func:`names_an_office` reads one word)."""
    words = [t for t in span if t.is_alpha and fold(t.text) not in _TITLED_NAME_JOINS]
    return len(words) > 1 and any(fold(t.text) in rules.org_heads or _function_word(fold(t.text), rules)
                                  or fold(t.text) in RANKS for t in words) and all(
        t.text[:1].isupper() and not t.is_upper and (is_language_word(t.text, doc.vocab) or _nationality(t.text, rules))
        for t in words) and not all(_nationality(t.text, rules) for t in words)


def qualifies_a_title(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A nationality's adjective right before a capitalised function's noun or rank ("the Togolese
    Minister of …", "Nigerian Ambassador"): the title's qualifier, no place."""
    after = span.end
    return after < len(doc) and all(_nationality(t.text, rules) for t in span) \
        and doc[after].text[:1].isupper() and (_function_word(fold(doc[after].text), rules) or fold(doc[after].text) in RANKS)


def _nationality(word: str, rules: ContextRules) -> bool:
    """A state's or a people's adjective ("Togolese", ``nationalities.csv``, ``peoples.csv``) that
    qualifies a title as a word of the language does ("the <nationality> Minister of …")."""
    return fold(word) in rules.nationalities or fold(word) in rules.groups


#: what joins a direction to the place it is taken from ("au Sud-Ouest de <town>", "north-east of <town>")
_DIRECTION_JOINS = frozenset({"de", "du", "d'", "d’", "of"})


def direction_from_a_place(doc: Doc, span: Span, town_starts: Container[int]) -> bool:
    """A compass region's name right before "de"/"of" and a place that is no country ("à 50 km, au
    Sud-Ouest de <town>", "north-east of <town>"): the direction from that place, not the region
    the gazetteer knows by that word; before a country ("le Nord-Ouest du Cameroun") the region
    stays (tests/real conventions)."""
    if not compass_word(span.text) or span.end + 1 >= len(doc) or fold(doc[span.end].text) not in _DIRECTION_JOINS:
        return False
    after = span.end + 1
    if after + 1 < len(doc) and doc[after].lower_ in ("la", "l'", "l’", "the"):
        after += 1
    return after in town_starts and same_line(doc, span.start, after + 1)


def divides_a_wide_area(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A compass point or "Central" before a wide area's name, itself or after "and" and another
    such word ("Central Sahel", "West and Central Africa"): part of the area's name, not the region
    the gazetteer knows by that word."""
    if not (compass_word(span.text) or fold(span.text) in rules.zone_adjectives):
        return False
    i = span.end
    if i + 2 < len(doc) and doc[i].lower_ in ("and", "et") and (compass_word(doc[i + 1].text)
                                                               or fold(doc[i + 1].text) in rules.zone_adjectives):
        i += 2
    return i < len(doc) and same_line(doc, span.start, i + 1) and fold(doc[i].text) in rules.wide_areas


def compass_before_a_people(doc: Doc, span: Span, place_forms: Container[str], rules: ContextRules) -> bool:
    """A compass point or "Central" right before a people's name ("South Sudanese refugees", "North
    Korean", "Central African refugees", ``peoples.csv``): part of the people's name, not the region
    the gazetteer knows by that word."""
    if not (compass_word(span.text) or fold(span.text) in rules.zone_adjectives) or span.end >= len(doc) \
            or span[-1].whitespace_ != " ":
        return False
    following = doc[span.end].text
    if span.end + 1 < len(doc) and doc[span.end + 1].is_alpha and doc[span.end + 1].text[:1].isupper() \
            and doc[span.end].whitespace_:
        return False  # "Central African Republic": the name goes on, a country the gazetteer may not know
    return names_a_people(following, place_forms) or fold(following) in rules.groups or fold(following) in rules.continent_peoples


#: how many tokens a regional title may run from its head to the "de"/"du" before its area ("Directeur
#: régional (DR) du Genre et de la Famille du <region>")
TITLE_AREA_REACH = 12
#: what ends a title's phrase before its area: a sentence's or a clause's punctuation
_TITLE_ENDS = frozenset({".", ";", ":", ",", "!", "?", "•", "«", "»", '"'})


def closes_an_officials_title(doc: Doc, span: Span, rules: ContextRules, cue_ends: Container[int]) -> bool:
    """A place after "de"/"du" closing a regional official's title or directorate ("Lassané <name>,
    directeur régional de l'action sociale du <region>", "Directeur régional (DR) du Genre et de la
    Famille du <region>": a role word or an institution's head (``role_words.csv``,
    ``org_heads.csv``) and a sub-national level), or an institution inside a role noun's title
    ("le Secrétaire général du gouvernorat de <region>"): the area names the function, no
    location (tests/real conventions: the title a `doubtful` organisation, no place inside it).
    Not a place a cue points to ("… de la région de Gao"), nor past a verb or a clause's end
    ("le directeur régional a visité les sites de …")."""
    join = span.start - 1
    if join < 1 or span.start in cue_ends or doc[join].lower_ not in AREA_JOINS:
        return False
    folded = folded_tokens(doc)
    if folded[join - 1] in rules.org_heads and _after_a_role(doc, join - 1, rules):
        return True  # "Secrétaire général du gouvernorat de <region>"
    for i in range(join - 1, max(-1, join - 1 - TITLE_AREA_REACH), -1):
        token = doc[i]
        if token.text in _TITLE_ENDS or "\n" in token.whitespace_ or token.lower_ in FINITE_AUXILIARIES:
            return False
        following = folded[i + 1] if i + 1 < len(doc) else ""
        if following in rules.title_levels and (any(w in rules.role_words for w in singulars(folded[i]))
                                           or f"{folded[i]} {following}" in rules.org_heads):
            return _names_a_remit(doc, folded, i + 2, join)
    return False


#: the words joining a title's remit to its level and its parts ("de l'action sociale", "des eaux et
#: forêts", "en charge de l'action humanitaire")
_REMIT_JOINS = frozenset({"de", "du", "des", "d'", "d’", "d", "et", "en", "charge", "chargee", "aux", "au"})
_REMIT_ARTICLES = frozenset({"la", "le", "les", "l'", "l’", "l"})
#: how a participle ends ("venu", "déplacés"): no second word of a remit ("action sociale", "santé publique")
_PARTICIPLE_END = re.compile(r"(?:é|ée|és|ées|u|ue|us|ues)$")


def _names_a_remit(doc: Doc, folded: list, start: int, end: int) -> bool:
    """The words between a title's level and the "de" before its area are its remit: joining words,
    articles after them, one or two words each, a parenthesised acronym ("(DR) du Genre et de la
    Famille", "de l'action sociale"). A verb and its object ("de la santé appuie les centres de santé
    de <town>", "… venu de <town>", "… dénombre 300 ménages") is no remit: the area is a place."""
    previous, words = "join", 0
    i = start
    while i < end:
        token, word = doc[i], folded[i]
        if token.text == "(" and i + 2 < end and doc[i + 2].text == ")" and doc[i + 1].text.isupper() \
                and previous == "join" and i == start:
            i += 3
            continue
        if word in _REMIT_JOINS:
            previous, words = "join", 0
        elif word in _REMIT_ARTICLES:
            if previous != "join":
                return False
            previous = "article"
        elif token.is_alpha:
            if previous == "join" and i == start or words >= 2 \
                    or words == 1 and _PARTICIPLE_END.search(token.lower_):
                return False
            previous, words = "word", words + 1
        else:
            return False
        i += 1
    return previous == "word"


def _after_a_role(doc: Doc, head: int, rules: ContextRules) -> bool:
    """An institution's head written after "du"/"de la" that follows a role noun and at most one word
    ("Secrétaire général du gouvernorat"): the institution completes the role's title."""
    folded = folded_tokens(doc)
    i = head - 1
    if i >= 1 and folded[i] == "la":
        i -= 1
    if i < 1 or folded[i] not in ("du", "de"):
        return False
    return any(any(w in rules.role_words for w in singulars(folded[j])) for j in range(max(0, i - 2), i)
               if same_line(doc, j, head + 1))


def with_a_first_name(doc: Doc, span: Span, rules: ContextRules, place_forms: Container[str]) -> Optional[Span]:
    """A known place's name with the capitalised word right before it on its line when that word is
    no place, no cue, no function and no word of the language ("<first name> Sidi Ahmed"): the run a
    person's name may be, for the person tests a known place alone does not take (a role phrase
    before a comma, a verb of speech after). None when the word before is none such."""
    if span.start < 1 or not all(t.is_alpha and t.text[:1].isupper() for t in span):
        return None
    word = doc[span.start - 1]
    folded = fold(word.text)
    if not (word.is_alpha and word.text[:1].isupper() and not word.is_upper and len(word.text) >= 3
            and word.whitespace_ == " ") or word.text in place_forms:
        return None
    if folded in rules.cue_words or folded in rules.stop_words or folded in rules.months or _function_word(folded, rules) \
            or (is_language_word(word.text, doc.vocab) and folded not in rules.given_names):
        return None
    return Span(doc, span.start - 1, span.end)


def with_a_surname(doc: Doc, span: Span, rules: ContextRules, place_forms: Container[str]) -> Optional[Span]:
    """A known place's name of one word with the capitalised word right after it on its line, its
    pieces glued by a hyphen or not, when that word is no place, no cue, no function and no word of
    the language (of a double-barrelled name, not every piece one: "<name>-Bell"), and a comma, an
    article or a verb of speech follows ("the Coordinator in <country>, <given> <name>-<name>, led …",
    "Representative <given> Jamal said"): the run a person's name may be when
    the given name is also a place's, for the person tests a known place alone does not take. None
    otherwise."""
    if len(span) != 1 or not (span[0].is_alpha and span[0].text[:1].isupper()) or span[0].whitespace_ != " " \
            or span.end >= len(doc):
        return None
    end = span.end
    while end < len(doc) and (end == span.end or not doc[end - 1].whitespace_) \
            and (doc[end].is_alpha or (doc[end].text == "-" and not doc[end].whitespace_)):
        end += 1  # "<Surname>-<Surname>": the surname's pieces, glued
    words = [t for t in doc[span.end:end] if t.is_alpha]
    if not words or end >= len(doc) or not same_line(doc, span.start, end + 1) \
            or any(not t.text[:1].isupper() or t.is_upper or len(t.text) < 3 or t.text in place_forms
                   or fold(t.text) in rules.cue_words or fold(t.text) in rules.stop_words
                   or fold(t.text) in rules.months or _function_word(fold(t.text), rules) for t in words) \
            or all(is_language_word(t.text, doc.vocab) and fold(t.text) not in rules.surnames for t in words):
        return None  # a double-barrelled surname ("<Surname>-<name>") may hold one piece that is also a word
    folded = folded_tokens(doc)
    if span.start in _cue_ends(doc, rules) or span.start > 0 and folded[span.start - 1] in _PLACE_PREPOSITIONS:
        return None  # "s'est rendue à <town> <name>, le chef …", "du site de <town> <name>,": a place its cue names
    if doc[end].text != "," and folded[end] not in _ARTICLES_BEFORE_A_ROLE and not _speech_verb_at(folded, doc, end, rules):
        return None  # a comma, an article opening a role ("<given> <Surname>-<Surname> le nouveau …"), a verb of speech
    return Span(doc, span.start, end)


#: how many capitalised words the photographer's name before "/<agency>" may hold
MAX_CREDITED_WORDS = 3
#: how many more slash-joined parts a credit may hold before the photographer's name ("<agency>/<code>/")
MAX_CREDIT_LINKS = 2
#: how many glued tokens one such part may hold ("N2023-114": three)
MAX_CREDIT_PART_TOKENS = 5


def names_a_credit(doc: Doc, span: Span, rules: ContextRules) -> bool:
    """A name opened by an image credit's word or right after it, a colon between or not ("(Photo
    <outlet>)", "Crédit : <name>", "(ph. <name>)"), or the agency a slash joins to the photographer's
    name there ("(Photo <name>/<agency>)"): the picture's source or photographer, no place (tests/real: a
    photo credit's agency counts as a body). The words and abbreviations: ``place_reading_words.csv``."""
    folded = folded_tokens(doc)
    if len(span) > 1 and folded[span.start] in rules.credit_words:
        return True
    i = span.start - 1
    if i >= 1 and doc[i].text == "/":
        first = i - 1
        while first > 0 and i - first < MAX_CREDITED_WORDS and doc[first - 1].is_alpha \
                and doc[first - 1].text[:1].isupper() and folded[first - 1] not in rules.credit_words:
            first -= 1
        if doc[first].text[:1].isupper():
            i = first - 1
        links = 0
        while links < MAX_CREDIT_LINKS and i >= 1 and doc[i].text == "/" and not doc[i - 1].whitespace_ \
                and not doc[i].whitespace_ and doc[i - 1].text[:1].isalnum():
            j = i - 1
            while j >= 1 and not doc[j - 1].whitespace_ and doc[j - 1].text != "/" and i - j < MAX_CREDIT_PART_TOKENS:
                j -= 1  # a part's glued pieces ("N2023-114")
            i = j - 1  # "© <agency>/<picture's code>/<name>": the picture's code and the agency before it
            links += 1
    if i >= 0 and doc[i].text in (":", "."):
        abbreviated = doc[i].text == "." and i >= 1 and folded[i - 1] in rules.credit_abbreviations
        i -= 1
        if doc[i + 1].text == "." and not abbreviated:
            return False
    elif i >= 0 and folded[i].rstrip(".") in rules.credit_abbreviations and doc[i].text.endswith("."):
        return same_line(doc, i, span.end)
    return i >= 0 and (folded[i] in rules.credit_words or folded[i] in rules.credit_abbreviations) and same_line(doc, i, span.end)



#: what joins the remits a ministry's name lists ("ministère de l'Agriculture, de la Pêche et Élevage")
_PORTFOLIO_LIST_JOINS = frozenset({",", "et", "and", "&", "de", "du", "des", "d'", "d’", "la", "l'", "l’", "of", "the"})
#: the joins that make the remits a list ("de l'Agriculture, de la Pêche et Élevage")
_PORTFOLIO_LIST_MARKS = frozenset({",", "et", "and", "&"})
#: the joins right after the head that open its remits ("ministère de …", "Ministry of …")
_PORTFOLIO_OPENERS = frozenset({"de", "du", "des", "d'", "d’", "of"})
#: how many tokens a ministry's list of remits may run before the name
MAX_PORTFOLIO_TOKENS = 16


def listed_among_remits(doc: Doc, span: Span, rules: ContextRules, place_forms: Container[str]) -> bool:
    """Capitalised words of the language in the list of remits a ministry's or a minister's name
    gives ("les ministères de l'Agriculture, de la Pêche et Élevage", "Minister of Youth, Sports and
    Culture"): reached back on the line over other such words and their joins from an
    institution's head (``org_heads.csv``) or a function's noun (``role_words.csv``) and "de"/"of",
    the portfolio, no place; a known place's name stops the walk. Only in a list (a comma or "et"/"and"
    on the way): one name right after the head is its area ("le préfet de <town>", "gouvernorat de <region>")."""
    words = [t for t in span if not t.is_punct]
    if not words or len(words) > 3 or any(not t.text[:1].isupper() or t.is_upper or t.text in place_forms
                                          or not is_language_word(t.text, doc.vocab) for t in words):
        return False
    folded = folded_tokens(doc)
    i, listed = span.start - 1, False
    while i >= 1 and span.start - i <= MAX_PORTFOLIO_TOKENS and "\n" not in doc[i].whitespace_:
        token = doc[i]
        if folded[i] in _PORTFOLIO_OPENERS and (folded[i - 1] in rules.org_heads or _function_word(folded[i - 1], rules)):
            return listed
        if folded[i] in _PORTFOLIO_LIST_JOINS:
            listed = listed or folded[i] in _PORTFOLIO_LIST_MARKS
            i -= 1
            continue
        if not (token.is_alpha and token.text[:1].isupper() and not token.is_upper and token.text not in place_forms
                and is_language_word(token.text, doc.vocab)):
            return False
        i -= 1
    return False
