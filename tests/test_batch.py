"""Archive-scale batch: incremental, resilient to hanging and crashing files, atomic, on Dask."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.batch import convert
from pipeline.config import Settings
from pipeline.schema import TABLES

from conftest import GAO_DOCX, MOPTI_DOCX, ROOT, SEED_PROSE, SEED_TEXT, options

SMALL = [SEED_TEXT, SEED_PROSE, GAO_DOCX, MOPTI_DOCX]
pytestmark = pytest.mark.slow  # worker processes loading spaCy, Dask clusters, killed runs


def datasets(out) -> dict[str, pd.DataFrame]:
    return {name: pq.read_table(out / f"{name}.parquet").to_pandas() for name in TABLES}


def same_datasets(a, b) -> bool:
    """Equal datasets, but for the time each conversion took (a measurement, not a result)."""
    left, right = datasets(a), datasets(b)
    return all(left[n].drop(columns=["seconds"], errors="ignore").astype(str)
               .equals(right[n].drop(columns=["seconds"], errors="ignore").astype(str)) for n in TABLES)


@pytest.fixture
def archive(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    for path in SMALL:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture
def settings(tmp_path):
    return Settings(cache_dir=tmp_path / "cache")


def test_second_run_converts_nothing_and_changes_nothing(archive, settings, tmp_path):
    out = tmp_path / "out"
    first = convert([archive], out, settings, options(jobs=2))
    assert first.converted == 4 and first.skipped == 0
    before = {p.name: p.read_bytes() for p in out.glob("*.csv")}
    snapshot = tmp_path / "snapshot"
    shutil.copytree(out, snapshot)
    second = convert([archive], out, settings, options(jobs=2))
    assert second.converted == 0 and second.skipped == 4
    assert same_datasets(out, snapshot)
    assert {p.name: p.read_bytes() for p in out.glob("*.csv")} == before
    runs = pd.read_parquet(out / "runs.parquet")
    assert runs.converted.tolist() == [4, 0] and runs.skipped.tolist() == [0, 4]


def test_a_changed_file_alone_is_converted_again(archive, settings, tmp_path):
    out = tmp_path / "out"
    convert([archive], out, settings, options(jobs=2))
    changed = archive / SEED_PROSE.name
    changed.write_text(changed.read_text(encoding="utf-8").replace("187 139", "190 000"), encoding="utf-8")
    report = convert([archive], out, settings, options(jobs=2))
    assert report.converted == 1 and report.skipped == 3
    figures = pd.read_parquet(out / "figures.parquet")
    assert 190000 in set(figures.value) and 187139 not in set(figures.value)


def test_a_deleted_file_leaves_the_datasets(archive, settings, tmp_path):
    out = tmp_path / "out"
    convert([archive], out, settings, options(jobs=2))
    doc_id = pd.read_parquet(out / "documents.parquet").set_index("source_path").loc[GAO_DOCX.name, "doc_id"]
    (archive / GAO_DOCX.name).unlink()
    report = convert([archive], out, settings, options(jobs=2))
    assert report.converted == 0
    for name in TABLES:
        assert doc_id not in set(pd.read_parquet(out / f"{name}.parquet").doc_id), name


def test_a_new_pipeline_version_converts_everything(archive, settings, tmp_path, monkeypatch):
    out = tmp_path / "out"
    convert([archive], out, settings, options(jobs=2))
    import pipeline.batch

    monkeypatch.setattr(pipeline.batch, "current_version", lambda settings: "0.0.0+another")
    report = convert([archive], out, settings, options(jobs=2))
    assert report.converted == 4 and report.version == "0.0.0+another"


def test_hanging_and_crashing_files_fail_while_the_others_finish(archive, settings, tmp_path, monkeypatch):
    monkeypatch.setenv("MINUTES_TEST_READERS", "1")
    (archive / "hangs.sleep").write_text("x")
    (archive / "crashes.crash").write_text("y")
    start = time.monotonic()
    # 45 s: a healthy file takes about 1 s of CPU, but 8 s of wall time at load 16 on 2 cores and
    # over 20 s under nice 19 at load 13 (seen once): the clock is the same for every file
    report = convert([archive], tmp_path / "out", settings, options(jobs=2, timeout=45))
    assert time.monotonic() - start < 600  # the .sleep file would hold its worker an hour (no bound on load)
    documents = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("source_path")
    assert documents.loc["hangs.sleep", "error"] == "timed out after 45 s"
    assert documents.loc["crashes.crash", "error"].startswith("worker crashed while converting this file (killed by signal")
    assert (documents.drop(index=["hangs.sleep", "crashes.crash"]).status == "ok").all()
    assert len(report.failed) == 2


@pytest.mark.parametrize("executor", ["local", "dask"])
def test_memory_cap_fails_the_file_not_the_batch(executor, archive, settings, tmp_path, monkeypatch):
    """The same cap on both executors: the greedy file fails as too large, the others convert."""
    if executor == "dask":
        pytest.importorskip("distributed")
    monkeypatch.setenv("MINUTES_TEST_READERS", "1")
    (archive / "greedy.hog").write_text("z")
    convert([archive], tmp_path / "out", settings, options(jobs=2, timeout=60, memory_mb=1500, executor=executor))
    documents = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("source_path")
    assert documents.loc["greedy.hog", "status"] == "failed"
    assert re.fullmatch(r"too large: (its worker reached [\d,]+ MB of memory on this file, over the 1,500 MB cap "
                        r"\(--memory-limit\)|out of memory while converting this file \(the worker may address "
                        r"3,000 MB; --memory-limit\))|worker died while converting this file \(too large for the "
                        r"1,500 MB memory cap \(--memory-limit\), or a crash in a reader\)",
                        documents.loc["greedy.hog", "error"]), documents.loc["greedy.hog", "error"]
    assert (documents.drop(index="greedy.hog").status == "ok").all()


def test_sigkill_midway_keeps_the_previous_datasets_and_the_rerun_completes(archive, tmp_path):
    cache, out = tmp_path / "cache", tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "convert", str(archive), "--out", str(out), "--cache", str(cache),
               "--jobs", "1", "--no-progress"]
    assert subprocess.run(command, capture_output=True, cwd=ROOT).returncode == 0
    previous = {p.name: p.read_bytes() for p in out.iterdir() if p.suffix in (".parquet", ".csv") and p.stem != "runs"}
    for path in (SEED_TEXT, SEED_PROSE):  # new content for the interrupted run, and a file that hangs last
        text = path.read_text(encoding="utf-8")
        (archive / f"new_{path.name}").write_text(text + "\nAjout : 12 ménages arrivés à Gao.\n", encoding="utf-8")
    (archive / "zz_hangs.sleep").write_text("x")
    env = dict(os.environ, MINUTES_TEST_READERS="1")
    run = subprocess.Popen(command + ["--timeout", "600"], cwd=ROOT, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    results = next((cache / "results").iterdir())
    deadline = time.monotonic() + 120
    while len([p for p in results.iterdir() if not p.name.startswith(".")]) < 4 + 2 and time.monotonic() < deadline:
        time.sleep(0.5)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    after_kill = {p.name: p.read_bytes() for p in out.iterdir() if p.name in previous}
    assert after_kill == previous  # nothing half-written, nothing replaced
    (archive / "zz_hangs.sleep").unlink()
    rerun = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    assert rerun.returncode == 0, rerun.stderr
    assert "(0 converted now, 6 unchanged)" in rerun.stderr  # the killed run's finished work is kept
    fresh = tmp_path / "fresh"
    subprocess.run([sys.executable, "-m", "pipeline", "convert", str(archive), "--out", str(fresh), "--cache",
                    str(tmp_path / "cache2"), "--no-progress"], capture_output=True, cwd=ROOT, check=True)
    assert same_datasets(out, fresh)


def test_dask_local_cluster_gives_the_same_datasets(archive, settings, tmp_path):
    pytest.importorskip("distributed")
    convert([archive], tmp_path / "local", settings, options(jobs=2))
    dask_settings = Settings(cache_dir=tmp_path / "dask-cache")
    report = convert([archive], tmp_path / "dask", dask_settings, options(jobs=2, executor="dask"))
    assert report.converted == 4 and not report.failed
    assert same_datasets(tmp_path / "local", tmp_path / "dask")


def test_dask_fails_a_hanging_file_and_goes_on(archive, tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setenv("MINUTES_TEST_READERS", "1")
    (archive / "hangs.sleep").write_text("x")
    report = convert([archive], tmp_path / "out", Settings(cache_dir=tmp_path / "cache"),
                     options(jobs=2, timeout=45, executor="dask"))  # 45 s: as the local executor's test above
    documents = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("source_path")
    assert documents.loc["hangs.sleep", "error"] == "timed out after 45 s"
    assert (documents.drop(index="hangs.sleep").status == "ok").all() and len(report.failed) == 1


@pytest.mark.parametrize("executor", ["local", "dask"])
def test_a_files_timeout_counts_from_its_start_not_from_its_wait_in_the_queue(executor, tmp_path, monkeypatch):
    """Regression: on Dask a file's clock ran while it was queued on a busy worker (or while the
    worker loaded spaCy), and healthy files were failed as timed out under load."""
    if executor == "dask":
        pytest.importorskip("distributed")
    monkeypatch.setenv("MINUTES_TEST_READERS", "1")
    folder = tmp_path / "archive"
    folder.mkdir()
    for name, seconds in (("a.wait", "4"), ("b.wait", "4.0"), ("c.wait", "4.00")):  # 12 s for one worker
        (folder / name).write_text(seconds)  # (different contents: identical files are converted once)
    report = convert([folder], tmp_path / "out", Settings(cache_dir=tmp_path / "cache"),
                     options(jobs=1, timeout=9, executor=executor))
    assert not report.failed, [r.document["error"] for r in report.failed]
    assert report.converted == 3


@pytest.mark.parametrize("executor", ["local", "dask"])
def test_a_files_tools_add_their_own_time_to_its_timeout(executor, tmp_path, monkeypatch):
    """Regression: the per-file timeout (120 s by default) cut a scan's OCR short, although OCR is
    allowed ``Settings.ocr_timeout`` (600 s): under load the sample scan failed as timed out. A
    tool's own allowance now extends its file's clock (on Dask too, where it did not at first);
    a file without one still times out."""
    if executor == "dask":
        pytest.importorskip("distributed")
    monkeypatch.setenv("MINUTES_TEST_READERS", "1")
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "ocr.tool").write_text("30 6")  # a tool allowed 30 s, taking 6, past the file's 3 s
    (folder / "plain.wait").write_text("6")  # the same 6 s with no tool: over the 3 s
    report = convert([folder], tmp_path / "out", Settings(cache_dir=tmp_path / "cache"),
                     options(jobs=1, timeout=3, executor=executor))  # 3 s: the tool's event has time to arrive
    failed = {r.document["source_path"]: r.document["error"] for r in report.failed}
    assert list(failed) == ["plain.wait"] and "timed out after 3 s" in failed["plain.wait"]


def test_failures_are_kept_until_asked_to_retry(archive, settings, tmp_path, monkeypatch):
    """A crashing file (failed at once, whatever the machine's load: no clock involved) is not
    tried again until asked."""
    monkeypatch.setenv("MINUTES_TEST_READERS", "1")
    (archive / "crashes.crash").write_text("x")
    first = convert([archive], tmp_path / "out", settings, options(jobs=2))
    assert len(first.failed) == 1
    again = convert([archive], tmp_path / "out", settings, options(jobs=2))
    assert again.converted == 0  # a pathological file does not cost every run its timeout
    retried = convert([archive], tmp_path / "out", settings, options(jobs=2, retry_failed=True))
    assert retried.converted == 1 and len(retried.failed) == 1


def test_a_second_run_on_the_same_outputs_is_refused_while_one_is_running(archive, settings, tmp_path):
    from pipeline.batch import RunInProgress, exclusive

    out = tmp_path / "out"
    with exclusive(out):
        with pytest.raises(RunInProgress, match="another run is writing to"):
            convert([archive], out, settings, options(jobs=1))
    assert convert([archive], out, settings, options(jobs=1)).converted == 4  # free again once the first is done


def test_outputs_and_cache_inside_the_input_folder_are_not_inputs(archive, tmp_path):
    settings = Settings(cache_dir=archive / "cache")
    first = convert([archive], archive / "processed", settings, options(jobs=1))
    second = convert([archive], archive / "processed", settings, options(jobs=1))
    assert first.seen == second.seen == 4 and not second.failed


def test_slowest_files_are_handed_out_first():
    """The scan (OCR) and the legacy .doc (LibreOffice) go to workers before quick text files."""
    from pipeline.batch import discover, expected_cost

    from conftest import RAW

    files = sorted(discover([RAW]), key=expected_cost, reverse=True)
    names = [f.path.name for f in files]
    assert names[0] == "cr_cluster_protection_bamako_2017-09-06_scan.pdf"
    assert names.index("cr_cluster_protection_bamako_2017-09-06.doc") < names.index("000_cd32c92fb1dbef1b.txt")


def test_the_batch_parent_does_not_load_the_french_tokenizer_rules():
    """Regression: the structure stage imported spaCy's French stop words at import time, and
    with them the French tokenizer rules (2 s of regex compiling) in every `minutes` command."""
    code = "import sys, pipeline.batch, pipeline.cli; print('spacy.lang.fr' in sys.modules)"
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "False"


def test_a_worker_started_ahead_is_stopped_when_nothing_is_left_to_convert(settings):
    """The batch starts a worker before it knows whether any file changed (its spaCy load then
    overlaps the hashing of the files); a run with nothing to convert must not leave it behind."""
    from pipeline.executor import LocalPool

    pool = LocalPool(settings, "test", jobs=2, timeout=60)
    pool.start(1)
    worker = pool.workers[0].process
    assert worker.is_alive()
    pool.close()
    assert not worker.is_alive() and pool.workers == []


def test_workers_told_to_stop_at_the_end_exit_by_themselves_while_the_caller_goes_on(settings, tmp_path, monkeypatch):
    """The end of the tasks tells the workers to stop without waiting for them (their exit, the
    kernel freeing a loaded worker's pages, overlapped the parent's assembly of the datasets
    instead of delaying it); ``close`` then waits for each to exit on its own: none is killed."""
    from pipeline.executor import LocalPool, Task

    monkeypatch.setenv("MINUTES_TEST_READERS", "1")
    files = []
    for name in ("a.wait", "b.wait"):
        (tmp_path / name).write_text("0.1")
        files.append(tmp_path / name)
    pool = LocalPool(settings, "test", jobs=2, timeout=120)
    tasks = [Task(i, str(path), path.name, f"doc{i}") for i, path in enumerate(files)]
    results = list(pool.map(tasks))
    assert sorted(r.document["status"] for r in results) == ["ok", "ok"], [r.document["error"] for r in results]
    workers = [worker.process for worker in pool.workers]
    assert len(workers) == 2 and all(worker.told_to_stop for worker in pool.workers)
    pool.close()
    assert pool.workers == [] and [worker.exitcode for worker in workers] == [0, 0]  # exited, not killed (-9)


def test_a_worker_has_its_next_file_while_the_caller_saves_the_last_result(settings, tmp_path, monkeypatch):
    """The next file is sent to a worker before its result is handed to the caller: the worker
    no longer waits while the parent saves and logs each result (5 ms a document, idle on every
    worker at every file)."""
    from pipeline.executor import LocalPool, Task

    monkeypatch.setenv("MINUTES_TEST_READERS", "1")
    files = []
    for name in ("a.wait", "b.wait", "c.wait"):
        (tmp_path / name).write_text("0.1")
        files.append(tmp_path / name)
    pool = LocalPool(settings, "test", jobs=1, timeout=120)
    tasks = [Task(i, str(path), path.name, f"doc{i}") for i, path in enumerate(files)]
    busy_when_handed = []
    try:
        for result in pool.map(tasks):
            assert result.document["status"] == "ok", result.document["error"]
            busy_when_handed.append(pool.workers[0].task is not None)
    finally:
        pool.close()
    assert busy_when_handed == [True, True, False]  # the last result: nothing left to send


def test_workers_are_forked_from_a_server_that_imported_their_libraries_and_nothing_unsafe():
    """A new worker (the second of a run, one replacing a crashed or killed worker) does not
    import spaCy again: it is forked from a server that did. That server must be safe to fork:
    one thread, and no PDF library (pdfium is not fork-safe once used)."""
    from pipeline.forkserver import PRELOAD, worker_context

    assert worker_context().get_start_method() == "forkserver"
    code = (f"import sys, threading; [__import__(m) for m in {list(PRELOAD)!r}]; "
            "print(threading.active_count(), sorted({'pypdfium2', 'pdfplumber', 'pdfminer'} & set(sys.modules)))")
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert shown.stdout.split(maxsplit=1) == ["1", "[]\n"]


def test_the_fork_server_imports_spacy_without_its_command_line():
    """spaCy's own import pulls in its command line (typer, weasel, requests…) for one re-export;
    the server imports spaCy without it, and ``spacy.cli`` is still there for whoever asks."""
    code = ("import sys; import pipeline.nlp.spacy_import; import spacy; from spacy.language import Language; "
            "print(sorted({'spacy.cli', 'weasel', 'requests'} & set(sys.modules))); import spacy.cli; "
            "print(spacy.cli.info.__module__)")
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert shown.stdout.splitlines() == ["[]", "spacy.cli.info"]


@pytest.mark.parametrize("argv, wanted", [
    (["convert", "data/raw"], True),
    (["-v", "convert", "in", "--out", "out", "--jobs", "2"], True),
    (["convert", "in", "--jobs", "1"], True),  # one worker, still guarded by its timeout
    (["convert", "in", "--jobs", "1", "--timeout", "0"], False),  # in this process
    (["convert", "in", "-j1", "--timeout=0"], False),
    (["convert", "in", "--executor", "dask"], False),
    (["convert", "in", "--executor=dask", "--jobs", "2"], False),
    (["validate", "out"], False),
    (["db", "convert"], False),
    ([], False),
])
def test_the_command_line_says_early_whether_it_will_want_workers(argv, wanted):
    """Read before typer parses the command line, to start the fork server first."""
    from pipeline.forkserver import workers_wanted

    assert workers_wanted(argv) is wanted


def test_a_worker_has_the_parents_environment_of_when_it_starts(tmp_path, monkeypatch):
    """The fork server keeps the environment it started with; each worker is given the
    parent's current one, as a spawned process would have it."""
    from pipeline.executor import LocalPool

    settings = Settings(cache_dir=tmp_path / "cache")
    pool = LocalPool(settings, "test", jobs=1, timeout=60)
    pool.start(1)  # the fork server is running from here on
    pool.close()
    monkeypatch.setenv("MINUTES_TEST_READERS", "1")
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "a.wait").write_text("0.1")  # a test reader: unsupported without the variable
    report = convert([folder], tmp_path / "out", settings, options(jobs=1, timeout=60))
    assert report.converted == 1 and not report.failed, [r.document["error"] for r in report.failed]


