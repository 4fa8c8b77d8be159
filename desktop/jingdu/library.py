"""Library: the one facade the GUI and the CLI use over documents (and, later, search and notes).

Neither the GUI nor the CLI touches SQLite or the cleaner directly: they ask the
Library, which keeps the stored documents in step with their source files.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from jingdu import catalog, changes, importer, leftovers
from jingdu.annotating import Annotating
from jingdu.bulk import no_collection
from jingdu.catalog import DocumentSummary
from jingdu.corpus.document import Document
from jingdu.database import DB_NAME, Connections
from jingdu.errors import DiskFullError, NotFoundError, UserError, explain
from jingdu.export.model import Briefing, BriefingOptions, ExportError
from jingdu.export.model import build as build_briefing
from jingdu.export.result import Exported
from jingdu.files import write_atomically
from jingdu.lock import LibraryLock
from jingdu.notes import autobackup
from jingdu.notes import backup as jsonbackup
from jingdu.notes.history import History
from jingdu.notes.merge import merge
from jingdu.notes.model import Highlight
from jingdu.notes.store import Filter, NotesStore
from jingdu.paths import bundled_corpus_dir, default_data_dir, prepare_data_dir
from jingdu.progress import Progress
from jingdu.recovery import backup_time, open_checked, recover
from jingdu.search.results import SearchResults
from jingdu.sqlite import sqlite_utils

if TYPE_CHECKING:
    from jingdu.search.engine import SearchEngine
from jingdu.search.fold import fold
from jingdu.search.query import parse as parse_query
from jingdu.sources import Prepared, Sources, SyncReport, anchor_key, document_from_row
from jingdu.study.tools import StudyTools

T = TypeVar("T")

__all__ = ["DocumentSummary", "Library", "SyncReport", "backup_time", "open_library", "recover"]


class Library(Annotating, StudyTools):
    """The user's library in a data folder.

    Each thread gets its own SQLite connection, so a thread reading (the window's)
    never sees another thread's uncommitted write, and writes from several threads
    or processes are serialised by SQLite itself.
    """

    def __init__(self, data_dir: Path | None = None) -> None:
        self.data_dir = prepare_data_dir(data_dir or default_data_dir())
        self.sources_dir = self.data_dir / "sources"
        self.warnings: list[str] = []
        """Things the user should hear about opening the library (a skipped backup…)."""
        self.read_only = ""
        """Why the library cannot be changed now (a full disk), or empty."""
        self._lock = LibraryLock(self.data_dir)
        self._lock.share()
        try:
            self._open()
        except BaseException:
            self._lock.release()
            raise
        self._engine: SearchEngine | None = None
        self.index_in_child = False  # index writes in a child process (search/child.py)
        self._generation = 0  # bumped by every change to the stored documents
        self._engine_generation = -1
        self._engine_lock = threading.Lock()
        self._building: SearchEngine | None = None  # its first index being built

    def _open(self) -> None:
        first, self.read_only = open_checked(self.data_dir)
        if self.read_only:
            self.warnings.append(self.read_only)
        self._connections = Connections(self.data_dir / DB_NAME, first, bool(self.read_only))
        self.history = History()
        self.sources = Sources(self.data_dir, lambda: self.db, lambda: self.notes)
        self._seen = changes.Seen(self._counters())
        if self.read_only:
            return
        alone = self._lock.try_exclusive()
        try:
            if alone or any(self.data_dir.glob("index.*-*")):
                leftovers.clean(self.data_dir, alone, self.sources.stored_names())
        finally:
            self._lock.share()
        made = autobackup.maybe_backup(
            first.conn, self.data_dir, self.notes.changes(), self._highlight_count()
        )
        self.last_backup = made.made
        if made.warning:
            self.warnings.append(made.warning)

    @property
    def db(self) -> sqlite_utils.Database:
        """This thread's connection to the library database."""
        return self._connections.get()

    @property
    def notes(self) -> NotesStore:
        """The annotations, through this thread's connection."""
        return self._connections.notes()

    def close(self) -> None:
        if self._engine is not None:
            self._engine.close()
        self._connections.close_all()
        self._lock.release()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def reads_only_here(self) -> None:
        """Make this thread's connection refuse writes (the window's GUI thread reads;
        all its writes go through the worker thread)."""
        self.db.execute("PRAGMA query_only = ON")

    def _highlight_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM highlights").fetchone()[0])

    # -- changes made by other processes --------------------------------------------

    def _counters(self) -> tuple[int, int]:
        return changes.counters(self.db.conn)

    def changed_elsewhere(self) -> tuple[bool, bool]:
        """Whether another process changed (documents, annotations) since last asked.

        Cheap (two counters): a window polls it to show another process's import
        or annotations without a restart. Changed documents also bring the search
        index up to date at the next search.
        """
        docs, notes = self._seen.news(self._counters())
        if docs:
            self._generation += 1
        return docs, notes

    # -- sources ---------------------------------------------------------------

    def sync(self, bundled: Path | None = None, progress: Progress | None = None) -> SyncReport:
        """Bring stored documents in step with their sources.

        The bundled corpus is added on first start. A source whose content or
        cleaner version changed is cleaned again; an unchanged one is left as it
        is; a vanished one keeps its stored documents and is reported.
        """
        if self.read_only:
            return SyncReport(warnings=[])
        before = self._counters()
        report = self.sources.sync(
            bundled if bundled is not None else bundled_corpus_dir(), progress
        )
        if report.cleaned:
            self._generation += 1
            self._seen.own(before, (before[0], before[1] + len(report.cleaned)))
        return report

    def import_file(
        self, path: Path, replace: str | None = None, progress: Progress | None = None
    ) -> list[Document]:
        """Import a file in any format Jingdu reads (a copy is kept in the data folder).

        Args:
            path: the file to import.
            replace: a document id or source name whose source this file replaces
                (a new version of the same text); its highlights move to the new text.
            progress: hears of the pages read (a PDF's); may raise to cancel.

        Raises:
            SourceError: the file cannot be read, or its text is in the library
                already (``reason == "duplicate"``).
        """
        name = self._source_of(replace) if replace is not None else None
        return self._documents_change(
            lambda: self.sources.import_file(path, replace=name, progress=progress)
        )

    def prepare_import(
        self, path: Path, replace: str | None = None, progress: Progress | None = None
    ) -> Prepared:
        """The slow, read-only half of :meth:`import_file` (safe beside writes)."""
        name = self._source_of(replace) if replace is not None else None
        return self.sources.prepare(path, replace=name, progress=progress)

    def commit_import(self, prepared: Prepared) -> list[Document]:
        """The quick, writing half of :meth:`import_file`."""
        return self._documents_change(lambda: self.sources.commit(prepared))

    def import_paths(
        self,
        paths: list[Path],
        progress: Progress | None = None,
        told: Callable[[str, list[str] | importer.Refused], None] | None = None,
    ) -> importer.ImportReport:
        """Import files and folders (recursively), each file whole or not at all; one
        file's failure does not stop the others. ``progress`` may raise to cancel
        between files (what was imported stays); ``told`` hears each file's outcome."""
        return importer.import_paths(self, paths, progress, told)

    def delete_document(self, ref: str, drop_highlights: bool = False) -> tuple[int, int]:
        """Delete a document and the other pieces of its source; its highlights become
        orphans unless ``drop_highlights``. Returns (documents, highlights)."""
        name = self._source_of(ref)
        return self._documents_change(lambda: self.sources.delete(name, drop_highlights))

    def undelete_source(self, name: str) -> list[Document]:
        """Bring a deleted source back (its orphaned highlights find their places)."""
        return self._documents_change(lambda: self.sources.undelete(name))

    def rename_document(
        self, ref: str, title: str | None = None, authors: list[str] | None = None
    ) -> Document:
        """Set a document's title and/or authors (kept when the source is read again)."""
        doc_id = self.resolve(ref)
        title = title.strip() if title is not None else None
        if title is not None and not title:
            raise UserError("a title cannot be empty")
        names = [a.strip() for a in authors if a.strip()] if authors is not None else None
        self._documents_change(lambda: self.sources.rename(doc_id, title, names))
        return self.document(doc_id)

    def _documents_change(self, fn: Callable[[], T]) -> T:
        self._writable()
        before = self._counters()
        result = fn()
        self._generation += 1
        self._seen.own(before, self._counters())
        return result

    def _writable(self) -> None:
        if self.read_only:
            raise DiskFullError(self.read_only)

    def _source_of(self, ref: str) -> str:
        if self.db.table("sources").count_where("name = ?", [ref]):
            return ref
        return self.document_summary(ref).source

    # -- backups -----------------------------------------------------------------

    def backup(self, path: Path) -> int:
        """Write every highlight and tag to a JSON file; returns the number of highlights."""
        records = self.notes.snapshot(h.id for h in self.notes.select(Filter()))
        rows = self.db.execute(
            "SELECT id, source, source_hash, cleaner_version, title FROM documents"
        ).fetchall()
        return jsonbackup.write(path, [r for r in records.values() if r is not None], rows)

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
        b = build_briefing(highlights, documents, options, self.resolve)
        if options.figures:
            b = dataclasses.replace(b, figures=tuple(f for _name, f in self.figures()))
        return b

    def export(
        self,
        path: Path,
        options: BriefingOptions,
        font: str | None = None,
        progress: Progress | None = None,
    ) -> Exported:
        """Write a briefing note; the format follows the suffix (.pdf, .docx, .md or .json).
        ``font`` is a TrueType file for the PDF; ``progress`` hears of the PDF's layout
        and may stop it by raising (nothing is written then). The result carries what
        to warn of (a font that is not embedded, characters no font has)."""
        from jingdu.export.writers import writer_for

        writer = writer_for(path)  # an unknown format is refused before any work
        data, result = self.render_briefing(writer.suffix, options, font, progress)
        write_atomically(path, data)
        return result

    def render_briefing(
        self,
        suffix: str,
        options: BriefingOptions,
        font: str | None = None,
        progress: Progress | None = None,
    ) -> tuple[bytes | str, Exported]:
        """A briefing note in the format of ``suffix`` (".pdf"), made but not written
        (:meth:`export` writes it; the window prints it)."""
        # The writers (reportlab, python-docx) load when first used, not in every
        # process that opens the library (a search, say).
        from jingdu.export.writers import render

        if font and not Path(font).is_file():
            raise ExportError(f"{font}: no such font file")
        b = self.briefing(options)
        if b.excerpt_count == 0:
            raise ExportError("no highlight matches this choice: nothing to export")
        return render(suffix, b, font, progress)

    def restore(self, path: Path) -> jsonbackup.RestoreReport:
        """Merge a JSON backup: add unknown highlights, update older ones, skip the rest
        (see :func:`jingdu.notes.merge.merge`); the whole file is checked first and the
        merge is one undoable transaction."""
        data = jsonbackup.load(path)
        texts: dict[str, Document | None] = {}

        def current(doc_id: str) -> Document | None:
            if doc_id not in texts:
                try:
                    texts[doc_id] = self.document(doc_id)
                except NotFoundError:
                    texts[doc_id] = None
            return texts[doc_id]

        ids = [r["id"] for r in data["highlights"]]
        result: jsonbackup.RestoreReport = self._change(
            "restore backup", ids, lambda: merge(data, self.notes, current, anchor_key)
        )[0]
        return result

    # -- search ------------------------------------------------------------------

    def search_engine(
        self, progress: Progress | None = None, searchable: Callable[[], None] | None = None
    ) -> SearchEngine:
        """The search engine, opened (or built, or brought up to date) on first use.

        Slow the first time (the index may be built): call it off the GUI thread.
        ``progress`` hears about a build. While a first index is built the engine
        already answers, from the paragraphs (``searchable`` hears when): another
        thread's search meanwhile gets it, and does not wait for the build.
        """
        with self._engine_lock:
            # The generation is read before the documents: a change made meanwhile (on
            # another thread, or noticed from another process) leaves the engine stale.
            generation = self._generation
            building = None
            if self._engine is None:
                # Loaded here, off the window's thread: Whoosh and numpy take a quarter
                # of a second to import (tests/test_startup_imports.py keeps it so).
                from jingdu.search.engine import SearchEngine

                engine = SearchEngine(self.data_dir / "index", self.index_in_child)
                # With the index's saved paragraphs, only the documents that changed
                # since are read (none, for a process that only searches).
                if engine.open_saved():
                    self._engine, self._engine_generation = engine, -1
                else:
                    with no_collection():
                        engine.fill([self.document(s.id) for s in self.documents()])
                    self._engine, self._engine_generation = engine, generation
                    self._building = building = engine
            if self._engine_generation != generation and self._building is None:
                fingerprints = self._fingerprints()
                indexed = self._engine.index.indexed
                stale = [d for d, fp in fingerprints.items() if indexed.get(d) != fp]
                self._engine.sync([self.document(d) for d in stale], set(fingerprints))
                self._engine_generation = generation
                # A rename changes no fingerprint: the hits' titles are read again.
                self._engine.store.retitle(catalog.titles(self.db))
            engine = self._engine
        if building is not None:
            if searchable is not None:
                searchable()
            try:
                building.index_documents(progress)
            except BaseException:
                with self._engine_lock:  # (cancelled, or failed): built again next time
                    self._engine = None
                raise
            finally:
                self._building = None
        return engine

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
        return catalog.summaries(self.db, self.notes.count_by_doc())

    def resolve(self, ref: str) -> str:
        """A document id from an id or a unique prefix of one (or ``001-05``: part 5 of
        the source whose name starts with 001).

        Raises:
            NotFoundError: no document, or several, match.
        """
        return catalog.resolve(self.db, ref)

    def document_summary(self, ref: str) -> DocumentSummary:
        doc_id = self.resolve(ref)
        return next(s for s in self.documents() if s.id == doc_id)

    def document(self, ref: str) -> Document:
        doc_id = self.resolve(ref)
        return document_from_row(self.db.table("documents").get(doc_id))


def open_library(data_dir: Path | None = None) -> Library:
    """Open the library, translating low-level failures into user errors."""
    where = data_dir or default_data_dir()
    try:
        return Library(data_dir)
    except (sqlite3.Error, OSError) as exc:
        plain = explain(exc, where)
        if plain is not None:
            raise plain from exc
        if isinstance(exc, sqlite3.OperationalError):
            raise UserError(f"cannot open the library in {where}: {exc}") from exc
        raise
