"""The body each attendee of a column of "<person>, <body>" lines works for.

Minutes list those present one a line, a person's name, a comma and the body they represent
("• <given> <surname>, <ACR>", "<given> <surname>, <Name> Corps"). The registry knows the large
agencies; a local partner, or any body written in a way no list holds, is told by the line's
shape alone: in a column of such lines, what follows the person's name is the person's body (the
tests/real conventions read it as an organisation). One line alone is not a column ("Kano, Kano
State" is an address): three such lines in a row at least, each name two to four capitalised
words. Pure functions over a field's text, giving character ranges.
"""

from __future__ import annotations

import re
from typing import Container

from pipeline.textnorm import fold

#: an attendee's line: a bullet maybe, a person's name of two to four capitalised words, a comma,
#: then the body to the line's end (a parenthesised function after it kept out: "IOM (Co-chair)")
_LINE = re.compile(r"^[ \t]*(?:[•·▪*-][ \t]*)?"
                   r"(?P<person>[A-Z][a-zà-ÿ'’-]+(?:[ \t]+[A-Z][a-zà-ÿ'’-]+){1,3})[ \t]*,[ \t]*"
                   r"(?P<body>[A-Za-z][\w&'’.-]*(?:[ \t]+[\w&'’.-]+){0,4}?)"
                   r"[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*$", re.M)
#: how many such lines in a row make a column of attendees
MIN_COLUMN_LINES = 3
#: the most words a body's name after the comma may have
MAX_BODY_WORDS = 4


def attendee_columns(text: str, role_words: Container[str], stop_words: Container[str]) -> list[list[tuple[int, int]]]:
    """Character ranges of the bodies in each run of ``MIN_COLUMN_LINES`` consecutive attendee
    lines or more, one list a column (the caller may judge a column as a whole: a column of
    villages, "<person>, <village>", names no body); a body holding a function's noun ("Shelter
    Officer") or written in lower case is none, nor a line whose person's part holds one."""
    runs: list[list[re.Match]] = []
    for match in _LINE.finditer(text):
        previous = runs[-1][-1] if runs else None
        if previous is not None and text[previous.end():match.start()].strip() == "":
            runs[-1].append(match)
        else:
            runs.append([match])
    columns = []
    for run in runs:
        if len(run) < MIN_COLUMN_LINES:
            continue
        columns.append([match.span("body") for match in run
                        if _names_a_body(match.group("body"), role_words, stop_words)
                        and not _no_persons_name(match.group("person"), role_words)])
    return [column for column in columns if column]


def _no_persons_name(words: str, role_words: Container[str]) -> bool:
    """A line's person's part holding a function's noun or a body's acronym: the line is no attendee's."""
    return any(fold(w).strip(".") in role_words or w.isupper() for w in words.split())


def _names_a_body(words: str, role_words: Container[str], stop_words: Container[str]) -> bool:
    """A body's name: one to four words, the first capitalised (an acronym in capitals or mixed
    case: "iMMAP" too), no function's noun, no word of the language alone."""
    parts = words.split()
    folded = [fold(w).strip(".") for w in parts]
    if not 1 <= len(parts) <= MAX_BODY_WORDS or any(w in role_words for w in folded):
        return False
    if len(parts) == 1:
        word = parts[0]
        return sum(c.isupper() for c in word) >= 2 or (word[:1].isupper() and folded[0] not in stop_words)
    return parts[0][:1].isupper() and parts[-1][:1].isupper()
