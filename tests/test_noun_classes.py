"""The counted nouns' classes saved by the build (issue 16, cold start): a worker reads them with
the pipeline instead of looking up 500 nouns' vectors at its first document, and they are the
classes it would have computed, row for row."""

from __future__ import annotations

import numpy as np

from pipeline.config import Settings
from pipeline.nlp.noun_classes import SAVED_FILE, NounClasses, noun_classes, use_saved
from pipeline.nlp.spacy_pipeline import MODEL_DIR, load_nlp
from pipeline.reference import load_reference


def test_the_loaded_pipeline_holds_the_classes_the_build_saved_equal_to_those_computed_over_its_vectors():
    """Byte for byte, though the build ran in another process: the not-a-count nouns (from sets,
    whose order follows each process's string hashes) are taken in the order of their words."""
    reference = load_reference()
    nlp = load_nlp(reference, Settings().pcodes)
    assert (MODEL_DIR / SAVED_FILE).exists()
    assert "figures.noun_classes" in reference._derived  # read with the pipeline, before any document
    held = noun_classes(reference, nlp.vocab)
    computed = NounClasses.of(reference, nlp.vocab)
    assert held is not computed and held.vocab is nlp.vocab
    assert held.matrix.dtype == computed.matrix.dtype == np.float32
    assert held.matrix.shape == computed.matrix.shape and held.matrix.shape[0] > 400
    assert held.matrix.tobytes() == computed.matrix.tobytes()
    assert held.labels.tolist() == computed.labels.tolist()
    assert held.classes == computed.classes and "none" in held.classes
    for word in ("commerçants", "cambriolages", "charrettes", "jours", "latrines"):
        assert held.scores(word) == computed.scores(word)
        assert held.unit(word) == computed.unit(word)
    assert held.unit("cambriolages") == "incidents"


def test_saved_classes_read_back_as_they_were_written_and_a_folder_without_them_reads_none(tmp_path):
    reference = load_reference()
    nlp = load_nlp(reference, Settings().pcodes)
    classes = NounClasses(nlp.vocab, np.arange(12, dtype="float32").reshape(3, 4), np.array(["persons", "none", "persons"]))
    assert NounClasses.read(tmp_path, nlp.vocab) is None
    assert not use_saved(reference, nlp.vocab, tmp_path)
    classes.save(tmp_path)
    read = NounClasses.read(tmp_path, nlp.vocab)
    assert read.matrix.tobytes() == classes.matrix.tobytes() and read.labels.tolist() == ["persons", "none", "persons"]
    assert read.classes == ("persons", "none")

