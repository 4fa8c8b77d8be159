"""Highlights as their table holds them: a row and its tags, read in statements SQLite
can bind."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from jingdu.notes.model import Highlight

CHUNK = 900
"""Ids bound in one statement at most (SQLite's smallest limit is 999)."""


def tags_of(conn: sqlite3.Connection, ids: list[str]) -> dict[str, tuple[str, ...]]:
    """Each highlight's tags, in tag order: for many highlights, every pair in one
    query (a subquery per row took two thirds of reading 100,000); for a few, theirs."""
    pairs = "SELECT x.highlight, t.name FROM highlight_tags x JOIN tags t ON t.id = x.tag"
    if len(ids) > CHUNK:
        wanted = set(ids)
        found = conn.execute(f"{pairs} ORDER BY t.key").fetchall()
        found = [(h, name) for h, name in found if h in wanted]
    else:
        marks = ",".join("?" * len(ids))
        found = conn.execute(
            f"{pairs} WHERE x.highlight IN ({marks}) ORDER BY t.key", ids
        ).fetchall()
    out: dict[str, list[str]] = {}
    for hid, name in found:
        out.setdefault(hid, []).append(name)
    return {hid: tuple(names) for hid, names in out.items()}


def chunks(ids: list[str]) -> Iterator[list[str]]:
    """Ids in parts a statement can bind: some SQLite builds allow only 999 variables."""
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


def highlight(row: tuple[Any, ...], tags: tuple[str, ...]) -> Highlight:
    return Highlight(
        id=row[0], doc=row[1], start=row[2], end=row[3], quote=row[4], prefix=row[5], suffix=row[6],
        color=row[7], style=row[8], note=row[9], created=row[10], updated=row[11],
        orphan=bool(row[12]),
        tags=tags,
    )  # fmt: skip
