from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from jingdu.corpus import cleaner
from jingdu.errors import DatabaseError, DataDirError, NotFoundError, SourceError
from jingdu.library import Library
from tests.conftest import CORPUS

ARTICLE = "000_5425b47fff0c6ac1.txt"


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for p in CORPUS.glob("*.txt"):
        shutil.copy(p, folder / p.name)
    return folder


def test_first_start_adds_the_bundled_corpus(data_dir: Path, corpus_copy: Path) -> None:
    with Library(data_dir) as lib:
        report = lib.sync(corpus_copy)
        assert sorted(report.cleaned) == sorted(p.name for p in corpus_copy.glob("*.txt"))
        docs = lib.documents()
    assert {d.source for d in docs} == set(report.cleaned)
    assert sum(d.source == "001_e0edea38aaf4c3b6.txt" for d in docs) >= 60
    assert all(d.title and d.chars > 0 for d in docs)


def test_an_unchanged_start_cleans_nothing_and_loads_the_same(
    data_dir: Path, corpus_copy: Path
) -> None:
    with Library(data_dir) as lib:
        lib.sync(corpus_copy)
        before = lib.document(ARTICLE[:-4])
    with Library(data_dir) as lib:
        report = lib.sync(corpus_copy)
        assert report.cleaned == [] and len(report.unchanged) == 5
        assert lib.document(ARTICLE[:-4]) == before


def test_a_changed_source_is_cleaned_again(data_dir: Path, corpus_copy: Path) -> None:
    with Library(data_dir) as lib:
        lib.sync(corpus_copy)
    path = corpus_copy / ARTICLE
    path.write_text(path.read_text(encoding="utf-8") + "\n\n新增的一段结语。\n", encoding="utf-8")
    with Library(data_dir) as lib:
        assert lib.sync(corpus_copy).cleaned == [ARTICLE]
        assert lib.document("000").text.rstrip().endswith("新增的一段结语。")


def test_a_new_cleaner_version_cleans_everything_again(
    data_dir: Path, corpus_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Library(data_dir) as lib:
        lib.sync(corpus_copy)
    monkeypatch.setattr(cleaner, "CLEANER_VERSION", cleaner.CLEANER_VERSION + 1)
    with Library(data_dir) as lib:
        assert len(lib.sync(corpus_copy).cleaned) == 5
        assert lib.document("000").cleaner_version == cleaner.CLEANER_VERSION


def test_a_vanished_source_keeps_its_documents_and_is_reported(
    data_dir: Path, corpus_copy: Path
) -> None:
    with Library(data_dir) as lib:
        lib.sync(corpus_copy)
        text = lib.document("000").text
    (corpus_copy / ARTICLE).unlink()
    with Library(data_dir) as lib:
        report = lib.sync(corpus_copy)
        assert len(report.warnings) == 1
        assert ARTICLE in report.warnings[0] and "missing" in report.warnings[0]
        assert lib.document("000").text == text


def test_a_corrupt_database_is_refused_and_left_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    db = data_dir / "library.db"
    garbage = b"SQLite format 3\x00" + os.urandom(4096)
    db.write_bytes(garbage)
    with pytest.raises(DatabaseError, match="damaged"):
        Library(data_dir)
    assert db.read_bytes() == garbage


def test_a_truncated_database_is_refused(data_dir: Path, corpus_copy: Path) -> None:
    with Library(data_dir) as lib:
        lib.sync(corpus_copy)
    db = data_dir / "library.db"
    sqlite3.connect(db).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])
    with pytest.raises(DatabaseError):
        Library(data_dir).documents()


def test_a_database_from_a_newer_jingdu_is_refused(data_dir: Path) -> None:
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / "library.db")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(DatabaseError, match="newer"):
        Library(data_dir)


def test_an_unusable_data_folder_is_refused(tmp_path: Path) -> None:
    a_file = tmp_path / "file"
    a_file.write_text("x")
    with pytest.raises(DataDirError, match="is a file"):
        Library(a_file)
    with pytest.raises(DataDirError):
        Library(a_file / "below")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to a read-only folder")
def test_a_read_only_data_folder_is_refused(tmp_path: Path) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with pytest.raises(DataDirError, match="not readable and writable"):
            Library(ro)
    finally:
        ro.chmod(0o700)


def test_documents_are_found_by_id_prefix_and_part(data_dir: Path, corpus_copy: Path) -> None:
    with Library(data_dir) as lib:
        lib.sync(corpus_copy)
        assert lib.resolve("002") == "002_1faaaa7bcac61f4f"
        assert lib.resolve("001-05") == "001_e0edea38aaf4c3b6-05"
        with pytest.raises(NotFoundError, match="ambiguous"):
            lib.resolve("00")
        with pytest.raises(NotFoundError, match="no document"):
            lib.resolve("999")
        with pytest.raises(NotFoundError):
            lib.resolve("%")


def test_import_keeps_a_copy_and_refuses_duplicates(data_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "mine.txt"
    src.write_text(
        "# 我的笔记\n\n新质生产力是创新起主导作用的先进生产力质态。\n", encoding="gb18030"
    )
    with Library(data_dir) as lib:
        [doc] = lib.import_file(src)
        assert doc.id == "mine" and doc.title == "我的笔记"
        src.unlink()  # the original may go: the library keeps its own copy
        assert lib.sync(tmp_path / "none").warnings == []
        src.write_text("# 我的笔记\n\n新质生产力是创新起主导作用的先进生产力质态。\n")
        with pytest.raises(SourceError, match="same text is in the library already") as same:
            lib.import_file(src)  # the same text again, though saved in UTF-8 now
        assert same.value.reason == "duplicate"
        (tmp_path / "mine.txt").write_text("别的内容。", encoding="utf-8")
        [other] = lib.import_file(tmp_path / "mine.txt")  # same name, other text: a new one
        assert other.id != "mine" and other.source != "mine.txt"
        [new] = lib.import_file(tmp_path / "mine.txt", replace="mine")
        assert new.text == "别的内容。" and new.id == "mine"


def test_import_of_bad_files_changes_nothing(data_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    with Library(data_dir) as lib:
        with pytest.raises(SourceError, match="binary"):
            lib.import_file(bad)
        with pytest.raises(SourceError, match="no such file"):
            lib.import_file(tmp_path / "missing.txt")
        assert lib.documents() == []
    assert not (data_dir / "sources" / "bad.txt").exists()


def test_closing_while_another_thread_reads_ends_that_reader_cleanly(
    data_dir: Path, corpus_copy: Path
) -> None:
    """The window closes the library while a search-index build still reads documents
    on its own thread: the reader must end with an error, never crash the process."""
    import threading

    from jingdu.database import LibraryClosed

    lib = Library(data_dir)
    lib.sync(corpus_copy)
    ids = [d.id for d in lib.documents()]
    reading = threading.Event()
    outcome: list[BaseException] = []

    def read_forever() -> None:
        try:
            while True:
                for doc_id in ids:
                    lib.document(doc_id)
                    reading.set()
        except BaseException as exc:  # the outcome is what the test checks
            outcome.append(exc)

    reader = threading.Thread(target=read_forever, daemon=True)
    reader.start()
    assert reading.wait(10)
    lib.close()
    reader.join(10)
    assert not reader.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], LibraryClosed)
