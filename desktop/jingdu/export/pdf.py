"""A briefing note as a print-ready A4 PDF (reportlab): cover block, contents, bookmarks,
each excerpt as a quotation marked with its colour, running header and 第 N 页 / 共 M 页."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from reportlab.lib import colors
from reportlab.lib import textsplit as _textsplit
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus import paragraph as _paragraph
from reportlab.platypus.tableofcontents import TableOfContents

from jingdu.export.fonts import PdfFont
from jingdu.export.model import COLOR_NAMES, Briefing, Excerpt
from jingdu.notes.model import INK

# reportlab's rule "these may not start a line" knows Japanese punctuation but not the
# full-width marks of Chinese, so a line could begin with ，or ”. Both of its CJK line
# breakers (one frag: textsplit.wordSplit; several: paragraph.cjkFragSplit) read a
# module-level string: extend both once (this only adds marks). A run of two closing
# marks (”，) can still put the second at a line start: reportlab hangs only one.
CLOSING = "，；：？！》〉”’…％"
for _module in (_paragraph, _textsplit):
    _module.ALL_CANNOT_START += "".join(c for c in CLOSING if c not in _module.ALL_CANNOT_START)

MARGIN = 20 * mm
GREY = colors.HexColor("#666666")


def text(s: str) -> str:
    """User text as reportlab paragraph markup: escaped, line breaks kept."""
    return xml_escape(s).replace("\r\n", "\n").replace("\n", "<br/>")


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=10.5, leading=17, wordWrap="CJK")

    def s(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "title": s("title", fontSize=22, leading=30, alignment=TA_CENTER, spaceAfter=6),
        "subtitle": s("subtitle", fontSize=13, leading=20, alignment=TA_CENTER, textColor=GREY),
        "byline": s("byline", alignment=TA_CENTER, textColor=GREY, spaceBefore=6, spaceAfter=14),
        "h1": s("h1", fontSize=15, leading=22, spaceBefore=14, spaceAfter=8),
        "h2": s(
            "h2",
            fontSize=11,
            leading=16,
            textColor=GREY,
            spaceBefore=8,
            spaceAfter=4,
        ),
        "body": s("body", firstLineIndent=21),
        "quote": s("quote", fontSize=11, leading=18),
        "note": s("note", spaceBefore=3),
        "tags": s("tags", fontSize=9, leading=13, textColor=GREY),
        "cite": s("cite", fontSize=9, leading=13, textColor=GREY, alignment=TA_RIGHT),
        "context": s("context", fontSize=9, leading=14, textColor=colors.HexColor("#888888")),
        "toc": s("toc", leftIndent=0),
    }


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Draws 第 N 页 / 共 M 页 once the page count is known (pages are kept until save)."""

    def __init__(self, *args: Any, font: str = "", title: str = "", **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._pages: list[dict[str, Any]] = []
        self._font, self._title = font, title

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        width, height = A4
        self.setFont(self._font, 9)
        self.setFillColor(GREY)
        if self._pageNumber > 1:
            self.drawCentredString(width / 2, height - 12 * mm, self._title)
            self.setStrokeColor(colors.HexColor("#cccccc"))
            self.line(MARGIN, height - 14 * mm, width - MARGIN, height - 14 * mm)
        self.drawCentredString(width / 2, 10 * mm, f"第 {self._pageNumber} 页 / 共 {total} 页")


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    """Feeds group headings to the contents and the PDF outline (bookmarks)."""

    def afterFlowable(self, flowable: Any) -> None:
        key = getattr(flowable, "_bookmark", None)
        if key is None:
            return
        title, level = flowable._bookmark_title, flowable._bookmark_level
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
        if level == 0:
            self.notify("TOCEntry", (0, title, self.page, key))


def _heading(markup: str, plain: str, style: ParagraphStyle, key: str, level: int) -> Paragraph:
    p = Paragraph(markup, style)
    p._bookmark, p._bookmark_title, p._bookmark_level = key, plain, level
    return p


class _Marked(Flowable):  # type: ignore[misc]
    """A quotation with a bar of its highlight colour down its left side. (A two-cell
    Table did the same at a quarter of the whole export's time.)"""

    BAR, GAP = 2.2 * mm, 3 * mm

    def __init__(self, inner: Paragraph, color: colors.Color) -> None:
        super().__init__()
        self.inner, self.color = inner, color

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        _w, h = self.inner.wrap(width - self.BAR - self.GAP, height)
        self.width, self.height = width, h + 4
        return self.width, self.height

    def split(self, width: float, height: float) -> list[Any]:
        parts = self.inner.split(width - self.BAR - self.GAP, height - 4)
        return [_Marked(p, self.color) for p in parts]

    def draw(self) -> None:
        self.canv.setFillColor(self.color)
        self.canv.rect(0, 0, self.BAR, self.height, stroke=0, fill=1)
        self.inner.drawOn(self.canv, self.BAR + self.GAP, 2)


def _excerpt(e: Excerpt, st: dict[str, ParagraphStyle], context: bool) -> list[Any]:
    h = e.highlight
    label = f'<font size="8" color="#888888">【{COLOR_NAMES.get(h.color, h.color)}】</font>'
    quote = Paragraph(label + text(h.quote), st["quote"])
    bar = _Marked(quote, colors.HexColor(INK.get(h.color, INK["yellow"])))
    head: list[Any] = [bar]
    if h.note.strip():
        head.append(Paragraph("<font color='#444444'>批注：</font>" + text(h.note), st["note"]))
    tail: list[Any] = []
    if h.tags:
        tail.append(Paragraph("标签：" + text("、".join(h.tags)), st["tags"]))
    tail.append(Paragraph("——" + text(e.citation), st["cite"]))
    if context and e.context != h.quote:
        tail.append(Paragraph("上下文：" + text(e.context), st["context"]))
    # A short excerpt stays on one page; a 10,000-character note may flow on.
    block = head + tail
    short = len(h.note) < 600 and len(h.quote) < 600
    return [KeepTogether(block) if short else block[0], *([] if short else block[1:]), Spacer(1, 8)]


def render(b: Briefing, font: PdfFont) -> bytes:
    st = _styles(font.name)
    out = io.BytesIO()
    doc = _Doc(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title=b.title,
        author=b.author,
        subject=b.subtitle or b.title,
        keywords=[g.title for g in b.groups],
        creator="Jingdu 精读",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    story: list[Any] = [Paragraph(text(b.title), st["title"])]
    if b.subtitle:
        story.append(Paragraph(text(b.subtitle), st["subtitle"]))
    story.append(Paragraph(text(" · ".join(x for x in (b.author, b.date) if x)), st["byline"]))
    if b.preface.strip():
        story.append(_heading("前言", "前言", st["h1"], "preface", 0))
        story += [Paragraph(text(p), st["body"]) for p in b.preface.strip().split("\n\n")]
    story += [Spacer(1, 6), Paragraph(f"共 {b.excerpt_count} 条摘录。", st["tags"])]
    if len(b.groups) > 1:
        toc = TableOfContents()
        toc.levelStyles = [st["toc"]]
        # Seeded with the real titles, the contents are as tall in the first pass as in
        # the last, so the page numbers settle in two passes instead of three.
        toc._entries = ([(0, "前言", 1, "preface")] if b.preface.strip() else []) + [
            (0, f"{i}. {g.title}", 1, f"g{i}") for i, g in enumerate(b.groups, 1)
        ]
        story += [Paragraph("目录", st["h1"]), toc]
    for i, g in enumerate(b.groups, 1):
        title = f"{i}. {g.title}"
        headings = [_heading(text(title), title, st["h1"], f"g{i}", 0)]
        section: tuple[str, ...] | None = None
        for j, e in enumerate(g.excerpts):
            if b.group_by == "document" and e.sections != section:
                section = e.sections
                if section:
                    name = " › ".join(section)
                    headings.append(_heading(text(name), name, st["h2"], f"g{i}s{j}", 1))
            first, *rest = _excerpt(e, st, b.context)
            # A heading never ends a page: it travels with the excerpt below it.
            if headings:
                inner = first._content if isinstance(first, KeepTogether) else [first]
                first = KeepTogether([*headings, *inner])
            story += [first, *rest]
            headings = []

    def canvasmaker(*args: Any, **kw: Any) -> _NumberedCanvas:
        return _NumberedCanvas(*args, font=font.name, title=b.title, **kw)

    doc.multiBuild(story, canvasmaker=canvasmaker)
    return out.getvalue()
