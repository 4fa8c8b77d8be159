"""Printing a briefing note: the PDF the export would write, through Qt's print dialog
with a preview (each page drawn from the PDF by pdfium, at the printer's resolution)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from jingdu.export.model import BriefingOptions

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from jingdu.library import Library

MAX_DPI = 300
"""Enough for text on paper; a 1200 dpi printer would get 16 times the pixels for nothing."""


def briefing_pdf(lib: Library, options: BriefingOptions, font: str | None) -> bytes:
    """On the worker: the briefing's PDF, as the export would write it."""
    data, _result = lib.render_briefing(".pdf", options, font)
    assert isinstance(data, bytes)
    return data


def paint(pdf: pdfium.PdfDocument, printer: QPrinter) -> None:
    """Each page of ``pdf`` on a page of ``printer``, filling it (the PDF has its margins)."""
    painter = QPainter(printer)
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        for n in range(len(pdf)):
            if n:
                printer.newPage()
            bitmap = pdf[n].render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True)
            image = QImage(
                bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                QImage.Format.Format_RGBX8888,
            )  # fmt: skip
            painter.drawImage(target, image)
    finally:
        painter.end()


def preview(data: bytes, title: str, parent: QWidget | None) -> QPrintPreviewDialog:
    """The print dialog with its preview, for the briefing's PDF ``data``."""
    pdf = pdfium.PdfDocument(data)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print preview") + " — " + title)
    dialog.paintRequested.connect(lambda p: paint(pdf, p))
    dialog.finished.connect(lambda _r: pdf.close())
    return dialog
