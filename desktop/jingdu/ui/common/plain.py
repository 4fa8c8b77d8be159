"""User text (notes, tags, titles, quotes, file names) shown by Qt exactly as written.

Qt renders a tooltip, and a QLabel left at its default format, as HTML whenever
``Qt::mightBeRichText`` guesses so: a note ``<img src="file:///…">`` would load a local
file, and a million-character note starting ``<h1>`` laid out a tooltip 1.2 million
pixels tall and froze the window for seconds. Every tooltip carrying user text goes
through :func:`tooltip`, and every label that may show user text is made by
:func:`plain_label`.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

TIP_CHARS = 500
"""A tooltip is a glance: longer text is cut here, and the full text is a click away."""
TIP_LINES = 12

ELLIPSIS = "…"


def shorten(text: str, chars: int = TIP_CHARS, lines: int = TIP_LINES) -> str:
    """At most ``chars`` characters on at most ``lines`` lines; ``…`` marks a cut."""
    cut = text[:chars]
    rows = cut.split("\n", lines)
    if len(rows) > lines:
        cut = "\n".join(rows[:lines])
    return cut if len(cut) == len(text) else cut.rstrip() + ELLIPSIS


def one_line(text: str, chars: int) -> str:
    """Whitespace runs (newlines too) folded to one space, cut to ``chars`` with ``…``.

    Only a prefix is folded: a list row asks for this at every repaint, and folding a whole
    million-character note each time would stall scrolling.
    """
    head = " ".join(text[: chars * 4].split())
    if len(head) <= chars and len(text) <= chars * 4:
        return head
    return head[: chars - 1] + ELLIPSIS


def tooltip(text: str, chars: int = TIP_CHARS, lines: int = TIP_LINES) -> str:
    """``text`` as a tooltip Qt shows literally: shortened, then escaped into a paragraph.

    Escaped rich text rather than plain text, because Qt wraps a rich-text tooltip to a
    reasonable width while a plain one grows as wide as its longest line.
    """
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{escape(shorten(text, chars, lines))}</p>"


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that never interprets its text as HTML (it would by default)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def literal(text: str) -> str:
    """``text`` (a message naming files, say) as rich text Qt shows exactly as written,
    for the places that take a string only, such as QMessageBox's static functions."""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"
