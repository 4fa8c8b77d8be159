"""Source files in the library: the copy kept of each, its documents, their ids.

Importing is copy-then-commit with a unique copy name: the new copy is written
under a name of its own (content hash + original name), the database row is
switched to it in one transaction with the new documents and the re-anchored
highlights, and only then is the old copy removed. A failed transaction (a
locked database, a full disk) leaves the old row and the old copy in place and
removes the new copy, so nothing is half-applied at the next start.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePath
from typing import Any

from jingdu.corpus.document import Document
from jingdu.errors import SourceError, UserError
from jingdu.files import read_regular, temp_name
from jingdu.importing.formats import MAX_BYTES, Format, detect, read_documents
from jingdu.notes.relocate import relocate
from jingdu.notes.store import NotesStore
from jingdu.progress import Progress
from jingdu.sqlite import sqlite_utils

_JSON_FIELDS = ("authors", "keywords", "paragraphs", "outline", "footnotes", "removed")
_MAX_NAME_BYTES = 200


@dataclass
class SyncReport:
    """What a start-up sync did; warnings are for the user (a vanished source, say)."""

    cleaned: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def anchor_key(doc: Document) -> str:
    """Identifies the text a highlight's offsets refer to."""
    return f"{doc.source_hash}:{doc.cleaner_version}"


def copy_name(name: str, sha: str) -> str:
    """The kept copy's file name: unique per content and name, and short enough for
    any file system however long the original name."""
    stem, suffix = os.path.splitext(name)
    if len(suffix.encode("utf-8")) > 16:
        stem, suffix = name, ""
    while len(stem.encode("utf-8")) + len(suffix.encode("utf-8")) > _MAX_NAME_BYTES - 17:
        stem = stem[:-1]
    return f"{sha[:16]}-{stem}{suffix}"


def row(d: Document) -> dict[str, Any]:
    data = d.to_dict()
    out: dict[str, Any] = {k: v for k, v in data.items() if k not in _JSON_FIELDS}
    for key in _JSON_FIELDS:
        out[key] = json.dumps(data[key], ensure_ascii=False)
    out["paragraph_count"] = len(d.paragraphs)
    return out


def document_from_row(r: dict[str, Any]) -> Document:
    data = dict(r)
    for key in _JSON_FIELDS:
        data[key] = json.loads(data[key])
    return Document.from_dict(data)


@dataclass
class Prepared:
    """A file read and structured for import, not yet stored."""

    path: Path
    name: str
    stem: str
    replace: str | None
    sha: str
    data: bytes
    fmt: Format
    docs: list[Document]


