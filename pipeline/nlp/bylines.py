"""Press agencies named by a wire story's byline or sign-off.

Press accounts of meetings carry the agency that wrote them in fixed places: the dateline
("Gao, 3 mars (ACR) – …", "TOWN, March 3 (ACR) -", "Gao, (ACR)-"), the sign-off closing a
paragraph ("… a-t-il dit. (ACR)", "XY/ZT (ACR)"), the author's line ("Jean Dupont / ACR - Ville",
"Par Jean DUPONT | Outlet.Net"), the copyright line or the "Source :" line closing a news site's
page, a photo's credit ("©ACR/<photographer>", "(ph. <photographer>/Acr)"). The annotation
conventions (tests/real/README.md, tenth and eighteenth splits) count the agency or the outlet
as an organisation, and no list can hold every country's agency: the place, not the name, says
what it is. The dateline's town and the author's name in such a line are no
bodies: their character ranges are given too, so that the NER's guesses there can be dropped.
"""
from __future__ import annotations

import re
from typing import Callable, Container, Iterable, Optional

from pipeline.textnorm import fold

#: where a byline's line opens and closes: a line's ends, or the " – " a document's title joins
#: its first lines with
_OPEN = r"(?:^|(?<=\s[–—]\s))"
_CLOSE = r"(?=[ \t]*(?:$|\s[–—]\s))"
#: an agency's acronym in a byline: two to six capitals ("ANP", "AMAP")
_ACRONYM = r"[A-Z]{2,6}"
#: a town's name, one to three capitalised words ("Fada N'Gourma"; the text is folded, accents off)
_TOWN = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
#: emphasis marks a page's text keeps before a dateline ("*Town, 3 mars (ACR) –")
_MARKS = r"[*_]{0,2}"
#: a news outlet's name, one to three capitalised words ending in a letter or digit ("Outlet", "Outlet.net")
_OUTLET = r"[A-Z][\w.-]*\w(?:[ \t]+[A-Z][\w.-]*\w){0,2}|[A-Z]"
#: a person's name, two to four capitalised words ("Atia T. DUPONT", "Oumar Guindo")
_PERSON = r"(?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’.-]*"

#: the agency a photo's credit names: one word or acronym ("ACR", "Acr", "UN-ZORG")
_CREDITED = r"[A-Z][A-Za-z&-]{1,30}"
#: the photographer a photo's credit names: one to three capitalised words, an initial glued ("J.Dupont")
_PHOTOGRAPHER = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}"


def _months_pattern(months: Iterable[str]) -> str:
    names = sorted({m for m in months if m.isalpha() and len(m) >= 3}, key=len, reverse=True)
    return "(?i:" + "|".join(re.escape(m) for m in names) + ")"


