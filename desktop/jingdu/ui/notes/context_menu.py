"""The reader's context menu: what Zotero's and calibre's readers offer on a right
click — highlight in a colour, note, tag, copy with citation, search the library for
the passage — acting on the selection, or on the highlight under the pointer."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QMenu

from jingdu.notes.model import COLORS
from jingdu.ui.common import palette
from jingdu.ui.common.palette import swatch
from jingdu.ui.notes.annotating import Annotating

SEARCHED_CHARS = 60
"""A longer passage is searched by its beginning (a query has a length limit, and the
first sixty characters of a passage already find it and its quotations)."""


class ReaderMenu(QObject):
    search_requested = Signal(str)
    """Search the library for this query."""
    index_requested = Signal(str)
    """Show the concordance of this term (索引此词)."""
    parallels_requested = Signal(str, int, int)
    """List the other places in the library that quote this passage (doc, start, end)."""

    def __init__(self, annotating: Annotating) -> None:
        super().__init__(annotating)
        self.notes = annotating
        reader = annotating.reader
        reader.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        reader.customContextMenuRequested.connect(self._on_requested)

    def _on_requested(self, pos: QPoint) -> None:
        menu = self.build(pos)
        if menu is not None:
            menu.exec(self.notes.reader.viewport().mapToGlobal(pos))

    def build(self, pos: QPoint) -> QMenu | None:
        """The menu for a right click at ``pos`` (viewport coordinates): the selection
        becomes what the commands act on, else the highlight under the pointer."""
        notes, reader = self.notes, self.notes.reader
        picked = reader.selected_range()
        offset = reader.offset_under(pos)
        # The selection, when the click is on it; else what is under the pointer.
        if picked is not None and (offset is None or picked[0] <= offset <= picked[1]):
            notes.take_selection(*picked)
        elif offset is not None and reader.highlights_at(offset):
            inner = min(reader.highlights_at(offset), key=lambda h: h.end - h.start)
            notes.take_highlight(inner.id)
        else:
            return None
        notes.bar.hide()  # the menu offers all the bar does
        target = notes.target()
        menu = QMenu(reader)
        names = palette.names()
        colours = menu.addMenu(self.tr("&Highlight") if target is None else self.tr("&Colour"))
        for n, color in enumerate(COLORS, start=1):
            act = colours.addAction(swatch(color), f"{names[color]} (&{n})")
            act.setCheckable(target is not None)
            act.setChecked(target is not None and target.color == color)
            act.triggered.connect(lambda _=False, c=color: notes.highlight_selection(c))
        menu.addAction(self.tr("&Note…"), lambda: notes.note_selection(None))
        menu.addAction(self.tr("&Tags…"), lambda: notes.tag_selection(None))
        menu.addAction(self.tr("Copy with &citation"), notes.copy_citation)
        menu.addSeparator()
        text = self._passage()
        if text:
            menu.addAction(
                self.tr("&Search the library for this"),
                lambda: self.search_requested.emit(f'"{text}"'),
            )
            menu.addAction(
                self.tr("&Index this term"), lambda: self.index_requested.emit(f'"{text}"')
            )
        span = self._span()
        if span is not None:
            menu.addAction(
                self.tr("&Where else is this said"), lambda: self.parallels_requested.emit(*span)
            )
        if target is not None:
            menu.addSeparator()
            menu.addAction(self.tr("&Delete the highlight"), notes.delete_active)
        return menu

    def _span(self) -> tuple[str, int, int] | None:
        """The selected or clicked passage: its document and code-point span."""
        doc, target, sel = self.notes.current(), self.notes.target(), self.notes.selection
        if doc is None:
            return None
        if target is not None:
            return doc.id, target.start, target.end
        return (doc.id, *sel) if sel is not None else None

    def _passage(self) -> str:
        """The selected or clicked passage, as one line, for a search."""
        doc, target, sel = self.notes.current(), self.notes.target(), self.notes.selection
        if doc is None:
            return ""
        start, end = (target.start, target.end) if target is not None else sel or (0, 0)
        text = " ".join(doc.text[start:end].split())
        return text[:SEARCHED_CHARS].replace('"', "")
