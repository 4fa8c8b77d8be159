"""Importing from the window: the file dialog's choice, a dropped folder, the summary,
and rename, replace and delete from the library list's context menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, Qt, QTimer, QTranslator, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from jingdu.paths import resources_dir
from jingdu.ui.library.document_actions import RenameDialog
from jingdu.ui.main_window import MainWindow
from tests.ui.conftest import make_window


def article(n: int) -> str:
    return f"# 学习体会第{n}篇\n\n" + f"第{n}篇正文，谈发展新质生产力，编号{n:04d}。\n" * 30


def drop(win: MainWindow, paths: list[Path]) -> None:
    """What Qt does when files are dropped on the window: a drag enters, then drops
    (sent to the window as Qt sends them; offscreen there is no drag to start)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = win.rect().center().toPointF()
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(where.toPoint(), *args)
    enter.setAccepted(False)
    QApplication.sendEvent(win, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(win, QDropEvent(where, *args))


def test_a_dropped_folder_is_imported_and_the_summary_says_what_became_of_each_file(
    qtbot, data_dir: Path, tmp_path: Path, chinese
) -> None:
    folder = tmp_path / "资料"
    folder.mkdir()
    for n in range(3):
        (folder / f"体会{n}.txt").write_text(article(n), encoding="utf-8")
    (folder / "空的.md").write_text("", encoding="utf-8")
    (folder / "坏的.pdf").write_bytes(b"%PDF-1.4\n garbage, no objects")
    win = make_window(qtbot, data_dir)
    reading = win.current.id
    before = len(win.library_model.documents())
    drop(win, [folder])
    qtbot.waitUntil(lambda: win.import_flow.summary is not None, timeout=20000)
    summary = win.import_flow.summary
    results = dict(summary.results())
    assert results["空的.md"] == "文件中没有文字"
    assert results["坏的.pdf"] == "文件已损坏，或与扩展名所示格式不符"
    assert all(results[f"体会{n}.txt"].startswith("已导入：") for n in range(3))
    assert summary.headline.text().startswith("已导入 3 篇文档")
    qtbot.waitUntil(lambda: len(win.library_model.documents()) == before + 3, timeout=5000)
    assert win.current is not None and win.current.id == reading  # a batch: reading goes on
    titles = {d.title for d in win.library_model.documents()}
    assert {f"学习体会第{n}篇" for n in range(3)} <= titles
    # Dropping the same folder again adds nothing, and says so.
    win.import_flow.summary = None
    drop(win, [folder])
    qtbot.waitUntil(lambda: win.import_flow.summary is not None, timeout=20000)
    assert "3 个文件已在文库中" in win.import_flow.summary.headline.text()
    assert len(win.library_model.documents()) == before + 3


def test_one_imported_file_is_opened(qtbot, data_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "体会.md").write_text(article(7), encoding="utf-8")
    win = make_window(qtbot, data_dir)
    drop(win, [tmp_path / "体会.md"])
    qtbot.waitUntil(
        lambda: win.current is not None and win.current.title == "学习体会第7篇", timeout=20000
    )
    from jingdu.ui.library.model import DOCUMENT_ROLE

    selected = win.library_panel.view.currentIndex().data(DOCUMENT_ROLE)
    assert selected is not None and selected.id == win.current.id


def test_cancel_stops_after_the_file_being_read(qtbot, data_dir: Path, tmp_path: Path) -> None:
    files = []
    for n in range(6):
        f = tmp_path / f"文{n}.txt"
        f.write_text(article(n), encoding="utf-8")
        files.append(f)
    win = make_window(qtbot, data_dir)
    english = QTranslator()  # the English interface carries the plural forms
    assert english.load(str(resources_dir() / "i18n" / "jingdu_en.qm"))
    QCoreApplication.installTranslator(english)
    flow = win.import_flow
    before = len(win.library_model.documents())
    real_next = flow._next

    def cancel_at_three(n: int) -> None:
        if n == 3 and flow.dialog is not None:
            flow.dialog.cancel()  # the user presses Cancel while file 3 is next
        real_next(n)

    flow._next = cancel_at_three  # type: ignore[method-assign]
    flow.start(files)
    qtbot.waitUntil(lambda: flow.summary is not None, timeout=20000)
    headline = flow.summary.headline.text()
    QCoreApplication.removeTranslator(english)
    assert headline.startswith("3 documents imported") and "cancelled" in headline
    qtbot.waitUntil(lambda: len(win.library_model.documents()) == before + 3, timeout=5000)


def test_the_import_window_lists_each_file_as_it_goes_and_becomes_the_summary(
    qtbot, chinese, data_dir: Path, tmp_path: Path
) -> None:
    files = []
    for n in range(8):
        f = tmp_path / f"篇{n}.txt"
        f.write_text(article(n + 20), encoding="utf-8")
        files.append(f)
    win = make_window(qtbot, data_dir)
    flow = win.import_flow
    gate = {"open": False}
    real_next = flow._next

    def held(n: int) -> None:  # file 3 waits until the test has looked at the window
        if n == 3 and not gate["open"]:
            QTimer.singleShot(50, lambda: held(n))
            return
        real_next(n)

    flow._next = held  # type: ignore[method-assign]
    flow.start(files)
    dialog = flow.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and len(dialog.results()) == 3, timeout=20000)
    # Three files are done and listed; the import is still running.
    assert flow.running and flow.summary is None
    assert [name for name, _ in dialog.results()] == ["篇0.txt", "篇1.txt", "篇2.txt"]
    assert dialog.cancel_button.text() == "取消"
    # Closing the window while files are read is Cancel: the window stays to report.
    dialog.close()
    assert dialog.isVisible()
    gate["open"] = True
    qtbot.waitUntil(lambda: flow.summary is not None, timeout=20000)
    assert flow.summary is dialog
    assert dialog.headline.text() == "已导入 3 篇文档 · 已取消"
    [close] = dialog.buttons.buttons()
    assert close.text() == "关闭"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def choose(menu_text: str) -> None:
    """Pick an entry of the context menu that is about to open."""

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        [action] = [a for a in menu.actions() if a.text().replace("&", "") == menu_text]
        menu.hide()
        action.trigger()

    QTimer.singleShot(50, pick)


