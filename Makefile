# CoopDesk: `make run` opens the app, `make test` runs the whole suite headless,
# `make` alone compiles the translations, `make dist` builds the packaged app, `make wheel` the
# installable package (`pip install dist/coopdesk-*.whl`).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DIST_STAMP := $(VENV)/.installed-dist
#: Translation sources (edited, in git) and their compiled form (built, not in git). English
#: is the source language: its file holds only the singular of texts with a count (%n).
TS     := resources/i18n/coopdesk_es.ts
TS_EN  := resources/i18n/coopdesk_en.ts
QM     := $(TS:.ts=.qm) $(TS_EN:.ts=.qm)

.PHONY: all run test lint bench clean i18n dist dist-check wheel wheel-check

all: $(QM)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test,dev]"
	touch $(STAMP)

$(DIST_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,dev,dist]"
	touch $(DIST_STAMP)

resources/i18n/%.qm: resources/i18n/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Regenerate the .ts from the source after strings changed; then translate the new entries
# (`$(BIN)/python tools/translations.py [--ts $(TS_EN)] todo`) and `make` compiles them.
i18n: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -extensions py -locations relative -no-obsolete \
		-target-language es_MX \
		coopdesk/ui -ts $(TS)
	$(BIN)/pyside6-lupdate -silent -extensions py -locations relative -no-obsolete \
		-pluralonly -source-language en -target-language en \
		coopdesk/ui -ts $(TS_EN)
	$(BIN)/python tools/translations.py status
	$(BIN)/python tools/translations.py --ts $(TS_EN) status

run: $(STAMP) $(QM)
	$(BIN)/coopdesk

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n auto

# A one-folder app in dist/CoopDesk/ that runs without Python (see coopdesk.spec).
dist: $(DIST_STAMP) $(QM)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller coopdesk.spec

# Runs the built app offscreen: --version, db upgrade, demo, a PDF report read back, the
# window; and checks the PySide6 it bundles is a supported release.
dist-check: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m dist tests/packaging

# The sdist, then the wheel built from it by the build backend (setup.py compiles the
# translations into the package), in dist/; with this venv's build requirements.
wheel: $(STAMP)
	rm -f dist/coopdesk-*.whl dist/coopdesk-*.tar.gz
	$(BIN)/python -m build --quiet --no-isolation --outdir dist .

# Installs the wheel with its dependencies in a fresh venv and runs it from outside the
# checkout: demo, PDF reports, the window's Spanish (tests/packaging/test_wheel.py).
wheel-check: wheel
	COOPDESK_WHEEL="$$(ls dist/coopdesk-*.whl)" QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m pytest -q -m wheel tests/packaging

lint: $(STAMP)
	$(BIN)/ruff check coopdesk migrations tests bench tools main.py
	$(BIN)/lint-imports
	$(BIN)/mypy

# Every bench against the same work done by the library alone, then one table of the run
# (bench/results.py, bench/table.py). The office-server load test is run by hand
# (bench/bench_pg_load.py): it checks correctness under load, it has no library baseline.
BENCH_RESULTS := build/bench-results.jsonl
bench: $(STAMP) $(QM)
	@mkdir -p build && rm -f $(BENCH_RESULTS)
	@for script in $(filter-out bench/bench_pg_load.py,$(wildcard bench/bench_*.py)); do \
		echo "== $$script"; \
		COOPDESK_BENCH_RESULTS=$(BENCH_RESULTS) QT_QPA_PLATFORM=offscreen \
			$(BIN)/python $$script || exit 1; \
	done
	@$(BIN)/python bench/table.py $(BENCH_RESULTS)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
