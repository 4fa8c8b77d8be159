"""What a highlight is, and the rules its fields obey."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Any

from jingdu.errors import UserError


@dataclass(frozen=True)
class Colour:
    """A highlight colour: its key (stored, and typed on the command line), the ink the
    reader paints and the briefing prints, and its name in each language of the UI."""

    key: str
    ink: str
    zh: str
    en: str


PALETTE = (
    Colour("yellow", "#f5d547", "黄色", "Yellow"),
    Colour("green", "#7fd08a", "绿色", "Green"),
    Colour("blue", "#7dbbf0", "蓝色", "Blue"),
    Colour("pink", "#f29cc2", "粉色", "Pink"),
    Colour("purple", "#b99af0", "紫色", "Purple"),
    Colour("orange", "#f5ab5c", "橙色", "Orange"),
    Colour("red", "#ef7f76", "红色", "Red"),
)
"""The palette, in the order the reader offers it (keys 1-7): the one table to edit
to add a colour."""
COLORS = tuple(c.key for c in PALETTE)
INK = {c.key: c.ink for c in PALETTE}
STYLES = ("highlight", "underline")
CONTEXT = 32
"""Characters of context kept on each side of a quote, to find it again."""
MAX_NOTE = 1_000_000


class AnnotationError(UserError):
    """A highlight, tag or backup request that cannot be carried out; nothing was changed."""


@dataclass(frozen=True)
class Highlight:
    id: str
    doc: str
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    color: str = "yellow"
    style: str = "highlight"
    note: str = ""
    tags: tuple[str, ...] = ()
    created: str = ""
    updated: str = ""
    orphan: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "color": self.color,
            "style": self.style,
            "note": self.note,
            "tags": list(self.tags),
            "created": self.created,
            "updated": self.updated,
            "orphan": self.orphan,
        }

    def with_(self, **changes: Any) -> Highlight:
        return replace(self, **changes)


def now() -> str:
    """An ISO 8601 UTC timestamp, to the microsecond so changes order exactly."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def new_id() -> str:
    return str(uuid.uuid4())


def check_color(color: str) -> str:
    c = color.strip().lower()
    if c not in COLORS:
        raise AnnotationError(f"unknown colour {color!r}; choose one of {', '.join(COLORS)}")
    return c


def check_style(style: str) -> str:
    s = style.strip().lower()
    if s not in STYLES:
        raise AnnotationError(f"unknown style {style!r}; choose {' or '.join(STYLES)}")
    return s


def check_note(note: str) -> str:
    if len(note) > MAX_NOTE:
        raise AnnotationError(f"the note is {len(note):,} characters; at most {MAX_NOTE:,}")
    return note


def check_range(text: str, start: int, end: int, doc: str) -> None:
    n = len(text)
    if start < 0 or end < 0:
        raise AnnotationError(f"offsets must not be negative (got {start}-{end})")
    if start > n or end > n:
        raise AnnotationError(f"offsets {start}-{end} are out of range: {doc} has {n:,} characters")
    if end < start:
        raise AnnotationError(f"the end ({end}) is before the start ({start})")
    if end == start:
        raise AnnotationError(f"the range {start}-{end} is empty")
    if not text[start:end].strip():
        raise AnnotationError(f"the range {start}-{end} holds only white space")


def anchor_fields(text: str, start: int, end: int) -> dict[str, str]:
    """The quote and its context, as stored with a highlight."""
    return {
        "quote": text[start:end],
        "prefix": text[max(0, start - CONTEXT) : start],
        "suffix": text[end : end + CONTEXT],
    }
