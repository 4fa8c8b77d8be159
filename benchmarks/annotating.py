"""Annotating benchmark: a heavily annotated document, one new highlight, the browser on 10k.

Goals (issue 6, 2-core machine): the longest document opened with 1,000
highlights laid out and painted under 500 ms; a new highlight visible (stored,
read back, painted) under 50 ms; the annotation browser filtering 10,000
highlights under 100 ms. Writes benchmarks/results/annotating.md.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from common import write
from jingdu.library import Library
from jingdu.notes.model import COLORS
from jingdu.ui.common.worker import Worker
from jingdu.ui.main_window import MainWindow

TOTAL = 10_000
ON_LONGEST = 1_000
TAGS = [f"主题{i}" for i in range(20)] + [f"政策/方向{i}" for i in range(10)]


def populate(data: Path) -> tuple[str, str]:
    """10,000 highlights, 1,000 of them on the longest document; returns (longest, another)."""
    rng = random.Random(6)
    with Library(data) as lib:
        lib.sync()
        summaries = sorted(lib.documents(), key=lambda d: d.chars)
        longest, other = summaries[-1].id, summaries[-2].id
        docs = [lib.document(s.id) for s in summaries]
        target = docs[-1]
        for n in range(TOTAL):
            d = target if n < ON_LONGEST else rng.choice(docs[:-1])
            start = rng.randrange(max(1, len(d.text) - 60))
            end = start + rng.randint(4, 60)
            if not d.text[start:end].strip():
                continue
            tags = rng.sample(TAGS, rng.randint(0, 2))
            note = "联系实际" if rng.random() < 0.2 else ""
            lib.add_highlight(d.id, start, end, color=rng.choice(COLORS), tags=tags, note=note)
    return longest, other


def filter_times(browser: Any, app: QApplication) -> list[float]:
    """The annotation browser filtered by some texts, then by each colour: seconds each,
    until the table shows the result."""
    out = []
    for needle in ["发展", "新质生产力", "联系", "创新驱动", ""]:
        t = time.perf_counter()
        browser.text_edit.setText(needle)
        app.processEvents()
        out.append(time.perf_counter() - t)
    for c in range(1, 5):
        t = time.perf_counter()
        browser.color_box.setCurrentIndex(c)
        app.processEvents()
        out.append(time.perf_counter() - t)
    return out


def ms(samples: list[float]) -> str:
    m = [s * 1000 for s in samples]
    return f"median {statistics.median(m):.0f} ms, worst {max(m):.0f} ms (n={len(m)})"


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="jingdu-annotating-"))
    try:
        t = time.perf_counter()
        longest, other = populate(tmp / "data")
        print(f"populated {TOTAL:,} highlights in {time.perf_counter() - t:.1f} s")
        app = QApplication.instance() or QApplication([])
        win = MainWindow(tmp / "data", worker=Worker(synchronous=True))
        win.resize(1280, 820)
        win.show()
        win.start(other)
        app.processEvents()

        opened = []
        for _ in range(5):
            win.open_document(other)
            app.processEvents()
            t = time.perf_counter()
            win.open_document(longest)  # load, lay out, read its 1,000 highlights
            win.reader.viewport().repaint()  # and paint them
            opened.append(time.perf_counter() - t)
        painted = len(win.reader.highlights)

        adds = []
        rng = random.Random(7)
        text = win.current.text if win.current else ""
        for _ in range(20):
            s = rng.randrange(len(text) - 40)
            win.reader.select_range(s, s + 20)
            picked = win.reader.selected_range()
            if picked is None:
                continue
            win.annotating.take_selection(*picked)
            t = time.perf_counter()
            win.annotating.highlight_selection("green")  # store, read back, repaint
            win.reader.viewport().repaint()
            adds.append(time.perf_counter() - t)

        t = time.perf_counter()
        win.companions.show_browser()  # read all (the worker's part), then fill, sort and show
        app.processEvents()
        opened_browser = time.perf_counter() - t
        browser = win.companions.browser
        assert browser is not None
        rows = browser.model.rowCount()
        filters = filter_times(browser, app)
        sorts = []
        for column in range(browser.model.columnCount()):
            t = time.perf_counter()
            browser.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
            app.processEvents()
            sorts.append(time.perf_counter() - t)
        chars = win.current.chars if win.current else 0
        win.close()

        text_out = write(
            "annotating",
            "Annotating benchmark",
            [
                (
                    f"open the longest document ({chars:,} characters) with {painted:,} "
                    "highlights, laid out and painted",
                    ms(opened),
                    "< 500 ms",
                    "yes" if statistics.median(opened) < 0.5 else "no",
                ),
                (
                    "a new highlight stored, read back and painted (20 adds)",
                    ms(adds),
                    "< 50 ms",
                    "yes" if statistics.median(adds) < 0.05 else "no",
                ),
                (
                    f"browser: open on {rows:,} highlights (read, fold, sort, show)",
                    f"{opened_browser * 1000:.0f} ms",
                    "—",
                    "—",
                ),
                (
                    f"browser: filter {rows:,} highlights by text or colour",
                    ms(filters),
                    "< 100 ms",
                    "yes" if max(filters) < 0.1 else "no",
                ),
                (
                    f"browser: sort {rows:,} highlights by each column",
                    ms(sorts),
                    "< 100 ms",
                    "yes" if max(sorts) < 0.1 else "no",
                ),
            ],
        )
        print(text_out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
