"""The library database: one SQLite file, versioned schema, every write a transaction.

sqlite-utils gives a readable table API; the connection is opened here so that
WAL, foreign keys and the schema version are set once for every caller.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from jingdu.errors import DatabaseError, DiskFullError, explain
from jingdu.notes.store import NotesStore, search_text
from jingdu.sqlite import sqlite_utils

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


def _v2(db: sqlite_utils.Database) -> None:
    """Annotations. Highlights name their document by id without a foreign key:
    documents are replaced when their source is cleaned again, highlights never are."""
    db.execute(
        """
        CREATE TABLE highlights (
            id TEXT PRIMARY KEY,
            doc TEXT NOT NULL,
            start_at INTEGER NOT NULL,
            end_at INTEGER NOT NULL,
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL,
            suffix TEXT NOT NULL,
            color TEXT NOT NULL,
            style TEXT NOT NULL,
            note TEXT NOT NULL,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            orphan INTEGER NOT NULL DEFAULT 0,
            anchored_to TEXT NOT NULL DEFAULT '',
            search TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX highlights_doc ON highlights(doc, start_at)")
    db.execute("CREATE INDEX highlights_created ON highlights(created)")
    db.execute(
        "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL, key TEXT NOT NULL UNIQUE)"
    )
    db.execute(
        """
        CREATE TABLE highlight_tags (
            highlight TEXT NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
            tag INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (highlight, tag)
        )"""
    )
    db.execute("CREATE INDEX highlight_tags_tag ON highlight_tags(tag)")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("INSERT INTO meta VALUES ('changes', '0')")


def _v3(db: sqlite_utils.Database) -> None:
    """Each source's id stem (so two files named x.txt and x.md get distinct document
    ids), and a counter of document changes, so a window notices another process's import."""
    db.execute("ALTER TABLE sources ADD COLUMN stem TEXT NOT NULL DEFAULT ''")
    db.execute("INSERT OR IGNORE INTO meta VALUES ('documents', '0')")


BUSY_TIMEOUT_MS = 15000
"""How long a write waits for another process's: an import may hold the lock for seconds."""


def _v4(db: sqlite_utils.Database) -> None:
    """Documents in every format, deleted or renamed by the user: each source's format,
    the hash of its clean text (the same content is not imported twice), a hidden flag
    (a deleted bundled source is not added back), and titles and authors the user set,
    which survive the source being read again."""
    db.execute("ALTER TABLE sources ADD COLUMN format TEXT NOT NULL DEFAULT 'text'")
    db.execute("ALTER TABLE sources ADD COLUMN text_hash TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE sources ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0")
    db.execute("CREATE INDEX sources_text_hash ON sources(text_hash)")
    db.execute("CREATE TABLE overrides (doc TEXT PRIMARY KEY, title TEXT, authors TEXT)")


def _v5(db: sqlite_utils.Database) -> None:
    """Search texts a re-import left wrong: moving a highlight cut its old quote off the
    search text at the first line break, which a quote may hold, so part of the old
    quote stayed. Such a text is longer than the quote and the note (folding keeps
    lengths), which finds every one; the annotation browser filters on these texts."""
    rows = db.execute(
        "SELECT id, quote, note FROM highlights "
        "WHERE length(search) != length(quote) + 1 + length(note)"
    ).fetchall()
    db.conn.executemany(
        "UPDATE highlights SET search = ? WHERE id = ?",
        [(search_text(quote, note), hid) for hid, quote, note in rows],
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1, _v2, _v3, _v4, _v5]
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
        if not path.exists():
            # Annotations are private: the file (and SQLite's -wal/-shm, which copy
            # its mode) are readable by the user alone.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        conn = connect(path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if path.stat().st_size and conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("integrity check failed")
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.DatabaseError as exc:
        plain = explain(exc, path)
        if plain is None and _disk_full(path):
            # Opening a WAL database creates its -shm index; on a full disk SQLite
            # reports that as a plain I/O error, which is no sign of damage.
            plain = DiskFullError(f"{path}: the disk is full")
        if plain is not None:  # a full disk or a lock is not damage
            raise plain from exc
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


def connect(path: Path) -> sqlite3.Connection:
    """A connection with the library's settings (each thread uses its own, so a
    reader never sees another thread's uncommitted write)."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Committed annotations must survive a crash of the machine, not only of Jingdu.
    conn.execute("PRAGMA synchronous = FULL")
    return conn


_FULL_BELOW = 256 * 1024
"""Free bytes under which a failing disk write is taken for a full disk."""


def _disk_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < _FULL_BELOW
    except OSError:
        return False


def open_read_only(data_dir: Path) -> sqlite_utils.Database | None:
    """The library database opened for reading only, without creating any file, for a
    disk with no room to open it normally; None when that would miss committed data
    (a write-ahead log not yet folded into the database)."""
    path = data_dir / DB_NAME
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True, check_same_thread=False)
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            conn.close()
            return None
    except sqlite3.Error:
        return None
    return sqlite_utils.Database(conn)


class LibraryClosed(RuntimeError):
    """A job abandoned when the library closed asked for the database again."""


class Connections:
    """One connection per thread to the library database (the first is the opener's),
    so that no thread sees another's uncommitted write; all closed together."""

    def __init__(self, path: Path, first: sqlite_utils.Database, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self._local = threading.local()
        self._local.db = first
        # Each connection with the thread that made it: only that thread may close it
        # while it lives (closing a connection another thread is querying crashes).
        self._all: list[tuple[threading.Thread, sqlite3.Connection]] = [
            (threading.current_thread(), first.conn)
        ]
        self._lock = threading.Lock()
        self._closed = False

    def get(self) -> sqlite_utils.Database:
        db: sqlite_utils.Database | None = getattr(self._local, "db", None)
        if self._closed:
            # A job still running on another thread when the library closed ends
            # here, at its next query, with its own connection closed by itself.
            if db is not None:
                db.conn.close()
                self._local.db = None
            raise LibraryClosed(self.path)
        if db is None:
            conn = (
                connect(self.path)
                if not self.read_only
                else sqlite3.connect(
                    f"{self.path.as_uri()}?immutable=1", uri=True, check_same_thread=False
                )
            )
            with self._lock:
                self._all.append((threading.current_thread(), conn))
            db = self._local.db = sqlite_utils.Database(conn)
        return db

    def notes(self) -> NotesStore:
        """The annotations through this thread's connection."""
        store: NotesStore | None = getattr(self._local, "notes", None)
        conn = self.get().conn
        if store is None or store.conn is not conn:
            store = self._local.notes = NotesStore(conn)
        return store

    def close_all(self) -> None:
        """Close every connection no other live thread may be using; a thread still
        alive closes its own at its next :meth:`get`, or drops it when it ends."""
        me = threading.current_thread()
        with self._lock:
            self._closed = True
            for owner, conn in self._all:
                if owner is me or not owner.is_alive():
                    conn.close()
            self._all.clear()
