"""Coordination bodies named after their sector: "cluster SA", "le global cluster SA", "FSL
cluster", "sous-cluster sécurité alimentaire d'Abéché", "GBV sub-cluster".

Why: every region and crisis opens its own clusters, sub-clusters and working groups, and names
them by a coordination head (``resources/coordination_heads.csv``) and a sector
(``resources/sector_names.csv``), the sector often by its initials. No registry lists them all,
and a short sector acronym ("SA", "PE") reads as a word to the other rules ("sa", a French
possessive). The shape is closed: a head, a sector of a small family, and the place the body
covers ("de Mopti", "d'Abéché"), which belongs to the body's name (tests/real conventions). One
compiled expression over the text, accents folded, offsets kept.
"""

from __future__ import annotations

import re
from typing import Iterable

#: heads that also name what is no body ("the health sector", "le secteur WASH", "un groupe", "the
#: health clusters" of several countries): the head and the sector must then be written with a
#: capital ("Food Security Sector", "Groupe Protection", "Education Clusters")
STRICT_HEADS = frozenset({"groupe", "sector", "secteur", "committee", "forum", "sub sector", "clusters"})
#: a level between the head and the sector ("Groupe de travail régional de Protection", "cluster national SA")
_LEVEL = r"(?:(?:regional|national|sous[\s-]national|provincial|global|mondial|local)e?\s+)?"
#: a word every head holds: a text without one names no sector body (the expression is not run)
HEAD_HINT = re.compile(r"(?i)cluster|group|sector|force|forum|committee")
_JOIN = r"[\s'’‐-]+"
_OF = r"(?:de\s+la\s+|de\s+l['’]\s*|de\s+|du\s+|d['’]\s*)"
_PLACE = r"(?P<place>\s+(?:de|du)\s+(?-i:[A-Z])[A-Za-z'’-]+|\s+d['’]\s*(?-i:[A-Z])[A-Za-z'’-]+)?"


def _words(form: str) -> str:
    """A form's words joined by any spacing, hyphen or apostrophe."""
    return _JOIN.join(re.escape(w) for w in re.split(r"[\s'’-]+", form) if w)


def _words_any_number(form: str) -> str:
    """A sector's words with their last word in the singular or the plural ("logistics" or
    "logistic cluster", "telecommunication" or "telecommunications"): writers drop or add the s."""
    stem = form[:-1] if form.endswith("s") and len(form) > 4 else form
    return _words(stem) + "s?"


def _alternation(forms: Iterable[str]) -> str:
    return "|".join(sorted(set(forms), key=lambda f: (-len(f), f)))


def sector_body_pattern(heads: Iterable[tuple[tuple[str, ...], str]], sectors: Iterable[tuple[str, str]],
                        fold_form) -> re.Pattern:
    """The expression of a sector body over text folded by ``fold_form`` (accents off, case and
    length kept): ``before`` heads then a sector then an optional place ("cluster SA de Mopti"),
    or a sector then an ``after`` head ("FSL cluster"). Acronyms match as written, words in any case."""
    sectors = list(sectors)
    heads = list(heads) + [(tuple(fold_form(form).split()), "before") for form, kind in sectors if kind == "head"]
    sector = _alternation([r"(?-i:" + re.escape(fold_form(form)) + r")" if kind == "acronym"
                           else _words_any_number(fold_form(form)) for form, kind in sectors if kind != "head"])
    before = _alternation(_words(" ".join(words)) for words, side in heads if side == "before")
    after = _alternation(_words(" ".join(words)) for words, side in heads if side == "after")
    return re.compile(
        rf"(?i)(?<![\w-])(?:(?:global\s+)?(?P<head>{before})\s+{_LEVEL}{_OF}?(?P<sector>{sector}){_PLACE}"
        rf"|(?:global\s+)?(?P<sector2>(?:{sector})(?:\s*/\s*(?:{sector}))*)\s+(?:sector\s+)?(?P<head2>{after}))(?![\w-])")


def sector_bodies(folded_text: str, pattern: re.Pattern) -> list[tuple[int, int]]:
    """Character spans of the sector bodies in a text folded by the pattern's ``fold_form``; a
    head in :data:`STRICT_HEADS` only when it and the sector are capitalised ("Secteur
    Protection"; "the health sector", "le secteur WASH" are the field of work, no body), or when
    sectors joined by slashes name it ("the CCCM/NFI/Shelter sector coordinated …": several
    sectors acting as one are a coordination body, tests/real conventions), or when the sector
    and its head stand alone in parentheses ("Cash transfers (WASH sector)": the item's presenter
    or the figure's source, a body by tests/real conventions)."""
    spans = []
    for match in pattern.finditer(folded_text):
        head = match.group("head") or match.group("head2")
        sector = match.group("sector") or match.group("sector2")
        joined = match.group("sector2") is not None and "/" in sector and sector[:1].isupper()
        if re.sub(r"[\s'’‐-]+", " ", head.lower()) in STRICT_HEADS and not (head[:1].isupper() and sector[:1].isupper()) \
                and not joined and not _alone_in_parentheses(folded_text, match.start(), match.end()):
            continue
        spans.append((match.start(), match.end()))
    return spans


def _alone_in_parentheses(text: str, start: int, end: int) -> bool:
    """Nothing but spaces between the span and a parenthesis on either side: "(WASH sector)"."""
    return text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith(")")
