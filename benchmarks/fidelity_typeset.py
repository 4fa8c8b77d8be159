"""Typesetting the fidelity benchmark's truth in the layouts Jingdu must read back.

Each writer prints a :class:`~fidelity_truth.TrueDoc` into one file and returns
a :class:`Typeset`: where the file is, how the notes were printed, and every
piece of page furniture it put there (running heads, folios, site navigation,
front matter), one entry per printed instance. Nothing is tuned to a reader:
the layouts follow the house styles they are named after.

PDF house styles (reportlab; the body in Hanazono Mincho, a 宋体-like face,
headings in WenQuanYi Micro Hei, a 黑体-like face):

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

import html
import io
import re
import subprocess
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from fidelity_truth import NOTES_HEADING, Block, TrueDoc

JOURNAL = "经济理论与政策研究"
ISSUE = "2024年第6期"
BOOK = "新质生产力研究文集"
SERIF_FILES = ("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf",)
SANS_FILES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
)


@dataclass
class Typeset:
    path: Path
    layout: str
    notes_as: str
    """``footnotes``, ``endnotes`` or ``none``: how the truth's notes were printed."""
    furniture: list[str] = field(default_factory=list)
    """Every printed instance of page furniture (a running head printed on 9 pages
    is here 9 times)."""
    pages: int = 0


# -- PDF -----------------------------------------------------------------------------


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


# -- Word ------------------------------------------------------------------------------

DOCX_HEADER = "理论学习参考资料"
DOCX_FOOTER = "内部资料 注意保存"


def write_docx(doc: TrueDoc, styled: bool, out: Path) -> Typeset:
    """Word: with the Title and Heading 1–3 styles, or (``styled=False``) every paragraph
    Normal, the headings told only by their 一、（一）１． numbering."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    # python-docx's font.name sets only the Latin slots: Chinese needs w:eastAsia.
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3"):
        rpr = d.styles[name].element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.insert(0, rfonts)
        rfonts.set(qn("w:eastAsia"), "宋体" if name == "Normal" else "黑体")
    d.styles["Normal"].font.size = Pt(12)
    section = d.sections[0]
    section.header.paragraphs[0].text = DOCX_HEADER
    section.footer.paragraphs[0].text = DOCX_FOOTER
    if styled:
        d.add_heading(doc.title, 0)
    else:
        p = d.add_paragraph(doc.title)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for b in doc.expected("endnotes"):
        if b.kind == "heading" and styled:
            d.add_heading(b.text, min(b.level, 3))
        else:
            p = d.add_paragraph(b.text)
            if b.kind == "byline":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif b.kind == "body":
                p.paragraph_format.first_line_indent = Pt(24)
    d.core_properties.title = doc.title
    d.save(str(out))
    return Typeset(
        out, "Word, heading styles" if styled else "Word, numbering only", "endnotes",
        [DOCX_HEADER, DOCX_FOOTER],
    )  # fmt: skip


# -- HTML ----------------------------------------------------------------------------------

SITE = "理论学习网"
LOGO = "理论学习网 LILUN XUEXI"
HTML_FURNITURE = (
    "网站首页",
    "时政要闻",
    "理论前沿",
    "学习园地",
    "视频专区",
    "当前位置：首页 > 理论前沿 > 正文",
    "【广告】在线学习平台 限时免费体验",
    f"来源：{SITE} 2024-05-06 阅读量：12345",
    "分享到：微信 微博 QQ空间",
    "相关阅读",
    "如何理解新质生产力的丰富内涵",
    "因地制宜发展新质生产力的实践路径",
    "以科技创新引领现代化产业体系建设",
    f"版权所有 © {SITE} 京ICP备12345678号",
    "页面加载中，请稍候",
    "扫码关注公众号",
)


def _h(text: str) -> str:
    return html.escape(text, quote=False)


def _article_html(doc: TrueDoc, h1: bool = True) -> list[str]:
    out = [f"<h1>{_h(doc.title)}</h1>"] if h1 else []
    for b in doc.expected("endnotes"):
        if b.kind == "heading":
            n = min(b.level, 3) + 1
            out.append(f"<h{n}>{_h(b.text)}</h{n}>")
        elif b.kind == "byline":
            out.append(f'<p class="byline">{_h(b.text)}</p>')
        elif b.kind == "note":
            out.append(f'<p class="note">{_h(b.text)}</p>')
        else:
            out.append(f"<p>{_h(b.text)}</p>")
    return out


def write_html(doc: TrueDoc, out: Path) -> Typeset:
    """A news site's article page: head, menu, breadcrumb, ads, scripts and a sidebar
    around one ``<article>``."""
    f = HTML_FURNITURE
    article = "\n".join(_article_html(doc))
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{_h(doc.title)}_{SITE}</title>
<meta name="keywords" content="新质生产力,高质量发展">
<style>body {{ font-family: sans-serif; }} .ad {{ border: 1px solid #ccc; }}</style>
<script>var _hmt = _hmt || []; window.loadingText = "{f[14]}";</script>
</head>
<body>
<header class="site-header"><div class="logo"><a href="/">{LOGO}</a></div>
<nav class="menu"><ul><li><a href="/">{f[0]}</a></li><li><a href="/news">{f[1]}</a></li>
<li><a href="/theory">{f[2]}</a></li><li><a href="/study">{f[3]}</a></li>
<li><a href="/video">{f[4]}</a></li></ul></nav></header>
<div class="breadcrumb">{_h(f[5])}</div>
<div class="ad" id="top-ad"><a href="https://ad.example.com/">{f[6]}</a></div>
<main class="content">
<article class="article">
<div class="meta">{f[7]}</div>
{article}
<div class="share">{f[8]}</div>
</article>
<aside class="sidebar"><h3>{f[9]}</h3><ul>
<li><a href="/a/1.html">{f[10]}</a></li><li><a href="/a/2.html">{f[11]}</a></li>
<li><a href="/a/3.html">{f[12]}</a></li></ul>
<div class="qr">{f[15]}</div></aside>
</main>
<footer class="site-footer"><p>{_h(f[13])}</p></footer>
<script>document.getElementById("top-ad").title = "{f[14]}";</script>
</body>
</html>
"""
    out.write_text(page, encoding="utf-8")
    furniture = [*f[:14], f[15], f[14], f[14], LOGO]
    return Typeset(out, "web page", "endnotes", furniture)


