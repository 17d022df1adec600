"""Table rules drawn in a scanned page's pixels, as line segments pdfplumber can use.

A scan has no vector lines, so pdfplumber's line strategy finds no table. The rules are still
there as long, thin runs of dark pixels: found row by row (horizontal) and column by column
(vertical), merged where a rule is several pixels thick, and handed to ``find_tables`` as
explicit edges in page coordinates.
"""

from __future__ import annotations

import numpy as np

#: a dark run at least this share of the page's width (height) is a rule, not a letter
MIN_RULE_SHARE = 0.04
DARK = 140


def dark_runs(mask: np.ndarray, min_length: int) -> list[tuple[int, int, int]]:
    """(row, start, end) of every run of True at least ``min_length`` long, row by row."""
    padded = np.pad(mask.astype(np.int8), ((0, 0), (1, 1)))
    changes = np.diff(padded, axis=1)
    runs = []
    for row, (starts, ends) in enumerate(zip((changes == 1), (changes == -1))):
        s, e = np.flatnonzero(starts), np.flatnonzero(ends)
        for a, b in zip(s, e):
            if b - a >= min_length:
                runs.append((row, int(a), int(b)))
    return runs


def merge_thick(runs: list[tuple[int, int, int]], tolerance: int = 3) -> list[tuple[float, int, int]]:
    """One segment for the adjacent pixel rows of one thick rule (position = their middle)."""
    merged: list[list[float]] = []
    for row, start, end in sorted(runs, key=lambda r: (r[1], r[0])):
        for m in merged:
            if abs(m[1] - start) <= tolerance and abs(m[2] - end) <= tolerance and 0 <= row - m[3] <= tolerance:
                m[3] = row
                break
        else:
            merged.append([row, start, end, row])
    return [((m[0] + m[3]) / 2, int(m[1]), int(m[2])) for m in merged]


def rules(gray: np.ndarray, page_width: float, page_height: float) -> tuple[list[dict], list[dict]]:
    """Horizontal and vertical rule segments of a page image, as pdfplumber line objects."""
    mask = gray < DARK
    rows, cols = mask.shape
    sx, sy = page_width / cols, page_height / rows
    horizontal = [
        {"object_type": "line", "x0": a * sx, "x1": b * sx, "top": y * sy, "bottom": y * sy,
         "width": (b - a) * sx, "height": 0.0}
        for y, a, b in merge_thick(dark_runs(mask, int(MIN_RULE_SHARE * cols)))
    ]
    vertical = [
        {"object_type": "line", "x0": x * sx, "x1": x * sx, "top": a * sy, "bottom": b * sy,
         "width": 0.0, "height": (b - a) * sy}
        for x, a, b in merge_thick(dark_runs(mask.T, int(MIN_RULE_SHARE * rows)))
    ]
    return horizontal, vertical
