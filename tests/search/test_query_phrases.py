"""Query errors carry a reason the window translates; a spaced phrase has an unspaced twin."""

from __future__ import annotations

import pytest

from jingdu.search.query import (
    MAX_QUERY_CHARS,
    MAX_TERMS,
    QueryError,
    parse,
    readable,
    unspaced,
)


@pytest.mark.parametrize(
    ("text", "reason", "figures"),
    [
        ("", "empty", ()),
        ('""', "empty", ()),
        ("OR", "empty", ()),
        ("-创新", "only_excluded", ()),
        ("新" * 1234, "too_long", (1234, MAX_QUERY_CHARS)),
        (" ".join(["词"] * 40), "too_many_terms", (40, MAX_TERMS)),
    ],
)
def test_query_errors_say_why_in_a_code(text: str, reason: str, figures: tuple[int, ...]) -> None:
    with pytest.raises(QueryError) as caught:
        parse(text)
    assert caught.value.reason == reason
    assert caught.value.figures == figures
    assert str(caught.value)  # the English message stays, for the command line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"高质量 发展"', '"高质量发展"'),
        ('"高质量\u3000发展"', '"高质量发展"'),  # a full-width space
        ("“高质量  发展 ”", "“高质量发展”"),
        ('"高质量 发展', '"高质量发展'),  # unclosed, as parse() forgives
        ('创新 "数字 经济" OR "实体 经济" -"旧"', '创新 "数字经济" OR "实体经济" -"旧"'),
        ('"高质量发展"', None),
        ("高质量 发展", None),  # two words, not a phrase
        ('""', None),
    ],
)
def test_unspaced_takes_the_spaces_out_of_phrases_only(text: str, expected: str | None) -> None:
    assert unspaced(text) == expected


def test_the_unspaced_query_finds_the_phrase_written_together() -> None:
    alt = unspaced('"新质 生产力" 创新')
    assert alt is not None
    q = parse(alt)
    assert [t.text for t in q.positive_terms] == ["新质生产力", "创新"]
    assert q.positive_terms[0].phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"高质量 发展"', "“高质量 发展”"),
        ('"新质 生产力" 创新', "“新质 生产力” 创新"),
        ("“高质量 发展”", "“高质量 发展”"),
        ('"高质量 发展', "“高质量 发展”"),
        ("创新", "创新"),
    ],
)
def test_readable_puts_phrases_in_chinese_quotes(text: str, expected: str) -> None:
    assert readable(text) == expected
