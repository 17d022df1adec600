"""The NER's matrix products by numpy's OpenBLAS on one thread (issue 16, NLP speed): the loaded
pipeline multiplies that way, and its entities are those of thinc's BLIS on the same texts."""

from __future__ import annotations

from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from pipeline.config import RAW_DIR
from pipeline.nlp.spacy_pipeline import MODEL_DIR
from pipeline.nlp.tokenizer import load_saved_nlp


def entities(nlp, texts):
    return [[(e.start, e.end, e.label_, e.id_, e._.method) for e in doc.ents]
            + [(e.start, e.end, e.label_) for e in doc._.ner_ents] for doc in nlp.pipe(texts, batch_size=64)]


def test_the_loaded_ner_multiplies_with_numpy_on_one_thread():
    nlp = load_saved_nlp(MODEL_DIR)
    assert all(not node.ops.use_blis for node in nlp.get_pipe("ner").model.walk())
    assert all(pool["num_threads"] == 1 for pool in threadpool_info() if pool["user_api"] == "blas")


def test_numpy_and_blis_products_give_the_same_entities():
    texts = [paragraph for path in sorted(RAW_DIR.glob("*.txt"))
             for paragraph in path.read_text(encoding="utf-8").split("\n\n") if paragraph.strip()]
    assert len(texts) > 20
    numpy_nlp, blis_nlp = load_saved_nlp(MODEL_DIR), load_saved_nlp(MODEL_DIR)
    blis = NumpyOps()
    for node in blis_nlp.get_pipe("ner").model.walk():
        node.ops = blis
    found = entities(numpy_nlp, texts)
    assert any(found) and found == entities(blis_nlp, texts)
