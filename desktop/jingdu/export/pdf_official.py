"""A briefing note in the official layout (公文/简报, after GB/T 9704-2012) as a PDF:
A4, the text block 156 × 225 mm set 37 mm from the top and 28 mm from the binding
side; 仿宋 body, 22 lines of 28 characters, each paragraph two characters in;
headings 一、 in 黑体; the red masthead; the folio — N — outside; the closing block
at the foot of the last page. Faces from :mod:`jingdu.export.official_fonts`."""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate

from jingdu.export import charts, office
from jingdu.export.glyphs import Glyphs
from jingdu.export.model import Briefing, Excerpt, Masthead, preview
from jingdu.export.official_fonts import OfficialFonts
from jingdu.export.pdf import AfterExcerpt, BriefingDoc, Para
from jingdu.progress import Progress

PAGE = (office.PAGE_MM[0] * mm, office.PAGE_MM[1] * mm)
BLOCK_W, BLOCK_H = office.BLOCK_MM[0] * mm, office.BLOCK_MM[1] * mm
BOTTOM = PAGE[1] - office.TOP_MM * mm - BLOCK_H
BODY = math.floor(office.CHAR_PT * 10) / 10
"""15.7 pt: 28 characters fill the 156 mm line (a 16 pt 三号 character would leave
room for 27 only; Word's 公文 grid squeezes them the same way)."""
RED = colors.HexColor("#" + office.RED)


class _Rule(Flowable):  # type: ignore[misc]
    """The masthead's last line: the unit at the left, the date at the right, over a
    red rule."""

    def __init__(self, left: str, right: str, font: str) -> None:
        super().__init__()
        self.left, self.right, self.font = left, right, font

    def wrap(self, width: float, _height: float) -> tuple[float, float]:
        self.width = width
        return width, office.LINE_PT + 4 * mm

    def draw(self) -> None:
        c, size = self.canv, BODY
        y = 4 * mm + 6
        c.setFont(self.font, size)
        c.drawString(0, y, self.left)
        c.drawRightString(self.width, y, self.right)
        c.setStrokeColor(RED)
        c.setLineWidth(1.5)
        c.line(0, 2 * mm, self.width, 2 * mm)


class _Closing(Flowable):  # type: ignore[misc]
    """The closing block (版记) at the foot of the page: 报/送/发 between rules, then
    共印 N 份. It takes the rest of the page, so it sits at the bottom."""

    ROW = 8 * mm

    def __init__(self, rows: list[tuple[str, str]], copies: str, fonts: dict[str, str]) -> None:
        super().__init__()
        self.rows, self.copies, self.fonts = rows, copies, fonts

    def _own(self) -> float:
        return float((len(self.rows) + (1 if self.copies else 0)) * self.ROW + 2 * mm)

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        self.width = width
        self.height = height if height >= self._own() else self._own()
        return width, self.height

    def draw(self) -> None:
        c, size = self.canv, 14.0
        lines = [label + text for label, text in self.rows]
        if self.copies:
            lines.append(f"（共印 {self.copies} 份）")
        top = self._own()
        c.setStrokeColor(colors.black)
        c.setLineWidth(1)
        c.line(0, top, self.width, top)
        for n, line in enumerate(lines):
            y = top - (n + 1) * self.ROW
            c.setFont(self.fonts["fangsong"], size)
            if self.copies and n == len(lines) - 1:
                c.drawRightString(self.width - size, y + 2.2 * mm, line)
            else:
                c.drawString(size, y + 2.2 * mm, line)
            last = n == len(lines) - 1
            c.setLineWidth(1 if last else 0.5)
            c.line(0, y, self.width, y)


