# Two commands are all a fresh machine needs: `make serve` and `make test`.
# Each creates .venv and installs the pinned dependencies on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test validate schemas clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

serve: $(INSTALLED) ## Serve the site on http://127.0.0.1:8000 and rebuild on every change
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(INSTALLED) ## Build the site into site/, failing on any warning or content problem
	$(BIN)/mkdocs build --strict

test: $(INSTALLED) ## Run every test
	$(BIN)/python -m pytest

validate: $(INSTALLED) ## Check every content file without building the site
	$(BIN)/python scripts/validate.py

schemas: $(INSTALLED) ## Regenerate the JSON Schemas in schemas/ after a change to the models
	$(BIN)/python scripts/schemas.py

clean:
	rm -rf site $(VENV)
