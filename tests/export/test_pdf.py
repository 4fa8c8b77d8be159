"""The briefing PDF read back as a user's tools see it: pdftotext, pdffonts, pdfinfo."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from jingdu.export import fonts
from jingdu.export.model import BriefingOptions
from jingdu.library import Library
from tests.export.test_markdown import HOSTILE

# poppler-utils and fonts-wqy-microhei are installed by `make test`
# (packaging/debian-deps.sh): without them these tests fail rather than skip.


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
    lines = [flat(line) for line in poppler("pdftotext", pdf).splitlines()]
    assert all(lines.count(h) == 2 for h in headings)  # in the contents, then in the body
    positions = [len(lines) - lines[::-1].index(h) for h in headings]
    assert positions == sorted(positions)
    for g in b.groups:
        for e in g.excerpts:
            assert flat(e.highlight.quote) in text
            assert flat(e.highlight.note) in text
            assert all(flat(t) in text for t in e.highlight.tags)
    # The excerpt under 待查 and 重点 is printed in full under the first, and referred to
    # under the second.
    assert text.count(flat(b.groups[0].excerpts[0].highlight.note)) == 1
    assert text.count(flat("——详见「1. 待查」")) == 1
    assert flat("（三）人类文明新形态：创新起主导作用的生产力跃升，第 17 段") in text
    assert "第 1 页 / 共 1 页" in poppler("pdftotext", pdf)  # the total is known on page 1


def test_markup_hostile_notes_come_out_intact(pdf) -> None:
    text = body(pdf, "学习简报：测试")
    for hostile in HOSTILE[:2]:
        assert flat(hostile) in text


def font_rows(pdf: Path) -> list[list[str]]:
    """pdffonts' table: name, type…, emb, sub, uni, object, generation."""
    return [line.split() for line in poppler("pdffonts", pdf).splitlines()[2:]]


def test_a_truetype_cjk_font_is_embedded_and_the_metadata_set(pdf) -> None:
    assert fonts.find().path, "no TrueType CJK font: install fonts-wqy-microhei"
    truetype = [row for row in font_rows(pdf) if "TrueType" in row]
    assert truetype and all(row[-5] == "yes" for row in truetype)  # the emb column
    info = poppler("pdfinfo", pdf)
    assert "学习简报：测试" in info and "理论学习小组" in info


def test_without_an_embeddable_font_the_fallback_is_used_and_the_user_warned(
    annotated, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(fonts, "KNOWN", [])
    monkeypatch.setattr(fonts, "_fontconfig", lambda: [])
    out = tmp_path / "无字体.pdf"
    bad = tmp_path / "不是字体.ttf"
    bad.write_bytes(b"\x00\x01\x00\x00 not really a font")
    warning = annotated.export(out, BriefingOptions(), font=str(bad)).warning
    assert "不是字体.ttf" in warning and "STSong-Light" in warning
    assert any(row[0] == "STSong-Light" and row[-5] == "no" for row in font_rows(out))
    assert flat("生产力的进步是人类文明发展的杠杆") in body(out, "学习简报：新质生产力")


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
    # (stripped: a line beginning with a space and then ， is no better)
    assert [line for line in lines if line.strip()[:1] in set("，。、；：？！）》”’")] == []


@pytest.mark.parametrize(
    ("options", "groups"),
    [
        (BriefingOptions(group_by="color", colors=["blue"]), 1),  # one group: no contents
        (BriefingOptions(group_by="document"), 2),  # contents; everything fits on page 1
    ],
)
def test_every_page_is_printed_whether_or_not_there_are_contents(
    annotated, tmp_path, options, groups
) -> None:
    # The layout pass that only counts pages for the contents draws nothing: the
    # printed PDF must never be that pass's.
    out = tmp_path / "b.pdf"
    b = annotated.export(out, options).briefing
    assert len(b.groups) == groups
    lines = poppler("pdftotext", out).splitlines()
    text = flat("\n".join(lines))
    assert all(flat(e.highlight.quote) in text for g in b.groups for e in g.excerpts)
    if groups > 1:  # the contents give each group its real page, 1 (pdftotext -raw
        # prints the number on a line of its own)
        start = lines.index("目录")
        numbers = [x for x in lines[start : start + 2 * groups + 1] if x.strip().isdigit()]
        assert numbers == ["1"] * groups
    else:
        assert "目录" not in lines


def test_a_long_title_is_shortened_in_the_running_header(annotated, tmp_path) -> None:
    title = "关于加快发展新质生产力、扎实推进高质量发展的学习材料汇编" * 4
    out = tmp_path / "长标题.pdf"
    annotated.export(out, BriefingOptions(title=title, notes_only=True, context=True))
    pages = poppler("pdftotext", out).split("\f")
    assert len(pages) >= 2 and flat(title) in flat(pages[0])  # the cover keeps it whole
    [header] = [line.strip() for line in pages[1].splitlines() if line.strip().endswith("…")]
    assert title.startswith(header[:-1]) and 20 < len(header) < len(title)


def test_progress_is_reported_and_raising_from_it_stops_the_export(annotated, tmp_path) -> None:
    from jingdu.export.model import ExportCancelled

    seen: list[tuple[int, int]] = []
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "b.pdf"
    annotated.export(out, BriefingOptions(), progress=lambda d, t, _w: seen.append((d, t)))
    assert seen[-1] == (6, 6) and len(seen) == 6  # three excerpts, two layout passes
    out.unlink()

    def stop(done: int, _total: int, _what: str) -> None:
        if done == 2:
            raise ExportCancelled

    with pytest.raises(ExportCancelled):
        annotated.export(out, BriefingOptions(), progress=stop)
    assert list(out.parent.iterdir()) == []
