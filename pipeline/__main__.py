"""``python -m pipeline`` (and the ``minutes`` command) runs the command line."""

import sys


def main() -> None:
    """The command line, the workers' fork server started first when this command will want it,
    so that its import of spaCy overlaps the parent's own imports (typer, pyarrow, the batch)."""
    from pipeline.trace import mark

    mark("parent: python started")
    from pipeline.forkserver import start_fork_server, workers_wanted

    if workers_wanted(sys.argv[1:]):
        start_fork_server()
        mark("parent: fork server spawned")
    from pipeline.cli import app

    mark("parent: command line imported")

    try:
        app()
    except SystemExit as done:
        code = done.code
    else:
        code = 0
    if code is not None and not isinstance(code, int):  # sys.exit("message"): say it, as Python would
        print(code, file=sys.stderr)
    _leave(code if isinstance(code, int) else (0 if code is None else 1))


def _leave(code: int) -> None:
    """Exit at once once the command has returned: every output is written and closed, and the
    interpreter's orderly teardown (pyarrow, pandas, spaCy's modules object by object) would
    only keep the caller waiting a few tenths of a second more."""
    import logging
    import os

    from pipeline.trace import mark

    mark("parent: exit")
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(code)


if __name__ == "__main__":
    main()