# -- EPUB ----------------------------------------------------------------------------------

_XHTML = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" \
xml:lang="zh-CN" lang="zh-CN">
<head><meta charset="utf-8"/><title>{title}</title></head>
<body>
{body}
</body>
</html>
"""


def write_epub(doc: TrueDoc, out: Path) -> Typeset:
    """An EPUB 3: one XHTML file per 一、 section (the notes in their own), a nav.xhtml
    table of contents that is also the first item of the spine, as many books have."""
    chapters: list[list[Block]] = [[]]
    for b in doc.expected("endnotes"):
        if b.kind == "heading" and b.level == 1 and chapters[-1]:
            chapters.append([])
        chapters[-1].append(b)
    files = []
    for i, blocks in enumerate(chapters):
        part = TrueDoc(doc.key, doc.title, blocks, [])
        body = "\n".join(_article_html(part, h1=i == 0))
        files.append((f"text/part{i:02d}.xhtml", _XHTML.format(title=_h(doc.title), body=body)))
    toc = [
        (f, b)
        for f, blocks in zip(files, chapters, strict=True)
        for b in blocks
        if b.kind == "heading"
    ]
    nav_items = "\n".join(
        f'<li><a href="{f[0].split("/")[1]}">{_h(b.text)}</a></li>' for f, b in toc if b.level == 1
    )
    nav = _XHTML.format(
        title="目录",
        body=f'<nav epub:type="toc" id="toc"><h1>目录</h1><ol>\n{nav_items}\n</ol></nav>',
    )
    uid = uuid.uuid5(uuid.NAMESPACE_URL, f"jingdu-fidelity-{doc.key}")
    manifest = "\n".join(
        f'<item id="p{i}" href="{name}" media-type="application/xhtml+xml"/>'
        for i, (name, _) in enumerate(files)
    )
    spine = "\n".join(f'<itemref idref="p{i}"/>' for i in range(len(files)))
    opf = f"""<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="zh-CN">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="uid">urn:uuid:{uid}</dc:identifier>
<dc:title>{_h(doc.title)}</dc:title>
<dc:language>zh-CN</dc:language>
<meta property="dcterms:modified">2024-05-06T00:00:00Z</meta>
</metadata>
<manifest>
<item id="nav" href="text/nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
{manifest}
</manifest>
<spine>
<itemref idref="nav"/>
{spine}
</spine>
</package>
"""
    container = """<?xml version="1.0" encoding="utf-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
</rootfiles></container>
"""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        z.writestr("META-INF/container.xml", container, zipfile.ZIP_DEFLATED)
        z.writestr("OEBPS/content.opf", opf, zipfile.ZIP_DEFLATED)
        z.writestr("OEBPS/text/nav.xhtml", nav, zipfile.ZIP_DEFLATED)
        for name, text in files:
            z.writestr(f"OEBPS/{name}", text, zipfile.ZIP_DEFLATED)
    out.write_bytes(buf.getvalue())
    furniture = ["目录"] + [b.text for _, b in toc if b.level == 1]
    return Typeset(out, "EPUB 3, nav in the spine", "endnotes", furniture)


# -- Markdown -------------------------------------------------------------------------------

MD_FURNITURE = (
    "理论学习网编辑部排版稿",
    "2024-05-06",
    "排版说明：本文由编辑部整理，引用请核对原文",
)


def _md_escape(text: str) -> str:
    """The text as CommonMark source that renders it literally (a bracket only where it
    would open a link)."""
    text = re.sub(r"([\\`*_<])", r"\\\1", text)
    text = re.sub(r"\[(?=[^\]]*\]\()", r"\\[", text)
    text = re.sub(r"^(\d+)([.)])", r"\1\\\2", text)  # not an ordered list
    return re.sub(r"^([#>+=|-])", r"\\\1", text)


def write_markdown(doc: TrueDoc, out: Path) -> Typeset:
    """Markdown as an editor keeps it: YAML front matter, an HTML comment, ``#`` for the
    title and ``##``–``####`` for the levels, the notes at the end."""
    src, date, comment = MD_FURNITURE
    lines = [
        "---",
        f'title: "{doc.title}"',
        f"date: {date}",
        f"source: {src}",
        "---",
        "",
        f"<!-- {comment} -->",
        "",
        f"# {_md_escape(doc.title)}",
        "",
    ]
    for b in doc.expected("endnotes"):
        if b.kind == "heading":
            lines += ["#" * (min(b.level, 3) + 1) + " " + _md_escape(b.text), ""]
        else:
            lines += [_md_escape(b.text), ""]
    out.write_text("\n".join(lines), encoding="utf-8")
    return Typeset(out, "Markdown, front matter", "endnotes", [src, date, comment])
