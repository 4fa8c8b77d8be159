from __future__ import annotations

import pytest

from jingdu.importing.ladder import heading_levels, is_candidate, mark, promote
from jingdu.importing.structured import Block

BODY = "各地区各部门要结合实际认真贯彻落实，确保各项任务落到实处，取得实效。"


@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("一、总体要求", "cn"),
        ("十二、组织实施", "cn"),
        ("（一）指导思想", "cn_paren"),
        ("(三) 基本原则", "cn_paren"),
        ("1. 坚持党的领导", "arabic"),
        ("2、加强统筹", "arabic"),
        ("１．全角数字", "arabic"),
        ("（1）具体措施", "arabic_paren"),
        ("(12)具体措施", "arabic_paren"),
        ("①第一点", "circled"),
        ("第一章 总则", "第章"),
        ("第十二章　附则", "第章"),
        ("第三节 市场体系", "第节"),
        ("第二部分 主要任务", "第部分"),
        ("1.1 研究背景", "dec2"),
        ("2.3.1 数据来源", "dec3"),
    ],
)
def test_numbering_styles(text: str, style: str) -> None:
    m = mark(text)
    assert m is not None and m.style == style


@pytest.mark.parametrize(
    "text",
    [
        "2024年经济运行总体平稳",  # a year, not a number
        "1.5倍的增长",  # a decimal quantity
        "3.5万亿元",
        "十分重要",
        "一些地方",
        "第一次全体会议",
    ],
)
def test_numbers_that_are_not_numbering(text: str) -> None:
    assert mark(text) is None or not is_candidate(text)


def test_long_or_run_in_numbered_paragraphs_are_not_headings() -> None:
    assert is_candidate("一、总体要求")
    assert is_candidate("（二）坚持人民至上。")  # short: the full stop does not matter
    assert not is_candidate("（一）加强组织领导。各地区各部门要把这项工作摆上重要议事日程。")
    assert not is_candidate("1. " + BODY + BODY)
    assert not is_candidate("一、指导思想：以习近平新时代中国特色社会主义思想为指导，全面贯彻")
    assert not is_candidate("一、")  # a number alone
    assert is_candidate("第一章")  # a chapter number alone is, its name follows


def test_levels_follow_the_order_styles_first_appear() -> None:
    texts = [
        "一、总体要求",
        "（一）指导思想",
        BODY,
        "（二）基本原则",
        BODY,
        "1. 坚持系统观念",
        BODY,
        "二、主要任务",
        BODY,
    ]
    assert heading_levels(texts) == [1, 2, 0, 2, 0, 3, 0, 1, 0]


def test_another_document_has_another_ladder() -> None:
    texts = ["第一章 总则", "一、目的", BODY, "二、范围", BODY, "第二章 任务", BODY]
    assert heading_levels(texts) == [1, 2, 0, 2, 0, 1, 0]
    # The same 一、 is level 2 here and level 1 in a document without chapters.
    assert heading_levels(["一、目的", BODY]) == [1, 0]


def test_families_keep_their_order_whatever_comes_first() -> None:
    texts = ["1.1 背景", BODY, "1 引言", BODY, "1.1.1 数据", BODY, "第二节 细则", BODY]
    levels = heading_levels(texts)
    assert levels[2] < levels[0] < levels[4]
    texts = ["第一节 概述", BODY, "第二章 方法", BODY]
    assert heading_levels(texts) == [2, 0, 1, 0]


def test_dec1_needs_a_dotted_decimal_elsewhere() -> None:
    assert heading_levels(["2 个方面需要注意", BODY]) == [0, 0]


def test_consecutive_siblings_are_a_list_or_contents() -> None:
    contents = ["第一章 总则", "第二章 任务", "第三章 保障", BODY, "第一章 总则", BODY]
    assert heading_levels(contents) == [0, 0, 0, 0, 1, 0]
    listing = ["一、任务", BODY, "1. 苹果", "2. 香蕉", "3. 橘子", BODY]
    assert heading_levels(listing) == [1, 0, 0, 0, 0, 0]
    # A heading directly followed by its first sub-heading is not a list.
    assert heading_levels(["一、任务", "（一）目标", BODY]) == [1, 2, 0]


