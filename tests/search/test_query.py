from __future__ import annotations

import pytest

from jingdu.search.query import QueryError, parse


def terms(q: str) -> tuple[list[list[str]], list[str]]:
    query = parse(q)
    return [[t.text for t in g] for g in query.required], [t.text for t in query.excluded]


@pytest.mark.parametrize(
    ("text", "required", "excluded"),
    [
        ("新质生产力 创新", [["新质生产力"], ["创新"]], []),
        ('"高质量 发展"', [["高质量 发展"]], []),
        ("“卡脖子”", [["卡脖子"]], []),
        ("数字经济 OR 实体经济 -传统", [["数字经济", "实体经济"]], ["传统"]),
        ("a b OR c", [["a"], ["b", "c"]], []),
        ("质", [["质"]], []),
        ("新質生產力", [["新质生产力"]], []),
        ('"unclosed quote', [["unclosed quote"]], []),
        ("OR 新质 OR", [["新质"]], []),
        ("新质 - OR -", [["新质"]], []),
        ("新质 －传统", [["新质"]], ["传统"]),
    ],
)
def test_parse(text: str, required: list[list[str]], excluded: list[str]) -> None:
    assert terms(text) == (required, excluded)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ('""', "empty"),
        ("OR", "empty"),
        ("-创新", "needs a term"),
        ("新" * 10_000, "10,000 characters"),
        (" ".join(["词"] * 40), "40 terms"),
    ],
)
def test_bad_queries_get_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse(text)


def test_matching_is_literal_and_spans_merge_overlaps() -> None:
    q = parse("生产 产力 -旧质")
    assert q.matches("新质生产力")
    assert not q.matches("旧质生产力")
    assert q.spans("新质生产力是生产力") == [(2, 5), (6, 9)]


@pytest.mark.parametrize(
    ("query", "text", "spans"),
    [
        ("化", "深化化工", [(1, 2), (2, 3)]),  # issue 11, item 19: two hits, not one
        ("化", "化化化", [(0, 1), (1, 2), (2, 3)]),
        ("改革", "改革改革", [(0, 2), (2, 4)]),
        ("深化 化工", "深化化工", [(0, 2), (2, 4)]),  # adjacent, different terms
        ("深化 化工", "深化工", [(0, 3)]),  # overlapping: one span
        ("化化", "化化化", [(0, 3)]),  # one term overlapping itself: one span
    ],
)
def test_adjacent_occurrences_are_separate_matches(
    query: str, text: str, spans: list[tuple[int, int]]
) -> None:
    assert parse(query).spans(text) == spans
