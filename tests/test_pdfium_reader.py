"""PDF pages read by pdfium (issue 16) give the document pdfplumber's reading gave.

Each real fixture is read both ways (``Settings.pdf_reader``) and the two documents compared
block by block: paragraph texts, styles and pages; table cells with their spans; furniture.
Positions are not compared to the last digit: pdfium advances characters by integer glyph
widths where pdfminer uses the /Widths as written (a word's right edge may move by a few
hundredths of a point), which no fixture's reading depends on.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2
import pytest

from pipeline.config import Settings
from pipeline.extract import pdf as pdf_extract
from pipeline.extract.pdfium_page import MAX_CONTENT_BYTES, content_bytes, path_object, read_page
from pipeline.model import Document

from conftest import BORDERLESS_PDF, FIXTURES, REFERENCE, ROOT, SEED_PDF

LAYOUT_FIXTURES = sorted((FIXTURES / "layouts" / "documents").glob("*.pdf"))
CORPUS = sorted((ROOT / "data" / "interim" / "layouts" / "documents").glob("*.pdf"))


def shape(document: Document) -> tuple:
    """What the later stages read of a document, positions aside."""
    blocks = []
    for block in document.blocks:
        if hasattr(block, "cells"):
            blocks.append(("table", block.n_rows, block.n_cols, tuple(
                (c.row, c.col, c.row_span, c.col_span, tuple(p.text for p in c.paragraphs),
                 c.provenance.page_start, c.provenance.page_end) for c in block.cells)))
        else:
            blocks.append(("paragraph", block.text, block.style, block.list_level, block.list_kind,
                           block.provenance.page_start, block.provenance.page_end))
    return tuple(blocks), document.furniture, document.pages, document.ocr_pages


def both_readings(path: Path) -> tuple[Document, Document]:
    return tuple(pdf_extract.extract(path, Settings(pdf_reader=reader), path.name, REFERENCE.column_terms)
                 for reader in ("pdfplumber", "pdfium"))


@pytest.mark.parametrize("path", [SEED_PDF, BORDERLESS_PDF, *LAYOUT_FIXTURES], ids=lambda p: p.name)
def test_pdfium_reads_every_fixture_as_pdfplumber_did(path):
    old, new = both_readings(path)
    assert shape(new) == shape(old)
    assert any(hasattr(b, "cells") for b in new.blocks)


def test_the_seed_pdf_read_by_pdfium_holds_its_table_across_five_pages():
    _, new = both_readings(SEED_PDF)
    tables = [b for b in new.blocks if hasattr(b, "cells")]
    assert new.pages == 5 and len(tables) == 1 and tables[0].n_cols == 5
    header = [c.text for c in tables[0].cells if c.row == 0]
    assert any("Points" in h or "Thème" in h or "Discussion" in h for h in header), header
    assert tables[0].provenance.page_end == 5


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS, reason="layout corpus not built (make layouts)")
def test_pdfium_reads_the_whole_layout_corpus_as_pdfplumber_did():
    differ = [path.name for path in CORPUS if shape(both_readings(path)[1]) != shape(both_readings(path)[0])]
    assert differ == []


def test_pdfium_words_and_rules_are_pdfplumbers():
    """Word texts and tops exactly (pdfminer's box: from the descriptor's descent, one em
    high); horizontal positions to a fraction of a point; ruled tables' cells alike."""
    document = pypdfium2.PdfDocument(SEED_PDF)
    try:
        with pdfplumber.open(SEED_PDF) as plumber:
            for index, page in enumerate(plumber.pages):
                mine = read_page(document, index, page.page_obj, {})
                assert mine is not None
                theirs = page.extract_words()
                ours = mine.extract_words()
                assert [w["text"] for w in ours] == [w["text"] for w in theirs]
                assert [(w["top"], w["bottom"]) for w in ours] == [(w["top"], w["bottom"]) for w in theirs]
                assert max(abs(a[k] - b[k]) for a, b in zip(ours, theirs) for k in ("x0", "x1")) < 0.1
                assert [t.cells for t in mine.find_tables()] == [t.cells for t in page.find_tables()]
                mine.close()
    finally:
        document.close()


