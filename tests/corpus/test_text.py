from __future__ import annotations

import pytest

from jingdu.corpus.text import ends_sentence, join_lines, normalize_spaces, width


def test_width_counts_cjk_as_one_em_and_halfwidth_digits_as_half() -> None:
    assert width("新质生产力") == 5
    assert width("2024年") == 3  # four digits are two ems
    assert width("２０２４") == 2  # full-width digits come from half-width glyphs


@pytest.mark.parametrize(
    "text",
    [
        "发展新质生产力。",
        "他说：“好。”",
        "是吗？",
        "见注释。[12]",
        "质态。①",
        "竞逐。b",
        "质态。<sup>③</sup>",
        "几个方面.",
    ],
)
def test_sentence_ends(text: str) -> None:
    assert ends_sentence(text)


@pytest.mark.parametrize(
    "text", ["发展新", "特别是颠覆性技", "新时代，", "2024 年 1 月 7 日", "Fig. 2"]
)
def test_not_sentence_ends(text: str) -> None:
    assert not ends_sentence(text)


def test_normalize_spaces_drops_extraction_spaces_but_keeps_spaces_around_numbers() -> None:
    assert normalize_spaces("形态。 以原创性") == "形态。以原创性"
    assert normalize_spaces("Buffett\tSays\t\tFinancial") == "Buffett Says Financial"
    assert normalize_spaces("直到 １７００ 年左右") == "直到 １７００ 年左右"


def test_join_lines_needs_no_space_for_chinese_and_one_for_english_words() -> None:
    assert join_lines("发展新", "质生产力") == "发展新质生产力"
    assert join_lines("the European Council and the", "Economic Security") == (
        "the European Council and the Economic Security"
    )
    assert (
        join_lines("http://society.people.com.", "cn/n1/2024.html")
        == "http://society.people.com.cn/n1/2024.html"
    )
    assert join_lines("March 28,", "2024") == "March 28, 2024"


def test_join_lines_keeps_the_space_after_an_english_sentence_or_bracket() -> None:
    assert (
        join_lines("and boot from them.", "Simply execute") == "and boot from them. Simply execute"
    )
    assert (
        join_lines("(similar to a workstation)", "and the") == "(similar to a workstation) and the"
    )
    assert join_lines("see www.example.", "com/a") == "see www.example.com/a"
    assert join_lines("更新系统。", "Debian") == "更新系统。Debian"


def test_quotation_marks_keep_their_spaces_in_english_and_lose_them_in_chinese() -> None:
    assert normalize_spaces("this is the ”pguser” password") == "this is the ”pguser” password"
    assert normalize_spaces("Choose ‘users’ from the menu") == "Choose ‘users’ from the menu"
    assert normalize_spaces("习近平 “两山” 理论") == "习近平“两山”理论"
    assert normalize_spaces("专精特新“小巨人” 28 家") == "专精特新“小巨人”28 家"
    assert normalize_spaces("Industry，” BEA Data") == "Industry，”BEA Data"
    assert normalize_spaces("中国 — 世界") == "中国—世界"
    assert normalize_spaces("A — B") == "A — B"


def test_latin_ligatures_are_spelled_out_so_that_words_are_found() -> None:
    from tests.corpus.helpers import clean

    [doc] = clean("安装 LibreOﬃce 与 Firefox 的 ﬁle ﬂow 设置。\n")
    assert "LibreOffice" in doc.text and "file flow" in doc.text


def test_an_english_bracket_or_quotation_opening_a_line_gets_its_space_back() -> None:
    assert join_lines("fetch less than a gigabyte", "(unless you") == (
        "fetch less than a gigabyte (unless you"
    )
    assert (
        join_lines("the needed steps below.", "(See Debian")
        == "the needed steps below. (See Debian"
    )
    assert (
        join_lines("adds teachers to the", '"Teachers" group')
        == 'adds teachers to the "Teachers" group'
    )
    assert join_lines("https://en.wikipedia.org/wiki/Foo_", "(bar)") == (
        "https://en.wikipedia.org/wiki/Foo_(bar)"
    )
    assert join_lines("《学报》", "(2024)") == "《学报》(2024)"


def test_asterisks_that_mask_a_password_are_text_not_bold_markup() -> None:
    from jingdu.corpus.markup import strip_inline_markup

    assert strip_inline_markup("enter password : ********") == ("enter password : ********", [])
    assert strip_inline_markup("a ** b ** c") == ("a ** b ** c", [])
    assert strip_inline_markup("这是**重点**内容") == ("这是重点内容", ["****"])
