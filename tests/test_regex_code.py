"""The regular expressions the fork server compiles, saved compiled by the build (issue 16, cold
start): the pattern objects read back are those ``re.compile`` makes, and the server compiles
next to none of its own once they are in ``re``'s cache."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from pathlib import Path

from pipeline import regex_code
from pipeline.nlp.spacy_pipeline import MODEL_DIR

ROOT = Path(__file__).resolve().parent.parent
SAVED = MODEL_DIR / regex_code.SAVED_FILE


def test_every_saved_pattern_is_the_one_re_compile_makes():
    from re import _compiler

    saved = regex_code.read(SAVED)
    assert len(saved) > 300  # spaCy's, its libraries', the stages' and the first documents' patterns
    for flags, pattern in saved:
        assert pattern == _compiler.compile(pattern.pattern, flags), pattern.pattern
    patterns = {pattern.pattern for _, pattern in saved}
    from spacy.lang.tokenizer_exceptions import URL_PATTERN

    assert "(?u)" + URL_PATTERN in patterns  # spaCy's longest, which the tokenizer's load lends and takes back


def test_patterns_saved_and_read_back_match_as_compiled_and_fill_res_cache(tmp_path):
    path = tmp_path / regex_code.SAVED_FILE
    wanted = [(r"(?P<day>\d{1,2})\s+(mars|avril)", re.IGNORECASE.value), (rb"\x00+", 0), (r"\bGao\b", 0)]
    assert regex_code.save(wanted, path) == 3
    read = regex_code.read(path)
    assert [(flags, pattern.pattern) for flags, pattern in read] == [(f, p) for p, f in wanted]
    day = read[0][1]
    assert day.match("12 Avril").group("day") == "12" and day.groupindex == {"day": 1} and day.groups == 2
    re.purge()
    try:
        assert regex_code.prefill(path) == 3
        assert re.compile(r"(?P<day>\d{1,2})\s+(mars|avril)", re.IGNORECASE) is re._cache[
            (str, r"(?P<day>\d{1,2})\s+(mars|avril)", re.IGNORECASE.value)]
        assert re.search(rb"\x00+", b"a\x00\x00b").span() == (1, 3)
        assert regex_code.prefill(path) == 0  # already there: kept
    finally:
        re.purge()


def test_a_file_of_another_interpreter_or_unreadable_gives_nothing(tmp_path):
    path = tmp_path / regex_code.SAVED_FILE
    regex_code.save([(r"\d+", 0)], path)
    tag, entries = marshal.loads(path.read_bytes())
    path.write_bytes(marshal.dumps(("Python 2.7 sre 0", entries)))
    assert regex_code.read(path) == [] and regex_code.prefill(path) == 0
    path.write_bytes(b"not marshal")
    assert regex_code.read(path) == []
    assert regex_code.read(tmp_path / "missing") == []


COUNT_COMPILES = """
import re._compiler as compiler
compiled = []
original = compiler.compile
compiler.compile = lambda pattern, flags=0: compiled.append(pattern) or original(pattern, flags)
import pipeline.nlp.spacy_import
from spacy.lang.tokenizer_exceptions import URL_PATTERN
print(len(compiled), any(URL_PATTERN in str(pattern) for pattern in compiled))
"""


def test_the_fork_servers_spacy_import_compiles_next_to_nothing():
    """Without the saved code, importing spaCy compiles 115 patterns (40 ms of CPU; spaCy's URL
    pattern alone 20 ms): now only the few the standard library compiles before the cache is
    filled (dataclasses', locale's, tokenize's)."""
    run = subprocess.run([sys.executable, "-c", COUNT_COMPILES], cwd=ROOT, capture_output=True, text=True,
                         check=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    count, url = run.stdout.split()
    assert int(count) <= 5 and url == "False"
