"""A briefing note as a Word document (.docx, python-docx), editable in Word and WPS:
the same excerpts, in the same order, as the PDF, in either layout.

modern: title block, preface, a contents field Word fills in, the groups as
headings, each excerpt marked with its colour, then its note, tags and citation.

official (公文/简报, after GB/T 9704-2012): the masthead in red with 第 N 期, the
issuing unit and the date over a red rule; headings numbered 一、 (黑体) and （一）
(楷体); 仿宋 body on a grid of 22 lines of 28 characters; the folio — N — outside
on each page; the closing block (报/送/发, 共印 N 份) when the user filled it in.
"""

from __future__ import annotations

import io
import re

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from jingdu.export import charts, office
from jingdu.export.model import Briefing, Excerpt, preview
from jingdu.export.office import FACES
from jingdu.export.word_styles import LAYOUTS, prepare, set_fonts
from jingdu.notes.model import INK
from jingdu.progress import Progress

HEITI, KAITI = FACES["heiti"].word, FACES["kaiti"].word
"""The faces of a run set apart in the official layout: labels, and citations."""
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 cannot hold: a note pasted from a terminal may have them."""

# Where the paragraph border goes among a paragraph's properties (OOXML's order).
_AFTER_BORDER = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
    "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)  # fmt: skip


def clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _border(p: Paragraph, side: str, color: str, eighths: int, space: int = 4) -> None:
    ppr = p._p.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        ppr.insert_element_before(borders, *_AFTER_BORDER)
    line = OxmlElement(f"w:{side}")
    line.set(qn("w:val"), "single")
    line.set(qn("w:sz"), str(eighths))  # in eighths of a point
    line.set(qn("w:space"), str(space))
    line.set(qn("w:color"), color)
    borders.append(line)


def _field_char(p: Paragraph, kind: str) -> None:
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    p.add_run()._r.append(el)


def _instruction(p: Paragraph, instruction: str) -> None:
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    p.add_run()._r.append(instr)


def _field(p: Paragraph, instruction: str, shown: str) -> None:
    """A field (PAGE, NUMPAGES) Word computes; ``shown`` until it does."""
    _field_char(p, "begin")
    _instruction(p, instruction)
    _field_char(p, "separate")
    p.add_run(shown)
    _field_char(p, "end")


class _Writer:
    def __init__(self, b: Briefing, progress: Progress | None) -> None:
        self.b, self.progress = b, progress
        self.official = b.layout == "official"
        self.doc: DocxDocument = Document()
        prepare(self.doc, b.layout)
        self._end = self.doc.element.body.find(qn("w:sectPr"))
        """The body's section properties: paragraphs go before them."""
        self._style_ids: dict[str, str] = {}
        self.done, self.total = 0, sum(len(g.excerpts) for g in b.groups)

    def para(self, text: str = "", style: str = "Jingdu Body") -> Paragraph:
        """A paragraph at the end. (python-docx's add_paragraph looks the style up by
        name and finds the body's end anew each time: 5 of 7 seconds for 1,000
        excerpts. Here both are found once.)"""
        p = OxmlElement("w:p")
        self._end.addprevious(p)
        if style not in self._style_ids:
            self._style_ids[style] = self.doc.styles[style].style_id
        p.style = self._style_ids[style]
        paragraph = Paragraph(p, self.doc._body)
        if text:
            paragraph.add_run(clean(text))
        return paragraph

    def run(self, p: Paragraph, text: str, face: str = "", bold: bool = False) -> None:
        """Text in another face than the paragraph's (黑体 for a label, say)."""
        r = p.add_run(clean(text))
        if face:
            set_fonts(r._r.get_or_add_rPr(), face)
        if bold:
            r.bold = True

    # -- the parts ----------------------------------------------------------------------

    def masthead(self) -> None:
        m = self.b.masthead
        self.para(m.name or "学习简报", "Jingdu Masthead")
        if m.issue.strip():
            issue = m.issue.strip()
            self.para(f"第{issue}期" if issue.isdecimal() else issue, "Jingdu Issue")
        p = self.para(m.unit.strip() or self.b.author, "Jingdu Issuer")
        width = Mm(office.BLOCK_MM[0])
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        p.add_run("\t" + clean(office.chinese_date(self.b.date)))
        _border(p, "bottom", office.RED, 12)  # the red rule, 1.5 pt
        self.para("", "Jingdu Issue")

    def heading_block(self) -> None:
        b = self.b
        self.para(b.title, "Title")
        if b.subtitle:
            self.para(b.subtitle, "Subtitle")
        if not self.official:  # (the masthead names the unit and the date)
            self.para(" · ".join(x for x in (b.author, b.date) if x), "Jingdu Byline")

    def preface(self) -> None:
        paragraphs = [p for p in self.b.preface.strip().split("\n\n") if p.strip()]
        if not paragraphs:
            return
        if self.official:
            # 编者按: the editor's note opens the issue, in 楷体.
            for n, text in enumerate(paragraphs):
                p = self.para("", "Jingdu Context")
                if n == 0:
                    self.run(p, "编者按：", HEITI)
                self.run(p, text)
            return
        self.para("前言", "Heading 1")
        for text in paragraphs:
            self.para(text)

    def figures(self) -> None:
        """The charts added from the counts window, each its picture and title."""

        def picture(png: io.BytesIO) -> None:
            self.para("", "Jingdu Body").add_run().add_picture(png, width=Mm(150))

        def table(rows: list[list[str]]) -> None:
            for row in rows:
                self.para("\t".join(row))

        charts.word_add(
            self.b.figures,
            lambda text: self.para(text, "Heading 1"),
            lambda text: self.para(text, "Jingdu Tags"),
            picture,
            table,
        )

    def contents(self) -> None:
        if self.official:  # (a 简报 goes straight from its title to its text)
            return
        self.para(f"共 {self.b.excerpt_count} 条摘录。", "Jingdu Tags")
        if len(self.b.groups) < 2:
            return
        self.para("目录", "Heading 1")
        # A contents field Word and WPS fill in with page numbers on opening (see
        # update_fields_on_open); until then, and in readers that never update fields,
        # it shows the groups' headings.
        entries = [f"{i}. {g.title}" for i, g in enumerate(self.b.groups, 1)]
        first = self.para("", "Jingdu Contents")
        _field_char(first, "begin")
        _instruction(first, 'TOC \\o "1-1" \\h \\z \\u')
        _field_char(first, "separate")
        first.add_run(clean(entries[0]))
        last = first
        for entry in entries[1:]:
            last = self.para(entry, "Jingdu Contents")
        _field_char(last, "end")

    def group_heading(self, i: int, title: str) -> str:
        numbered = f"{office.chinese_number(i)}、{title}" if self.official else f"{i}. {title}"
        self.para(numbered, "Heading 1")
        return numbered

    def section_heading(self, title: str) -> None:
        """The document's own heading above its excerpts, as the document numbers it
        (its 一、 or （二） already), in 楷体 in the official layout."""
        self.para(title, "Heading 2")

    def _quote(self, e: Excerpt, quote: str) -> Paragraph:
        p = self.para("", "Jingdu Quote")
        if self.official:
            self.run(p, self.b.label(e.highlight.color), HEITI)
        else:
            label = p.add_run(self.b.label(e.highlight.color))
            label.font.size, label.font.color.rgb = Pt(8), RGBColor.from_string("888888")
            ink = INK.get(e.highlight.color, INK["yellow"]).lstrip("#")
            _border(p, "left", ink, 24, space=8)  # the colour bar, 3 pt
        self.run(p, quote)
        return p

    def excerpt(self, e: Excerpt) -> None:
        h = e.highlight
        heiti = HEITI if self.official else ""
        quote = self._quote(e, h.quote)
        if self.official:
            # The source in brackets after the quote, in 楷体: the way 公文 cite.
            kaiti = KAITI
            self.run(quote, f"（{e.citation}）", kaiti)
        if h.note.strip():
            p = self.para("", "Jingdu Note")
            self.run(p, "批注：", heiti, bold=not self.official)
            self.run(p, h.note)
        if h.tags:
            self.para("标签：" + "、".join(h.tags), "Jingdu Tags")
        if not self.official:
            self.para("——" + e.citation, "Jingdu Citation")
        if self.b.context and e.context != h.quote:
            self.para("上下文：" + e.context, "Jingdu Context")
        self._step()

    def reference(self, e: Excerpt, home: str) -> None:
        """An excerpt printed in full under another group (see Briefing.home)."""
        p = self._quote(e, preview(e.highlight.quote))
        self.run(p, f"（详见「{home}」）")
        self._step()

    def _step(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total, "docx")

    def closing(self) -> None:
        m = self.b.masthead
        rows = m.closing
        copies = m.copies.strip()
        if not rows and not copies:
            return
        self.para("", "Jingdu Body")
        for n, (label, text) in enumerate(rows):
            p = self.para("", "Jingdu Closing")
            p.paragraph_format.left_indent = Pt(14)
            if n == 0:
                _border(p, "top", "000000", 8)
            _border(p, "bottom", "000000", 4)
            self.run(p, label + text)
        if copies:
            p = self.para(f"（共印 {copies} 份）", "Jingdu Closing")
            p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.paragraph_format.right_indent = Pt(14)
            _border(p, "bottom", "000000", 8)

    def folios(self) -> None:
        section = self.doc.sections[0]
        looks = LAYOUTS[self.b.layout][1]
        if self.official:
            # — N —, outside: right on odd pages, left on even, one character in.
            self.doc.settings.odd_and_even_pages_header_footer = True
            right, left = WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.LEFT
            for footer, align in ((section.footer, right), (section.even_page_footer, left)):
                p = footer.paragraphs[0]
                p.style = self.doc.styles["Jingdu Folio"]
                p.paragraph_format.alignment = align
                indent = Pt(looks["Jingdu Folio"].size)
                if align == right:
                    p.paragraph_format.right_indent = indent
                else:
                    p.paragraph_format.left_indent = indent
                p.add_run("— ")
                _field(p, "PAGE", "1")
                p.add_run(" —")
            return
        section.different_first_page_header_footer = True  # no running title on page 1
        for footer in (section.footer, section.first_page_footer):
            p = footer.paragraphs[0]
            p.style = self.doc.styles["Jingdu Folio"]
            p.add_run("第 ")
            _field(p, "PAGE", "1")
            p.add_run(" 页 / 共 ")
            _field(p, "NUMPAGES", "1")
            p.add_run(" 页")
        head = section.header.paragraphs[0]
        head.style = self.doc.styles["Jingdu Running"]
        head.add_run(clean(self.b.title))
        _border(head, "bottom", "CCCCCC", 4)

    def properties(self) -> None:
        core = self.doc.core_properties
        b = self.b
        core.title, core.subject = clean(b.title)[:255], clean(b.subtitle or b.title)[:255]
        core.author = clean(b.author)[:255] or "Jingdu 精读"
        core.keywords = clean("、".join(g.title for g in b.groups))[:255]
        core.comments = "Jingdu 精读"

    def update_fields_on_open(self) -> None:
        """Word and WPS fill in the contents (and page counts) when the file opens."""
        settings = self.doc.settings.element
        flag = OxmlElement("w:updateFields")
        flag.set(qn("w:val"), "true")
        compat = settings.find(qn("w:compat"))
        if compat is not None:
            compat.addprevious(flag)
        else:
            settings.append(flag)


def render(b: Briefing, progress: Progress | None = None) -> bytes:
    """The .docx file's bytes. ``progress(done, total, "docx")`` is called as excerpts
    are written; an exception it raises stops the export."""
    w = _Writer(b, progress)
    if w.official:
        w.masthead()
    w.heading_block()
    w.preface()
    w.figures()
    w.contents()
    headings: list[str] = []
    for i, g in enumerate(b.groups, 1):
        headings.append(w.group_heading(i, g.title))
        for section, e in g.with_sections(b.group_by):
            if section:
                w.section_heading(section)
            home = b.home[e.highlight.id]
            if home == i - 1:
                w.excerpt(e)
            else:
                w.reference(e, _heading_of(b, home, w.official))
    if w.official:
        w.closing()
    w.folios()
    w.properties()
    if not w.official and len(b.groups) > 1:
        w.update_fields_on_open()
    out = io.BytesIO()
    w.doc.save(out)
    return out.getvalue()


def _heading_of(b: Briefing, index: int, official: bool) -> str:
    title = b.groups[index].title
    return f"{office.chinese_number(index + 1)}、{title}" if official else f"{index + 1}. {title}"