def _styles(f: dict[str, str]) -> dict[str, ParagraphStyle]:
    line = office.LINE_PT

    def s(name: str, font: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = dict(
            fontName=f[font], fontSize=BODY, leading=line, wordWrap="CJK", alignment=TA_JUSTIFY
        )
        return ParagraphStyle(name, **{**base, **kw})

    return {
        "masthead": s(
            "masthead", "title", fontSize=36, leading=54, alignment=TA_CENTER, textColor=RED
        ),
        "issue": s("issue", "kaiti", alignment=TA_CENTER),
        "title": s("title", "title", fontSize=office.TITLE_PT, leading=line * 1.25,
                   alignment=TA_CENTER, spaceBefore=line * 0.5, spaceAfter=line * 0.5),
        "subtitle": s("subtitle", "kaiti", alignment=TA_CENTER),
        "h1": s("h1", "heiti", firstLineIndent=2 * BODY, keepWithNext=1),
        "h2": s("h2", "kaiti", firstLineIndent=2 * BODY, keepWithNext=1),
        "body": s("body", "fangsong", firstLineIndent=2 * BODY),
        "kai": s("kai", "kaiti", firstLineIndent=2 * BODY),
    }  # fmt: skip


class _Writer:
    def __init__(self, b: Briefing, fonts: OfficialFonts) -> None:
        self.b = b
        self.names = {role: font.name for role, font in fonts.faces.items()}
        self.glyphs = {role: Glyphs(name) for role, name in self.names.items()}
        self.st = _styles(self.names)

    def text(self, s: str, role: str = "fangsong") -> str:
        """``s`` as markup in the role's face (with glyph fallback)."""
        markup = self.glyphs[role].text(s)
        return markup if role == "fangsong" else f'<font name="{self.names[role]}">{markup}</font>'

    def para(self, markup: str, style: str = "body") -> Para:
        return Para(markup, self.st[style])

    def missing(self) -> str:
        seen: dict[str, None] = {}
        for g in self.glyphs.values():
            seen.update(g.missing)
        return "".join(seen)

    def masthead(self, m: Masthead) -> list[Any]:
        issue = m.issue.strip()
        out: list[Any] = [self.para(self.text(m.name or "学习简报", "title"), "masthead")]
        if issue:
            shown = f"第{issue}期" if issue.isdecimal() else issue
            out.append(self.para(self.text(shown, "kaiti"), "issue"))
        date = office.chinese_date(self.b.date)
        out.append(_Rule(m.unit.strip() or self.b.author, date, self.names["fangsong"]))
        return out

    def excerpt(self, e: Excerpt, quote: str, tail: str) -> list[Any]:
        label = self.text(self.b.label(e.highlight.color), "heiti")
        return [self.para(label + self.text(quote) + tail)]


def _folio(font: str) -> Callable[[Canvas, Any], None]:
    """Draws — N —, outside: at the right of odd pages and the left of even ones, one
    character in, 7 mm below the text block, in ``font``."""

    def draw(canvas: Canvas, _doc: Any) -> None:
        n = canvas.getPageNumber()
        text = f"— {n} —"
        size = office.FOLIO_PT
        canvas.setFont(font, size)
        inside = office.BINDING_MM * mm
        outside = PAGE[0] - inside - BLOCK_W
        y = BOTTOM - 7 * mm - size * 0.8
        if n % 2:
            canvas.drawRightString(inside + BLOCK_W - size, y, text)
        else:
            canvas.drawString(outside + size, y, text)

    return draw


def render_with_missing(
    b: Briefing, fonts: OfficialFonts, progress: Progress | None = None
) -> tuple[bytes, str]:
    """The PDF and the characters no installed font could draw."""
    w = _Writer(b, fonts)
    out = io.BytesIO()
    inside = office.BINDING_MM * mm
    outside = PAGE[0] - inside - BLOCK_W
    doc = BriefingDoc(
        out,
        pagesize=PAGE,
        title=b.title,
        author=b.masthead.unit or b.author,
        subject=b.subtitle or b.title,
        keywords=[g.title for g in b.groups],
        creator="Jingdu 精读",
        initialFontName=w.names["fangsong"],
    )

    def frame(x: float, name: str) -> Frame:
        return Frame(x, BOTTOM, BLOCK_W, BLOCK_H, 0, 0, 0, 0, id=name)

    # Odd pages have the binding at the left, even ones at the right.
    folio = _folio(w.names["songti"])
    doc.addPageTemplates(
        [
            PageTemplate(side, [frame(x, side)], onPage=folio, autoNextPageTemplate=other)
            for side, x, other in (("odd", inside, "even"), ("even", outside, "odd"))
        ]
    )
    story: list[Any] = [*w.masthead(b.masthead), w.para(w.text(b.title, "title"), "title")]
    if b.subtitle:
        story.append(w.para(w.text(b.subtitle, "kaiti"), "subtitle"))
    for n, text in enumerate(p for p in b.preface.strip().split("\n\n") if p.strip()):
        lead = w.text("编者按：", "heiti") if n == 0 else ""
        story.append(w.para(lead + w.text(text, "kaiti"), "kai"))
    story += charts.pdf_story(
        b.figures,
        w.names["fangsong"],
        BLOCK_W,
        lambda text: w.para(w.text(text, "heiti"), "h1"),
        lambda text: w.para(w.text(text, "kaiti"), "kai"),
    )
    headings = [f"{office.chinese_number(i)}、{g.title}" for i, g in enumerate(b.groups, 1)]
    total = sum(len(g.excerpts) for g in b.groups)
    for i, g in enumerate(b.groups):
        story.append(w.para(w.text(headings[i], "heiti"), "h1"))
        for section, e in g.with_sections(b.group_by):
            if section:
                story.append(w.para(w.text(section, "kaiti"), "h2"))
            h = e.highlight
            home = b.home[h.id]
            if home != i:
                story += w.excerpt(e, preview(h.quote), w.text(f"（详见「{headings[home]}」）"))
                story.append(AfterExcerpt(1, 0))
                continue
            story += w.excerpt(e, h.quote, w.text(f"（{e.citation}）", "kaiti"))
            if h.note.strip():
                story.append(w.para(w.text("批注：", "heiti") + w.text(h.note)))
            if h.tags:
                story.append(w.para(w.text("标签：" + "、".join(h.tags))))
            if b.context and e.context != h.quote:
                story.append(w.para(w.text("上下文：" + e.context, "kaiti"), "kai"))
            story.append(AfterExcerpt(1, 0))
    rows, copies = b.masthead.closing, b.masthead.copies.strip()
    if rows or copies:
        story.append(_Closing(rows, copies, w.names))

    doc.report(progress, total)

    doc.build(story)
    return out.getvalue(), w.missing()