def test_pdfminer_interprets_no_page_when_pdfium_reads_them():
    with pdf_extract.open_pdf(SEED_PDF) as pdf:
        pages = pdf_extract._read_with_pdfium(SEED_PDF, pdf, Settings(), REFERENCE.column_terms)
        assert len(pages) == 5 and all(p.words for p in pages)
        assert not any(hasattr(page, "_layout") or hasattr(page, "_objects") for page in pdf.pages)


def test_a_page_drawing_millions_of_objects_is_left_to_pdfplumber():
    """pdfium would load it whole (gigabytes); pdfminer's slowness on it meets the timeout."""
    with pdfplumber.open(FIXTURES / "bad" / "slow_page.pdf") as pdf:
        assert content_bytes(pdf.pages[0].page_obj, MAX_CONTENT_BYTES) > MAX_CONTENT_BYTES
        assert read_page(None, 0, pdf.pages[0].page_obj, {}) is None  # decided before pdfium opens it
    with pdfplumber.open(SEED_PDF) as pdf:
        assert content_bytes(pdf.pages[0].page_obj, MAX_CONTENT_BYTES) < 100_000


def test_painted_subpaths_are_classified_as_pdfminer_does():
    square = [(0.0, 0.0), (10.0, 0.0), (10.0, 5.0), (0.0, 5.0)]
    # pdfium closes a rectangle with a line back to its start, then marks it closed ("h")
    rect = path_object("mllllh", square + [(0.0, 0.0), (0.0, 0.0)], height=100)
    assert rect["object_type"] == "rect" and (rect["x0"], rect["top"], rect["x1"], rect["bottom"]) == (0, 95, 10, 100)
    line = path_object("ml", [(0.0, 50.0), (200.0, 50.0)], height=100)
    assert line["object_type"] == "line" and line["top"] == line["bottom"] == 50
    assert path_object("mllh", [(0.0, 50.0), (200.0, 50.0), (0.0, 50.0), (0.0, 50.0)], 100)["object_type"] == "line"
    skewed = path_object("mlllh", [(0.0, 0.0), (10.0, 1.0), (10.0, 5.0), (0.0, 5.0), (0.0, 0.0)], 100)
    assert skewed["object_type"] == "curve" and len(skewed["pts"]) == 5
    assert path_object("m", [(0.0, 0.0)], 100) is None


def test_words_made_from_pdfium_chars_are_pdfplumbers_extract_words():
    """The pdfium page builds its words itself (``char_words``): the very words, to the bit, that
    pdfplumber's ``extract_words()`` makes of the same characters."""
    from pdfplumber.utils import extract_words

    document = pypdfium2.PdfDocument(BORDERLESS_PDF)
    try:
        with pdfplumber.open(BORDERLESS_PDF) as plumber:
            page = read_page(document, 0, plumber.pages[0].page_obj, {})
            theirs = extract_words(page.chars)
            assert [(w.text, w.x0, w.x1, w.top, w.bottom) for w in page.words()] == [
                (w["text"], w["x0"], w["x1"], w["top"], w["bottom"]) for w in theirs]
    finally:
        document.close()


def test_word_breaks_ligatures_and_line_order_follow_pdfplumber():
    from pdfplumber.utils import extract_words

    from pipeline.extract.char_words import words_of_chars

    # a ligature, a space, a gap over 3 points ("a" / "b"), a top 2 points off in one word ("bc"),
    # a line above, a top chained into the line (100, 102, 104) but 4 points off its neighbour
    # ("y" / "fin"), and a character drawn last that sorts first ("z")
    chars = [("ﬁ", 10.0, 14.0, 100.0, 110.0), ("n", 14.0, 18.0, 100.5, 110.5), (" ", 18.0, 21.0, 100.0, 110.0),
             ("a", 21.0, 25.0, 100.0, 110.0), ("b", 29.5, 33.0, 100.0, 110.0), ("c", 31.0, 35.0, 102.0, 112.0),
             ("x", 5.0, 9.0, 80.0, 90.0), ("y", 9.0, 13.0, 104.0, 114.0), ("z", 20.0, 24.0, 100.0, 110.0)]
    dicts = [{"text": t, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top, "upright": True}
             for t, x0, x1, top, bottom in chars]
    ours = [(w.text, w.x0, w.x1, w.top, w.bottom) for w in words_of_chars(chars)]
    assert ours == [(w["text"], w["x0"], w["x1"], w["top"], w["bottom"]) for w in extract_words(dicts)]
    assert [w[0] for w in ours] == ["x", "y", "fin", "za", "bc"]


