"""Opening a file with Jingdu (`jingdu FILE`, "Open with 精读" in a file manager): the
window imports it if it is new and shows it; a file whose text is in the library
already shows that document and adds nothing; one the importer refuses says why."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from jingdu.cli import main
from jingdu.ui.common.language import speak
from jingdu.ui.common.settings import LANGUAGE, open_settings
from jingdu.ui.library.model import DOCUMENT_ROLE
from jingdu.ui.main_window import MainWindow
from tests.conftest import CORPUS
from tests.ui.conftest import new_worker
from tests.ui.importing.test_importing_window import article


def open_with(qtbot, data_dir: Path, file: Path) -> tuple[MainWindow, list[str]]:
    """The window as `jingdu FILE` starts it (ui/app.py's run_gui), and the list of the
    documents it shows, in order."""
    win = MainWindow(data_dir, worker=new_worker())
    qtbot.addWidget(win)
    win.resize(1280, 820)
    shown: list[str] = []
    win.document_shown.connect(shown.append)
    win.show()
    win.start(open_file=file)
    return win, shown


def selected(win: MainWindow) -> str | None:
    doc = win.library_panel.view.currentIndex().data(DOCUMENT_ROLE)
    return doc.id if doc is not None else None


def test_a_new_file_is_imported_and_shown_without_a_summary(
    qtbot, data_dir: Path, tmp_path: Path
) -> None:
    file = tmp_path / "体会.md"
    file.write_text(article(8), encoding="utf-8")
    win, _shown = open_with(qtbot, data_dir, file)
    qtbot.waitUntil(
        lambda: win.current is not None and win.current.title == "学习体会第8篇", timeout=20000
    )
    assert "体会.md" in {d.source for d in win.library_model.documents()}
    assert selected(win) == win.current.id
    # The document on screen says the file is open: no summary window over it.
    assert win.import_flow.summary is None and not win.import_flow.running
    win.close()


def test_a_file_already_in_the_library_shows_its_document_and_adds_nothing(
    qtbot, data_dir: Path, tmp_path: Path
) -> None:
    # The third bundled article, saved elsewhere under another name: the same text.
    source = next(CORPUS.glob("003_*.txt"))
    copy = tmp_path / "下载" / "新质生产力的国际视角.txt"
    copy.parent.mkdir()
    shutil.copyfile(source, copy)
    win, shown = open_with(qtbot, data_dir, copy)
    qtbot.waitUntil(
        lambda: win.current is not None and win.current.id.startswith("003_"), timeout=20000
    )
    # It opened on the first document, then went to the one holding the file's text.
    assert not shown[0].startswith("003_") and shown[-1] == win.current.id
    assert selected(win) == win.current.id
    # Nothing added: an import would have made a source of the file's name.
    docs = win.library_model.documents()
    assert copy.name not in {d.source for d in docs}
    assert [d.title for d in docs].count(win.current.title) == 1
    assert win.import_flow.summary is None
    win.close()


def test_a_file_the_importer_refuses_gets_the_summary_with_the_reason(
    qtbot, data_dir: Path, tmp_path: Path, chinese
) -> None:
    # A PDF's signature, so the command line lets it through; reading it fails.
    file = tmp_path / "坏的.pdf"
    file.write_bytes(b"%PDF-1.4\n garbage, no objects")
    win, _shown = open_with(qtbot, data_dir, file)
    qtbot.waitUntil(lambda: win.import_flow.summary is not None, timeout=20000)
    results = dict(win.import_flow.summary.results())
    assert results["坏的.pdf"] == "文件已损坏，或与扩展名所示格式不符"
    assert "坏的.pdf" not in {d.source for d in win.library_model.documents()}
    assert win.current is not None  # reading goes on where it was
    win.close()


def test_started_by_a_desktop_launcher_a_file_it_cannot_read_is_told_in_a_dialog(
    qapp, monkeypatch, tmp_path: Path, capsys
) -> None:
    """No one reads stderr under a file manager: the reason comes in a dialog too, in
    the interface's language, and still no window opens and nothing is imported."""
    data = tmp_path / "data"
    store = open_settings(str(data))
    store.setValue(LANGUAGE.key, "zh_CN")
    store.sync()
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: told.append((title, text)))
    # As a launcher starts it: a screen, and neither stdin nor stderr a terminal.
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(sys, "stdin", io.StringIO())
    table = tmp_path / "表格.xlsx"
    table.write_bytes(b"PK\x03\x04 a zip cut short")
    try:
        assert main(["--data-dir", str(data), str(table)]) == 2
    finally:
        speak("en")
    assert told == [("精读", "无法打开“表格.xlsx”：文件已损坏，或与扩展名所示格式不符")]
    assert "表格.xlsx" in capsys.readouterr().err
    assert not (data / "library.db").exists()
    assert not [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
