"""Printing the document as the reader typesets it, through Qt's print preview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from jingdu.ui.reader.view import ReaderView


def print_preview(reader: ReaderView, title: str, parent: QWidget) -> QPrintPreviewDialog:
    """A print preview of the reader's text, highlights and all, on white paper whatever
    the theme (a dark theme's light text would print pale). Returned unshown."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print preview"))

    def paint(target: QPrinter) -> None:
        copy: QTextDocument = reader.document().clone()
        copy.setDefaultStyleSheet("")
        copy.print_(target)

    dialog.paintRequested.connect(paint)
    return dialog
