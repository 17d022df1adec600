"""``python -m pipeline`` (and the ``minutes`` command) runs the command line."""

import sys


def main() -> None:
    """The command line, the workers' fork server started first when this command will want it,
    so that its import of spaCy overlaps the parent's own imports (typer, pyarrow, the batch)."""
    from pipeline.forkserver import start_fork_server, workers_wanted

    if workers_wanted(sys.argv[1:]):
        start_fork_server()
    from pipeline.cli import app

    app()


if __name__ == "__main__":
    main()