def test_coordinates_made_written_at_once_are_those_made_one_by_one():
    from pipeline.extract.pdfium_page import all_written, written

    values = [0.0, 1e-5, 0.1, 72.00000762939453, 123.456789, 595.2760009765625, 841.8900146484375, -3.25, 1e7 + 0.5,
              0.1, -0.0, 0.0, 72.00000762939453]
    made = all_written(values)
    assert made == [written(v) for v in values]
    assert [str(v) for v in made] == [str(written(v)) for v in values]  # -0.0 stays -0.0


def test_shortest_decimals_are_the_singles_numpy_prints():
    """The decimals found by rounding are those ``str(numpy.float32(v))`` prints, for every kind
    of single a page holds: all bit patterns from 1e-5 to 1e5 sampled, powers of two (where a
    single's neighbours are not evenly spaced), round values, and those past the rounding's reach."""
    import numpy

    from pipeline.extract.pdfium_page import shortest_decimals

    patterns = numpy.random.default_rng(16).integers(0x3727C5AC, 0x47C35000, 300_000, dtype=numpy.uint32)
    singles = numpy.concatenate([
        patterns.view(numpy.float32),
        numpy.array([2.0 ** k for k in range(-20, 30)] + [-(2.0 ** k) for k in range(-5, 12)], dtype=numpy.float32),
        numpy.array([595.276, 841.89, 0.1, 0.3, 72.0, 1e7 + 0.5, 123456789.0, 3.4e38, 1e-30, -7.25], dtype=numpy.float32),
        numpy.array([numpy.inf, -numpy.inf], dtype=numpy.float32)])
    made = shortest_decimals(singles).tolist()
    printed = [float(text) for text in singles.astype(str).tolist()]
    assert made == printed


def test_the_words_of_a_line_share_their_top_and_bottom_objects():
    """A page's words are held until the document is laid out (issue 16: 80,000 on a 200-page
    PDF): the characters of a line in one font share one top and one bottom float, and so do
    the words made of them; a word holds no dict of its own."""
    document = pypdfium2.PdfDocument(SEED_PDF)
    try:
        with pdfplumber.open(SEED_PDF) as plumber:
            words = read_page(document, 0, plumber.pages[0].page_obj, {}).words()
    finally:
        document.close()
    first_line = [w for w in words if w.top == words[0].top]
    assert len(first_line) > 1 and all(w.top is words[0].top for w in first_line)
    assert not hasattr(words[0], "__dict__")


def _seed_page_chars(index: int = 0) -> list:
    document = pypdfium2.PdfDocument(SEED_PDF)
    try:
        with pdfplumber.open(SEED_PDF) as plumber:
            return read_page(document, index, plumber.pages[index].page_obj, {})._chars
    finally:
        document.close()


def test_codes_read_for_the_whole_page_are_those_read_one_by_one(monkeypatch):
    """The page's codes come in one call; a mark (the seed's line-end hyphen, U+FFFE there) is
    asked for alone. Where the units do not line up with the characters (a character outside
    the Basic Multilingual Plane takes two) every code is read alone: the same characters."""
    from pipeline.extract import pdfium_page

    bulk = _seed_page_chars()
    assert "-" in [c[0] for c in bulk] and "\ufffe" not in [c[0] for c in bulk]
    real_get_text = pdfium_page.pdfium_c.FPDFText_GetText

    def with_a_pair_first(text, start, count, units):
        """pdfium's text of a page opening with U+1F4C4: its two units, then the rest, cut at ``count``."""
        written = real_get_text(text, start, count, units)
        units[:count + 1] = [0xD83D, 0xDCC4, *units[:count - 1]]
        return written + 1

    monkeypatch.setattr(pdfium_page.pdfium_c, "FPDFText_GetText", with_a_pair_first)
    assert _seed_page_chars() == bulk
