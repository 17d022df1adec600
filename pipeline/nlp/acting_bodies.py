"""An acronym nobody knows is a body when the sentence has it act: the subject of an action or of
speech, the agent of a passive, the source of a figure, the owner of premises, staff or a mandate,
the body a person's function is held in.

Why: with a registry that does not know a document's bodies (an archive's local NGOs, or any name
written in a way no list holds), an acronym in running text looks like any word in capitals; only
what the sentence does with it tells a body apart. Programmes, themes, plans and units do not
report, share, request or organise, and are not the agent of "produit par" or the source of a
figure ("NRC to share the list", "IOM reported", "le HCR a réceptionné", "produit par OCHA",
"selon le HCR", "Source : OCHA", "les locaux du HCR", "Sector Lead- NEMA", "(IRC 31/03/2019)";
the words in ``body_acts.csv`` by their side of the acronym, with the verbs of
``speech_verbs.csv`` and ``actor_verbs.csv``). Read as a definition is ("context"), so the
document's other mentions of the acronym follow (:mod:`pipeline.nlp.acronyms`).
"""

from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc, Token

from pipeline.nlp.context import (
    BELONGING_JOINS,
    NAME_CONNECTORS,
    ContextRules,
    acronym_shaped,
    doc_text,
    expansion_before,
    folded_tokens,
    is_language_word,
    is_roman,
    plural_acronym,
    qualifies_a_noun,
    token_texts,
)
from pipeline.nlp.person_names import HONORIFICS
from pipeline.nlp.place_readings import DURATION
from pipeline.textnorm import fold

#: an acronym this short is too often something else ("CP", "PM") to be read by its verb
SHORTEST_ACTING_ACRONYM = 3
#: words after which an acronym still opens its clause ("…, NRC and CRS to provide", "le HCR a")
CLAUSE_JOINS = frozenset({",", ";", ":", "et", "and", "&", "(", "-", "–", "•"})
#: articles before a subject ("le HCR a", "the IOM team"): the subject's when no preposition precedes them
ARTICLES = frozenset({"le", "la", "l'", "l’", "the"})
#: prepositions that make the acronym after their article an object ("at the ARM", "à la CMP")
PREPOSITIONS = frozenset({"at", "in", "of", "on", "to", "from", "with", "for", "by", "into", "during", "a", "à", "de",
                          "du", "dans", "pour", "sur", "avec", "par", "chez", "vers", "entre", "lors", "after", "après"})
