"""The searchable paragraphs, folded, in memory: what every candidate is checked against."""

from __future__ import annotations

from dataclasses import dataclass, field

from jingdu.corpus.document import Document
from jingdu.search.fold import fold


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

    @property
    def key(self) -> str:
        return f"{self.doc}#{self.para}"


@dataclass
class DocInfo:
    title: str
    source: str
    text: str
    folded_title: str


@dataclass
class ParagraphStore:
    entries: list[Entry] = field(default_factory=list)
    docs: dict[str, DocInfo] = field(default_factory=dict)
    _by_key: dict[str, int] = field(default_factory=dict)
    _by_doc: dict[str, list[int]] = field(default_factory=dict)
    _texts: list[str] | None = None
    _sections: list[str] | None = None

    def add(self, doc: Document) -> list[Entry]:
        """Add a document's paragraphs; returns the new entries (to index them)."""
        self.remove(doc.id)
        self._texts = self._sections = None
        self.docs[doc.id] = DocInfo(doc.title, doc.source, doc.text, fold(doc.title))
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
