# Two commands on a fresh machine: `make run` and `make test`. Both build .venv when it is missing
# or when pyproject.toml changed since it was built.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test soak bench dist translations screenshots clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/fallakte

# On every core; work stealing keeps the long packaging test from running last.
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto --dist worksteal

# The fault tests at full length: kill -9 at 50 random points of a write workload.
soak: $(STAMP)
	FALLAKTE_CRASH_RUNS=50 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/test_crash_safety.py -k sigkill

# Measures every row of docs/performance.md on this machine and rewrites it (about ten minutes).
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run

dist: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dist]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec
	@du -sh dist/fallakte

# German is the source language. After changing UI strings: update the .ts, translate new entries
# (Qt Linguist: .venv/bin/pyside6-linguist resources/translations/fallakte_en.ts), then compile.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate app/*/*.py ui/*.py fallakte/*.py -ts resources/translations/fallakte_en.ts -source-language de -target-language en
	$(BIN)/pyside6-lrelease resources/translations/fallakte_en.ts -qm resources/translations/fallakte_en.qm

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
