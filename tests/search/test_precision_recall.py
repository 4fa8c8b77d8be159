"""Every reported match is an occurrence, and every occurrence is reported.

Checked against a plain substring scan of the clean texts for hundreds of
queries: topical terms, random spans of 1 to 8 characters, spans that were cut
across lines in the source, and full-width and traditional forms.
"""

from __future__ import annotations

import itertools
import random
import re

import pytest
from opencc import OpenCC

from jingdu.corpus.decode import read_source
from jingdu.library import Library
from jingdu.search.fold import fold
from tests.conftest import SOURCES

TOPICAL = [
    "新质生产力",
    "高质量发展",
    "全要素生产率",
    "中国式现代化",
    "科技创新",
    "创新",
    "产业",
    "数字经济",
    "实体经济",
    "绿色",
    "马克思",
    "生产关系",
    "质生产力",
    "新质",
    "人工智能",
    "一带一路",
    "卡脖子",
    "碳达峰",
    "共同富裕",
    "未来产业",
    "战略性新兴产业",
    "习近平",
    "GDP",
    "2023",
    "2024 年",
    "１７００",
    "新型工业化",
    "现代化产业体系",
    "生产力",
    "质",
    "的",
    "，",
    "。",
    "“",
    "研究",
    "评论员",
    "人民日报",
    "资本主义",
    "文明",
    "劳动者",
]


def scan(paragraphs: list[tuple[str, int, str]], term: str) -> set[tuple[str, int]]:
    f = fold(term)
    return {(doc, n) for doc, n, text in paragraphs if f in fold(text)}


def random_spans(paragraphs: list[tuple[str, int, str]], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    while len(out) < count:
        _, _, text = rng.choice(paragraphs)
        n = rng.randint(1, 8)
        if len(text) <= n:
            continue
        i = rng.randrange(len(text) - n)
        span = text[i : i + n].strip()
        if span and '"' not in span:
            out.append(span)
    return out


def spans_cut_across_lines(count: int, seed: int) -> list[str]:
    """Strings the source breaks over two lines: the end of one line and the start of the next."""
    rng = random.Random(seed)
    out = []
    for path in SOURCES:
        lines = [ln.strip() for ln in read_source(path).text.split("\n") if ln.strip()]
        for a, b in itertools.pairwise(lines):
            if (
                len(a) > 10
                and len(b) > 10
                and re.search(r"[\u4e00-\u9fff]$", a)
                and re.match(r"[\u4e00-\u9fff]", b)
            ):
                out.append(a[-rng.randint(1, 3) :] + b[: rng.randint(1, 3)])
    rng.shuffle(out)
    return out[:count]


def full_width(term: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in term)


def as_query(term: str) -> str:
    """A single literal term as a query: quoted when it holds a space or looks like an operator."""
    if any(c.isspace() for c in term) or term in ("OR", "|", "或") or term.startswith(("-", "－")):
        return f'"{term}"'
    return term


def check(
    library: Library,
    paragraphs: list[tuple[str, int, str]],
    query: str,
    expected: set[tuple[str, int]],
) -> None:
    results = library.search(query, limit=100_000)
    found = {(h.doc, h.paragraph) for h in results.hits}
    assert results.total == len(results.hits)
    assert found == expected, (query, sorted(found ^ expected)[:5])


def test_topical_terms(library: Library, paragraphs: list[tuple[str, int, str]]) -> None:
    for term in TOPICAL:
        check(library, paragraphs, as_query(term), scan(paragraphs, term))


def test_random_spans_of_one_to_eight_characters(
    library: Library, paragraphs: list[tuple[str, int, str]]
) -> None:
    queries = random_spans(paragraphs, 300, seed=20261122)
    assert len(set(len(q) for q in queries)) >= 6
    for q in queries:
        check(library, paragraphs, as_query(q), scan(paragraphs, q))


def test_spans_the_source_cut_across_lines(
    library: Library, paragraphs: list[tuple[str, int, str]]
) -> None:
    queries = spans_cut_across_lines(120, seed=7)
    assert len(queries) == 120
    found_somewhere = 0
    for q in queries:
        expected = scan(paragraphs, q)
        found_somewhere += bool(expected)
        check(library, paragraphs, as_query(q), expected)
    assert found_somewhere >= 100  # the cleaner joined these lines: the strings exist whole


def test_full_width_and_traditional_forms(
    library: Library, paragraphs: list[tuple[str, int, str]]
) -> None:
    s2t = OpenCC("s2t")
    for term in TOPICAL[:30]:
        expected = scan(paragraphs, term)
        for form in {s2t.convert(term), full_width(term)} - {term}:
            check(library, paragraphs, as_query(form), expected)


@pytest.mark.parametrize(
    "query",
    [
        "新质生产力 创新",
        "数字经济 OR 实体经济",
        "新质生产力 -创新",
        "绿色 OR 生态 -发展",
        "“卡脖子” 技术",
    ],
)
def test_operators_agree_with_the_scan(
    library: Library, paragraphs: list[tuple[str, int, str]], query: str
) -> None:
    q = query.replace("“", "").replace("”", "")
    parts = q.split()
    groups: list[list[str]] = []
    excluded: list[str] = []
    joining = False
    for p in parts:
        if p == "OR":
            joining = True
        elif p.startswith("-"):
            excluded.append(p[1:])
        elif joining:
            groups[-1].append(p)
            joining = False
        else:
            groups.append([p])
    expected = {
        (doc, n)
        for doc, n, text in paragraphs
        if all(any(fold(t) in fold(text) for t in g) for g in groups)
        and not any(fold(t) in fold(text) for t in excluded)
    }
    check(library, paragraphs, query, expected)


def test_every_reported_match_is_an_occurrence_of_a_query_term(library: Library) -> None:
    docs = {}
    for query in ["新质生产力", "新質生產力", "ＧＤＰ", "创新 OR 发展", "质"]:
        terms = [fold(t) for t in query.replace("OR", " ").split()]
        results = library.search(query, limit=500)
        assert results.hits
        for hit in results.hits:
            text = docs.setdefault(hit.doc, library.document(hit.doc).text)
            para = fold(text[hit.start : hit.end])
            expected_count = sum(para.count(t) for t in terms)
            assert hit.matches
            covered = 0
            for s, e in hit.matches:
                assert hit.start <= s < e <= hit.end
                piece = fold(text[s:e])
                assert any(t in piece for t in terms), (query, piece)
                covered += sum(piece.count(t) for t in terms)
            assert covered >= 1 and covered <= expected_count
