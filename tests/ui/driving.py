"""Driving the window as a user does: select with the keyboard, type as an input
method would, open a document made for the test."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit

from jingdu.ui.main_window import MainWindow


def type_chinese(widget: QLineEdit, text: str) -> None:
    """What an input method does: commit a string (keyClicks with Chinese aborts Qt)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def reader_text(win: MainWindow, start: int, end: int) -> str:
    cursor = QTextCursor(win.reader.document())
    cursor.setPosition(win.reader.pmap.to_qt(start))
    cursor.setPosition(win.reader.pmap.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def select(win: MainWindow, qtbot, start: int, end: int) -> None:
    """Select as with Shift+arrows: the reader reports the selection when Shift is let go."""
    win.reader.setFocus()
    win.reader.select_range(start, end)
    qtbot.keyRelease(win.reader, Qt.Key.Key_Shift)


def passage(win: MainWindow, needle: str) -> tuple[int, int]:
    assert win.current is not None
    s = win.current.text.index(needle)
    return s, s + len(needle)


def open_doc_with(win: MainWindow, qtbot, path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    assert win.library is not None
    doc = win.library.import_file(path)[0]
    win.library_model.set_documents(win.library.documents())
    win.open_document(doc.id)
    assert win.current is not None and win.current.id == doc.id
    return doc.id


def point_of(win: MainWindow, offset: int) -> QPoint:
    """Where the character at ``offset`` is drawn in the reader's viewport."""
    cursor = QTextCursor(win.reader.document())
    cursor.setPosition(win.reader.pmap.to_qt(offset))
    return win.reader.cursorRect(cursor).center()


def print_to_pdf(monkeypatch, out: Path) -> list[str]:
    """Make every print preview print straight to the PDF ``out``, as if the user
    pressed Print; returns the previews' titles, as they are shown."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    titles: list[str] = []

    def print_to_file(dialog: QPrintPreviewDialog) -> int:
        titles.append(dialog.windowTitle())
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        dialog.paintRequested.emit(printer)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", print_to_file)
    return titles
