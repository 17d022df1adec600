"""The NER's matrix products by numpy (its OpenBLAS, one thread) instead of thinc's BLIS.

thinc multiplies a layer's inputs by its weights with BLIS (``NumpyOps.gemm``). The NER's own
tok2vec is four maxout layers of 288 x 288 over every token of a batch: those products are most
of the NER's time, and on this project's machines (AMD EPYC, Zen 3) BLIS took 3-4x as long for
them as numpy's OpenBLAS on one thread (1,800 x 288 by 288: 32-42 ms against 8-12 ms), so the
NER read twice as many words a second with numpy's. thinc's own ``NumpyOps(use_blis=False)``
does it; the parser's small per-step products stay in BLIS. The same products summed in
another order may differ in a float's last bits: the entities of the sample archive, of the
real texts' dev split and of the benchmark's texts are the same (``tests/test_matmul.py``).

OpenBLAS is held to one thread: a worker is one core's work (the command line runs one worker
per core), and two threads per worker would only fight over the cores.
"""

from __future__ import annotations

from spacy.language import Language
from thinc.api import Model, NumpyOps
from threadpoolctl import threadpool_limits

NUMPY_MATMUL = NumpyOps(use_blis=False)


def use_numpy_matmul(nlp: Language) -> Language:
    """Every thinc layer of ``nlp``'s components (the NER's) multiplies with numpy, on one thread."""
    threadpool_limits(limits=1, user_api="blas")
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model) and isinstance(model.ops, NumpyOps):
            for node in model.walk():
                node.ops = NUMPY_MATMUL
    return nlp
