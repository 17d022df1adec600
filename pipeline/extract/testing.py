"""Readers that misbehave on purpose, for the tests of the batch's resilience.

Enabled only when the environment variable ``MINUTES_TEST_READERS=1`` is set (the tests set
it; worker processes inherit it): ``.sleep`` files never finish, ``.wait`` files take as many
seconds as they say and then read as an empty document, ``.tool`` files run a tool allowed
their first number of seconds that takes their second (``sleep``), ``.crash`` files kill their process,
``.hog`` files allocate memory until none is left.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from pipeline.config import Settings
from pipeline.model import Document
from pipeline.tools import run_tool

FORMATS = {".sleep": "test-sleep", ".wait": "test-wait", ".tool": "test-tool", ".crash": "test-crash", ".hog": "test-hog"}


def enabled() -> bool:
    return os.environ.get("MINUTES_TEST_READERS") == "1"


def extract(path: Path, settings: Settings, source_path: str) -> Document:
    kind = FORMATS[path.suffix]
    if kind == "test-sleep":
        while True:
            time.sleep(3600)
    if kind == "test-wait":
        time.sleep(float(path.read_text()))
        return Document(source_path=source_path, format="text", blocks=())
    if kind == "test-tool":
        allowed, takes = path.read_text().split()
        run_tool(["sleep", takes], timeout=float(allowed), what="a slow tool")
        return Document(source_path=source_path, format="text", blocks=())
    if kind == "test-crash":
        os.abort()
    hoard = []
    while True:
        hoard.append(bytearray(256 * 1024 * 1024))
