# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

QM := ui/i18n/kamassess_ru.qm

.PHONY: run test lint typecheck bench schema translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The compiled translation is built from the .ts source in the repository (not committed).
$(QM): ui/i18n/kamassess_ru.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

run: $(STAMP) $(QM)
	$(BIN)/python main.py

test: $(STAMP) $(QM)
	$(BIN)/ruff check .
	$(BIN)/mypy kamassess
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

typecheck: $(STAMP)
	$(BIN)/mypy kamassess

bench: $(STAMP)
	@for f in bench/bench_*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$f || exit 1; done

# Regenerate framework.schema.json from the pydantic models (a test keeps them identical).
schema: $(STAMP)
	$(BIN)/python -m kamassess.schema > framework.schema.json

# Refresh the .ts from the sources after changing UI strings; translate new ones in Qt Linguist.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete ui/*.py -ts ui/i18n/kamassess_ru.ts

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache .mypy_cache
