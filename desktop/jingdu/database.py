"""The library database: one SQLite file, versioned schema, every write a transaction.

sqlite-utils gives a readable table API; the connection is opened here so that
WAL, foreign keys and the schema version are set once for every caller.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from jingdu.errors import DatabaseError

DB_NAME = "library.db"


def _v1(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE sources (
            name TEXT PRIMARY KEY,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            encoding TEXT NOT NULL,
            cleaner_version INTEGER NOT NULL,
            bundled INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            source TEXT NOT NULL REFERENCES sources(name) ON DELETE CASCADE,
            part INTEGER NOT NULL,
            title TEXT NOT NULL,
            title_source TEXT NOT NULL,
            authors TEXT NOT NULL,
            abstract TEXT NOT NULL,
            keywords TEXT NOT NULL,
            text TEXT NOT NULL,
            paragraphs TEXT NOT NULL,
            outline TEXT NOT NULL,
            footnotes TEXT NOT NULL,
            removed TEXT NOT NULL,
            source_hash TEXT NOT NULL,
            cleaner_version INTEGER NOT NULL,
            chars INTEGER NOT NULL,
            paragraph_count INTEGER NOT NULL
        )"""
    )
    db.execute("CREATE INDEX documents_source ON documents(source, part)")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1]
"""Migration n (1-based) brings the schema from version n-1 to n. Append only."""
SCHEMA_VERSION = len(MIGRATIONS)


def open_database(data_dir: Path) -> sqlite_utils.Database:
    """Open (creating if needed) the library database and bring its schema up to date.

    Raises:
        DatabaseError: the file is not a database, is damaged, or was written by
            a newer Jingdu. The file is left exactly as it was.
    """
    path = data_dir / DB_NAME
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if path.stat().st_size and conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("integrity check failed")
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            f"library database {path} is damaged ({exc}); it was not changed. "
            f"Move it aside to start a new library."
        ) from exc
    if version > SCHEMA_VERSION:
        conn.close()
        raise DatabaseError(
            f"library database {path} was written by a newer Jingdu "
            f"(schema {version}, this version reads up to {SCHEMA_VERSION})"
        )
    db = sqlite_utils.Database(conn)
    for n in range(version, SCHEMA_VERSION):
        # Each migration and its version bump commit together or not at all.
        with conn:
            conn.execute("BEGIN")
            MIGRATIONS[n](db)
            conn.execute(f"PRAGMA user_version = {n + 1}")
    return db
