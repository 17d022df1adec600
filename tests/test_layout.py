"""Page geometry rules: lines, paragraphs, running headers/footers, rules in scanned pixels."""

from __future__ import annotations

import numpy as np

from pipeline.extract.layout import (
    Line,
    PageLines,
    Word,
    is_furniture,
    lines_of,
    paragraphs_of,
    running_lines,
    steady_heights,
)
from pipeline.extract.raster import rules


def line(text: str, top: float, x0: float = 50, size: float = 10) -> Line:
    words, x = [], x0
    for token in text.split():
        words.append(Word(token, x, x + 5 * len(token), top, top + size))
        x += 5 * len(token) + 3
    return Line(tuple(words))


def test_words_group_into_lines_left_to_right():
    words = [Word("b", 60, 65, 100.5, 110), Word("a", 50, 55, 100, 110), Word("c", 50, 55, 120, 130)]
    assert [line.text for line in lines_of(words)] == ["a b", "c"]


def test_paragraphs_split_on_extra_space_bullets_and_short_sentence_ends():
    lines = [
        line("77 incidents de protection ont été rapportés au mois", 100),
        line("d'août 2017 dans les régions du nord.", 111.6),
        line("Partager les alertes", 126.2),  # 3 pt of paragraph spacing above
        line("• Un point de liste.", 137.8),
        line("Fin courte.", 149.4),
        line("Nouvelle phrase", 161.0),
    ]
    paragraphs = paragraphs_of(lines, page=2, right_edge=330)
    assert [p.text for p in paragraphs] == [
        "77 incidents de protection ont été rapportés au mois d'août 2017 dans les régions du nord.",
        "Partager les alertes", "Un point de liste.", "Fin courte.", "Nouvelle phrase"]
    assert paragraphs[2].list_kind == "bullet"
    assert all(p.provenance.page_start == 2 and p.provenance.bbox for p in paragraphs)


def test_ocr_jitter_does_not_split_paragraphs():
    """Regression: the scanned seed gave 20 actions for 9, one per wrapped line. These are the
    word boxes Tesseract gave for its actions cell: tops and heights jitter, baselines do not."""
    boxes = [("Partager les rapports de", 314.9, 324.9), ("mission sur les situations", 327.4, 336.4),
             ("de protection", 338.0, 348.0), ("Partager de façon plus", 352.9, 362.9),
             ("régulière les alertes", 364.1, 374.1), ("Partager le rapport", 379.0, 389.0),
             ("d'évaluation de la zone", 391.5, 400.5), ("de Ménaka avec la", 403.5, 412.5),
             ("section de la protection", 413.8, 423.8), ("de l'enfance. MINUSMA", 426.8, 435.8),
             ("Partager les rapports", 439.6, 450.6), ("mensuels et trimestriels", 453.3, 462.3)]
    words = [Word(token, 463 + 40 * i, 463 + 40 * i + 35, top, bottom)
             for text, top, bottom in boxes for i, token in enumerate(text.split())]
    paragraphs = paragraphs_of(lines_of(steady_heights(words)), page=1, right_edge=590)
    assert [p.text for p in paragraphs] == [
        "Partager les rapports de mission sur les situations de protection",
        "Partager de façon plus régulière les alertes",
        "Partager le rapport d'évaluation de la zone de Ménaka avec la section de la protection de l'enfance. MINUSMA",
        "Partager les rapports mensuels et trimestriels"]


def test_hyphen_at_line_end_is_kept_without_space():
    paragraphs = paragraphs_of([line("vivres par le PAM à travers Yag-", 100), line("tu après une suspension", 111.6)],
                               page=1, right_edge=200)
    assert paragraphs[0].text == "vivres par le PAM à travers Yag-tu après une suspension"


def test_running_header_and_page_numbers_are_furniture():
    pages = [PageLines(n, 842, (line("Cluster Protection Mali – Compte rendu", 30),
                                line(f"Page {n} sur 3", 810), line("Corps du texte", 300)))
             for n in (1, 2, 3)]
    running = running_lines(pages, band=0.12, min_share=0.5)
    page = pages[1]
    assert is_furniture(page.lines[0], 842, 0.12, running)
    assert is_furniture(page.lines[1], 842, 0.12, running)
    assert not is_furniture(page.lines[2], 842, 0.12, running)
    lone = PageLines(1, 842, (line("7", 815),))
    assert is_furniture(lone.lines[0], 842, 0.12, set())


def test_rules_are_found_in_pixels():
    image = np.full((400, 600), 255, dtype=np.uint8)
    image[100:102, 50:550] = 0          # two horizontal rules, 2 px thick
    image[300, 50:550] = 0
    image[100:301, 50] = 0              # three vertical rules
    image[100:301, 300:302] = 0
    image[100:301, 549] = 0
    image[200, 100:110] = 0             # a dash of text: too short to be a rule
    horizontal, vertical = rules(image, page_width=300.0, page_height=200.0)
    assert sorted(round(h["top"], 1) for h in horizontal) == [50.2, 150.0]
    assert sorted(round(v["x0"], 1) for v in vertical) == [25.0, 150.2, 274.5]
    assert all(h["top"] == h["bottom"] and h["width"] > 200 for h in horizontal)
