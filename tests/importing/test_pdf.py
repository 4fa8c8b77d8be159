"""The PDF reader against PDFs of known content, printed in four house styles.

Every block must come back exactly (kind, level, text, page), every note with its
mark, and exactly the printed furniture must be dropped: nothing of the text.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable
from dataclasses import replace

import pytest

from jingdu.errors import SourceError
from jingdu.importing import pdf
from jingdu.importing.formats import read_documents
from jingdu.importing.structured import Structured
from tests.importing import pdf_fixtures as F

ABSTRACT = "新质生产力理论蕴含着深刻的世界观和方法论。本文从人民至上、自信自立、守正创新、问题导向、系统观念和胸怀天下六个方面加以阐释。"
KEYWORDS = ["新质生产力", "世界观", "方法论"]


def with_front(source: F.Source) -> F.Source:
    front = [
        F.Block("body", "摘要：" + ABSTRACT),
        F.Block("body", "关键词：" + "；".join(KEYWORDS)),
    ]
    return replace(source, blocks=front + source.blocks)


CASES: dict[str, tuple[Callable[[], F.Source], F.House]] = {
    "official": (lambda: F.policy(refrain=True), F.OFFICIAL),
    "journal": (lambda: with_front(F.article(2, long=True)), F.JOURNAL),
    "book": (lambda: F.article(4), F.BOOK),
    "outlined": (
        lambda: replace(
            F.article(3, numbered=False, long=True),
            print_title=False,
            meta_title="论新质生产力的意蕴",
        ),
        F.OUTLINED,
    ),
}


@functools.cache
def made(case: str) -> tuple[F.Expected, Structured]:
    source, house = CASES[case]
    data, expected = F.typeset(source(), house)
    return expected, pdf.read(data, f"{case}.pdf", None)


def blocks(s: Structured) -> list[tuple[str, int, str, int]]:
    return [(b.kind, b.level, b.text, b.page) for b in s.blocks]


@pytest.mark.parametrize("case", CASES)
def test_every_block_comes_back_exactly(case: str) -> None:
    expected, got = made(case)
    assert blocks(got) == expected.blocks


@pytest.mark.parametrize("case", CASES)
def test_the_fixture_wraps_paragraphs_over_lines_and_pages(case: str) -> None:
    expected, _ = made(case)
    assert expected.pages >= 2
    assert any(
        end > start for (_, _, _, start), end in zip(expected.blocks, expected.ends, strict=True)
    )
    assert max(len(text) for _, _, text, _ in expected.blocks) > 150


@pytest.mark.parametrize("case", CASES)
def test_exactly_the_furniture_is_dropped(case: str) -> None:
    expected, got = made(case)
    assert sorted((d.page, d.text) for d in got.dropped) == sorted(expected.furniture)
    assert all(d.reason in ("folio", "running head", "running foot") for d in got.dropped)


@pytest.mark.parametrize("case", ["journal", "book", "outlined"])
def test_notes_come_with_their_marks_and_pages(case: str) -> None:
    expected, got = made(case)
    assert [(n.label, n.text, n.page) for n in got.notes] == expected.notes
    assert [[(m.start, m.end, m.label) for m in b.markers] for b in got.blocks] == expected.markers
    for b in got.blocks:
        for m in b.markers:
            # the mark is in the text, and its note is printed on a page the block is on
            assert b.text[m.start : m.end].strip("[]") == m.label
            assert any(n.label == m.label and n.page >= b.page for n in got.notes)


def test_official_document_title_headings_and_signature() -> None:
    _, got = made("official")
    assert got.title == "国务院办公厅关于加快发展新质生产力推动高质量发展的指导意见"
    assert (got.title_source, got.authors) == ("text", [])
    heads = [(b.level, b.text) for b in got.blocks if b.kind == "heading"]
    assert heads[:3] == [(1, "一、总体要求"), (2, "（一）指导思想"), (2, "（二）主要目标")]
    # a bold run-in "1. 加强组织领导。" starts a body paragraph, it is no heading
    assert any(
        b.kind == "body" and b.text.startswith("1. 加强组织领导。各地区") for b in got.blocks
    )
    assert [b.text for b in got.blocks if b.kind == "signature"] == ["国务院办公厅", "2024年3月1日"]


def test_a_repeated_sentence_and_a_number_in_the_page_are_text() -> None:
    _, got = made("official")
    texts = [b.text for b in got.blocks]
    assert texts.count(F.REFRAIN) == 3
    assert "2035" in texts
    assert not [d for d in got.dropped if d.text in (F.REFRAIN, "2035")]


def test_journal_front_matter_quote_and_alternating_heads() -> None:
    _, got = made("journal")
    assert (got.title, got.authors) == ("论新质生产力的世界观和方法论意蕴", ["王小明", "李华"])
    assert (got.abstract, got.keywords) == (ABSTRACT, KEYWORDS)
    heads = {d.text for d in got.dropped if d.reason == "running head"}
    assert heads == {"中国社会科学 2024年第3期", "论新质生产力的世界观和方法论意蕴"}
    assert [b.kind for b in got.blocks].count("quote") == 1
    # Latin words keep their spaces, Chinese has none
    assert "“the development of productive forces”" in got.blocks[4].text


def test_book_ladder_and_spaced_title() -> None:
    _, got = made("book")
    assert got.title == "论新质生产力的世界观和方法论意蕴"  # printed as "论 新 质 …"
    levels = {b.text: b.level for b in got.blocks if b.kind == "heading"}
    assert levels["一、新质生产力的理论意蕴"] == 1
    assert levels["（一）生产力理论的继承与发展"] == 2
    assert levels["1. 劳动者素质的跃升"] == 3
    assert levels["（1）劳动资料的变革"] == 4  # same size as 1.: the ladder decides


def test_outline_gives_levels_and_metadata_the_title() -> None:
    _, got = made("outlined")
    assert (got.title, got.title_source) == ("论新质生产力的意蕴", "metadata")
    levels = [b.level for b in got.blocks if b.kind == "heading"]
    assert levels == [1, 2, 3, 1, 2, 2, 1]  # all set alike in bold: only the bookmarks tell


def test_metadata_author_when_the_page_names_none() -> None:
    source = replace(F.article(2), authors=[], meta_author="张三，李四")
    data, _ = F.typeset(source, F.BOOK)
    assert pdf.read(data, "a.pdf").authors == ["张三", "李四"]


@pytest.mark.parametrize(
    ("folio", "where"),
    [
        (lambda n, pages: f"- {n} -", "foot-center"),
        (lambda n, pages: str(n), "foot-outer"),
        (lambda n, pages: f"第 {n} 页", "foot-center"),
        (lambda n, pages: f"{n} / {pages}", "head-outer"),
        (lambda n, pages: ["i", "ii", "iii", "iv", "v", "vi", "vii"][n - 1], "foot-center"),
    ],
    ids=["dashes", "outer", "di-ye", "of-total", "roman"],
)
def test_folio_styles(folio: Callable[[int, int], str], where: str) -> None:
    house = replace(F.OFFICIAL, folio=folio, folio_at=where)
    data, expected = F.typeset(F.policy(), house)
    got = pdf.read(data, "a.pdf")
    assert blocks(got) == expected.blocks
    assert sorted((d.page, d.text, d.reason) for d in got.dropped) == sorted(
        (p, t, "folio") for p, t in expected.furniture
    )


# Refusals and progress ----------------------------------------------------------


def scanned() -> bytes:
    """A page that is only a picture of text, as a scanner makes it."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    img = Image.new("L", (600, 800), 255)
    draw = ImageDraw.Draw(img)
    for y in range(80, 720, 24):
        draw.rectangle((60, y, 540, y + 12), fill=0)  # lines of "text"
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for _ in range(2):
        c.drawImage(ImageReader(img), 0, 0, 595, 842)
        c.showPage()
    c.save()
    return buf.getvalue()


