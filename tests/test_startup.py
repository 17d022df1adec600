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


SERVER = """
import catalogue, srsly
from pydantic.plugin import _loader
import pipeline.nlp.spacy_import
from spacy.util import registry
print(srsly.msgpack_decoders.entry_points, srsly.msgpack_encoders.entry_points, registry.architectures.entry_points)
print(_loader._plugins, len(list(catalogue.AVAILABLE_ENTRY_POINTS.select(group="spacy_architectures"))) > 0)
"""


def test_the_fork_server_looks_up_no_entry_point_group_it_knows_is_empty():
    """srsly's registries looked their entry points up again at each of the ~80 msgpack reads of a
    pipeline load, and pydantic read every installed package's entry points a second time: both
    turned off where catalogue's list (read once per process) has none; a group with entry
    points (spaCy's architectures, installed by spacy-legacy) is still looked up."""
    run = subprocess.run([sys.executable, "-c", SERVER], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert run.stdout.splitlines() == ["False False True", "{} True"]


def test_skipping_empty_entry_point_groups_keeps_what_a_lookup_would_find():
    import catalogue

    from pipeline.nlp.spacy_import import skip_empty_entry_points

    empty = catalogue.create("minutes_test", "nothing_installed", entry_points=True)
    installed = catalogue.create("minutes_test", "architectures", entry_points=True)
    installed.entry_point_namespace = "spacy_architectures"
    found = installed.get_all()
    assert skip_empty_entry_points([empty, installed, "not a registry"]) == 1
    assert not empty.entry_points and installed.entry_points and installed.get_all() == found


def test_the_trace_of_a_run_is_off_unless_asked(monkeypatch, capsys):
    from pipeline import trace

    monkeypatch.setattr(trace, "ENABLED", False)
    trace.mark("parent: python started")
    assert capsys.readouterr().err == ""
    monkeypatch.setattr(trace, "ENABLED", True)
    monkeypatch.setenv("MINUTES_TRACE_START", "0.0")  # the parent's start, as its children inherit it
    trace.mark("worker: task received")
    line = capsys.readouterr().err
    fields = line.split()
    assert fields[0] == "trace" and float(fields[1]) > 0 and float(fields[2]) > 0 and fields[3].isdigit()
    assert line.rstrip().endswith(" worker: task received")


DEFERRED = """
import sys
if sys.argv[1] == "server":
    import pipeline.nlp.spacy_import
import spacy.schemas as schemas
from pydantic._internal._config import config_defaults
print(config_defaults["defer_build"], schemas.DocJSONSchema.__pydantic_complete__, schemas.ConfigSchema.__pydantic_complete__)
print(schemas.validate_token_pattern([{"TEXT": "x", "OP": "+"}]), schemas.validate_token_pattern([{"TEXT": 1, "BAD": 2}]))
print(schemas.DocJSONSchema.__pydantic_complete__)
print(schemas.validate(schemas.DocJSONSchema, {"text": "x", "tokens": []}), schemas.DocJSONSchema.__pydantic_complete__)
"""


def test_spacys_pydantic_models_are_built_when_first_used_and_validate_as_they_did():
    """Imported by the fork server, spaCy's schemas no stage uses are not built (pydantic's
    ``defer_build`` while spaCy is imported, the default back after); used, they validate as
    those of a plain ``import spacy``."""
    def run(how: str) -> list[str]:
        return subprocess.run([sys.executable, "-c", DEFERRED, how], cwd=ROOT, capture_output=True, text=True,
                              check=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}).stdout.splitlines()

    server, plain = run("server"), run("plain")
    assert server[0] == "False False True" and plain[0] == "False True True"
    assert server[2] == "False"  # a token pattern's schema is not the document's
    assert server[1] == plain[1] and "Extra inputs are not permitted" in server[1]
    assert server[3] == plain[3] and server[3].endswith("True")


