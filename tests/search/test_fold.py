from __future__ import annotations

import pytest

from jingdu.search.fold import fold


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("新質生產力", "新质生产力"),
        ("高質量發展", "高质量发展"),
        ("２０２３年", "2023年"),
        ("３８．６％", "38.6%"),
        ("ＧＤＰ", "gdp"),
        ("GDP", "gdp"),
        ("Ｃａｒｌｏ", "carlo"),
        ("　", " "),
        ("𠮷野家", "𠮷野家"),
        ("“卡脖子”", "“卡脖子”"),  # Chinese quotation marks are text, not folded away
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_keeps_every_offset() -> None:
    text = "新質生產力 ２０２３ ＧＤＰ 𠮷 İstanbul ẞ ﬁ"
    assert len(fold(text)) == len(text)


def test_fold_is_idempotent() -> None:
    text = "發展新質生產力，ＧＤＰ增長８．１％"
    assert fold(fold(text)) == fold(text)
