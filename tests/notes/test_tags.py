from __future__ import annotations

import pytest

from jingdu.notes.model import AnnotationError
from jingdu.notes.tags import is_under, key, normalize


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  重点 ", "重点"),
        ("政策 / 科技", "政策/科技"),
        ("政策／科技", "政策/科技"),
        ("new   idea", "new idea"),
        ("GDP", "GDP"),
    ],
)
def test_names_are_trimmed_and_case_preserved(raw: str, clean: str) -> None:
    assert normalize(raw) == clean


@pytest.mark.parametrize(
    "bad", ["", "   ", "/", "政策/", "/科技", "政策//科技", "x" * 81, "a\x00b", "tab\tbad"]
)
def test_bad_names_are_refused(bad: str) -> None:
    with pytest.raises(AnnotationError):
        normalize(bad)


def test_width_and_case_do_not_make_a_different_tag() -> None:
    assert key("GDP") == key("gdp") == key("ＧＤＰ")
    assert key("政策") != key("政策/科技")


def test_hierarchy() -> None:
    assert is_under("政策/科技", "政策")
    assert is_under("政策", "政策")
    assert not is_under("政策研究", "政策")


@pytest.mark.parametrize(
    "invisible",
    [
        "\u200b",  # zero-width space
        "\u200b\u200c\u200d",  # and the joiners
        "\u200e\u200f",  # direction marks
        "\u202e",  # right-to-left override
        "\u2066\u2069",  # isolates
        "\ufeff",  # byte-order mark
        "\u00ad",  # soft hyphen
        "\u3164",  # Hangul filler: a letter to Unicode, blank on screen
        "\U000e0041",  # tag character
        " \u200b / \u200b ",
    ],
)
def test_a_tag_of_only_invisible_characters_is_refused(invisible: str) -> None:
    with pytest.raises(AnnotationError, match="empty"):
        normalize(invisible)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("重\u200b点", "重点"),
        ("\u202egnp", "gnp"),  # would show as "png"
        ("政策\u2066/\u2069科技", "政策/科技"),
        ("\ufeff重点", "重点"),
        ("\u200b 重点 \u200b", "重点"),
    ],
)
def test_invisible_characters_are_removed_from_a_tag(raw: str, clean: str) -> None:
    assert normalize(raw) == clean
    assert key(normalize(raw)) == key(clean)  # so it is the same tag as the visible one


def test_a_tag_that_draws_nothing_is_refused() -> None:
    import pytest

    with pytest.raises(AnnotationError, match="empty"):
        normalize("\u2800\u2800")
    assert normalize("重\u2800点") == "重点"