#: the prepositions and articles opening each item of a list of bodies ("du HCR, de l'UNICEF")
ITEM_CONNECTORS = frozenset({"du", "de", "d", "l", "la", "le", "au", "aux", "a", "des", "of", "the"})
#: how many such items make a list of bodies with none known
MIN_UNKNOWN_ITEMS = 3
#: the words joining such items
ITEM_JOINS = frozenset({"et", "and", "&"})
#: the words joining a pair of bare acronyms ("ZSF and TZH")
PAIR_JOINS = frozenset({"et", "and"})
#: a French past participle ("distribué", "construit", "étendu", "pu")
PARTICIPLE = re.compile(r"[a-zà-ÿ]*(?:é|ée|és|ées|i|is|it|u|us)")
#: an English verb in the past ("helped", "nominated"), not an adjective before "by" / "to" ("affected by")
ENGLISH_PAST = re.compile(r"[a-z]{3,}ed")
#: the English perfect's auxiliaries and the adverbs standing before its participle ("ZRS has already
#: distributed"): a subject acting, as "ZOI a construit" is in French (twenty-fifth pass: 7 of 9 such
#: acronyms in dev's texts are gold bodies, the other two after a preposition, no clause's subject)
PERFECT_AUXILIARIES = frozenset({"has", "had"})
#: (review of the twenty-fifth pass) "have" left out: the plural's acronyms are people's or things' ("PLW have received
#: rations", "UASC have been identified", "ERW have killed"), every such body of dev takes "has"; the participles
#: of a change the subject undergoes, a rate's or a theme's, are no body's act ("CFR has increased"): ``body_acts.csv``'s
#: side "change"
PERFECT_ADVERBS = frozenset({"also", "already", "just", "now", "recently", "since"})
#: a date as written in a source's citation ("31/03/2019", "04.04.2019")
DATE = re.compile(r"[ \t]*(?:[–—-][ \t]*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")
#: a month and its year after a source ("– June 2018")
MONTH_YEAR = re.compile(r"[ \t]*(?:[–—-][ \t]*)?([^\W\d_]+)[ \t]+\d{4}\b")
#: the marks opening a line of a list ("- ZRC:", "• ZRC:")
BULLET_WORDS = frozenset({"-", "–", "•", "*", "·"})
#: a list item's marker ("a.", "b)", "ii.")
LIST_MARKER = re.compile(r"(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]")
#: what stands between a person's function and the body's acronym ("Sector Lead- NEMA")
ROLE_JOINS = frozenset({"-", "–", "—", ",", "("})
#: words after which the acronym names a part of a body ("le TOB de la MINUSCA")
OWNER_JOINS = frozenset({"de", "du", "des", "d", "of"})
#: articles between a cue and its acronym ("selon le HCR", "par l'UNICEF")
CUE_ARTICLES = frozenset({"le", "la", "l'", "l’", "l", "the", "les"})
#: the most words a cue of ``body_acts.csv`` holds
MAX_ACT_WORDS = 4
#: the most words of a person's name between an honorific and "of" ("Mr. Musa Adamu Bello of")
MAX_NAME_WORDS = 5


def acting_acronyms(doc: Doc, rules: ContextRules, not_orgs: frozenset[str], taken: set[int]) -> list[tuple[int, int]]:
    """One-token spans of the acronyms nothing read yet that act in their sentence."""
    folded = folded_tokens(doc)
    acts = rules.body_acts_by_side
    found = []
    for i, text in enumerate(token_texts(doc)):
        if i in taken or not text.isupper() or qualifies_a_noun(doc, i, rules):
            continue  # both readings below want capitals: the cheap test first
        if not _candidate(text, folded[i], rules, not_orgs):
            if folded[i] in rules.stop_words and _candidate(text, "", rules, not_orgs) and _acts_after(doc, i, folded, acts):
                found.append((i, i + 1))  # "WHO reported six cases": the letters spell a word, the verb says a body
            continue
        if _acts_after(doc, i, folded, acts) or (_cued_before(doc, i, folded, acts) and not _qualifies_after(doc, i, rules)) \
                or _belongs_to(doc, i, folded, acts) or _after_a_role(doc, i, folded, rules, acts) \
                or _a_persons_body(doc, i, folded, acts) \
                or _premises_after(doc, i, acts, rules.stop_words) or _dated_source(doc, i, folded, rules) \
                or _heading_a_report(doc, i):
            found.append((i, i + 1))
    return found


def listed_with_bodies(doc: Doc, rules: ContextRules, not_orgs: frozenset[str], bodies: set[int],
                       taken: set[int]) -> list[tuple[int, int]]:
    """The acronyms listed with a body, each after its own preposition and article ("le personnel
    du HCR, de l'ZUNI, d'ZOCA et de ZRC", "avec le concours du ZHC et de l'ZNDH"): items of one
    list, which the comma enumerations (their items bare) do not read; one item a body, the
    acronyms beside it are bodies too. Three such items or more, all acronyms that could be
    bodies, are bodies though none is known ("lancé à l'ZMS, l'ZNICEF et au ZAM"): themes and
    sectors are no such list's items (``not_organisations.csv``)."""
    folded, texts = folded_tokens(doc), token_texts(doc)
    found: list[tuple[int, int]] = []
    run: list[int] = []
    i = 0
    while i <= len(doc):
        item = _listed_acronym(texts, i, folded) if i < len(doc) else None
        if item is not None:
            run.append(item)
            i = item + 1
            if i < len(doc) and (doc[i].text == "," or folded[i] in ITEM_JOINS):
                i += 1
                continue
        if (len(run) >= 2 and any(k in bodies for k in run)) or (
                len(run) >= MIN_UNKNOWN_ITEMS and all(_candidate(doc[k].text, folded[k], rules, not_orgs) for k in run)):
            found += [(k, k + 1) for k in run if k not in taken and k not in bodies
                      and _candidate(doc[k].text, folded[k], rules, not_orgs)]
        run = []
        i += 1 if item is None else 0
    return found


