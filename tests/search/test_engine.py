"""Ranking, results and the index's life: what a user of the search box would notice."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

from jingdu.errors import NotFoundError
from jingdu.library import Library
from jingdu.search import segment
from jingdu.search.fold import fold
from jingdu.search.index import META
from jingdu.search.query import QueryError
from tests.conftest import CORPUS


def test_a_result_has_title_section_snippet_and_offsets(library: Library) -> None:
    results = library.search("全要素生产率", limit=50)
    hit = next(h for h in results.hits if h.doc == "004_d840023fb8f8f993")
    doc = library.document(hit.doc)
    assert hit.title == "新质生产力何以驱动高质量发展"
    assert hit.headings[:1] == ["新质生产力何以驱动高质量发展"]
    assert any(h.startswith(("三、", "四、", "二、", "五、")) for h in hit.headings)
    for s, e in hit.matches:
        assert doc.text[s:e] == "全要素生产率"
    s0, s1 = hit.snippet_span
    assert doc.text[s0:s1] in hit.snippet and "全要素生产率" in hit.snippet


def test_known_items_come_back_in_the_top_three(
    library: Library, paragraphs: list[tuple[str, int, str]]
) -> None:
    """For a paragraph, its three rarest words (as a user would pick them) find it."""
    word_df: dict[str, int] = {}
    words_of = {}
    for doc, n, text in paragraphs:
        ws = {w for w, _, _ in segment.words(fold(text)) if len(w) >= 2}
        words_of[(doc, n)] = ws
        for w in ws:
            word_df[w] = word_df.get(w, 0) + 1
    same_text: dict[str, set[tuple[str, int]]] = {}
    for doc, n, text in paragraphs:
        same_text.setdefault(text, set()).add((doc, n))
    rng = random.Random(3)
    sample = rng.sample([p for p in paragraphs if len(p[2]) >= 80], 40)
    misses = []
    for doc, n, text in sample:
        rare = sorted(words_of[(doc, n)], key=lambda w: (word_df[w], w))[:3]
        top = {(h.doc, h.paragraph) for h in library.search(" ".join(rare), limit=3).hits}
        if not top & same_text[text]:
            misses.append((doc, n, rare))
    assert misses == []


def test_a_heading_that_names_the_topic_ranks_first(library: Library) -> None:
    top = library.search("农业文明", limit=3).hits[0]
    assert top.kind == "heading"
    assert (
        library.document(top.doc).text[top.start : top.end]
        == "（一）农业文明：量的增长与质的缓慢进步"
    )


def test_search_within_one_document(library: Library) -> None:
    everywhere = library.search("创新", limit=10_000)
    inside = library.search("创新", doc="002", limit=10_000)
    assert 0 < inside.total < everywhere.total
    assert {h.doc for h in inside.hits} == {"002_1faaaa7bcac61f4f"}
    assert inside.total == sum(1 for h in everywhere.hits if h.doc == "002_1faaaa7bcac61f4f")
    with pytest.raises(NotFoundError):
        library.search("创新", doc="nope")


def test_paging(library: Library) -> None:
    first = library.search("创新", limit=10)
    second = library.search("创新", limit=10, offset=10)
    assert first.total == second.total > 20
    assert not {(h.doc, h.paragraph) for h in first.hits} & {
        (h.doc, h.paragraph) for h in second.hits
    }
    assert first.hits[-1].score >= second.hits[0].score


@pytest.mark.parametrize("query", ["", "-创新", "新" * 10_000])
def test_bad_queries_raise_a_clear_error(library: Library, query: str) -> None:
    with pytest.raises(QueryError):
        library.search(query)


@pytest.mark.parametrize("query", ["OR", '"', "“", "—", "***", "- - -x y", "OR OR 新质 OR"])
def test_odd_queries_get_results_or_a_message(library: Library, query: str) -> None:
    try:
        results = library.search(query)
    except QueryError as exc:
        assert str(exc)
    else:
        assert results.total >= 0


SMALL = ["000_5425b47fff0c6ac1.txt", "002_1faaaa7bcac61f4f.txt", "004_d840023fb8f8f993.txt"]


def _library_with_index(data: Path) -> Library:
    """A library of three articles (a quick index to build), searched once."""
    corpus = data.parent / "small-corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for name in SMALL:
        shutil.copy(CORPUS / name, corpus / name)
    lib = Library(data)
    lib.sync(corpus)
    lib.search_engine()
    return lib


def test_the_index_is_reused_when_valid_and_rebuilt_when_missing(fresh_data: Path) -> None:
    with _library_with_index(fresh_data) as lib:
        assert lib.search_engine().last_action == "rebuilt"
        total = lib.search("新质生产力").total
    with Library(fresh_data) as lib:
        assert lib.search_engine().last_action == "opened"
    shutil.rmtree(fresh_data / "index")
    with Library(fresh_data) as lib:
        assert lib.search_engine().last_action == "rebuilt"
        assert lib.search("新质生产力").total == total


@pytest.mark.parametrize("damaged", ["segments", "table of contents"])
def test_a_damaged_index_is_rebuilt(fresh_data: Path, damaged: str) -> None:
    with _library_with_index(fresh_data) as lib:
        total = lib.search("高质量发展").total
    folder = fresh_data / "index"
    if damaged == "segments":
        files = [f for f in folder.glob("MAIN_*.*") if f.suffix in (".trm", ".col")]
        assert files
        for f in files:
            f.write_bytes(b"\x00garbage" * 100)
    else:
        for f in folder.glob("*.toc"):
            f.write_bytes(f.read_bytes()[:20])
    with Library(fresh_data) as lib:
        assert lib.search_engine().last_action == "rebuilt"
        assert lib.search("高质量发展").total == total


@pytest.mark.parametrize("field", ["schema", "fold", "dictionary"])
def test_an_index_made_by_another_version_is_rebuilt(fresh_data: Path, field: str) -> None:
    """Another schema or folding; or a record with a field this version does not know
    (version 2 recorded jieba's dictionary, whose words it indexed)."""
    _library_with_index(fresh_data).close()
    meta_path = fresh_data / "index" / META
    meta = json.loads(meta_path.read_text())
    meta["signature"][field] = 0 if field != "dictionary" else "jieba-0.42.1/other"
    meta_path.write_text(json.dumps(meta))
    with Library(fresh_data) as lib:
        assert lib.search_engine().last_action == "rebuilt"


def test_imported_and_replaced_documents_are_searchable_at_once(
    fresh_data: Path, tmp_path: Path
) -> None:
    src = tmp_path / "学习心得.txt"
    src.write_text("# 学习心得\n\n要把握好独一无二的关键词喵呜喵。\n", encoding="utf-8")
    with _library_with_index(fresh_data) as lib:
        assert lib.search("喵呜喵").total == 0
        lib.import_file(src)
        assert [h.doc for h in lib.search("喵呜喵").hits] == ["学习心得"]
        src.write_text("# 学习心得\n\n改过的版本只说汪汪汪。\n", encoding="utf-8")
        lib.import_file(src, replace="学习心得")
        assert lib.search("喵呜喵").total == 0
        assert lib.search("汪汪汪").total == 1
    with Library(fresh_data) as lib:
        assert lib.search_engine().last_action == "opened"
        assert lib.search("汪汪汪").total == 1


def test_adjacent_one_character_hits_are_separate_matches(fresh_data: Path, tmp_path: Path) -> None:
    """Searching 化 in 深化化工 reports two matches, each a span of one character."""
    src = tmp_path / "化工.txt"
    src.write_text("# 化工\n\n要深化化工行业改革。\n", encoding="utf-8")
    with _library_with_index(fresh_data) as lib:
        lib.import_file(src)
        where = lib.document("化工").text.index("深化化工")
        hit = next(h for h in lib.search("化", doc="化工").hits if h.start <= where < h.end)
        assert hit.matches == [(where + 1, where + 2), (where + 2, where + 3)]
        assert hit.to_dict()["matches"] == [[where + 1, where + 2], [where + 2, where + 3]]
