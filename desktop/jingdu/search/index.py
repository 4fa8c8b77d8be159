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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import fields, index
from whoosh.formats import Existence
from whoosh.writing import LockError

from jingdu.corpus.document import Document
from jingdu.errors import UserError
from jingdu.progress import Progress
from jingdu.search import child, pool, segment
from jingdu.search.analyzers import BigramTokenizer, WordTokenizer
from jingdu.search.fold import FOLD_VERSION
from jingdu.search.store import Entry

SCHEMA_VERSION = 2
META = "jingdu-index.json"


def schema() -> fields.Schema:
    """One Whoosh document per paragraph.

    ``grams`` guarantees recall (every bigram, presence only); ``words`` ranks
    (jieba words with positions, for phrases). The stored fields make the index
    self-describing; searching reads them from the in-memory store instead.
    """
    return fields.Schema(
        key=fields.ID(stored=True, unique=True, sortable=True),
        doc=fields.ID(stored=True),
        para=fields.STORED(),
        start=fields.STORED(),
        end=fields.STORED(),
        kind=fields.ID(stored=True),
        headings=fields.STORED(),
        grams=fields.FieldType(format=Existence(), analyzer=BigramTokenizer(), scorable=True),
        words=fields.TEXT(analyzer=WordTokenizer(), phrase=True),
    )


@dataclass(frozen=True)
class Signature:
    """What an index must have been built with to be used as it is."""

    schema: int
    fold: int
    dictionary: str

    @classmethod
    def current(cls) -> Signature:
        return cls(SCHEMA_VERSION, FOLD_VERSION, segment.dictionary_id())


def _fields(e: Entry) -> dict[str, Any]:
    return {
        "key": e.key,
        "doc": e.doc,
        "para": e.para,
        "start": e.start,
        "end": e.end,
        "kind": e.kind,
        "headings": list(e.headings),
        "grams": e.folded,
        "words": e.folded,
    }


def fingerprint(doc: Document) -> str:
    return f"{doc.source_hash}:{doc.cleaner_version}:{len(doc.text)}:{len(doc.paragraphs)}"


def build(
    folder: Path, docs: Iterable[child.Doc], total: int, progress: Progress | None = None
) -> dict[str, str]:
    """A new index of ``docs`` (as Whoosh fields) in ``folder``, with its record; returns
    the record of documents."""
    segment.tokenizer()  # start jieba before the clock of the first document
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    ix = index.create_in(str(folder), schema())
    writer = pool.install(ix.writer())
    indexed: dict[str, str] = {}
    paragraphs = 0
    with pool.no_collection():
        for n, (doc_id, print_, fields_) in enumerate(docs):
            if progress:
                progress(n, total, doc_id)
            for f in fields_:
                writer.add_document(**f)
            paragraphs += len(fields_)
            indexed[doc_id] = print_
        if progress:
            progress(total, total, "")
        writer.commit()
    SearchIndex._write_meta(folder, indexed, paragraphs)
    ix.close()
    return indexed


class SearchIndex:
    """The on-disk index. One writer at a time: all writes go through this object's lock."""

    def __init__(self, folder: Path, in_child: bool = False) -> None:
        self.folder = folder
        self.in_child = in_child
        """Write updates from a child process (the window sets it: see search/child.py)."""
        self._lock = threading.Lock()
        self.ix: Any = None
        self.indexed: dict[str, str] = {}  # doc id -> fingerprint

    # -- opening -----------------------------------------------------------------

    def open(self) -> bool:
        """Open the index if it is usable as it is; False means it must be rebuilt."""
        try:
            meta = json.loads((self.folder / META).read_text(encoding="utf-8"))
            if Signature(**meta["signature"]) != Signature.current():
                return False
            ix = index.open_dir(str(self.folder))
            if ix.doc_count() != meta["paragraphs"]:
                ix.close()
                return False
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
        with self._lock:
            # A name of its own: two processes rebuilding at once must not share a folder.
            staging = self.folder.with_name(
                f"{self.folder.name}.new-{os.getpid()}-{threading.get_ident()}"
            )
            work = ((d.id, fingerprint(d), [_fields(e) for e in entries]) for d, entries in docs)
            try:
                if self.in_child:
                    indexed = child.build(staging, list(work), progress)
                else:
                    indexed = build(staging, work, total, progress)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
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
        if not changed and not removed:
            return
        work = [(d.id, fingerprint(d), [_fields(e) for e in entries]) for d, entries in changed]
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
        """Apply ``changed`` (documents as Whoosh fields) and ``removed`` in one commit."""
        with self._lock:
            try:
                # Postings stay in memory, sorted in pieces (see search/pool.py): the
                # default pool spills runs to disk (4x slower for 100 new articles)
                # and sorts each in one long call that freezes the window.
                writer = pool.install(self.ix.writer(timeout=5.0))
            except LockError as exc:
                raise UserError(
                    f"the search index in {self.folder} is being written by another Jingdu; "
                    "try again shortly"
                ) from exc
            with pool.no_collection():
                for doc_id in removed:
                    writer.delete_by_term("doc", doc_id)
                for doc_id, _, paragraphs in changed:
                    writer.delete_by_term("doc", doc_id)
                    for fields_ in paragraphs:
                        writer.add_document(**fields_)
                writer.commit()
            for doc_id in removed:
                self.indexed.pop(doc_id, None)
            for doc_id, print_, _ in changed:
                self.indexed[doc_id] = print_
            self._write_meta(self.folder, self.indexed, self.ix.doc_count())

    @staticmethod
    def _write_meta(folder: Path, docs: dict[str, str], paragraphs: int) -> None:
        sig = Signature.current()
        meta = {
            "signature": {"schema": sig.schema, "fold": sig.fold, "dictionary": sig.dictionary},
            "paragraphs": paragraphs,
            "docs": docs,
        }
        tmp = folder / (META + ".tmp")
        tmp.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, folder / META)

    def close(self) -> None:
        if self.ix is not None:
            self.ix.close()
            self.ix = None
