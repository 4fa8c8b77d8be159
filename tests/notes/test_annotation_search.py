"""Annotations found by the library search box: quote, note and tags, with the query syntax."""

from __future__ import annotations

import pytest

from jingdu.library import Library
from jingdu.search.query import QueryError


def first_doc(lib: Library) -> str:
    return lib.documents()[0].id


@pytest.fixture
def noted(lib: Library) -> dict[str, str]:
    doc = lib.document(first_doc(lib))
    spans = {"a": (100, 130), "b": (300, 330), "c": (500, 530)}
    a = lib.add_highlight(doc.id, *spans["a"], tags=["政策/科技"], note="联系本省实际")
    b = lib.add_highlight(doc.id, *spans["b"], note="学习会提问")
    c = lib.add_highlight(doc.id, *spans["c"], tags=["重点"])
    return {"a": a.id, "b": b.id, "c": c.id}


def ids(found) -> set[str]:
    return {h.id for h in found}


def test_a_word_of_a_note_finds_its_annotation(lib: Library, noted) -> None:
    assert ids(lib.search_annotations("本省")) == {noted["a"]}


def test_a_tag_finds_its_annotations_and_the_query_syntax_applies(lib: Library, noted) -> None:
    assert ids(lib.search_annotations("重点")) == {noted["c"]}
    assert ids(lib.search_annotations("重点 OR 提问")) == {noted["b"], noted["c"]}
    assert ids(lib.search_annotations("政策 -本省")) == set()


def test_the_quote_is_searched_too(lib: Library, noted) -> None:
    h = lib.highlight(noted["b"])
    assert noted["b"] in ids(lib.search_annotations(h.quote[2:6]))


def test_a_query_that_cannot_run_is_refused_clearly(lib: Library, noted) -> None:
    with pytest.raises(QueryError):
        lib.search_annotations("-只排除")
    assert lib.search_annotations("不在任何批注中的词语") == []
