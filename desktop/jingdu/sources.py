"""Source files in the library: the copy kept of each, its documents, their ids.

Importing is copy-then-commit with a unique copy name: the new copy is written
under a name of its own (content hash + original name), the database row is
switched to it in one transaction with the new documents and the re-anchored
highlights, and only then is the old copy removed. A failed transaction (a
locked database, a full disk) leaves the old row and the old copy in place and
removes the new copy, so nothing is half-applied at the next start.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePath
from typing import Any

import sqlite_utils

from jingdu.corpus.cleaner import CLEANER_VERSION, clean_source
from jingdu.corpus.decode import Decoded, read_source
from jingdu.corpus.document import Document
from jingdu.errors import SourceError, UserError
from jingdu.files import temp_name
from jingdu.notes.anchor import Placement, place
from jingdu.notes.store import Filter, NotesStore
from jingdu.progress import Progress

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
            if Path(r[0]).parent == self.folder
        }

    def stem_of(self, name: str) -> str:
        got = self._db().execute("SELECT stem FROM sources WHERE name = ?", [name]).fetchone()
        return (got[0] if got else "") or PurePath(name).stem

    def _free_stem(self, name: str) -> str:
        """An id stem no other source's documents use: ``x`` for x.txt, then ``x_2``…
        (x.md beside x.txt, or a file named like a compilation's piece 001-05)."""
        ids = [
            r[0] for r in self._db().execute("SELECT id FROM documents WHERE source != ?", [name])
        ]
        base = PurePath(name).stem or "doc"
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
            (name, Path(r["path"]), bool(r["bundled"])) for name, r in known.items()
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
                decoded = read_source(path)
            except SourceError as exc:
                report.warnings.append(f"{exc}; keeping the stored copy")
                continue
            r = known.get(name)
            if r and r["sha256"] == decoded.sha256 and r["cleaner_version"] == CLEANER_VERSION:
                report.unchanged.append(name)
                continue
            stem = self.stem_of(name) if r else self._free_stem(name)
            docs = clean_source(decoded.text, name, decoded.sha256, stem=stem)
            self.store(name, stem, path, decoded, is_bundled, docs)
            report.cleaned.append(name)
        if progress:
            progress(len(work), len(work), "")
        return report

    def import_file(self, path: Path, replace: str | None = None) -> list[Document]:
        decoded = read_source(path)
        name = path.name
        if replace is not None:
            name = replace
        elif self._db().table("sources").count_where("name = ?", [name]):
            raise UserError(
                f"{name}: a source of this name is in the library already; "
                f"use --replace {name} to import a new version"
            )
        stem = self.stem_of(name) if replace is not None else self._free_stem(name)
        docs = clean_source(decoded.text, name, decoded.sha256, stem=stem)
        old = self._db().execute("SELECT path FROM sources WHERE name = ?", [name]).fetchone()
        stored = self.folder / copy_name(name, decoded.sha256)
        fresh = not stored.exists()
        if fresh:
            self._keep_copy(stored, decoded.raw)
        try:
            self.store(name, stem, stored, decoded, False, docs)
        except BaseException:
            if fresh:
                stored.unlink(missing_ok=True)
            raise
        if old and Path(old[0]) != stored and Path(old[0]).parent == self.folder:
            Path(old[0]).unlink(missing_ok=True)  # only now: the database names the new copy
        return docs

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
        decoded: Decoded,
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
                    "sha256": decoded.sha256,
                    "encoding": decoded.encoding,
                    "cleaner_version": CLEANER_VERSION,
                    "bundled": int(bundled),
                    "imported_at": now,
                    "stem": stem,
                },
                pk="name",
            )
            db.table("documents").insert_all(row(d) for d in docs)
            # The highlights on the old text move to the new one in the same transaction.
            self._reanchor(stem, old_ids, docs)
            conn.execute(
                "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'documents'"
            )

    def _reanchor(self, stem: str, old_ids: list[str], docs: list[Document]) -> None:
        """Place the highlights of a source's old documents (and its orphans) in the new ones."""
        notes = self._notes()
        own = re.compile(re.escape(stem) + r"(?:-\d+)?$")
        marked = notes.for_docs(old_ids) + [
            h
            for h in notes.select(Filter(orphans=True))
            if own.match(h.doc) and h.doc not in old_ids
        ]
        by_id = {d.id: d for d in docs}
        for h in marked:
            target = by_id.get(h.doc)
            found: tuple[Document, Placement] | None = None
            if target is not None:
                p = place(target.text, h.start, h.end, h.quote, h.prefix, h.suffix)
                found = (target, p) if p else None
            if found is None:
                # A re-split compilation: the passage may now be in another piece of the source.
                options = [
                    (d, p)
                    for d in docs
                    if d is not target and h.quote in d.text
                    for p in [place(d.text, -1, -1, h.quote, h.prefix, h.suffix)]
                    if p is not None
                ]
                found = max(options, key=lambda o: o[1].score, default=None)
            if found is None:
                notes.orphan(h.id)
            else:
                d, p = found
                notes.place(h.id, d.id, d.text, p.start, p.end, anchor_key(d))
