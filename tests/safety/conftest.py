"""Fixtures for the data-safety tests: a one-article library, a small real disk."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import CORPUS

ARTICLE = "002_1faaaa7bcac61f4f.txt"


@pytest.fixture
def one_article(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(CORPUS / ARTICLE, folder / ARTICLE)
    return folder


@contextmanager
def mounted_disk(where: Path, size: str) -> Iterator[Path]:
    """A file system of ``size`` (tmpfs) at ``where``, for as long as the block runs.

    Skipped where it cannot be made: mounting needs root (as CI runs), and the
    disk-full behaviour is then covered by the tests that simulate ENOSPC."""
    where.mkdir(exist_ok=True)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip(
            "a real full disk needs root to mount a small one (CI runs as root); without it, "
            "test_disk_full.py's ENOSPC tests check the same messages and leftovers"
        )
    got = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where)],
        capture_output=True,
    )
    if got.returncode != 0:
        pytest.skip(
            "this machine refuses to mount a small disk "
            f"({got.stderr.decode(errors='replace').strip()}); "
            "test_disk_full.py's ENOSPC tests check the same messages and leftovers"
        )
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MiB file system of its own."""
    with mounted_disk(tmp_path / f"disk-{uuid.uuid4().hex[:6]}", "4m") as where:
        yield where


def fill(disk: Path, leave: int = 0) -> Path:
    """Fill ``disk`` to the last byte with one file, then give back ``leave`` bytes."""
    filler = disk / "filler"
    with open(filler, "ab", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 65536)

        except OSError:
            pass
        try:
            while True:
                f.write(b"\0")

        except OSError:
            pass
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler
