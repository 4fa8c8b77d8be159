"""The Whoosh index on disk: a cache of the library, rebuilt whenever in doubt.

Layout: ``<data>/index/`` holds the Whoosh files and ``jingdu-index.json``,
which records the schema, folding and dictionary versions and a fingerprint of
every indexed document. An index made by another version, one that fails to
open, or one whose size disagrees with its record is rebuilt from the library
(into a new folder, swapped in only when complete, so a crash never leaves a
half-built index in use). Changed documents are re-indexed in place.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from whoosh import fields, index
from whoosh.index import TOC
from whoosh.writing import LockError

from jingdu.bulk import no_collection
from jingdu.corpus.document import Document
from jingdu.errors import UserError
from jingdu.progress import Progress
from jingdu.search import child, pool
from jingdu.search.fold import FOLD_VERSION
from jingdu.search.grams import GRAMS, GramFormat, GramTokenizer, GramWriter
from jingdu.search.store import Entry

SCHEMA_VERSION = 5
META = "jingdu-index.json"
MAX_BUILDERS = 4
CHARS_PER_BUILDER = 2_000_000
"""A first build is shared among processes only when each has at least this much text."""
SEGMENT_POSTINGS = 4_000_000
"""A first build commits a segment each time it holds this many occurrences of grams
(two million characters of text): the arrays its postings are worked out in at commit
(search/gathered.py) stay a few hundred MB, in the builder's process."""


def schema() -> fields.Schema:
    """One Whoosh document per paragraph: its key, its document (to delete by) and its
    characters and bigrams with their counts and each bigram's first position (see
    search/grams.py). Snippets read the paragraph store."""
    return fields.Schema(
        key=fields.ID(stored=True, unique=True, sortable=True),
        doc=fields.ID(stored=True),
        **{GRAMS: fields.FieldType(format=GramFormat(), analyzer=GramTokenizer())},
    )


@dataclass(frozen=True)
class Signature:
    """What an index must have been built with to be used as it is."""

    schema: int
    fold: int

    @classmethod
    def current(cls) -> Signature:
        return cls(SCHEMA_VERSION, FOLD_VERSION)


def _paragraphs(entries: list[Entry]) -> list[tuple[str, str]]:
    return [(e.key, e.folded) for e in entries]


def _writer(ix: Any, **options: Any) -> GramWriter:
    # A segment of separate files, not one compound file: Whoosh opens each file inside
    # a compound one by copying it into memory (15 ms a segment at 50x, on every start).
    return GramWriter(pool.install(ix.writer(compound=False, **options)))


def _doc_count(ix: Any) -> int:
    """Paragraphs in the index, from its table of contents (opening a reader opens
    every segment's files)."""
    return sum(s.doc_count() for s in ix._segments())


def _add(writer: GramWriter, doc_id: str, paragraphs: list[tuple[str, str]]) -> None:
    for key, folded in paragraphs:
        writer.add(folded, key=key, doc=doc_id)


def fingerprint(doc: Document) -> str:
    return f"{doc.source_hash}:{doc.cleaner_version}:{len(doc.text)}:{len(doc.paragraphs)}"


def build(
    folder: Path, docs: Iterable[child.Doc], total: int, progress: Progress | None = None
) -> dict[str, str]:
    """A new index of ``docs`` (as Whoosh fields) in ``folder``, with its record; returns
    the record of documents."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    ix = index.create_in(str(folder), schema())
    writer = _writer(ix)
    indexed: dict[str, str] = {}
    paragraphs = 0
    with no_collection():
        for n, (doc_id, print_, paras) in enumerate(docs):
            if progress:
                progress(n, total, doc_id)
            _add(writer, doc_id, paras)
            paragraphs += len(paras)
            indexed[doc_id] = print_
            if writer.postings >= SEGMENT_POSTINGS:
                # Segments are never merged (that would move every posting through
                # Whoosh's pool again); a search reads a few of them at no real cost.
                writer.writer.commit(merge=False)
                writer = _writer(ix)
        if progress:
            progress(total, total, "")
        writer.writer.commit(merge=False)
    SearchIndex._write_meta(folder, indexed, paragraphs)
    ix.close()
    return indexed


def _shares(work: list[child.Doc]) -> list[list[child.Doc]]:
    """The documents in as many parts as there are cores to build them, each part a run of
    documents with about the same number of characters (one part for a small library:
    starting a process costs more than it saves)."""
    chars = sum(len(text) for _, _, paras in work for _, text in paras)
    n = max(1, min(os.cpu_count() or 1, MAX_BUILDERS, chars // CHARS_PER_BUILDER))
    parts: list[list[child.Doc]] = [[] for _ in range(n)]
    share, done = chars / n, 0
    for doc in work:
        parts[min(n - 1, int(done / share))].append(doc)
        done += sum(len(text) for _, text in doc[2])
    return [p for p in parts if p] or [[]]


def _part_folders(staging: Path, n: int) -> list[Path]:
    return [staging.with_name(f"{staging.name}.part{k}") for k in range(n)]


def combine(folder: Path, parts: list[Path], paragraphs: int) -> None:
    """One index in ``folder`` of the segments of the indexes in ``parts`` (their files
    moved, not copied: segment names are random, so they never collide), with their
    record."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    ix = index.create_in(str(folder), schema())
    segments, docs = [], {}
    for part in parts:
        source = index.open_dir(str(part))
        found = source._segments()
        source.close()
        segments.extend(found)
        docs.update(json.loads((part / META).read_text(encoding="utf-8"))["docs"])
        names = tuple(f"{ix.indexname}_{s.segid}." for s in found)
        for f in part.iterdir():
            if f.name.startswith(names):
                os.replace(f, folder / f.name)
        shutil.rmtree(part)
    TOC(ix.schema, segments, ix.latest_generation() + 1).write(ix.storage, ix.indexname)
    ix.close()
    SearchIndex._write_meta(folder, docs, paragraphs)


