"""A note as long as a note may be (a million characters) prints whole, and the time it
takes grows with its length, not with its length times its pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jingdu.export import fonts, pdf
from jingdu.export.linebreak import ChineseParagraph
from tests.export.made import briefing
from tests.export.test_pdf import body, poppler

# Quotation marks and brackets at every column (so that many breaks must be moved),
# Latin letters and digits, and line breaks of the user's own; no spaces, so that what
# pdftotext gives back can be compared character for character.
SAYING = "他说“这是质”，然后又说“那是量”，最后（注：见“附录”）说“都是好东西”。GDP增长2024年，"


def long_note(length: int) -> str:
    lines = [SAYING * (1 + i % 7) for i in range(length // len(SAYING) + 1)]
    return "\n".join(lines)[:length]


def test_a_200000_character_note_reads_back_exactly(tmp_path: Path) -> None:
    note = long_note(200_000)
    out = tmp_path / "长批注.pdf"
    out.write_bytes(pdf.render(briefing(note), fonts.find()))
    pages = poppler("pdftotext", out).count("\f")
    assert pages > 80
    # Every character, in order, with nothing added at the line and page breaks.
    text = body(out, "学习简报：测试")
    assert "批注：" + note.replace("\n", "") + "——周文" in text


@pytest.fixture
def broken(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The characters each call of the line breaker was given to break."""
    calls: list[int] = []
    original = ChineseParagraph.breakLinesCJK

    def counting(self: ChineseParagraph, widths: Any) -> Any:
        calls.append(sum(len(getattr(f, "text", "") or "") for f in self.frags))
        return original(self, widths)

    monkeypatch.setattr(ChineseParagraph, "breakLinesCJK", counting)
    return calls


def test_a_long_note_is_broken_into_lines_once_however_many_pages_it_fills(
    broken: list[int],
) -> None:
    # reportlab hands the part of a paragraph that goes on to the next page on as text,
    # to be broken again: a note over N pages was broken N times (27 s for 100,000
    # characters, a million never finished).
    font = fonts.find()
    counts = {}
    for length in (20_000, 80_000):
        broken.clear()
        pdf.render(briefing(long_note(length)), font)
        counts[length] = (len(broken), sum(broken))
    (calls_short, chars_short), (calls_long, chars_long) = counts[20_000], counts[80_000]
    assert calls_long == calls_short  # one break per paragraph, not one per page
    assert chars_long - chars_short == pytest.approx(60_000, rel=0.01)
