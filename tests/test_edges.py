"""Selection edges: tidied of blanks and punctuation, optionally snapped to whole words."""

from __future__ import annotations

import pytest

from jingdu.notes.edges import snap_to_words, tidy
from jingdu.search import segment

TEXT = "发展新质生产力是推动高质量发展的内在要求。"


def cut(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0] : span[1]]


def test_tidy_drops_blank_and_punctuation_at_both_ends_but_keeps_inner_ones() -> None:
    text = "前文。 “新质生产力，是先进生产力。” 后文"
    s = text.index("。")
    assert cut(text, tidy(text, s, len(text) - 3)) == "新质生产力，是先进生产力"


@pytest.mark.parametrize("span", [(0, 0), (5, 3), (-10, 0), (100, 200)])
def test_tidy_of_an_empty_or_out_of_range_selection_is_none(span: tuple[int, int]) -> None:
    assert tidy(TEXT, *span) is None


def test_tidy_clamps_a_selection_running_past_the_text() -> None:
    assert cut(TEXT, tidy(TEXT, 18, 99)) == "要求"


@pytest.fixture(scope="module")
def jieba_ready() -> None:
    segment.tokenizer()


def test_a_selection_cutting_words_in_half_widens_to_the_whole_words(jieba_ready) -> None:
    s = TEXT.index("质生")
    assert cut(TEXT, snap_to_words(TEXT, s, s + 3)) == "新质生产力"
    s = TEXT.index("生产力是推")
    assert cut(TEXT, snap_to_words(TEXT, s, s + 5)) == "新质生产力是推动"


def test_a_selection_on_word_boundaries_stays_as_it_is(jieba_ready) -> None:
    s = TEXT.index("高质量发展")
    assert cut(TEXT, snap_to_words(TEXT, s, s + 5)) == "高质量发展"


def test_snapping_keeps_astral_characters_whole(jieba_ready) -> None:
    text = "𠮷野家" * 10 + "，发展新质生产力。"
    s = text.index("质生")
    assert cut(text, snap_to_words(text, s, s + 2)) == "新质生产力"


def test_snapping_punctuation_alone_gives_nothing(jieba_ready) -> None:
    s = TEXT.index("。")
    assert snap_to_words(TEXT, s, s + 1) is None


def test_with_punctuation_kept_only_blanks_are_trimmed() -> None:
    text = "他说： “新质生产力。” 随后"
    s = text.index("：")
    assert cut(text, tidy(text, s + 1, text.index("随"), punctuation=False)) == "“新质生产力。”"
    assert cut(text, tidy(text, s + 1, text.index("随"))) == "新质生产力"
