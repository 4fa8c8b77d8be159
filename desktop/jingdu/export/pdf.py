"""A briefing note as a print-ready A4 PDF (reportlab): cover block, contents, bookmarks,
each excerpt as a quotation marked with its colour, running header and 第 N 页 / 共 M 页."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents
from reportlab.platypus.tableofcontents import defaultTableStyle as _toc_table

from jingdu.export import charts
from jingdu.export.bold import SyntheticBold
from jingdu.export.fonts import PdfFont
from jingdu.export.glyphs import Glyphs
from jingdu.export.linebreak import ChineseParagraph
from jingdu.export.model import Briefing, Excerpt, preview
from jingdu.notes.model import INK
from jingdu.progress import Progress

MARGIN = 20 * mm
GREY = colors.HexColor("#666666")
TOC_TABLE = _toc_table.getCommands()


def _styles(font: PdfFont) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font.name, fontSize=10.5, leading=17, wordWrap="CJK")

    def s(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    bold = font.bold or font.name  # without a bold face, headings are stroked: see _Writer
    return {
        "title": s(
            "title", fontName=bold, fontSize=22, leading=30, alignment=TA_CENTER, spaceAfter=6
        ),
        "subtitle": s("subtitle", fontSize=13, leading=20, alignment=TA_CENTER, textColor=GREY),
        "byline": s("byline", alignment=TA_CENTER, textColor=GREY, spaceBefore=6, spaceAfter=14),
        "h1": s("h1", fontName=bold, fontSize=15, leading=22, spaceBefore=14, spaceAfter=8),
        "h2": s(
            "h2",
            fontName=bold,
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

    def __init__(
        self, *args: Any, font: str = "", title: Sequence[tuple[str, str]] = (), **kw: Any
    ) -> None:
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
            runs = _elide(self._title, 9, width - 2 * MARGIN, self._font)
            self._draw_centred(width / 2, height - 12 * mm, runs, 9)
            self.setStrokeColor(colors.HexColor("#cccccc"))
            self.line(MARGIN, height - 14 * mm, width - MARGIN, height - 14 * mm)
        self.drawCentredString(width / 2, 10 * mm, f"第 {self._pageNumber} 页 / 共 {total} 页")

    def _draw_centred(
        self, x: float, y: float, runs: Sequence[tuple[str, str]], size: float
    ) -> None:
        """Text in several fonts (see Glyphs.runs), centred on x."""
        width = sum(stringWidth(s, font, size) for font, s in runs)
        tx = self.beginText(x - width / 2, y)
        for font, s in runs:
            tx.setFont(font, size)
            tx.textOut(s)
        self.drawText(tx)


def _elide(
    runs: Sequence[tuple[str, str]], size: float, room: float, font: str
) -> list[tuple[str, str]]:
    """The runs cut to ``room`` points with … at the end (a long title in the header)."""
    out: list[tuple[str, str]] = []
    used, ellipsis = 0.0, stringWidth("…", font, size)
    for name, s in runs:
        width = stringWidth(s, name, size)
        if used + width <= room:
            out.append((name, s))
            used += width
            continue
        kept = ""
        for c in s:
            w = stringWidth(c, name, size)
            if used + w + ellipsis > room:
                break
            kept, used = kept + c, used + w
        return [*out, *([(name, kept)] if kept else []), (font, "…")]
    return out


class AfterExcerpt(Spacer):  # type: ignore[misc]
    """The space after an excerpt, which also marks that the excerpt is laid out."""


class BriefingDoc(BaseDocTemplate):  # type: ignore[misc]
    """Feeds group headings to the contents and the PDF outline (bookmarks)."""

    on_excerpt: Callable[[], None] | None = None
    """Called as each excerpt is laid out (progress, and the chance to cancel)."""

    def report(self, progress: Progress | None, total: int) -> None:
        """Have ``progress(done, total, "pdf")`` called as each excerpt is laid out."""
        if progress is None:
            return
        placed = 0

        def on_excerpt() -> None:
            nonlocal placed
            placed += 1
            progress(min(placed, total), total, "pdf")

        self.on_excerpt = on_excerpt

    def afterFlowable(self, flowable: Any) -> None:
        if isinstance(flowable, AfterExcerpt) and self.on_excerpt is not None:
            self.on_excerpt()
        key = getattr(flowable, "_bookmark", None)
        if key is None:
            return
        title, level = flowable._bookmark_title, flowable._bookmark_level
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
        if level == 0:
            # The contents take markup: the plain title would break on a tag like R&D.
            self.notify("TOCEntry", (0, flowable._bookmark_markup, self.page, key))


class _Inked:
    """Draws only on a canvas that will be printed. With contents, the first layout pass
    just finds each group's page for them; its canvas is thrown away, so drawing the
    text there (a third of an export's time) is skipped."""

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        if not getattr(canvas, "counting_pages", False):
            super().drawOn(canvas, x, y, _sW)  # type: ignore[misc]


class Para(_Inked, ChineseParagraph):
    pass


class _BoldPara(_Inked, SyntheticBold):
    pass


class _Marked(_Inked, Flowable):  # type: ignore[misc]
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


class _Writer:
    """Makes the story's paragraphs: Chinese line breaking, user text through the glyph
    fallback, headings bold (the font's bold face, else stroked glyphs)."""

    def __init__(self, b: Briefing, font: PdfFont) -> None:
        self.b = b
        self.st = _styles(font)
        self.glyphs = Glyphs(font.name)
        self.text = self.glyphs.text
        self._heading_class = Para if font.bold else _BoldPara

    def para(self, markup: str, style: str) -> Paragraph:
        return Para(markup, self.st[style])

    def heading(self, plain: str, style: str, key: str = "", level: int = 0) -> Paragraph:
        """A heading; with a key, also a bookmark and (level 0) an entry in the contents."""
        markup = self.text(plain)
        p = self._heading_class(markup, self.st[style])
        if key:
            p._bookmark, p._bookmark_title, p._bookmark_level = key, plain, level
            p._bookmark_markup = markup
        return p

    def _quote(self, e: Excerpt, quote: str, anchor: str = "") -> _Marked:
        """The quote with its colour, named ``anchor`` for links to it."""
        color = e.highlight.color
        label = f'<font size="8" color="#888888">{self.text(self.b.label(color))}</font>'
        name = f'<a name="{anchor}"/>' if anchor else ""
        return _Marked(
            self.para(name + label + self.text(quote), "quote"),
            colors.HexColor(INK.get(color, INK["yellow"])),
        )

    def excerpt(self, e: Excerpt, context: bool, anchor: str = "") -> list[Any]:
        h, text, para = e.highlight, self.text, self.para
        head: list[Any] = [self._quote(e, h.quote, anchor)]
        if h.note.strip():
            head.append(para("<font color='#444444'>批注：</font>" + text(h.note), "note"))
        tail: list[Any] = []
        tags = "、".join(h.tags)
        if tags:
            tail.append(para("标签：" + text(tags), "tags"))
        tail.append(para("——" + text(e.citation), "cite"))
        if context and e.context != h.quote:
            tail.append(para("上下文：" + text(e.context), "context"))
        # A short excerpt stays on one page; a 10,000-character note may flow on.
        block = head + tail
        short = max(len(h.note), len(h.quote), len(tags), len(e.context) if context else 0) < 600
        first = KeepTogether(block) if short else block[0]
        return [first, *([] if short else block[1:]), AfterExcerpt(1, 8)]

    def reference(self, e: Excerpt, home: str, anchor: str) -> list[Any]:
        """An excerpt printed in full under another group (see Briefing.home): the
        opening of its quote, and a link to the whole."""
        link = f'<a href="#{anchor}" color="#1a5fb4">「{self.text(home)}」</a>'
        block = [self._quote(e, preview(e.highlight.quote)), self.para("——详见" + link, "cite")]
        return [KeepTogether(block), AfterExcerpt(1, 8)]


def render(b: Briefing, font: PdfFont) -> bytes:
    return render_with_missing(b, font)[0]


def render_with_missing(
    b: Briefing, font: PdfFont, progress: Progress | None = None
) -> tuple[bytes, str]:
    """The PDF, and the characters no installed font could draw (printed as their code
    points: see :class:`jingdu.export.result.Exported`). ``progress(done, total, "pdf")``
    is called as excerpts are laid out; an exception it raises stops the export."""
    w = _Writer(b, font)
    out = io.BytesIO()
    doc = BriefingDoc(
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
        initialFontName=font.name,  # else every page names Helvetica, which is not embedded
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    story: list[Any] = [w.heading(b.title, "title")]
    if b.subtitle:
        story.append(w.para(w.text(b.subtitle), "subtitle"))
    story.append(w.para(w.text(" · ".join(x for x in (b.author, b.date) if x)), "byline"))
    preface = w.heading("前言", "h1", "preface") if b.preface.strip() else None
    if preface:
        story.append(preface)
        story += [w.para(w.text(p), "body") for p in b.preface.strip().split("\n\n")]
    story += charts.pdf_story(
        b.figures,
        font.name,
        doc.width,
        lambda text: w.heading(text, "h1"),
        lambda text: w.para(w.text(text), "tags"),
    )
    story += [Spacer(1, 6), w.para(f"共 {b.excerpt_count} 条摘录。", "tags")]
    groups = [w.heading(f"{i}. {g.title}", "h1", f"g{i}") for i, g in enumerate(b.groups, 1)]
    contents = len(b.groups) > 1  # a table of contents, which takes two layout passes
    if contents:
        # The contents' table would otherwise name Helvetica, a font not embedded.
        toc = TableOfContents(
            tableStyle=TableStyle([*TOC_TABLE, ("FONT", (0, 0), (-1, -1), font.name)])
        )
        toc.levelStyles = [w.st["toc"]]
        # Seeded with the real titles, the contents are as tall in the first pass as in
        # the last, so the page numbers settle in two passes instead of three. Page 0
        # is no real page: the first pass is never the last (it prints nothing).
        toc._entries = [(0, h._bookmark_markup, 0, h._bookmark) for h in [preface, *groups] if h]
        story += [w.heading("目录", "h1"), toc]
    # Anchors for the excerpts other groups refer to, named by number: user text
    # (an id) stays out of the markup.
    referred = {
        e.highlight.id
        for i, g in enumerate(b.groups)
        for e in g.excerpts
        if b.home[e.highlight.id] != i
    }
    anchors = {hid: f"x{n}" for n, hid in enumerate(h for h in b.home if h in referred)}
    for i, (g, group_heading) in enumerate(zip(b.groups, groups, strict=True)):
        headings = [group_heading]
        for j, (section, e) in enumerate(g.with_sections(b.group_by)):
            if section:
                headings.append(w.heading(section, "h2", f"{group_heading._bookmark}s{j}", 1))
            hid = e.highlight.id
            home = b.home[hid]
            if home == i:
                first, *rest = w.excerpt(e, b.context, anchors.get(hid, ""))
            else:
                first, *rest = w.reference(e, f"{home + 1}. {b.groups[home].title}", anchors[hid])
            # A heading never ends a page: it travels with the excerpt below it.
            if headings:
                inner = first._content if isinstance(first, KeepTogether) else [first]
                first = KeepTogether([*headings, *inner])
            story += [first, *rest]
            headings = []

    made = 0  # canvases: one per layout pass

    def canvasmaker(*args: Any, **kw: Any) -> _NumberedCanvas:
        nonlocal made
        made += 1
        c = _NumberedCanvas(*args, font=font.name, title=w.glyphs.runs(b.title), **kw)
        c.counting_pages = contents and made == 1  # see _Inked
        return c

    # Every excerpt is laid out once per pass: twice with contents, else once.
    doc.report(progress, (2 if contents else 1) * sum(len(g.excerpts) for g in b.groups))
    doc.multiBuild(story, canvasmaker=canvasmaker)
    return out.getvalue(), "".join(w.glyphs.missing)
