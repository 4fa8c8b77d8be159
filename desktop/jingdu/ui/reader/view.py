"""The reading view: a typeset document in a centred column, with zoom, themes and marks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from jingdu.corpus.document import Document
from jingdu.notes.edges import snap_to_words, tidy
from jingdu.notes.model import Highlight
from jingdu.ui.common import settings as S
from jingdu.ui.common.plain import tooltip
from jingdu.ui.common.themes import LIGHT, Theme
from jingdu.ui.reader import paint
from jingdu.ui.reader.footnotes import NoteLinks
from jingdu.ui.reader.render import render_document
from jingdu.ui.reader.textmap import PositionMap
from jingdu.ui.reader.words import word_at

SIDE = 24.0
"""The narrowest side margin of the column, in pixels."""
BAR_GAP = 12.0
WARM_UP_TEXT = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工"
    "也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小"
    "物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形"
    "相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建"
    "月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长"
    "求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战"
    "，。、；：？！“”‘’（）《》〈〉——……·0123456789%ABCDEFGHIJabcdefghij"
)
"""Common characters and the punctuation of Chinese prose, for :meth:`ReaderView.warm_up`."""
"""How far left of the column the bar beside an opened passage stands."""
_K = Qt.Key
_CARET_KEYS = {
    *(_K.Key_Left, _K.Key_Right, _K.Key_Up, _K.Key_Down),
    *(_K.Key_Home, _K.Key_End, _K.Key_PageUp, _K.Key_PageDown),
}


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
        # After setReadOnly, which resets them. A caret the keyboard moves and selects
        # with (Shift+arrows), and the links (footnote markers) by mouse, Tab and Enter.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setObjectName("reader")
        self.document_: Document | None = None
        self.pmap = PositionMap("")
        self.family: str | None = None
        self._point_size = S.FONT_SIZE.default
        self._column_ems = S.COLUMN_EMS.default
        self._line_spacing = S.LINE_SPACING.default
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
        self.notes = NoteLinks(self)
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

    @property
    def line_spacing(self) -> float:
        return self._line_spacing

    @line_spacing.setter
    def line_spacing(self, spacing: float) -> None:
        self._line_spacing = S.LINE_SPACING.clean(spacing)

    def _apply_theme(self) -> None:
        t = self.theme
        self.setStyleSheet(
            f"QTextBrowser#reader {{ background: {t.paper}; color: {t.ink}; border: none;"
            f" selection-background-color: {t.selection}; selection-color: {t.ink}; }}"
        )

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._apply_theme()
        self._rerender()

    def set_point_size(self, size: float) -> None:
        self.point_size = size
        self._rerender()

    def set_family(self, family: str | None) -> None:
        self.family = family or None
        self._rerender()

    def set_line_spacing(self, spacing: float) -> None:
        self.line_spacing = spacing
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
        qdoc, self.pmap = render_document(
            doc, self.family, self.point_size, self.theme, self.line_spacing
        )
        if self.document_ is None or self.document_.id != doc.id:
            self._find, self._find_current, self._mark = [], -1, None
            self.notes.back_stack = []
        self.document_ = doc
        qdoc.setParent(self)
        # The column's margins go on before the document is shown: set after, they
        # would lay the whole document out a second time.
        self._fit_column(qdoc, force=True)
        self.setDocument(qdoc)
        self._update_selections()
        if offset > 0:
            self.scroll_to_offset(offset)
        else:
            self.verticalScrollBar().setValue(0)

    def warm_up(self) -> None:
        """Load the reading font and shape and draw common characters, in the time the
        library takes to open: done in the moment the first document appears, this
        first-use work froze the window for a few hundredths of a second more."""
        qdoc = QTextDocument()
        font = QFont(self.family) if self.family else QFont()
        font.setPointSizeF(self.point_size)
        qdoc.setDefaultFont(font)
        cursor = QTextCursor(qdoc)
        cursor.insertText(WARM_UP_TEXT)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        cursor.insertText(WARM_UP_TEXT[:40], bold)  # headings
        qdoc.setTextWidth(self.em() * self.column_ems)
        image = QImage(qdoc.size().toSize(), QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        qdoc.drawContents(painter)
        painter.end()

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

    def offset_under(self, point: QPoint) -> int | None:
        """The code-point offset of the character drawn under ``point`` (viewport
        coordinates), or None between lines, in a margin or past a line's end.

        Not ``cursorForPosition``: that is the nearest gap between two characters, which
        is the one before the pointer over the left half of a character."""
        if self.document_ is None:
            return None
        gap = self.pmap.to_offset(self.cursorForPosition(point).position())
        shift = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        where = point + shift
        for offset in (gap - 1, gap):
            if not 0 <= offset < len(self.document_.text):
                continue
            for r in self.span_rects(offset, offset + 1):
                if r.contains(where.toPointF()):
                    return offset
        return None

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

    def passage(self) -> tuple[int, int] | None:
        """The opened passage (a search hit, a highlight from the browser, a note) that is
        marked, in code points."""
        return self._mark

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
        """The find matches (code points) with their colours; the opened passage, marked
        differently, is :meth:`passage`."""
        t = self.theme
        return [
            (s, e, t.current if i == self._find_current else t.find)
            for i, (s, e) in enumerate(self._find)
        ]

    def _update_selections(self) -> None:
        self.viewport().update()

    def span_rects(self, start: int, end: int) -> list[QRectF]:
        """The rectangles, in document coordinates, that the text [start, end) occupies."""
        return paint.span_rects(self.document(), self.pmap, start, end)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.document_ is not None and (self.highlights or self._find or self._mark):
            top = self.verticalScrollBar().value()
            dx = -self.horizontalScrollBar().value()
            first = self.pmap.to_offset(self.cursorForPosition(QPoint(0, 0)).position())
            bottom = QPoint(self.viewport().width(), self.viewport().height())
            last = self.pmap.to_offset(self.cursorForPosition(bottom).position())

            def shown(s: int, e: int, reach: int) -> list[QRectF]:
                if e < first - reach or s > last + reach:
                    return []  # far off screen
                return [r.translated(dx, -top) for r in self.span_rects(s, e)]

            painter = QPainter(self.viewport())
            dark = self.theme.dark
            for h in self.highlights:
                rects = shown(h.start, h.end, 500)
                paint.paint_highlight(painter, h, rects, dark, h.id == self.active_highlight)
            if self._mark is not None:
                margin = self.document().rootFrame().frameFormat().leftMargin()
                x = margin + dx - BAR_GAP
                paint.paint_passage(painter, shown(*self._mark, 2000), self.theme, x)
            for s, e, color in self.marks():
                for r in shown(s, e, 2000):
                    painter.fillRect(r, QColor(color))
            painter.end()
        super().paintEvent(event)

    # -- layout --------------------------------------------------------------------------

    def em(self) -> float:
        """The width of one Chinese character of the text, in pixels."""
        font = QFont(self.family) if self.family else QFont()
        font.setPointSizeF(self.point_size)
        return QFontMetricsF(font).horizontalAdvance("中")

    def fitting_ems(self) -> int:
        """How many characters a line can hold in this view with the narrowest margins."""
        return max(1, int((self.viewport().width() - 2 * SIDE) / self.em()))

    def effective_ems(self) -> int:
        """The characters in a full line as shown: the column width, unless the view is
        too narrow for it."""
        return min(self.column_ems, self.fitting_ems())

    def _fit_column(self, qdoc: QTextDocument | None = None, force: bool = False) -> None:
        width = self.em() * self.column_ems
        side = max(SIDE, (self.viewport().width() - width) / 2)
        root = (qdoc or self.document()).rootFrame()
        fmt: QTextFrameFormat = root.frameFormat()
        if force or abs(fmt.leftMargin() - side) > 1:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(32)
            fmt.setBottomMargin(48)
            root.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_column()

    # -- mouse ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A word as jieba segments it (Qt's word boundaries are spaces, which Chinese
        does not have); nothing on punctuation. Reported when the button is released."""
        if event.button() != Qt.MouseButton.LeftButton or self.document_ is None:
            super().mouseDoubleClickEvent(event)
            return
        offset = self.offset_under(event.position().toPoint())
        word = word_at(self.document_.text, offset) if offset is not None else None
        if word is not None:
            self.select_range(*word)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position().toPoint()
        picked = self.selected_range()
        if picked is not None:
            self.selection_made.emit(*picked)
            return
        press = getattr(self, "_press", None)
        if press is None or (point - press).manhattanLength() >= 4:
            return
        if self.anchorAt(point):
            return  # a footnote marker: followed (anchorClicked), not a click on the text
        offset = self.pmap.to_offset(self.cursorForPosition(point).position())
        hits = self.highlights_at(offset)
        if hits:
            # The innermost (shortest) highlight under the pointer.
            self.highlight_clicked.emit(min(hits, key=lambda h: h.end - h.start).id)
        else:
            self.cleared.emit()

    # -- keyboard ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key == _K.Key_Escape and mods == Qt.KeyboardModifier.NoModifier:
            cursor = self.textCursor()
            cursor.clearSelection()
            self.setTextCursor(cursor)
            self.cleared.emit()
            return
        if key == _K.Key_Left and mods == Qt.KeyboardModifier.AltModifier:
            # The window's Back takes Alt+Left when it has somewhere to go; else, out of
            # a followed note (QTextBrowser's own Alt+Left would go back in its sources).
            self.notes.back()
            return
        if key in _CARET_KEYS and not self._caret_on_screen():
            # The caret where the reader is looking, not where the text was last clicked
            # before scrolling: Shift+Right then selects what is on screen, and Page Down
            # turns the page on screen instead of jumping back to the caret.
            cursor = self.cursorForPosition(QPoint(self.viewport().width() // 2, 4))
            cursor.movePosition(QTextCursor.MoveOperation.StartOfLine)
            self.setTextCursor(cursor)
        if key in (_K.Key_Up, _K.Key_Down) and mods == Qt.KeyboardModifier.NoModifier:
            # Up and Down read on: the text scrolls a line and the caret rides along,
            # keeping its place on screen (as arrows scrolled before the caret existed).
            before = self.cursorRect().top()
            super().keyPressEvent(event)
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + self.cursorRect().top() - before)
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        super().keyReleaseEvent(event)
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if event.key() == _K.Key_Shift or (shift and event.key() != _K.Key_Backtab):
            picked = self.selected_range()
            # Shift+Tab selects a footnote marker to follow it: that is no passage.
            if picked is not None and self.notes.spanning(*picked) is None:
                self.selection_made.emit(*picked)

    def _caret_on_screen(self) -> bool:
        r = self.cursorRect()
        return r.bottom() >= 0 and r.top() <= self.viewport().height()

    def shows(self, start: int, end: int) -> bool:
        """Whether any of the passage [start, end) is on screen."""
        top = QTextCursor(self.document())
        top.setPosition(self.pmap.to_qt(start))
        bottom = QTextCursor(self.document())
        bottom.setPosition(self.pmap.to_qt(end))
        first, last = self.cursorRect(top), self.cursorRect(bottom)
        return last.bottom() >= 0 and first.top() <= self.viewport().height()

    def viewportEvent(self, event: QEvent) -> bool:
        # QTextBrowser shows no tooltips of its own: a footnote marker shows its note (or
        # says it is missing), a highlight its tags and note. Both are the user's or an
        # imported file's text: shown plain and cut short.
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            fn = self.notes.at(event.pos())
            if fn is not None:
                tip = self.notes.tip(fn)
            else:
                offset = self.offset_under(event.pos())
                tip = "\n\n".join(
                    "  ".join(f"#{t}" for t in h.tags)
                    + ("\n" if h.tags and h.note else "")
                    + h.note
                    for h in (self.highlights_at(offset) if offset is not None else [])
                    if h.note or h.tags
                )
            if tip:
                QToolTip.showText(event.globalPos(), tooltip(tip), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
