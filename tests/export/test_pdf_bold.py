"""Headings print bold: in the font's bold face when one is installed, else with glyphs
filled and stroked (WenQuanYi Micro Hei has one weight, so reportlab's <b> does nothing)."""

from __future__ import annotations

import base64
import re
import subprocess
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from jingdu.export import fonts
from jingdu.export.bold import SyntheticBold
from jingdu.export.linebreak import ChineseParagraph
from jingdu.export.model import BriefingOptions
from tests.export.test_pdf import body, font_rows

STREAM = re.compile(rb"/Filter \[([^\]]*)\]\s*/Length (\d+)\s*>>\s*stream\r?\n")
TOKEN = re.compile(rb"\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>|/[^\s/\[\]()<>]+|[^\s/\[\]()<>]+")


def content_streams(pdf: Path) -> Iterator[bytes]:
    """The PDF's streams, decoded (reportlab writes ASCII85 over Flate)."""
    data = pdf.read_bytes()
    for m in STREAM.finditer(data):
        stream = data[m.end() : m.end() + int(m.group(2))]
        for f in m.group(1).split():
            if f == b"/ASCII85Decode":
                stream = base64.a85decode(stream.strip().removesuffix(b"~>"))
            elif f == b"/FlateDecode":
                stream = zlib.decompress(stream)
        yield stream


def shown_text(pdf: Path) -> list[tuple[float, int, bytes]]:
    """(font size, text render mode, fill colour) of every text-showing operator, with
    the graphics state saved and restored by q and Q as a PDF viewer keeps it."""
    shows = []
    for stream in content_streams(pdf):
        state, saved, operands = (0.0, 0, b"0 0 0"), [], []
        for token in TOKEN.findall(stream):
            size, mode, fill = state
            if token == b"q":
                saved.append(state)
            elif token == b"Q":
                state = saved.pop()
            elif token == b"Tf":
                state = (float(operands[-1]), mode, fill)
            elif token == b"Tr":
                state = (size, int(operands[-1]), fill)
            elif token == b"rg":
                state = (size, mode, b" ".join(operands[-3:]))
            elif token in (b"Tj", b"TJ", b"'", b'"'):
                shows.append(state)
            if re.fullmatch(rb"[A-Za-z*'\"]+", token):
                operands = []
            else:
                operands.append(token)
    return shows


@pytest.fixture
def no_bold_face(monkeypatch) -> None:
    monkeypatch.setattr(fonts, "_bold", lambda name, path: "")


def test_headings_are_stroked_and_body_text_is_not(annotated, tmp_path, no_bold_face) -> None:
    out = tmp_path / "粗体.pdf"
    annotated.export(out, BriefingOptions(group_by="document", title="学习简报：测试"))
    shows = shown_text(out)
    grey = b".4 .4 .4"

    def modes(size: float, fill: bytes | None = None) -> set[int]:
        return {m for s, m, f in shows if s == size and fill in (None, f)}

    assert modes(22) == {2}  # the title
    assert modes(15) == {2}  # 目录 and the group headings
    assert modes(11, grey) == {2}  # the section headings
    assert modes(11, b"0 0 0") == {0}  # the quotations, also 11 pt
    assert modes(10.5) == modes(9) == {0}  # notes, contents, tags, citations
    assert "学习简报：测试" in body(out, "学习简报：测试")  # pdftotext still reads them


def ink(tmp_path: Path, paragraph: type[ChineseParagraph]) -> int:
    """Dark pixels of a heading drawn at 22 pt and printed at 100 dpi."""
    pdf = tmp_path / f"{paragraph.__name__}.pdf"
    canvas = Canvas(str(pdf), pagesize=(300, 50))
    style = ParagraphStyle("h", fontName=fonts.find().name, fontSize=22, wordWrap="CJK")
    p = paragraph("新质生产力的进步", style)
    p.wrap(280, 50)
    p.drawOn(canvas, 10, 10)
    canvas.save()
    subprocess.run(
        ["pdftoppm", "-gray", "-r", "100", str(pdf), str(pdf.with_suffix(""))], check=True
    )
    pgm = next(tmp_path.glob(f"{paragraph.__name__}*.pgm")).read_bytes()
    _magic, width, height, _max, pixels = pgm.split(maxsplit=4)
    assert len(pixels) == int(width) * int(height)
    return sum(1 for value in pixels if value < 128)


def test_stroked_bold_is_visibly_heavier_yet_not_smeared(tmp_path) -> None:
    ratio = ink(tmp_path, SyntheticBold) / ink(tmp_path, ChineseParagraph)
    assert 1.2 < ratio < 1.7, ratio


@pytest.fixture
def stand_in_bold(monkeypatch) -> Iterator[str]:
    """WenQuanYi's second face (Micro Hei Mono) posing as the bold face that fontconfig
    found: no TrueType CJK bold face is packaged for Debian."""
    regular = fonts.find()
    real = fonts.fontconfig

    def fontconfig(pattern: str) -> list[tuple[str, int, str]]:
        return [(regular.path, 1, "WenQuanYi Micro Hei")] if "Bold" in pattern else real(pattern)

    monkeypatch.setattr(fonts, "fontconfig", fontconfig)
    fonts._bold.cache_clear()
    yield regular.name
    fonts._bold.cache_clear()
    name = regular.name  # <b> back to the one face
    pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)


def test_an_installed_bold_face_is_used_instead(annotated, tmp_path, stand_in_bold) -> None:
    font = fonts.find()
    assert font.bold and font.bold != font.name
    out = tmp_path / "粗体.pdf"
    annotated.export(out, BriefingOptions(group_by="document", title="学习简报：测试"))
    embedded = [row[0] for row in font_rows(out) if row[-5] == "yes"]
    assert any("WenQuanYiMicroHeiMono" in name for name in embedded)  # used: by the headings
    assert {mode for _size, mode, _fill in shown_text(out)} == {0}  # and nothing is stroked
    assert "学习简报：测试" in body(out, "学习简报：测试")