class SearchIndex:
    """The on-disk index. One writer at a time: all writes go through this object's lock."""

    def __init__(self, folder: Path, in_child: bool = False) -> None:
        self.folder = folder
        self.in_child = in_child
        """Write updates from a child process (the window sets it: see search/child.py)."""
        self._lock = threading.Lock()
        self.ix: Any = None
        self.indexed: dict[str, str] = {}  # doc id -> fingerprint
        self._opened: Any = None  # the reader open() made, until reader() hands it on

    # -- opening -----------------------------------------------------------------

    def open(self) -> bool:
        """Open the index if it is usable as it is; False means it must be rebuilt."""
        try:
            meta = json.loads((self.folder / META).read_text(encoding="utf-8"))
            if Signature(**meta["signature"]) != Signature.current():
                return False
            ix = index.open_dir(str(self.folder))
            if _doc_count(ix) != meta["paragraphs"]:
                ix.close()
                return False
            # Opening a reader opens every segment's files: a damaged one shows here.
            self._opened = ix.reader()
        except Exception:  # missing, unreadable, damaged: all mean "rebuild"
            return False
        self.ix = ix
        self.indexed = dict(meta["docs"])
        return True

    # -- writing -------------------------------------------------------------------

    def rebuild(
        self,
        docs: Iterable[tuple[Document, list[Entry]]],
        total: int,
        progress: Progress | None = None,
    ) -> None:
        """Build a fresh index in a side folder and swap it in when complete (the
        building in a child process when ``in_child`` is set)."""
        self._forget_reader()
        with self._lock:
            # A name of its own: two processes rebuilding at once must not share a folder.
            staging = self.folder.with_name(
                f"{self.folder.name}.new-{os.getpid()}-{threading.get_ident()}"
            )
            work = [(d.id, fingerprint(d), _paragraphs(entries)) for d, entries in docs]
            parts = _shares(work)
            folders = [staging] if len(parts) == 1 else _part_folders(staging, len(parts))
            try:
                if self.in_child or len(parts) > 1:
                    indexed = child.build(folders, parts, progress)
                else:
                    indexed = build(staging, work, total, progress)
                if len(parts) > 1:
                    combine(staging, folders, sum(len(p) for _, _, p in work))
            except BaseException:
                for folder in {staging, *folders}:
                    shutil.rmtree(folder, ignore_errors=True)
                raise
            if self.ix is not None:
                self.ix.close()
            old = self.folder.with_name(f"{self.folder.name}.old-{os.getpid()}")
            shutil.rmtree(old, ignore_errors=True)
            if self.folder.exists():
                os.replace(self.folder, old)
            os.replace(staging, self.folder)
            shutil.rmtree(old, ignore_errors=True)
            self.ix = index.open_dir(str(self.folder))
            self.indexed = indexed

    def update(self, changed: list[tuple[Document, list[Entry]]], removed: list[str]) -> None:
        """Re-index changed or new documents and drop removed ones, in one commit: in a
        child process when ``in_child`` is set (the window's), here otherwise."""
        self._forget_reader()
        if not changed and not removed:
            return
        work = [(d.id, fingerprint(d), _paragraphs(entries)) for d, entries in changed]
        if not self.in_child:
            self.write(work, removed)
            return
        with self._lock:
            self.ix.close()
            try:
                self.indexed = child.update(self.folder, work, removed)
            finally:
                self.ix = index.open_dir(str(self.folder))

    def write(self, changed: child.Changed, removed: list[str]) -> None:
        """Apply ``changed`` (documents as paragraph keys and texts) and ``removed`` in
        one commit."""
        self._forget_reader()
        with self._lock:
            try:
                # Postings stay in memory, sorted in pieces (see search/pool.py): the
                # default pool spills runs to disk (4x slower for 100 new articles)
                # and sorts each in one long call that freezes the window.
                writer = _writer(self.ix, timeout=5.0)
            except LockError as exc:
                raise UserError(
                    f"the search index in {self.folder} is being written by another Jingdu; "
                    "try again shortly"
                ) from exc
            with no_collection():
                for doc_id in removed:
                    writer.writer.delete_by_term("doc", doc_id)
                for doc_id, _, paragraphs in changed:
                    writer.writer.delete_by_term("doc", doc_id)
                    _add(writer, doc_id, paragraphs)
                writer.writer.commit()
            for doc_id in removed:
                self.indexed.pop(doc_id, None)
            for doc_id, print_, _ in changed:
                self.indexed[doc_id] = print_
            self._write_meta(self.folder, self.indexed, _doc_count(self.ix))

    @staticmethod
    def _write_meta(folder: Path, docs: dict[str, str], paragraphs: int) -> None:
        meta = {
            "signature": asdict(Signature.current()),
            "paragraphs": paragraphs,
            "docs": docs,
        }
        tmp = folder / (META + ".tmp")
        tmp.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, folder / META)

    def _forget_reader(self) -> None:
        """Close the reader open() made: the index is about to change."""
        if self._opened is not None:
            self._opened.close()
            self._opened = None

    def reader(self) -> Any:
        """A reader of the index as it is now (the one :meth:`open` opened, the first time)."""
        opened, self._opened = self._opened, None
        return opened if opened is not None else self.ix.reader()

    def close(self) -> None:
        self._forget_reader()
        if self.ix is not None:
            self.ix.close()
            self.ix = None
