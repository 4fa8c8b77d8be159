"""The concordance on the bundled corpus, checked against a substring scan of the
documents' folded text and against expectations written down by reading the sources."""

from __future__ import annotations

import re

import pytest

from jingdu.errors import NotFoundError
from jingdu.library import Library
from jingdu.search.fold import fold
from jingdu.search.query import QueryError
from jingdu.study.concordance import NoOccurrences

COMPILATION = "001_e0edea38aaf4c3b6"


def scan(folded_texts: dict[str, tuple[str, str]], term: str) -> dict[str, list[int]]:
    """Where a term occurs, by a plain scan of each document's whole folded text."""
    needle = fold(term)
    out = {}
    for doc, (_text, folded) in folded_texts.items():
        found = [m.start() for m in re.finditer(re.escape(needle), folded)]
        if found:
            out[doc] = found
    return out


@pytest.mark.parametrize("term", ["因地制宜", "卡脖子", "全要素生产率", "颠覆性技术", "新质生产力"])
def test_every_occurrence_is_listed_where_a_scan_finds_it(
    library: Library, folded_texts: dict[str, tuple[str, str]], term: str
) -> None:
    result = library.concordance(term)
    found = scan(folded_texts, term)
    assert result.total == sum(map(len, found.values())) == len(result.lines)
    listed: dict[str, list[int]] = {}
    for line in result.lines:
        listed.setdefault(line.doc, []).append(line.start)
        text, folded = folded_texts[line.doc]
        # Offsets into the document's own text: the match is there, as written.
        assert text[line.start : line.end] == line.match
        assert folded[line.start : line.end] == fold(term)
        assert text[line.start - len(line.left) : line.start].replace("\n", " ") == line.left
        assert text[line.end : line.end + len(line.right)].replace("\n", " ") == line.right
    assert listed == found
    assert result.per_doc == {d: len(v) for d, v in found.items()}


def test_what_the_sources_say_of_yindizhiyi(library: Library) -> None:
    """因地制宜, read in the sources: three times in 000 (its lines 9, 470, 740) and
    five times in the compilation (lines 1776, 10412, 14429, 15762, and once wrapped
    across two lines), never in 002-004; twice in one commentary of the compilation."""
    result = library.concordance("因地制宜")
    by_source: dict[str, int] = {}
    for line in result.lines:
        by_source[line.source] = by_source.get(line.source, 0) + 1
    assert by_source == {"000_5425b47fff0c6ac1.txt": 3, f"{COMPILATION}.txt": 5}
    assert sorted(result.per_doc.values()) == [1, 1, 1, 2, 3]
    first = result.lines[0]
    assert first.doc == "000_5425b47fff0c6ac1"
    assert first.right.startswith("发展新质生产力")  # “要因地制宜发展新质生产力。”


def test_traditional_and_full_width_find_the_same_lines(library: Library) -> None:
    simplified = library.concordance("因地制宜")
    traditional = library.concordance("因地製宜")
    assert [(x.doc, x.start) for x in traditional.lines] == [
        (x.doc, x.start) for x in simplified.lines
    ]


def test_the_concordance_agrees_with_search(library: Library) -> None:
    for query in ["卡脖子", "数字经济 OR 实体经济", "新型工业化 -新质生产力"]:
        result = library.concordance(query)
        hits = library.search(query, limit=10_000)
        matches = sorted((h.doc, s) for h in hits.hits for s, _e in h.matches)
        assert sorted((x.doc, x.start) for x in result.lines) == matches
        assert result.total == len(matches)


def test_one_document_and_a_limit(library: Library) -> None:
    whole = library.concordance("新质生产力")
    one = library.concordance("新质生产力", doc="004")
    assert {x.doc for x in one.lines} == {"004_d840023fb8f8f993"}
    assert one.total == whole.per_doc["004_d840023fb8f8f993"]
    few = library.concordance("新质生产力", limit=7)
    assert few.total == whole.total and len(few.lines) == 7
    assert few.lines == whole.lines[:7]


def test_sorting_by_left_and_right_context_and_by_date(library: Library) -> None:
    by_left = library.concordance("卡脖子", sort="left").lines
    keys = [x.left[::-1] for x in by_left]
    assert keys == sorted(keys)
    by_right = library.concordance("卡脖子", sort="right").lines
    assert [x.right for x in by_right] == sorted(x.right for x in by_right)
    by_date = library.concordance("新质生产力", sort="date").lines
    dates = [x.date for x in by_date]
    dated = [d for d in dates if d]
    assert dated and dated == sorted(dated)
    assert dates == dated + [""] * (len(dates) - len(dated))  # the undated come last
    # The news report of 001-05 opens with its date: 2024 年 1 月 31 日，习近平总书记…
    assert {x.date for x in by_date if x.doc == f"{COMPILATION}-05"} == {"2024-01-31"}


@pytest.mark.parametrize(
    ("query", "error"),
    [
        ("", QueryError),
        ("   ", QueryError),
        ("-新质生产力", QueryError),
        ("新" * 1001, QueryError),
        ("量子纠缠态", NoOccurrences),
        ("\x00\x01", NoOccurrences),
        ("<script>alert(1)</script>", NoOccurrences),
    ],
)
def test_bad_queries_are_refused_and_change_nothing(
    library: Library, query: str, error: type[Exception]
) -> None:
    before = (len(library.highlights()), [d.id for d in library.documents()])
    with pytest.raises(error):
        library.concordance(query)
    assert (len(library.highlights()), [d.id for d in library.documents()]) == before


def test_an_unknown_document_is_refused(library: Library) -> None:
    with pytest.raises(NotFoundError):
        library.concordance("新质生产力", doc="999")
    with pytest.raises(NoOccurrences, match="document"):
        library.concordance("因地制宜", doc="002")


def test_selected_lines_become_highlights_in_one_undo_step(library: Library) -> None:
    lines = library.concordance("卡脖子").lines[:5]
    before = len(library.highlights())
    made = library.add_highlights(
        [(x.doc, x.start, x.end) for x in lines], color="green", tags=["卡脖子"]
    )
    assert [(h.doc, h.start, h.end, h.quote) for h in made] == [
        (x.doc, x.start, x.end, x.match) for x in lines
    ]
    assert all(h.color == "green" and list(h.tags) == ["卡脖子"] for h in made)
    assert len(library.highlights()) == before + 5
    assert library.undo() == "add highlights"
    assert len(library.highlights()) == before


def test_one_bad_span_stores_none(library: Library) -> None:
    line = library.concordance("卡脖子").lines[0]
    before = len(library.highlights())
    with pytest.raises(Exception, match=r"range|offset|beyond|outside"):
        library.add_highlights([(line.doc, line.start, line.end), (line.doc, 10, 10**9)])
    assert len(library.highlights()) == before
