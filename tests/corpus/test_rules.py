"""Each cleaning rule on a small hand-made source."""

from __future__ import annotations

import pytest

from tests.corpus.helpers import assert_nothing_lost, clean, column, layout, paragraphs, wrap

P1 = (
    "新质生产力是创新起主导作用，摆脱传统经济增长方式、生产力发展路径，"
    "具有高科技、高效能、高质量特征，符合新发展理念的先进生产力质态。"
)
P2 = (
    "它由技术革命性突破、生产要素创新性配置、产业深度转型升级而催生，"
    "以劳动者、劳动资料、劳动对象及其优化组合的跃升为基本内涵，以全要素生产率大幅提升为核心标志。"
)
P3 = "发展新质生产力是推动高质量发展的内在要求和重要着力点，必须继续做好创新这篇大文章，推动新质生产力加快发展。"
P4 = (
    "科技创新能够催生新产业、新模式、新动能，是发展新质生产力的核心要素。必须加强科技创新特别是原创性、"
    "颠覆性科技创新，加快实现高水平科技自立自强，打好关键核心技术攻坚战，使原创性、颠覆性科技创新成果竞相涌现，"
    "培育发展新质生产力的新动能。"
)
P5 = (
    "绿色发展是高质量发展的底色，新质生产力本身就是绿色生产力。必须加快发展方式绿色转型，助力碳达峰碳中和。"
    "牢固树立和践行绿水青山就是金山银山的理念，坚定不移走生态优先、绿色发展之路。"
)


def body(doc):
    return [t for k, t in paragraphs(doc) if k in ("body", "quote")]


def test_hard_wrapped_paragraphs_are_reflowed() -> None:
    src = column(*layout(P1, P2, P3))
    [doc] = clean(src)
    assert body(doc) == [P1, P2, P3]
    assert "\n" not in doc.text.replace("\n", "", len(doc.paragraphs) - 1)
    assert_nothing_lost(src, [doc])


def test_column_width_is_learned_per_source() -> None:
    # A few pages: enough lines to learn the column from. Wide columns hold long
    # paragraphs (as in the corpus); otherwise indented first lines would be most lines.
    page = [P1, P4, P2, P5, P3] * 3
    for width in (16, 21, 28, 34):
        [doc] = clean(column(*layout(*page, width=width)))
        assert body(doc) == page, width
    wide = [P1 + P4, P2 + P5 + P3, P4 + P1, P3 + P2 + P5] * 2
    [doc] = clean(column(*layout(*wide, width=47)))
    assert body(doc) == wide


def test_single_newlines_and_blank_lines_read_the_same() -> None:
    a = clean(column(*layout(P1, P2, P3), blank_between=True))[0]
    b = clean(column(*layout(P1, P2, P3), blank_between=False))[0]
    assert a.text == b.text


def test_a_term_cut_across_lines_is_whole_again() -> None:
    para = "我们要深刻理解、准确把握、加快发展新质生产力，推动高质量发展迈上新台阶，为中国式现代化提供物质技术基础。"
    lines = wrap(para)
    assert lines[0].endswith("新") and lines[1].startswith("质生产力")
    [doc] = clean(column(*lines, *layout(P1, P3)))
    assert body(doc)[0] == para


def test_a_full_last_line_then_an_indented_line_starts_a_new_paragraph() -> None:
    exact = (
        "创新是引领发展的第一动力，协调是持续健康发展的内在要求，绿色是永续发展的必要条件，开放是国家繁荣发展的必由之路，共享是本质。"[
            :57
        ]
        + "。"
    )
    assert len(exact) == 18 + 20 * 2 and len(wrap(exact)[-1]) == 20  # a full last line ends it
    [doc] = clean(column(*layout(exact, P1, P2)))
    assert body(doc) == [exact, P1, P2]


def test_running_header_and_page_starts_are_removed_and_witness_the_title() -> None:
    lines = layout(P1, P2, P3, P1, P2)
    header = "论新质生产力的世界观"
    for at in (14, 9, 4):  # a page break mid-paragraph: header, then a page start with a blank
        lines[at:at] = [header]
        lines[at + 1] = " " + lines[at + 1]
    src = column(*lines)
    [doc] = clean(src)
    assert header not in doc.text
    assert body(doc) == [P1, P2, P3, P1, P2]
    assert doc.title == header and doc.title_source == "header"
    assert_nothing_lost(src, [doc], {"running header"})


