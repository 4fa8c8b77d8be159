"""Re-anchoring a highlight after its text changed: found again, or honestly lost."""

from __future__ import annotations

from jingdu.notes.anchor import place
from jingdu.notes.model import anchor_fields

BEFORE = "这是开头的一段文字，用来当作上下文。"
QUOTE = "新质生产力是创新起主导作用的先进生产力质态"
AFTER = "，它由技术革命性突破催生。后面还有很多别的文字内容。"
TEXT = BEFORE * 3 + QUOTE + AFTER * 3
START = TEXT.index(QUOTE)
END = START + len(QUOTE)


def again(new_text: str):
    return place(new_text, START, END, **anchor_fields(TEXT, START, END))


def test_unchanged_text_keeps_the_position() -> None:
    p = again(TEXT)
    assert (p.start, p.end, p.method) == (START, END, "position")


def test_text_inserted_before_shifts_the_highlight() -> None:
    new = "新增的导言。" * 5 + TEXT
    p = again(new)
    assert new[p.start : p.end] == QUOTE and p.method == "exact"


def test_text_deleted_before_shifts_it_back() -> None:
    new = TEXT[len(BEFORE) :]
    p = again(new)
    assert new[p.start : p.end] == QUOTE


def test_text_inserted_or_deleted_after_changes_nothing() -> None:
    assert again(TEXT + "结尾再加一句。").method == "position"
    assert again(TEXT[: END + 5]).method == "position"


def test_text_inserted_inside_widens_the_highlight() -> None:
    new = TEXT.replace("创新起主导作用", "创新在其中起主导作用")
    p = again(new)
    assert new[p.start : p.end] == "新质生产力是创新在其中起主导作用的先进生产力质态"
    assert p.method == "edited"


def test_text_deleted_inside_narrows_it() -> None:
    new = TEXT.replace("起主导作用的", "")
    p = again(new)
    assert new[p.start : p.end] == "新质生产力是创新先进生产力质态"


def test_a_changed_character_is_found_fuzzily() -> None:
    new = TEXT.replace("先进生产力质态", "先进生产力形态")
    p = again(new)
    assert new[p.start : p.end] in ("新质生产力是创新起主导作用的先进生产力形态",)
    assert p.method in ("edited", "fuzzy")


def test_a_deleted_paragraph_makes_an_orphan() -> None:
    assert again(BEFORE * 3 + AFTER * 3) is None


def test_unrelated_text_is_never_taken_for_the_quote() -> None:
    unrelated = BEFORE * 3 + "中国式现代化是人口规模巨大的现代化" + AFTER * 3
    assert again(unrelated) is None


def test_a_duplicated_quote_goes_to_the_copy_nearest_the_old_place() -> None:
    copy = BEFORE + QUOTE + AFTER
    new = TEXT + "另起一段，" * 30 + copy
    p = again(new)
    assert p.start == START  # the original place, unchanged
    moved = "插入内容。" * 4 + TEXT + "另起一段，" * 30 + copy
    p = again(moved)
    assert p.start == START + len("插入内容。") * 4  # the shifted original, not the far copy


def test_short_quotes_are_only_placed_exactly() -> None:
    text = "甲乙丙丁戊己庚辛"
    fields = anchor_fields(text, 2, 4)
    assert place("甲乙丁丙戊己庚辛", 2, 4, **fields) is None


def test_text_outside_the_basic_plane() -> None:
    text = "前文𠮷野家的新质生产力发展后文" * 2
    s = text.index("𠮷野家的新质")
    fields = anchor_fields(text, s, s + 6)
    new = "𠮷" + text
    p = place(new, s, s + 6, **fields)
    assert new[p.start : p.end] == "𠮷野家的新质"