def test_a_scan_without_text_is_refused() -> None:
    with pytest.raises(SourceError, match=r"^scan\.pdf has no text layer \(a scanned image\)") as e:
        pdf.read(scanned(), "scan.pdf")
    assert e.value.reason == "scanned"


def test_a_password_is_refused_in_one_line() -> None:
    data, _ = F.typeset(F.article(2), F.BOOK, encrypt="secret/owner")
    with pytest.raises(SourceError, match="password") as e:
        pdf.read(data, "locked.pdf")
    assert "\n" not in str(e.value) and e.value.reason == "encrypted"


def test_owner_restrictions_alone_do_not_stop_reading() -> None:
    data, expected = F.typeset(F.article(2), F.BOOK, encrypt="/owner")
    assert blocks(pdf.read(data, "restricted.pdf")) == expected.blocks


@pytest.mark.parametrize("cut", [0.3, 0.7, 0.99])
def test_a_truncated_file_is_refused(cut: float) -> None:
    data, _ = F.typeset(F.article(2), F.BOOK)
    with pytest.raises(SourceError, match=r"^cut\.pdf: damaged or incomplete PDF") as e:
        pdf.read(data[: int(len(data) * cut)], "cut.pdf")
    assert e.value.reason == "damaged"


def test_a_damaged_file_is_refused() -> None:
    with pytest.raises(SourceError, match="damaged"):
        pdf.read(b"%PDF-1.7\n1 0 obj <<>> endobj\nnonsense\n%%EOF\n", "bad.pdf")


def test_progress_is_told_each_page_and_can_stop_the_reading() -> None:
    data, expected = F.typeset(F.article(2), F.BOOK)
    calls: list[tuple[int, int, str]] = []
    pdf.read(data, "p.pdf", lambda done, total, what: calls.append((done, total, what)))
    n = expected.pages
    assert calls == [(i, n, "p.pdf") for i in range(n + 1)]

    class Stop(Exception):
        pass

    def stop(done: int, total: int, what: str) -> None:
        if done == 1:
            raise Stop

    with pytest.raises(Stop):
        pdf.read(data, "p.pdf", stop)


def test_a_document_made_from_the_pdf_links_notes_and_keeps_no_furniture() -> None:
    data, expected = F.typeset(F.article(4), F.BOOK)
    fmt, (doc,) = read_documents(data, "book.pdf", "book", "sha")
    assert fmt.name == "pdf"
    assert "第1页" not in doc.text and "第2页" not in doc.text
    assert doc.footnotes and all(f.note_start >= 0 for f in doc.footnotes)
    for f in doc.footnotes:
        assert doc.text[f.start : f.end] == f.label
    assert [p.page for p in doc.paragraphs if p.kind != "note"] == [b[3] for b in expected.blocks]