def test_offset_places_the_ladder_below_other_headings() -> None:
    assert heading_levels(["（一）目标", BODY], offset=1) == [2, 0]


def test_promote_turns_body_blocks_into_headings_in_place() -> None:
    blocks = [
        Block("heading", "国务院关于某事的意见", 1),
        Block("body", "一、总体要求"),
        Block("body", BODY),
        Block("item", "1. 列表项"),
        Block("body", BODY),
    ]
    assert promote(blocks, offset=1) == 1
    assert [(b.kind, b.level) for b in blocks] == [
        ("heading", 1),
        ("heading", 2),
        ("body", 0),
        ("item", 0),
        ("body", 0),
    ]


def test_title_index_wants_a_first_paragraph_set_apart() -> None:
    from jingdu.importing.ladder import Look, title_index

    blocks = [Block("body", "国务院关于某事的意见"), Block("body", BODY)]
    assert title_index(blocks, [Look("center"), Look()]) == 0
    assert title_index(blocks, [Look(bold=True), Look()]) == 0
    assert title_index(blocks, [Look(), Look()]) is None
    numbered = [Block("body", "一、总体要求"), Block("body", BODY)]
    assert title_index(numbered, [Look("center"), Look()]) is None
    # Bold throughout the short paragraphs: section headings, not a title.
    many = [Block("body", "前言"), Block("body", BODY), Block("body", "结语"), Block("body", BODY)]
    assert title_index(many, [Look(bold=True), Look(), Look(bold=True), Look()]) is None


def test_emphasised_needs_sparse_bold() -> None:
    from jingdu.importing.ladder import Look, emphasised

    def run(looks: list[Look], texts: list[str]) -> list[str]:
        blocks = [Block("body", t) for t in texts]
        emphasised(blocks, looks, 1)
        return [b.kind for b in blocks]

    bold, plain, centre = Look(bold=True), Look(), Look("center", True)
    texts = ["前言", BODY, BODY, BODY, "结语", BODY, BODY, BODY]
    assert run([bold, plain, plain, plain, bold, plain, plain, plain], texts)[::4] == [
        "heading",
        "heading",
    ]
    # One bold line alone is emphasis; bold and centred is a heading even alone.
    one = ["要点", BODY, BODY, BODY, BODY]
    assert run([bold] + [plain] * 4, one)[0] == "body"
    assert run([centre] + [plain] * 4, one)[0] == "heading"
    # Adjacent bold lines are an emphasised passage.
    assert run([bold, bold] + [plain] * 6, ["甲", "乙"] + [BODY] * 6)[:2] == ["body", "body"]
    # A bold sentence is not a heading.
    assert run([bold, plain, plain, plain, bold], [BODY, BODY, BODY, BODY, BODY])[0] == "body"


def test_a_colon_before_a_phrase_is_a_subtitle_before_a_clause_a_run_in() -> None:
    assert is_candidate("（二）工业文明：机器化大生产的诞生与全球文明的开启")
    assert not is_candidate("（二）基本原则：坚持稳中求进，统筹发展和安全")


def test_named_sections_are_top_level_headings() -> None:
    texts = ["引言", BODY, "一、背景", BODY, "（一）由来", BODY, "结 语", BODY, "注释", "①某书。"]
    assert heading_levels(texts) == [1, 0, 1, 0, 2, 0, 1, 0, 1, 0]
    assert heading_levels(["注释是对正文的说明", BODY]) == [0, 0]


def test_circled_numbers_with_a_full_stop_are_notes() -> None:
    assert is_candidate("①加强统筹协调")
    assert not is_candidate("①某某：《某书》，人民出版社2020年版。")
    texts = ["一、正文", BODY, "参考文献", "1. 某某：《某书》", BODY, "附录", "一、附表", BODY]
    assert heading_levels(texts) == [1, 0, 1, 0, 0, 1, 1, 0]


def test_numbered_chapters_top_the_dotted_sections_that_continue_their_numbers() -> None:
    texts = ["1. 总则", "本办法适用于全体成员。", "1.1. 适用范围", "正文。", "2. 附则", "正文。"]
    assert heading_levels(texts) == [1, 0, 2, 0, 1, 0]
