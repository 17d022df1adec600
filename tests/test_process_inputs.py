"""process() reads what it is given, not module caches: its reference data, its spaCy pipeline,
the run's version. A maintainer's edit to a data file reaches the stages through a Reference."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from pipeline.config import RESOURCES_DIR, Settings
from pipeline.process import process
from pipeline.reference import load_reference

from conftest import runtime

#: an agenda whose deadline column is headed by a word no data file knows yet
MINUTES = ("Date : 6 septembre 2017\n"
           "Points\tDiscussions\tActions\tResponsables\tButoir\n"
           "Divers\t<p>OCHA a présenté le plan.</p>\t<p>Partager la liste des sites</p>\t<p>OCHA</p>\t"
           "<p>15 septembre</p>\n")


def test_process_reads_the_reference_it_is_given(tmp_path):
    source = tmp_path / "butoir.txt"
    source.write_text(MINUTES, encoding="utf-8")
    resources = tmp_path / "resources"
    shutil.copytree(RESOURCES_DIR, resources)
    settings = Settings(cache_dir=tmp_path / "cache", resources=resources)
    nlp = runtime().nlp

    before = process(source, source.name, reference=load_reference(resources), nlp=nlp, version="test-1", settings=settings)
    (action,) = before.tables["actions"]
    assert action["deadline_text"] is None  # "Butoir" is not yet a deadline column
    assert before.document["pipeline_version"] == "test-1"

    with (resources / "agenda_columns.csv").open("a", encoding="utf-8") as handle:
        handle.write("deadline,butoir,3,prefix\n")
    after = process(source, source.name, reference=load_reference(resources), nlp=nlp, version="test-2", settings=settings)
    (action,) = after.tables["actions"]
    assert (action["deadline_text"], str(action["deadline_date"])) == ("15 septembre", "2017-09-15")
    assert after.document["pipeline_version"] == "test-2"


def test_no_stage_keeps_a_module_level_cache():
    """Caches of reference data hide inputs (a test once had to clear them by hand); only the
    probe of installed system tools, the loader of spaCy's language files and ``fold_token`` (a
    pure function of the word it is given: no input to hide) may remember."""
    package = Path(RESOURCES_DIR).parent
    cached = [str(path.relative_to(package)) for path in sorted(package.rglob("*.py"))
              for line in path.read_text(encoding="utf-8").splitlines()
              if re.match(r"\s*@(functools\.)?(lru_cache|cache)\b", line)]
    assert cached == ["nlp/components.py", "nlp/tokenizer.py", "tools.py"]
