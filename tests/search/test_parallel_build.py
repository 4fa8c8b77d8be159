"""A first build shared among processes (search/index.py ``_shares``) finds what one process's does."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh import index as whoosh_index

from jingdu.library import Library
from jingdu.search import index

QUERIES = [
    "新质生产力",
    "创新",
    "质",
    "高质量发展",
    "數字經濟",
    "农业文明",
    "GDP",
    "科技 -产业",
    "喵",
]


def _results(data: Path) -> dict[str, tuple[int, list[tuple[str, int]]]]:
    with Library(data) as lib:
        lib.sync()
        out = {}
        for q in QUERIES:
            r = lib.search(q, limit=10_000)
            out[q] = (r.total, [(h.doc, h.paragraph) for h in r.hits])
        return out


@pytest.mark.parametrize("in_child", [False, True])
def test_a_build_in_parts_gives_the_same_hits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_child: bool
) -> None:
    alone = _results(tmp_path / "alone")
    monkeypatch.setattr(index, "CHARS_PER_BUILDER", 50_000)  # the corpus: several parts
    monkeypatch.setattr(index.os, "cpu_count", lambda: 3)
    monkeypatch.setattr(Library, "index_in_child", in_child, raising=False)
    shared = _results(tmp_path / "shared")
    assert alone["新质生产力"][0] > 100  # found: equality means something
    assert shared == alone
    folder = tmp_path / "shared" / "index"
    ix = whoosh_index.open_dir(str(folder))
    assert len(ix._segments()) == 3  # one from each part
    ix.close()
    assert [p.name for p in tmp_path.joinpath("shared").iterdir() if "index" in p.name] == ["index"]
    with Library(tmp_path / "shared") as lib:  # its record is whole: opened as it is
        assert lib.search_engine().last_action == "opened"
