"""The saved pipeline loads without spaCy's French tokenizer compile, and tokenizes the same."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.model import Table
from pipeline.nlp.tokenizer import compact_alternatives

from conftest import RAW, ROOT, read


def sample_texts() -> list[str]:
    """Every paragraph and cell of the sample archive (its text layers), the gold files'
    strings, and the real corpus's texts where they have been collected."""
    texts: list[str] = []
    for path in sorted(RAW.iterdir()):
        if path.name.endswith("_scan.pdf") or path.suffix == ".doc":
            continue  # the same text as the .docx, read through OCR or LibreOffice
        for block in read(path).blocks:
            if isinstance(block, Table):
                texts.extend(cell.text for cell in block.cells)
            else:
                texts.append(block.text)
    for gold in sorted((ROOT / "tests" / "gold").glob("*.json")):
        texts.extend(_strings(json.loads(gold.read_text(encoding="utf-8"))))
    texts.extend(p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "external" / "real").glob("*.txt")))
    return [t for t in texts if t.strip()]


def _strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        node = list(node.values())
    return [s for child in node for s in _strings(child)] if isinstance(node, list) else []


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return sample_texts()


def test_compact_token_match_decides_every_string_as_spacy_does(texts):
    from spacy.lang.fr.tokenizer_exceptions import TOKEN_MATCH, _hyphen_combination, _hyphen_prefix

    original = TOKEN_MATCH.__self__.pattern
    compact = re.compile(compact_alternatives(original)).match
    assert len(compact.__self__.pattern) < len(original) / 20
    words = {w for t in texts for w in t.split()}
    candidates = set(words)
    for word in words:  # the tokenizer asks about a word with its prefixes and suffixes cut off
        candidates.update(word[i:len(word) - j] for i in range(4) for j in range(4))
    examples = ["aéro-club", "Aéro-Club", "électro-choc", "Saint-Louis-du-Sénégal", "pied-à-terre", "entr'ouvert",
                "burn-out", "BURN-OUTS", "états-unis", "droit-de-l'homme", "prud'hommes", "Tombouctou-sur-Niger",
                "Koro-et-Bankass", "sous-cluster", "d'août", "aujourd'hui", "l'enfance", "Ménaka-la-Ville"]
    for prefix in _hyphen_prefix:
        plain = re.sub(r"\[(.)[^\]]*\]", r"\1", prefix).replace("?", "")
        examples += [f"{plain}-bas", f"{plain}-Bas", f"{plain}-", f"{plain}-l'eau", f"{plain}bas"]
    for combination in _hyphen_combination:
        plain = re.sub(r"\[(.)[^\]]*\]", r"\1", combination).replace("?", "")
        examples += [f"Gao-{plain}-Niger", f"gao-{plain}-l'eau", f"Gao-{plain}-", f"-{plain}-Niger"]
    candidates.update(examples)
    decided = {s: bool(TOKEN_MATCH(s)) for s in candidates}
    assert {s for s in candidates if bool(compact(s)) != decided[s]} == set()
    assert sum(decided.values()) > 50  # the examples do exercise the alternatives


def test_saved_pipeline_tokenizes_the_samples_as_the_french_model(texts):
    import spacy

    from pipeline.nlp.spacy_pipeline import BASE_MODEL, split_leading_hyphens, split_on_slashes, split_trailing_hyphens

    from conftest import runtime

    french = spacy.load(BASE_MODEL, exclude=["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer",
                                             "ner", "senter"])
    split_on_slashes(french)
    split_trailing_hyphens(french)
    split_leading_hyphens(french)
    ours = runtime().nlp  # the saved pipeline (make model), read as MinutesFrench

    def described(doc):
        return [(t.text, t.idx, t.whitespace_, t.norm_, t.is_stop, t.like_num, t.prefix_, t.suffix_, t.shape_)
                for t in doc]

    for text in texts:
        assert described(ours.make_doc(text)) == described(french.make_doc(text)), text[:80]


def test_loading_the_pipeline_never_imports_spacy_french_rules():
    """Regression (issue 16): every process that loaded the pipeline imported ``spacy.lang.fr``
    and compiled its 1.4 MB token_match regex, 5-6 s of each `minutes convert` and each worker."""
    code = ("import sys; from pipeline.config import Settings; from pipeline.process import load_runtime;"
            "runtime = load_runtime(Settings(), 'test'); runtime.reference.stop_words;"
            "print('spacy.lang.fr' in sys.modules)")
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           cwd=Path(__file__).resolve().parent.parent)
    assert shown.stdout.strip() == "False"
