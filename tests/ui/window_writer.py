"""A window that annotates, for the crash test: ``python -m tests.ui.window_writer DATA``.

It opens the library in a real window with the real threaded worker, starts the
first-time index build (a long job), and while that runs makes a highlight every
few milliseconds through the window's own change path. It prints ``ACK id`` when
the window reports a highlight saved. The test kills it with SIGKILL at a random
moment and checks that every acknowledged highlight is in the library.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from jingdu.ui.main_window import MainWindow


def main(data: Path) -> None:
    app = QApplication([])
    shutil.rmtree(data / "index", ignore_errors=True)  # so that a long build is running
    win = MainWindow(data)
    win.show()
    made: list[str] = []
    n = 0

    def annotate() -> None:
        nonlocal n
        lib = win.library
        if lib is None or win.current is None:
            return
        doc, start = win.current.id, 10 + (n % 500) * 3
        n += 1

        def add() -> object:
            h = lib.add_highlight(doc, start, start + 2, note=f"crash {n}")
            made.append(h.id)
            return h

        def saved() -> None:
            print(f"ACK {made[-1]}", flush=True)

        win.annotating.change("add", add, then=saved)

    timer = QTimer()
    timer.timeout.connect(annotate)
    timer.start(5)
    win.start("002")
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