def paired_with_a_body(doc: Doc, rules: ContextRules, not_orgs: frozenset[str], bodies: set[int],
                       taken: set[int]) -> list[tuple[int, int]]:
    """"The NGOs ZSF and TZH set up …", "built by UNICEF and TZH": a bare acronym joined by "and"/"et"
    to a body's bare acronym (no article on either side, on one line) is a body too: a pair is a
    list too short for the comma enumerations. Not a theme's or a sector's acronym ("UNICEF and
    WASH partners": ``not_organisations.csv``, sectors, plurals), nor a unit of a body after it
    ("ZRC and TOB of ZUNMIS")."""
    folded = folded_tokens(doc)
    found: list[tuple[int, int]] = []
    for j, word in enumerate(folded):
        if word not in PAIR_JOINS or j == 0 or j + 1 >= len(doc) or "\n" in doc[j - 1].whitespace_ + doc[j].whitespace_:
            continue
        for known, other in ((j - 1, j + 1), (j + 1, j - 1)):
            if known not in bodies or not (doc[known].text.isupper() and acronym_shaped(doc[known].text)) \
                    or other in taken or other in bodies or not _candidate(doc[other].text, folded[other], rules, not_orgs) \
                    or not _bare(doc, min(known, other) - 1, folded) \
                    or _owned_after(doc, max(known, other)):
                continue
            found.append((other, other + 1))
    return found


def _owned_after(doc: Doc, i: int) -> bool:
    """The word after the pair is "of"/"de": the second acronym a unit of the body that follows."""
    after = _words_after(doc, i, 1)
    return bool(after) and fold(after[0]) in OWNER_JOINS


def _bare(doc: Doc, k: int, folded: list[str]) -> bool:
    """Token k, before a pair, is no article or preposition of an item ("du", "de l'") and no comma:
    the pair's items stand bare and alone (items each with its own article are
    :func:`listed_with_bodies`' list, "A, B et C" the comma enumeration's)."""
    return k < 0 or (folded[k].rstrip("'’") not in ITEM_CONNECTORS and doc[k].text != ",")


def _listed_acronym(texts: list[str], i: int, folded: list[str]) -> int | None:
    """The acronym of an item "du ZHC", "de l'ZUNI", "d'ZOCA", "au ZPAM" starting at token i (its
    preposition and article, then the acronym), or None."""
    k = i
    while k < len(texts) and k - i < 3 and folded[k].rstrip("'’") in ITEM_CONNECTORS:
        k += 1
    if k == i or k >= len(texts) or not (texts[k].isupper() and acronym_shaped(texts[k])):
        return None
    return k


def _candidate(text: str, folded: str, rules: ContextRules, not_orgs: frozenset[str]) -> bool:
    """An acronym of three letters or more in capitals, none of the words known not to be bodies
    (``not_organisations.csv``, table headers, months, sectors' acronyms, plurals)."""
    return (text.isupper() and sum(c.isalpha() for c in text) >= SHORTEST_ACTING_ACRONYM and acronym_shaped(text) and not is_roman(text)
            and folded not in not_orgs and fold(text) not in not_orgs and folded not in rules.header_words and folded not in rules.months
            and folded not in rules.stop_words and not plural_acronym(text) and text not in rules.sector_acronyms)


