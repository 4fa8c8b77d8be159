"""Characters the CJK font lacks (emoji, 𠮷 from Extension B) print from a fallback font,
or, when no installed font has them, as their code points with a warning: never blank."""

from __future__ import annotations

from pathlib import Path

import pytest

from jingdu.export import fonts, glyphs, pdf
from jingdu.export.model import BriefingOptions
from jingdu.export.result import Exported
from jingdu.library import Library
from tests.export.test_markdown import HOSTILE
from tests.export.test_pdf import flat, font_rows, poppler

RARE = HOSTILE[3]  # "表情 😀🇨🇳 与生僻字 𠮷"
TITLE = "简报😀"


def export(lib: Library, out: Path, note: str) -> list[str]:
    """Export a briefing with ``note`` on one highlight; the warnings about glyphs."""
    d = lib.document("002")
    s = d.text.index("生产力的进步")
    lib.add_highlight(d.id, s, s + 6, note=note, tags=["符号😀"])
    b = lib.briefing(BriefingOptions(docs=["002"], group_by="tag", title=TITLE))
    data, missing = pdf.render_with_missing(b, fonts.find())
    out.write_bytes(data)
    warning = Exported(b, missing=missing).warning
    return [warning] if warning else []


def test_emoji_and_extension_b_print_from_an_embedded_fallback_font(annotated, tmp_path) -> None:
    out = tmp_path / "表情.pdf"
    note = RARE + "\n<😀&𠮷>]]>"  # markup next to the fallback runs stays as typed
    assert export(annotated, out, note) == []
    text = flat(poppler("pdftotext", out))
    assert flat(note) in text
    assert flat("符号😀") in text
    rows = font_rows(out)
    assert all(row[-5] == "yes" for row in rows)  # every font embedded (no Helvetica either)
    fallbacks = [row[0] for row in rows if "WenQuanYi" not in row[0]]
    # fonts-symbola and fonts-hanazono come with `make test` (packaging/debian-deps.sh);
    # DejaVu Sans has 😀, Symbola the regional indicators of 🇨🇳, Hanazono 𠮷.
    assert any("HanaMin" in name for name in fallbacks), fallbacks
    assert any("Symbola" in name or "DejaVu" in name for name in fallbacks), fallbacks


@pytest.fixture
def no_fallback_fonts(monkeypatch) -> None:
    monkeypatch.setattr(glyphs, "FALLBACKS", glyphs.Fallbacks([], use_fontconfig=False))


def test_without_a_font_that_has_them_code_points_print_and_the_user_is_warned(
    annotated, tmp_path, no_fallback_fonts
) -> None:
    out = tmp_path / "缺字.pdf"
    warnings = export(annotated, out, RARE + "长" * 3000)  # two pages: a running header
    assert len(warnings) == 1
    for char in "😀🇨🇳𠮷":
        assert f"{char} (U+{ord(char):04X})" in warnings[0]
    lines = poppler("pdftotext", out).splitlines()
    text = flat("\n".join(lines))
    assert flat("表情 U+1F600 U+1F1E8 U+1F1F3 与生僻字 U+20BB7") in text
    assert lines.count("简报U+1F600") >= 3  # the title, and the header of pages 2 and 3
    assert [row[0] for row in font_rows(out) if "WenQuanYi" not in row[0]] == []


def test_an_invisible_character_the_font_lacks_is_left_out_silently(
    annotated, tmp_path, no_fallback_fonts
) -> None:
    out = tmp_path / "变体.pdf"
    # U+FE0F (variation selector 16) asks for the emoji form of the character before it.
    assert "\ufe0f" not in glyphs.cmap(fonts.find().name)
    warnings = export(annotated, out, "心\ufe0f情")
    assert not any("FE0F" in w for w in warnings)  # (the title's 😀 is warned about)
    text = flat(poppler("pdftotext", out))
    assert "心情" in text and "FE0F" not in text


def test_fontconfig_finds_a_font_for_a_character_no_known_file_has() -> None:
    fallbacks = glyphs.Fallbacks([])  # no known files: fontconfig alone
    font = fallbacks.font_for("𠮷")
    assert font is not None and "𠮷" in glyphs.cmap(font)
    assert fallbacks.font_for("\U000f0000") is None  # private use: no font has it
