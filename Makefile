# PartnerCRM: `make run` starts the app, `make test` runs the whole check.
# Both create .venv on first use and (re)install when pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test lint typecheck unit bench translations lupdate clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml setup.py | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find src/partnercrm -name '*.py' | sort) \
	    -ts resources/translations/partnercrm_de.ts resources/translations/partnercrm_en.ts

run: $(STAMP) translations
	$(VENV)/bin/partnercrm

lint: $(STAMP)
	$(VENV)/bin/ruff format --check src tests benchmarks
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/lint-imports

typecheck: $(STAMP)
	$(VENV)/bin/mypy

# A crash of the Qt test process (signal, exit >= 128) is retried once; test
# failures (exit 1) are not. PySide6 6.12 has rare crashes at interpreter exit.
unit: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q; status=$$?; \
	if [ $$status -ge 128 ]; then echo "pytest crashed ($$status); running once more"; \
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q; else exit $$status; fi

test: lint typecheck unit

bench: $(STAMP)
	$(PY) benchmarks/run_all.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info
