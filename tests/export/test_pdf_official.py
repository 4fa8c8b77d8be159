"""The official layout's PDF, measured by reading it back: 22 lines of 28 characters on a
full page, the text block where GB/T 9704 puts it, the folio outside."""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import replace

import pypdfium2 as pdfium
import pytest

from jingdu.export import fonts, official_fonts, pdf_official
from jingdu.export.model import Masthead
from tests.export.made import briefing

MM = 72 / 25.4
NOTE = "新质生产力是创新起主导作用，摆脱传统经济增长方式、生产力发展路径的先进生产力质态。" * 40


def _lines(page: pdfium.PdfPage) -> dict[float, list[tuple[float, float, str]]]:
    """The page's characters by line: {the line's middle: [(left, right, char)]}, in
    points; a line starts wherever the characters' middles jump by more than 10 pt
    (lines are 29 pt apart; punctuation sits lower or higher in its line)."""
    text = page.get_textpage()
    chars = []
    for i in range(text.count_chars()):
        ch = text.get_text_range(i, 1)
        if ch.strip():
            left, bottom, right, top = text.get_charbox(i)
            chars.append(((bottom + top) / 2, left, right, ch))
    rows: dict[float, list[tuple[float, float, str]]] = {}
    line = None
    for middle, left, right, ch in sorted(chars, key=lambda c: -c[0]):
        if line is None or line - middle > 10:
            line = middle
        rows.setdefault(line, []).append((left, right, ch))
    return rows


@pytest.fixture(scope="module")
def official_pdf() -> pdfium.PdfDocument:
    b = replace(
        briefing(note=NOTE, count=3),
        layout="official",
        masthead=Masthead(issue="3", unit="理论学习小组", send_to="各党支部", copies="30"),
    )
    data, missing = pdf_official.render_with_missing(b, official_fonts.find(fonts.find()))
    assert missing == ""
    return pdfium.PdfDocument(data)


def test_a_full_page_holds_22_lines_of_28_characters(official_pdf) -> None:
    assert len(official_pdf) >= 3
    page = official_pdf[1]  # page 2: the notes' text fills it
    block = {y: row for y, row in _lines(page).items() if y > 35 * MM}  # the folio is below
    assert abs(len(block) - 22) <= 1
    widths = Counter(len(row) for row in block.values())
    full, lines = widths.most_common(1)[0]
    assert abs(full - 28) <= 1 and lines >= 15  # most lines are full lines
    assert max(widths) <= 29  # (a closing mark may hang past the 28th)


def test_the_text_block_is_where_gb_9704_puts_it(official_pdf) -> None:
    for number, inside_left in ((2, False), (3, True)):
        page = official_pdf[number - 1]
        rows = _lines(page)
        block = [c for y, row in rows.items() if y > 35 * MM for c in row]
        left = min(c[0] for c in block)
        # (A closing mark may hang in the margin, as in Chinese print.)
        right = max(c[1] for c in block if not unicodedata.category(c[2]).startswith("P"))
        top = max(rows)
        binding = 28 * MM if inside_left else (210 - 28 - 156) * MM
        assert abs(left - binding) < 2 * MM  # odd pages bound at the left, even at the right
        assert right <= binding + 156 * MM + 1
        assert 0 < (297 * MM - top) - 37 * MM < 29  # the first line is the block's first


def test_the_folio_is_outside_on_each_page(official_pdf) -> None:
    for index in range(len(official_pdf)):
        rows = _lines(official_pdf[index])
        folio_y = min(rows)
        folio = "".join(c for _l, _r, c in sorted(rows[folio_y]))
        assert folio == f"—{index + 1}—"
        x = min(c[0] for c in rows[folio_y])
        odd = (index + 1) % 2 == 1
        assert (x > 105 * MM) == odd  # right on odd pages, left on even


def test_the_masthead_and_the_closing_block(official_pdf) -> None:
    first = official_pdf[0].get_textpage().get_text_range()
    assert first.index("学习简报") < first.index("第3期") < first.index("理论学习小组")
    last = official_pdf[len(official_pdf) - 1].get_textpage().get_text_range()
    assert "送：各党支部" in last and "（共印 30 份）" in last
