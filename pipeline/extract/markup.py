"""HTML markup (whole exports or fragments inside text-export cells) into paragraphs.

Exports of Word minutes leave ``<p>``, ``<ul>``, ``<li>`` and ``<br>`` inside table cells, and
sometimes a ``<ul>`` whose items are not wrapped in ``<li>`` but only marked by "•" or "-".
Both become one paragraph per item, marked as list items, with no tag left in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

from lxml import etree, html

from pipeline.textnorm import tidy

BLOCK_TAGS = frozenset(
    "p div li ul ol h1 h2 h3 h4 h5 h6 tr table tbody thead tfoot td th blockquote pre section article "
    "header footer dl dt dd center address".split()
)
LIST_TAGS = frozenset({"ul", "ol"})
SKIP_TAGS = frozenset({"script", "style", "head", "title", "meta", "link", "noscript"})
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?\s*>")
# a bullet marker inside list text that lost its <li>: "•", "▪", or a dash glued to a capital
_BULLET = re.compile(r"(?:^|\s)(?:[•▪◦●·]\s*|-\s?(?=[A-ZÀ-ÝÉÈ]))")


@dataclass(frozen=True)
class MarkupParagraph:
    """A paragraph of text recovered from markup; ``list_level`` is None outside lists."""

    text: str
    list_level: Optional[int] = None
    list_kind: Optional[str] = None


def has_markup(text: str) -> bool:
    """True when the text carries HTML tags worth parsing."""
    return bool(_TAG.search(text))


def split_bullets(text: str) -> list[str]:
    """Split list text that lost its ``<li>`` tags on its bullet markers."""
    pieces = [tidy(p) for p in _BULLET.split(text)]
    return [p for p in pieces if p.strip(" ;")]


def fragment_paragraphs(fragment: str) -> list[MarkupParagraph]:
    """Paragraphs of an HTML fragment (a text-export cell); plain text gives one paragraph."""
    if not has_markup(fragment):
        text = tidy(fragment)
        return [MarkupParagraph(text)] if text else []
    root = html.fragment_fromstring(fragment, create_parent="div")
    return list(element_paragraphs(root))


def element_paragraphs(element: etree._Element, list_level: Optional[int] = None,
                       list_kind: Optional[str] = None) -> Iterator[MarkupParagraph]:
    """Walk an element in document order, yielding a paragraph at every block boundary.

    Nested tables are not descended into here: callers that care about tables (the HTML
    extractor) handle them before calling this on cell content.
    """
    buffer: list[str] = []

    def flush() -> Iterator[MarkupParagraph]:
        text = "".join(buffer)
        buffer.clear()
        if list_level is not None and list_kind is None:  # loose text directly inside <ul>/<ol>
            for piece in split_bullets(text):
                yield MarkupParagraph(piece, list_level, "bullet")
            return
        text = tidy(text)
        if text:
            yield MarkupParagraph(text, list_level, list_kind)

    if element.text:
        buffer.append(element.text)
    for child in element:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag in SKIP_TAGS or not tag:
            pass
        elif tag == "br":
            yield from flush()
        elif tag in LIST_TAGS:
            yield from flush()
            level = 0 if list_level is None else list_level + 1
            yield from element_paragraphs(child, level, None)  # loose items are split on markers
        elif tag == "li":
            yield from flush()
            level = 0 if list_level is None else list_level
            kind = "number" if child.getparent() is not None and child.getparent().tag == "ol" else "bullet"
            yield from element_paragraphs(child, level, kind)
        elif tag in BLOCK_TAGS:
            yield from flush()
            inside_item = list_kind is not None
            yield from element_paragraphs(child, list_level if inside_item else None, list_kind)
        else:
            buffer.append(inline_text(child))
        if child.tail:
            buffer.append(child.tail)
    yield from flush()


def inline_text(element: etree._Element) -> str:
    """Text of an inline element (span, b, a…), with <br> kept as a space."""
    parts = [element.text or ""]
    for child in element:
        parts.append(" " if isinstance(child.tag, str) and child.tag.lower() == "br" else inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
