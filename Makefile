# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck bench schema translations wheel-check clean

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python main.py

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy kamassess
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
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

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache .mypy_cache
