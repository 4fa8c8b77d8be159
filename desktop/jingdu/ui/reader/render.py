"""Typesetting a Document into a QTextDocument for long Chinese reading.

Each paragraph becomes one text block whose start is recorded in a
PositionMap, so code-point offsets (search hits, highlights, outline entries)
convert exactly to Qt positions and back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from jingdu.corpus.document import Document, Paragraph
from jingdu.ui.common import settings as S
from jingdu.ui.common.themes import LIGHT, Theme
from jingdu.ui.reader.textmap import PositionMap

_HEADING_SCALE = {0: 1.6, 1: 1.35, 2: 1.18, 3: 1.07, 4: 1.0}
_ALIGN = Qt.AlignmentFlag


NOTE_HREF = "#fn-"
"""A footnote marker is a link to its note: ``#fn-`` and the marker's code-point start."""


def note_href(marker_start: int) -> str:
    return f"{NOTE_HREF}{marker_start}"


def marker_start(href: str) -> int | None:
    """The code-point start of the footnote marker a link names, or None."""
    tail = href[len(NOTE_HREF) :] if href.startswith(NOTE_HREF) else ""
    return int(tail) if tail.isdigit() else None


class _Typesetter:
    def __init__(
        self, qdoc: QTextDocument, point_size: float, theme: Theme, line_spacing: float
    ) -> None:
        self.cursor = QTextCursor(qdoc)
        self.em = point_size
        self.theme = theme
        self.line_percent = round(line_spacing * 100)
        self._first = True

    def chars(
        self, scale: float = 1.0, bold: bool = False, color: str | None = None
    ) -> QTextCharFormat:
        f = QTextCharFormat()
        f.setFontPointSize(self.em * scale)
        f.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        f.setForeground(QColor(color or self.theme.ink))
        return f

    def block(
        self,
        top: float = 0.0,
        bottom: float = 0.45,
        indent: float = 0.0,
        align: Qt.AlignmentFlag = _ALIGN.AlignJustify,
    ) -> QTextBlockFormat:
        f = QTextBlockFormat()
        f.setTopMargin(top * self.em)
        f.setBottomMargin(bottom * self.em)
        f.setTextIndent(indent * self.em)
        f.setAlignment(align)
        f.setLineHeight(
            self.line_percent, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        return f

    def start_block(self, bf: QTextBlockFormat, cf: QTextCharFormat) -> None:
        if self._first:
            self.cursor.setBlockFormat(bf)
            self.cursor.setBlockCharFormat(cf)
            self._first = False
        else:
            self.cursor.insertBlock(bf, cf)

    def line(self, text: str, bf: QTextBlockFormat, cf: QTextCharFormat) -> None:
        self.start_block(bf, cf)
        self.cursor.insertText(text, cf)

    def formats(self, p: Paragraph) -> tuple[QTextBlockFormat, QTextCharFormat]:
        muted = self.theme.muted
        if p.kind == "heading":
            bf = self.block(
                1.4 if p.level <= 1 else 0.9,
                0.5,
                align=_ALIGN.AlignCenter if p.level <= 1 else _ALIGN.AlignLeft,
            )
            return bf, self.chars(_HEADING_SCALE.get(p.level, 1.0), bold=True)
        if p.kind == "signature":
            return self.block(0.2, 0.8, align=_ALIGN.AlignRight), self.chars(0.95, color=muted)
        if p.kind == "quote":
            bf = self.block(0.3, 0.3, indent=2.0)
            bf.setLeftMargin(2 * self.em)
            bf.setRightMargin(2 * self.em)
            return bf, self.chars(color=self.theme.quote)
        if p.kind == "note":
            return self.block(0, 0.35, align=_ALIGN.AlignLeft), self.chars(0.82, color=muted)
        return self.block(0, 0.45, indent=2.0), self.chars()


def render_document(
    doc: Document,
    family: str | None,
    point_size: float = 13.0,
    theme: Theme = LIGHT,
    line_spacing: float = S.LINE_SPACING.default,
) -> tuple[QTextDocument, PositionMap]:
    qdoc = QTextDocument()
    base = QFont(family) if family else QFont()
    base.setPointSizeF(point_size)
    qdoc.setDefaultFont(base)
    qdoc.setDocumentMargin(24)
    ts = _Typesetter(qdoc, point_size, theme, line_spacing)
    pmap = PositionMap(doc.text)
    muted = theme.muted

    opens_with_title = (
        bool(doc.paragraphs)
        and doc.paragraphs[0].kind == "heading"
        and doc.paragraphs[0].level == 0
    )
    if not opens_with_title:
        # The title is metadata here (a running header, or inferred): shown, not part of the text.
        ts.line(doc.title, ts.block(0, 0.3, align=_ALIGN.AlignCenter), ts.chars(1.6, bold=True))
        provenance = {
            "header": QCoreApplication.translate("Reader", "title taken from the running header"),
            "derived": QCoreApplication.translate(
                "Reader", "title inferred by Jingdu from the opening sentence"
            ),
        }.get(doc.title_source)
        if provenance:
            ts.line(
                provenance, ts.block(0, 0.6, align=_ALIGN.AlignCenter), ts.chars(0.8, color=muted)
            )
        if doc.authors:
            ts.line(
                "　".join(doc.authors),
                ts.block(0, 1.2, align=_ALIGN.AlignCenter),
                ts.chars(0.95, color=muted),
            )

    markers = sorted(doc.footnotes, key=lambda f: f.start)
    m = 0
    in_notes = False
    for p in doc.paragraphs:
        if p.kind == "note" and not in_notes:
            in_notes = True
            ts.line(
                QCoreApplication.translate("Reader", "Notes"),
                ts.block(2.0, 0.5, align=_ALIGN.AlignLeft),
                ts.chars(1.07, bold=True, color=muted),
            )
        bf, cf = ts.formats(p)
        ts.start_block(bf, cf)
        pmap.add(p.start, p.end, ts.cursor.position())
        pos = p.start
        # Footnote markers inside this paragraph are set as superscript links to their notes:
        # Qt then gives them the pointing hand, Tab and Enter, and the whole glyph hit-tests
        # as the link (the reader shows the note, or says it is missing, and follows it).
        while m < len(markers) and markers[m].start < p.end:
            fn = markers[m]
            m += 1
            if fn.start < pos:
                continue
            ts.cursor.insertText(doc.text[pos : fn.start], cf)
            mf = QTextCharFormat(cf)
            mf.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
            mf.setForeground(QColor(theme.accent))
            mf.setAnchor(True)
            mf.setAnchorHref(note_href(fn.start))
            if fn.note_start >= 0:  # on the format too; the reader's own tip is in footnotes.py
                mf.setToolTip(doc.text[fn.note_start : fn.note_end])
            ts.cursor.insertText(doc.text[fn.start : fn.end], mf)
            pos = fn.end
        ts.cursor.insertText(doc.text[pos : p.end], cf)
    return qdoc, pmap