def test_page_numbers_also_split_over_two_lines_are_removed() -> None:
    lines = layout(P1, P2, P3)
    lines[3:3] = ["— 45 —"]
    lines[8:8] = ["— 106", "—"]
    lines[11] = " " + lines[11]
    src = column(*lines)
    [doc] = clean(src)
    assert body(doc) == [P1, P2, P3]
    assert [r.reason for r in doc.removed] == ["page number", "page number", "page number (split)"]
    assert_nothing_lost(src, [doc], {"page number", "page number (split)"})


def test_pipe_page_header_is_removed_and_its_title_kept() -> None:
    lines = layout(P1, P2, P3)
    lines[5:5] = ["理解新质生产力的国际视角  |  21  |"]
    lines[10:10] = ["|  22  | 《现代国际关系》2024 年第 7 期"]
    [doc] = clean(column(*lines))
    assert body(doc) == [P1, P2, P3]
    assert doc.title == "理解新质生产力的国际视角"


def test_section_label_printed_one_character_per_line_is_removed() -> None:
    lines = layout(P1, P2, P3, P1)
    for at in (12, 5):
        lines[at:at] = ["理", "论", "探"]
        lines[at + 3] = "索" + lines[at + 3]  # the label's last character glued to the page
    src = column(*lines)
    [doc] = clean(src)
    assert body(doc) == [P1, P2, P3, P1]
    assert_nothing_lost(src, [doc], {"vertical section label"})


def test_headings_get_their_level_from_the_numbering() -> None:
    src = column(
        "一、新质生产力的科学内涵",
        *layout(P1),
        "（一）新质生产力的基本特征",
        *layout(P2),
        "1．技术革命性突破",
        *layout(P3),
        "（1）颠覆性技术",
        *layout(P1),
        "二、加快发展新质生产力",
        *layout(P2),
    )
    [doc] = clean(src)
    assert [(o.level, o.title) for o in doc.outline] == [
        (1, "一、新质生产力的科学内涵"),
        (2, "（一）新质生产力的基本特征"),
        (3, "1．技术革命性突破"),
        (4, "（1）颠覆性技术"),
        (1, "二、加快发展新质生产力"),
    ]
    assert body(doc) == [P1, P2, P3, P1, P2]


def test_a_heading_wrapped_onto_a_second_line_is_joined() -> None:
    src = column(*layout(P1), "一、坚持人民至上是发展新质生产力的价值", "遵循", *layout(P2, P3))
    [doc] = clean(src)
    assert ("h1", "一、坚持人民至上是发展新质生产力的价值遵循") in paragraphs(doc)
    assert body(doc) == [P1, P2, P3]


def test_a_run_in_heading_is_separated_from_its_paragraph() -> None:
    run_in = "（一）全球化进程遇阻，一些主要经济体的开放度不如从前。" + P2
    [doc] = clean(column(*layout(P1), *layout(run_in), *layout(P3)))
    # （一） is the top of this text's own ladder (issue 13: levels from the document).
    assert paragraphs(doc)[1] == ("h1", "（一）全球化进程遇阻，一些主要经济体的开放度不如从前。")
    assert body(doc) == [P1, P2, P3]


@pytest.mark.parametrize(
    ("heads", "levels"),
    [
        (["第一章 总论", "第一节 意义", "一、内涵", "（一）特征"], [1, 2, 3, 4]),
        (["第 1 章 总论", "第 2 节 意义", "一、内涵"], [1, 2, 3]),
        (["1 引言", "1.1 背景", "1.1.1 研究现状", "2 方法", "2.1 数据"], [1, 2, 3, 1, 2]),
        (["（一）总体要求", "1.基本原则", "（1）坚持创新", "（二）主要任务"], [1, 2, 3, 1]),
    ],
    ids=["chapters-sections", "arabic-chapters", "dotted", "no-top-rung"],
)
def test_heading_levels_follow_the_ladders_this_text_uses(heads, levels) -> None:
    lines = []
    for h in heads:
        lines += [h, *layout(P1)]
    [doc] = clean(column(*lines))
    got = [(t, int(k[1:])) for k, t in paragraphs(doc) if k.startswith("h")]
    assert got == list(zip(heads, levels, strict=True))


