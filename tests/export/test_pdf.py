"""The briefing PDF read back as a user's tools see it: pdftotext, pdffonts, pdfinfo."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from jingdu.export import fonts
from jingdu.export.model import BriefingOptions
from jingdu.library import Library
from tests.export.test_markdown import HOSTILE

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (make test installs it)"
)


def poppler(tool: str, pdf: Path, *args: str) -> str:
    return subprocess.run(
        # -raw: without it pdftotext joins a line ending in "-" to the next and drops
        # the hyphen, so a note's "---" line would read back as "--".
        [tool, *(["-raw"] if tool == "pdftotext" else []), *args, str(pdf),
         *(["-"] if tool == "pdftotext" else [])],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip


def flat(s: str) -> str:
    """Text without the line breaks and spaces that layout adds."""
    return re.sub(r"\s+", "", s)


def body(pdf: Path, title: str) -> str:
    """The flattened text without the running header (the title again) and the footers."""
    lines = poppler("pdftotext", pdf).splitlines()
    kept = [line for line in lines if not re.fullmatch(r"\f?第 \d+ 页 / 共 \d+ 页", line.strip())]
    first = next(i for i, line in enumerate(kept) if line.strip() == title)
    kept = [line for i, line in enumerate(kept) if i == first or line.strip() != title]
    return flat("\n".join(kept))


@pytest.fixture
def pdf(annotated: Library, tmp_path: Path) -> Path:
    out = tmp_path / "简报.pdf"
    annotated.export(
        out, BriefingOptions(group_by="tag", title="学习简报：测试", author="理论学习小组")
    )
    return out


def test_every_quote_note_and_tag_is_in_the_pdf_in_the_chosen_order(annotated, pdf) -> None:
    text = body(pdf, "学习简报：测试")
    b = annotated.briefing(BriefingOptions(group_by="tag"))
    headings = [flat(f"{i}. {g.title}") for i, g in enumerate(b.groups, 1)]
    assert all(text.count(h) == 2 for h in headings)  # in the contents, then in the body
    positions = [text.rindex(h) for h in headings]
    assert positions == sorted(positions)
    for g in b.groups:
        for e in g.excerpts:
            assert flat(e.highlight.quote) in text
            assert flat(e.highlight.note) in text
            assert all(flat(t) in text for t in e.highlight.tags)
    assert flat("（三）人类文明新形态：创新起主导作用的生产力跃升，第 17 段") in text
    assert "第 1 页 / 共 2 页" in poppler("pdftotext", pdf)


def test_markup_hostile_notes_come_out_intact(pdf) -> None:
    text = body(pdf, "学习简报：测试")
    for hostile in HOSTILE[:2]:
        assert flat(hostile) in text


def test_a_truetype_cjk_font_is_embedded_and_the_metadata_set(pdf) -> None:
    if not fonts.find().path:
        pytest.skip("no TrueType CJK font on this machine")
    listing = poppler("pdffonts", pdf).splitlines()[2:]
    cjk = [line for line in listing if "WenQuanYi" in line or "Jingdu" in line or "Hei" in line]
    assert cjk and all(line.split()[-5] == "yes" for line in cjk)  # the emb column
    info = poppler("pdfinfo", pdf)
    assert "学习简报：测试" in info and "理论学习小组" in info


def test_a_ten_thousand_character_note_flows_over_pages(annotated, tmp_path) -> None:
    d = annotated.document("002")
    s = d.text.index("生产力的进步")
    long_note = "长" * 9990 + "最后十个字到此为止"
    annotated.add_highlight(d.id, s, s + 6, note=long_note)
    out = tmp_path / "长.pdf"
    annotated.export(out, BriefingOptions(notes_only=True, docs=["002"]))
    text = flat(poppler("pdftotext", out))
    assert text.count("长") >= 9990 and "最后十个字到此为止" in text


def test_no_line_starts_with_closing_punctuation(annotated, tmp_path) -> None:
    d = annotated.document("002")
    for words in ("所谓“质”", "生产力的进步", "正如赫拉利"):
        s = d.text.index(words)
        annotated.add_highlight(d.id, s, s + len(words), note="看上下文")
    out = tmp_path / "上下文.pdf"
    annotated.export(out, BriefingOptions(docs=["002"], context=True))
    lines = poppler("pdftotext", out).splitlines()
    assert len(lines) > 40  # the context paragraphs wrap over many lines
    assert [line for line in lines if line and line[0] in "，。、；：？！）》"] == []