def right_click(qtbot, win: MainWindow, doc_id: str) -> None:
    assert win.library_panel.select(doc_id)
    view = win.library_view
    rect = view.visualRect(view.currentIndex())
    view.viewport().setFocus()
    from PySide6.QtGui import QContextMenuEvent

    pos = rect.center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)


def test_rename_from_the_context_menu(qtbot, data_dir: Path, monkeypatch) -> None:
    win = make_window(qtbot, data_dir, "002")

    def fill_and_accept(dialog: RenameDialog) -> int:
        dialog.title.setText("改过的标题")
        dialog.authors.setText("周文，杨正源")
        return RenameDialog.DialogCode.Accepted

    monkeypatch.setattr(RenameDialog, "exec", fill_and_accept)
    choose("Rename…")
    right_click(qtbot, win, "002_1faaaa7bcac61f4f")
    qtbot.waitUntil(
        lambda: win.current is not None and win.current.title == "改过的标题", timeout=5000
    )
    assert win.current.authors == ["周文", "杨正源"]
    assert "改过的标题" in [d.title for d in win.library_model.documents()]


def test_delete_from_the_context_menu_asks_and_keeps_highlights_as_orphans(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    win = make_window(qtbot, data_dir, "002")
    lib = win.library
    assert lib is not None
    lib.add_highlight("002", 10, 30, note="留着")
    win.annotating.refresh()
    asked: list[str] = []

    def answer_yes(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer_yes)
    choose("Delete…")
    right_click(qtbot, win, "002_1faaaa7bcac61f4f")
    qtbot.waitUntil(
        lambda: "002_1faaaa7bcac61f4f" not in [d.id for d in win.library_model.documents()],
        timeout=5000,
    )
    assert "1 highlight" in asked[0]
    assert [h.note for h in lib.highlights() if h.orphan] == ["留着"]


def test_the_context_menu_opens_from_the_keyboard_too(qtbot, data_dir: Path) -> None:
    win = make_window(qtbot, data_dir, "003")
    seen: list[str] = []
    win.library_view.context_requested.connect(lambda doc, _where: seen.append(doc.id))
    win.library_panel.select("004_d840023fb8f8f993")
    from PySide6.QtGui import QContextMenuEvent

    view = win.library_view
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), QPoint(0, 0))
    QTimer.singleShot(50, lambda: QApplication.activePopupWidget().hide())
    QApplication.sendEvent(view.viewport(), event)
    assert seen == ["004_d840023fb8f8f993"]