class Sources:
    """The sources table, the kept copies in ``sources/`` and the documents made from them."""

    def __init__(
        self,
        data_dir: Path,
        db: Callable[[], sqlite_utils.Database],
        notes: Callable[[], NotesStore],
    ) -> None:
        self.folder = data_dir / "sources"
        self._db = db  # the calling thread's connection
        self._notes = notes

    def stored_names(self) -> set[str]:
        """Names of the copies in ``sources/`` the database refers to."""
        return {
            Path(r[0]).name
            for r in self._db().execute("SELECT path FROM sources WHERE bundled = 0")
        }

    def where(self, stored: str, bundled: bool) -> Path:
        """Where a source's file is now. A kept copy is in this library's ``sources/``
        whatever path the library had when it was imported: the folder may have been
        moved, copied, or opened through a symbolic link or a relative path."""
        return Path(stored) if bundled else self.folder / Path(stored).name

    def stem_of(self, name: str) -> str:
        got = self._db().execute("SELECT stem FROM sources WHERE name = ?", [name]).fetchone()
        return (got[0] if got else "") or PurePath(name).stem

    def _free_stem(self, name: str) -> str:
        """An id stem no other source's documents use: ``x`` for x.txt, then ``x_2``…
        (x.md beside x.txt, or a file named like a compilation's piece 001-05)."""
        db = self._db()
        ids = [r[0] for r in db.execute("SELECT id FROM documents WHERE source != ?", [name])]
        # A deleted source keeps its stem, so that bringing it back cannot clash.
        ids += [
            r[0]
            for r in db.execute("SELECT stem FROM sources WHERE hidden = 1 AND name != ?", [name])
        ]
        # An id is typed on command lines and printed one per line: no control
        # characters or line breaks from odd file names (they also fail a backup's check).
        base = re.sub(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\s]+", "_", PurePath(name).stem) or "doc"
        for n in range(1, len(ids) + 2):
            stem = base if n == 1 else f"{base}_{n}"
            clash = re.compile(re.escape(stem) + r"(?:-\d+)?$")
            if not any(clash.match(i) for i in ids):
                return stem
        raise AssertionError("unreachable: one of len(ids) + 1 stems is free")

    def sync(self, bundled: Path, progress: Progress | None = None) -> SyncReport:
        """Bring stored documents in step with their sources (see Library.sync)."""
        report = SyncReport()
        known = {r["name"]: r for r in self._db().table("sources").rows}
        work: list[tuple[str, Path, bool]] = [
            (name, self.where(r["path"], bool(r["bundled"])), bool(r["bundled"]))
            for name, r in known.items()
            if not r["hidden"]
        ]
        if bundled.is_dir():
            work += [
                (p.name, p, True) for p in sorted(bundled.glob("*.txt")) if p.name not in known
            ]
        for i, (name, path, is_bundled) in enumerate(sorted(work)):
            if progress:
                progress(i, len(work), name)
            if not path.exists():
                report.warnings.append(
                    f"{name}: source file {path} is missing; keeping the stored copy"
                )
                continue
            try:
                data = read_regular(path, MAX_BYTES, "document")
                sha = hashlib.sha256(data).hexdigest()
                fmt = detect(data, name)
                r = known.get(name)
                if r and r["sha256"] == sha and r["cleaner_version"] == fmt.version:
                    report.unchanged.append(name)
                    continue
                stem = self.stem_of(name) if r else self._free_stem(name)
                fmt, docs = read_documents(data, name, stem, sha)
            except SourceError as exc:
                report.warnings.append(f"{exc}; keeping the stored copy")
                continue
            self.store(name, stem, path, sha, fmt, is_bundled, docs)
            report.cleaned.append(name)
        if progress:
            progress(len(work), len(work), "")
        return report

    def import_file(
        self, path: Path, replace: str | None = None, progress: Progress | None = None
    ) -> list[Document]:
        """Import a file (see Library.import_file).

        Raises:
            SourceError: it cannot be read, or (reason ``duplicate``) its text is in
                the library already.
        """
        return self.commit(self.prepare(path, replace, progress))

    def prepare(
        self, path: Path, replace: str | None = None, progress: Progress | None = None
    ) -> Prepared:
        """Read and structure a file, writing nothing: the slow part of an import (a
        long PDF), which the window runs beside the writes, not in their queue."""
        data = read_regular(path, MAX_BYTES, "document")
        sha = hashlib.sha256(data).hexdigest()
        name = replace if replace is not None else self._free_name(path.name)
        stem = self.stem_of(name) if replace is not None else self._free_stem(name)
        fmt, docs = read_documents(data, name, stem, sha, progress)
        return Prepared(path, name, stem, replace, sha, data, fmt, docs)

    def commit(self, p: Prepared) -> list[Document]:
        """Store a prepared import: the copy, then the documents in one transaction."""
        name, stem, docs = p.name, p.stem, p.docs
        if p.replace is None:
            # Another import may have taken the name or the ids meanwhile.
            name = self._free_name(p.path.name)
            stem = self._free_stem(name)
            if stem != p.stem:
                for d in docs:
                    d.id = stem if d.part == 0 else f"{stem}-{d.part:02d}"
            for d in docs:
                d.source = name
            twin = self._same_text(docs, name)
            if twin is not None:
                raise SourceError(
                    f"{p.path.name}: the same text is in the library already, as {twin[0]}",
                    "duplicate",
                    (twin[1],),
                )
        old = (
            self._db()
            .execute("SELECT path, bundled FROM sources WHERE name = ?", [name])
            .fetchone()
        )
        stored = self.folder / copy_name(name, p.sha)
        fresh = not stored.exists()
        if fresh:
            self._keep_copy(stored, p.data)
        try:
            self.store(name, stem, stored, p.sha, p.fmt, False, docs)
        except BaseException:
            if fresh:
                stored.unlink(missing_ok=True)
            raise
        if old and Path(old[0]).name != stored.name and not old[1]:
            # Only now: the database names the new copy.
            self.where(old[0], False).unlink(missing_ok=True)
        return docs

    def _free_name(self, name: str) -> str:
        """``name``, or ``name (2)``… when another source has it: two files of one name
        from different folders are two sources."""
        taken = {r[0] for r in self._db().execute("SELECT name FROM sources")}
        stem, suffix = os.path.splitext(name)
        n = 1
        while name in taken:
            n += 1
            name = f"{stem} ({n}){suffix}"
        return name

    def _same_text(self, docs: list[Document], name: str) -> tuple[str, str] | None:
        """The source (``《title》 (file)``) already holding exactly this clean text, and
        its first document's id."""
        got = (
            self._db()
            .execute(
                "SELECT s.name, d.title, d.id FROM sources s JOIN documents d "
                "ON d.source = s.name WHERE s.text_hash = ? AND s.name != ? AND s.hidden = 0 "
                "ORDER BY d.part LIMIT 1",
                [text_hash(docs), name],
            )
            .fetchone()
        )
        return (f"《{got[1]}》 ({got[0]})", got[2]) if got else None

    def _keep_copy(self, stored: Path, data: bytes) -> None:
        self.folder.mkdir(exist_ok=True, mode=0o700)
        tmp = temp_name(self.folder)
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, stored)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def store(
        self,
        name: str,
        stem: str,
        path: Path,
        sha: str,
        fmt: Format,
        bundled: bool,
        docs: list[Document],
    ) -> None:
        db = self._db()
        conn = db.conn
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            old_ids = [
                r[0] for r in conn.execute("SELECT id FROM documents WHERE source = ?", [name])
            ]
            conn.execute("DELETE FROM documents WHERE source = ?", [name])
            db.table("sources").upsert(
                {
                    "name": name,
                    "path": str(path),
                    "sha256": sha,
                    "encoding": fmt.name,
                    "cleaner_version": fmt.version,
                    "bundled": int(bundled),
                    "imported_at": now,
                    "stem": stem,
                    "format": fmt.name,
                    "text_hash": text_hash(docs),
                    "hidden": 0,
                },
                pk="name",
            )
            db.table("documents").insert_all(row(_overridden(conn, d)) for d in docs)
            # The highlights on the old text move to the new one in the same transaction.
            relocate(self._notes(), stem, old_ids, docs, anchor_key)
            _bump(conn)

    # -- the user's changes to documents ----------------------------------------------

    def delete(self, name: str, drop_highlights: bool) -> tuple[int, int]:
        """Take a source's documents out of the library (its highlights become orphans,
        or go too); returns (documents, highlights). The kept copy stays, so that
        :meth:`undelete` can bring the source back, and a bundled source is not
        added again at the next start."""
        db = self._db()
        conn = db.conn
        notes = self._notes()
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            ids = [r[0] for r in conn.execute("SELECT id FROM documents WHERE source = ?", [name])]
            marked = [h.id for h in notes.for_docs(ids)]
            for hid in marked:
                notes.delete(hid) if drop_highlights else notes.orphan(hid)
            conn.execute("DELETE FROM documents WHERE source = ?", [name])
            conn.execute("UPDATE sources SET hidden = 1 WHERE name = ?", [name])
            if drop_highlights and marked:
                conn.execute(
                    "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'changes'"
                )
            _bump(conn)
        return len(ids), len(marked)

    def undelete(self, name: str) -> list[Document]:
        """Bring a deleted source back from its kept copy (its orphans find their places)."""
        r = (
            self._db()
            .execute("SELECT path, bundled FROM sources WHERE name = ?", [name])
            .fetchone()
        )
        if r is None:
            raise UserError(f"{name}: no such source")
        path = self.where(r[0], bool(r[1]))
        data = read_regular(path, MAX_BYTES, "document")
        sha = hashlib.sha256(data).hexdigest()
        stem = self.stem_of(name)
        fmt, docs = read_documents(data, name, stem, sha)
        self.store(name, stem, path, sha, fmt, bool(r[1]), docs)
        return docs

    def rename(self, doc_id: str, title: str | None, authors: list[str] | None) -> None:
        """Set a document's title and/or authors; kept when its source is read again."""
        db = self._db()
        conn = db.conn
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            old = conn.execute("SELECT title, authors FROM overrides WHERE doc = ?", [doc_id])
            prev = old.fetchone() or (None, None)
            new_title = title if title is not None else prev[0]
            new_authors = (
                json.dumps(authors, ensure_ascii=False) if authors is not None else prev[1]
            )
            conn.execute(
                "INSERT OR REPLACE INTO overrides (doc, title, authors) VALUES (?, ?, ?)",
                [doc_id, new_title, new_authors],
            )
            if title is not None:
                conn.execute(
                    "UPDATE documents SET title = ?, title_source = 'user' WHERE id = ?",
                    [title, doc_id],
                )
            if authors is not None:
                conn.execute("UPDATE documents SET authors = ? WHERE id = ?", [new_authors, doc_id])
            _bump(conn)


def text_hash(docs: list[Document]) -> str:
    """Identifies the clean text of a source's documents, whatever file it came from."""
    joined = "\f".join(d.text for d in docs)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def _overridden(conn: sqlite3.Connection, d: Document) -> Document:
    got = conn.execute("SELECT title, authors FROM overrides WHERE doc = ?", [d.id]).fetchone()
    if got is None:
        return d
    if got[0] is not None:
        d.title, d.title_source = got[0], "user"
    if got[1] is not None:
        d.authors = json.loads(got[1])
    return d


def _bump(conn: sqlite3.Connection) -> None:
    """Count a change to the documents (a window polls this to notice other processes)."""
    conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'documents'")
