"""The fidelity benchmark's truth typeset as PDF in three house styles, and read out
again by ``pdftotext`` (issue 13).

The styles (reportlab; the body in Hanazono Mincho, a 宋体-like face, headings in
WenQuanYi Micro Hei, a 黑体-like face):

- ``gongwen``: 公文 (GB/T 9704): 3号 body, 28 characters a line, 22 lines a page,
  folio ``— N —`` at the foot, odd pages right, even pages left; endnotes.
- ``journal``: a journal offprint from page 37 on: running heads alternating
  between the journal's name (even pages) and the article's title (odd pages), a
  bare folio in the outer corner of the head line, a rule, footnotes at the foot
  of the page where they are first cited (continued on the next page if they do
  not fit).
- ``book``: a chapter of a collection: running heads alternating between the
  book's title and the current 一、 section, a bold heading ladder (16/13/11.5 pt),
  folio ``N / M`` at the foot; endnotes.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from fidelity_truth import NOTES_HEADING, TrueDoc
from fidelity_typeset import Typeset

JOURNAL = "经济理论与政策研究"
ISSUE = "2024年第6期"
BOOK = "新质生产力研究文集"
SERIF_FILES = ("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf",)
SANS_FILES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
)


@dataclass(frozen=True)
class _Fonts:
    serif: str
    sans: str


_fonts: _Fonts | None = None


def fonts() -> _Fonts:
    """The body and heading faces, registered with reportlab once."""
    global _fonts
    if _fonts is None:
        from jingdu.export.fonts import register

        def first(files: tuple[str, ...], prefix: str) -> str:
            for f in files:
                if Path(f).is_file() and (font := register(f, 0, prefix)) is not None:
                    return font.name
            return ""

        sans = first(SANS_FILES, "FidSans")
        serif = first(SERIF_FILES, "FidSerif") or sans
        if not sans:
            raise RuntimeError(
                "the fidelity benchmark needs fonts-wqy-microhei (and fonts-hanazono); "
                "run packaging/debian-deps.sh"
            )
        from reportlab.pdfbase.pdfmetrics import registerFontFamily

        registerFontFamily(serif, normal=serif, bold=sans, italic=serif, boldItalic=sans)
        _fonts = _Fonts(serif, sans)
    return _fonts


@dataclass
class _PageState:
    page: int = 0
    pending: list[str] = field(default_factory=list)
    """Footnotes cited on this page (or carried from the last) not printed yet."""
    printed: int = 0
    section: str = ""
    furniture: list[str] = field(default_factory=list)


@dataclass
class _Style:
    name: str
    pagesize: tuple[float, float]
    margins: tuple[float, float, float, float]
    """top, right, bottom, left (points)."""
    body: Any
    title: Any
    byline: Any
    headings: dict[int, Any]
    note: Any
    notes_as: str
    furniture: Callable[[Any, _PageState, int, tuple[float, float, float, float]], None]
    footnote_reserve: float = 0.0
    """Points kept free at the foot of the text block for footnotes."""


def _para(text: str, style: Any, **attrs: Any) -> Any:
    """A paragraph carrying ``_fid_*`` attributes (its footnotes, heading level) to
    ``afterFlowable``; when it is split over two pages, its first part carries them."""
    from reportlab.platypus import Paragraph

    class Para(Paragraph):  # type: ignore[misc]
        def split(self, aw: float, ah: float) -> list[Any]:
            parts: list[Any] = super().split(aw, ah)
            for k, v in attrs.items():
                for i, part in enumerate(parts):
                    setattr(part, k, v if i == 0 else type(v)())
            return parts

    p = Para(escape(text), style)
    for k, v in attrs.items():
        setattr(p, k, v)
    return p


def _styles(kind: str) -> _Style:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm

    f = fonts()

    def ps(name: str, font: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **kw
        )

    if kind == "gongwen":
        size, lead = 15.75, 28.95
        body = ps("gw-body", f.serif, size, lead, firstLineIndent=2 * size, alignment=TA_JUSTIFY)
        return _Style(
            "gongwen",
            A4,
            (37 * mm, 26 * mm, 35 * mm, 28 * mm),
            body,
            ps("gw-title", f.serif, 22, 34, alignment=TA_CENTER, spaceAfter=lead),
            ps("gw-byline", f.serif, size, lead, alignment=TA_CENTER, spaceAfter=lead),
            {
                1: ps("gw-h1", f.sans, size, lead, firstLineIndent=2 * size),
                2: ps("gw-h2", f.serif, size, lead, firstLineIndent=2 * size),
                3: ps("gw-h3", f.serif, size, lead, firstLineIndent=2 * size),
            },
            ps("gw-note", f.serif, 14, 24, alignment=TA_JUSTIFY),
            "endnotes",
            _gongwen_furniture,
        )
    if kind == "journal":
        size, lead = 10.5, 17
        return _Style(
            "journal",
            A4,
            (30 * mm, 22 * mm, 20 * mm, 22 * mm),
            ps("j-body", f.serif, size, lead, firstLineIndent=2 * size, alignment=TA_JUSTIFY),
            ps("j-title", f.sans, 18, 26, alignment=TA_CENTER, spaceBefore=6, spaceAfter=10),
            ps("j-byline", f.serif, 11, 18, alignment=TA_CENTER, spaceAfter=12),
            {
                1: ps("j-h1", f.sans, 12, 20, spaceBefore=8, spaceAfter=4),
                2: ps("j-h2", f.sans, size, lead, firstLineIndent=2 * size, spaceBefore=4),
                3: ps("j-h3", f.serif, size, lead, firstLineIndent=2 * size),
            },
            ps("j-note", f.serif, 8, 11.5, alignment=TA_JUSTIFY, firstLineIndent=0),
            "footnotes",
            _journal_furniture,
            footnote_reserve=62 * mm,
        )
    if kind == "book":
        size, lead = 11, 19
        return _Style(
            "book",
            (185 * mm, 260 * mm),
            (26 * mm, 22 * mm, 24 * mm, 24 * mm),
            ps("b-body", f.serif, size, lead, firstLineIndent=2 * size, alignment=TA_JUSTIFY),
            ps("b-title", f.sans, 20, 30, alignment=TA_CENTER, spaceBefore=20, spaceAfter=12),
            ps("b-byline", f.serif, 12, 20, alignment=TA_CENTER, spaceAfter=18),
            {
                1: ps("b-h1", f.sans, 16, 26, alignment=TA_CENTER, spaceBefore=14, spaceAfter=8),
                2: ps("b-h2", f.sans, 13, 22, alignment=TA_LEFT, spaceBefore=8, spaceAfter=4),
                3: ps("b-h3", f.sans, 11.5, 19, firstLineIndent=2 * size, spaceBefore=4),
            },
            ps("b-note", f.serif, 9, 14, alignment=TA_JUSTIFY),
            "endnotes",
            _book_furniture,
        )
    raise ValueError(kind)


def _gongwen_furniture(c: Any, st: _PageState, total: int, box: tuple[float, ...]) -> None:
    w, _h = c._pagesize
    folio = f"— {st.page} —"
    c.setFont(fonts().serif, 14)
    if st.page % 2:
        c.drawRightString(w - box[1] - 14, box[2] - 24, folio)
    else:
        c.drawString(box[3] + 14, box[2] - 24, folio)
    st.furniture.append(folio)


JOURNAL_FIRST_PAGE = 37


def _journal_furniture(c: Any, st: _PageState, total: int, box: tuple[float, ...]) -> None:
    w, h = c._pagesize
    y = h - box[0] + 16
    folio = str(JOURNAL_FIRST_PAGE + st.page - 1)
    head = st.section if st.page % 2 else f"{JOURNAL} {ISSUE}"
    c.setFont(fonts().serif, 9)
    c.drawCentredString(w / 2, y, head)
    c.setFont(fonts().sans, 10)
    if st.page % 2:
        c.drawRightString(w - box[1], y, folio)
    else:
        c.drawString(box[3], y, folio)
    c.setLineWidth(0.5)
    c.line(box[3], y - 5, w - box[1], y - 5)
    st.furniture += [head, folio]


def _book_furniture(c: Any, st: _PageState, total: int, box: tuple[float, ...]) -> None:
    w, h = c._pagesize
    y = h - box[0] + 14
    head = st.section if st.page % 2 else BOOK
    c.setFont(fonts().serif, 9)
    c.drawCentredString(w / 2, y, head)
    c.setLineWidth(0.4)
    c.line(box[3], y - 5, w - box[1], y - 5)
    folio = f"{st.page} / {total}"
    c.setFont(fonts().serif, 9.5)
    c.drawCentredString(w / 2, box[2] - 22, folio)
    st.furniture += [head, folio]


def _story(docs: list[TrueDoc], style: _Style) -> list[Any]:
    from reportlab.platypus import PageBreak, Spacer

    story: list[Any] = []
    for n, doc in enumerate(docs):
        if n:
            story.append(PageBreak())
        story.append(_para(doc.title, style.title, _fid_title=doc.title))
        for b in doc.blocks:
            notes = [doc.notes[i] for i in b.notes] if style.notes_as == "footnotes" else []
            if b.kind == "heading":
                st = style.headings[min(b.level, 3)]
                story.append(
                    _para(b.text, st, _fid_notes=notes, _fid_level=b.level, _fid_text=b.text)
                )
            elif b.kind == "byline":
                story.append(_para(b.text, style.byline, _fid_notes=notes))
            else:
                story.append(_para(b.text, style.body, _fid_notes=notes))
        if doc.notes and style.notes_as == "endnotes":
            story.append(Spacer(1, 12))
            story.append(
                _para(NOTES_HEADING, style.headings[1], _fid_level=1, _fid_text=NOTES_HEADING)
            )
            story += [_para(t, style.note) for t in doc.notes]
    return story


def _build_pdf(docs: list[TrueDoc], kind: str, out: Path, total: int, extra: int = 0) -> _PageState:
    """Lay the documents out; ``extra`` empty pages at the end take footnotes that
    the last page had no room for."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Spacer

    style = _styles(kind)
    st = _PageState(section=docs[0].title)
    top, right, bottom, left = style.margins
    w, h = style.pagesize
    frame = Frame(
        left,
        bottom + style.footnote_reserve,
        w - left - right,
        h - top - bottom - style.footnote_reserve,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def on_page(c: Any, d: Any) -> None:
        st.page = d.page
        style.furniture(c, st, total, style.margins)

    def on_page_end(c: Any, d: Any) -> None:
        if not st.pending:
            return
        y = bottom + style.footnote_reserve - 8
        c.setLineWidth(0.5)
        c.line(left, y, left + 60, y)
        y -= 4
        width = w - left - right
        while st.pending:
            p = _para(st.pending[0], style.note)
            _, ph = p.wrap(width, 10_000)
            if y - ph < bottom:
                break
            p.drawOn(c, left, y - ph)
            y -= ph + 1
            st.pending.pop(0)
            st.printed += 1

    class Doc(BaseDocTemplate):  # type: ignore[misc]
        def afterFlowable(self, flowable: Any) -> None:
            st.pending += getattr(flowable, "_fid_notes", [])
            if kind == "book" and getattr(flowable, "_fid_level", 0) == 1:
                st.section = flowable._fid_text
            if getattr(flowable, "_fid_title", ""):
                st.section = flowable._fid_title

    doc = Doc(
        str(out),
        pagesize=style.pagesize,
        title=docs[0].title,
        author="",
        pageTemplates=[PageTemplate("p", [frame], onPage=on_page, onPageEnd=on_page_end)],
    )
    story = _story(docs, style)
    for _ in range(extra):
        story += [PageBreak(), Spacer(1, 1)]
    doc.build(story)
    return st


def write_pdf(docs: list[TrueDoc], kind: str, out: Path) -> Typeset:
    """One PDF in a house style (several documents: one after another, each from a new page)."""
    notes = sum(len(d.notes) for d in docs) if kind == "journal" else 0
    st = _build_pdf(docs, kind, out, 0)
    extra = 0
    while st.printed < notes and extra < 3:
        extra += 1
        st = _build_pdf(docs, kind, out, 0, extra)
    if st.printed < notes:
        raise RuntimeError(f"{out.name}: {notes - st.printed} footnotes did not fit")
    if kind == "book":  # ``N / M`` needs the page count: lay out again
        st = _build_pdf(docs, kind, out, st.page)
    return Typeset(out, kind, _styles(kind).notes_as, st.furniture, st.page)


# -- plain text from the PDFs (issue 13) ------------------------------------------------


def pdftotext(pdf: Typeset, layout: bool, out: Path) -> Typeset:
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(pdf.path), str(out)]
    subprocess.run(args, check=True, capture_output=True)
    name = "pdftotext -layout" if layout else "pdftotext"
    return Typeset(out, f"{pdf.layout}, {name}", pdf.notes_as, pdf.furniture, pdf.pages)