def byline_patterns(months: Iterable[str]) -> list[re.Pattern]:
    month = _months_pattern(months)
    date = (rf"(?:[a-z]+[ \t]+)?\d{{1,2}}(?:er)?[ \t]+(?:{month})\.?(?:[ \t]+\d{{4}})?"  # "lundi 3 mars 2020"
            rf"|(?:{month})\.?[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?")  # "March 3, 2020"
    return [
        # the dateline: "Town, 3 mars 2020 (ACR)" opening a line, bold marks before it ("*Town, …")
        re.compile(rf"(?m){_OPEN}{_MARKS}(?P<block>[^\W\d][^\n,()]{{1,40}}),[ \t]*(?:{date})[ \t]*\((?P<agency>{_ACRONYM})\)"),
        # the dateline without its date, the dash after the agency: "Town, (ACR)-Le …"
        re.compile(rf"(?m){_OPEN}{_MARKS}(?P<block>{_TOWN}),[ \t]*\((?P<agency>{_ACRONYM})\)[ \t]*[-–—]"),
        # the wire's town in capitals then the agency and a dash: "NIAMEY (ACR) -"
        re.compile(rf"(?m){_OPEN}(?P<block>[A-Z][A-Z' -]{{2,30}}?)[ \t]*\((?P<agency>{_ACRONYM})\)[ \t]*[-–—]"),
        # the same with the town's words capitalised and the dash glued to the sentence: "Petit Zorgo (ACR)-Le …"
        # (a sentence after the dash: "<Body> (ACR)-<Town>" ending an attendance line is no dateline)
        re.compile(rf"(?m){_OPEN}(?P<block>{_TOWN})[ \t]*\((?P<agency>{_ACRONYM})\)[-–—](?=[A-Z][\w'’]*[ \t]+[a-zà-ÿ])"),
        # the sign-off after a sentence's end or the writers' initials: "… dit. (ACR)", "AB/CD (ACR)"
        re.compile(rf"(?m)(?:[.!?»”]|\b(?P<block>[A-Z]{{1,4}}/[A-Z]{{1,4}}))[ \t]*\((?P<agency>{_ACRONYM})\){_CLOSE}"),
        # the author's line: "Jean Dupont / ACR - Ville"
        re.compile(rf"(?m){_OPEN}(?P<block>{_PERSON})[ \t]*/[ \t]*(?P<agency>{_ACRONYM})[ \t]*[-–—][ \t]*[A-Z][^\n/–—]{{1,30}}?{_CLOSE}"),
        # the author and the outlet: "Par Jean DUPONT | Outlet.Net", "By Jane Doe | Outlet"
        re.compile(rf"(?m){_OPEN}(?i:par|by)[ \t]+(?P<block>{_PERSON})[ \t]*\|[ \t]*(?P<agency>[A-Z][\w.-]{{1,40}}[\w]){_CLOSE}"),
        # the outlet in a page's copyright line: "Copyright Outlet © 2008 - 2024", "Copyright © 2019 Outlet."
        re.compile(rf"(?m)^[ \t]*(?i:copyright)[ \t]+(?:©[ \t]*)?(?:\d{{4}}(?:[ \t]*[-–][ \t]*\d{{4}})?[ \t]+)?"
                   rf"(?!(?i:all[ \t]+rights|tous[ \t]+droits))(?P<agency>{_OUTLET})(?=[ \t]*(?:©|[.,]|$))"),  # not "All Rights Reserved"
        # the outlet alone after "Source :" on its line, written as a name: "Source : Outlet" (a survey's or
        # a tool's acronym there, "Source : DTM", is no outlet; nor a word of the language, "Source : Partenaires")
        # (up to five capitalised words: "Source: The Bilo Review Zorgoland", the outlet and its country; twenty-seventh pass)
        re.compile(r"(?m)^[ \t]*(?i:sources?)[ \t]*:[ \t]*(?P<source>)(?P<agency>[A-Z][a-z](?:[\w.-]*\w)?(?:[ \t]+[A-Z][\w.-]*\w){0,4})[ \t]*$"),
        # the wire agency's sign-off closing the text after a sentence, its acronym and a slash, the writer and
        # the editor's initials in lower case after it or nothing: "… déplacés. ACR/", "… délégation. ACR/Jean Dupont/jd"
        # (twenty-seventh pass)
        re.compile(rf"(?m)(?:^|(?<=[.!?»”][ \t]))(?P<agency>{_ACRONYM})/(?:(?P<block>{_PERSON})/[a-z]{{2,4}})?[ \t]*$"),
        # a photo's credit, the agency before the photographer: "©ACR/Jean Dupont", "Photo ACR/J.Dupont"
        re.compile(rf"(?:©|\b(?i:photos?)\b)[ \t]*:?[ \t]*(?P<agency>{_CREDITED})[ \t]*/[ \t]*(?P<block>{_PHOTOGRAPHER})"),
        # the press' abbreviated credit, the photographer before the agency: "(ph. Dupont/Acr)"
        re.compile(rf"\((?i:ph)\.[ \t]*(?P<block>{_PHOTOGRAPHER})[ \t]*/[ \t]*(?P<agency>{_CREDITED})[ \t]*\)"),
        # an outlet's name glued into one word of several capitalised parts, alone after "By"/"Par" on its line:
        # "By ZorgNewsDaily" (a person's name has two words or more; twenty-eighth pass)
        re.compile(rf"(?m){_OPEN}[ \t]*(?i:par|by)[ \t]+(?P<agency>[A-Z][a-z]+(?:[a-z]*[A-Z][a-z]+)+){_CLOSE}"),
        # the outlet then the author: "Outlet Info | Par Jean DUPONT"
        re.compile(rf"(?m){_OPEN}(?P<agency>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){{0,2}})[ \t]*\|[ \t]*(?i:par|by)[ \t]+"
                   rf"(?P<block>{_PERSON})(?=[ \t]*(?:$|\s[-–—]\s))"),  # the line's end or a dash before a date
    ]


