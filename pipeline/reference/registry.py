"""The organisation registry: ``resources/organisations.csv`` (names, aliases, misspellings,
type, parent) and the words that are never organisations (``not_organisations.csv``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from pipeline.reference.tables import read_rows
from pipeline.textnorm import fold

#: a hyphen between two words of a name ("Haut-Commissariat", "Croix-Rouge"), which writers drop as often
_JOINING_HYPHEN = re.compile(r"(?<=[^\W\d_]{2})-(?=[^\W\d_]{2})")


@dataclass(frozen=True)
class Organisation:
    org_id: str
    name_fr: str
    name_en: str
    type: str
    parent: Optional[str]
    aliases: tuple[str, ...]
    misspellings: tuple[str, ...]
    short_names: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.name_fr or self.name_en or self.org_id

    def forms(self) -> Iterable[tuple[str, bool]]:
        """Every written form with whether it is a known misspelling; a name written in words with a
        hyphen between two of them ("Haut-Commissariat aux réfugiés") is written with a space too
        ("Haut commissariat aux refugiés"), as its aliases need not say (an acronym keeps its hyphen)."""
        written = [form for form in (self.org_id, self.name_fr, self.name_en, *self.aliases) if form]
        for form in written:
            yield form, False
        for form in dict.fromkeys(_JOINING_HYPHEN.sub(" ", form) for form in written if not form.isupper()):
            if form not in written:
                yield form, False
        # English texts shorten "United Nations" before a name: "UN High Commissioner for Refugees".
        if self.name_en.startswith("United Nations ") and len(self.name_en.split()) > 3:
            yield "UN " + self.name_en[len("United Nations "):], False
        for form in self.misspellings:
            yield form, True


def split_list(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def load_organisations(directory: Path) -> tuple[Organisation, ...]:
    return tuple(
        Organisation(row["org_id"], row["name_fr"], row["name_en"], row["type"], row["parent"] or None,
                     split_list(row["aliases"]), split_list(row["misspellings"]), split_list(row.get("short_names", "")))
        for name in registry_files(directory) for row in read_rows(name, directory)
    )


def registry_files(directory: Path) -> list[str]:
    """organisations.csv, then every organisations_*.csv (one per source)."""
    return ["organisations.csv"] + sorted(p.name for p in directory.glob("organisations_*.csv"))


def not_organisations(directory: Path) -> frozenset[str]:
    return frozenset(fold(row["term"]) for row in read_rows("not_organisations.csv", directory))
