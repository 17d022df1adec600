"""Text-export details: page marks, continuation rows, lost cells, HTML fragments."""

from __future__ import annotations

import re

from pipeline.extract.markup import fragment_paragraphs
from pipeline.extract.stitch import join_paragraphs
from pipeline.extract.text import parse_text_export
from pipeline.model import Paragraph

from conftest import SEED_PROSE, SEED_TEXT, read


def test_seed_table_rows_after_stitching():
    document = read(SEED_TEXT)
    assert document.pages == 4
    table = document.tables[0]
    # header + 4 items + the lost-cell row; the three page continuations folded into row 2
    assert table.n_rows == 7
    long_row = [c for c in table.cells if c.row == 2]
    assert {(c.provenance.page_start, c.provenance.page_end) for c in long_row[1:]} == {(1, 4)}


def test_sentence_cut_by_page_break_is_rejoined_only_when_it_continues():
    head = (Paragraph("avec le concours du service local"),)
    assert [p.text for p in join_paragraphs(head, (Paragraph("de développement social (SDLS)"),))] == [
        "avec le concours du service local de développement social (SDLS)"]
    assert len(join_paragraphs(head, (Paragraph("A la suite de ce plaidoyer :"),))) == 2
    hyphen = join_paragraphs((Paragraph("le dévelop-"),), (Paragraph("pement local"),))
    assert hyphen[0].text == "le développement local"


def test_continuation_needs_a_page_break():
    text = "A\tB\tC\n\tsuite sans saut\tx\n--\t--\t--\n\tsuite après saut\ty\n"
    table = parse_text_export(text, "t.txt").tables[0]
    assert table.n_rows == 2  # the second row is a row of its own; the third continues it
    assert [c.text for c in table.cells if c.row == 1][1] == "suite sans saut suite après saut"


def test_loose_bullets_in_ul_become_list_items():
    paragraphs = fragment_paragraphs('<ul style="list-style-type: none"> • Un • Deux -Trois ; -ONU-FEMME va</ul>')
    assert [(p.text, p.list_kind) for p in paragraphs] == [
        ("Un", "bullet"), ("Deux", "bullet"), ("Trois ;", "bullet"), ("ONU-FEMME va", "bullet")]


def test_text_without_page_marks_has_no_pages():
    document = read(SEED_PROSE)
    assert document.pages is None and not document.tables
    assert document.paragraphs[1].text.startswith("Le Cluster Protection a participé")
    assert all(p.provenance.page_start is None for p in document.paragraphs)


def test_windows_1252_text_is_decoded(tmp_path):
    path = tmp_path / "cr.txt"
    path.write_bytes("Lieu et date : Gao, 3 février 2020\nPrésidence : Awa Traoré\n".encode("cp1252"))
    document = read(path)
    assert document.paragraphs[0].text == "Lieu et date : Gao, 3 février 2020"
    assert document.warnings == ("not UTF-8: decoded as cp1252",)


def _with_running_header_and_footer(text: str) -> str:
    """The seed as a worse export gives it: each page opens with the running header and ends with
    "Page N sur 4", and once the converter pasted footer and header inside the cut sentence."""
    header = "Cluster Protection Mali – Compte rendu de réunion du 06/09/2017"
    pages = re.split(r"(?m)^(--\t.*)$", text)  # [page 1, break, page 2, break, …]
    out = []
    for k, part in enumerate(pages):
        if k % 2:
            out.append(part)
        else:
            out.append(f"{header}\n{part.strip(chr(10))}\nPage {k // 2 + 1} sur 4\n")
    return "\n".join(out).replace(
        "(avec le concours du service local</p>",
        f"(avec le concours du service local Page 1 sur 4 {header}</p>", 1)


def test_running_headers_and_footers_of_a_text_export_are_taken_out():
    clean_text = SEED_TEXT.read_text(encoding="utf-8")
    worse_text = _with_running_header_and_footer(clean_text)
    assert worse_text.count("Page 2 sur 4") == 1 and worse_text.count("Cluster Protection Mali") == 5
    clean, worse = parse_text_export(clean_text, "clean.txt"), parse_text_export(worse_text, "worse.txt")
    assert worse.pages == clean.pages == 4
    assert set(worse.furniture) == {"Cluster Protection Mali – Compte rendu de réunion du 06/09/2017",
                                    "Page 1 sur 4", "Page 2 sur 4", "Page 3 sur 4", "Page 4 sur 4"}
    # the long row still continues across the breaks, and no header is left in a sentence
    assert [[c.text for c in row if c] for row in worse.tables[0].grid()] == [
        [c.text for c in row if c] for row in clean.tables[0].grid()]
    discussion = next(c.text for c in worse.tables[0].cells if "77 incidents" in c.text)
    assert "(avec le concours du service local de développement social (SDLS)" in discussion


def test_form_feeds_break_pages():
    """Regression: ``str.splitlines`` splits at a form feed and drops it, so no page was counted."""
    document = parse_text_export("Premier paragraphe.\fSecond paragraphe.\n\fTroisième.", "ff.txt")
    assert document.pages == 3
    assert [(p.text, p.provenance.page_start, p.provenance.line_start) for p in document.paragraphs] == [
        ("Premier paragraphe.", 1, 1), ("Second paragraphe.", 2, 1), ("Troisième.", 3, 2)]


def test_windows_line_ends_and_soft_line_breaks_keep_rows_whole():
    """CRLF line ends, and Word's soft line break (U+000B) or U+2028 inside a cell, do not cut a
    table row: the same table as the seed, the break read as a space."""
    clean_text = SEED_TEXT.read_text(encoding="utf-8")
    worse_text = clean_text.replace("\n", "\r\n").replace(
        "77 incidents de protection", "77 incidents\u000bde protection", 1).replace(
        "Partager l'invitation", "Partager\u2028l'invitation", 1)
    clean, worse = parse_text_export(clean_text, "clean.txt"), parse_text_export(worse_text, "worse.txt")
    assert [[c.text for c in row if c] for row in worse.tables[0].grid()] == [
        [c.text for c in row if c] for row in clean.tables[0].grid()]
    assert worse.pages == 4
