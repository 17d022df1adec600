"""An acronym the document itself defines is an organisation wherever the document writes it.

Why: minutes and reports spell a body out once ("the High Powered Committee", "la Cellule d'Appui
Technique (CAT)") and then write its acronym alone, often in another field (the header, a table
cell, the next paragraph). No registry lists every local committee, so the definition inside
the document is the only evidence, and it holds for the whole document. Pure functions over the
mentions the fields gave, run once per document after every field is read.
"""

from __future__ import annotations

import re
from typing import Iterable

from pipeline.facts import OrgMention, PlaceMention, Span
from pipeline.nlp.context import NAME_CONNECTORS, acronym_shaped
from pipeline.nlp.fields import FieldText
from pipeline.textnorm import fold

#: an acronym this short is too often something else ("CA", "PM") to be carried across fields
SHORTEST_ACRONYM = 3
#: the methods of a definition read in the document: a name spelled out, or an acronym placed in
#: parentheses after it or beside a body's kind noun ("Cellule d'Appui Technique (CAT)")
DEFINING_METHODS = frozenset({"context"})

_WORD = re.compile(r"[^\W\d_]+")


def initials(name: str) -> str:
    """The capitals a name's content words give ("High Powered Committee": "HPC"), or "" when a
    content word is not capitalised (a phrase, not a name)."""
    words = _content_words(name)
    if len(words) < SHORTEST_ACRONYM or not all(w[:1].isupper() for w in words):
        return ""
    return _first_letters(words)  # "Ministère de l'Éducation Nationale": "MEN"


def _content_words(name: str) -> list[str]:
    return [w for w in _WORD.findall(name) if w.lower() not in NAME_CONNECTORS]


def _first_letters(words: list[str]) -> str:
    """The words' first letters, unaccented, in capitals ("cluster éducation": "CE")."""
    return fold("".join(w[0] for w in words)).upper()


def pair_initials(name: str, stop_words: frozenset[str]) -> str:
    """The two capitals of a body named in two content words ("cluster protection": "CP"), in
    any case, unless they spell a word of the language ("DE", "LA"); else ""."""
    words = _content_words(name)
    if len(words) != 2:
        return ""
    letters = _first_letters(words)
    return letters if letters.isalpha() and len(letters) == 2 and fold(letters) not in stop_words else ""


def defined_acronyms(organisations: Iterable[OrgMention], not_orgs: frozenset[str],
                     stop_words: frozenset[str] = frozenset()) -> frozenset[str]:
    """Acronyms the document defines: the initials of the bodies it spells out (of three words or
    more, or two when the document names a body in two words: "cluster protection" … "du CP"),
    and the unlinked acronyms a context rule read as a body's (in capitals too: a title in
    capitals writes "SMoWR" as "SMOWR"); a false friend
    (``not_organisations.csv``) only when the document spells out a body with its letters."""
    spelled, read, pairs = set(), set(), set()
    for mention in organisations:
        text = mention.span.text
        if " " in text.strip():
            spelled.add(initials(text))
            pairs.add(pair_initials(text, stop_words))
        elif mention.organisation is None and mention.method in DEFINING_METHODS and acronym_shaped(text) \
                and fold(text) not in not_orgs:
            read.add(text)
    read |= {a.upper() for a in read if not a.isupper()}  # "SMoWR" in a title in capitals: "SMOWR"
    return frozenset(a for a in spelled | read if len(a) >= SHORTEST_ACRONYM) | frozenset(a for a in pairs if a)


def defined_names(organisations: Iterable[OrgMention], acronyms: frozenset[str]) -> frozenset[str]:
    """The names a context rule read whose initials are an acronym the document defines ("Hope for
    a Zorg Future" beside "H4ZF", a digit standing for a word dropped): the document spells the
    body out, so the name written again in another field ("…, with Hope for a Zorg Future (H4ZF)
    represented") is the body there too. Names only a registry knows are read everywhere already."""
    letters = {re.sub(r"\d", "", a) for a in acronyms}
    return frozenset(" ".join(m.span.text.split()) for m in organisations
                     if m.organisation is None and m.method in DEFINING_METHODS and " " in m.span.text.strip()
                     and initials(m.span.text) in letters and len(initials(m.span.text)) >= SHORTEST_ACRONYM)


def acronym_pattern(acronyms: frozenset[str]) -> re.Pattern:
    """One expression for the document's defined acronyms as whole words, the longest first."""
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in sorted(acronyms, key=len, reverse=True))
                      + r")(?![\w-])")


