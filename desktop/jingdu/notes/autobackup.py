"""Rolling copies of the whole library database, and recovery from them.

At start-up, when the annotations changed since the newest copy, a new copy is
made with SQLite's online backup (consistent even while in use) into
``<data>/backups/``; the newest ten are kept. A damaged database can be
replaced by the newest copy on request: the damaged file is moved aside, never
deleted.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from jingdu.errors import DatabaseError

KEEP = 10
_NAME = re.compile(r"^library-(\d{8}T\d{6}\d*Z)-c(\d+)\.db$")


def backups(data_dir: Path) -> list[Path]:
    """The automatic copies, newest first."""
    folder = data_dir / "backups"
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if _NAME.match(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def changes_of(path: Path) -> int:
    m = _NAME.match(path.name)
    return int(m.group(2)) if m else -1


def maybe_backup(conn: sqlite3.Connection, data_dir: Path, changes: int) -> Path | None:
    """Copy the database if the annotations changed since the newest copy; prune old copies."""
    existing = backups(data_dir)
    if changes == 0 or (existing and changes_of(existing[0]) == changes):
        return None
    folder = data_dir / "backups"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"library-{stamp}-c{changes}.db"
    partial = target.with_suffix(".db.part")
    dest = sqlite3.connect(partial)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    os.replace(partial, target)  # a copy is either complete or absent
    for old in backups(data_dir)[KEEP:]:
        old.unlink(missing_ok=True)
    return target


def recover(data_dir: Path, source: Path | None = None) -> tuple[Path, Path | None]:
    """Replace the library database with an automatic copy (the newest, or ``source``).

    Returns (the copy used, where the replaced database was moved). Raises
    DatabaseError when there is no usable copy.
    """
    candidates = [source] if source is not None else backups(data_dir)
    chosen = None
    for cand in candidates:
        if cand is None or not cand.is_file():
            continue
        try:
            probe = sqlite3.connect(f"file:{cand}?mode=ro", uri=True)
            ok = probe.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            probe.close()
        except sqlite3.DatabaseError:
            ok = False
        if ok:
            chosen = cand
            break
    if chosen is None:
        raise DatabaseError(f"no usable automatic backup in {data_dir / 'backups'}")
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
    src = sqlite3.connect(f"file:{chosen}?mode=ro", uri=True)
    dst = sqlite3.connect(db)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return chosen, moved
