"""The searchable paragraphs, folded, in memory: what every candidate is checked against.

The store is kept by column (a list per field, indexed by entry number), not as an
object per paragraph: a large library has hundreds of thousands of paragraphs, and
the columns are what searching reads (the folded texts, the kinds) and what is saved.

The store is also kept on disk beside the index (:meth:`ParagraphStore.save`), so that
a process that only searches (``jingdu search``) reads one file instead of every
document of the library and folding them again.
"""

from __future__ import annotations

import os
import pickle
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from jingdu.corpus.document import Document
from jingdu.search.fold import fold

if TYPE_CHECKING:
    from jingdu.search.codes import Codes

STORE_VERSION = 6
_LISTS = ("doc", "para", "start", "end", "kind", "headings")
"""Columns saved as lists; the two text columns are saved joined (see :meth:`save`)."""
_TEXTS = ("folded", "raw")


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


def joined(pieces: list[str], size: int = 1_000_000) -> Iterator[str]:
    """The pieces joined, in strings of about ``size`` characters."""
    start = total = 0
    for end, piece in enumerate(pieces, 1):
        total += len(piece)
        if total >= size:
            yield "".join(pieces[start:end])
            start, total = end, 0
    if start < len(pieces):
        yield "".join(pieces[start:])


class _PlainUnpickler(pickle.Unpickler):
    """Reads only what :meth:`ParagraphStore.save` writes — dicts, lists, tuples,
    strings, numbers, bytes — and refuses any class: a file planted in the data folder
    can make no object, and so run no code."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"not a saved paragraph store: {module}.{name}")


@dataclass
class DocInfo:
    title: str
    source: str


class ParagraphStore:
    def __init__(self) -> None:
        self.docs: dict[str, DocInfo] = {}
        self.columns: dict[str, list[Any]] = {name: [] for name in (*_LISTS, *_TEXTS)}
        self.extra: dict[str, Any] = {}
        """What the owner saved with the store (see :meth:`save`)."""
        self._by_key: dict[str, int] | None = None
        self._by_doc: dict[str, list[int]] | None = None
        self._sections: list[str] | None = None
        self._codes: Any = None

    def __len__(self) -> int:
        return len(self.columns["doc"])

    def entry(self, i: int) -> Entry:
        c = self.columns
        return Entry(
            c["doc"][i],
            c["para"][i],
            c["start"][i],
            c["end"][i],
            c["kind"][i],
            c["folded"][i],
            c["headings"][i],
            c["raw"][i],
        )

    def add(self, doc: Document) -> list[Entry]:
        """Add a document's paragraphs; returns the new entries (to index them)."""
        self.remove(doc.id)
        self._changed()
        self.docs[doc.id] = DocInfo(doc.title, doc.source)
        folded = fold(doc.text)
        path: list[tuple[int, str]] = []
        headings: tuple[str, ...] = ()  # one tuple per section, shared by its paragraphs
        added = []
        for i, p in enumerate(doc.paragraphs):
            if p.kind == "heading":
                while path and path[-1][0] >= p.level:
                    path.pop()
                headings = tuple(t for _, t in path)
            raw = doc.text[p.start : p.end]
            entry = Entry(doc.id, i, p.start, p.end, p.kind, folded[p.start : p.end], headings, raw)
            if p.kind == "heading":
                path.append((p.level, raw))
                headings = tuple(t for _, t in path)
            for name, column in self.columns.items():
                column.append(getattr(entry, name))
            added.append(entry)
        return added

    def remove(self, doc_id: str) -> None:
        if doc_id not in self.docs:
            return
        del self.docs[doc_id]
        keep = [i for i, d in enumerate(self.columns["doc"]) if d != doc_id]
        self.columns = {name: [c[i] for i in keep] for name, c in self.columns.items()}
        self._changed()

    def _changed(self) -> None:
        self._by_key = self._by_doc = self._sections = self._codes = None

    def retitle(self, titles: dict[str, tuple[str, str]]) -> None:
        """Each document's title and source as the library has them now (a rename
        changes no paragraph, and the saved store keeps the title it was saved with)."""
        for doc_id, (title, source) in titles.items():
            if doc_id in self.docs:
                self.docs[doc_id] = DocInfo(title, source)

    def index_of(self, key: str) -> int | None:
        if self._by_key is None:
            c = self.columns
            self._by_key = {
                f"{d}#{p}": i for i, (d, p) in enumerate(zip(c["doc"], c["para"], strict=True))
            }
        return self._by_key.get(key)

    def doc_entries(self, doc_id: str) -> list[int]:
        if self._by_doc is None:
            self._by_doc = {}
            for i, d in enumerate(self.columns["doc"]):
                self._by_doc.setdefault(d, []).append(i)
        return self._by_doc.get(doc_id, [])

    def scan(self, folded_term: str, within: list[int] | None = None) -> set[int]:
        """Entries containing a term, by a plain scan of the folded texts."""
        texts = self.texts()
        if within is None:
            return {i for i, text in enumerate(texts) if folded_term in text}
        return {i for i in within if folded_term in texts[i]}

    def texts(self) -> list[str]:
        """The folded paragraph texts, by entry number."""
        return self.columns["folded"]

    def codes(self) -> Codes:
        """The folded texts as one array of codes (search/codes.py), made when first
        asked for (a search for a term of three characters or more) and kept until the
        store changes."""
        if self._codes is None:
            from jingdu.search.codes import codes  # (it imports this module)

            self._codes = codes(self.texts())
        return cast("Codes", self._codes)

    def kinds(self) -> list[str]:
        return self.columns["kind"]

    def sections(self) -> list[str]:
        """Each entry's section titles, folded and joined (cached until the store changes)."""
        if self._sections is None:
            folded: dict[tuple[str, ...], str] = {}  # paragraphs of a section share its tuple
            self._sections = [
                folded[h] if h in folded else folded.setdefault(h, fold("\n".join(h)))
                for h in self.columns["headings"]
            ]
        return self._sections

    # -- on disk -------------------------------------------------------------------------

    def save(self, path: Path, stamp: str, extra: dict[str, Any] | None = None) -> None:
        """Write the store (whole or not at all), marked with ``stamp``: what it must
        match to be used (see :meth:`load`); ``extra`` is kept with it for its owner.

        Each text column is written as one string and the lengths of its pieces:
        reading one long string back is a copy, reading a string per paragraph is an
        object each."""
        data: dict[str, Any] = {
            "version": STORE_VERSION,
            "stamp": stamp,
            "docs": {d: (i.title, i.source) for d, i in self.docs.items()},
            "sections": self.sections(),  # folding them again took a third of opening
            "extra": extra or {},
        }
        parts: dict[str, list[Any]] = {name: [value] for name, value in data.items()}
        for name in _LISTS:
            parts[name] = [self.columns[name]]
        for name in _TEXTS:
            pieces = self.columns[name]
            parts[name] = [array("I", map(len, pieces)).tobytes(), *joined(pieces)]
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            with tmp.open("wb") as f:
                # A pickle per part, not one of the whole, and the texts in pieces of a
                # million characters: each pickle holds the interpreter's lock for one
                # call, and the window's thread waits that long (at 15 million characters,
                # a third of a second for the whole, a tenth for one text column).
                pickler = pickle.Pickler(f, protocol=pickle.HIGHEST_PROTOCOL)
                pickler.dump([(name, len(values)) for name, values in parts.items()])
                for name, values in parts.items():
                    for value in values:
                        if name in _TEXTS:
                            # Shares nothing: forgotten on both sides (see load()).
                            pickler.clear_memo()
                        pickler.dump(value)
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)

    @classmethod
    def load(cls, path: Path, stamp: str) -> ParagraphStore | None:
        """The store saved at ``path`` if it was saved with ``stamp``; None if it was
        not, or cannot be read (it is a cache: the caller builds the store anew)."""
        try:
            with path.open("rb") as f:
                reader = _PlainUnpickler(f)
                data: dict[str, Any] = {}
                for name, n in reader.load():
                    if name in _TEXTS:  # read piece by piece: see _split
                        values = _unshared(reader, n)
                        data[name] = _split(next(values), values)
                    else:
                        data[name] = reader.load()
                    if name == "stamp" and (
                        data.get("version") != STORE_VERSION or data["stamp"] != stamp
                    ):
                        return None  # (before reading the rest)
            store = cls()
            store.docs = {d: DocInfo(t, s) for d, (t, s) in data["docs"].items()}
            columns = {name: data[name] for name in (*_LISTS, *_TEXTS)}
            if len({len(c) for c in columns.values()}) != 1:
                return None
            store.columns = columns
            store._sections = list(data["sections"])
            if len(store._sections) != len(store):
                return None
            store.extra = data["extra"]
            return store
        except Exception:  # missing, truncated, another format: build it anew
            return None


def _unshared(reader: pickle.Unpickler, n: int) -> Iterator[Any]:
    """The next ``n`` pickles, each read unremembered: an unpickler keeps every object
    it has read, for later pickles to refer to, and a text column's pieces, kept so,
    held the column twice (700 MB more for a library of 150 million characters). The
    writer forgets them too (:meth:`ParagraphStore.save`)."""
    for _ in range(n):
        reader.memo.clear()
        yield reader.load()


def _split(lengths: bytes, pieces: Iterator[str]) -> list[str]:
    """A text column from the lengths of its paragraphs and the pieces it was saved in
    (each of whole paragraphs: see :func:`joined`), cut a piece at a time. Joining the
    pieces first would hold the column three times over at once (pieces, joined,
    paragraphs): at 150 million characters, a gigabyte more at the peak."""
    out: list[str] = []
    piece, start = "", 0
    for length in array("I", lengths):
        if length and start >= len(piece):
            piece, start = next(pieces), 0
        out.append(piece[start : start + length])
        start += length
    if start != len(piece) or any(pieces):
        raise ValueError("the paragraphs' lengths do not match their text")
    return out
