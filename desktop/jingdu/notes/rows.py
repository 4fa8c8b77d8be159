"""Highlights as their table holds them: a row and its tags, read in statements SQLite
can bind."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from operator import itemgetter
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


TABLE_COLUMNS = "id, doc, quote, color, note, created, orphan, search"
"""What :func:`table` reads of each highlight: what the annotation browser shows, sorts
and filters on (``search``: the folded quote and note). Each column costs about as much
as another (a Python object per cell), so nothing more: the place (for the section) and
the context are read after, or for the few highlights a user acts on."""
ID, DOC, QUOTE, COLOR, NOTE, CREATED, ORPHAN, SEARCH = range(8)


@dataclass
class Table:
    """Every highlight as the rows SQLite returns, newest first, without a
    :class:`Highlight` each: the annotation browser shows 100,000 of them, and making
    the objects (and folding their texts again) took most of its opening time."""

    rows: list[tuple[Any, ...]]
    """Columns as :data:`TABLE_COLUMNS`; ``created`` descending, ties newest-written
    first (so a row's place is its order of writing among equal times)."""
    tags: list[tuple[str, ...]]
    """Each row's tags, in tag order; equal tuples are one object."""


def table(conn: sqlite3.Connection) -> Table:
    """Every highlight, newest first, read in one snapshot. Tags come grouped by
    highlight as tag ids, turned into names once per distinct set (a library has a few
    hundred sets, not 100,000)."""
    cols = ", ".join(f"h.{c.strip()}" for c in TABLE_COLUMNS.split(","))
    # The created index, read backwards, gives this order without sorting; rowid
    # breaks ties (highlights made in the same second) in the same pass.
    sql = f"SELECT {cols} FROM highlights h ORDER BY h.created DESC, h.rowid DESC"
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")  # one snapshot for the three reads
    try:
        rows = conn.execute(sql).fetchall()
        names = {i: (key, name) for i, name, key in conn.execute("SELECT id, name, key FROM tags")}
        grouped = dict(
            conn.execute(
                "SELECT highlight, group_concat(tag) FROM highlight_tags GROUP BY highlight"
            ).fetchall()
        )
    finally:
        if own:
            conn.execute("COMMIT")
    # (map and itemgetter: C loops, a third of a comprehension's time on 100,000 rows)
    per_row: list[str | None] = list(map(grouped.get, map(itemgetter(ID), rows)))
    sets: dict[str | None, tuple[str, ...]] = {None: ()}
    for ids in set(per_row):
        if ids is not None:
            found = sorted(names[int(i)] for i in ids.split(","))
            sets[ids] = tuple(name for _, name in found)
    return Table(rows, list(map(sets.__getitem__, per_row)))


def places(conn: sqlite3.Connection) -> list[tuple[str, str, int, int]]:
    """Every highlight's (id, document, start, orphan)."""
    return conn.execute("SELECT id, doc, start_at, orphan FROM highlights").fetchall()


def highlight(row: tuple[Any, ...], tags: tuple[str, ...]) -> Highlight:
    return Highlight(
        id=row[0], doc=row[1], start=row[2], end=row[3], quote=row[4], prefix=row[5], suffix=row[6],
        color=row[7], style=row[8], note=row[9], created=row[10], updated=row[11],
        orphan=bool(row[12]),
        tags=tags,
    )  # fmt: skip
