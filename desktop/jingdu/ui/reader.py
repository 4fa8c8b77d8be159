"""The reading view: a typeset document in a centred column."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QResizeEvent,
    QTextCursor,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from jingdu.corpus.document import Document
from jingdu.ui.render import LIGHT, Theme, render_document
from jingdu.ui.textmap import PositionMap

COLUMN_EMS = 36
"""Width of the text column: about 36 characters reads comfortably in Chinese."""


class ReaderView(QTextBrowser):
    position_changed = Signal(int)
    """The code-point offset at the top of the view changed (scrolling)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setObjectName("reader")
        self.document_: Document | None = None
        self.pmap = PositionMap("")
        self.family: str | None = None
        self.point_size = 13.0
        self.theme: Theme = LIGHT
        self._apply_theme()
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    def _apply_theme(self) -> None:
        t = self.theme
        self.setStyleSheet(
            f"QTextBrowser#reader {{ background: {t.paper}; color: {t.ink}; border: none; }}"
        )

    def show_document(self, doc: Document) -> None:
        qdoc, self.pmap = render_document(doc, self.family, self.point_size, self.theme)
        self.document_ = doc
        qdoc.setParent(self)
        self.setDocument(qdoc)
        self._fit_column()
        self.verticalScrollBar().setValue(0)

    def scroll_to_offset(self, offset: int) -> None:
        """Bring the text at a code-point offset to the top of the view."""
        qdoc = self.document()
        block = qdoc.findBlock(self.pmap.to_qt(offset))
        rect = qdoc.documentLayout().blockBoundingRect(block)
        self.verticalScrollBar().setValue(int(rect.top()))
        cursor = QTextCursor(qdoc)
        cursor.setPosition(self.pmap.to_qt(offset))
        self.setTextCursor(cursor)

    def offset_at_top(self) -> int:
        """The code-point offset of the text at the top of the view (probed mid-column:
        the column's side margins hold no text)."""
        cursor = self.cursorForPosition(QPoint(self.viewport().width() // 2, 4))
        return self.pmap.to_offset(cursor.position())

    def _on_scrolled(self, _value: int) -> None:
        if self.document_ is not None:
            self.position_changed.emit(self.offset_at_top())

    def _fit_column(self) -> None:
        font = QFont(self.family) if self.family else QFont()
        font.setPointSizeF(self.point_size)
        width = QFontMetricsF(font).horizontalAdvance("中") * COLUMN_EMS
        side = max(24.0, (self.viewport().width() - width) / 2)
        root = self.document().rootFrame()
        fmt: QTextFrameFormat = root.frameFormat()
        if abs(fmt.leftMargin() - side) > 1:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(32)
            fmt.setBottomMargin(48)
            root.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_column()

    def viewportEvent(self, event: QEvent) -> bool:
        # QTextBrowser does not show character-format tooltips (footnote bodies) by itself.
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.cursorForPosition(event.pos()).charFormat().toolTip()
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
