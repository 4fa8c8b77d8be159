"""Highlights moved to a source's new documents when the source is read again."""

from __future__ import annotations

import re
from collections.abc import Callable

from jingdu.corpus.document import Document
from jingdu.notes.anchor import Placement, place
from jingdu.notes.store import Filter, NotesStore


def relocate(
    notes: NotesStore,
    stem: str,
    old_ids: list[str],
    docs: list[Document],
    anchor_key: Callable[[Document], str],
) -> None:
    """Place the highlights of a source's old documents (and its orphans) in the new ones."""
    own = re.compile(re.escape(stem) + r"(?:-\d+)?$")
    marked = notes.for_docs(old_ids) + [
        h for h in notes.select(Filter(orphans=True)) if own.match(h.doc) and h.doc not in old_ids
    ]
    by_id = {d.id: d for d in docs}
    for h in marked:
        target = by_id.get(h.doc)
        found: tuple[Document, Placement] | None = None
        if target is not None:
            p = place(target.text, h.start, h.end, h.quote, h.prefix, h.suffix)
            found = (target, p) if p else None
        if found is None:
            # A re-split compilation: the passage may now be in another piece of the source.
            options = [
                (d, p)
                for d in docs
                if d is not target and h.quote in d.text
                for p in [place(d.text, -1, -1, h.quote, h.prefix, h.suffix)]
                if p is not None
            ]
            found = max(options, key=lambda o: o[1].score, default=None)
        if found is None:
            notes.orphan(h.id)
        else:
            d, p = found
            notes.place(h.id, d.id, d.text, p.start, p.end, anchor_key(d))
