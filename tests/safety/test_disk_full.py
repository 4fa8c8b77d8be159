"""A full disk: said plainly, nothing half-written, and the rescue commands still work."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from jingdu.cli import main
from jingdu.library import Library
from jingdu.notes import autobackup
from tests.safety.conftest import ARTICLE, fill

DOC = ARTICLE.removesuffix(".txt")


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_on_a_full_disk_reading_and_rescuing_work_and_writing_says_disk_full(
    small_disk: Path, one_article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = small_disk / "data"
    with Library(data) as lib:
        lib.sync(one_article)
        for i in range(5):
            lib.add_highlight(DOC, 20 * i, 20 * i + 8, note=f"第 {i} 条")
    fill(small_disk)
    # The start-up backup cannot be made: a warning, not a failure.
    code, out, err = run(capsys, data, "highlight", "list")
    assert code == 0 and out.count("第 ") == 5
    assert "full" in err and "damaged" not in err
    code, out, err = run(capsys, data, "docs")
    assert code == 0 and DOC in out
    outside = tmp_path / "rescue"
    outside.mkdir()
    assert run(capsys, data, "backup", str(outside / "b.json"))[0] == 0
    assert run(capsys, data, "export", str(outside / "e.md"))[0] == 0
    code, _out, err = run(capsys, data, "highlight", "add", DOC, "200", "210")
    assert code == 2 and "disk is full" in err and "recover" not in err
    code, _out, err = run(capsys, data, "export", str(small_disk / "here.md"))
    assert code == 2 and "disk is full" in err
    assert not list(small_disk.rglob("*.part"))
    assert not (small_disk / "here.md").exists()
    (small_disk / "filler").unlink()
    with Library(data) as lib:
        assert len(lib.highlights()) == 5
        assert autobackup.backups(data)  # made once there was room again


def test_a_backup_that_runs_out_of_space_leaves_nothing_partial(
    tmp_path: Path, one_article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same without a small disk: the copy fails midway with ENOSPC."""
    data = tmp_path / "data"
    with Library(data) as lib:
        lib.sync(one_article)
        lib.add_highlight(DOC, 0, 5)

    class FullConnection(sqlite3.Connection):
        def backup(self, *_a: object, **_k: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

    real_connect = sqlite3.connect
    monkeypatch.setattr(
        sqlite3, "connect", lambda *a, **k: real_connect(*a, **{**k, "factory": FullConnection})
    )
    with Library(data) as lib:
        assert any("full" in w for w in lib.warnings)
        assert len(lib.highlights()) == 1
    assert not [p for p in (data / "backups").iterdir()] if (data / "backups").exists() else True


def test_enospc_while_writing_an_export_is_a_clear_message(
    tmp_path: Path, one_article: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    data = tmp_path / "data"
    with Library(data) as lib:
        lib.sync(one_article)
        lib.add_highlight(DOC, 0, 5)
    import os

    def full(*_a: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    code, _out, err = run(capsys, data, "export", str(tmp_path / "x.md"))
    assert code == 2 and "disk is full" in err and err.count("\n") == 1
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".md", ".part")] == []


def test_importing_and_indexing_on_a_full_disk_say_so(
    small_disk: Path, one_article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = small_disk / "data"
    with Library(data) as lib:
        lib.sync(one_article)
    big = tmp_path / "长文.txt"
    big.write_text("新质生产力是创新起主导作用的先进生产力。\n" * 40000, encoding="utf-8")
    fill(small_disk, leave=300_000)  # room to open the library, not to copy the file
    code, _out, err = run(capsys, data, "import", str(big))
    assert code == 2 and "disk is full" in err and err.count("\n") == 1
    fill(small_disk)  # no room for the search index either
    code, _out, err = run(capsys, data, "search", "新质生产力")
    last = err.strip().splitlines()[-1]
    assert code == 2 and "disk is full" in last and "internal" not in err
    (small_disk / "filler").unlink()
    assert not list(small_disk.rglob("*.part"))
    assert not [p for p in small_disk.iterdir() if p.name.startswith("index.")]
    with Library(data) as lib:
        assert "长文.txt" not in {d.source for d in lib.documents()}  # nothing half-imported
