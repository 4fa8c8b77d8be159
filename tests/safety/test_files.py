"""Files in and out: imports that cannot half-apply, destinations that are not files, odd names."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from jingdu.cli import main
from jingdu.corpus.decode import read_source
from jingdu.errors import SourceError, UserError
from jingdu.files import write_atomically
from jingdu.library import Library
from jingdu.sources import Sources
from tests.safety.conftest import ARTICLE

DOC = ARTICLE.removesuffix(".txt")


def text_file(path: Path, body: str) -> Path:
    path.write_text(body, encoding="utf-8")
    return path


def test_a_failed_replace_leaves_the_old_version_now_and_at_the_next_start(
    tmp_path: Path, one_article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    first = text_file(tmp_path / "讲话.txt", "第一版的内容，讲的是科技创新。\n")
    with Library(data) as lib:
        lib.sync(one_article)
        lib.import_file(first)
        kept = set((data / "sources").iterdir())

    def locked(*_a: object, **_k: object) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(Sources, "store", locked)
    second = text_file(tmp_path / "讲话v2.txt", "第二版的内容，讲的是产业升级。\n")
    with Library(data) as lib, pytest.raises(sqlite3.OperationalError):
        lib.import_file(second, replace="讲话")
    assert set((data / "sources").iterdir()) == kept  # no new copy left behind
    monkeypatch.undo()
    with Library(data) as lib:
        lib.sync(one_article)
        assert "第一版" in lib.document("讲话").text


def test_import_replace_swaps_the_copy_only_after_the_database(
    tmp_path: Path, one_article: Path
) -> None:
    data = tmp_path / "data"
    with Library(data) as lib:
        lib.sync(one_article)
        lib.import_file(text_file(tmp_path / "讲话.txt", "第一版。\n"))
        lib.import_file(text_file(tmp_path / "新.txt", "第二版。\n"), replace="讲话")
        assert lib.document("讲话").text.startswith("第二版")
    copies = list((data / "sources").iterdir())
    assert len(copies) == 1 and copies[0].read_text(encoding="utf-8") == "第二版。\n"


def test_names_that_share_a_temporary_name_or_a_stem_never_collide(
    tmp_path: Path, one_article: Path
) -> None:
    data = tmp_path / "data"
    a_part = text_file(tmp_path / "a.txt.part", "第一篇文章的正文。\n")
    a = text_file(tmp_path / "a.txt", "第二篇文章的正文。\n")
    x_txt = text_file(tmp_path / "x.txt", "纯文本版本。\n")
    x_md = text_file(tmp_path / "x.md", "另一篇文章。\n")
    piece = text_file(tmp_path / "002_1faaaa7bcac61f4f-05.txt", "像合集篇目的文件名。\n")
    with Library(data) as lib:
        lib.sync(one_article)
        ids = [d.id for f in (a_part, a, x_txt, x_md, piece) for d in lib.import_file(f)]
        assert len(set(ids)) == 5
        assert lib.document(ids[3]).text.startswith("另一篇")
        assert lib.document("002_1faaaa7bcac61f4f").text != lib.document(ids[4]).text
    with Library(data) as lib:
        report = lib.sync(one_article)
        assert not report.warnings  # every stored copy is still there
        assert lib.document(ids[0]).text.startswith("第一篇")


def test_export_and_backup_refuse_special_files_and_write_through_links(
    tmp_path: Path, one_article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    with Library(data) as lib:
        lib.sync(one_article)
        lib.add_highlight(DOC, 0, 10)
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    real = text_file(tmp_path / "real.md", "old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    to_fifo = tmp_path / "to-fifo.json"
    to_fifo.symlink_to(fifo)
    for out in (fifo, to_fifo):
        for args in (["export", str(out)], ["backup", str(out)]):
            code = main(["--data-dir", str(data), *args])
            err = capsys.readouterr().err
            assert code == 2 and "not a regular file" in err, err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and to_fifo.is_symlink()
    assert main(["--data-dir", str(data), "export", str(link)]) == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("# ")
    with pytest.raises(UserError, match="folder"):
        write_atomically(tmp_path, "x")


def test_special_files_are_refused_without_reading_them(
    tmp_path: Path, one_article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # reading a FIFO with no writer would block forever
    for special in (fifo, Path("/dev/zero")):
        with pytest.raises(SourceError, match="not a regular file"):
            read_source(special)
    data = tmp_path / "data"
    with Library(data) as lib:
        lib.sync(one_article)
        lib.add_highlight(DOC, 0, 10)
    for args in (
        ["import", "/dev/zero"],
        ["import", str(fifo)],
        ["export", str(tmp_path / "o.md"), "--preface", "@/dev/zero"],
        ["export", str(tmp_path / "o.md"), "--preface", f"@{fifo}"],
    ):
        code = main(["--data-dir", str(data), *args])
        err = capsys.readouterr().err
        assert code == 2 and "not a regular file" in err, (args, err)
    assert not (tmp_path / "o.md").exists()


def test_long_names(tmp_path: Path, one_article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    with Library(data) as lib:
        lib.sync(one_article)
        lib.add_highlight(DOC, 0, 10)
    name = "新质生产力" * 16 + ".md"  # 80 characters, 243 bytes: fits, with no room to spare
    assert len(name.encode()) <= 255
    assert main(["--data-dir", str(data), "export", str(tmp_path / name)]) == 0
    assert (tmp_path / name).exists()
    assert main(["--data-dir", str(data), "import", str(tmp_path / name)]) == 0
    too_long = tmp_path / ("长" * 100 + ".md")  # 300 bytes
    code = main(["--data-dir", str(data), "export", str(too_long)])
    err = capsys.readouterr().err
    assert code == 2 and "too long" in err
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_the_library_is_private_to_its_user(tmp_path: Path, one_article: Path) -> None:
    shared = tmp_path / "shared.txt"
    shared.write_text("一篇文章。\n", encoding="utf-8")
    shared.chmod(0o644)
    link = tmp_path / "link.txt"
    link.symlink_to(shared)
    data = tmp_path / "data"
    old = os.umask(0o022)
    try:
        with Library(data) as lib:
            lib.sync(one_article)
            lib.import_file(link)
    finally:
        os.umask(old)
    mode = lambda p: stat.S_IMODE(p.stat().st_mode)  # noqa: E731
    assert mode(data) == 0o700
    assert mode(data / "library.db") == 0o600
    assert [mode(p) for p in (data / "sources").iterdir()] == [0o600]


def test_nul_bytes_anywhere_mean_binary(tmp_path: Path) -> None:
    late = tmp_path / "late.txt"
    late.write_bytes(("正文" * 3000).encode() + b"\x00\x00" + "尾".encode())
    with pytest.raises(SourceError, match="NUL"):
        read_source(late)


def test_a_loop_of_symbolic_links_is_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.md").symlink_to(tmp_path / "b.md")
    (tmp_path / "b.md").symlink_to(tmp_path / "a.md")
    with pytest.raises(UserError, match="loop"):
        write_atomically(tmp_path / "a.md", "x")
    code = main(["--data-dir", str(tmp_path / "data"), "export", str(tmp_path / "a.md")])
    err = capsys.readouterr().err
    assert code == 2 and "internal" not in err


def test_a_usage_error_says_jingdu_once(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "-o", "x"]) == 2
    assert capsys.readouterr().err == "jingdu: unrecognized arguments: -o\n"
    assert main(["highlight", "add", "x"]) == 2
    assert capsys.readouterr().err.startswith("jingdu: highlight add: the following arguments")