def test_markdown_levels_are_corrected_by_the_numbering() -> None:
    src = "\n\n".join(
        [
            "# 新质生产力何以驱动高质量发展",
            "耿子恒 孟山月 杨宜勇",
            "**【摘要】** " + P1,
            "**【关键词】** 新质生产力；高质量发展；创新",
            "## 一、引言",
            P2,
            "#### （一）从有效投资视角阐述",
            P3,
            "## （二）从技术创新视角阐述",
            P1,
        ]
    )
    [doc] = clean(src)
    assert [(o.level, o.title) for o in doc.outline] == [
        (0, "新质生产力何以驱动高质量发展"),
        (1, "一、引言"),
        (2, "（一）从有效投资视角阐述"),
        (2, "（二）从技术创新视角阐述"),
    ]
    assert doc.title == "新质生产力何以驱动高质量发展" and doc.title_source == "text"
    assert doc.authors == ["耿子恒", "孟山月", "杨宜勇"]
    assert doc.abstract == P1
    assert doc.keywords == ["新质生产力", "高质量发展", "创新"]
    assert "#" not in doc.text and "**" not in doc.text
    assert_nothing_lost(src, [doc], {"markup"})


def test_journal_front_matter_title_authors_abstract() -> None:
    src = column(
        " 马 克思主义研究",
        "·专题研究·",
        "新质生产力：破解西方文明困境",
        "周　文，杨正源",
        *wrap("［摘　要］" + P1 + P2, 30, 0),
        *layout(P3, P1, P2, width=30),
    )
    [doc] = clean(src)
    assert doc.title == "新质生产力：破解西方文明困境"
    assert doc.authors == ["周文", "杨正源"]
    assert doc.abstract == P1 + P2
    assert paragraphs(doc)[:2] == [("h0", doc.title), ("signature", "周 文，杨正源")]
    assert {r.text for r in doc.removed} == {"马 克思主义研究", "·专题研究·"}


def test_footnote_markers_in_every_style_are_recognised() -> None:
    para = (
        "习近平总书记指出：“要以科技创新推动产业创新。”[1] 全会强调：“要因地制宜发展新质生产力。”① "
        "这是重要论述<sup>②</sup>，必须深刻领会。另有学者指出其必要性和紧迫性。b但仅从国内视角考察还不足以理解。"
    )
    src = "\n\n".join(["# 标题", para, "① 习近平：《论科技创新》，人民出版社，2024年，第3页。"])
    [doc] = clean(src)
    labels = [(f.label, doc.text[f.start : f.end]) for f in doc.footnotes]
    assert labels == [("1", "[1]"), ("①", "①"), ("②", "②"), ("b", "b")]
    assert "<sup>" not in doc.text
    linked = [f for f in doc.footnotes if f.note_start >= 0]
    assert [doc.text[f.note_start : f.note_end][:6] for f in linked] == ["① 习近平："]


def test_footnote_bodies_printed_mid_page_move_to_the_notes() -> None:
    lines = layout(P1, P2 + "a", P3, width=20)
    # The page ends inside P3: its note is printed at the bottom, then the next page starts.
    cut = len(wrap(P1)) + len(wrap(P2 + "a")) + 2
    note = ["a 《新质生产力》，中国社会科学出版社，2024年，", "第16页。"]
    lines[cut:cut] = note
    lines[cut + 2] = " " + lines[cut + 2]
    src = column(*lines)
    [doc] = clean(src)
    assert body(doc) == [P1, P2 + "a", P3]
    notes = [t for k, t in paragraphs(doc) if k == "note"]
    assert notes == ["a 《新质生产力》，中国社会科学出版社，2024年，第16页。"]
    [fn] = doc.footnotes
    assert doc.text[fn.note_start : fn.note_end] == notes[0]
    assert doc.outline[-1].title == "注释"
    assert_nothing_lost(src, [doc])


