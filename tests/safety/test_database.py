"""The library database: never silently replaced, recovered only when asked, read consistently."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from jingdu.cli import main
from jingdu.errors import BusyError, DatabaseError, UserError
from jingdu.library import Library, recover
from jingdu.notes import autobackup
from tests.safety.conftest import ARTICLE

DOC = ARTICLE.removesuffix(".txt")


def annotated(data: Path, corpus: Path, n: int) -> None:
    with Library(data) as lib:
        lib.sync(corpus)
        for i in range(n):
            lib.add_highlight(DOC, 10 * i, 10 * i + 5, note=f"笔记 {i}")


def test_an_emptied_database_with_backups_is_damaged_not_new(
    tmp_path: Path, one_article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    annotated(data, one_article, 3)
    Library(data).close()  # the start-up backup holds the three highlights
    assert autobackup.backups(data)
    (data / "library.db").write_bytes(b"")
    for side in ("library.db-wal", "library.db-shm"):
        (data / side).unlink(missing_ok=True)
    with pytest.raises(DatabaseError, match=r"empty.*jingdu recover"):
        Library(data)
    assert (data / "library.db").stat().st_size == 0  # nothing was changed
    code = main(["--data-dir", str(data), "docs"])
    err = capsys.readouterr().err
    assert code == 2 and "recover" in err and err.count("\n") == 1
    assert (data / "library.db").stat().st_size == 0
    assert main(["--data-dir", str(data), "recover"]) == 0
    with Library(data) as lib:
        assert len(lib.highlights()) == 3


def test_a_missing_database_with_backups_is_not_replaced_by_a_new_one(
    tmp_path: Path, one_article: Path
) -> None:
    data = tmp_path / "data"
    annotated(data, one_article, 2)
    Library(data).close()
    for p in data.glob("library.db*"):
        p.unlink()
    with pytest.raises(DatabaseError, match="missing"):
        Library(data)
    assert not (data / "library.db").exists()


def test_rotation_keeps_the_only_backup_holding_more_notes_than_the_library(
    tmp_path: Path, one_article: Path
) -> None:
    data = tmp_path / "data"
    annotated(data, one_article, 5)
    Library(data).close()
    with Library(data) as lib:
        lib.delete_highlights([h.id for h in lib.highlights()])
    for i in range(autobackup.KEEP + 3):  # more sessions than backups are kept
        with Library(data) as lib:
            h = lib.add_highlight(DOC, 100 + i, 105 + i)
            lib.delete_highlights([h.id])
    copies = autobackup.backups(data)
    assert len(copies) == autobackup.KEEP + 1
    assert max(autobackup.highlights_in(c) for c in copies) == 5


def test_recover_refuses_a_healthy_library_unless_forced(tmp_path: Path, one_article: Path) -> None:
    data = tmp_path / "data"
    annotated(data, one_article, 1)
    Library(data).close()
    with Library(data) as lib:
        lib.add_highlight(DOC, 200, 210, note="the newest")
    with pytest.raises(UserError, match=r"not damaged.*--force"):
        recover(data)
    with Library(data) as lib:
        assert any(h.note == "the newest" for h in lib.highlights())
    _used, moved = recover(data, force=True)
    assert moved is not None and moved.exists()


def test_recover_refuses_while_another_process_has_the_library_open(
    tmp_path: Path, one_article: Path
) -> None:
    data = tmp_path / "data"
    annotated(data, one_article, 1)
    Library(data).close()
    (data / "library.db").write_bytes(b"damaged" * 100)
    for side in ("library.db-wal", "library.db-shm"):
        (data / side).unlink(missing_ok=True)
    holder = sqlite3.connect(data / "x.db")  # unrelated; the lock below is what counts
    from jingdu.lock import LibraryLock

    other = LibraryLock(data)
    other.share()  # what an open Library holds
    try:
        with pytest.raises(BusyError, match="open"):
            recover(data)
        assert (data / "library.db").read_bytes().startswith(b"damaged")
    finally:
        other.release()
        holder.close()
    recover(data)
    with Library(data) as lib:
        assert len(lib.highlights()) == 1


def test_a_reader_never_sees_another_threads_uncommitted_write(
    tmp_path: Path, one_article: Path
) -> None:
    data = tmp_path / "data"
    annotated(data, one_article, 1)
    with Library(data) as lib:
        lib.add_highlight(DOC, 300, 310, tags=["旧标签"])
        inside, release = threading.Event(), threading.Event()
        failure: list[BaseException] = []

        def writer() -> None:
            try:
                with lib.notes.transaction():
                    lib.notes.rename_tag("旧标签", "新标签")
                    inside.set()
                    release.wait(10)
                    raise RuntimeError("rolled back")
            except RuntimeError:
                pass
            except BaseException as exc:  # pragma: no cover - reported below
                failure.append(exc)

        t = threading.Thread(target=writer)
        t.start()
        assert inside.wait(10)
        seen_during = [name for name, _ in lib.tags()]  # this (the "GUI") thread reads
        release.set()
        t.join()
        assert not failure
        assert seen_during == ["旧标签"]
        assert [name for name, _ in lib.tags()] == ["旧标签"]


def test_a_stray_file_named_backups_does_not_stop_the_library(
    tmp_path: Path, one_article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    annotated(data, one_article, 1)
    assert not (data / "backups").exists()  # no backup yet: made at the next start
    (data / "backups").write_text("my own notes", encoding="utf-8")
    code = main(["--data-dir", str(data), "highlight", "list"])
    out, err = capsys.readouterr()
    assert code == 0 and "笔记 0" in out
    assert "backups" in err and "warning" in err
    assert (data / "backups").read_text(encoding="utf-8") == "my own notes"


def test_leftovers_of_killed_processes_are_cleaned_at_start(
    tmp_path: Path, one_article: Path
) -> None:
    data = tmp_path / "data"
    annotated(data, one_article, 1)
    dead = 2**22 + 12345  # above the default pid_max: no such process
    junk = [
        data / "backups" / ".jingdu-0123456789ab.part",
        data / f"index.new-{dead}-140000",
        data / f"index.new-{dead}-140000.part1",
        data / f"index.old-{dead}",
        data / "sources" / ".jingdu-ba9876543210.part",
        data / "sources" / "0000000000000000-killed-import.txt",
    ]
    (data / "backups").mkdir(exist_ok=True)
    (data / "sources").mkdir(exist_ok=True)
    for p in junk:
        if p.name.startswith("index."):
            p.mkdir()
            (p / "segment").write_bytes(b"x" * 1000)
        else:
            p.write_bytes(b"partial")
    keep = data / "sources" / "my-notes.txt"
    with Library(data) as lib:
        stored = lib.sources.stored_names()
    assert not [p for p in junk if p.exists()]
    assert stored <= {p.name for p in (data / "sources").iterdir()}
    assert not keep.exists() or keep.name in stored


def test_leftovers_another_process_may_be_writing_are_left_alone(
    tmp_path: Path, one_article: Path
) -> None:
    data = tmp_path / "data"
    annotated(data, one_article, 1)
    (data / "sources").mkdir(exist_ok=True)
    busy = data / "sources" / ".jingdu-aaaaaaaaaaaa.part"
    dead_staging = data / f"index.new-{2**22 + 1}-1"
    with Library(data):
        busy.write_bytes(b"an import in progress")
        dead_staging.mkdir()
        with Library(data):  # a second process opening while the first works
            pass
        assert busy.exists()  # the first may be copying it right now
        assert not dead_staging.exists()  # its process is gone


def test_another_process_s_changes_are_noticed(tmp_path: Path, one_article: Path) -> None:
    data = tmp_path / "data"
    annotated(data, one_article, 0)
    extra = tmp_path / "新文章.txt"
    extra.write_text("读书会第三次讨论纪要，甲乙丙丁四人参加。\n", encoding="utf-8")
    with Library(data) as window, Library(data) as cli:
        assert window.changed_elsewhere() == (False, False)
        window.add_highlight(DOC, 0, 5)  # its own change is not news to it
        assert window.changed_elsewhere() == (False, False)
        cli.import_file(extra)
        assert window.changed_elsewhere() == (True, False)
        assert {h.doc for h in window.search("甲乙丙丁").hits} == {"新文章"}
        cli.add_highlight("新文章", 0, 5)
        assert window.changed_elsewhere() == (False, True)
        assert window.changed_elsewhere() == (False, False)


def test_a_library_locked_by_another_writer_is_a_clear_message(
    tmp_path: Path, one_article: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    data = tmp_path / "data"
    annotated(data, one_article, 1)
    Library(data).close()
    monkeypatch.setattr("jingdu.database.BUSY_TIMEOUT_MS", 200)
    other = sqlite3.connect(data / "library.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process in the middle of a long write
    try:
        code = main(["--data-dir", str(data), "highlight", "add", DOC, "40", "50"])
        err = capsys.readouterr().err
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 2 and "another Jingdu process" in err and err.count("\n") == 1


def test_a_moved_copied_or_linked_library_keeps_its_imported_files(tmp_path: Path) -> None:
    mine = tmp_path / "我的.txt"
    mine.write_text("我的学习笔记，第一段。\n", encoding="utf-8")
    first = tmp_path / "first"
    with Library(first) as lib:
        lib.import_file(mine)
    moved = tmp_path / "moved"
    first.rename(moved)
    copied = tmp_path / "copied"
    import shutil

    shutil.copytree(moved, copied)
    linked = tmp_path / "linked"
    linked.symlink_to(moved)
    for where in (moved, copied, linked):
        with Library(where) as lib:
            report = lib.sync(tmp_path / "no-bundled-corpus")
            assert not report.warnings, where
            assert lib.document("我的").text.startswith("我的学习笔记")
        assert len(list((where / "sources").iterdir())) == 1, where
    with Library(copied) as lib:
        lib.delete_document("我的")
        assert lib.undelete_source("我的.txt")[0].text.startswith("我的学习笔记")
