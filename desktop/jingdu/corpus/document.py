"""The clean, structured document that the rest of Jingdu reads."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

KINDS = ("heading", "body", "quote", "signature", "note")


@dataclass(frozen=True)
class Paragraph:
    """A paragraph's code-point span in the clean text; ``level`` is set for headings,
    ``page`` (1-based) where the source had pages and Jingdu knows them."""

    start: int
    end: int
    kind: str
    level: int = 0
    page: int = 0


@dataclass(frozen=True)
class OutlineEntry:
    level: int
    title: str
    start: int


@dataclass(frozen=True)
class Footnote:
    """A footnote marker in the text and, when the source printed it, its note paragraph."""

    start: int
    end: int
    label: str
    note_start: int = -1
    note_end: int = -1


@dataclass(frozen=True)
class Removed:
    """Something the cleaner took out of the running text, and why (an audit trail)."""

    line: int
    text: str
    reason: str


@dataclass
class Document:
    id: str
    source: str
    part: int
    title: str
    title_source: str
    """Where the title comes from: ``text`` (a line of the source), ``header`` (the
    running header, the title line being lost) or ``derived`` (made by Jingdu)."""
    authors: list[str]
    abstract: str
    keywords: list[str]
    text: str
    paragraphs: list[Paragraph]
    outline: list[OutlineEntry]
    footnotes: list[Footnote] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    source_hash: str = ""
    cleaner_version: int = 0

    @property
    def chars(self) -> int:
        return len(self.text)

    def paragraph_text(self, p: Paragraph) -> str:
        return self.text[p.start : p.end]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["chars"] = self.chars
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        return cls(
            id=d["id"],
            source=d["source"],
            part=d["part"],
            title=d["title"],
            title_source=d.get("title_source", "text"),
            authors=list(d.get("authors", [])),
            abstract=d.get("abstract", ""),
            keywords=list(d.get("keywords", [])),
            text=d["text"],
            paragraphs=[Paragraph(**p) for p in d.get("paragraphs", [])],
            outline=[OutlineEntry(**o) for o in d.get("outline", [])],
            footnotes=[Footnote(**f) for f in d.get("footnotes", [])],
            removed=[Removed(**r) for r in d.get("removed", [])],
            source_hash=d.get("source_hash", ""),
            cleaner_version=d.get("cleaner_version", 0),
        )
