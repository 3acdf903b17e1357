# Two commands set everything up on a fresh machine with only Python 3.11+:
#   make run    create the venv, install Amanat, start the app
#   make test   create the venv, install with test extras, lint, type-check, test
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# typage (npm age-encryption): a second age implementation for the post-quantum interop
# tests. Installed where npm exists (.ci/run installs Debian's nodejs and npm); without
# it those tests say why they cannot run, and fail under CI.
INTEROP := tests/interop/node_modules/.installed
# The compiled translations (.qm) are built from the .ts, never committed: one per
# resources/translations/amanat_*.ts present, so a new language is picked up as it lands.
TS := $(wildcard resources/translations/amanat_*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint typecheck layers pytest bench demo clean translations

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Amanat needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(STAMP) translations
	$(VENV)/bin/amanat

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop tests
	$(VENV)/bin/ruff format --check desktop tests

typecheck: $(STAMP)
	$(VENV)/bin/mypy

layers: $(STAMP)
	$(VENV)/bin/lint-imports

$(INTEROP): tests/interop/package.json tests/interop/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --silent --no-audit --no-fund --prefix tests/interop && touch $(INTEROP); \
	else echo "npm not found: the typage interop tests will not run (apt install nodejs npm)"; fi

pytest: $(STAMP) $(INTEROP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

test: lint typecheck layers pytest

# compileall first: an installed Amanat has its bytecode compiled (pip does it for a
# wheel); this editable checkout, under PYTHONDONTWRITEBYTECODE, would otherwise compile
# every module again in every timed process (about 0.2 s of each start-up).
bench: $(STAMP) translations
	$(PY) -m compileall -q desktop
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s tests/bench -p no:randomly

clean:
	rm -rf $(VENV) build *.egg-info desktop/*.egg-info tests/interop/node_modules $(QM)
