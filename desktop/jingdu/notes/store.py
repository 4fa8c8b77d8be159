"""Highlights and tags in SQLite: every change one transaction, and undoable.

Undo works on snapshots: a change records the affected highlights (with their
tags) before and after, and undoing writes the "before" back. Tags live only
through the highlights that carry them; a tag no highlight uses is dropped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from jingdu.notes import tags as T
from jingdu.notes.model import (
    AnnotationError,
    Highlight,
    anchor_fields,
    check_color,
    check_note,
    check_range,
    check_style,
    new_id,
    now,
)
from jingdu.notes.rows import CHUNK, Table, chunks, highlight, places, table, tags_of
from jingdu.search.fold import fold

Snapshot = dict[str, dict[str, Any] | None]
"""Highlight id -> its full record (``Highlight.to_dict()`` and ``anchored_to``), or None."""

_COLUMNS = (
    "id, doc, start_at, end_at, quote, prefix, suffix, color, style, note, created, updated, "
    "orphan, anchored_to"
)
SORTS = {
    "document": "h.doc, h.start_at, h.created",
    "created": "h.created, h.id",
    "updated": "h.updated DESC, h.id",
}


@dataclass
class Filter:
    """What ``list`` selects; every field narrows the selection."""

    doc: str | None = None
    tags: list[str] = field(default_factory=list)
    """Each must match: the tag itself or any tag under it."""
    color: str | None = None
    text: str | None = None
    """Found in the quote or the note (folded like search)."""
    since: str | None = None
    until: str | None = None
    orphans: bool | None = None
    sort: str = "document"
    limit: int | None = None
    offset: int = 0


def search_text(quote: str, note: str) -> str:
    """The ``search`` column: the folded quote and note, a line break between."""
    return fold(quote) + "\n" + fold(note)


class NotesStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # -- transactions --------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction; it also counts the change for the automatic backups."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.conn.execute(
                "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'changes'"
            )
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def changes(self) -> int:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'changes'").fetchone()
        return int(row[0]) if row else 0

    # -- reading -------------------------------------------------------------------

    def get(self, hid: str) -> Highlight:
        found = self.find([hid])
        if not found:
            raise AnnotationError(f"no highlight {hid!r}")
        return found[0]

    def find(self, ids: Iterable[str]) -> list[Highlight]:
        ids = list(ids)
        found: list[Highlight] = []
        for part in chunks(ids):
            marks = ",".join("?" * len(part))
            found += self._query(f"WHERE h.id IN ({marks})", part, SORTS["document"])
        if len(ids) > CHUNK:  # parts were each in order: now the whole
            found.sort(key=lambda h: (h.doc, h.start, h.created))
        return found

    def resolve(self, ref: str) -> str:
        """A highlight id from the id or a unique prefix of it (at least 4 characters)."""
        ref = ref.strip()
        if self.conn.execute("SELECT 1 FROM highlights WHERE id = ?", [ref]).fetchone():
            return ref
        if len(ref) >= 4:
            rows = self.conn.execute(
                "SELECT id FROM highlights WHERE id LIKE ? LIMIT 2",
                [ref.replace("%", "").replace("_", "") + "%"],
            ).fetchall()
            if len(rows) == 1:
                return str(rows[0][0])
            if len(rows) > 1:
                raise AnnotationError(f"highlight id {ref!r} is ambiguous; give more of it")
        raise AnnotationError(f"no highlight {ref!r}")

    def select(self, f: Filter) -> list[Highlight]:
        where: list[str] = ["1"]
        args: list[Any] = []
        if f.doc is not None:
            where.append("h.doc = ?")
            args.append(f.doc)
        if f.color is not None:
            where.append("h.color = ?")
            args.append(check_color(f.color))
        if f.text:
            where.append("h.search LIKE ? ESCAPE '\\'")
            pattern = fold(f.text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            args.append(f"%{pattern}%")
        if f.since:
            where.append("h.created >= ?")
            args.append(f.since)
        if f.until:
            where.append("h.created < ?")
            args.append(f.until)
        if f.orphans is not None:
            where.append("h.orphan = ?")
            args.append(int(f.orphans))
        for tag in f.tags:
            # The tag ids first (few), then the highlights carrying one of them.
            k = T.key(T.normalize(tag))
            where.append(
                "h.id IN (SELECT x.highlight FROM highlight_tags x WHERE x.tag IN "
                "(SELECT t.id FROM tags t WHERE t.key = ? OR substr(t.key, 1, ?) = ?))"
            )
            args += [k, len(k) + 1, k + T.SEPARATOR]
        if f.sort not in SORTS:
            raise AnnotationError(f"unknown sort {f.sort!r}; choose one of {', '.join(SORTS)}")
        tail = ""
        if f.limit is not None:
            tail = " LIMIT ? OFFSET ?"
            args += [f.limit, f.offset]
        return self._query("WHERE " + " AND ".join(where), args, SORTS[f.sort], tail)

    def _query(self, where: str, args: list[Any], order: str, tail: str = "") -> list[Highlight]:
        cols = ", ".join(f"h.{c.strip()}" for c in _COLUMNS.split(","))
        sql = f"SELECT {cols} FROM highlights h {where} ORDER BY {order}{tail}"
        rows = self.conn.execute(sql, args).fetchall()
        tags = tags_of(self.conn, [r[0] for r in rows])
        return [highlight(row, tags.get(row[0], ())) for row in rows]

    def table(self) -> Table:
        """Every highlight, newest first, as rows (see :class:`~jingdu.notes.rows.Table`)."""
        return table(self.conn)

    def places(self) -> list[tuple[str, str, int, int]]:
        """Every highlight's (id, document, start, orphan)."""
        return places(self.conn)

    def count_by_doc(self) -> dict[str, int]:
        rows = self.conn.execute("SELECT doc, count(*) FROM highlights GROUP BY doc")
        return {r[0]: r[1] for r in rows}

    def tag_counts(self, subtree: bool = False) -> list[tuple[str, int]]:
        """Every tag with the number of highlights carrying it (``subtree``: it or a tag
        under it, each highlight once, as the browser's tag tree counts), in name order."""
        if not subtree:
            rows = self.conn.execute(
                "SELECT t.name, count(x.highlight) FROM tags t "
                "LEFT JOIN highlight_tags x ON x.tag = t.id "
                "GROUP BY t.id ORDER BY t.key"
            )
        else:
            rows = self.conn.execute(
                "SELECT t.name, (SELECT count(DISTINCT x.highlight) FROM highlight_tags x "
                "JOIN tags u ON u.id = x.tag WHERE u.key = t.key "
                "OR substr(u.key, 1, length(t.key) + 1) = t.key || ?) FROM tags t ORDER BY t.key",
                [T.SEPARATOR],
            )
        return [(r[0], r[1]) for r in rows]

    # -- snapshots (for undo) ----------------------------------------------------------

    def snapshot(self, ids: Iterable[str]) -> Snapshot:
        ids = list(dict.fromkeys(ids))
        found = {h.id: h for h in self.find(ids)}
        anchored: dict[str, str] = {}
        for part in chunks(list(found)):
            marks = ",".join("?" * len(part))
            anchored.update(
                self.conn.execute(
                    f"SELECT id, anchored_to FROM highlights WHERE id IN ({marks})", part
                )
            )
        out: Snapshot = {}
        for i in ids:
            h = found.get(i)
            out[i] = None if h is None else {**h.to_dict(), "anchored_to": anchored.get(i, "")}
        return out

    def restore(self, snap: Snapshot) -> None:
        """Write a snapshot back (inside the caller's transaction)."""
        for hid, record in snap.items():
            if record is None:
                self.conn.execute("DELETE FROM highlights WHERE id = ?", [hid])
            else:
                self._write(record)
        self._drop_unused_tags()

    # -- writing -------------------------------------------------------------------

    def _write(self, r: dict[str, Any]) -> None:
        self.conn.execute(
            f"INSERT OR REPLACE INTO highlights ({_COLUMNS}, search) VALUES ({','.join('?' * 15)})",
            [
                r["id"], r["doc"], r["start"], r["end"], r["quote"], r["prefix"], r["suffix"],
                r["color"], r["style"], r["note"], r["created"], r["updated"], int(r["orphan"]),
                r.get("anchored_to", ""), search_text(r["quote"], r["note"]),
            ],
        )  # fmt: skip
        self.conn.execute("DELETE FROM highlight_tags WHERE highlight = ?", [r["id"]])
        for name in r["tags"]:
            self.conn.execute(
                "INSERT OR IGNORE INTO highlight_tags VALUES (?, ?)",
                [r["id"], self._tag_id(name, exact=True)],
            )

    def _tag_id(self, name: str, exact: bool = False) -> int:
        """The tag's row, created if new. ``exact`` also restores the name's case and width."""
        k = T.key(name)
        row = self.conn.execute("SELECT id, name FROM tags WHERE key = ?", [k]).fetchone()
        if row is None:
            return int(
                self.conn.execute("INSERT INTO tags (name, key) VALUES (?, ?)", [name, k]).lastrowid
                or 0
            )
        if exact and row[1] != name:
            self.conn.execute("UPDATE tags SET name = ? WHERE id = ?", [name, row[0]])
        return int(row[0])

    def _drop_unused_tags(self) -> None:
        self.conn.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag FROM highlight_tags)")

    def add(
        self,
        doc: str,
        text: str,
        start: int,
        end: int,
        anchored_to: str,
        color: str = "yellow",
        style: str = "highlight",
        note: str = "",
        tags: Iterable[str] = (),
    ) -> Highlight:
        check_range(text, start, end, doc)
        names = T.check_count(self._existing_names([T.normalize(t) for t in tags]))
        stamp = now()
        record = {
            "id": new_id(),
            "doc": doc,
            "start": start,
            "end": end,
            **anchor_fields(text, start, end),
            "color": check_color(color),
            "style": check_style(style),
            "note": check_note(note),
            "tags": names,
            "created": stamp,
            "updated": stamp,
            "orphan": False,
            "anchored_to": anchored_to,
        }
        self._write(record)
        return self.get(str(record["id"]))

    def _existing_names(self, names: list[str]) -> list[str]:
        """Tag names as already spelt in the library (GDP is gdp if gdp came first), once each."""
        out: dict[str, str] = {}
        for name in names:
            row = self.conn.execute("SELECT name FROM tags WHERE key = ?", [T.key(name)]).fetchone()
            out.setdefault(T.key(name), row[0] if row else name)
        return list(out.values())

    def edit(
        self,
        hid: str,
        color: str | None = None,
        style: str | None = None,
        note: str | None = None,
        add_tags: Iterable[str] = (),
        remove_tags: Iterable[str] = (),
        placement: tuple[str, str, int, int, str] | None = None,
    ) -> Highlight:
        """Change a highlight; ``placement`` = (doc, text, start, end, anchored_to) moves it."""
        current = self.snapshot([hid])[hid]
        if current is None:
            raise AnnotationError(f"no highlight {hid!r}")
        record = dict(current)
        if color is not None:
            record["color"] = check_color(color)
        if style is not None:
            record["style"] = check_style(style)
        if note is not None:
            record["note"] = check_note(note)
        removing = {T.key(T.normalize(t)) for t in remove_tags}
        missing = removing - {T.key(t) for t in record["tags"]}
        if missing:
            raise AnnotationError(f"highlight {hid[:8]} has no tag {sorted(missing)[0]!r}")
        kept = [t for t in record["tags"] if T.key(t) not in removing]
        record["tags"] = T.check_count(
            self._existing_names(kept + [T.normalize(t) for t in add_tags]), len(current["tags"])
        )
        if placement is not None:
            doc, text, start, end, anchored_to = placement
            check_range(text, start, end, doc)
            record.update(
                doc=doc,
                start=start,
                end=end,
                orphan=False,
                anchored_to=anchored_to,
                **anchor_fields(text, start, end),
            )
        if record != current:
            record["updated"] = now()
            self._write(record)
            self._drop_unused_tags()
        return self.get(hid)

    def delete(self, hid: str) -> None:
        if not self.conn.execute("DELETE FROM highlights WHERE id = ?", [hid]).rowcount:
            raise AnnotationError(f"no highlight {hid!r}")
        self._drop_unused_tags()

    # -- tag operations ------------------------------------------------------------------

    def tagged(self, names: Iterable[str], subtree: bool = True) -> list[str]:
        """Ids of the highlights carrying any of these tags (with ``subtree``, or tags below)."""
        ids: set[str] = set()
        for name in names:
            k = T.key(T.normalize(name))
            rows = self.conn.execute(
                "SELECT x.highlight FROM highlight_tags x JOIN tags t ON t.id = x.tag "
                "WHERE t.key = ? OR (? AND substr(t.key, 1, ?) = ?)",
                [k, int(subtree), len(k) + 1, k + T.SEPARATOR],
            )
            ids.update(r[0] for r in rows)
        return sorted(ids)

    def require_tag(self, name: str) -> str:
        """The stored spelling of a tag, or an error naming it."""
        k = T.key(T.normalize(name))
        row = self.conn.execute("SELECT name FROM tags WHERE key = ?", [k]).fetchone()
        if row is None:
            raise AnnotationError(f"no tag {name.strip()!r}")
        return str(row[0])

    def require_tag_or_parent(self, name: str) -> str:
        """A tag, or a level of the tree that exists only above tags (政策 of 政策/科技)."""
        try:
            return self.require_tag(name)
        except AnnotationError:
            wanted = T.normalize(name)
            for (stored,) in self.conn.execute("SELECT name FROM tags ORDER BY key"):
                if T.is_under(stored, wanted):
                    return str(stored[: len(wanted)])
            raise

    def rename_tag(self, old: str, new: str) -> int:
        """Rename a tag and every tag under it (政策 -> 政策研究 makes 政策/科技 政策研究/科技)."""
        old_name, new_name = self.require_tag_or_parent(old), T.normalize(new)
        old_key, new_key = T.key(old_name), T.key(new_name)
        if new_key != old_key:
            if self.conn.execute("SELECT 1 FROM tags WHERE key = ?", [new_key]).fetchone():
                raise AnnotationError(
                    f"tag {new_name!r} exists already; use `jingdu tag merge` to join them"
                )
            if T.is_under(new_name, old_name):
                raise AnnotationError(
                    f"cannot rename {old_name!r} to a tag inside itself ({new_name!r})"
                )
        rows = self.conn.execute("SELECT id, name FROM tags").fetchall()
        changed = 0
        for tid, name in rows:
            if T.is_under(name, old_name):
                renamed = new_name + name[len(old_name) :]
                T.normalize(renamed)  # still a valid tag (length)
                self.conn.execute(
                    "UPDATE tags SET name = ?, key = ? WHERE id = ?", [renamed, T.key(renamed), tid]
                )
                changed += 1
        self._touch(self.tagged([new_name]))
        return changed

    def merge_tags(self, sources: list[str], into: str) -> int:
        """Give the highlights of every source tag the target tag instead; the sources go."""
        names = [self.require_tag(s) for s in sources]
        target = T.normalize(into)
        target_key = T.key(target)
        ids = self.tagged(names, subtree=False)
        target_id = self._tag_id(self._existing_names([target])[0])
        for name in names:
            if T.key(name) == target_key:
                continue
            tid = self.conn.execute("SELECT id FROM tags WHERE key = ?", [T.key(name)]).fetchone()[
                0
            ]
            self.conn.execute(
                "INSERT OR IGNORE INTO highlight_tags "
                "SELECT highlight, ? FROM highlight_tags WHERE tag = ?",
                [target_id, tid],
            )
            self.conn.execute("DELETE FROM tags WHERE id = ?", [tid])
        self._touch(ids)
        self._drop_unused_tags()
        return len(ids)

    def delete_tag(self, name: str) -> int:
        """Remove a tag (not the tags under it) from every highlight; the highlights stay."""
        stored = self.require_tag(name)
        ids = self.tagged([stored], subtree=False)
        self.conn.execute("DELETE FROM tags WHERE key = ?", [T.key(stored)])
        self._touch(ids)
        return len(ids)

    def _touch(self, ids: list[str]) -> None:
        if ids:
            stamp = now()
            self.conn.executemany(
                "UPDATE highlights SET updated = ? WHERE id = ?", [(stamp, i) for i in ids]
            )

    # -- anchoring -------------------------------------------------------------------------

    def for_docs(self, docs: Iterable[str]) -> list[Highlight]:
        docs = list(docs)
        if not docs:
            return []
        marks = ",".join("?" * len(docs))
        return self._query(f"WHERE h.doc IN ({marks})", docs, SORTS["document"])

    def place(self, hid: str, doc: str, text: str, start: int, end: int, anchored_to: str) -> None:
        """Move a highlight after its text changed (the quote is refreshed, note and tags kept)."""
        fields = anchor_fields(text, start, end)
        # The search text is made anew from the note: the old quote may hold a line
        # break, so it cannot be cut off the old search text at the first one.
        found = self.conn.execute("SELECT note FROM highlights WHERE id = ?", [hid]).fetchone()
        note = found[0] if found else ""
        self.conn.execute(
            "UPDATE highlights SET doc = ?, start_at = ?, end_at = ?, quote = ?, prefix = ?, "
            "suffix = ?, orphan = 0, anchored_to = ?, search = ? WHERE id = ?",
            [
                doc,
                start,
                end,
                fields["quote"],
                fields["prefix"],
                fields["suffix"],
                anchored_to,
                search_text(fields["quote"], note),
                hid,
            ],
        )

    def orphan(self, hid: str) -> None:
        self.conn.execute("UPDATE highlights SET orphan = 1 WHERE id = ?", [hid])
