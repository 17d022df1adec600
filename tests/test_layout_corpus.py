"""Agenda tables in the layouts real archives hold (issue 15), on a few documents of the layout
corpus committed as fixtures (``tests/fixtures/layouts``: built by
``scripts/build_layout_corpus.py``, gold written by the generator from what it laid out).

Each layout feature that failed on the corpus's first run has its test here: a borderless
table over two pages with a wrapped header and its columns shifted on page 2, horizontal rules
only, a rule under the header only, a shaded header only, "Responsable / Délai" in one column,
two responsibles shared by three actions, metadata as labels over values, and no silent zero.
The whole corpus is scored by ``make eval-layouts``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.extract import extract_document
from pipeline.model import Document, Paragraph
from pipeline.structure import build_minutes
from pipeline.structure.agenda import AGENDA_NOT_READ

from conftest import REFERENCE

LAYOUTS = Path(__file__).resolve().parent / "fixtures" / "layouts"
FIELDS = ("topic", "discussion", "actions_text", "responsible_text", "deadline_text")
ALL = sorted(p.stem for p in (LAYOUTS / "gold").glob("*.json"))


def norm(text) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def gold(name: str) -> dict:
    return json.loads((LAYOUTS / "gold" / f"{name}.json").read_text(encoding="utf-8"))


def read_layout(name: str, fmt: str):
    path = LAYOUTS / "documents" / f"{name}.{fmt}"
    document = extract_document(path, path.name, Settings(), REFERENCE)
    return document, build_minutes(document, Settings(), REFERENCE)


def item_mismatches(name: str, fmt: str) -> list[str]:
    """Every field of every agenda item that differs from the gold, as 'item N field: want / got'."""
    _, minutes = read_layout(name, fmt)
    want = gold(name)[fmt]["items"]
    found = [f"{len(minutes.items)} items read, {len(want)} expected"] if len(minutes.items) != len(want) else []
    for no, (w, item) in enumerate(zip(want, minutes.items), start=1):
        found += [f"item {no} {f}: {norm(w[f])!r} / {norm(getattr(item, f))!r}" for f in FIELDS
                  if norm(w[f]) != norm(getattr(item, f))]
    return found


def action_pairs(minutes) -> list[tuple[int, str, str, str]]:
    return [(a.item_no, norm(a.text), norm(a.responsible_text), norm(a.deadline_text)) for a in minutes.actions]


def gold_pairs(name: str, fmt: str) -> list[tuple[int, str, str, str]]:
    return [(a["item_no"], norm(a["text"]), norm(a["responsible_text"]), norm(a["deadline_text"]))
            for a in gold(name)[fmt]["actions"]]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("name", ALL)
def test_every_item_and_action_as_laid_out(name, fmt):
    assert item_mismatches(name, fmt) == []
    _, minutes = read_layout(name, fmt)
    assert action_pairs(minutes) == gold_pairs(name, fmt)


def test_borderless_over_two_pages_wrapped_header_columns_shifted():
    """The issue's case: no borders, the header cells wrapped on two lines, the table running on
    to page 2 without its header and a few points to the left. First run: items read line by line."""
    features = gold("S17-L009")["features"]
    assert (features["borders"], features["header_wrap"], features["header_repeat"]) == ("none", 2, False)
    assert features["page_shift"] < 0 and features["pages"] == 2
    document, minutes = read_layout("S17-L009", "pdf")
    assert len(document.tables) == 2  # the metadata table, and the agenda stitched across the break
    assert [norm(i.topic) for i in minutes.items] == [norm(i["topic"]) for i in gold("S17-L009")["pdf"]["items"]]
    assert max(i.page_end for i in minutes.items) == 2
    assert not any("Résumé" in (i.discussion or "") for i in minutes.items)  # no header words in cells


@pytest.mark.parametrize("name, borders", [("L008", "hrules"), ("L025", "header_rule"), ("L041", "shaded")])
def test_partly_ruled_tables(name, borders):
    """Horizontal rules only (rows between rules), a rule under the header only, a shaded header
    only: pdfplumber finds no grid in any of them. First run: topics empty or nothing parsed."""
    assert gold(name)["features"]["borders"] == borders
    assert item_mismatches(name, "pdf") == []


def test_two_tables_on_a_page_with_a_title_between():
    document, minutes = read_layout("L025", "pdf")
    assert gold("L025")["features"]["two_tables"]
    assert minutes.agenda_tables == 2
    assert not any("continued" in (i.topic or "") for i in minutes.items)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_responsible_and_deadline_in_one_column(fmt):
    """"Responsible / Deadline": "UNHCR – 15 Sept" is split into responsible and deadline."""
    assert gold("L019")["features"]["merged_resp_deadline"]
    _, minutes = read_layout("L019", fmt)
    assert action_pairs(minutes) == gold_pairs("L019", fmt)
    assert all(a.deadline_text and "–" not in a.responsible_text for a in minutes.actions if a.responsible_text)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_two_responsibles_shared_by_three_actions(fmt):
    """Two organisations on separate lines beside three actions, nothing tying one to one action:
    each action has both (first run: no responsible at all)."""
    assert gold("L041")["features"]["shared_responsibles"]
    _, minutes = read_layout("L041", fmt)
    shared = [a for a in minutes.actions if a.responsible_text and "\n" in a.responsible_text]
    assert len(shared) == 3 and all(a.responsible_alignment == "shared" for a in shared)
    assert len({a.responsible_text for a in shared}) == 1
    assert action_pairs(minutes) == gold_pairs("L041", fmt)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_metadata_as_labels_over_values(fmt):
    assert gold("L041")["features"]["metadata"] == "horizontal"
    _, minutes = read_layout("L041", fmt)
    assert (str(minutes.header.meeting_date), minutes.header.participants) == (
        gold("L041")["meeting_date"], gold("L041")["participants"])


def test_label_lines_of_a_pdf_header_are_read_one_by_one():
    """"Date : …" and "Nombre de participants : …" on consecutive lines, no spacing between them."""
    assert gold("L008")["features"]["metadata"] == "lines"
    _, minutes = read_layout("L008", "pdf")
    assert minutes.header.participants == gold("L008")["participants"]


def test_no_silent_zero():
    """A text holding an agenda header whose table was not read: a warning, not a clean success."""
    words_left_in_text = Document("x.pdf", "pdf", (
        Paragraph("Compte rendu de la réunion du sous-cluster Protection"),
        Paragraph("Points à Résumé des Actions à Responsables Délais"),
        Paragraph("l'ordre du jour discussions mener"),
        Paragraph("Situation sécuritaire La MINUSMA a informé de la persistance des attaques Partager le rapport"),
    ))
    minutes = build_minutes(words_left_in_text, Settings(), REFERENCE)
    assert minutes.items == ()
    assert len(minutes.warnings) == 1 and minutes.warnings[0].startswith(AGENDA_NOT_READ)
    assert "Responsables Délais" in minutes.warnings[0]
    prose = Document("y.pdf", "pdf", (Paragraph("Ordre du jour : revue des actions, point sur la situation"),
                                      Paragraph("Les actions à prendre ont été discutées par les responsables.")))
    assert build_minutes(prose, Settings(), REFERENCE).warnings == ()
    _, read = read_layout("S17-L009", "pdf")
    assert read.warnings == ()


def test_generator_is_seeded():
    """Same seed, same document and gold: the corpus can be rebuilt and the figures compared."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    import build_layout_corpus as corpus

    corpus.register_fonts()
    first, second = corpus.make_spec(9, 17), corpus.make_spec(9, 17)
    assert corpus.gold_of(first, nested=False) == corpus.gold_of(second, nested=False)
    assert corpus.build_pdf(first) == corpus.build_pdf(second)
    assert corpus.gold_of(first, nested=False)["items"] == gold("S17-L009")["pdf"]["items"]
