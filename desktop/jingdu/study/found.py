"""What a lookup of a passage's parallels finds (:mod:`jingdu.study.parallels`), and
why a passage may not be looked up."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jingdu.errors import UserError

MAX_PASSAGE = 5000
"""Characters of a passage, at most (a selection of a whole book is no quotation)."""


class ParallelsError(UserError):
    """A passage that cannot be looked up. ``reason`` says why in a word the window
    translates: empty, range, too_long, too_short; ``figures`` what the message quotes."""

    def __init__(self, message: str, reason: str, *figures: int) -> None:
        super().__init__(message)
        self.reason = reason
        self.figures = figures


@dataclass
class Parallel:
    """One place that quotes the passage."""

    doc: str
    start: int
    end: int
    similarity: float
    coverage: float
    """The share of the passage's kept characters it has."""
    snippet: str
    title: str = ""
    headings: list[str] = field(default_factory=list)
    paragraph: int = 0
    differing: list[tuple[int, int]] = field(default_factory=list)
    """Its characters the passage does not have (document offsets)."""
    passage_span: tuple[int, int] = (0, 0)
    """The part of the passage it quotes (offsets in the passage's document)."""
    passage_differing: list[tuple[int, int]] = field(default_factory=list)
    """The passage's characters it does not have, inside ``passage_span``."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "similarity": round(self.similarity, 3),
            "snippet": self.snippet,
            "coverage": round(self.coverage, 3),
            "title": self.title,
            "headings": self.headings,
            "paragraph": self.paragraph,
            "differing": [list(s) for s in self.differing],
            "passage_span": list(self.passage_span),
            "passage_differing": [list(s) for s in self.passage_differing],
        }


@dataclass
class Found:
    doc: str
    start: int
    end: int
    passage: str
    parallels: list[Parallel]

    def to_dict(self) -> dict[str, Any]:
        return {
            "passage": self.passage,
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "parallels": [p.to_dict() for p in self.parallels],
        }


def check_span(text_length: int, start: int, end: int) -> None:
    """Refuse a span that is not a passage of a text ``text_length`` long."""
    if not (0 <= start <= end <= text_length):
        raise ParallelsError(
            f"START {start} and END {end} are not a passage of the document "
            f"(0 <= START <= END <= {text_length})",
            "range",
            start,
            end,
            text_length,
        )
    if end - start > MAX_PASSAGE:
        raise ParallelsError(
            f"the passage is {end - start:,} characters long; "
            f"at most {MAX_PASSAGE:,} are looked up",
            "too_long",
            end - start,
            MAX_PASSAGE,
        )
