# Signpost: one entry point. `make` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 5000
export FLASK_APP := web
# Rasa must not phone home, and its SQLAlchemy 1.4 warns about 2.0 on every start.
export RASA_TELEMETRY_ENABLED := false
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
BOT_VENV := bot/.venv
# Cross-validated share of each language's NLU examples classified right: the floor every
# language must reach in make bot-test. Raise it as the training data grows.
LANGUAGE_FLOOR := 0.85
# make test runs pytest on this many processes, a test file to each at a time (module fixtures
# such as the privacy crawl are built once). Each process starts its own assistant when needed.
TEST_WORKERS ?= 2
# Rasa 3.6 runs on Python 3.8-3.10 only; these machines have 3.10 through pyenv.
# (pyenv's shim for python3.10 exists even when it cannot run, so each candidate is tried.)
BOT_PYTHON ?= $(shell for p in $$HOME/.pyenv/versions/3.10*/bin/python3.10 $$(command -v python3.10); do \
  "$$p" -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null && echo "$$p" && break; done)

.PHONY: help run test test-fast setup data lint bench bench-load messages translations translations-status system-deps speech-deps clean bot-setup bot-model bot-check bot-test assistant-e2e eval eval-floor content-check content-floor

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-14s %s\n", $$1, $$2}'

run: setup speech-deps data bot-model ## Set everything up and serve the site, assistant and webhooks on http://127.0.0.1:$(PORT)
	@echo "Editors' area: http://127.0.0.1:$(PORT)/editors/ ; first admin: $(BIN)/flask --app web editors create-admin EMAIL"
	PORT=$(PORT) bin/run-all

test: setup system-deps node_modules/.installed translations bot-setup ## Set everything up and run every check and test
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(MAKE) bot-test
	$(MAKE) eval-floor
	$(MAKE) content-floor
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile

setup: $(VENV)/.installed ## Create the Python environment

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

data: setup translations ## Migrate the database, load the seed data and build the search index
	$(BIN)/flask load-data

bot-setup: $(BOT_VENV)/.installed ## Create the assistant's Python 3.10 environment

# The assistant imports the facts it shares with the site from signpost_common, installed
# editable so that a change to them reaches both environments at once.
$(BOT_VENV)/.installed: bot/requirements.txt signpost_common/pyproject.toml
	@test -n "$(BOT_PYTHON)" || (echo "Python 3.10 is needed for Rasa 3.6 (pyenv install 3.10)"; exit 1)
	$(BOT_PYTHON) -m venv $(BOT_VENV)
	$(BOT_VENV)/bin/pip install --quiet --upgrade pip
	$(BOT_VENV)/bin/pip install --quiet -r bot/requirements.txt
	$(BOT_VENV)/bin/pip install --quiet -e ./signpost_common
	touch $@

bot-model: bot-setup translations ## Train the assistant, only if its training data changed
	bin/train-bot

bot-check: bot-setup ## Validate the assistant's training data and run its actions' tests (no training)
	cd bot && ../$(BOT_VENV)/bin/python scripts/make_location_lookups.py --check
	cd bot && ../$(BOT_VENV)/bin/rasa data validate --quiet --fail-on-warnings
	cd bot && ../$(BOT_VENV)/bin/python -m pytest -q tests

bot-test: bot-check bot-model ## Also train, test the stories and cross-validate NLU (intent F1 >= 0.90, each language >= LANGUAGE_FLOOR)
	cd bot && ../$(BOT_VENV)/bin/rasa test core --quiet --model models/current.tar.gz \
	  --stories tests/test_stories.yml --fail-on-prediction-errors --out results/core
	cd bot && ../$(BOT_VENV)/bin/python scripts/cross_validate.py --quiet --cross-validation --folds 3 \
	  --config config.yml --nlu data/nlu --out results/nlu
	cd bot && ../$(BOT_VENV)/bin/python scripts/check_intent_f1.py results/nlu 0.90 data/nlu $(LANGUAGE_FLOOR)

test-fast: setup translations ## Run one file or folder in seconds, without the assistant: make test-fast T=tests/web/test_api.py
	$(BIN)/pytest -q -m "not assistant" $(T)

assistant-e2e: setup bot-model ## The end-to-end tests through a running assistant only
	$(BIN)/pytest -m assistant tests/web/test_assistant_e2e.py

eval: setup translations bot-model ## Play the evaluation set through the real site, chat and SMS; print its figures
	$(BIN)/python eval/run.py

# The held-out test part's floors, held by CI (make test). Issue 10's targets are 95% and 100%;
# these are what the assistant measurably reaches today: a ratchet, raised as it improves.
# Each round of cases keeps the floor set when it was first measured (accuracy, danger recall on
# the test part): the personas of 2026-12-08 were far harder than the earlier ones, and got a floor
# of their own rather than lowering the older cases'.
EVAL_FLOORS := --floor ..2026-12-07=0.78,0.94 --floor 2026-12-08..=0.53,0.71
eval-floor: setup translations bot-model ## Fail if the evaluation's test part falls below its floors (EVAL_FLOORS)
	$(BIN)/python eval/run.py --part test $(EVAL_FLOORS)

content-check: setup ## Check content/: review dates, dated and linked sources, reading age (prints the figures)
	$(BIN)/python bin/content-check

# What content-check has reached, held in CI while the rest is done (the target is 0, 0, 0).
CONTENT_MAX_FAILING_PAGES := 1
CONTENT_MAX_UNDATED := 200
CONTENT_MAX_UNLINKED := 15
content-floor: setup ## Fail if content/ gets worse than its floors (CONTENT_MAX_*); mirrors never allowed
	$(BIN)/python bin/content-check --floor --max-failing-pages $(CONTENT_MAX_FAILING_PAGES) \
	  --max-undated $(CONTENT_MAX_UNDATED) --max-unlinked $(CONTENT_MAX_UNLINKED)

lint: setup ## Lint with ruff and check the layers with import-linter
	$(BIN)/ruff check .
	$(BIN)/lint-imports

messages: setup ## Extract user-facing text into translations/messages.pot and update catalogs
	$(BIN)/pybabel extract -F babel.cfg -k _l -k N_ -o translations/messages.pot .
	@if ls translations/*/LC_MESSAGES/messages.po >/dev/null 2>&1; then $(BIN)/pybabel update --no-fuzzy-matching -i translations/messages.pot -d translations; fi

translations: setup ## Compile the gettext catalogs
	@if ls translations/*/LC_MESSAGES/messages.po >/dev/null 2>&1; then $(BIN)/pybabel compile -d translations; fi

translations-status: setup ## Per language: share translated, machine-made, reviewed, out of date
	$(BIN)/python bin/translations-status

bench: setup node_modules/.installed bot-model ## Run every benchmark and print its figures
	$(BIN)/python benchmarks/decision.py
	$(BIN)/python benchmarks/search.py
	$(BIN)/python benchmarks/load_data.py --services 10000
	$(BIN)/python benchmarks/pages.py
	$(BIN)/python benchmarks/chat.py

bench-load: setup bot-model ## Load and fault benchmark of the served site and assistant (about 7 minutes)
	$(BIN)/python benchmarks/load.py

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

system-deps: speech-deps ## Install the Debian packages the tests need (Chromium and its driver)
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null)

speech-deps: ## Install the Debian packages read-aloud uses (espeak-ng's voices, Opus encoding)
	@command -v espeak-ng >/dev/null && command -v opusenc >/dev/null || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq espeak-ng opus-tools >/dev/null)

clean: ## Remove the environments, database, search index and trained models
	rm -rf $(VENV) $(BOT_VENV) instance bot/models bot/results
