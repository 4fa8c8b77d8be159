"""The annotation half of the :class:`jingdu.library.Library`: highlights, tags, undo.

Every change, however many highlights it touches, runs in one transaction and is
one undo step; it is recorded as a :class:`Change` (what each highlight was before
and after), which the bulk operations return so that a caller can tell its views
exactly what changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from jingdu.notes.history import Change, History
from jingdu.notes.model import Highlight
from jingdu.notes.rows import Table
from jingdu.notes.store import Filter, NotesStore
from jingdu.notes.tags import key as tag_key
from jingdu.sources import anchor_key

if TYPE_CHECKING:
    from jingdu.changes import Seen
    from jingdu.corpus.document import Document

LABELS = (
    "add highlight",
    "add highlights",
    "edit highlight",
    "edit highlights",
    "delete highlight",
    "delete highlights",
    "rename tag",
    "merge tags",
    "delete tag",
    "delete tags",
    "restore backup",
)
"""What an undo step is called (``Library.undo`` returns it; the window translates
each, and a test holds it to that)."""


class Annotating:
    """Mixed into Library, which provides the connection, the history and documents."""

    history: History
    _seen: Seen

    @property
    def notes(self) -> NotesStore:
        raise NotImplementedError

    def _counters(self) -> tuple[int, int]:
        raise NotImplementedError

    def _writable(self) -> None:
        raise NotImplementedError

    def resolve(self, ref: str) -> str:
        raise NotImplementedError

    def document(self, ref: str) -> Document:
        raise NotImplementedError

    def _change(
        self, label: str, ids: Iterable[str], action: Callable[[], tuple[Any, list[str]]]
    ) -> tuple[Any, Change]:
        """Run an annotation change in one transaction and record it as one undo step.
        ``ids``: the highlights it may change; ``action`` returns its result and any
        highlights it created."""
        assert label in LABELS, label
        self._writable()
        ids = list(ids)
        with self.notes.transaction():
            counters = self._counters()
            before = self.notes.snapshot(ids)
            result, touched = action()
            after = self.notes.snapshot([*ids, *touched])
            for hid in after:
                before.setdefault(hid, None)
        self._seen.own(counters, (counters[0] + 1, counters[1]))
        change = Change(label, before, after)
        self.history.record(change)
        return result, change

    def add_highlight(
        self,
        doc: str,
        start: int,
        end: int,
        color: str = "yellow",
        style: str = "highlight",
        note: str = "",
        tags: list[str] | tuple[str, ...] = (),
    ) -> Highlight:
        """Highlight [start, end) (code points in the clean text) of a document."""
        d = self.document(doc)

        def action() -> tuple[Highlight, list[str]]:
            h = self.notes.add(d.id, d.text, start, end, anchor_key(d), color, style, note, tags)
            return h, [h.id]

        result: Highlight = self._change("add highlight", [], action)[0]
        return result

    def add_highlights(
        self,
        spans: Iterable[tuple[str, int, int]],
        color: str = "yellow",
        tags: list[str] | tuple[str, ...] = (),
    ) -> list[Highlight]:
        """Highlight many passages, (doc, start, end) each, in one transaction and one
        undo step (the concordance's selected lines, say). All are checked before any
        is stored: one bad span stores none."""
        spans = list(spans)
        docs = {d: self.document(d) for d in {s[0] for s in spans}}

        def action() -> tuple[list[Highlight], list[str]]:
            made = []
            for doc_id, start, end in spans:
                d = docs[doc_id]
                key = anchor_key(d)
                made.append(self.notes.add(d.id, d.text, start, end, key, color, tags=tags))
            return made, [h.id for h in made]

        label = "add highlights" if len(spans) > 1 else "add highlight"
        result: list[Highlight] = self._change(label, [], action)[0]
        return result

    def highlight(self, ref: str) -> Highlight:
        return self.notes.get(self.notes.resolve(ref))

    def highlights(self, f: Filter | None = None) -> list[Highlight]:
        f = f or Filter()
        if f.doc is not None:
            f.doc = self.resolve(f.doc)
        return self.notes.select(f)

    def highlight_table(self) -> Table:
        """Every highlight as rows, newest first: for a view of all of them."""
        return self.notes.table()

    def highlight_places(self) -> list[tuple[str, str, int, int]]:
        """Every highlight's (id, document, start, orphan): where each one is."""
        return self.notes.places()

    def highlights_by_id(self, ids: Iterable[str]) -> list[Highlight]:
        """These highlights (those that still exist), in the order of ``ids``."""
        ids = list(ids)
        found = {h.id: h for h in self.notes.find(ids)}
        return [found[i] for i in ids if i in found]

    def edit_highlight(
        self,
        ref: str,
        color: str | None = None,
        style: str | None = None,
        note: str | None = None,
        add_tags: list[str] | tuple[str, ...] = (),
        remove_tags: list[str] | tuple[str, ...] = (),
        move_to: tuple[str, int, int] | None = None,
    ) -> Highlight:
        """Change a highlight; ``move_to`` = (doc, start, end) re-attaches it (an orphan, say)."""
        hid = self.notes.resolve(ref)
        placement = None
        if move_to is not None:
            d = self.document(move_to[0])
            placement = (d.id, d.text, move_to[1], move_to[2], anchor_key(d))

        def action() -> tuple[Highlight, list[str]]:
            return self.notes.edit(hid, color, style, note, add_tags, remove_tags, placement), []

        result: Highlight = self._change("edit highlight", [hid], action)[0]
        return result

    def edit_highlights(
        self,
        refs: Iterable[str],
        color: str | None = None,
        style: str | None = None,
        add_tags: list[str] | tuple[str, ...] = (),
        remove_tags: list[str] | tuple[str, ...] = (),
    ) -> Change:
        """The same change to many highlights: one transaction, one undo step. A tag to
        remove that a highlight lacks is no error."""
        ids = [self.notes.resolve(r) for r in refs]

        def action() -> tuple[None, list[str]]:
            for hid in ids:
                present = {tag_key(t) for t in self.notes.get(hid).tags}
                gone = [t for t in remove_tags if tag_key(t) in present]
                self.notes.edit(hid, color, style, None, add_tags, gone, None)
            return None, []

        label = "edit highlights" if len(ids) > 1 else "edit highlight"
        return self._change(label, ids, action)[1]

    def delete_highlights(self, refs: Iterable[str]) -> int:
        ids = [self.notes.resolve(r) for r in refs]

        def action() -> tuple[int, list[str]]:
            for hid in ids:
                self.notes.delete(hid)
            return len(ids), []

        label = "delete highlights" if len(ids) > 1 else "delete highlight"
        n: int = self._change(label, ids, action)[0]
        return n

    def tags(self, subtree: bool = False) -> list[tuple[str, int]]:
        """Every tag and how many highlights carry it (``subtree``: it or a tag under it)."""
        return self.notes.tag_counts(subtree)

    def rename_tag(self, old: str, new: str) -> int:
        ids = self.notes.tagged([self.notes.require_tag_or_parent(old)])
        n: int = self._change("rename tag", ids, lambda: (self.notes.rename_tag(old, new), []))[0]
        return n

    def merge_tags(self, sources: list[str], into: str) -> int:
        ids = self.notes.tagged([self.notes.require_tag(s) for s in sources], subtree=False)

        def action() -> tuple[int, list[str]]:
            return self.notes.merge_tags(sources, into), []

        n: int = self._change("merge tags", ids, action)[0]
        return n

    def delete_tag(self, name: str) -> int:
        return self.delete_tags([name])

    def delete_tags(self, names: Iterable[str]) -> int:
        """Take tags (not those under them) off every highlight, in one undo step;
        returns how many highlights lost one."""
        names = list(names)
        ids = self.notes.tagged([self.notes.require_tag(n) for n in names], subtree=False)

        def action() -> tuple[int, list[str]]:
            for n in names:
                self.notes.delete_tag(n)
            return len(ids), []

        label = "delete tags" if len(names) > 1 else "delete tag"
        n: int = self._change(label, ids, action)[0]
        return n

    def undo(self) -> str:
        """Undo the last change; returns its label (one of :data:`LABELS`)."""
        return self.history.undo(self.notes)

    def redo(self) -> str:
        return self.history.redo(self.notes)
