"""A bug is never silent nor fatal: logged with its traceback, told in a dialog."""

from __future__ import annotations

import sys
import threading

from jingdu.ui.common import failures


def test_an_uncaught_error_in_a_thread_or_a_slot_is_logged_and_told(
    window, monkeypatch, caplog, tmp_path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr("jingdu.ui.main_window.QMessageBox.warning", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back afterwards
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    failures.install(window.session.reporter)

    def broken() -> None:
        raise ValueError("a bug in a thread")

    with caplog.at_level("ERROR", logger="jingdu"):
        thread = threading.Thread(target=broken, name="helper")
        thread.start()
        thread.join()
        try:
            raise KeyError("a bug in a slot")
        except KeyError as exc:
            sys.excepthook(KeyError, exc, exc.__traceback__)
    window.worker.finish_writes(1)  # (lets the queued reports arrive)
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()
    assert "ValueError: a bug in a thread" in caplog.text and "Traceback" in caplog.text
    assert "KeyError" in caplog.text
    assert len(shown) == 2 and all("jingdu.log" in s for s in shown)


def test_the_log_is_kept_in_the_data_folder(tmp_path) -> None:
    path = failures.open_log(tmp_path)
    failures.log.error("something")
    for h in failures.log.handlers:
        h.flush()
    assert path == tmp_path / "jingdu.log" and "something" in path.read_text(encoding="utf-8")
    for h in list(failures.log.handlers):
        if getattr(h, "baseFilename", "").startswith(str(tmp_path)):
            failures.log.removeHandler(h)
            h.close()