def _opens_a_clause(doc: Doc, i: int) -> bool:
    """Nothing before the acronym but a clause's start, a join or an article, other acronyms
    slashed to it ("OCHA/NEMA to"): no noun it qualifies, no person's name it ends ("Mme Awa
    KONE a souligné"), no preposition before its article ("present at the ARM noted")."""
    k = _before(doc, i)
    while k >= 0 and doc[k].text == "/" and k > 0 and doc[k - 1].text.isupper():
        k = _before(doc, k - 1)  # "OCHA/NEMA/SEMA to share"
    if k < 0 or "\n" in doc[k].text or (doc[k].is_punct and doc[k].text != "/") or doc[k].like_num \
            or LIST_MARKER.fullmatch(doc[k].text):
        return True
    if doc[k].lower_ in ARTICLES:
        j = _before(doc, k)
        return j < 0 or doc[j].lower_ not in PREPOSITIONS
    return doc[k].lower_ in CLAUSE_JOINS


def _before(doc: Doc, i: int) -> int:
    """The token before i, spaces skipped (a line break is a token kept)."""
    k = i - 1
    while k >= 0 and doc[k].is_space and "\n" not in doc[k].text:
        k -= 1
    return k


def _before_joins(doc: Doc, k: int, folded: list[str]) -> Iterator[int]:
    """The token before each of ``BELONGING_JOINS`` that ends at token k ("les locaux du HCR"): what
    the acronym after k may belong to, for a body's premises and a person's body alike."""
    for join in BELONGING_JOINS:
        j, matched = k, True
        for word in reversed(join):
            if j < 0 or folded[j].rstrip("'’") != word:
                matched = False
                break
            j = _before(doc, j)
        if matched:
            yield j


def _words_after(doc: Doc, i: int, n: int) -> list[str]:
    """The n words after token i, as written, on the same line (spaces skipped)."""
    words, k = [], i + 1
    while k < len(doc) and len(words) < n:
        if "\n" in doc[k].text:
            break
        if not doc[k].is_space:
            words.append(doc[k].text)
        k += 1
    return words


def _acts_after(doc: Doc, i: int, folded: list[str], acts: dict[str, frozenset[str]]) -> bool:
    """"NRC to share", "IOM reported", "le HCR a réceptionné": the acronym opens its clause and a
    verb of acting follows it, written in lower case (a heading in capitals is no sentence); or
    the acronym stands in parentheses after the name it spells out, that name opening the clause
    (:func:`_spelt_out_subject`)."""
    if _spelt_out_subject(doc, i):
        return _verb_of_acting_after(doc, i + 1, folded, acts)
    return _opens_a_clause(doc, i) and _verb_of_acting_after(doc, i, folded, acts)


def _spelt_out_subject(doc: Doc, i: int) -> bool:
    """"Youth for Zorg Future (Y4ZF) joined …", "Action Zorg pour le Développement (AZD) a
    organisé …": an acronym in parentheses right after the capitalised name its letters spell
    (a digit standing for a word dropped: ``context.expansion_before``), the name opening its
    clause: name and acronym are the clause's subject."""
    if not (0 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")"):
        return False
    name = expansion_before(doc, i, set())
    return name is not None and all(t.text[:1].isupper() for t in doc[name[0]:name[1]]
                                    if t.is_alpha and t.lower_ not in NAME_CONNECTORS) \
        and _opens_a_clause(doc, name[0])


