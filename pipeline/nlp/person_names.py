"""Persons a document names with a title, so their surname alone elsewhere is no place (issue 13,
thirteenth pass).

News items and minutes name a person once in full after a title ("Governor <first name> <name>",
"Mr <first name> <name>") and later by the surname alone ("<name> made the disclosure", "<name>
sought support"); the statistical NER reads such a surname, a word no gazetteer knows, as a place,
and in another paragraph than the one naming the person the field's context rules cannot tell. The
document's text can: a surname it gives after a role noun (``role_words.csv``), a rank or an
honorific ("M.", "Mme", "Mr", "Dr", "Hon."), and the name's last words ("<first> <name>"), are a
person wherever the NER alone reads them as a place. A name
the gazetteer knows keeps its place (the place is None only for unknown names), and a name holding
a place cue ("Chef Village <name>") is no person's.

Pure functions over the fields' texts and the places found in them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Container, Iterable, Sequence

from pipeline.textnorm import fold

if TYPE_CHECKING:  # spaCy's rules: no spaCy import where the batch's parent process reads this
    from pipeline.nlp.context import ContextRules

#: a title and the capitalised words after it, on one line ("Governor Babagana Zulum", "Mr Mathias
#: Schmake"): the title a capitalised word (a role noun or an honorific), the name one to four words
_TITLED = re.compile(r"(?<![\w.])([A-ZÀ-Þ][\w]*)\.?(?:[ \t]+(?:d['’]armée|de brigade|de division))?"
                     r"((?:[ \t]+[A-ZÀ-Þ][a-zà-ÿ'’-]+){1,4})")
#: honorifics before a person's name, folded, without their dot (``place_readings`` builds its patterns from them)
HONORIFICS = frozenset({"m", "mme", "mlle", "mr", "mrs", "ms", "dr", "pr", "prof", "hon", "engr", "barr",
                        "imam", "cheikh", "sheikh", "mgr", "monseigneur", "rev", "reverend", "monsieur", "madame",
                        "mademoiselle",
                        # abbreviated military ranks ("le Col. <name>", "Lt <name>", "Cne <name>", French "Gal." for général)
                        "col", "gen", "gal", "lt", "cdt", "cne", "capt", "cpt", "maj", "sgt"})
#: ranks and heads of state before a name ("le Général d'armée <name>", "President <name>"): titles
#: of persons only, kept apart from ``role_words.csv`` whose nouns also head bodies ("Hôpital Général")
RANKS = frozenset({"general", "colonel", "capitaine", "captain", "commandant", "lieutenant", "president",
                   "presidente"})
#: words opening a rank's title before it ("Army General", "Brigadier General", "Vice President")
RANK_QUALIFIERS = frozenset({"army", "brigadier", "major", "lieutenant", "vice", "air"})
#: the methods of places only the statistical NER read (no rule, no list)
NER_METHODS = frozenset({"ner"})


#: pilgrims' titles before a person's name ("Alhaji <given> <surname>", "Hajiya <given>"), kept out of
#: ``HONORIFICS`` as they also open villages' names ("Alhaji Kouré"): a surname's title here only
PILGRIM_TITLES = frozenset({"alhaji", "alh", "hajiya"})


def titled_surnames(texts: Iterable[str], rules: ContextRules) -> frozenset[str]:
    """The last word of every name a text writes after a role noun, a rank, an honorific or a
    pilgrim's title, as written, and the name's last two words or more ("Minister <first> <name>":
    "<first> <name>"; "Alhaji <given> <surname>", later "<surname> gave …")."""
    found = set()
    for text in texts:
        for match in _TITLED.finditer(text):
            title = fold(match.group(1))
            if title not in HONORIFICS and title not in RANKS and title not in PILGRIM_TITLES \
                    and title not in rules.role_words:
                continue
            words = match.group(2).split()
            folded = [fold(w) for w in words]
            if any(w in rules.cue_words or w in rules.stop_words or w in rules.role_words for w in folded):
                continue  # "Chef Village <name>": a place's cue; "Governor The …": no name
            found.update(" ".join(words[i:]) for i in range(len(words)))
    return frozenset(found)


def without_titled_surnames(places: list, texts: Iterable[str], rules: ContextRules) -> list:
    """``places`` (PlaceMention) less the unknown names only the NER read that are a titled
    person's surname somewhere in the document."""
    candidates = [p for p in places if p.place is None and p.method in NER_METHODS]
    if not candidates:
        return places
    surnames = titled_surnames(texts, rules)
    return [p for p in places if not (p.place is None and p.method in NER_METHODS
                                      and " ".join(p.span.text.split()) in surnames)]


def written_as_a_persons_name(words: Sequence[str], given_names: Container[str],
                               surnames: Container[str] = ()) -> bool:
    """Two to five capitalised words, one before the last a given name of the region or an
    honorific opening a name (``given_names.csv``: "<given> <given> <SURNAME>", "El Hadji
    <given>"), or the last a family name of the region (``surnames.csv``: "<given> <surname>",
    whatever the given name): a person's name, whatever the statistical NER read. The last word
    alone may be a given name (a place named after a person keeps its name: "<place> Moussa")."""
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in words):
        return False
    folded = [fold(w) for w in words]
    return folded[-1] in surnames or any(folded[i] in given_names or " ".join(folded[i:i + 2]) in given_names
                                         for i in range(len(folded) - 1))


#: the words after which a titled person's name ends and their country or post follows ("… of Mali")
_NAME_ENDS = frozenset({"of", "de", "du", "d'", "d’", ","})


def titled_persons_name(words: Sequence[str], body_marks: Container[str], is_word: Callable[[str], bool]) -> bool:
    """"Army General <given> <surname> of <country>", "Dr <given> <surname>": a rank or an
    honorific opening a name (``RANKS``, ``HONORIFICS``; "Army", "Vice" … before a rank), then one
    to four capitalised words up to "of" or the end, none a word of a body's name (``body_marks``:
    "General Directorate", "General Assembly"), one at least no word of the language (``is_word``:
    "General Hospital" is a facility): a person with their title, which the statistical NER reads
    as a body; no gold body of dev opens so (twenty-fifth pass)."""
    folded = [fold(w).rstrip(".") for w in words]
    for n in (0, 1):
        if n + 1 >= len(words) or folded[n] not in HONORIFICS and folded[n] not in RANKS \
                or n == 1 and folded[0] not in RANK_QUALIFIERS:
            continue
        if len(words[n].rstrip(".")) > 1 and words[n].rstrip(".").isupper():
            return False  # "MS <name> Medical Teams", "DR <country> …": an acronym in capitals, no "Ms" nor "Dr"
        name = []
        for word, key in zip(words[n + 1:], folded[n + 1:]):
            if key in _NAME_ENDS:
                break
            name.append((word, key))
        return 1 <= len(name) <= 4 and all(w[:1].isupper() and k not in body_marks and k not in RANKS
                                           for w, k in name) and not all(is_word(w) for w, _ in name)
    return False


def persons_name_words(names: Iterable[str]) -> frozenset[str]:
    """The names of two words or more a field reads as persons' ("<role>, <given> <surname>,"),
    and each capitalised word of three letters or more of them: the same person named again later,
    in full or by one name ("D'après <given>", "<surname> a ajouté"), is no place where the NER
    alone reads one (a field names a person and a place alike rarely; the caller keeps a name
    after a cue, an article or "de", which a person's name does not take)."""
    found = set()
    for name in names:
        words = name.split()
        found.add(" ".join(words))
        if len(words) > 1:
            found.update(w for w in words if len(w) >= 3 and w[:1].isupper())
    return frozenset(found)
