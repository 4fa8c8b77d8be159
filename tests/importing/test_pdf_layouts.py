"""The PDF reader on pages drawn line by line: the layouts the house styles do not make
(Latin words in another face, bold by overprinting, a heading that fills its line,
two-line running heads, two columns, table rows, squeezed punctuation, a scanned page).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from jingdu.errors import SourceError
from jingdu.importing import pdf
from jingdu.importing.structured import Structured
from tests.importing import pdf_fixtures as F

W, H = 595.0, 842.0
LEFT, RIGHT = 72.0, 523.0


@dataclass
class Ln:
    """One printed line: parts of (text, face), where it starts, its size and how."""

    parts: list[tuple[str, str]]
    x: float
    y: float
    size: float = 12.0
    justify: float = 0.0  # the right edge to spread the line to, or 0
    how: str = ""  # "", "overprint" (bold by printing twice)


def line(text: str, x: float, y: float, size: float = 12.0, **kw: object) -> Ln:
    return Ln([(text, F.SONG)], x, y, size, **kw)  # type: ignore[arg-type]


def draw(
    pages: list[list[Ln]],
    image_pages: tuple[int, ...] = (),
    crop: tuple[float, float, float, float] | None = None,
) -> bytes:
    F._register()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    for k, page in enumerate(pages):
        if crop:
            c.setCropBox(crop)
        if k in image_pages:
            c.rect(100, 100, 300, 500, fill=1)  # a picture, no text
        for ln in page:
            natural = sum(
                pdfmetrics.stringWidth(t, F.SONG, ln.size * 0.6)
                if f == "^"
                else pdfmetrics.stringWidth(t, f, ln.size)
                for t, f in ln.parts
            )
            count = sum(len(t) for t, _ in ln.parts)
            spaces = sum(t.count(" ") for t, _ in ln.parts)
            slack = ln.justify - ln.x - natural if ln.justify else 0.0
            for dx in (0.0, 0.3) if ln.how == "overprint" else (0.0,):
                tx = c.beginText(ln.x + dx, ln.y)
                # Latin text is justified between its words, Chinese between characters
                # (both are graphics state: set them on every line).
                tx.setWordSpace(slack / spaces if spaces else 0.0)
                tx.setCharSpace(0.0 if spaces or count < 2 else slack / (count - 1))
                for text, face in ln.parts:
                    raised = face == "^"  # a footnote mark: small and raised
                    tx.setFont(F.SONG if raised else face, ln.size * (0.6 if raised else 1))
                    tx.setRise(ln.size * 0.4 if raised else 0)
                    tx.textOut(text)
                c.drawText(tx)
        c.showPage()
    c.save()
    return buf.getvalue()


def fill(
    text: str, per_line: int, x_first: float, y: float, size: float = 12.0, right: float = RIGHT
) -> list[Ln]:
    """``text`` as lines justified to ``right``, the first indented, the last short."""
    out = []
    rows = [text[: per_line - round((x_first - LEFT) / size)]]
    rest = text[len(rows[0]) :]
    rows += [rest[i : i + per_line] for i in range(0, len(rest), per_line)]
    for i, row in enumerate(rows):
        last = i == len(rows) - 1
        x = x_first if i == 0 else LEFT
        out.append(line(row, x, y - i * size * 1.6, size, justify=0.0 if last else right))
    return out


def texts(s: Structured) -> list[tuple[str, int, str]]:
    return [(b.kind, b.level, b.text) for b in s.blocks]


BODY = F.POLICY[1]  # 154 characters


def test_latin_words_in_another_face_keep_their_paragraph_and_spaces() -> None:
    y = 700.0
    lines = [
        Ln([("马克思在《资本论》中用一个概念概括这一思想，即", F.SONG)], 96, y, justify=RIGHT),
        Ln(
            [("“the development of the productive forces of social", "Helvetica")],
            LEFT,
            y - 19.2,
            justify=RIGHT,
        ),
        Ln(
            [("labour”", "Helvetica"), ("，并把它同生产关系的变革联系起来。", F.SONG)],
            LEFT,
            y - 38.4,
        ),
    ]
    got = pdf.read(draw([lines]), "latin.pdf")
    assert texts(got) == [
        (
            "body",
            0,
            "马克思在《资本论》中用一个概念概括这一思想，即“the development of the "
            "productive forces of social labour”，并把它同生产关系的变革联系起来。",
        )
    ]


def test_bold_by_overprinting_is_read_once_and_is_a_heading() -> None:
    lines = [
        line("关于加快发展新质生产力的意见", 140, 770, 22),
        line("一、总体要求", LEFT, 720, 16, how="overprint"),
        *fill(BODY, 36, 96, 690),
        Ln([("We offer a different view.", "Helvetica")], 96, 500, how="overprint"),
    ]
    got = pdf.read(draw([lines]), "bold.pdf")
    assert got.title == "关于加快发展新质生产力的意见"
    assert texts(got) == [
        ("heading", 1, "一、总体要求"),
        ("body", 0, BODY),
        ("body", 0, "We offer a different view."),  # Latin letters are not doubled nor lost
    ]


def test_a_heading_that_fills_its_line_in_body_type() -> None:
    # 公文: 28 characters a line, headings in body type with the paragraph indent
    edge, pitch = LEFT + 28 * 16, 25.6
    head = "（三）中国特色社会主义制度是发展新质生产力的制度优势"  # 26: fills its line
    wrap = "（四）发展新质生产力是破局西方科技霸权、增强国际竞争力的表现"  # 31: wraps
    lines = fill(BODY, 28, 104, 760, 16, edge)
    y = lines[-1].y - pitch
    lines.append(line(head, 104, y, 16, justify=edge))
    lines += fill(F.POLICY[3], 28, 104, y - pitch, 16, edge)
    y = lines[-1].y - pitch
    lines += [line(wrap[:26], 104, y, 16, justify=edge), line(wrap[26:], LEFT, y - pitch, 16)]
    lines += fill(F.POLICY[5], 28, 104, y - 2 * pitch, 16, edge)
    got = pdf.read(draw([lines]), "plain.pdf")
    assert texts(got) == [
        ("body", 0, BODY),
        ("heading", 1, head),
        ("body", 0, F.POLICY[3]),
        ("heading", 1, wrap),
        ("body", 0, F.POLICY[5]),
    ]


def test_a_two_line_running_head_goes_and_the_text_below_stays() -> None:
    pages = []
    for k in range(4):
        page = [
            line("学习与探索（哲学社会科学版）", LEFT, 800, 9),
            line("2024年第3期", LEFT, 789, 9),
            *fill(F.POLICY[k], 36, 96, 740),
            line(str(k + 1), 300, 40, 9),
        ]
        pages.append(page)
    got = pdf.read(draw(pages), "heads.pdf")
    assert texts(got) == [("body", 0, t) for t in F.POLICY[:4]]
    assert sorted((d.page, d.text) for d in got.dropped) == sorted(
        [(k + 1, t) for k in range(4) for t in ("学习与探索（哲学社会科学版）", "2024年第3期")]
        + [(k + 1, str(k + 1)) for k in range(4)]
    )


def test_two_columns_are_read_one_after_the_other() -> None:
    a, b = F.POLICY[5], F.POLICY[6]
    gutter = 310.0
    cols: list[Ln] = [line("两栏排版的文章", 250, 780, 18)]
    y0, per, size = 740.0, 18, 12.0
    rows = [a[i : i + per] for i in range(0, len(a), per)] + [
        b[i : i + per] for i in range(0, len(b), per)
    ]
    starts = {0, len(range(0, len(a), per))}
    ends = {len(range(0, len(a), per)) - 1, len(rows) - 1}
    half = (len(rows) + 1) // 2
    for i, row in enumerate(rows):
        col, r = divmod(i, half)
        left = LEFT if col == 0 else gutter + 20
        x = left + (24 if i in starts else 0)
        edge = left + per * size
        cols.append(line(row, x, y0 - r * 19.2, size, justify=0.0 if i in ends else edge))
    got = pdf.read(draw([cols, [line("第二页的文字", 96, 700)]]), "cols.pdf")
    assert [t for k, _, t in texts(got) if k == "body"][:2] == [a, b]


def test_a_table_row_is_one_line() -> None:
    lines = [
        *fill(BODY, 36, 96, 760),
        line("中央日志", LEFT, 600),
        line("rsyslog", 250, 600),
        line("syslog", 420, 600),
    ]
    got = pdf.read(draw([lines]), "row.pdf")
    assert texts(got)[-1] == ("body", 0, "中央日志 rsyslog syslog")


def test_squeezed_punctuation_stays_on_its_line() -> None:
    first = "这包括“漫游工作站”"
    width = pdfmetrics.stringWidth(first, F.SONG, 12)
    lines = [
        line(first, 96, 700),
        line("（其可以从学校网络脱离）。", 96 + width - 5, 700),  # drawn 5 pt into the quote
    ]
    got = pdf.read(draw([lines]), "squeeze.pdf")
    assert texts(got) == [("body", 0, "这包括“漫游工作站”（其可以从学校网络脱离）。")]


def test_a_scanned_page_among_text_pages_is_listed_as_dropped() -> None:
    pages = [fill(F.POLICY[k], 36, 96, 740) for k in range(3)]
    pages[1] = []
    got = pdf.read(draw(pages, image_pages=(1,)), "mixed.pdf")
    assert texts(got) == [("body", 0, F.POLICY[0]), ("body", 0, F.POLICY[2])]
    assert [(d.page, d.reason) for d in got.dropped] == [
        (2, "page without a text layer (a scanned image)")
    ]


def test_one_page_gives_no_rhythm_so_a_number_in_it_is_text() -> None:
    lines = [*fill(BODY, 36, 96, 760), line("3", 290, 500), line("— 1 —", 280, 40, 9)]
    got = pdf.read(draw([lines]), "one.pdf")
    assert [t for _, _, t in texts(got)][:2] == [BODY, "3"]
    assert got.dropped == []


def test_the_visible_page_is_the_crop_box() -> None:
    # Printed on a larger sheet: heads and folios sit at the edges of the crop box, and
    # the printer's note outside it is not part of the page.
    pages = []
    for k in range(3):
        pages.append(
            [
                line("印刷厂裁切线 2024-03", LEFT, 820, 8),
                line("中共中央党校学报", LEFT, 700, 9),
                *fill(F.POLICY[k], 36, 96, 660),
                line(f"— {k + 1} —", 280, 160, 9),
            ]
        )
    got = pdf.read(draw(pages, crop=(0, 140, W, 720)), "crop.pdf")
    assert texts(got) == [("body", 0, t) for t in F.POLICY[:3]]
    assert sorted((d.page, d.reason) for d in got.dropped) == sorted(
        [(k + 1, "running head") for k in range(3)] + [(k + 1, "folio") for k in range(3)]
    )


def test_characters_without_unicode_are_counted_and_a_page_of_them_refused() -> None:
    pua = "".join(chr(0xE000 + i) for i in range(30))
    lines = [*fill(BODY, 36, 96, 760), line(pua[:4], 96, 500)]
    got = pdf.read(draw([lines]), "some.pdf")
    assert texts(got) == [("body", 0, BODY)]
    assert [(d.page, d.reason) for d in got.dropped] == [
        (1, "4 characters without a Unicode map in their font")
    ]
    with pytest.raises(SourceError, match="no Unicode map"):
        pdf.read(draw([[line(pua, 96, 700 - 20 * i) for i in range(10)]]), "gbk.pdf")


def test_notes_gathered_at_the_end_are_notes_and_their_marks_markers() -> None:
    y = 760.0
    lines = [
        Ln(
            [("习近平总书记指出，发展新质生产力是推动高质量发展的内在要求。", F.SONG), ("①", "^")],
            96,
            y,
        ),
        Ln(
            [
                ("科技是第一生产力，人才是第一资源，创新是第一动力", F.SONG),
                ("②", "^"),
                ("。", F.SONG),
            ],
            96,
            y - 40,
        ),
        line("这一论断已为实践所证明[3]。", 96, y - 80),
        line("具体要求是：①加强领导；②完善机制。", 96, y - 100),  # enumerates, cites nothing
        line("注释", 280, y - 140, 14),
        line("① 习近平：《论科技自立自强》，中央文献出版社2023年版，第12页。", LEFT, y - 180),
        line("② 《习近平著作选读》第一卷，人民出版社2023年版，第20页。", LEFT, y - 200),
        line("[3] 《中国共产党第二十次全国代表大会文件汇编》，人民出版社2022年版。", LEFT, y - 220),
    ]
    got = pdf.read(draw([lines]), "end.pdf")
    assert [b.text for b in got.blocks] == [
        "习近平总书记指出，发展新质生产力是推动高质量发展的内在要求。①",
        "科技是第一生产力，人才是第一资源，创新是第一动力②。",
        "这一论断已为实践所证明[3]。",
        "具体要求是：①加强领导；②完善机制。",
    ]
    assert [(n.label, n.text) for n in got.notes] == [
        ("①", "习近平：《论科技自立自强》，中央文献出版社2023年版，第12页。"),
        ("②", "《习近平著作选读》第一卷，人民出版社2023年版，第20页。"),
        ("3", "《中国共产党第二十次全国代表大会文件汇编》，人民出版社2022年版。"),
    ]
    marks = [[(b.text[m.start : m.end], m.label) for m in b.markers] for b in got.blocks]
    assert marks == [[("①", "①")], [("②", "②")], [("[3]", "3")], []]


def test_spaces_between_chinese_characters_go_and_latin_spaces_stay() -> None:
    lines = [line("发 展 新 质 生 产 力 ， 推 动 GDP growth 稳 步 提 升 。", 96, 700)]
    got = pdf.read(draw([lines]), "spaced.pdf")
    assert [b.text for b in got.blocks] == ["发展新质生产力，推动 GDP growth 稳步提升。"]


def test_notes_marked_zhu_and_star() -> None:
    y = 760.0
    body = [
        Ln([("党的二十届三中全会作出了部署", F.SONG), ("1", "^"), ("，意义重大。", F.SONG)], 96, y),
        Ln([("各地要抓好贯彻落实", F.SONG), ("*", "^"), ("。", F.SONG)], 96, y - 40),
        *fill(BODY, 36, 96, y - 80),
    ]
    foot = [
        line("注1：《决定》，人民出版社2024年版。", LEFT, 110, 9),
        line("* 本文系专项课题成果。", LEFT, 96, 9),
    ]
    got = pdf.read(draw([body + foot]), "zhu.pdf")
    assert [(n.label, n.text) for n in got.notes] == [
        ("1", "《决定》，人民出版社2024年版。"),
        ("*", "本文系专项课题成果。"),
    ]
    assert [[(m.label, b.text[m.start : m.end]) for m in b.markers] for b in got.blocks] == [
        [("1", "1")],
        [("*", "*")],
        [],
    ]


def test_an_official_documents_masthead_is_not_its_title() -> None:
    lines = [
        line("国 务 院 办 公 厅 文 件", 110, 760, 40),
        line("国办发〔2024〕12号", 230, 700, 16),
        line("国务院办公厅关于加快发展新质生产力的意见", 80, 650, 22),
        *fill(BODY, 28, 104, 600, 16, LEFT + 28 * 16),
    ]
    got = pdf.read(draw([lines]), "redhead.pdf")
    assert got.title == "国务院办公厅关于加快发展新质生产力的意见"
    assert texts(got) == [("body", 0, "国办发〔2024〕12号"), ("body", 0, BODY)]
    assert [(d.text, d.reason) for d in got.dropped] == [("国务院办公厅文件", "masthead")]


def test_a_line_cut_short_by_a_url_that_did_not_fit_keeps_its_paragraph() -> None:
    y = 700.0
    url = "https://www.gov.cn/yaowen/liebiao/202402/content_6929446.htm"
    lines = [
        *fill(BODY, 36, 96, y),
        line("详见中国政府网发布的会议通稿，", 96, y - 96),  # the URL has no room after it
        Ln([(url, "Helvetica"), ("。", F.SONG)], LEFT, y - 115.2),
        *fill(BODY, 36, 96, y - 150),
    ]
    got = pdf.read(draw([lines]), "url.pdf")
    assert [b.text for b in got.blocks] == [BODY, f"详见中国政府网发布的会议通稿，{url}。", BODY]


def test_footnotes_lettered_by_page_or_numbered_again_are_each_a_note() -> None:
    y = 760.0
    body = [
        Ln([("党的二十届三中全会作出了部署", F.SONG), ("a", "^"), ("，意义重大。", F.SONG)], 96, y),
        Ln([("各地要抓好贯彻落实", F.SONG), ("b", "^"), ("。", F.SONG)], 96, y - 40),
        *fill(BODY, 36, 96, y - 80),
    ]
    foot = [
        line("a《决定》，人民出版社2024年版。", LEFT, 138, 9),
        line("b《报告》，人民出版社2022年版。", LEFT, 124, 9),
        line("①《资本论》第一卷，人民出版社2004年版。", LEFT, 110, 9),
        line("①《资本论》第三卷，人民出版社2004年版。", LEFT, 96, 9),  # numbered again
    ]
    got = pdf.read(draw([body + foot]), "letters.pdf")
    assert [(n.label, n.text) for n in got.notes] == [
        ("a", "《决定》，人民出版社2024年版。"),
        ("b", "《报告》，人民出版社2022年版。"),
        ("①", "《资本论》第一卷，人民出版社2004年版。"),
        ("①", "《资本论》第三卷，人民出版社2004年版。"),
    ]
