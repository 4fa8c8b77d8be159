"""Writing the user's files (exports, backups): whole or not at all."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from jingdu.errors import UserError
from jingdu.files import write_atomically


def mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def test_a_new_file_gets_the_usual_permissions_and_no_leftovers(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomically(tmp_path / "简报.md", "内容")
    finally:
        os.umask(old)
    assert (tmp_path / "简报.md").read_text(encoding="utf-8") == "内容"
    assert mode(tmp_path / "简报.md") == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["简报.md"]


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    out.write_bytes(b"old")
    out.chmod(0o640)
    write_atomically(out, b"new")
    assert out.read_bytes() == b"new" and mode(out) == 0o640


def test_a_read_only_file_is_not_replaced(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "b.pdf"
    out.write_bytes(b"old")
    out.chmod(0o444)
    real = os.access  # root may write anyway: ask as a user would be answered
    monkeypatch.setattr(os, "access", lambda p, m: False if Path(p) == out else real(p, m))
    with pytest.raises(UserError, match="read-only"):
        write_atomically(out, b"new")
    assert out.read_bytes() == b"old"


def test_a_write_that_fails_midway_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch
) -> None:
    out = tmp_path / "b.pdf"
    out.write_bytes(b"old")

    def killed(*_a: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(UserError, match="disk is full"):
        write_atomically(out, b"new" * 1000)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["b.pdf"]


def test_a_missing_folder_is_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="cannot be written"):
        write_atomically(tmp_path / "没有" / "b.pdf", b"x")
