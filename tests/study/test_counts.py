"""The counts on the bundled corpus: occurrences per document and per source, rates,
and the words that occur with a term."""

from __future__ import annotations

import pytest

from jingdu.errors import UserError
from jingdu.library import Library
from jingdu.search.fold import fold
from jingdu.search.query import QueryError
from jingdu.study.counts import MIN_TOGETHER, SIGNIFICANT, log_likelihood


def test_counts_per_document_and_source_match_a_scan(
    library: Library, folded_texts: dict[str, tuple[str, str]]
) -> None:
    result = library.counts(["卡脖子", "因地制宜"], collocates=0)
    for t in result.terms:
        needle = fold(t.term)
        for d in t.documents:
            assert d.count == folded_texts[d.doc][1].count(needle)
            assert d.per_1000 == pytest.approx(1000 * d.count / d.chars)
        assert t.total == sum(d.count for d in t.documents)
        by_source: dict[str, int] = {}
        for d in t.documents:
            by_source[d.source] = by_source.get(d.source, 0) + d.count
        assert {s.source: s.count for s in t.sources} == by_source
    yindi = result.terms[1]
    # Read in the sources: 3 in 000, 5 in the compilation, none in 002, 003, 004.
    assert {s.source[:3]: s.count for s in yindi.sources} == {
        "000": 3,
        "001": 5,
        "002": 0,
        "003": 0,
        "004": 0,
    }
    # The compilation's 74 pieces are one source, with all their characters.
    compilation = next(s for s in yindi.sources if s.source.startswith("001"))
    pieces = [d for d in yindi.documents if d.source == compilation.source]
    assert compilation.documents == len(pieces) == 74
    assert compilation.chars == sum(d.chars for d in pieces)


def test_collocates_are_the_words_a_reader_sees_with_the_term(library: Library) -> None:
    """高质量发展 is “推动高质量发展” throughout these texts (and “…的内在要求和重要
    着力点”): 推动 and 着力点 must lead; 的, 和 and the term's own parts must not appear."""
    t = library.counts(["高质量发展"]).terms[0]
    words = [c.word for c in t.collocates]
    assert words[0] == "推动"
    assert "着力点" in words[:5]
    assert not {"的", "和", "是", "高质量", "发展", "质量"} & set(words)
    for c in t.collocates:
        assert c.together >= MIN_TOGETHER and c.score >= SIGNIFICANT


def test_collocates_do_not_just_favour_common_words(library: Library) -> None:
    """我们 and 一个 are among the commonest words of the library; they are no more
    frequent beside 新质生产力 than elsewhere, so they are not its collocates, however
    often they stand near it."""
    t = library.counts(["新质生产力"]).terms[0]
    words = {c.word for c in t.collocates}
    assert not {"我们", "一个", "我国", "进行"} & words


def test_log_likelihood_is_dunnings() -> None:
    # Worked by hand: 20 of 1,000 against 5 of 1,000 gives expected 12.5 each;
    # 2 (20 ln(20/12.5) + 5 ln(5/12.5)) = 9.637.
    assert log_likelihood(10, 1000, 10, 1000) == pytest.approx(0.0)
    assert log_likelihood(20, 1000, 5, 1000) == pytest.approx(9.64, abs=0.01)


@pytest.mark.parametrize(
    ("terms", "error"),
    [
        ([], UserError),
        ([""], QueryError),
        (["新" * 1001], QueryError),
        (["创新", "创新"], UserError),
    ],
)
def test_bad_terms_are_refused(library: Library, terms: list[str], error: type[Exception]) -> None:
    with pytest.raises(error):
        library.counts(terms)


def test_charts_kept_for_the_briefing_note(library: Library, tmp_path) -> None:
    """A chart added prints in the next note; a damaged or planted file among the kept
    charts is left out, never an error; removing them takes them all out."""
    from jingdu.study.figures import FOLDER, figure_of

    figure = figure_of(library.counts(["因地制宜"], collocates=0), "source_count")
    assert figure.labels == [s.source for s in library.counts(["因地制宜"], 0).terms[0].sources]
    assert figure.series == [("因地制宜", [3.0, 5.0, 0.0, 0.0, 0.0])]
    name = library.add_figure(figure)
    folder = library.data_dir / FOLDER
    (folder / "0-broken.json").write_text("{not json", encoding="utf-8")
    (folder / "1-planted.json").write_text(
        '{"title": 1, "labels": ["a"], "series": [["x", [1, 2]]], "unit": ""}'
    )
    (folder / "2-binary.json").write_bytes(b"\x00\xff" * 100)
    assert [n for n, _f in library.figures()] == [name]
    [(_n, back)] = library.figures()
    assert (back.title, back.labels, back.series) == (figure.title, figure.labels, figure.series)
    assert library.remove_figures() == 1
    assert library.figures() == []
