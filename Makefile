# Two commands set everything up on a fresh machine:
#   make run    install into .venv if needed, index corpus/ if missing or stale, serve :7860
#   make test   the same install, then the whole test suite (browser tests included)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 7860
PYTEST_ARGS ?=

# Offline by design: no model hub, no telemetry, no tiktoken download.
export HF_HUB_OFFLINE := 1
export HF_HUB_DISABLE_TELEMETRY := 1
export TRANSFORMERS_OFFLINE := 1
export GRADIO_ANALYTICS_ENABLED := False
export TOKENIZERS_PARALLELISM := false
export PIP_DISABLE_PIP_VERSION_CHECK := 1

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install run index test test-fast lint bench chromium train clean help

help:
	@echo "make run      serve the chat on http://$(HOST):$(PORT) (installs and indexes first)"
	@echo "make test     install, then run every test"
	@echo "make index    (re)build index/ from corpus/"
	@echo "make bench    benchmarks against the bare floor"
	@echo "make lint     ruff and mypy"
	@echo "make train    retrain the answer scorer (needs ../shared/data)"

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# torch first and pinned: an unpinned torch pulls a multi-GB CUDA build.
	$(BIN)/python -m pip install -q "torch==2.13.0"
	$(BIN)/python -m pip install -q -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP)

index: install
	$(BIN)/python -m assistant index corpus --index index

run: install
	$(BIN)/python -m assistant serve --corpus corpus --index-dir index --host $(HOST) --port $(PORT)

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "installing Debian's chromium for the browser tests"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; }

test: install chromium
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-fast: install
	$(BIN)/python -m pytest -m "not browser and not slow" $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check assistant ui tests bench scripts
	$(BIN)/mypy

bench: install
	$(BIN)/python bench/run_all.py

train: install
	$(BIN)/python scripts/train_scorer.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
	find index -mindepth 1 ! -name .gitignore ! -name README.md -delete
