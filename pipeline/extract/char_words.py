"""Words from characters exactly as pdfplumber's ``extract_words()`` builds them with its
defaults, for upright left-to-right text (what the pdfium reader hands over): lines are the
characters whose tops chain within 3 points, each line read left to right; a word ends at a
space, at a character starting left of the previous one's start or more than 3 points past its
end, or 3 points above or below it; ligatures are expanded.

Over plain tuples, not pdfplumber's dicts and generic machinery: on a page read by pdfium,
building the words was a fifth of the page's time.
"""

from __future__ import annotations

from itertools import groupby
from operator import itemgetter
from typing import Sequence

from pdfplumber.utils.text import LIGATURES

from pipeline.extract.layout import Word

#: pdfplumber's default ``x_tolerance`` and ``y_tolerance`` (points)
X_TOLERANCE = 3
Y_TOLERANCE = 3

#: a character as the pdfium reader gives it: text, x0, x1, top, bottom (never empty text)
Char = tuple[str, float, float, float, float]

_X0 = itemgetter(1)


def line_numbers(tops: Sequence[float]) -> dict[float, int]:
    """Each distinct top's line, pdfplumber's ``cluster_list``: sorted tops within
    ``Y_TOLERANCE`` of the previous one share its line (a chain, not a window)."""
    numbers: dict[float, int] = {}
    line, last = -1, None
    for top in sorted(set(tops)):
        if last is None or top > last + Y_TOLERANCE:
            line += 1
        numbers[top] = line
        last = top
    return numbers


def words_of_chars(chars: Sequence[Char]) -> list[Word]:
    """The page's words in pdfplumber's order: line by line from the top, left to right (a
    stable sort: characters at one x keep their drawing order, as pdfplumber keeps them)."""
    line_of = line_numbers([c[3] for c in chars])
    ordered = sorted(chars, key=lambda c: line_of[c[3]])
    words: list[Word] = []
    for _, line in groupby(ordered, key=lambda c: line_of[c[3]]):
        current: list[Char] = []
        for char in sorted(line, key=_X0):
            if char[0].isspace():
                if current:
                    words.append(_merged(current))
                current = []
            elif current and _begins_new_word(current[-1], char):
                words.append(_merged(current))
                current = [char]
            else:
                current.append(char)
        if current:
            words.append(_merged(current))
    return words


def _begins_new_word(previous: Char, char: Char) -> bool:
    """pdfplumber's ``char_begins_new_word`` for left-to-right text."""
    return char[1] < previous[1] or char[1] > previous[2] + X_TOLERANCE or abs(char[3] - previous[3]) > Y_TOLERANCE


def _merged(chars: list[Char]) -> Word:
    return Word("".join(LIGATURES.get(c[0], c[0]) for c in chars), min(c[1] for c in chars),
                max(c[2] for c in chars), min(c[3] for c in chars), max(c[4] for c in chars))