def _verb_of_acting_after(doc: Doc, i: int, folded: list[str], acts: dict[str, frozenset[str]]) -> bool:
    """A verb of acting right after token i, in lower case (see :func:`_acts_after`)."""
    after = _words_after(doc, i, MAX_ACT_WORDS)
    if not after or not after[0].islower():
        return False
    if after[0] == "to" and len(after) > 1 and after[1].isalpha() and after[1].islower() and after[1] != "be":
        return _action_line(doc, i)  # "CRS to share the terms of reference": an action point
    words = [fold(w) for w in after]
    if any(" ".join(words[:n]) in acts["after"] for n in range(1, len(words) + 1)):
        return True
    if len(after) >= 2 and words[0] in ("a", "ont") and PARTICIPLE.fullmatch(after[1]) and words[1] != "ete":
        return True  # "ZOI a construit 300 abris", "le ZAM a étendu": a compound past, the subject acting
    if len(after) >= 2 and words[0] in PERFECT_AUXILIARIES:
        k = 2 if words[1] in PERFECT_ADVERBS and len(after) > 2 else 1
        if (ENGLISH_PAST.fullmatch(after[k]) or words[k] in acts["participle"]) and words[k] not in acts["change"]:
            return True  # "ZRS has restarted operations", "ZHCR has already distributed": the English perfect
    return bool(ENGLISH_PAST.fullmatch(after[0])) and (len(words) < 2 or words[1] not in ("by", "to", "in", "on"))


def _action_line(doc: Doc, i: int) -> bool:
    """The acronym opens its line, bullet or numbered point ("• NRC to update …", "7. WFP to share")."""
    k = i - 1
    while k >= 0 and (doc[k].is_space and "\n" not in doc[k].text or doc[k].text in {",", "and", "&", "et"}
                      or (doc[k].text.isupper() and doc[k].is_alpha)):
        k -= 1
    return k < 0 or "\n" in doc[k].text or doc[k].is_punct or doc[k].like_num or bool(LIST_MARKER.fullmatch(doc[k].text))


def _qualifies_after(doc: Doc, i: int, rules: ContextRules) -> bool:
    """"recommended by the CTP symposium", "par le TOB de la MINUSCA": a lower-case noun after the
    acronym (it names that noun's kind) or a body it belongs to (a unit of it, no body of its own)."""
    after = _words_after(doc, i, 1)
    if not after:
        return False
    word = fold(after[0])
    return word in OWNER_JOINS or (after[0].isalpha() and after[0].islower()
                                   and word not in rules.stop_words and word not in rules.months)


def _belongs_to(doc: Doc, i: int, folded: list[str], acts: dict[str, frozenset[str]]) -> bool:
    """"les locaux du HCR", "le mandat du HCR", "the staff of IOM", "bureau HCR": a noun of what a
    body has (premises, staff, mandate, support, partners) owns the acronym after it."""
    k = _before(doc, i)
    if k > 0 and doc[k].text == "(" and i + 1 < len(doc) and doc[i + 1].text in (")", "/", ","):
        j = _before(doc, k)  # "Chair: Awa Kone (ZFP)": the attendee's body in parentheses
        return j >= 0 and doc[j].is_title and doc[j].is_alpha and _a_person_ends(doc, j, folded)
    for j in _before_joins(doc, k, folded):
        if j >= 0 and _belonging_noun(doc[j], folded[j], acts["belongs-any"]):
            return True
    return k >= 0 and _belonging_noun(doc[k], folded[k], acts["belongs-direct"])


def _after_a_role(doc: Doc, i: int, folded: list[str], rules: ContextRules, acts: dict[str, frozenset[str]]) -> bool:
    """"Sector Lead- NEMA", "Shelter Engineer – IOM", "Nutrition Officer (ZUNI)": a person's function
    then the acronym, a dash, a comma or a parenthesis between: the body the function is held in."""
    k = _before(doc, i)
    if k >= 0 and doc[k].text in ROLE_JOINS:
        k = _before(doc, k)
    if k < 0 or doc[k].is_upper or not doc[k].is_alpha:
        return False
    word = folded[k].split("-")[-1]
    nouns = acts["role-any"]
    return word in nouns or (word[-1:] == "s" and word[:-1] in nouns)


