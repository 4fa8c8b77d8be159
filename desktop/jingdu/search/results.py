"""What a search gives: its hits, each with its place, snippet and matches.

Kept apart from the engine so that the window can name them without loading the
engine (Whoosh and numpy, a quarter of a second of start-up) on its GUI thread: the
engine is loaded with the index, off it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Hit:
    doc: str
    title: str
    source: str
    paragraph: int
    start: int
    end: int
    kind: str
    score: float
    snippet: str
    snippet_span: tuple[int, int]
    matches: list[tuple[int, int]]
    headings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "title": self.title,
            "source": self.source,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "score": round(self.score, 4),
            "snippet": self.snippet,
            "snippet_span": list(self.snippet_span),
            "matches": [list(m) for m in self.matches],
            "headings": self.headings,
        }


@dataclass
class SearchResults:
    query: str
    total: int
    hits: list[Hit]
    offset: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "total": self.total,
            "offset": self.offset,
            "hits": [h.to_dict() for h in self.hits],
        }
