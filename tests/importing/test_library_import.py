"""Importing many files and folders, and deleting, restoring and renaming documents."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jingdu.cli import main
from jingdu.library import Library
from jingdu.notes.store import Filter
from tests.conftest import REPO


def article(n: int) -> str:
    return (
        f"# 第{n}篇学习体会\n\n"
        + f"第{n}篇的正文，谈新质生产力与高质量发展，编号{n:04d}，内容各不相同。\n" * 20
    )


def folder_of(tmp_path: Path, count: int) -> Path:
    top = tmp_path / "资料"
    (top / "子目录").mkdir(parents=True)
    (top / ".隐藏").mkdir()
    for n in range(count):
        where = top if n % 2 else top / "子目录"
        (where / f"文章{n:03d}.txt").write_text(article(n), encoding="utf-8")
    (top / ".隐藏" / "不要.txt").write_text(article(999), encoding="utf-8")
    (top / "图片.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)  # not a format: skipped
    return top


def test_a_folder_is_imported_recursively_and_again_adds_nothing(tmp_path: Path) -> None:
    top = folder_of(tmp_path, 6)
    with Library(tmp_path / "data") as lib:
        first = lib.import_paths([top])
        assert len(first.documents) == 6 and not first.refused and not first.duplicates
        again = lib.import_paths([top])
        assert again.documents == [] and len(again.duplicates) == 6
        assert len(lib.documents()) == 6
        assert "999" not in " ".join(d.title for d in lib.documents())


def test_bad_files_are_refused_with_reasons_and_the_rest_go_in(tmp_path: Path) -> None:
    good = tmp_path / "好.txt"
    good.write_text(article(1), encoding="utf-8")
    empty = tmp_path / "空.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "二进制.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    fake_docx = tmp_path / "假的.docx"
    fake_docx.write_bytes(b"PK\x03\x04" + b"not really a zip" * 10)
    fifo = tmp_path / "管道.txt"
    os.mkfifo(fifo)
    odd = tmp_path / "名字\n带换行.txt"
    odd.write_text(article(2), encoding="utf-8")
    with Library(tmp_path / "data") as lib:
        report = lib.import_paths([empty, binary, good, fake_docx, fifo, odd, tmp_path / "无.txt"])
        reasons = {Path(r.file).name: r.reason for r in report.refused}
        assert reasons == {
            "空.txt": "empty",
            "二进制.txt": "binary",
            "假的.docx": "damaged",
            "管道.txt": "special",
            "无.txt": "missing",
        }
        assert sorted(Path(f).name for f, _ in report.imported) == ["名字\n带换行.txt", "好.txt"]
        assert len(lib.documents()) == 2
    assert len(list((tmp_path / "data" / "sources").iterdir())) == 2  # nothing half there


def test_a_cancelled_import_keeps_what_went_in(tmp_path: Path) -> None:
    top = folder_of(tmp_path, 6)

    def stop_after_three(done: int, _total: int, _what: str) -> None:
        if done == 3:
            raise KeyboardInterrupt  # what Cancel does, from the progress callback

    with Library(tmp_path / "data") as lib:
        with pytest.raises(KeyboardInterrupt):
            lib.import_paths([top], stop_after_three)  # the window's Cancel raises like this
        assert len(lib.documents()) == 3
        rest = lib.import_paths([top])
        assert len(rest.documents) == 3 and len(rest.duplicates) == 3


def test_an_import_killed_midway_resumes(tmp_path: Path) -> None:
    top = folder_of(tmp_path, 40)
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(REPO / "desktop")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "jingdu", "--data-dir", str(data), "import", str(top)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    seen = 0
    while seen < 8 and proc.stdout.readline().startswith("imported"):
        seen += 1
    time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Library(data) as lib:

        def mine() -> int:
            return sum(d.source.startswith("文章") for d in lib.documents())

        got = mine()
        assert 8 <= got < 40, "the kill came too late to test resuming"
        report = lib.import_paths([top])
        assert len(report.documents) == 40 - got and len(report.duplicates) == got
        assert mine() == 40
    stored = {p.name for p in (data / "sources").iterdir()}
    assert len(stored) == 40 and not [n for n in stored if n.endswith(".part")]


def test_delete_keeps_highlights_as_orphans_and_undelete_brings_all_back(tmp_path: Path) -> None:
    src = tmp_path / "讲话.txt"
    src.write_text(article(7), encoding="utf-8")
    with Library(tmp_path / "data") as lib:
        [doc] = lib.import_file(src)
        h = lib.add_highlight(doc.id, 20, 30, note="要点")
        assert lib.delete_document(doc.id) == (1, 1)
        assert lib.documents() == []
        [orphan] = lib.highlights(Filter(orphans=True))
        assert orphan.id == h.id and orphan.note == "要点"
        lib.undelete_source("讲话.txt")
        back = lib.highlight(h.id)
        assert not back.orphan and back.doc == doc.id and back.quote == h.quote


def test_delete_with_highlights_and_a_deleted_bundled_source_stays_deleted(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Library(data) as lib:
        lib.sync()
        lib.add_highlight("002", 10, 20)
        docs, marked = lib.delete_document("002", drop_highlights=True)
        assert (docs, marked) == (1, 1) and lib.highlights() == []
    with Library(data) as lib:
        lib.sync()  # the bundled file is still there: not added back
        assert "002_1faaaa7bcac61f4f" not in [d.id for d in lib.documents()]


def test_rename_survives_the_source_being_read_again(tmp_path: Path, monkeypatch) -> None:
    src = tmp_path / "a.txt"
    src.write_text(article(3), encoding="utf-8")
    with Library(tmp_path / "data") as lib:
        [doc] = lib.import_file(src)
        renamed = lib.rename_document(doc.id, title="新的标题", authors=["张三", " 李四 "])
        assert (renamed.title, renamed.authors) == ("新的标题", ["张三", "李四"])
        src.write_text(article(3) + "\n补充一段。\n", encoding="utf-8")
        again = lib.import_file(src, replace=doc.id)[0]
        assert lib.document(again.id).title == "新的标题"
        with pytest.raises(Exception, match="empty"):
            lib.rename_document(doc.id, title="  ")


def test_the_command_line_twins(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    top = folder_of(tmp_path, 3)
    bad = tmp_path / "坏.txt"
    bad.write_bytes(b"")
    d = ["--data-dir", str(tmp_path / "data")]
    code = main([*d, "import", str(top), str(bad), "--json"])
    out, _err = capsys.readouterr()
    data = json.loads(out)
    assert code == 2 and len(data["documents"]) == 3
    assert [r["reason"] for r in data["refused"]] == ["empty"]
    first = data["documents"][0]["id"]
    assert main([*d, "rename", first, "--title", "改名", "--author", "王五", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "改名"
    assert main([*d, "delete", first]) == 0
    out = capsys.readouterr().out
    assert "undelete" in out
    source = out.split("`jingdu undelete ")[1].split("`")[0]
    assert main([*d, "undelete", source]) == 0
    assert "改名" in capsys.readouterr().out


def test_a_protected_word_file_is_told_apart_from_a_damaged_one(tmp_path: Path) -> None:
    ole = tmp_path / "加密.docx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000)
    with Library(tmp_path / "data") as lib:
        report = lib.import_paths([ole])
    [refused] = report.refused
    assert refused.reason == "encrypted" and "password" in refused.message