def _a_persons_body(doc: Doc, i: int, folded: list[str], acts: dict[str, frozenset[str]]) -> bool:
    """"Mr. Awa Kone of ZADEC", "Gilbert Diallo de l'ZUNI", "the Director General of ZEC", "Awa Kone
    (ZFP)": a person (the statistical NER's, or capitalised words after an honorific) or a person's
    function, then "of" / "de" and the acronym, or the acronym alone in parentheses after the person:
    the body the person works for (a unit of a body, "le TOB de la MINUSCA", has no person before it)."""
    k = _before(doc, i)
    for j in _before_joins(doc, k, folded):
        if j >= 0 and doc[j].is_title and doc[j].is_alpha:
            return _a_person_ends(doc, j, folded) or any(_role_word(folded[m], acts) for m in (j, j - 1) if m >= 0)
    return False


def _a_person_ends(doc: Doc, j: int, folded: list[str]) -> bool:
    """A person's name ends at token j: the statistical NER reads a person there, or up to four
    capitalised words lead back to an honorific ("Mr. Musa Adamu Bello")."""
    if any(e.label_ == "PER" and e.start <= j < e.end for e in doc._.ner_ents):
        return True
    m = j
    while m >= 0 and j - m < MAX_NAME_WORDS and (doc[m].is_title or doc[m].text == "."):
        if folded[m].rstrip(".") in HONORIFICS and m < j:
            return True
        m -= 1
    return m >= 0 and folded[m].rstrip(".") in HONORIFICS


def _role_word(word: str, acts: dict[str, frozenset[str]]) -> bool:
    word = word.split("-")[-1]
    return word in acts["role-any"] or (word[-1:] == "s" and word[:-1] in acts["role-any"])


def _premises_after(doc: Doc, i: int, acts: dict[str, frozenset[str]], stop_words: frozenset[str]) -> bool:
    """"Held at NEMA Zonal Office", "Venue ZAH Office", "the ZUNI warehouse": the acronym's premises
    named after it, one word between at most."""
    after = _words_after(doc, i, 2)
    if not after or after[0].isupper():
        return False
    if fold(after[0]) in acts["premises"]:
        return True
    return len(after) == 2 and after[0].istitle() and fold(after[0]) not in stop_words \
        and fold(after[1]) in acts["premises"] and not after[1].isupper()


def _dated_source(doc: Doc, i: int, folded: list[str], rules: ContextRules) -> bool:
    """"(ZRC 31/03/2019, KOM 26/03/2019)", "(ZOI – June 2018)": an acronym opening a parenthesis
    or an item of it, a date right after: the source a figure or a statement is cited from."""
    k = _before(doc, i)
    if k < 0 or doc[k].text not in ("(", ",", ";"):
        return False
    start = doc[i].idx + len(doc[i].text)
    rest = doc_text(doc)[start:start + 40]
    if DATE.match(rest):
        return True
    month = MONTH_YEAR.match(rest)
    return month is not None and fold(month.group(1)) in rules.months


def _heading_a_report(doc: Doc, i: int) -> bool:
    """"ZRC:" alone on its line, the report of that partner below it ("PARTNER UPDATES / ZRC: /
    - Completed distribution …"): an acronym heading a partner's paragraph, its line's only word."""
    k = _before(doc, i)
    if not (k < 0 or "\n" in doc[k].text or (doc[k].text in BULLET_WORDS and _line_start(doc, k))):
        return False
    j = i + 1
    if j >= len(doc) or doc[j].text != ":":
        return False
    j += 1
    while j < len(doc) and doc[j].is_space:
        j += 1
    return j < len(doc) and doc[j].text in BULLET_WORDS and "\n" in doc[j - 1].text  # "ZRC:\n- Completed …"


def _line_start(doc: Doc, k: int) -> bool:
    """Token k opens its line."""
    j = _before(doc, k)
    return j < 0 or "\n" in doc[j].text


