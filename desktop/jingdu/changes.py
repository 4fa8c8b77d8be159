"""Telling this process's changes to a library from another process's.

Two counters in the database's ``meta`` table count committed changes: to the
annotations (``changes``) and to the documents (``documents``). A process
remembers the values it last saw, moves them along with its own writes, and
so learns cheaply (two numbers, no file watching) that someone else wrote.
"""

from __future__ import annotations

import sqlite3
import threading


def counters(conn: sqlite3.Connection) -> tuple[int, int]:
    """(annotation changes, document changes) as committed now."""
    rows = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('changes', 'documents')"))
    return int(rows.get("changes", 0)), int(rows.get("documents", 0))


class Seen:
    """The counters this process has accounted for (shared by its threads)."""

    def __init__(self, now: tuple[int, int]) -> None:
        self._seen = now
        self._lock = threading.Lock()

    def news(self, now: tuple[int, int]) -> tuple[bool, bool]:
        """Whether (documents, annotations) changed elsewhere since last asked."""
        with self._lock:
            seen, self._seen = self._seen, now
        return now[1] != seen[1], now[0] != seen[0]

    def own(self, before: tuple[int, int], after: tuple[int, int]) -> None:
        """Account for this process's own write, which moved the counters from
        ``before`` to ``after``; if someone else had written before it, leave the
        difference for :meth:`news` to report."""
        with self._lock:
            if self._seen == before:
                self._seen = after
