"""What the reader paints under its text: highlights, find matches, the opened passage.

Drawn by hand under the text rather than as ExtraSelections: PySide6 6.12 corrupts
reference counts when both an ExtraSelection's cursor and format are set.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextDocument, QTextLine

from jingdu.notes.model import Highlight
from jingdu.ui.common import palette
from jingdu.ui.common.themes import Theme
from jingdu.ui.reader.textmap import PositionMap

PASSAGE_WASH = 30
"""Alpha of the ink-coloured wash over an opened passage: little enough that a
highlight's own colour still reads through (a yellow stays yellow, a green green),
unlike the opaque orange it replaces, which hid the colour and looked like the current
find match and the orange highlight."""
PASSAGE_LINE = 2.0
"""Thickness of the rule under an opened passage and of the bar in the margin beside
it: what makes a four-character search hit stand out on the page."""


def passage_colors(theme: Theme) -> tuple[QColor, QColor]:
    """The wash, and the rule and bar, of an opened passage: the theme's ink, so
    neutral, never one of the highlight or find colours."""
    wash = QColor(theme.ink)
    wash.setAlpha(PASSAGE_WASH)
    rule = QColor(theme.ink)
    rule.setAlpha(170)
    return wash, rule


def span_rects(qdoc: QTextDocument, pmap: PositionMap, start: int, end: int) -> list[QRectF]:
    """The rectangles, in document coordinates, that the text [start, end) occupies."""
    layout = qdoc.documentLayout()
    a, b = pmap.to_qt(start), pmap.to_qt(end)
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
                QRectF(origin.x() + min(x1, x2), origin.y() + line.y(), abs(x2 - x1), line.height())
            )
        block = block.next()
    return rects


def paint_highlight(
    painter: QPainter, h: Highlight, rects: list[QRectF], dark: bool, active: bool
) -> None:
    color = palette.fill(h.color, dark)
    for r in rects:
        if h.style == "underline":
            painter.fillRect(QRectF(r.left(), r.bottom() - 3, r.width(), 3), palette.solid(h.color))
        else:
            painter.fillRect(r, color)
    if rects and active:
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


def paint_passage(painter: QPainter, rects: list[QRectF], theme: Theme, margin_x: float) -> None:
    """An opened passage: a neutral wash and a rule under its lines, and a bar in the
    left margin (as a revised passage is marked in print), so that it is found at a
    glance without covering the colour of a highlight on it."""
    if not rects:
        return
    wash, rule = passage_colors(theme)
    for r in rects:
        painter.fillRect(r, wash)
        painter.fillRect(QRectF(r.left(), r.bottom() - PASSAGE_LINE, r.width(), PASSAGE_LINE), rule)
    top = min(r.top() for r in rects)
    bottom = max(r.bottom() for r in rects)
    x = max(2.0, margin_x)
    painter.fillRect(QRectF(QPointF(x, top), QPointF(x + PASSAGE_LINE + 1, bottom)), rule)


def _x(line: QTextLine, position: int) -> float:
    """The x of a text position in a laid-out line (PySide returns ``(x, position)``)."""
    result: Any = line.cursorToX(position)
    return float(result[0] if isinstance(result, tuple) else result)
