"""Does working out parallels freeze the window? On the 50x library (benchmarks/corpus50.py).

The window runs lookups on its worker threads; Python lets one thread run at a time, so
a long stretch of work that never lets go of the interpreter freezes the window's
thread. This runs a timer on a Qt GUI thread every 5 ms while a worker thread works
out (1) the margin counts of a document and (2) the parallels of passages around
much-quoted quotations, and reports the longest gap between two ticks (what a user
would feel as a freeze) and the process's memory before and after. Goal (issue 16's,
for any background work): no freeze longer than 100 ms. Writes
benchmarks/results/parallels_freeze.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QTimer

from common import write
from corpus50 import multiply
from jingdu.bulk import no_collection
from jingdu.library import Library
from jingdu.search.engine import SearchEngine
from jingdu.study.parallels import Finder
from parallels import quoted_passages

TICK_MS = 5


def rss_mb() -> float:
    for line in Path(f"/proc/{os.getpid()}/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
    return 0.0


def longest_gap(app: QCoreApplication, work: object) -> tuple[float, float]:
    """Run ``work()`` on a thread while the GUI thread ticks; (longest gap in ms, seconds)."""
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    done = threading.Event()
    took = [0.0]

    def run() -> None:
        t = time.perf_counter()
        work()  # type: ignore[operator]
        took[0] = time.perf_counter() - t
        done.set()

    timer.start()
    last[0] = time.perf_counter()
    thread = threading.Thread(target=run)
    thread.start()
    while not done.is_set():
        app.processEvents()
        time.sleep(0.001)
    thread.join()
    timer.stop()
    return max(gaps) * 1000 if gaps else 0.0, took[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=50)
    args = parser.parse_args()
    app = QCoreApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="jingdu-bench-freeze-"))
    try:
        with Library(tmp / "lib") as lib:
            lib.sync()
            docs = [lib.document(s.id) for s in lib.documents()]
        engine = SearchEngine(tmp / "index")
        with no_collection():  # as the library reads its paragraphs (library.py)
            engine.load(list(multiply(docs, args.copies)))
        before = rss_mb()
        finder = Finder(engine)
        counted = next(d for d in engine.store.docs if d.startswith("003") and d.endswith("~00"))
        counts_gap, counts_s = longest_gap(app, lambda: finder.counts(counted))
        picked = [(f"{d}~00", s, e) for d, s, e in quoted_passages(docs, 10)]
        lookup_gap, lookup_s = longest_gap(
            app, lambda: [finder.find(d, s, e) for d, s, e in picked]
        )
        after = rss_mb()
        # The same wait with no work: what the shared machine's load alone does.
        idle_gap, _ = longest_gap(app, lambda: time.sleep(counts_s))
        engine.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    n = args.copies
    rows = [
        (
            f"longest freeze while a document's margin counts are worked out, {n}x",
            f"{counts_gap:.0f} ms (the counts took {counts_s:.1f} s)",
            "< 100 ms",
            "yes" if counts_gap < 100 else "no",
        ),
        (
            f"longest freeze while the parallels of {len(picked)} much-quoted passages are found",
            f"{lookup_gap:.0f} ms (they took {lookup_s:.1f} s)",
            "< 100 ms",
            "yes" if lookup_gap < 100 else "no",
        ),
        (
            "longest gap with the worker thread idle as long (the machine's load alone)",
            f"{idle_gap:.0f} ms",
            "",
            "",
        ),
        (
            "memory kept by the finder (the process, before and after both)",
            f"{before:.0f} MB → {after:.0f} MB",
            "",
            "",
        ),
    ]
    about = [
        "Command: `QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/parallels_freeze.py`",
        "",
        f"A Qt timer ticks every {TICK_MS} ms on the main thread while the work runs on "
        "another; the longest gap between ticks is the longest the window would not "
        "answer. The engine (index open, paragraphs in memory) is in the process before "
        "the first figure, set aside from the garbage collector as the library sets its "
        "paragraphs aside (`jingdu.bulk.no_collection`). Load averages over 1, 5 and 15 "
        "minutes at the end of the run: "
        f"{load}, on 2 cores shared with other engineers' work.",
    ]
    print(write("parallels_freeze", "Parallels: the window while they are worked out", rows, about))


if __name__ == "__main__":
    main()
