"""Undo and redo for every change to the annotations, so the GUI can offer Ctrl+Z."""

from __future__ import annotations

from dataclasses import dataclass

from jingdu.notes.model import AnnotationError
from jingdu.notes.store import NotesStore, Snapshot

MAX_STEPS = 500


@dataclass(frozen=True)
class Change:
    label: str
    before: Snapshot
    after: Snapshot


class History:
    """Two stacks of changes. Undo writes a change's "before" back, redo its "after".

    A step is refused if the highlights it touches were changed meanwhile (by
    another Jingdu process, say): undo never overwrites work it did not make.
    """

    def __init__(self) -> None:
        self._undo: list[Change] = []
        self._redo: list[Change] = []

    def record(self, change: Change) -> None:
        if change.before == change.after:
            return
        self._undo.append(change)
        del self._undo[:-MAX_STEPS]
        self._redo.clear()

    @property
    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def undo(self, store: NotesStore) -> str:
        if not self._undo:
            raise AnnotationError("nothing to undo")
        change = self._undo[-1]
        self._apply(store, expect=change.after, write=change.before)
        self._redo.append(self._undo.pop())
        return change.label

    def redo(self, store: NotesStore) -> str:
        if not self._redo:
            raise AnnotationError("nothing to redo")
        change = self._redo[-1]
        self._apply(store, expect=change.before, write=change.after)
        self._undo.append(self._redo.pop())
        return change.label

    @staticmethod
    def _apply(store: NotesStore, expect: Snapshot, write: Snapshot) -> None:
        with store.transaction():
            if store.snapshot(expect) != expect:
                raise AnnotationError("these highlights were changed elsewhere since; not undone")
            store.restore(write)