def test_full_width_digits_and_latin_are_kept_as_written() -> None:
    para = (
        "２０２３ 年，中国研发经费支出达 ３３２７８ 亿元，比上年增长 ８．１％，占 ＧＤＰ 比重为 ２．６４％。"
        * 2
    )
    [doc] = clean(column(*layout(P1, para, P2, width=24)))
    assert "２０２３ 年" in doc.text and "ＧＤＰ" in doc.text and "８．１％" in doc.text


def test_closing_editor_line_is_a_signature() -> None:
    [doc] = clean(column(*layout(P1, P2, P3), "（责任编辑：冉利军）"))
    assert paragraphs(doc)[-1] == ("signature", "（责任编辑：冉利军）")


def test_a_compilation_is_split_into_its_pieces() -> None:
    q1 = "历次产业革命都有一些共同特点：一是有新的科学理论作基础，二是有相应的新生产工具出现。"
    q2 = "概括地说，新质生产力是创新起主导作用，摆脱传统经济增长方式、生产力发展路径的先进生产力质态。"
    q3 = "绿色发展是高质量发展的底色，新质生产力本身就是绿色生产力，必须加快发展方式绿色转型。"
    cite = "——2024 年 1 月 31 日，习近平在二十届中央政治局第十一次集体学习时的讲话"
    lines = layout(P1, P2)
    for q in (q1, q2, q3):
        lines += wrap(q) + wrap(cite, 20, 0)
    lines += [*layout(P3, P1), " 新华社评论员"]
    lines += [*layout(P2, P3), " 中国社会科学院大学 杨开忠"]
    lines += [*layout(P1, P2, P3), " 南方日报评论员"]
    src = column(*lines)
    docs = clean(src, "booklet.txt")
    assert [d.part for d in docs] == [1, 2, 3, 4, 5]
    assert [d.id for d in docs] == [f"booklet-{i:02d}" for i in range(1, 6)]
    report, quotes, *signed = docs
    assert body(report) == [P1, P2]
    assert [k for k, _ in paragraphs(quotes)] == ["quote", "signature"] * 3
    assert quotes.title == "习近平重要论述摘编（3 则）"
    assert [d.authors for d in signed] == [
        ["新华社评论员"],
        ["中国社会科学院大学 杨开忠"],
        ["南方日报评论员"],
    ]
    assert all(d.title and d.title_source == "derived" for d in docs)
    assert signed[0].title == P3[: P3.index("，")]
    assert_nothing_lost(src, docs)


def test_notes_wrapped_over_lines_and_a_page_break_stay_whole() -> None:
    note1 = (
        "①习近平：《发展新质生产力是推动高质量发展的内在要求和重要着力点》，《求是》2024年第11期。"
    )
    note2 = "②《马克思恩格斯全集》第47卷，北京：人民出版社，1979年，第60页。"
    note3 = "③任保平、王子月：《新质生产力推进中国式现代化的战略重点、任务与路径》，《西安财经大学学报》2024年第1期。"
    lines = layout(P1 + "①", P2 + "②③", width=20)
    notes1, notes3 = wrap(note1, 20, 0), wrap(note3, 20, 0)
    lines += ["注释", *notes1, note2, notes3[0], "— 3 —", *notes3[1:]]
    src = column(*lines, blank_between=False)
    [doc] = clean(src)
    assert body(doc) == [P1 + "①", P2 + "②③"]
    assert [doc.text[f.note_start : f.note_end] for f in doc.footnotes] == [note1, note2, note3]
    assert_nothing_lost(src, [doc], allowed={"page number"})


