"""The window never loses an annotation: not behind a long job, not at close, not at a kill."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from jingdu.library import Library
from jingdu.ui.common.worker import LONG, Worker
from jingdu.ui.main_window import MainWindow
from tests.conftest import REPO

DOC = "002_1faaaa7bcac61f4f"


def threaded_window(qtbot, data_dir: Path) -> MainWindow:
    win = MainWindow(data_dir, worker=Worker())
    qtbot.addWidget(win)
    win.show()
    win.start("002")
    qtbot.waitUntil(lambda: win.current is not None, timeout=20000)
    return win


def add(win: MainWindow, start: int, done: list[str] | None = None) -> None:
    lib = win.library
    assert lib is not None
    win.annotating.change(
        "add",
        lambda: lib.add_highlight(DOC, start, start + 4, note=f"n{start}"),
        then=(lambda: done.append(str(start))) if done is not None else None,
    )


def test_highlights_are_saved_at_once_while_a_long_job_runs(qtbot, data_dir: Path) -> None:
    win = threaded_window(qtbot, data_dir)
    release = threading.Event()
    win.worker.submit("a long index build", lambda: release.wait(30), lane=LONG)
    saved: list[str] = []
    for i in range(5):
        add(win, 40 + 10 * i, saved)
    qtbot.waitUntil(lambda: len(saved) == 5, timeout=10000)  # not after the long job
    qtbot.waitUntil(lambda: win.worker.pending_writes == 0, timeout=5000)
    assert not win.saving_state.isVisible()
    with Library(data_dir) as other:
        assert len(other.highlights()) == 5
    release.set()
    win.close()


def test_closing_the_window_saves_the_writes_still_queued(qtbot, data_dir: Path) -> None:
    win = threaded_window(qtbot, data_dir)
    hold = threading.Event()
    win.worker.submit("a slow write", lambda: hold.wait(0.5))
    win.worker.submit("an endless long job", lambda: threading.Event().wait(3600), lane=LONG)
    for i in range(5):
        add(win, 100 + 10 * i)
    assert win.worker.pending_writes >= 6  # (and any read the window queued itself)
    qtbot.waitUntil(win.saving_state.isVisible, timeout=3000)  # the user sees "saving"
    started = time.monotonic()
    win.close()  # neither loses the five nor waits for the endless job
    assert time.monotonic() - started < 10
    with Library(data_dir) as after:
        assert sorted(h.start for h in after.highlights()) == [100, 110, 120, 130, 140]


def test_the_window_shows_what_another_process_imported(qtbot, data_dir: Path, tmp_path) -> None:
    win = threaded_window(qtbot, data_dir)
    extra = tmp_path / "会议纪要.txt"
    extra.write_text("理论学习中心组第三次集体学习纪要，戊己庚辛参加。\n", encoding="utf-8")
    with Library(data_dir) as cli:  # another process, as far as the window can tell
        cli.import_file(extra)
        cli.add_highlight(DOC, 500, 510, note="从命令行加的")
    win.session._poll_elsewhere()  # what its timer does every few seconds
    qtbot.waitUntil(
        lambda: "会议纪要" in [d.id for d in win.library_model.documents()], timeout=10000
    )
    qtbot.waitUntil(
        lambda: any(h.note == "从命令行加的" for h in win.reader.highlights), timeout=10000
    )
    qtbot.waitUntil(lambda: win.searching._search_ready, timeout=60000)
    with qtbot.waitSignal(win.search_shown, timeout=20000):
        win.search("戊己庚辛")
    hit = win.search_panel.current_hit()
    assert hit is not None and hit.doc == "会议纪要", win.search_panel.status.text()
    win.close()


def test_a_restore_offer_with_every_backup_damaged_says_so(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    with Library(data_dir) as lib:
        lib.add_highlight(DOC, 10, 30)
    Library(data_dir).close()
    for copy in (data_dir / "backups").iterdir():
        copy.write_bytes(copy.read_bytes()[:2048])  # truncated
    (data_dir / "library.db").write_bytes(b"")
    for side in ("library.db-wal", "library.db-shm"):
        (data_dir / side).unlink(missing_ok=True)
    shown: list[str] = []
    monkeypatch.setattr(
        "jingdu.ui.main_window.QMessageBox.question",
        lambda *a: QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr("jingdu.ui.main_window.QMessageBox.critical", lambda *a: shown.append(a[2]))
    win = MainWindow(data_dir, worker=Worker(synchronous=True))
    qtbot.addWidget(win)
    win.start()
    assert win.library is None
    assert len(shown) == 1 and "no usable automatic backup" in shown[0]


def test_killing_the_window_loses_no_acknowledged_highlight(data_dir: Path) -> None:
    rng = random.Random(7)
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    acknowledged: set[str] = set()
    for _round in range(3):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.window_writer", str(data_dir)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None
        wanted = rng.randint(5, 40)
        got = 0
        deadline = time.monotonic() + 60
        while got < wanted and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            if line.startswith("ACK "):
                acknowledged.add(line.split()[1])
                got += 1
        proc.send_signal(signal.SIGKILL)  # mid-write, mid-index-build
        proc.wait()
        assert got == wanted, "the window stopped acknowledging highlights"
    with Library(data_dir) as after:
        stored = {h.id for h in after.highlights()}
        assert after.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert acknowledged <= stored


def test_highlights_made_while_a_long_file_is_read_for_import_are_saved_at_once(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    from jingdu.library import Library as Lib
    from jingdu.ui.common.worker import checkpoint

    slow = tmp_path / "很长的报告.txt"
    slow.write_text("一份很长的报告。\n" * 50, encoding="utf-8")
    reading = threading.Event()
    real_prepare = Lib.prepare_import

    def endless_read(self, path, replace=None, progress=None):  # a 600-page PDF, say
        reading.set()
        while True:
            time.sleep(0.01)
            checkpoint()  # what the PDF reader's page progress does

    monkeypatch.setattr(Lib, "prepare_import", endless_read)
    win = threaded_window(qtbot, data_dir)
    win.import_flow.start([slow])
    assert reading.wait(10)
    saved: list[str] = []
    for i in range(3):
        add(win, 200 + 10 * i, saved)
    qtbot.waitUntil(lambda: len(saved) == 3, timeout=10000)  # not after the import
    started = time.monotonic()
    win.close()  # abandons the import, which was only reading
    assert time.monotonic() - started < 10
    monkeypatch.setattr(Lib, "prepare_import", real_prepare)
    with Library(data_dir) as after:
        assert sorted(h.start for h in after.highlights()) == [200, 210, 220]
        assert "很长的报告" not in [d.id for d in after.documents()]


def test_a_full_disk_is_said_in_the_interface_language(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    import shutil as sh

    from PySide6.QtCore import QCoreApplication, QTranslator

    from jingdu.paths import resources_dir
    from tests.safety.conftest import fill, mounted_disk

    with mounted_disk(tmp_path / "disk", "24m") as disk:
        sh.copytree(data_dir, disk / "data", ignore=sh.ignore_patterns("index*"))
        with Library(disk / "data") as lib:
            lib.add_highlight(DOC, 10, 20)
        fill(disk)
        chinese = QTranslator()
        assert chinese.load(str(resources_dir() / "i18n" / "jingdu_zh_CN.qm"))
        QCoreApplication.installTranslator(chinese)
        try:
            shown: list[str] = []
            monkeypatch.setattr(
                "jingdu.ui.main_window.QMessageBox.warning", lambda *a: shown.append(a[2])
            )
            win = MainWindow(disk / "data", worker=Worker(synchronous=True))
            qtbot.addWidget(win)
            win.start("002")
            assert win.library is not None and win.library.read_only
            assert shown and "磁盘已满" in shown[0] and "disk" not in shown[0]
            add(win, 60)
            assert "磁盘已满" in win.status_label.text()
            win.close()
        finally:
            QCoreApplication.removeTranslator(chinese)
