"""Chinese line breaking in the PDF: no line starts with a closing mark (even the second
of ”，) or ends with an opening one, and no character is lost or doubled on the way."""

from __future__ import annotations

import itertools
import re

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from jingdu.export import fonts
from jingdu.export.linebreak import CANNOT_END, CANNOT_START, ChineseParagraph
from jingdu.export.model import BriefingOptions
from tests.export.test_pdf import flat, poppler

SAYINGS = "他说“这是质”，然后又说“那是量”，最后（注：见“附录”）说“都是好东西”。" * 3
MARKUP = {
    "one frag": SAYINGS,
    "several frags": '<font color="#888888">【黄色】</font>' + SAYINGS,
}


def laid_out(cls: type[Paragraph], markup: str, width: float) -> list[str]:
    style = ParagraphStyle("s", fontName=fonts.find().name, fontSize=10, wordWrap="CJK")
    p = cls(markup, style)
    p.wrap(width, 10_000)
    lines = p.blPara.lines
    if p.blPara.kind == 0:
        return [text for _space, [text] in lines]
    return ["".join(w.text for w in line.words) for line in lines]


def bad_breaks(lines: list[str]) -> list[tuple[str, str]]:
    return [
        (above, below)
        for above, below in itertools.pairwise(lines)
        if above[-1:] in CANNOT_END or below[:1] in CANNOT_START
    ]


@pytest.mark.parametrize("markup", MARKUP.values(), ids=MARKUP.keys())
def test_no_width_puts_a_closing_mark_first_or_an_opening_one_last(markup: str) -> None:
    widths = range(40, 300)  # from four characters a line to thirty
    # reportlab alone does break badly here, so this layout tests something.
    assert sum(bool(bad_breaks(laid_out(Paragraph, markup, w))) for w in widths) > 50
    font = fonts.find().name
    for width in widths:
        lines = laid_out(ChineseParagraph, markup, width)
        assert bad_breaks(lines) == [], width
        assert "".join(lines) == markup.replace('<font color="#888888">', "").replace("</font>", "")
        # A line may overhang by the one closing mark reportlab hangs, not more.
        assert all(stringWidth(line[:-1], font, 10) <= width + 1e-6 for line in lines), width


def test_the_exported_pdf_has_no_bad_breaks_either(annotated, tmp_path) -> None:
    d = annotated.document("002")
    s = d.text.index("生产力的进步")
    # ”， at every column, so that at the note's width some land at a line end.
    note = "".join("甲" * i + "说“好”，" for i in range(1, 48))
    annotated.add_highlight(d.id, s, s + 6, note=note)
    out = tmp_path / "断行.pdf"
    annotated.export(out, BriefingOptions(docs=["002"]))
    text = poppler("pdftotext", out)
    assert note in flat(text)
    assert bad_breaks([line.strip() for line in text.splitlines() if line.strip()]) == []


@pytest.mark.parametrize("markup", MARKUP.values(), ids=MARKUP.keys())
def test_a_paragraph_split_over_two_pages_gains_no_spaces(markup: str) -> None:
    # reportlab's split puts a space at every line end of the part that moves on: in
    # Chinese that printed 革命 的 in the middle of a word. A break inside a Latin
    # phrase keeps its space.
    text = markup + "增长 GDP growth 与 AI 技术，" * 30
    style = ParagraphStyle("s", fontName=fonts.find().name, fontSize=10, wordWrap="CJK")
    whole = ChineseParagraph(text, style)
    whole.wrap(300, 10_000)
    parts = whole.split(300, 60)
    assert len(parts) == 2
    for part in parts:
        part.wrap(300, 10_000)
    printed = "".join(line for p in parts for line in laid_out_lines(p))
    assert not re.search(r"[^\x00-\x7f] +[^\x00-\x7f]", printed)  # none in the source
    assert printed.replace(" ", "") == "".join(laid_out(ChineseParagraph, text, 300)).replace(
        " ", ""
    )


def laid_out_lines(p: Paragraph) -> list[str]:
    if p.blPara.kind == 0:
        return [text for _space, [text] in p.blPara.lines]
    return ["".join(w.text for w in line.words) for line in p.blPara.lines]