def test_dask_a_file_killing_its_worker_costs_no_other_file(archive, settings, tmp_path, monkeypatch):
    """Regression: Dask queued more files on a single-threaded worker than it runs, and a worker
    killed by the memory cap failed a queued, healthy file too (allowed-failures 0). Files are
    now handed out one per running slot. The greedy file is the largest, so it goes first, and
    with one worker every other file would have queued behind it."""
    pytest.importorskip("distributed")
    monkeypatch.setenv("MINUTES_TEST_READERS", "1")
    (archive / "greedy.hog").write_text("z" * 2_000_000)
    report = convert([archive], tmp_path / "out", settings, options(jobs=1, timeout=60, memory_mb=1500, executor="dask"))
    documents = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("source_path")
    assert documents.loc["greedy.hog", "status"] == "failed"
    assert (documents.drop(index="greedy.hog").status == "ok").all(), documents.error.dropna().to_dict()
    assert len(report.failed) == 1


def test_a_forked_worker_takes_the_runtime_its_server_loaded_when_the_settings_fit(tmp_path):
    """The fork server loads the default reference data and pipeline (``pipeline.preloaded``);
    a run with the defaults gets that runtime with its own version and settings, a run with
    another P-code table, reference folder or domain NER gets none (its workers load their own)."""
    from dataclasses import replace

    from pipeline import preloaded

    assert preloaded.RUNTIME is not None
    settings = Settings(cache_dir=tmp_path)
    runtime = preloaded.runtime_for(settings, "v-test")
    assert runtime.version == "v-test" and runtime.settings is settings
    assert runtime.nlp is preloaded.RUNTIME.nlp and runtime.reference is preloaded.RUNTIME.reference
    assert preloaded.runtime_for(replace(settings, pcodes=tmp_path / "cod-ab.csv"), "v-test") is None
    assert preloaded.runtime_for(replace(settings, resources=tmp_path), "v-test") is None
    # regression: a run asking for the domain NER got the server's pipeline without it
    assert preloaded.runtime_for(replace(settings, domain_ner=tmp_path / "ner"), "v-test") is None
    assert preloaded.runtime_for(replace(settings, domain_ner_loc_mode="off"), "v-test") is None
    # settings that resolve to the same models and modes load the same pipeline: the default's mode
    # ("single", the shipped model) asked for by name changes nothing, so the server's runtime serves;
    # "replace" without a folder brings the French NER back (two passes), another pipeline
    assert preloaded.runtime_for(replace(settings, domain_ner_mode="single"), "v-test") is not None
    assert preloaded.runtime_for(replace(settings, domain_ner_mode="replace"), "v-test") is None