def test_notes_wrapped_short_of_the_full_width_still_run_on() -> None:
    """A line of mixed scripts wraps well before the full width (an address or an
    English word is not broken); a 【label】 waits for its value on the next line; a
    full line may end with a closing bracket and go on."""
    note1 = "①ECB, “The Monetary Policy Strategy,” Implications for Rate Forward Guidance，"
    note1 += "European Central Bank, 2021, https://www.ecb.europa.eu/home/search/review.html."
    note2 = (
        "②令小雄、谢何源：《新质生产力的三重向度：时空向度》《学报》（哲学社会科学版）2024年第1期。"
    )
    front = ["【中图分类号】F124【文献标识码】A【文章编号】", "1000-4769(2024)04-0048-08"]
    lines = layout(P1 + "①", P2 + "②", width=20)
    lines += [
        "注释",
        *front,
        "①ECB, “The Monetary Policy Strategy,”",
        "Implications for Rate Forward Guidance，",
        "European Central Bank, 2021,",
        "— 3 —",
        "https://www.ecb.europa.eu/home/search/",
        "review.html.",
        "②令小雄、谢何源：《新质生产力的三重向",
        "度：时空向度》《学报》（哲学社会科学版）",  # full, and ends with a bracket
        "2024年第1期。",
    ]
    src = column(*lines, blank_between=False)
    [doc] = clean(src)
    assert body(doc) == [P1 + "①", P2 + "②"]
    notes = [doc.text[p.start : p.end] for p in doc.paragraphs if p.kind == "note"]
    assert notes[0] == "".join(front)
    linked = [doc.text[f.note_start : f.note_end] for f in doc.footnotes]
    assert [n.replace(" ", "") for n in linked] == [note1.replace(" ", ""), note2]
    assert_nothing_lost(src, [doc], allowed={"page number"})


def test_a_short_numbered_heading_does_not_swallow_a_one_line_paragraph() -> None:
    [doc] = clean(column(*layout(P1), "3.1 网络", "网络结构见下图。", *layout(P3)))
    assert ("h1", "3.1 网络") in paragraphs(doc)
    assert "网络结构见下图。" in body(doc)


def test_an_omission_inside_an_open_quotation_does_not_end_the_paragraph() -> None:
    lines = [
        *layout(P1),
        "他强调：“优化布局……",
        "打造自主可控、安全可靠、竞争力强的现代化产",
        "业体系。”总体上讲，任重道远。",
    ]
    [doc] = clean(column(*lines, *layout(P3)))
    assert body(doc) == [
        P1,
        "他强调：“优化布局……打造自主可控、安全可靠、竞争力强的现代化产业体系。”总体上讲，任重道远。",
        P3,
    ]


def test_paragraphs_separated_by_blank_lines_are_taken_as_the_text_sets_them() -> None:
    """A plain-text edition: no first-line indent, a blank line after each paragraph,
    and paragraphs that end on a full line (which the column alone cannot tell)."""
    full = "发展新质生产力要因地制宜。" * 3  # 39 characters: ends exactly on full lines
    paras = [P1, full[:40], P2, full[:40], P3, P2, P1, P3]
    lines: list[str] = []
    for p in paras:
        lines += [*wrap(p, 20, indent=0), ""]
    [doc] = clean("\n".join(lines))
    assert body(doc) == paras


def test_blank_lines_only_before_headings_do_not_make_paragraphs_of_the_runs() -> None:
    lines = ["一、总体要求", "", *layout(P1, P2), "", "二、主要任务", "", *layout(P3, P1)]
    [doc] = clean("\n".join(lines))
    assert body(doc) == [P1, P2, P3, P1]


def test_table_rows_with_numbers_between_bars_are_text() -> None:
    rows = [
        "|名称 |V:54, |1482 |说明文字|",
        "|型号 |V:12, |73 |其他说明|",
        "|序号 |V:3, |20 |备注|",
    ]
    src = column(*layout(P1), *rows, *layout(P2))
    [doc] = clean(src)
    assert doc.removed == []
    assert_nothing_lost(src, [doc])


def test_a_subheading_that_recurs_before_indented_paragraphs_is_text() -> None:
    lines: list[str] = []
    for p in (P1, P2, P3):
        wrapped = layout(p)
        lines += ["专家点评", "  " + wrapped[0], *wrapped[1:]]
    src = "\n".join(lines) + "\n"
    [doc] = clean(src)
    assert doc.removed == []
    assert doc.text.count("专家点评") == 3


def test_short_indented_list_items_are_no_signatures_and_a_manual_stays_one_document() -> None:
    lines: list[str] = []
    for n, items in enumerate(
        [["– 主服务器", "– 工作站"], ["– 独立安装", "– 最小安装"], ["– eth0", "– eth1"]]
    ):
        lines += [*layout(P1 if n % 2 else P3), *("   " + it for it in items)]
    lines += layout(P2)
    docs = clean("\n".join(lines) + "\n")
    assert len(docs) == 1
    assert docs[0].authors == []
    assert "– 独立安装" in docs[0].text


