"""The reader's margin signs: beside each paragraph quoted elsewhere in the library, a
small sign with the number of documents that quote it; a click lists them.

A transparent strip over the reader's left margin (a child of the reader, not of its
viewport, which scrolls its children with the text), so that the reading view itself
needs no change: it paints the signs where the paragraphs' first lines are.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from jingdu.ui.reader.view import BAR_GAP, ReaderView

GAP = 6.0
"""Between a sign and the bar an opened passage has in the margin."""
PAD = 4.0


class MarginSigns(QWidget):
    clicked = Signal(int, int)
    """A sign was clicked: the paragraph's span (start, end) in code points."""

    def __init__(self, reader: ReaderView) -> None:
        super().__init__(reader)
        self.setObjectName("parallel_signs")
        self.reader = reader
        self.doc_id = ""
        self.counts: dict[int, int] = {}
        """Documents quoting each paragraph with any, by the paragraph's start."""
        self.ends: dict[int, int] = {}
        self._tops: dict[int, float] = {}
        self._laid_out: tuple[int, int] = (0, 0)
        self.setMouseTracking(True)
        reader.verticalScrollBar().valueChanged.connect(self.update)
        reader.installEventFilter(self)
        self.hide()

    def set_counts(self, doc_id: str, counts: dict[int, int], ends: dict[int, int]) -> None:
        """The signs of the document shown (none: an empty ``counts``)."""
        self.doc_id, self.counts, self.ends = doc_id, counts, ends
        self._laid_out = (0, 0)
        self._place()
        self.setVisible(bool(counts))
        self.update()

    def clear(self) -> None:
        self.set_counts("", {}, {})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.reader and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place()
        return False

    def _margin(self) -> float:
        return float(self.reader.document().rootFrame().frameFormat().leftMargin())

    def _place(self) -> None:
        viewport = self.reader.viewport()
        width = max(0, int(self._margin()) - self.reader.horizontalScrollBar().value())
        self.setGeometry(viewport.x(), viewport.y(), width, viewport.height())
        self.raise_()

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, self.reader.point_size * 0.6))
        return font

    def _rects(self) -> dict[int, QRectF]:
        """Each sign's rectangle in this widget, by paragraph start."""
        qdoc = self.reader.document()
        key = (id(qdoc), self.reader.viewport().width())
        if key != self._laid_out:  # a new document, zoom or width: lines moved
            self._tops = {}
            for start in self.counts:
                rects = self.reader.span_rects(start, start + 1)
                if rects:
                    self._tops[start] = rects[0].top()
            self._laid_out = key
        metrics = QFontMetricsF(self._font())
        height = metrics.height() + 2
        right = self.width() - BAR_GAP - GAP
        if right < metrics.horizontalAdvance("00") + 2 * PAD:
            right = float(self.width())  # a narrow margin: the sign goes against the text
        scroll = self.reader.verticalScrollBar().value()
        out = {}
        for start, top in self._tops.items():
            width = metrics.horizontalAdvance(str(self.counts[start])) + 2 * PAD
            y = top - scroll + 2
            if -height <= y <= self.height():
                out[start] = QRectF(right - width, y, width, height)
        return out

    def paintEvent(self, _event: object) -> None:
        if not self.counts:
            return
        theme = self.reader.theme
        fill = QColor(theme.ink)
        fill.setAlpha(40)
        ink = QColor(theme.ink)
        ink.setAlpha(220)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._font())
        for start, rect in self._rects().items():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
            painter.setPen(ink)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(self.counts[start]))
        painter.end()

    def sign_at(self, point: QPoint) -> int | None:
        """The paragraph start of the sign at ``point`` (this widget's coordinates)."""
        for start, rect in self._rects().items():
            if rect.adjusted(-2, -2, 2, 2).contains(point.toPointF()):
                return start
        return None

    def sign_point(self, start: int) -> QPoint | None:
        """Where the sign of the paragraph at ``start`` is drawn, if on screen."""
        rect = self._rects().get(start)
        return rect.center().toPoint() if rect is not None else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        on_sign = self.sign_at(event.position().toPoint()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if on_sign else Qt.CursorShape.ArrowCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.sign_at(event.position().toPoint()) is None:
            event.ignore()  # the margin beside a sign is the reader's
        else:
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        start = self.sign_at(event.position().toPoint())
        if start is not None and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(start, self.ends.get(start, start))
            return
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            start = self.sign_at(event.pos())
            if start is None:
                QToolTip.hideText()
            else:
                text = self.tr(
                    "Quoted in %n other document(s) of the library: click to see where",
                    "",
                    self.counts[start],
                )
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)
