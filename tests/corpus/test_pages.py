"""Furniture proven by the page rhythm (form feeds, as pdftotext writes them)."""

from __future__ import annotations

import pytest

from jingdu.corpus.lines import split_lines
from jingdu.corpus.pages import mark_page_rhythm
from tests.corpus.helpers import assert_nothing_lost, clean, layout, paragraphs, wrap

SENTENCES = [
    "发展新质生产力是推动高质量发展的内在要求和重要着力点。",
    "必须继续做好创新这篇大文章，推动新质生产力加快发展。",
    "各地区要因地制宜，先立后破，分类指导。",
    "防止一哄而上、泡沫化，也不要搞一种模式。",
    "要以科技创新引领产业创新，积极培育和发展新质生产力。",
    "改造提升传统产业，培育壮大新兴产业，布局建设未来产业。",
    "完善现代化产业体系，深化经济体制、科技体制等改革。",
]
BODY = "".join(SENTENCES)


def text_of(n: int) -> list[str]:
    """``n`` different paragraphs: the sentences in another order each time."""
    paras = []
    for k in range(n):
        order = SENTENCES[k % 7 :] + SENTENCES[: k % 7]
        paras.append(f"第{k + 1}段。" + "".join(order[: 3 + k % 4]))
    return paras


def pages(n: int, top, foot, per_page: int = 6) -> str:
    """``n`` pages of body lines, each page with ``top(p)`` and ``foot(p)`` lines
    (None for none), separated by form feeds."""
    body = layout(*text_of(n * per_page // 3 + 1), width=20)
    out = []
    for p in range(n):
        lines = body[p * per_page : (p + 1) * per_page]
        page = ([top(p)] if top(p) else []) + lines + ([foot(p)] if foot(p) else [])
        out.append("\n".join(page))
    return "\n\f".join(out) + "\n"


@pytest.mark.parametrize(
    "folio",
    [
        lambda p: str(37 + p),
        lambda p: f"{p + 1} / 9",
        lambda p: f"第{p + 1}页",
        lambda p: f"— {p + 3} —",
        lambda p: (
            "ivxlc"[0] if p == 0 else ["ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"][p - 1]
        ),
    ],
    ids=["bare", "n-of-m", "di-ye", "dashes", "roman"],
)
def test_folios_in_any_style_at_a_page_foot_are_page_numbers(folio) -> None:
    src = pages(9, lambda p: None, folio)
    [doc] = clean(src)
    removed = [r.text for r in doc.removed]
    assert removed == [folio(p) for p in range(9)]
    assert {r.reason for r in doc.removed} == {"page number"}
    assert_nothing_lost(src, [doc], allowed={"page number"})


def test_alternating_running_heads_and_a_corner_folio_go() -> None:
    def top(p: int) -> str:
        return "经济理论与政策研究 2024年第6期" if p % 2 else "论新质生产力的世界观和方法论意蕴"

    src = pages(10, top, lambda p: str(101 + p))
    [doc] = clean(src)
    reasons = {(r.reason, r.text) for r in doc.removed}
    assert ("running header", "经济理论与政策研究 2024年第6期") in reasons
    assert ("running header", "论新质生产力的世界观和方法论意蕴") in reasons
    assert len(doc.removed) == 20
    assert "经济理论" not in doc.text and "101" not in doc.text


def test_what_repeats_out_of_step_with_the_pages_stays() -> None:
    """A sentence at page tops that is no running head (its number does not follow the
    pages), numbers in a table, and ``-1`` are text."""
    src = pages(
        8,
        lambda p: f"表{p * 3 % 5 + 1} 新质生产力指标" if p % 2 == 0 else None,
        lambda p: ["-1", "-20", "12", "7", "1482", "3", "5", "-1"][p],
    )
    [doc] = clean(src)
    assert doc.removed == []
    assert_nothing_lost(src, [doc])


def test_without_form_feeds_there_is_no_rhythm_to_prove() -> None:
    lines = split_lines("\n".join(f"{n}\n{BODY}" for n in range(1, 10)))
    assert mark_page_rhythm(lines) == []
    assert all(ln.role == "text" for ln in lines)


def test_lines_learn_their_page_from_form_feeds() -> None:
    lines = split_lines("一\n二\n\f三\n\n\f\f四\n")
    assert [(ln.text, ln.page) for ln in lines] == [("一", 0), ("二", 0), ("三", 1), ("四", 3)]


def test_a_printed_contents_page_is_left_out_when_its_titles_come_later() -> None:
    heads = ["1 概述", "1.1 网络", "1.2 服务器", "2 安装", "2.1 下载"]
    contents = ["目录"] + [f"{h} . . . . . . . . . . {n}" for n, h in enumerate(heads, 1)]
    chapters = []
    for n, h in enumerate(heads):
        chapters += [h, *layout(text_of(n + 2)[-1], width=20)]
    src = "\n".join(["学校网络管理手册", *contents]) + "\n\f" + "\n".join(chapters) + "\n"
    [doc] = clean(src)
    gone = [r.text for r in doc.removed if r.reason == "table of contents"]
    assert gone == contents  # the title above it stays
    assert doc.title == "学校网络管理手册"
    assert next((o.level, o.title) for o in doc.outline) == (0, "学校网络管理手册")
    assert [o.title for o in doc.outline if o.level] == heads


def test_a_page_of_dotted_leaders_whose_titles_are_not_headings_stays() -> None:
    prices = [f"{name} . . . . . . . . {n * 12}元" for n, name in enumerate("甲乙丙丁戊己", 1)]
    src = "\n".join(layout(BODY, width=20) + prices) + "\n\f" + "\n".join(layout(BODY)) + "\n"
    [doc] = clean(src)
    assert [r for r in doc.removed if r.reason == "table of contents"] == []
    assert all(p in doc.text for p in prices)


def test_a_section_head_at_the_page_tops_goes_and_the_heading_it_repeats_stays() -> None:
    heading = "一、国际环境变化与新质生产力发展"
    paras = text_of(16)
    first_page = [*layout(paras[0], width=20), heading, *layout(paras[1], width=20)]
    body = layout(*paras[2:], width=20)
    rest = [[heading, *body[6 * k : 6 * k + 6], f"{k + 2} / 6"] for k in range(5)]
    src = "\n".join([*first_page, "1 / 6"]) + "\n\f" + "\n\f".join("\n".join(p) for p in rest)
    [doc] = clean(src + "\n")
    assert [o.title for o in doc.outline] == [heading]
    assert [r.text for r in doc.removed if r.reason == "running header"] == [heading] * 5


def test_lettered_notes_glued_to_their_letter_at_a_page_foot_are_notes() -> None:
    notes = [
        "a付随鑫：《拜登经济学与美国新经济范式》，《现代国际关系》，2023年第9期，第76页。",
        "b李巍：《新华盛顿共识与美国经济战略转型》，《国际问题研究》，2023年第5期。",
    ]
    first = layout(SENTENCES[0] + "a" + SENTENCES[1] + "b", width=20)
    # The marker a of the next page's text falls at a line start: it is no note.
    second = [
        *layout(SENTENCES[2], width=20),
        "a这是欧盟首次出台经济安全战略，显示其对市",
        "场经济的自由运行不再放心。",
    ]
    pages = [first + notes + ["1"], [*second, "2"], [*layout(SENTENCES[3], width=20), "3"]]
    src = "\n\f".join("\n".join(p) for p in pages) + "\n"
    [doc] = clean(src)
    got = [doc.text[f.note_start : f.note_end] for f in doc.footnotes if f.note_start >= 0]
    assert got == notes
    assert "a这是欧盟首次出台经济安全战略，显示其对市场经济的自由运行不再放心。" in doc.text


def test_endnotes_lettered_from_a_again_for_each_page_are_all_notes() -> None:
    notes = [
        "a林毅夫：《如何理解全球变局的逻辑与中国经济的定力》，中信出版社，2024年，第17页。",
        "b王勇：《新质生产力的战略内涵与关键原则》，中信出版社，2024年，第77页。",
        "a盖凯程、韩文龙：《新质生产力》，中国社会科学出版社，2024年，第8页。",
        "b付随鑫：《拜登经济学与美国新经济范式》，《现代国际关系》，2023年第9期。",
        "c李巍：《新华盛顿共识与美国经济战略转型》，《国际问题研究》，2023年第5期。",
    ]
    body = layout(SENTENCES[0] + "a" + SENTENCES[1] + "b" + SENTENCES[2] + "a", width=20)
    src = "\n".join([*body, "注释", *(line for n in notes for line in wrap(n, 20, 0))]) + "\n"
    [doc] = clean(src)
    assert [t for k, t in paragraphs(doc) if k == "note"] == notes


def test_section_heads_on_two_pages_go_in_an_indented_layout_and_their_headings_stay() -> None:
    """pdftotext -layout: every line indented; each section's head on two pages."""
    paras = text_of(30)
    heads = ["一、国际环境变化与新质生产力发展", "二、中国发展新质生产力对世界的贡献"]
    pages, k = [], 0
    for n, head in enumerate(heads):
        first = [*layout(paras[k], width=20), head, *layout(paras[k + 1], width=20)]
        pages.append(([heads[n - 1]] if n else []) + first + [str(len(pages) + 1)])
        k += 2
        for _ in range(2):
            pages.append([head, *layout(paras[k], width=20), str(len(pages) + 1)])
            k += 1
    src = "\n\f".join("\n".join("    " + line for line in p) for p in pages) + "\n"
    [doc] = clean(src)
    assert [o.title for o in doc.outline] == heads
    assert [r.text for r in doc.removed if r.reason == "running header"].count(heads[0]) == 3


@pytest.mark.parametrize("per_page", [7, 4])  # 4: a section heads two odd pages or more
def test_a_book_heads_its_odd_pages_with_the_current_section_and_the_headings_stay(
    per_page: int,
) -> None:
    """Even pages carry the book's name; odd pages the title or the section being read,
    a different one every few pages, each printed first as the section's heading."""
    title = "论新质生产力的世界观和方法论意蕴"
    sections = ["一、坚持人民至上", "二、坚持自信自立", "三、坚持守正创新"]
    paras = text_of(12)
    text = [title]
    for k, h in enumerate(sections):
        text += [h, *layout(*paras[4 * k : 4 * k + 4], width=20)]
    page_texts, current = [], title
    for n, start in enumerate(range(0, len(text), per_page)):
        chunk = text[start : start + per_page]
        head = "新质生产力研究文集" if n % 2 else current
        page_texts.append("\n".join([head, *chunk, f"{n + 1} / 9"]))
        current = next((t for t in reversed(chunk) if t in sections), current)
    src = "\n\f".join(page_texts) + "\n"
    [doc] = clean(src)
    assert doc.title == title
    assert [o.title for o in doc.outline if o.level] == sections
    heads = [r.text for r in doc.removed if r.reason == "running header"]
    assert heads.count("新质生产力研究文集") >= 2 and heads.count(title) == 1
    assert sum(h in sections for h in heads) >= 2
    assert_nothing_lost(src, [doc], allowed={"running header", "page number"})


def test_a_journal_head_beside_its_folio_goes_in_whichever_order_the_extraction_gives() -> None:
    journal = "经济理论与政策研究 2024年第6期"

    def top(p: int) -> str | None:
        if p % 2 == 0:
            return None
        pair = [str(38 + p), journal]
        return "\n".join(reversed(pair) if p == 7 else pair)  # page 8: head, then folio

    src = pages(9, top, lambda p: None)
    [doc] = clean(src)
    assert journal not in doc.text
    assert [r.text for r in doc.removed].count(journal) == 4
    assert_nothing_lost(src, [doc], allowed={"running header", "page number"})


def test_the_notes_heading_repeated_at_the_top_of_the_notes_pages_goes() -> None:
    notes = [
        f"{'①②③④⑤⑥⑦⑧⑨'[k]}习近平：《论科技自立自强》，中央文献出版社，2023年，第{k + 1}页。"
        for k in range(9)
    ]
    body = layout(*text_of(8), width=20)
    page_texts = [
        "\n".join(["新质生产力研究文集", *body[k * 8 : k * 8 + 8], f"{k + 1} / 7"])
        for k in range(4)
    ]
    page_texts.append("\n".join(["新质生产力研究文集", *body[32:], "注释", *notes[:3], "5 / 7"]))
    page_texts.append("\n".join(["注释", *notes[3:6], "6 / 7"]))
    page_texts.append("\n".join(["注释", *notes[6:], "7 / 7"]))
    src = "\n\f".join(page_texts) + "\n"
    [doc] = clean(src)
    assert [o.title for o in doc.outline].count("注释") == 1
    assert [r.text for r in doc.removed].count("注释") == 2
    assert_nothing_lost(src, [doc], allowed={"running header", "page number"})


def test_a_contents_list_without_pages_goes_when_its_titles_come_later() -> None:
    """A text edition's 目录: titles indented by level, no leader dots, no page numbers;
    and a list of tables whose entries come again as 表 captions."""
    heads = ["1. 教程", "1.1. 控制台基础", "1.2. 谁在系统里？", "2. 软件包管理"]
    tables = ["1.1. 程序包列表", "1.2. 文档列表", "1.3. 目录用途列表", "2.1. 工具列表"]
    contents = ["目录", *[f"    {h}" for h in heads]]
    listed = ["表格清单", *tables]
    body = []
    for n, h in enumerate(heads):
        body += [h, *layout(text_of(n + 2)[-1], width=20), f"表 {tables[n]}"]
    listing = "\n".join(contents) + "\n\n" + "\n".join(listed)
    src = "\n\n".join(["用户手册", listing, *body]) + "\n"
    [doc] = clean(src)
    gone = [r.text for r in doc.removed if r.reason == "table of contents"]
    assert gone == [c.strip() for c in contents + listed]
    assert [o.title for o in doc.outline if o.level] == heads
