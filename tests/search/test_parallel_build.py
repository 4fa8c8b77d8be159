"""A first build shared among processes (search/index.py ``_shares``) finds what one process's does."""

from __future__ import annotations

import multiprocessing
import time
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


def _build_in_parts(data: str) -> None:
    """A process building the library's first index in three parts (what a large library
    gets on a machine of three cores)."""
    index.CHARS_PER_BUILDER = 50_000
    index.os.cpu_count = lambda: 3  # (this process's own: it was spawned for the test)
    with Library(Path(data)) as lib:
        lib.search_engine()


def test_a_build_killed_midway_leaves_nothing_and_is_done_again(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Library(data) as lib:
        lib.sync()
    builder = multiprocessing.get_context("spawn").Process(
        target=_build_in_parts, args=(str(data),)
    )
    builder.start()
    deadline = time.monotonic() + 120
    parts: list[Path] = []
    while time.monotonic() < deadline and not any(p.iterdir() for p in parts):
        parts = [p for p in data.iterdir() if ".part" in p.name]
        time.sleep(0.002)
    builder.kill()  # the window killed while its parts are being written
    builder.join()
    assert parts, "the build was never seen in parts"
    assert builder.exitcode != 0 and not (data / "index").exists()
    time.sleep(1)  # the part builders, orphaned, stop at their next document
    with Library(data) as lib:
        assert lib.search_engine().last_action == "rebuilt"
        assert lib.search("新质生产力").total > 100
    assert [p.name for p in data.iterdir() if p.name.startswith("index")] == ["index"]