COLLECTOR = """
import gc
from pipeline.forkserver import PRELOAD
default = gc.get_threshold()
collections = []
gc.collect()
due = [[] for _ in range(default[0])]  # a collection falls due while the first module is being found
__import__(PRELOAD[0])
held = gc.get_threshold()[0]
# counted from the hold on (the collection above fell before it: the test failed one run in a few)
gc.callbacks.append(lambda phase, info: phase == "start" and collections.append(info["generation"]))
import srsly
srsly.msgpack_loads(srsly.msgpack_dumps({"a": [1, 2]}))  # srsly turns the collector on after every read
print(default[0] > 0, held, gc.get_threshold()[0], gc.isenabled())
for name in PRELOAD[1:]:
    __import__(name)
print(len(collections), gc.get_threshold() == default)
"""


def test_the_fork_server_imports_and_loads_with_the_collector_held_off_then_gives_it_back():
    """The collector's passes over the objects spaCy's import and the pipeline's load create
    (0.1-0.15 s of the server's CPU, on the one-file convert's critical path) are held off until
    the pipeline is loaded (``gc_hold``), despite srsly turning the collector on after each read;
    the server's workers, forked after the load, have the collector back as it was."""
    run = subprocess.run([sys.executable, "-c", COLLECTOR], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert run.stdout.splitlines() == ["True 0 0 True", "0 True"]


def test_the_parent_never_holds_its_collector_off():
    """Only the fork server imports ``gc_hold`` (importing it holds the collector off): the command
    line's parent, which imports the executor and the batch, keeps its collector as it was."""
    code = ("import gc; before = gc.get_threshold(); import pipeline.cli, pipeline.batch, pipeline.executor, sys; "
            "print(gc.get_threshold() == before, 'pipeline.gc_hold' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert run.stdout.split() == ["True", "False"]


def test_holding_the_collector_off_and_giving_it_back():
    import gc

    from pipeline import gc_hold

    gc_hold.resume()  # this test process imported it: give its collector back first
    before = gc.get_threshold()
    gc_hold.hold_off()
    gc_hold.hold_off()  # twice: still the first thresholds to give back
    assert gc.get_threshold()[0] == 0
    gc_hold.resume()
    gc_hold.resume()
    assert gc.get_threshold() == before


ASKS_FIRST = """
import sys
from pathlib import Path
import pipeline.batch as batch
from pipeline.config import Settings
from pipeline.executor import LocalPool

seen = []
class Asked(Exception):
    pass

def ask(pool):
    seen.append('pandas' in sys.modules)
    raise Asked()

LocalPool._start_worker = ask
LocalPool.warm_up = lambda pool: None  # no fork server: the test stops at the first worker asked for
batch.import_in_background = lambda: seen.append('background')
try:
    batch.convert([Path(sys.argv[1])], Path(sys.argv[2]), Settings(cache_dir=Path(sys.argv[3])))
except Asked:
    pass
print(seen)
"""


def test_the_parent_asks_for_its_first_worker_before_importing_pandas(tmp_path):
    """Regression: the parent imported pandas (0.3-0.5 s of CPU, for pyarrow's first table)
    before asking the fork server for its first worker, which then waited for it when the
    parent was the later of the two (0.16 s on a quiet machine). pandas is now imported in a
    thread while the parent waits (``background_imports``), stubbed out here."""
    seed = ROOT / "data" / "raw" / "000_cd32c92fb1dbef1b.txt"
    run = subprocess.run([sys.executable, "-c", ASKS_FIRST, str(seed), str(tmp_path / "out"), str(tmp_path / "cache")],
                         cwd=ROOT, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert run.stdout.strip() == "['background', False]"


def test_modules_imported_in_the_background_are_there_once_its_thread_ends():
    code = ("import sys; from pipeline.background_imports import import_in_background; "
            "before = 'pandas' in sys.modules; import_in_background(('pandas', 'no_such_module_here')).join(); "
            "print(before, 'pandas' in sys.modules, 'no_such_module_here' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert run.stdout.split() == ["False", "True", "False"]
