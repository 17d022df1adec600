"""What the command line's parent imports before its workers convert: never spaCy (issue 16,
one-file cold start). The parent checks the domain NER's folder and computes the pipeline's
version; importing spaCy for that cost it a second of CPU beside the fork server's own import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PARENT = """
import sys
from pipeline.cli import _check_domain_ner
from pipeline.config import Settings
from pipeline.process import current_version
import pipeline.batch
_check_domain_ner()
print(current_version(Settings()))
print(sorted({name.split('.')[0] for name in sys.modules} & {'spacy', 'thinc', 'pandas', 'pyarrow'}))
"""


def test_the_parent_checks_the_domain_ner_and_versions_the_run_without_spacy():
    run = subprocess.run([sys.executable, "-c", PARENT], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    version, imported = run.stdout.splitlines()
    assert ".ner-single-" in version  # the shipped domain NER (the only NER) was checked and fingerprinted
    assert imported == "['pyarrow']"  # the batch's writer; spaCy and pandas wait
