# Two commands are all a fresh machine needs: `make serve` and `make test`.
# Each creates .venv and installs the pinned dependencies on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test lint format validate schemas audit screenshots bench clean

$(INSTALLED): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --constraint constraints.txt -e '.[test]'
	touch $@

serve: $(INSTALLED) ## Serve the site on http://127.0.0.1:8000 and rebuild on every change
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(INSTALLED) ## Build the site into site/ (strictly; a failed build leaves the last good site in place)
	$(BIN)/python scripts/build.py

CHROMIUM ?= $(firstword $(wildcard /usr/bin/chromium) $(shell command -v chromium 2>/dev/null))

test: lint ## Check the code's form, then run every test (the browser tests need Chromium)
	@[ -n "$(CHROMIUM)" ] || [ -n "$$CHROMIUM" ] || echo "Note: Chromium is not installed, so the browser tests will be skipped here (in CI they fail). Install it with: sudo apt-get install chromium"
	$(BIN)/python -m pytest

lint: $(INSTALLED) ## Lint, format check and type check (ruff, mypy), workflows and issue forms against their schemas
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(BIN)/check-jsonschema --builtin-schema vendor.github-issue-forms $(filter-out %/config.yml,$(wildcard .github/ISSUE_TEMPLATE/*.yml))
	$(BIN)/check-jsonschema --builtin-schema vendor.github-issue-config .github/ISSUE_TEMPLATE/config.yml

format: $(INSTALLED) ## Format the code and fix what the linter can fix
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

validate: $(INSTALLED) ## Check every content file without building the site
	$(BIN)/python scripts/validate.py

schemas: $(INSTALLED) ## Regenerate the JSON Schemas in schemas/ after a change to the models
	$(BIN)/python scripts/schemas.py

scripts/audit/node_modules: scripts/audit/package.json scripts/audit/package-lock.json
	npm ci --prefix scripts/audit --no-audit --no-fund --silent
	touch $@

audit: build scripts/audit/node_modules ## Lighthouse scores of key pages in both languages (needs Chromium and npm)
	$(BIN)/python scripts/audit.py

screenshots: build ## PNGs of every page type, both languages, desktop and phone, into screenshots/
	$(BIN)/python scripts/screenshots.py

bench: $(INSTALLED) ## Build and search figures for 250 and 2,000 synthetic cases per language, and for hostile files (takes a while)
	$(BIN)/python scripts/bench.py --sizes 250 2000 --runs 3
	$(BIN)/python scripts/bench_hostile.py

clean:
	rm -rf site screenshots scripts/audit/node_modules $(VENV)
