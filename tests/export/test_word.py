"""Briefing notes as Word documents, read back with python-docx and from the raw XML."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.shared import Mm, Pt
from lxml import etree

from jingdu.export import word
from jingdu.export.model import Briefing, BriefingOptions, Masthead
from jingdu.library import Library
from tests.export.made import briefing
from tests.export.test_markdown import HOSTILE

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MASTHEAD = Masthead(
    name="理论学习简报",
    issue="3",
    unit="理论学习小组",
    report_to="党委理论学习中心组",
    send_to="各党支部",
    issue_to="全体党员",
    copies="30",
)


def _text(document: docx.document.Document) -> str:
    return "\n".join(p.text for p in document.paragraphs)


def _open(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def _xml(data: bytes, part: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read(part))


def _east_asia(document: docx.document.Document, style_name: str) -> str | None:
    """The Chinese face a paragraph of the style gets: its own, a base style's, or the
    document default."""
    style = document.styles[style_name]
    while style is not None:
        fonts = style.element.find(f"{W}rPr/{W}rFonts")
        if fonts is not None and fonts.get(f"{W}eastAsia"):
            return fonts.get(f"{W}eastAsia")
        style = style.base_style
    defaults = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    return None if defaults is None else defaults.get(f"{W}eastAsia")


@pytest.mark.parametrize("layout", ["modern", "official"])
def test_every_quote_note_and_tag_is_in_the_document_in_order(
    annotated: Library, tmp_path: Path, layout: str
) -> None:
    out = tmp_path / "简报.docx"
    options = BriefingOptions(group_by="document", layout=layout, masthead=MASTHEAD)
    b = annotated.export(out, options).briefing
    text = _text(docx.Document(str(out)))
    place = 0
    for g in b.groups:
        for _section, e in g.with_sections(b.group_by):
            h = e.highlight
            for piece in [h.quote, *([h.note] if h.note.strip() else []), *h.tags]:
                found = text.find(piece.splitlines()[0], place)
                assert found >= 0, (layout, piece[:20])
                place = found
    assert text.count("生产力的进步是人类文明发展的杠杆") == 1


@pytest.mark.parametrize("layout", ["modern", "official"])
def test_every_style_that_holds_chinese_names_a_chinese_face(annotated, tmp_path, layout) -> None:
    out = tmp_path / "简报.docx"
    annotated.export(out, BriefingOptions(layout=layout, masthead=MASTHEAD))
    document = docx.Document(str(out))
    used = {p.style.name for p in document.paragraphs if p.text.strip()}
    used |= {p.style.name for s in document.sections for p in s.footer.paragraphs}
    faces = {name: _east_asia(document, name) for name in used}
    assert all(faces.values()), faces
    # No theme font is left to override them (the template's headings have them).
    styles = _xml(out.read_bytes(), "word/styles.xml")
    themed = [f for f in styles.iter(f"{W}rFonts") if f.get(f"{W}eastAsiaTheme")]
    assert themed == []


def test_the_official_layout_is_a4_with_gb_9704_margins_faces_and_grid(annotated, tmp_path):
    out = tmp_path / "简报.docx"
    annotated.export(out, BriefingOptions(layout="official", masthead=MASTHEAD))
    document = docx.Document(str(out))
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.1)
    assert abs(section.page_height - Mm(297)) < Mm(0.1)
    assert abs(section.top_margin - Mm(37)) < Mm(0.1)
    assert abs(section.left_margin - Mm(28)) < Mm(0.1)  # the binding side (mirrored)
    assert abs(section.right_margin - Mm(26)) < Mm(0.1)
    assert abs(section.bottom_margin - Mm(35)) < Mm(0.1)
    settings = _xml(out.read_bytes(), "word/settings.xml")
    assert settings.find(f"{W}mirrorMargins") is not None
    assert settings.find(f"{W}evenAndOddHeaders") is not None
    assert _east_asia(document, "Normal") == "仿宋_GB2312"
    assert document.styles["Normal"].font.size == Pt(16)
    assert _east_asia(document, "Title") == "方正小标宋简体"
    assert document.styles["Title"].font.size == Pt(22)
    assert _east_asia(document, "Heading 1") == "黑体"
    assert _east_asia(document, "Heading 2") == "楷体_GB2312"
    body = document.styles["Jingdu Body"].element
    assert body.find(f"{W}pPr/{W}ind").get(f"{W}firstLineChars") == "200"
    # 22 lines of 28 characters: a 28.97 pt line, characters 0.25 pt closer.
    assert abs(document.styles["Normal"].paragraph_format.line_spacing.pt - 28.97) < 0.05
    tracking = document.styles["Jingdu Body"].element.find(f"{W}rPr/{W}spacing")
    assert int(tracking.get(f"{W}val")) * 28 / 20 + 16 * 28 <= 156 / 25.4 * 72
    # The fonts named, with faces to use where they are missing.
    table = _xml(out.read_bytes(), "word/fontTable.xml")
    alts = {
        f.get(f"{W}name"): f.find(f"{W}altName").get(f"{W}val")
        for f in table.iter(f"{W}font")
        if f.find(f"{W}altName") is not None
    }
    assert alts["方正小标宋简体"] == "华文中宋" and alts["仿宋_GB2312"] == "仿宋"


def test_the_official_masthead_headings_folio_and_closing_block(annotated, tmp_path) -> None:
    out = tmp_path / "简报.docx"
    annotated.export(out, BriefingOptions(layout="official", masthead=MASTHEAD, date="2026-12-02"))
    document = docx.Document(str(out))
    lines = [p.text for p in document.paragraphs]
    assert lines[0] == "理论学习简报" and lines[1] == "第3期"
    assert lines[2] == "理论学习小组\t2026年12月2日"
    masthead = document.paragraphs[0].style
    assert str(masthead.font.color.rgb) == "E60012" and masthead.font.size == Pt(36)
    rule = document.paragraphs[2]._p.find(f"{W}pPr/{W}pBdr/{W}bottom")
    assert rule.get(f"{W}color") == "E60012"
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[0].startswith("一、") and headings[1].startswith("二、")
    assert lines[-4:] == [
        "报：党委理论学习中心组",
        "送：各党支部",
        "发：全体党员",
        "（共印 30 份）",
    ]
    section = document.sections[0]
    odd, even = section.footer.paragraphs[0], section.even_page_footer.paragraphs[0]
    assert odd.text.startswith("— ") and odd.text.endswith(" —")
    assert (odd.alignment, even.alignment) == (2, 0)  # right on odd pages, left on even
    instructions = [t.text.strip() for t in odd._p.iter(f"{W}instrText")]
    assert instructions == ["PAGE"]
    assert odd.style.font.size == Pt(14) and _east_asia(document, odd.style.name) == "宋体"


def test_a_closing_block_left_empty_is_left_out(annotated, tmp_path) -> None:
    out = tmp_path / "简报.docx"
    annotated.export(out, BriefingOptions(layout="official", masthead=Masthead(issue="1")))
    lines = _text(docx.Document(str(out))).splitlines()
    assert not [x for x in lines if x.startswith(("报：", "送：", "发：", "（共印"))]


def test_the_modern_layout_has_a_contents_field_and_page_x_of_y(annotated, tmp_path) -> None:
    out = tmp_path / "简报.docx"
    b = annotated.export(out, BriefingOptions()).briefing
    data = out.read_bytes()
    body = _xml(data, "word/document.xml")
    instructions = [t.text.strip() for t in body.iter(f"{W}instrText")]
    assert instructions[0].startswith("TOC ")
    # Until Word updates the field, it shows the groups.
    text = _text(_open(data))
    for i, g in enumerate(b.groups, 1):
        assert f"{i}. {g.title}" in text
    settings = _xml(data, "word/settings.xml")
    assert settings.find(f"{W}updateFields") is not None
    footer = docx.Document(io.BytesIO(data)).sections[0].footer.paragraphs[0]
    assert [t.text.strip() for t in footer._p.iter(f"{W}instrText")] == ["PAGE", "NUMPAGES"]
    # Each quote carries its colour as a bar down its left side.
    quotes = [p for p in _open(data).paragraphs if p.style.name == "Jingdu Quote"]
    bars = {p._p.find(f"{W}pPr/{W}pBdr/{W}left").get(f"{W}color") for p in quotes}
    assert len(bars) >= 2


@pytest.mark.parametrize("layout", ["modern", "official"])
@pytest.mark.parametrize("note", [*HOSTILE, "控制字符\x00\x07\x1b与代理\ud800"])
def test_hostile_notes_come_back_as_typed(layout: str, note: str) -> None:
    b: Briefing = replace(briefing(note=note, tags=("<b>标签</b>&",)), layout=layout)
    document = _open(word.render(b))
    text = _text(document)
    expected = word.clean(note)
    for line in expected.splitlines():
        assert line in text
    assert "<b>标签</b>&" in text
    assert "\x00" not in text


def test_a_thousand_excerpts_and_progress_that_can_stop_it() -> None:
    b = briefing(count=1000)
    seen: list[int] = []

    def progress(done: int, total: int, what: str) -> None:
        assert (total, what) == (1000, "docx")
        seen.append(done)
        if done == 500:
            raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        word.render(b, progress)
    assert seen[-1] == 500
    assert len(_open(word.render(b)).paragraphs) > 1000


def test_the_command_line_writes_the_official_layout(annotated, tmp_path, capsys) -> None:
    from jingdu import cli

    out = tmp_path / "简报.docx"
    code = cli.main(
        ["--data-dir", str(annotated.data_dir), "export", str(out), "--layout", "official",
         "--masthead", "理论学习简报", "--issue", "3", "--unit", "理论学习小组", "--copies", "30"]
    )  # fmt: skip
    assert code == 0 and "wrote 3 excerpts" in capsys.readouterr().out
    lines = [p.text for p in docx.Document(str(out)).paragraphs]
    assert lines[:2] == ["理论学习简报", "第3期"] and lines[2].startswith("理论学习小组\t")
    assert lines[-1] == "（共印 30 份）"


def test_an_unknown_layout_is_refused(annotated, tmp_path, capsys) -> None:
    from jingdu import cli

    out = tmp_path / "x.docx"
    code = cli.main(["--data-dir", str(annotated.data_dir), "export", str(out), "--layout", "x"])
    assert code == 2 and "invalid choice: 'x'" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("copies", ["三十", "0", "-3", "3.5", "²"])
def test_copies_that_are_no_count_are_refused(annotated, tmp_path, capsys, copies) -> None:
    from jingdu import cli

    out = tmp_path / "x.docx"
    args = ["export", str(out), "--layout", "official", f"--copies={copies}"]
    code = cli.main(["--data-dir", str(annotated.data_dir), *args])
    assert code == 2 and "copies" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("suffix", [".docx", ".md", ".pdf"])
def test_an_excerpt_is_labelled_with_its_colours_meaning(annotated, tmp_path, suffix) -> None:
    """On paper printed in black and white the label says what the colour meant."""
    out = tmp_path / f"简报{suffix}"
    options = BriefingOptions(color_meanings={"red": "存疑"})
    annotated.export(out, options)
    if suffix == ".docx":
        text = _text(docx.Document(str(out)))
    elif suffix == ".md":
        text = out.read_text(encoding="utf-8")
    else:
        import pypdfium2 as pdfium

        pages = pdfium.PdfDocument(str(out))
        text = "".join(p.get_textpage().get_text_range() for p in pages)
    assert "【存疑】" in text and "【红色】" not in text
    assert "【黄色】" in text  # a colour without a meaning keeps its name
