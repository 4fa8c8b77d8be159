"""Footnote markers in the reader: links to their notes.

The cleaner records each marker and, when the source printed it, the note's text
(:class:`jingdu.corpus.document.Footnote`); the renderer sets each marker as a link
(``#fn-`` and its start). Here a link shows its note when hovered and goes to it when
followed (click, or Tab then Enter), saying where the reader was (``leaving``) so that
Back returns there; a marker whose note the source lacks says so instead of doing nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QUrl, Signal
from PySide6.QtWidgets import QToolTip

from jingdu.corpus.document import Footnote
from jingdu.ui.common.plain import tooltip
from jingdu.ui.reader.render import marker_start

if TYPE_CHECKING:
    from jingdu.ui.reader.view import ReaderView


class NoteLinks(QObject):
    leaving = Signal()
    """About to go to a note: the place on screen now is where Back should return (the
    window's history records it, as for any other jump)."""
    followed = Signal(int, int)
    """A marker was followed: the offset at the top of the view before, the note's start."""

    def __init__(self, view: ReaderView) -> None:
        super().__init__(view)
        self.view = view
        self.back_stack: list[int] = []
        """Where the reader was (offset at the top) before following each note."""
        view.anchorClicked.connect(self._on_anchor_clicked)

    def _notes(self) -> list[Footnote]:
        doc = self.view.document_
        return doc.footnotes if doc is not None else []

    def at(self, point: QPoint) -> Footnote | None:
        """The footnote whose marker is drawn under ``point`` (viewport coordinates). The
        marker is a link, so all of it hit-tests, not only the half after the gap nearest
        the pointer."""
        start = marker_start(self.view.anchorAt(point))
        return next((f for f in self._notes() if f.start == start), None)

    def spanning(self, start: int, end: int) -> Footnote | None:
        """The footnote whose marker holds [start, end)."""
        return next((f for f in self._notes() if f.start <= start and end <= f.end), None)

    def tip(self, fn: Footnote) -> str:
        doc = self.view.document_
        if fn.note_start >= 0 and doc is not None:
            return doc.text[fn.note_start : fn.note_end]
        return self.tr("The text of note %1 is not in this document.").replace("%1", fn.label)

    def follow(self, fn: Footnote) -> bool:
        """Go to the note's text, marked, remembering where the reader was; False (nothing
        done) when the document does not have it."""
        if fn.note_start < 0:
            return False
        here = self.view.offset_at_top()
        self.leaving.emit()
        self.back_stack.append(here)
        self.view.scroll_to_offset(fn.note_start, (fn.note_start, fn.note_end))
        self.followed.emit(here, fn.note_start)
        return True

    def back(self) -> bool:
        """Back to where the reader was before the last note it followed (Alt+Left in the
        reader when the window has no Back to take it)."""
        if not self.back_stack:
            return False
        self.view.clear_mark()
        offset = self.back_stack.pop()
        if offset > 0:
            self.view.scroll_to_offset(offset)
        else:  # the very top, title and all, which offset 0's line is below
            self.view.verticalScrollBar().setValue(0)
        return True

    def _on_anchor_clicked(self, url: QUrl) -> None:
        start = marker_start(url.toString())
        fn = self.spanning(start, start + 1) if start is not None else None
        if fn is not None and not self.follow(fn):
            # Nothing to go to: say so at the marker (the caret is on it after a click).
            view = self.view
            point = view.viewport().mapToGlobal(view.cursorRect().center())
            QToolTip.showText(point, tooltip(self.tip(fn)), view)