def test_shell_lines_and_config_lines_are_text_and_a_markdown_heading_is_whole() -> None:
    code = ["#!/bin/sh", "# apt-get update", "+ : alice jane : ALL", "- : ALL : ALL"]
    heading = (
        "## 为什么要发展新质生产力？新质生产力和传统生产力有什么区别？怎样才能因地制宜地发展？"
    )
    src = column(*layout(P1), *code, heading, *layout(P2))
    [doc] = clean(src)
    assert [t for k, t in paragraphs(doc) if k.startswith("h")] == [heading[3:]]
    for line in code:
        assert line in doc.text
    assert {r.text for r in doc.removed} == {"##"}


def test_the_column_is_learned_from_prose_not_from_code_lines() -> None:
    code = ["$ sudo apt-get update", "$ sudo apt-get install", "ls -l /etc/apt", "cat /etc/hosts"]
    lines: list[str] = []
    for p in (P1, P2, P3):
        lines += [*layout(p), *code * 3]
    [doc] = clean("\n".join(lines) + "\n")
    assert [t for t in body(doc) if t in (P1, P2, P3)] == [P1, P2, P3]


def test_many_short_lines_do_not_make_a_paragraph_end_look_full() -> None:
    """A manual: list items and commands between paragraphs whose last lines stop a
    third short of the column; each paragraph still ends there."""
    ends = ["日志服务只接收本地网络的信息。", "服务器设置为网络时间服务器。"]
    items = ["• 列表项：主服务器的说明", "• 列表项：工作站的说明", "• 列表项：瘦客户机说明"]
    lines: list[str] = []
    for n in range(6):
        lines += [*layout(P1)[:-1], ends[n % 2], *items, "$ sudo apt-get update"]
    [doc] = clean("\n".join(lines) + "\n")
    paras = body(doc)
    assert sum(1 for p in paras if p.endswith(tuple(ends))) == 6
    assert paras.count(items[0]) == 6


def test_a_short_heading_with_a_subtitle_stands_alone_and_a_run_in_one_runs_on() -> None:
    heading = "（二）工业文明：机器化大生产的诞生"  # a little short; the next line is not full
    run_in = "（2）本质的升华：新质生产力要求本质上的改变与升华。" + P2
    wrapped = layout(run_in)  # its first line is full: the heading runs on
    # (the paragraph's first line a little wider than an indented line: "“" and "”" are
    # set narrower than they count)
    src = column(*layout(P1), heading, *wrap(P3, 20, indent=1), *wrapped)
    [doc] = clean(src)
    assert ("h1", heading) in paragraphs(doc)
    assert P3 in body(doc)
    assert any(t.startswith("（2）本质的升华") for k, t in paragraphs(doc))


def test_a_title_wrapped_over_two_lines_is_whole_and_nothing_is_taken_for_a_journal() -> None:
    body = [line for p in (P1, P2, P3) for line in wrap(p, 28)]
    src = "\n".join(["新质生产力：破解西方文明困境与开创人类文", "明新形态", "周文，杨正源", *body])
    [doc] = clean(src + "\n")
    assert doc.title == "新质生产力：破解西方文明困境与开创人类文明新形态"
    assert doc.authors == ["周文", "杨正源"]
    assert doc.removed == []


def test_a_journal_line_before_a_short_title_is_still_the_journal() -> None:
    src = column("经济理论与政策研究2024年第6期", "论新质生产力", "周文，杨正源", *layout(P1, P2))
    [doc] = clean(src)
    assert doc.title == "论新质生产力"
    assert [r.reason for r in doc.removed] == ["journal or column label"]


def test_a_short_numbered_heading_after_a_full_line_starts_a_section() -> None:
    keywords = "【关键词】新质生产力；中国式现代化；高质量发展"  # 21 wide: a full line
    [doc] = clean(column(*layout(P1), keywords, "一、引言", *layout(P2)))
    assert ("h1", "一、引言") in paragraphs(doc)
    assert keywords in body(doc) and P2 in body(doc)
