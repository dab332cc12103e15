# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck bench schema translations wheel-check dist dist-test clean

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python main.py

# One pytest worker per core (pytest-xdist): most tests wait on SQLite, PostgreSQL, pdf layout or a
# child process, one at a time; on this 2-core machine the suite takes half the time.
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy kamassess
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n auto
	PYTHON=$(BIN)/python bash .ci/wheel_check.sh

typecheck: $(STAMP)
	$(BIN)/mypy kamassess

# The installed wheel, in a fresh environment outside the checkout: validate, demo, a PDF, the window.
wheel-check: $(STAMP)
	PYTHON=$(BIN)/python bash .ci/wheel_check.sh

bench: $(STAMP)
	@for f in bench/bench_*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$f || exit 1; done

# Regenerate framework.schema.json from the pydantic models (a test keeps them identical).
schema: $(STAMP)
	$(BIN)/python -m kamassess.framework.schema > framework.schema.json

# After changing UI strings: refresh the .ts, translate new ones in Qt Linguist, run this again to
# compile the .qm (both are committed; a test checks the .qm is the compiled .ts).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $(shell find ui -name "*.py" | sort) -ts ui/i18n/kamassess_ru.ts
	$(BIN)/pyside6-lrelease -silent ui/i18n/kamassess_ru.ts -qm ui/i18n/kamassess_ru.qm

# The one-folder build for people without Python: dist/kamassess/kamassess (PyInstaller, from
# packaging/kamassess.spec), rebuilt when a source it carries changes. dist-test runs the built
# folder the way a user would (tests/frozen); CI runs it after `make test`.
DIST := dist/kamassess
DIST_EXE := $(DIST)/kamassess
DIST_STAMP := $(VENV)/.dist-installed
DIST_SOURCES := $(shell find kamassess ui -name '*.py' -o -name '*.qm') main.py pyproject.toml \
	competencies.yaml framework.schema.json packaging/kamassess.spec \
	$(wildcard packaging/icons/* packaging/hooks/*.dat packaging/hooks/rthooks/*.py)

$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	touch $(DIST_STAMP)

$(DIST_EXE): $(DIST_STAMP) $(DIST_SOURCES)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/kamassess.spec
	@du -sh $(DIST)

dist: $(DIST_EXE)

dist-test: $(DIST_EXE)
	KAMASSESS_DIST=$(DIST) $(BIN)/python -m pytest -q tests/frozen

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache
