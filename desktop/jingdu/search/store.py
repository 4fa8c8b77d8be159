"""The searchable paragraphs, folded, in memory: what every candidate is checked against.

The store is also kept on disk beside the index (:meth:`ParagraphStore.save`), so that
a process that only searches (``jingdu search``) reads one file instead of every
document of the library and folding them again.
"""

from __future__ import annotations

import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jingdu.corpus.document import Document
from jingdu.search.fold import fold

STORE_VERSION = 2
_COLUMNS = ("doc", "para", "start", "end", "kind", "folded", "raw", "headings")


@dataclass
class Entry:
    """One paragraph of one document."""

    doc: str
    para: int
    start: int
    end: int
    kind: str
    folded: str
    headings: tuple[str, ...]
    """The titles of the sections the paragraph sits in, outermost first."""
    raw: str = ""
    """The paragraph as written (``folded`` is as searched): what a hit shows."""

    @property
    def key(self) -> str:
        return f"{self.doc}#{self.para}"


class _PlainUnpickler(pickle.Unpickler):
    """Reads only what :meth:`ParagraphStore.save` writes — dicts, lists, tuples,
    strings, numbers — and refuses any class: a file planted in the data folder can
    make no object, and so run no code."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"not a saved paragraph store: {module}.{name}")


@dataclass
class DocInfo:
    title: str
    source: str


@dataclass
class ParagraphStore:
    entries: list[Entry] = field(default_factory=list)
    docs: dict[str, DocInfo] = field(default_factory=dict)
    _by_key: dict[str, int] = field(default_factory=dict)
    _by_doc: dict[str, list[int]] = field(default_factory=dict)
    _texts: list[str] | None = None
    _sections: list[str] | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    """What the owner saved with the store (see :meth:`save`)."""

    def add(self, doc: Document) -> list[Entry]:
        """Add a document's paragraphs; returns the new entries (to index them)."""
        self.remove(doc.id)
        self._texts = self._sections = None
        self.docs[doc.id] = DocInfo(doc.title, doc.source)
        folded = fold(doc.text)
        path: list[tuple[int, str]] = []
        added = []
        for i, p in enumerate(doc.paragraphs):
            if p.kind == "heading":
                while path and path[-1][0] >= p.level:
                    path.pop()
            entry = Entry(
                doc.id,
                i,
                p.start,
                p.end,
                p.kind,
                folded[p.start : p.end],
                tuple(t for _, t in path),
                doc.text[p.start : p.end],
            )
            if p.kind == "heading":
                path.append((p.level, doc.text[p.start : p.end]))
            self._by_key[entry.key] = len(self.entries)
            self._by_doc.setdefault(doc.id, []).append(len(self.entries))
            self.entries.append(entry)
            added.append(entry)
        return added

    def remove(self, doc_id: str) -> None:
        if doc_id not in self.docs:
            return
        del self.docs[doc_id]
        self._texts = self._sections = None
        gone = set(self._by_doc.pop(doc_id, []))
        self.entries = [e for i, e in enumerate(self.entries) if i not in gone]
        self._by_key = {e.key: i for i, e in enumerate(self.entries)}
        self._by_doc = {}
        for i, e in enumerate(self.entries):
            self._by_doc.setdefault(e.doc, []).append(i)

    def retitle(self, titles: dict[str, tuple[str, str]]) -> None:
        """Each document's title and source as the library has them now (a rename
        changes no paragraph, and the saved store keeps the title it was saved with)."""
        for doc_id, (title, source) in titles.items():
            if doc_id in self.docs:
                self.docs[doc_id] = DocInfo(title, source)

    def index_of(self, key: str) -> int | None:
        return self._by_key.get(key)

    def doc_entries(self, doc_id: str) -> list[int]:
        return self._by_doc.get(doc_id, [])

    def scan(self, folded_term: str, within: list[int] | None = None) -> set[int]:
        """Entries containing a term, by a plain scan of the folded texts."""
        texts = self.texts()
        if within is None:
            return {i for i, text in enumerate(texts) if folded_term in text}
        return {i for i in within if folded_term in texts[i]}

    def texts(self) -> list[str]:
        """The folded paragraph texts, by entry number (cached until the store changes)."""
        if self._texts is None:
            self._texts = [e.folded for e in self.entries]
        return self._texts

    def sections(self) -> list[str]:
        """Each entry's section titles, folded and joined (cached until the store changes)."""
        if self._sections is None:
            self._sections = [fold("\n".join(e.headings)) for e in self.entries]
        return self._sections

    # -- on disk -------------------------------------------------------------------------

    def save(self, path: Path, stamp: str, extra: dict[str, Any] | None = None) -> None:
        """Write the store (whole or not at all), marked with ``stamp``: what it must
        match to be used (see :meth:`load`); ``extra`` is kept with it for its owner."""
        data: dict[str, Any] = {
            "version": STORE_VERSION,
            "stamp": stamp,
            "docs": {d: (i.title, i.source) for d, i in self.docs.items()},
            "sections": self.sections(),  # folding them again took a third of opening
            "extra": extra or {},
        }
        for name in _COLUMNS:  # by column: a tenth of the time of pickling the entries
            data[name] = [getattr(e, name) for e in self.entries]
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            with tmp.open("wb") as f:
                pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)

    @classmethod
    def load(cls, path: Path, stamp: str) -> ParagraphStore | None:
        """The store saved at ``path`` if it was saved with ``stamp``; None if it was
        not, or cannot be read (it is a cache: the caller builds the store anew)."""
        try:
            with path.open("rb") as f:
                data = _PlainUnpickler(f).load()
            if data.get("version") != STORE_VERSION or data.get("stamp") != stamp:
                return None
            store = cls()
            store.docs = {d: DocInfo(t, s) for d, (t, s) in data["docs"].items()}
            columns = [data[name] for name in _COLUMNS]
            for n, (doc, para, start, end, kind, folded, raw, headings) in enumerate(
                zip(*columns, strict=True)
            ):
                entry = Entry(doc, para, start, end, kind, folded, headings, raw)
                store.entries.append(entry)
                store._by_key[entry.key] = n
                store._by_doc.setdefault(doc, []).append(n)
            store._sections = data["sections"]
            store.extra = data["extra"]
            return store
        except Exception:  # missing, truncated, another format: build it anew
            return None