def _belonging_noun(token: Token, folded: str, nouns: frozenset[str]) -> bool:
    """A noun of the list in lower case or capitalised, not in a heading in capitals."""
    return not token.is_upper and token.is_alpha and folded in nouns


def _cued_before(doc: Doc, i: int, folded: list[str], acts: dict[str, frozenset[str]]) -> bool:
    """"selon le HCR", "Source : OCHA", "produit par OCHA", "chaired by IOM"."""
    k = i - 1
    while k >= 0 and (doc[k].is_space or doc[k].text == ":"):
        k -= 1  # "Source : OCHA"
    if k >= 0 and folded[k] in CUE_ARTICLES:
        k -= 1
        while k >= 0 and doc[k].is_space:
            k -= 1
    if k < 0:
        return False
    words: list[str] = []
    j = k
    while j >= 0 and len(words) < MAX_ACT_WORDS:
        if "\n" in doc[j].text:
            break
        if not doc[j].is_space:
            words.insert(0, folded[j])
            phrase = " ".join(words)
            if phrase in acts["before"]:
                return True
            if phrase in acts["agent"]:
                return _participle_before(doc, j, acts["participle"]) or _closes_an_item(doc, i)
        j -= 1
    return False


#: a presentation's duration after its presenter in an agenda ("(12 min)", "- 5 min", "(10mn)")
_DURATION = re.compile(rf"\s*(?:\(|[-–])\s*{DURATION}", re.IGNORECASE)


def _closes_an_item(doc: Doc, i: int) -> bool:
    """"Résultats de l'enquête, par ZOKU" at its line's end, "… analysis, by ZAH (12 min)", "Par
    l'ZEPS - 5 min": the presenter of an agenda's item, named after "par"/"by" where the item ends
    (its line's end, or the time it is given), is a body whatever the verb before it."""
    end = doc[i].idx + len(doc[i].text)
    rest = doc.text[end:end + 24]
    if _DURATION.match(rest):
        return True  # "by AAH (12 min)": the time given, whatever the letters
    if rest.split("\n", 1)[0].strip() or doc[i].is_upper and is_language_word(doc[i].text, doc.vocab):
        return False  # "Nombre de ménages par SITE", "by AGE": a word of the language in capitals
    # at its line's end, the item's shape: a comma or a dash before "par"/"by", or a numbered line
    k = _before(doc, i)  # the article or "par"/"by"
    if k >= 0 and fold(doc[k].text).rstrip("'’") in ("l", "le", "la", "les", "the"):
        k = _before(doc, k)
    k = _before(doc, k) if k >= 0 else k  # the word before "par"/"by"
    if k >= 0 and doc[k].text in _ITEM_SEPARATORS:
        return True
    line = doc.text[doc.text.rfind("\n", 0, doc[i].idx) + 1:doc[i].idx]
    return bool(_NUMBERED_LINE.match(line))


#: what ends an agenda item's title before its presenter ("…, par ZOKU", "… – by ZAH")
_ITEM_SEPARATORS = frozenset({",", "-", "–", "—", ":", "/"})
#: a numbered agenda line ("2. ", "3) ", "iv. ", "- ")
_NUMBERED_LINE = re.compile(r"\s*(?:\d{1,2}|[ivx]{1,4})\s*[.)°-]\s", re.IGNORECASE)


def _participle_before(doc: Doc, k: int, irregular: frozenset[str]) -> bool:
    """A past participle right before "par" / "by" ("produit", "présidée", "chaired"), or an English
    one not in "-ed" (``body_acts.csv``'s participles: "led")."""
    j = k - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or not doc[j].is_alpha or not doc[j].is_lower:
        return False
    word = doc[j].text
    return word.endswith(("é", "ée", "és", "ées", "it", "uit", "ed")) and len(word) >= 4 \
        or word in irregular
