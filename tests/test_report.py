"""The review report: a static site whose highlights a real browser shows."""

from __future__ import annotations

import re

import pandas as pd

from pipeline.report import browser, build_report, screenshot

from conftest import SEED_DOCX


def test_report_pages_highlight_entities_with_their_links(sample_outputs, tmp_path):
    index = build_report(sample_outputs, tmp_path / "report")
    documents = pd.read_parquet(sample_outputs / "documents.parquet").set_index("source_path")
    page = index.parent / f"doc-{documents.loc[SEED_DOCX.name, 'doc_id']}.html"
    dom = browser(page, "--dump-dom")  # what Chromium renders, not just the file we wrote
    assert 'class="org" title="UNFPA — Fonds des Nations Unies pour la population (UN agency; registry)">UNPFA</mark>' in dom
    assert 'class="org" title="TDH — Terre des hommes (INGO; registry)">THD</mark>' in dom
    assert re.search(r'class="loc" title="Koro · cercle Koro ML1902 · région Bandiagara ML19 \(P-codes v03\)">Koro</mark>', dom)
    assert re.search(r'class="fig" title="404 households · qualifier exact · population idps · location Koro">404 ménages</mark>', dom)
    assert dom.count('<mark class="org"') > 50 and dom.count('<mark class="loc"') > 20
    overview = browser(index, "--dump-dom")
    assert "Organisations most present" in overview and "<svg" in overview and "incidents by month" in overview
    for html_file in index.parent.glob("*.html"):
        text = html_file.read_text(encoding="utf-8")
        assert not re.search(r'(src|href)="https?://', text), f"{html_file.name} needs the network"
    png = screenshot(page, tmp_path / "screenshot.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