#: a dateline's town in capitals before a dash and a numeric date ("TOWN - 12-Jun-2019"): no body
_DATELINE_TOWN = re.compile(rf"(?m){_OPEN}(?P<block>[A-Z][A-Z' -]{{2,30}}?)[ \t]*[-–—][ \t]*"
                            r"\d{1,2}[-/ .](?:\d{1,2}|[A-Za-z]{3,9})[-/ .]\d{2,4}\b")


#: the author's line of a story, alone or before the writer's town: "By Jane Doe, Town", "Par Jean Dupont"
#: (no agency: the name is the author's, the town `doubtful` in tests/real); its line's end may be the " – "
#: a document's title joins its first lines with ("By Jane Doe – The Commission …")
_AUTHOR_LINE = re.compile(rf"(?m){_OPEN}(?i:par|by)[ \t]+(?P<block>{_PERSON})(?=[ \t\xa0]*(?:,|$)|\s[–—]\s)")


def byline_spans(text: str, patterns: list[re.Pattern], body_marks: Iterable[Container[str]] = (),
                 is_word: Optional[Callable[[int, int], bool]] = None
                 ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The agencies' character ranges, and the ranges of the bylines' other parts (a dateline's
    town, the author's name, the writers' initials) where no organisation stands. `text` should
    be folded with its length kept (accents off); `patterns` from :func:`byline_patterns` (built
    once by the component, with the folded month names); an author line whose name has a word of
    `body_marks` (folded word sets) names a body, not blocked; `is_word` (the character range of a
    word in the text) tells a word of the language, which opens no outlet after "Source :"
    ("Source : Partenaires", "Source: Field Reports", "Source : Enquête SMART")."""
    agencies: list[tuple[int, int]] = []
    blocked: list[tuple[int, int]] = []
    for pattern in patterns:
        for match in pattern.finditer(text):
            if is_word is not None and match.groupdict().get("source") is not None and _opens_with_a_word(match, is_word):
                continue
            agencies.append(match.span("agency"))
            if match.groupdict().get("block"):
                blocked.append(match.span("block"))
    blocked += [match.span("block") for match in _DATELINE_TOWN.finditer(text)]
    blocked += [match.span("block") for match in _AUTHOR_LINE.finditer(text)
                if not _marks_a_body(match.group("block").split(), body_marks)]
    return agencies, blocked


def _opens_with_a_word(match: re.Match, is_word: Callable[[int, int], bool]) -> bool:
    """The name after "Source :" opens with a word of the language; not the English article opening
    a title of two capitalised words or more ("Source: The City Review <Country>": a newspaper's
    name, its words the language's; twenty-seventh pass)."""
    words = match.group("agency").split()
    if len(words) >= 3 and words[0] == "The":
        return False
    start = match.start("agency")
    return is_word(start, start + len(words[0]))


def _marks_a_body(words: list[str], body_marks: Iterable[Container[str]]) -> bool:
    """An author line's name with a word that marks a body (``body_words.csv``, an institution's or a
    coordination body's head, a closing body noun: "– By Kalimbo Youth Network" on an agenda's or a
    source's line) is that body, not an author the line must hide."""
    return any(fold(w).rstrip(".,") in marks for w in words for marks in body_marks)
