"""While a first index is built, the library answers searches, exactly, without waiting for it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from jingdu.library import Library
from jingdu.search.index import SearchIndex

QUERIES = ["新质生产力", "质", "科技 -产业", "數字經濟"]


def test_searches_during_a_first_build_get_every_hit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Library(tmp_path / "built") as lib:
        lib.sync()
        expected = {q: lib.search(q, limit=5_000).to_dict() for q in QUERIES}
    go_on = threading.Event()
    building = threading.Event()
    rebuild = SearchIndex.rebuild

    def slow_rebuild(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        building.set()
        assert go_on.wait(60), "the searches never finished"
        return rebuild(self, *args, **kwargs)

    monkeypatch.setattr(SearchIndex, "rebuild", slow_rebuild)
    with Library(tmp_path / "fresh") as lib:
        lib.sync()
        told: list[bool] = []
        outcome: list[BaseException | object] = []

        def prepare() -> None:
            try:
                outcome.append(lib.search_engine(searchable=lambda: told.append(True)))
            except BaseException as exc:
                outcome.append(exc)

        builder = threading.Thread(target=prepare)
        builder.start()
        assert building.wait(60)
        assert told == [True]  # the window was told it may search
        during = {q: lib.search(q, limit=5_000).to_dict() for q in QUERIES}
        assert not (tmp_path / "fresh" / "index").exists()  # the build is still waiting
        go_on.set()
        builder.join(60)
        assert outcome and not isinstance(outcome[0], BaseException)
        assert lib.search_engine().last_action == "rebuilt"
        after = {q: lib.search(q, limit=5_000).to_dict() for q in QUERIES}
    assert expected["新质生产力"]["total"] > 100  # found: equality means something
    for q in QUERIES:
        for results in (during, after):
            assert results[q]["total"] == expected[q]["total"]
            assert results[q]["hits"] == expected[q]["hits"]


def test_a_failed_first_build_is_tried_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuild = SearchIndex.rebuild
    calls: list[int] = []

    def failing_once(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:
            raise OSError(28, "No space left on device")
        return rebuild(self, *args, **kwargs)

    monkeypatch.setattr(SearchIndex, "rebuild", failing_once)
    with Library(tmp_path / "data") as lib:
        lib.sync()
        with pytest.raises(OSError):
            lib.search_engine()
        assert lib.search("新质生产力").total > 100
        assert lib.search_engine().last_action == "rebuilt" and len(calls) == 2
