"""Rolling copies of the whole library database, and recovery from them.

At start-up, when the annotations changed since the newest copy, a new copy is
made with SQLite's online backup (consistent even while in use) into
``<data>/backups/``; the newest ten are kept, and so is the copy holding the
most highlights when it holds more than the library does now (a mass deletion,
or a library emptied by accident, never rotates away the only copies of the
old notes). A damaged database can be replaced by a copy on request: the
damaged file is moved aside, never deleted.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from jingdu.errors import DatabaseError, explain
from jingdu.files import temp_name

KEEP = 10
_NAME = re.compile(r"^library-(\d{8}T\d{6}\d*Z)-c(\d+)(?:-h(\d+))?\.db$")
SPARE_BYTES = 1024 * 1024
"""Free space to leave on the disk beyond the copy itself."""


@dataclass(frozen=True)
class BackupResult:
    made: Path | None = None
    warning: str = ""


def folder(data_dir: Path) -> Path:
    return data_dir / "backups"


def backups(data_dir: Path) -> list[Path]:
    """The automatic copies, newest first."""
    where = folder(data_dir)
    if not where.is_dir():
        return []
    found = [p for p in where.iterdir() if _NAME.match(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def changes_of(path: Path) -> int:
    m = _NAME.match(path.name)
    return int(m.group(2)) if m else -1


def highlights_in(path: Path) -> int:
    """How many highlights a copy holds (-1 when it cannot be read)."""
    m = _NAME.match(path.name)
    if m and m.group(3) is not None:
        return int(m.group(3))
    try:
        probe = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return int(probe.execute("SELECT count(*) FROM highlights").fetchone()[0])
        finally:
            probe.close()
    except sqlite3.Error:
        return -1


def maybe_backup(
    conn: sqlite3.Connection, data_dir: Path, changes: int, highlights: int
) -> BackupResult:
    """Copy the database if the annotations changed since the newest copy; prune old copies.

    Never fails: a full disk or an unusable backups folder skips the copy with a
    warning (the library stays usable, and nothing partial is left behind).
    """
    existing = backups(data_dir)
    if changes == 0 or (existing and changes_of(existing[0]) == changes):
        return BackupResult()
    where = folder(data_dir)
    if where.exists() and not where.is_dir():
        return BackupResult(
            warning=f"{where} is a file, not a folder: no automatic backup was made "
            f"until it is moved away"
        )
    db_file = data_dir / "library.db"
    size = db_file.stat().st_size if db_file.exists() else 0
    if shutil.disk_usage(data_dir).free < size + SPARE_BYTES:
        return BackupResult(
            warning=f"the disk holding {data_dir} is almost full: no automatic backup was made"
        )
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = where / f"library-{stamp}-c{changes}-h{highlights}.db"
    partial = temp_name(where)
    try:
        where.mkdir(exist_ok=True, mode=0o700)
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        dest = sqlite3.connect(partial)
        try:
            conn.backup(dest)
        finally:
            dest.close()
        os.replace(partial, target)  # a copy is either complete or absent
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        reason = explain(exc, where)
        return BackupResult(warning=f"no automatic backup was made: {reason or exc}")
    _prune(data_dir, highlights)
    return BackupResult(made=target)


def _prune(data_dir: Path, highlights: int) -> None:
    copies = backups(data_dir)
    keep = set(copies[:KEEP])
    richest = max(copies, key=highlights_in, default=None)
    if richest is not None and highlights_in(richest) > highlights:
        keep.add(richest)  # the only copy of notes the library no longer has
    for old in copies:
        if old not in keep:
            old.unlink(missing_ok=True)


def healthy(db: Path) -> bool:
    """Whether a database file exists, is not empty and passes SQLite's quick check."""
    return _passes(db, "quick_check")


def _intact(path: Path) -> bool:
    """Whether a backup passes SQLite's full integrity check (it is about to be used)."""
    return _passes(path, "integrity_check")


def _passes(path: Path, check: str) -> bool:
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        probe = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return bool(probe.execute(f"PRAGMA {check}").fetchone()[0] == "ok")
        finally:
            probe.close()
    except sqlite3.Error:
        return False


def recover(data_dir: Path, source: Path | None = None) -> tuple[Path, Path | None]:
    """Replace the library database with an automatic copy (the newest, or ``source``).

    Returns (the copy used, where the replaced database was moved). Raises
    DatabaseError when there is no usable copy. The caller makes sure no other
    process has the library open and that replacing it is wanted.
    """
    candidates = [source] if source is not None else backups(data_dir)
    chosen = next((c for c in candidates if c is not None and _intact(c)), None)
    if chosen is None:
        raise DatabaseError(f"no usable automatic backup in {folder(data_dir)}")
    db = data_dir / "library.db"
    moved = None
    if db.exists():
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        moved = db.with_name(f"library.db.damaged-{stamp}")
        os.replace(db, moved)
        for extra in ("-wal", "-shm"):
            side = db.with_name(db.name + extra)
            if side.exists():
                os.replace(side, moved.with_name(moved.name + extra))
    os.close(os.open(db, os.O_WRONLY | os.O_CREAT, 0o600))
    src = sqlite3.connect(f"file:{chosen}?mode=ro", uri=True)
    dst = sqlite3.connect(db)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return chosen, moved
