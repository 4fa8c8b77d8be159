"""The documents table as the library list sees it: summaries, and ids from what users type."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from jingdu.errors import NotFoundError
from jingdu.sqlite import sqlite_utils


@dataclass(frozen=True)
class DocumentSummary:
    """What the library list shows: no text, cheap to load for every document."""

    id: str
    title: str
    authors: list[str]
    source: str
    part: int
    chars: int
    paragraphs: int
    highlights: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "authors": self.authors,
            "source": self.source,
            "part": self.part,
            "chars": self.chars,
            "paragraphs": self.paragraphs,
            "highlights": self.highlights,
        }


def summaries(db: sqlite_utils.Database, counts: dict[str, int]) -> list[DocumentSummary]:
    """Every document, in source order, with its number of highlights from ``counts``."""
    rows = db.execute(
        "SELECT id, title, authors, source, part, chars, paragraph_count FROM documents "
        "ORDER BY source, part"
    ).fetchall()
    return [
        DocumentSummary(r[0], r[1], json.loads(r[2]), r[3], r[4], r[5], r[6], counts.get(r[0], 0))
        for r in rows
    ]


def titles(db: sqlite_utils.Database) -> dict[str, tuple[str, str]]:
    """Each document's title and source file, by id (what a search hit names)."""
    return {r[0]: (r[1], r[2]) for r in db.execute("SELECT id, title, source FROM documents")}


def resolve(db: sqlite_utils.Database, ref: str) -> str:
    """A document id from an id or a unique prefix of one.

    Raises:
        NotFoundError: no document, or several, match.
    """
    ref = ref.strip()
    if not ref:
        raise NotFoundError("empty document id")
    if db.table("documents").count_where("id = ?", [ref]):
        return ref
    pattern = _like_prefix(ref)
    ids = [
        r[0]
        for r in db.execute(
            "SELECT id FROM documents WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 3",
            [pattern],
        ).fetchall()
    ]
    if len(ids) == 1:
        return str(ids[0])
    m = re.match(r"^(.+)-(\d+)$", ref)
    if not ids and m:
        # "001-05": part 5 of the source whose name starts with 001.
        rows = db.execute(
            "SELECT id FROM documents WHERE source LIKE ? ESCAPE '\\' AND part = ? LIMIT 2",
            [_like_prefix(m.group(1)), int(m.group(2))],
        ).fetchall()
        if len(rows) == 1:
            return str(rows[0][0])
    if not ids:
        raise NotFoundError(f"no document {ref!r}; `jingdu docs` lists them")
    raise NotFoundError(f"document {ref!r} is ambiguous: {', '.join(ids[:2])}, …")


def _like_prefix(s: str) -> str:
    """A LIKE pattern matching strings that start with ``s`` (with ESCAPE '\\')."""
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
