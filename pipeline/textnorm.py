"""Small text normalisers shared by extractors and stages (pure functions)."""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable

_SPACES = re.compile(r"[ \t\r\f\v]+")
_SPACE_BEFORE_NEWLINE = re.compile(r" *\n *")


def tidy(text: str) -> str:
    """Collapse runs of ASCII blanks, trim each line; keep newlines and no-break spaces.

    No-break spaces (U+00A0, U+202F) are kept on purpose: "3 100" with a no-break space is one
    number, and later stages must still see that.
    """
    text = text.replace("\u00ad", "")  # soft hyphen: invisible in the source
    text = _SPACES.sub(" ", text)
    text = _SPACE_BEFORE_NEWLINE.sub("\n", text)
    return text.strip()


def strip_accents(text: str) -> str:
    """Accents off and ligatures opened ("Ménaka" -> "Menaka", "œuvre" -> "oeuvre"); case and
    punctuation kept. The one accent-folding step every comparison key is built on. ASCII text
    is returned as is (NFKD leaves it unchanged): most words of minutes, folded per token."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "OE"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Lowercase, accents removed, punctuation to spaces: the key used to compare wordings."""
    words = re.sub(r"[^0-9a-z]+", " ", strip_accents(text).lower())
    return words.strip()


def alternation(terms: Iterable[str]) -> str:
    """A regex alternation of ``terms``, escaped, longest first so "septembre" wins over "sept"."""
    return "|".join(sorted({re.escape(t) for t in terms}, key=lambda t: (-len(t), t)))


def starts_lowercase(text: str) -> bool:
    """True when the first letter of ``text`` is lowercase (a sentence continued, not begun)."""
    for ch in text.lstrip():
        if ch.isalpha():
            return ch.islower()
        if ch.isdigit():
            return False
    return False


def singular(word: str) -> str:
    """A folded word without its plural ending ("rapports" -> "rapport", "blankets" -> "blanket",
    "bouilloires" -> "bouilloire"); words of three letters or fewer kept ("bus", "nfi")."""
    return word[:-1] if len(word) > 3 and word.endswith(("s", "x")) else word
