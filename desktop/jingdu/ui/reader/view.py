"""The reading view: a typeset document in a centred column, with zoom, themes and marks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextCursor,
    QTextFrameFormat,
    QTextLine,
)
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from jingdu.corpus.document import Document
from jingdu.notes.edges import snap_to_words, tidy
from jingdu.notes.model import Highlight
from jingdu.ui.common import palette
from jingdu.ui.common import settings as S
from jingdu.ui.common.plain import tooltip
from jingdu.ui.common.themes import LIGHT, Theme
from jingdu.ui.reader.render import render_document
from jingdu.ui.reader.textmap import PositionMap


class ReaderView(QTextBrowser):
    position_changed = Signal(int)
    """The code-point offset at the top of the view changed (scrolling)."""
    highlight_clicked = Signal(str)
    """A highlight was clicked (its id)."""
    selection_made = Signal(int, int)
    """The user selected text: its tidied range in code points (start, end)."""
    cleared = Signal()
    """The user let go of the passage in hand: clicked where no highlight is, or Esc."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setObjectName("reader")
        self.document_: Document | None = None
        self.pmap = PositionMap("")
        self.family: str | None = None
        self._point_size = S.FONT_SIZE.default
        self._column_ems = S.COLUMN_EMS.default
        self.theme: Theme = LIGHT
        self.highlights: list[Highlight] = []
        self.snap_words = False
        """Widen selections to whole jieba words (an option of the Annotate menu)."""
        self.trim_punctuation = True
        """Drop punctuation at selection ends (an option: some keep the closing 。 or ”)."""
        self.active_highlight = ""
        self._find: list[tuple[int, int]] = []
        self._find_current = -1
        self._mark: tuple[int, int] | None = None
        self._apply_theme()
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # -- appearance --------------------------------------------------------------------

    # Kept inside the settings' ranges whoever sets them: a NaN size lays out nothing.
    @property
    def point_size(self) -> float:
        return self._point_size

    @point_size.setter
    def point_size(self, size: float) -> None:
        self._point_size = S.FONT_SIZE.clean(size)

    @property
    def column_ems(self) -> int:
        return self._column_ems

    @column_ems.setter
    def column_ems(self, ems: int) -> None:
        self._column_ems = S.COLUMN_EMS.clean(ems)

    def _apply_theme(self) -> None:
        t = self.theme
        self.setStyleSheet(
            f"QTextBrowser#reader {{ background: {t.paper}; color: {t.ink}; border: none;"
            f" selection-background-color: {t.current}; }}"
        )

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._apply_theme()
        self._rerender()

    def set_point_size(self, size: float) -> None:
        self.point_size = size
        self._rerender()

    def set_column_ems(self, ems: int) -> None:
        self.column_ems = ems
        self._fit_column()

    def _rerender(self) -> None:
        if self.document_ is not None:
            top = self.offset_at_top()
            self.show_document(self.document_, top)

    # -- showing -----------------------------------------------------------------------

    def show_document(self, doc: Document, offset: int = 0) -> None:
        qdoc, self.pmap = render_document(doc, self.family, self.point_size, self.theme)
        if self.document_ is None or self.document_.id != doc.id:
            self._find, self._find_current, self._mark = [], -1, None
        self.document_ = doc
        qdoc.setParent(self)
        self.setDocument(qdoc)
        self._fit_column(force=True)
        self._update_selections()
        if offset > 0:
            self.scroll_to_offset(offset)
        else:
            self.verticalScrollBar().setValue(0)

    def scroll_to_offset(self, offset: int, mark: tuple[int, int] | None = None) -> None:
        """Bring the text at a code-point offset near the top of the view; ``mark`` a passage."""
        qdoc = self.document()
        position = self.pmap.to_qt(offset)
        layout = qdoc.documentLayout()
        block = qdoc.findBlock(position)
        rect = layout.blockBoundingRect(block)
        line_y = rect.top()
        line = (
            block.layout().lineForTextPosition(position - block.position())
            if block.layout()
            else None
        )
        if line is not None and line.isValid():
            line_y += line.y()
        # A marked passage sits a little below the top, with its context above it.
        lead = self.viewport().height() // 4 if mark else 0
        self.verticalScrollBar().setValue(max(0, int(line_y) - lead))
        cursor = QTextCursor(qdoc)
        cursor.setPosition(position)
        self.setTextCursor(cursor)
        if mark is not None:
            self._mark = mark
            self._update_selections()

    def offset_at_top(self) -> int:
        """The code-point offset of the text at the top of the view (probed mid-column:
        the column's side margins hold no text)."""
        if (
            self.verticalScrollBar().value()
            <= self.document().rootFrame().frameFormat().topMargin()
        ):
            return 0  # above the first line: the probe would land in the margin
        cursor = self.cursorForPosition(QPoint(self.viewport().width() // 2, 4))
        return self.pmap.to_offset(cursor.position())

    def _on_scrolled(self, _value: int) -> None:
        if self.document_ is not None:
            self.position_changed.emit(self.offset_at_top())

    # -- find and marks ------------------------------------------------------------------

    def set_find_matches(self, spans: list[tuple[int, int]], current: int) -> None:
        self._find, self._find_current = spans, current
        if 0 <= current < len(spans):
            s, e = spans[current]
            qdoc = self.document()
            cursor = QTextCursor(qdoc)
            cursor.setPosition(self.pmap.to_qt(s))
            cursor.setPosition(self.pmap.to_qt(e), QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
            cursor.clearSelection()
            self.setTextCursor(cursor)
        self._update_selections()

    def clear_mark(self) -> None:
        self._mark = None
        self._update_selections()

    def set_highlights(self, highlights: list[Highlight], active: str = "") -> None:
        self.highlights = [h for h in highlights if not h.orphan]
        self.active_highlight = active
        self.viewport().update()

    def highlights_at(self, offset: int) -> list[Highlight]:
        return [h for h in self.highlights if h.start <= offset < h.end]

    def selected_range(self) -> tuple[int, int] | None:
        """The selection in code points, edges tidied (no blank or punctuation at the ends)."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or self.document_ is None:
            return None
        s = self.pmap.to_offset(cursor.selectionStart())
        e = self.pmap.to_offset(cursor.selectionEnd())
        edges = snap_to_words if self.snap_words else tidy
        return edges(self.document_.text, s, e, self.trim_punctuation)

    def select_range(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.pmap.to_qt(start))
        cursor.setPosition(self.pmap.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def marks(self) -> list[tuple[int, int, str]]:
        """Every painted span (code points) with its colour: find matches and the mark."""
        t = self.theme
        out = [
            (s, e, t.current if i == self._find_current else t.find)
            for i, (s, e) in enumerate(self._find)
        ]
        if self._mark is not None:
            out.append((*self._mark, t.current))
        return out

    def _update_selections(self) -> None:
        # Marks are painted under the text (see paintEvent), not as ExtraSelections:
        # PySide6 6.12 corrupts reference counts when both their cursor and format are set.
        self.viewport().update()

    def span_rects(self, start: int, end: int) -> list[QRectF]:
        """The rectangles, in document coordinates, that the text [start, end) occupies."""
        qdoc = self.document()
        layout = qdoc.documentLayout()
        a, b = self.pmap.to_qt(start), self.pmap.to_qt(end)
        rects: list[QRectF] = []
        block = qdoc.findBlock(a)
        while block.isValid() and block.position() <= b:
            tl = block.layout()
            origin = layout.blockBoundingRect(block).topLeft()
            lo, hi = (
                max(a, block.position()) - block.position(),
                min(b, block.position() + block.length() - 1) - block.position(),
            )
            for i in range(tl.lineCount() if tl else 0):
                line = tl.lineAt(i)
                ls, le = line.textStart(), line.textStart() + line.textLength()
                s, e = max(lo, ls), min(hi, le)
                if s >= e:
                    continue
                x1, x2 = _x(line, s), _x(line, e)
                rects.append(
                    QRectF(
                        origin.x() + min(x1, x2), origin.y() + line.y(), abs(x2 - x1), line.height()
                    )
                )
            block = block.next()
        return rects

    def _paint_highlights(self, painter: QPainter, first: int, last: int, top: int) -> None:
        dx = -self.horizontalScrollBar().value()
        dark = self.theme.dark
        for h in self.highlights:
            if h.end < first or h.start > last:
                continue
            rects = [r.translated(dx, -top) for r in self.span_rects(h.start, h.end)]
            color = palette.fill(h.color, dark)
            for r in rects:
                if h.style == "underline":
                    painter.fillRect(
                        QRectF(r.left(), r.bottom() - 3, r.width(), 3), palette.solid(h.color)
                    )
                else:
                    painter.fillRect(r, color)
            if rects and h.id == self.active_highlight:
                pen = QPen(palette.solid(h.color))
                pen.setWidthF(1.5)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                for r in rects:
                    painter.drawRect(r.adjusted(0, 0, -1, -1))
            if rects and h.note:
                # A note: a small dot where the highlight ends.
                end_rect = rects[-1]
                painter.setBrush(palette.solid(h.color).darker(140))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawEllipse(QRectF(end_rect.right() - 3, end_rect.top() - 3, 7, 7))

    def paintEvent(self, event: QPaintEvent) -> None:
        spans = self.marks()
        if self.highlights and self.document_ is not None:
            top = self.verticalScrollBar().value()
            first = self.pmap.to_offset(self.cursorForPosition(QPoint(0, 0)).position())
            bottom = QPoint(self.viewport().width(), self.viewport().height())
            last = self.pmap.to_offset(self.cursorForPosition(bottom).position())
            painter = QPainter(self.viewport())
            self._paint_highlights(painter, first - 500, last + 500, top)
            painter.end()
        if spans and self.document_ is not None:
            top = self.verticalScrollBar().value()
            first = self.pmap.to_offset(self.cursorForPosition(QPoint(0, 0)).position())
            last = self.pmap.to_offset(
                self.cursorForPosition(
                    QPoint(self.viewport().width(), self.viewport().height())
                ).position()
            )
            painter = QPainter(self.viewport())
            for s, e, color in spans:
                if e < first - 2000 or s > last + 2000:
                    continue  # far off screen
                for r in self.span_rects(s, e):
                    painter.fillRect(
                        r.translated(-self.horizontalScrollBar().value(), -top), QColor(color)
                    )
            painter.end()
        super().paintEvent(event)

    # -- layout --------------------------------------------------------------------------

    def _fit_column(self, force: bool = False) -> None:
        font = QFont(self.family) if self.family else QFont()
        font.setPointSizeF(self.point_size)
        width = QFontMetricsF(font).horizontalAdvance("中") * self.column_ems
        side = max(24.0, (self.viewport().width() - width) / 2)
        root = self.document().rootFrame()
        fmt: QTextFrameFormat = root.frameFormat()
        if force or abs(fmt.leftMargin() - side) > 1:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(32)
            fmt.setBottomMargin(48)
            root.setFrameFormat(fmt)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        picked = self.selected_range()
        if picked is not None:
            self.selection_made.emit(*picked)
            return
        press = getattr(self, "_press", None)
        if press is not None and (event.position().toPoint() - press).manhattanLength() < 4:
            offset = self.pmap.to_offset(
                self.cursorForPosition(event.position().toPoint()).position()
            )
            hits = self.highlights_at(offset)
            if hits:
                # The innermost (shortest) highlight under the pointer.
                self.highlight_clicked.emit(min(hits, key=lambda h: h.end - h.start).id)
            else:
                self.cleared.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            cursor = self.textCursor()
            cursor.clearSelection()
            self.setTextCursor(cursor)
            self.cleared.emit()
            return
        super().keyPressEvent(event)

    def shows(self, start: int, end: int) -> bool:
        """Whether any of the passage [start, end) is on screen."""
        top = QTextCursor(self.document())
        top.setPosition(self.pmap.to_qt(start))
        bottom = QTextCursor(self.document())
        bottom.setPosition(self.pmap.to_qt(end))
        first, last = self.cursorRect(top), self.cursorRect(bottom)
        return last.bottom() >= 0 and first.top() <= self.viewport().height()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        super().keyReleaseEvent(event)
        if event.key() == Qt.Key.Key_Shift or event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            picked = self.selected_range()
            if picked is not None:
                self.selection_made.emit(*picked)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_column()

    def viewportEvent(self, event: QEvent) -> bool:
        # QTextBrowser does not show character-format tooltips (footnote bodies) by itself.
        # Both kinds are the user's or an imported file's text: shown plain and cut short.
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cursor = self.cursorForPosition(event.pos())
            tip = cursor.charFormat().toolTip()
            if not tip:
                tip = "\n\n".join(
                    "  ".join(f"#{t}" for t in h.tags)
                    + ("\n" if h.tags and h.note else "")
                    + h.note
                    for h in self.highlights_at(self.pmap.to_offset(cursor.position()))
                    if h.note or h.tags
                )
            if tip:
                QToolTip.showText(event.globalPos(), tooltip(tip), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


def _x(line: QTextLine, position: int) -> float:
    """The x of a text position in a laid-out line (PySide returns ``(x, position)``)."""
    result: Any = line.cursorToX(position)
    return float(result[0] if isinstance(result, tuple) else result)
