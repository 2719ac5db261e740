# Signpost: one entry point. `make` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 5000
export FLASK_APP := web

.PHONY: help run test setup data lint bench messages translations system-deps clean

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-14s %s\n", $$1, $$2}'

run: setup data ## Set everything up and serve the site on http://127.0.0.1:$(PORT)
	$(BIN)/waitress-serve --host 127.0.0.1 --port $(PORT) --call web:create_app

test: setup system-deps node_modules/.installed translations ## Set everything up and run every check and test
	$(BIN)/ruff check .
	$(BIN)/pytest

setup: $(VENV)/.installed ## Create the Python environment

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

data: setup translations ## Migrate the database, load the seed data and build the search index
	$(BIN)/flask load-data

lint: setup ## Lint with ruff
	$(BIN)/ruff check .

messages: setup ## Extract user-facing text into translations/messages.pot and update catalogs
	$(BIN)/pybabel extract -F babel.cfg -k _l -o translations/messages.pot .
	@if ls translations/*/LC_MESSAGES/messages.po >/dev/null 2>&1; then $(BIN)/pybabel update -i translations/messages.pot -d translations; fi

translations: setup ## Compile the gettext catalogs
	@if ls translations/*/LC_MESSAGES/messages.po >/dev/null 2>&1; then $(BIN)/pybabel compile -q -d translations; fi

bench: setup ## Run the benchmarks and print their figures
	$(BIN)/python benchmarks/search.py

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

system-deps: ## Install the Debian packages the tests need (Chromium and its driver)
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null)

clean: ## Remove the environment, database and search index
	rm -rf $(VENV) instance
