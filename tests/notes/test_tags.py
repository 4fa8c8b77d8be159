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
