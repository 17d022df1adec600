"""Relief items and everyday objects named in a list (issue 13, tenth pass).

Minutes that report a distribution list a kit's contents with capitals ("NFI kits contains:
Blankets, Jerrycan, Laundry soap, Sanitary Pad, 10L Bowl, Kettle"); the statistical NER takes such
words for places ("Blankets", "Kettle") or organisations ("Sanitary Pad", "NFIs and Kitchen").
A name made only of words of relief items (``relief_items.csv``), with stop words, quantities and
sizes ("10L") between them, is neither. One test for both kinds, so the places' and the
organisations' rules read the same family of words.
"""

from __future__ import annotations

from typing import Iterable

from pipeline.textnorm import fold, singular


def names_relief_items(words: Iterable[str], relief_items: frozenset[str], stop_words: frozenset[str]) -> bool:
    """True when every word of a name is a relief item's word ("Blankets", "Sanitary Pad", "NFIs
    and Kitchen", "10L Bowl"), stop words, numbers and punctuation aside; at least one such word."""
    items = 0
    for word in words:
        folded = fold(word)
        if not any(c.isalpha() for c in folded) or any(c.isdigit() for c in folded) or folded in stop_words:
            continue
        if folded not in relief_items and singular(folded) not in relief_items:
            return False
        items += 1
    return items > 0
