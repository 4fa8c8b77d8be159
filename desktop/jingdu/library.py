"""Library: the one facade the GUI and the CLI use over documents (and, later, search and notes).

Neither the GUI nor the CLI touches SQLite or the cleaner directly: they ask the
Library, which keeps the stored documents in step with their source files.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePath
from typing import Any

from jingdu.corpus.cleaner import CLEANER_VERSION, clean_source
from jingdu.corpus.decode import read_source
from jingdu.corpus.document import Document
from jingdu.database import open_database
from jingdu.errors import DatabaseError, NotFoundError, SourceError, UserError
from jingdu.export import fonts, jsondata, markdown, pdf
from jingdu.export.model import Briefing, BriefingOptions, ExportError
from jingdu.export.model import build as build_briefing
from jingdu.export.result import Exported
from jingdu.files import write_atomically
from jingdu.notes import autobackup
from jingdu.notes import backup as jsonbackup
from jingdu.notes.anchor import Placement, place
from jingdu.notes.history import Change, History
from jingdu.notes.model import Highlight
from jingdu.notes.store import Filter, NotesStore
from jingdu.paths import bundled_corpus_dir, default_data_dir, prepare_data_dir
from jingdu.progress import Progress
from jingdu.search.engine import SearchEngine, SearchResults
from jingdu.search.fold import fold
from jingdu.search.query import parse as parse_query


@dataclass(frozen=True)
class DocumentSummary:
    """What the library list shows: no text, cheap to load for every document."""

    id: str
    title: str
    authors: list[str]
    source: str
    part: int
    chars: int
    paragraphs: int
    highlights: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "authors": self.authors,
            "source": self.source,
            "part": self.part,
            "chars": self.chars,
            "paragraphs": self.paragraphs,
            "highlights": self.highlights,
        }


@dataclass
class SyncReport:
    """What a start-up sync did; warnings are for the user (a vanished source, say)."""

    cleaned: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


_JSON_FIELDS = ("authors", "keywords", "paragraphs", "outline", "footnotes", "removed")


class Library:
    """The user's library in a data folder."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self.data_dir = prepare_data_dir(data_dir or default_data_dir())
        self.sources_dir = self.data_dir / "sources"
        try:
            self.db = open_database(self.data_dir)
        except DatabaseError as exc:
            copies = autobackup.backups(self.data_dir)
            if not copies:
                raise
            raise DatabaseError(
                f"{exc} `jingdu recover` replaces it with the automatic backup of "
                f"{backup_time(copies[0])} (the damaged file is kept)."
            ) from exc
        self.notes = NotesStore(self.db.conn)
        self.history = History()
        self.last_backup = autobackup.maybe_backup(
            self.db.conn, self.data_dir, self.notes.changes()
        )
        self._engine: SearchEngine | None = None
        self._generation = 0  # bumped by every change to the stored documents
        self._engine_generation = -1

    def close(self) -> None:
        if self._engine is not None:
            self._engine.close()
        self.db.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- sources ---------------------------------------------------------------

    def sync(self, bundled: Path | None = None, progress: Progress | None = None) -> SyncReport:
        """Bring stored documents in step with their sources.

        The bundled corpus is added on first start. A source whose content or
        cleaner version changed is cleaned again; an unchanged one is left as it
        is; a vanished one keeps its stored documents and is reported.
        """
        report = SyncReport()
        known = {row["name"]: row for row in self.db.table("sources").rows}
        bundled = bundled if bundled is not None else bundled_corpus_dir()
        work: list[tuple[str, Path, bool]] = [
            (name, Path(row["path"]), bool(row["bundled"])) for name, row in known.items()
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
            row = known.get(name)
            if (
                row
                and row["sha256"] == decoded.sha256
                and row["cleaner_version"] == CLEANER_VERSION
            ):
                report.unchanged.append(name)
                continue
            docs = clean_source(decoded.text, name, decoded.sha256)
            self._store(name, path, decoded.sha256, decoded.encoding, is_bundled, docs)
            report.cleaned.append(name)
        if progress:
            progress(len(work), len(work), "")
        return report

    def import_file(self, path: Path, replace: str | None = None) -> list[Document]:
        """Import a text file (a copy is kept in the data folder).

        Args:
            path: the file to import.
            replace: a document id or source name whose source this file replaces
                (a new version of the same text).

        Raises:
            SourceError: the file cannot be read as text.
            UserError: a source of that name exists already and ``replace`` was not given.
        """
        decoded = read_source(path)
        name = path.name
        if replace is not None:
            name = self._source_of(replace)
        elif self.db.table("sources").count_where("name = ?", [name]):
            raise UserError(
                f"{name}: a source of this name is in the library already; "
                f"use --replace {name} to import a new version"
            )
        docs = clean_source(decoded.text, name, decoded.sha256)
        self.sources_dir.mkdir(exist_ok=True)
        stored = self.sources_dir / name
        tmp = stored.with_name(stored.name + ".part")
        shutil.copyfile(path, tmp)
        tmp.replace(stored)
        self._store(name, stored, decoded.sha256, decoded.encoding, False, docs)
        return docs

    def _source_of(self, ref: str) -> str:
        if self.db.table("sources").count_where("name = ?", [ref]):
            return ref
        return self.document_summary(ref).source

    def _store(
        self, name: str, path: Path, sha: str, encoding: str, bundled: bool, docs: list[Document]
    ) -> None:
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        conn = self.db.conn
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            old_ids = [
                r[0] for r in conn.execute("SELECT id FROM documents WHERE source = ?", [name])
            ]
            conn.execute("DELETE FROM documents WHERE source = ?", [name])
            self.db.table("sources").upsert(
                {
                    "name": name,
                    "path": str(path),
                    "sha256": sha,
                    "encoding": encoding,
                    "cleaner_version": CLEANER_VERSION,
                    "bundled": int(bundled),
                    "imported_at": now,
                },
                pk="name",
            )
            self.db.table("documents").insert_all(_row(d) for d in docs)
            # The highlights on the old text move to the new one in the same transaction.
            self._reanchor(name, old_ids, docs)
        self._generation += 1

    # -- annotations -------------------------------------------------------------

    def _reanchor(self, source: str, old_ids: list[str], docs: list[Document]) -> None:
        """Place the highlights of a source's old documents (and its orphans) in the new ones."""
        stem = PurePath(source).stem
        marked = self.notes.for_docs(old_ids) + [
            h
            for h in self.notes.select(Filter(orphans=True))
            if h.doc.startswith(stem) and h.doc not in old_ids
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
                self.notes.orphan(h.id)
            else:
                d, p = found
                self.notes.place(h.id, d.id, d.text, p.start, p.end, _anchor_key(d))

    def _change(
        self, label: str, ids: list[str], action: Callable[[], tuple[Any, list[str]]]
    ) -> Any:
        """Run an annotation change in one transaction and record it for undo."""
        with self.notes.transaction():
            before = self.notes.snapshot(ids)
            result, touched = action()
            after = self.notes.snapshot([*ids, *touched])
            for hid in after:
                before.setdefault(hid, None)
        self.history.record(Change(label, before, after))
        return result

    def add_highlight(
        self,
        doc: str,
        start: int,
        end: int,
        color: str = "yellow",
        style: str = "highlight",
        note: str = "",
        tags: list[str] | tuple[str, ...] = (),
    ) -> Highlight:
        """Highlight [start, end) (code points in the clean text) of a document."""
        d = self.document(doc)

        def action() -> tuple[Highlight, list[str]]:
            h = self.notes.add(d.id, d.text, start, end, _anchor_key(d), color, style, note, tags)
            return h, [h.id]

        result: Highlight = self._change("add highlight", [], action)
        return result

    def highlight(self, ref: str) -> Highlight:
        return self.notes.get(self.notes.resolve(ref))

    def highlights(self, f: Filter | None = None) -> list[Highlight]:
        f = f or Filter()
        if f.doc is not None:
            f.doc = self.resolve(f.doc)
        return self.notes.select(f)

    def edit_highlight(
        self,
        ref: str,
        color: str | None = None,
        style: str | None = None,
        note: str | None = None,
        add_tags: list[str] | tuple[str, ...] = (),
        remove_tags: list[str] | tuple[str, ...] = (),
        move_to: tuple[str, int, int] | None = None,
    ) -> Highlight:
        """Change a highlight; ``move_to`` = (doc, start, end) re-attaches it (an orphan, say)."""
        hid = self.notes.resolve(ref)
        placement = None
        if move_to is not None:
            d = self.document(move_to[0])
            placement = (d.id, d.text, move_to[1], move_to[2], _anchor_key(d))

        def action() -> tuple[Highlight, list[str]]:
            return self.notes.edit(hid, color, style, note, add_tags, remove_tags, placement), []

        result: Highlight = self._change("edit highlight", [hid], action)
        return result

    def delete_highlights(self, refs: list[str]) -> int:
        ids = [self.notes.resolve(r) for r in refs]

        def action() -> tuple[int, list[str]]:
            for hid in ids:
                self.notes.delete(hid)
            return len(ids), []

        label = "delete highlights" if len(ids) > 1 else "delete highlight"
        n: int = self._change(label, ids, action)
        return n

    def tags(self) -> list[tuple[str, int]]:
        return self.notes.tag_counts()

    def rename_tag(self, old: str, new: str) -> int:
        ids = self.notes.tagged([self.notes.require_tag_or_parent(old)])
        n: int = self._change("rename tag", ids, lambda: (self.notes.rename_tag(old, new), []))
        return n

    def merge_tags(self, sources: list[str], into: str) -> int:
        ids = self.notes.tagged([self.notes.require_tag(s) for s in sources], subtree=False)
        n: int = self._change("merge tags", ids, lambda: (self.notes.merge_tags(sources, into), []))
        return n

    def delete_tag(self, name: str) -> int:
        ids = self.notes.tagged([self.notes.require_tag(name)], subtree=False)
        n: int = self._change("delete tag", ids, lambda: (self.notes.delete_tag(name), []))
        return n

    def undo(self) -> str:
        return self.history.undo(self.notes)

    def redo(self) -> str:
        return self.history.redo(self.notes)

    # -- backups -----------------------------------------------------------------

    def backup(self, path: Path) -> int:
        """Write every highlight and tag to a JSON file; returns the number of highlights."""
        records = self.notes.snapshot(h.id for h in self.notes.select(Filter()))
        rows = self.db.execute(
            "SELECT id, source, source_hash, cleaner_version, title FROM documents"
        )
        docs = {
            r[0]: {
                "source": r[1],
                "source_hash": r[2],
                "anchored_to": f"{r[2]}:{r[3]}",
                "title": r[4],
            }
            for r in rows
        }
        data = jsonbackup.dump([r for r in records.values() if r is not None], docs)
        write_atomically(path, json.dumps(data, ensure_ascii=False, indent=1))
        return len(data["highlights"])

    # -- briefing notes -----------------------------------------------------------

    def briefing(self, options: BriefingOptions) -> Briefing:
        """The excerpts ``options`` choose, cited and grouped (see :mod:`jingdu.export`)."""
        for ref in options.docs:
            self.resolve(ref)  # an unknown document is an error, not an empty note
        highlights = self.notes.select(Filter())
        wanted = {h.doc for h in highlights}
        if options.docs:  # read only the documents that can be quoted
            wanted &= {self.resolve(ref) for ref in options.docs}
        documents = [self.document(d.id) for d in self.documents() if d.id in wanted]
        return build_briefing(highlights, documents, options, self.resolve)

    def export(
        self,
        path: Path,
        options: BriefingOptions,
        font: str | None = None,
        progress: Progress | None = None,
    ) -> Exported:
        """Write a briefing note; the format follows the suffix (.pdf, .md or .json).
        ``font`` is a TrueType file for the PDF; ``progress`` hears of the PDF's layout
        and may stop it by raising (nothing is written then). The result carries what
        to warn of (a font that is not embedded, characters no font has)."""
        suffix = path.suffix.lower()
        if suffix not in (".pdf", ".md", ".json"):
            raise ExportError(f"{path.name}: export writes .pdf, .md or .json files")
        if font and not Path(font).is_file():
            raise ExportError(f"{font}: no such font file")
        b = self.briefing(options)
        if b.excerpt_count == 0:
            raise ExportError("no highlight matches this choice: nothing to export")
        if suffix == ".pdf":
            chosen = fonts.find(font)
            data, missing = pdf.render_with_missing(b, chosen, progress)
            write_atomically(path, data)
            return Exported(b, chosen.warning, missing)
        write_atomically(path, markdown.render(b) if suffix == ".md" else jsondata.render(b))
        return Exported(b)

    def restore(self, path: Path) -> jsonbackup.RestoreReport:
        """Merge a JSON backup: add unknown highlights, update older ones, skip the rest.

        A highlight whose document text changed since the backup is placed
        again by its quote; one that cannot be placed comes back as an orphan.
        """
        data = jsonbackup.load(path)
        report = jsonbackup.RestoreReport()
        texts: dict[str, Document | None] = {}

        def current(doc_id: str) -> Document | None:
            if doc_id not in texts:
                try:
                    texts[doc_id] = self.document(doc_id)
                except NotFoundError:
                    texts[doc_id] = None
            return texts[doc_id]

        def action() -> tuple[jsonbackup.RestoreReport, list[str]]:
            existing = {h.id: h for h in self.notes.find(r["id"] for r in data["highlights"])}
            touched = []
            for r in data["highlights"]:
                old = existing.get(r["id"])
                if old is not None and old.updated >= r["updated"]:
                    report.skipped.append(r["id"])
                    continue
                record = {**r, "anchored_to": ""}
                doc = current(r["doc"])
                recorded = data["documents"].get(r["doc"], {}).get("anchored_to")
                if (
                    doc is not None
                    and recorded == _anchor_key(doc)
                    and doc.text[r["start"] : r["end"]] == r["quote"]
                ):
                    record["anchored_to"] = recorded
                else:
                    p = (
                        place(doc.text, r["start"], r["end"], r["quote"], r["prefix"], r["suffix"])
                        if doc
                        else None
                    )
                    if doc is not None and p is not None:
                        record.update(
                            start=p.start, end=p.end, quote=doc.text[p.start : p.end], orphan=False
                        )
                        record["anchored_to"] = _anchor_key(doc)
                        report.reanchored.append(r["id"])
                    else:
                        record["orphan"] = True
                        report.orphaned.append(r["id"])
                self.notes.restore({r["id"]: record})
                (report.updated if old is not None else report.added).append(r["id"])
                touched.append(r["id"])
            return report, touched

        ids = [r["id"] for r in data["highlights"]]
        result: jsonbackup.RestoreReport = self._change("restore backup", ids, action)
        return result

    # -- search ------------------------------------------------------------------

    def search_engine(self, progress: Progress | None = None) -> SearchEngine:
        """The search engine, opened (or built, or brought up to date) on first use.

        Slow the first time (jieba starts; the index may be built): call it off
        the GUI thread. ``progress`` hears about a rebuild.
        """
        if self._engine is None:
            engine = SearchEngine(self.data_dir / "index")
            engine.load([self.document(s.id) for s in self.documents()], progress)
            self._engine, self._engine_generation = engine, self._generation
        elif self._engine_generation != self._generation:
            fingerprints = self._fingerprints()
            stale = [d for d, fp in fingerprints.items() if self._engine.index.indexed.get(d) != fp]
            self._engine.sync([self.document(d) for d in stale], set(fingerprints))
            self._engine_generation = self._generation
        return self._engine

    def _fingerprints(self) -> dict[str, str]:
        rows = self.db.execute(
            "SELECT id, source_hash, cleaner_version, chars, paragraph_count FROM documents"
        ).fetchall()
        return {r[0]: f"{r[1]}:{r[2]}:{r[3]}:{r[4]}" for r in rows}

    def search(
        self, query: str, doc: str | None = None, limit: int = 20, offset: int = 0
    ) -> SearchResults:
        """Search the library (or one document); see :mod:`jingdu.search.query` for the syntax.

        Raises:
            QueryError: the query cannot be run.
            NotFoundError: ``doc`` names no document.
        """
        doc_id = self.resolve(doc) if doc is not None else None
        return self.search_engine().search(query, doc=doc_id, limit=limit, offset=offset)

    def search_annotations(self, query: str, limit: int = 50) -> list[Highlight]:
        """Highlights whose quote, note or tags match a search query (same syntax as
        :meth:`search`), latest edited first. Raises QueryError for a query that cannot run."""
        q = parse_query(query)
        found = []
        for h in self.notes.select(Filter(sort="updated")):
            if q.matches(fold("\n".join([h.quote, h.note, *h.tags]))):
                found.append(h)
                if len(found) >= limit:
                    break
        return found

    # -- documents -------------------------------------------------------------

    def documents(self) -> list[DocumentSummary]:
        rows = self.db.execute(
            "SELECT id, title, authors, source, part, chars, paragraph_count FROM documents "
            "ORDER BY source, part"
        ).fetchall()
        counts = self.notes.count_by_doc()
        return [
            DocumentSummary(
                r[0], r[1], json.loads(r[2]), r[3], r[4], r[5], r[6], counts.get(r[0], 0)
            )
            for r in rows
        ]

    def resolve(self, ref: str) -> str:
        """A document id from an id or a unique prefix of one.

        Raises:
            NotFoundError: no document, or several, match.
        """
        ref = ref.strip()
        if not ref:
            raise NotFoundError("empty document id")
        if self.db.table("documents").count_where("id = ?", [ref]):
            return ref
        pattern = _like_prefix(ref)
        ids = [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM documents WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 3",
                [pattern],
            ).fetchall()
        ]
        if len(ids) == 1:
            return str(ids[0])
        m = re.match(r"^(.+)-(\d+)$", ref)
        if not ids and m:
            # "001-05": part 5 of the source whose name starts with 001.
            rows = self.db.execute(
                "SELECT id FROM documents WHERE source LIKE ? ESCAPE '\\' AND part = ? LIMIT 2",
                [_like_prefix(m.group(1)), int(m.group(2))],
            ).fetchall()
            if len(rows) == 1:
                return str(rows[0][0])
        if not ids:
            raise NotFoundError(f"no document {ref!r}; `jingdu docs` lists them")
        raise NotFoundError(f"document {ref!r} is ambiguous: {', '.join(ids[:2])}, …")

    def document_summary(self, ref: str) -> DocumentSummary:
        doc_id = self.resolve(ref)
        return next(s for s in self.documents() if s.id == doc_id)

    def document(self, ref: str) -> Document:
        doc_id = self.resolve(ref)
        row = self.db.table("documents").get(doc_id)
        data = dict(row)
        for key in _JSON_FIELDS:
            data[key] = json.loads(data[key])
        return Document.from_dict(data)


def _anchor_key(doc: Document) -> str:
    """Identifies the text a highlight's offsets refer to."""
    return f"{doc.source_hash}:{doc.cleaner_version}"


def backup_time(path: Path) -> str:
    """When an automatic backup was made, for messages."""
    stamp = path.name.split("-")[1]
    return f"{stamp[0:4]}-{stamp[4:6]}-{stamp[6:8]} {stamp[9:11]}:{stamp[11:13]} UTC"


def recover(data_dir: Path | None = None) -> tuple[Path, Path | None]:
    """Replace a damaged library database with the newest automatic backup."""
    folder = prepare_data_dir(data_dir or default_data_dir())
    return autobackup.recover(folder)


def _like_prefix(s: str) -> str:
    """A LIKE pattern matching strings that start with ``s`` (with ESCAPE '\\')."""
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _row(d: Document) -> dict[str, Any]:
    data = d.to_dict()
    row: dict[str, Any] = {k: v for k, v in data.items() if k not in _JSON_FIELDS}
    for key in _JSON_FIELDS:
        row[key] = json.dumps(data[key], ensure_ascii=False)
    row["paragraph_count"] = len(d.paragraphs)
    return row


def open_library(data_dir: Path | None = None) -> Library:
    """Open the library, translating low-level failures into user errors."""
    try:
        return Library(data_dir)
    except sqlite3.OperationalError as exc:
        raise UserError(
            f"cannot open the library in {data_dir or default_data_dir()}: {exc}"
        ) from exc