def acronym_mentions(text: FieldText, pattern: re.Pattern, taken: list[tuple[int, int]]) -> list[OrgMention]:
    """Each whole-word mention of a defined acronym in a field (or piece) that no other mention
    covers ("The HPC highlighted…", "HPC" in an attendance line of acronyms)."""
    found = []
    for match in pattern.finditer(text.text):
        start, end = text.offset + match.start(), text.offset + match.end()
        if any(a < end and start < b for a, b in taken):
            continue
        found.append(OrgMention(Span(text.item_no, text.field, start, end, match.group()), "context", None))
    return found


def with_defined_acronyms(texts: list[FieldText], organisations: list[list[OrgMention]],
                          places: list[list[PlaceMention]], not_orgs: frozenset[str],
                          stop_words: frozenset[str] = frozenset()) -> list[list[OrgMention]]:
    """Each field's organisations with the mentions of the acronyms the whole document defines."""
    acronyms = defined_acronyms((m for field in organisations for m in field), not_orgs, stop_words)
    if not acronyms:
        return organisations
    names = defined_names((m for field in organisations for m in field), acronyms)
    pattern = acronym_pattern(acronyms | names)  # compiled once per document, not once per field
    result = []
    for text, orgs, named in zip(texts, organisations, places):
        taken = [(m.span.start, m.span.end) for m in (*orgs, *named) if not guessed_place(m)]
        added = acronym_mentions(text, pattern, taken)
        result.append(sorted(orgs + added, key=lambda m: m.span.start) if added else orgs)
    return result


def guessed_place(mention) -> bool:
    """A place only the statistical NER read, no gazetteer entry behind it ("TdRs CAID")."""
    return isinstance(mention, PlaceMention) and mention.place is None and mention.method == "ner"


def places_clear_of_acronyms(places: list[list[PlaceMention]], organisations: list[list[OrgMention]]
                             ) -> list[list[PlaceMention]]:
    """Each field's places less the NER's guesses that hold an acronym the document defines as a
    body's ("les TdRs CAID" after "Christian Aid (CAID)"): the letters say whose terms they are,
    and the guess spans them. Run after :func:`with_defined_acronyms`, whose mentions those are."""
    result = []
    for named, orgs in zip(places, organisations):
        defined = [(m.span.start, m.span.end) for m in orgs
                   if m.method == "context" and m.organisation is None and acronym_shaped(m.span.text)]
        result.append([p for p in named if not (guessed_place(p) and any(
            p.span.start <= a and b <= p.span.end for a, b in defined))])
    return result


#: a lower-case word then an acronym right after it ("activités GSAT")
_WORD_THEN_ACRONYM = re.compile(r"(?<![\w-])([^\W\d_]+)\s+([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)(?![\w-])")


def qualifier_acronyms(texts: list[FieldText], qualified_nouns: frozenset[str]) -> frozenset[str]:
    """Acronyms the document writes right after a lower-case noun of an activity, a system or a
    tool ("les activités GSAT", ``qualified_nouns.csv``): the name of a field or a tool there."""
    found = set()
    for text in texts:
        for match in _WORD_THEN_ACRONYM.finditer(text.text):
            if match.group(1).islower() and fold(match.group(1)) in qualified_nouns:
                found.add(match.group(2))
    return frozenset(found)


def without_qualifier_acronyms(texts: list[FieldText], organisations: list[list[OrgMention]],
                               qualified_nouns: frozenset[str]) -> list[list[OrgMention]]:
    """Each field's organisations less the statistical NER's reads of an acronym the document
    writes elsewhere as a field's or a tool's name ("formés sur la GSAT" after "les activités
    GSAT"): the NER guessed a body where the document says what the letters are."""
    return without_no_body_acronyms(organisations, qualifier_acronyms(texts, qualified_nouns))


def without_no_body_acronyms(organisations: list[list[OrgMention]], acronyms: frozenset[str]
                             ) -> list[list[OrgMention]]:
    """Each field's organisations less the statistical NER's reads of acronyms the document says are
    no body's: written as a field's or a tool's name (``without_qualifier_acronyms``), or spelt out
    elsewhere as a plan's, an event's or a group's ("dans le cadre du PRZ" after "Plan de Relèvement du
    Zorgo (PRZ)": ``context.spelt_out_as_no_body``)."""
    if not acronyms:
        return organisations
    return [[m for m in orgs if not (m.method == "ner" and m.organisation is None and m.span.text in acronyms)]
            for orgs in organisations]
