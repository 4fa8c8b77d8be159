"""Index updates written by a child process (the window's way: search/child.py)."""

from __future__ import annotations

import multiprocessing
import threading
import time
from pathlib import Path

import pytest

from jingdu.errors import UserError
from jingdu.library import Library

TEXT = "# 学习心得\n\n要把握好独一无二的关键词喵呜喵。\n"


def _windowed(data: Path) -> Library:
    lib = Library(data)
    lib.index_in_child = True
    lib.sync()
    lib.search_engine()
    return lib


def test_documents_imported_are_found_and_the_record_kept(fresh_data: Path, tmp_path: Path) -> None:
    src = tmp_path / "学习心得.txt"
    src.write_text(TEXT, encoding="utf-8")
    with _windowed(fresh_data) as lib:
        before = lib.search("新质生产力").total
        lib.import_file(src)
        assert [h.doc for h in lib.search("喵呜喵").hits] == ["学习心得"]
        assert lib.search("新质生产力").total == before
        lib.delete_document("学习心得")
        assert lib.search("喵呜喵").total == 0
    with Library(fresh_data) as lib:  # the child wrote the record: nothing to redo
        assert lib.search_engine().last_action == "opened"


def test_a_child_killed_in_mid_write_loses_nothing_already_indexed(
    fresh_data: Path, tmp_path: Path
) -> None:
    files = []
    for n in range(30):
        f = tmp_path / f"材料{n:02d}.txt"
        f.write_text(
            f"# 材料{n}\n\n" + "发展新质生产力要因地制宜。" * 400 + f"编号{n:02d}喵\n", "utf-8"
        )
        files.append(f)
    with _windowed(fresh_data) as lib:
        before = lib.search("新质生产力").total

        folder = lib.search_engine().index.folder
        there = set(folder.iterdir())

        def kill_the_writer() -> None:
            # Killed once it has begun a segment (its files appear as the writer opens).
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                children = multiprocessing.active_children()
                if children and set(folder.iterdir()) - there:
                    for c in children:
                        c.kill()
                    return
                time.sleep(0.002)

        killer = threading.Thread(target=kill_the_writer)
        killer.start()
        lib.import_paths(files)
        with pytest.raises(RuntimeError, match="stopped"):
            lib.search("编号07喵")
        killer.join()
    with Library(fresh_data) as lib:  # the index on disk is the one before: brought up to date
        assert lib.search("新质生产力").total > before
        assert [h.doc for h in lib.search("编号07喵").hits] == ["材料07"]


def test_an_index_locked_by_another_writer_is_reported(fresh_data: Path, tmp_path: Path) -> None:
    src = tmp_path / "学习心得.txt"
    src.write_text(TEXT, encoding="utf-8")
    with _windowed(fresh_data) as lib:
        engine = lib.search_engine()
        lib.import_file(src)  # (the index takes it in at the next search)
        writer = engine.index.ix.writer()  # another Jingdu is writing
        try:
            with pytest.raises(UserError, match="being written by another Jingdu"):
                lib.search("喵呜喵")
        finally:
            writer.cancel()
        assert [h.doc for h in lib.search("喵呜喵").hits] == ["学习心得"]
