"""Annotating in the reader: the selection or the clicked highlight, the bar beside
it, the keys that act on it (colours, tag, note, delete, cite), undo.

A controller: it owns the annotation state of the open document and drives the reader,
the selection bar and the side list; it changes annotations only through the
:class:`~jingdu.ui.session.Session` and repaints when the Session says they changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from jingdu.corpus.document import Document
from jingdu.library import Library
from jingdu.notes.citation import citation
from jingdu.notes.model import Highlight
from jingdu.notes.store import Filter
from jingdu.notes.tags import key as tag_key
from jingdu.ui.common import settings as S
from jingdu.ui.notes.annotation_dialogs import NoteDialog, TagDialog
from jingdu.ui.notes.doc_notes import DocNotesPanel
from jingdu.ui.notes.selection_bar import SelectionBar
from jingdu.ui.reader.view import ReaderView
from jingdu.ui.session import Session


class Annotating(QObject):
    counts_read = Signal(object)
    """{document id: highlights}, read afresh after a change (for the library list)."""

    def __init__(
        self,
        session: Session,
        reader: ReaderView,
        bar: SelectionBar,
        doc_notes: DocNotesPanel,
        current: Callable[[], Document | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.reader, self.bar, self.doc_notes = reader, bar, doc_notes
        self.current = current
        self.parent_widget = parent
        self.selection: tuple[int, int] | None = None
        """The passage selected in the reader (code points), when it is not a highlight."""
        self.active: str | None = None
        """The highlight clicked (in hand), if any."""
        reader.selection_made.connect(self.take_selection)
        reader.highlight_clicked.connect(self.take_highlight)
        reader.cleared.connect(self.let_go)
        bar.color_chosen.connect(self.highlight_selection)
        bar.tag_requested.connect(self.tag_selection)
        bar.note_requested.connect(self.note_selection)
        bar.copy_requested.connect(self.copy_citation)
        bar.delete_requested.connect(self.delete_active)
        doc_notes.highlight_chosen.connect(self._on_doc_note_chosen)
        session.annotations_changed.connect(lambda _change: self.refresh())

    @property
    def library(self) -> Library | None:
        return self.session.library

    # -- what is in hand ------------------------------------------------------------------

    def document_shown(self) -> None:
        """A new document is on screen: nothing is in hand; read its highlights."""
        self.selection, self.active = None, None
        self.bar.hide()
        self.refresh()

    def refresh(self) -> None:
        """Read the open document's highlights and the library's counts again."""
        lib, doc = self.library, self.current()
        if lib is None or doc is None:
            return
        doc_id = doc.id

        def read() -> tuple[str, list[Highlight], dict[str, int]]:
            return doc_id, lib.highlights(Filter(doc=doc_id)), lib.notes.count_by_doc()

        self.session.run("read highlights", read, on_success=self._on_read)

    def _on_read(self, result: tuple[str, list[Highlight], dict[str, int]]) -> None:
        doc_id, items, counts = result
        doc = self.current()
        if doc is None or doc.id != doc_id:
            return
        self.reader.set_highlights(items, self.active or "")
        self.doc_notes.set_items(items)
        self.counts_read.emit(counts)

    def take_selection(self, start: int, end: int) -> None:
        """[start, end) is selected: the keys and the bar act on it."""
        self.selection, self.active = (start, end), None
        self.reader.set_highlights(self.reader.highlights, "")
        self.bar.show_at(self.reader.cursorRect(self.reader.textCursor()).bottomLeft())

    def take_highlight(self, hid: str) -> None:
        """The highlight ``hid`` is in hand, as when clicked."""
        self.selection, self.active = None, hid
        self.reader.set_highlights(self.reader.highlights, hid)
        h = next((x for x in self.reader.highlights if x.id == hid), None)
        if h is not None:
            cursor = QTextCursor(self.reader.document())
            cursor.setPosition(self.reader.pmap.to_qt(h.end))
            self.bar.show_at(self.reader.cursorRect(cursor).bottomLeft(), h.color)
            self.doc_notes.select(hid)

    def let_go(self) -> None:
        """A click where no highlight is, or Esc: nothing is in hand any more, so the
        number keys and Del have nothing to act on."""
        self.selection, self.active = None, None
        self.reader.set_highlights(self.reader.highlights, "")
        self.bar.hide()

    def target(self) -> Highlight | None:
        """The clicked highlight, while it is on screen (keys never act on one scrolled
        out of sight)."""
        h = next((x for x in self.reader.highlights if x.id == self.active), None)
        return h if h is not None and self.reader.shows(h.start, h.end) else None

    # -- changes --------------------------------------------------------------------------

    def change(
        self, label: str, fn: Callable[[], object], then: Callable[[], None] | None = None
    ) -> None:
        """An annotation change through the Session; a new or edited highlight stays in
        hand."""

        def done(result: object) -> None:
            if isinstance(result, Highlight):
                self.active, self.selection = result.id, None
                # The selection became the highlight: it is no longer selected text.
                cursor = self.reader.textCursor()
                if cursor.hasSelection():
                    cursor.clearSelection()
                    self.reader.setTextCursor(cursor)
            self.bar.hide()
            if then is not None:
                then()

        self.bar.hide()
        self.session.change(label, fn, then=done)

    def _annotate(
        self, label: str, new: dict[str, object], edit: Callable[[Library, Highlight], object]
    ) -> None:
        """Make the selection a highlight with ``new``'s fields, or apply ``edit`` to the
        clicked highlight."""
        lib, doc, target = self.library, self.current(), self.target()
        if lib is None or doc is None:
            return
        doc_id = doc.id
        if self.selection is not None:
            s, e = self.selection
            self.change(label, lambda: lib.add_highlight(doc_id, s, e, **new))  # type: ignore[arg-type]
        elif target is not None:
            self.change(label, lambda: edit(lib, target))

    def highlight_selection(self, color: str | None = None) -> None:
        """Highlight the selection in ``color`` (else the last) or recolour the clicked one."""
        color = color or self._last_color()
        if self.session.settings is not None:
            S.LAST_COLOR.set(self.session.settings, color)
        label = "highlight" if self.selection is not None else "recolour"
        self._annotate(
            label, {"color": color}, lambda lib, t: lib.edit_highlight(t.id, color=color)
        )

    def tag_selection(self, tags: list[str] | None = None) -> None:
        lib, target = self.library, self.target()
        if lib is None or (self.selection is None and target is None):
            return
        if tags is None:
            known = [n for n, _ in lib.tags()]
            dialog = TagDialog(known, list(target.tags) if target else [], self.parent_widget)
            if dialog.exec() != TagDialog.DialogCode.Accepted:
                return
            tags = dialog.tags()
        chosen = tags

        def retag(lib: Library, t: Highlight) -> object:
            keep = {tag_key(x) for x in chosen}
            gone = [x for x in t.tags if tag_key(x) not in keep]
            return lib.edit_highlight(t.id, add_tags=chosen, remove_tags=gone)

        self._annotate("tag", {"color": self._last_color(), "tags": chosen}, retag)

    def note_selection(self, text: str | None = None) -> None:
        doc, target = self.current(), self.target()
        if doc is None or (self.selection is None and target is None):
            return
        if text is None:
            s, e = (target.start, target.end) if target else self.selection  # type: ignore[misc]
            quote = target.quote if target else doc.text[s:e]
            dialog = NoteDialog(quote, target.note if target else "", self.parent_widget)
            if dialog.exec() != NoteDialog.DialogCode.Accepted:
                return
            text = dialog.note()
        note = text
        self._annotate(
            "note",
            {"color": self._last_color(), "note": note},
            lambda lib, t: lib.edit_highlight(t.id, note=note),
        )

    def delete_active(self) -> None:
        lib, target = self.library, self.target()
        if lib is None or target is None:
            return
        self.active = None
        said = self.tr("Deleted · Ctrl+Z to undo")
        self.change(
            "delete",
            lambda: lib.delete_highlights([target.id]),
            lambda: self.session.message.emit(said),
        )

    def copy_citation(self) -> None:
        """The quote and its source on the clipboard, as plain text and as HTML."""
        doc = self.current()
        if doc is None:
            return
        target = self.target()
        if target is None and self.selection is not None:
            s, e = self.selection
            target = Highlight("", doc.id, s, e, doc.text[s:e], "", "")
        if target is None:
            return
        plain, html = citation(target, doc)
        mime = QMimeData()
        mime.setText(plain)
        mime.setHtml(html)
        QApplication.clipboard().setMimeData(mime)
        self.session.message.emit(self.tr("Copied with its citation."))

    def reattach(self, hid: str) -> bool:
        """Put an orphan (or any highlight) on the current selection."""
        lib, doc = self.library, self.current()
        if lib is None or doc is None or self.selection is None:
            self.session.message.emit(self.tr("Select the passage in the reader first."))
            return False
        doc_id, (s, e) = doc.id, self.selection
        self.change("re-attach", lambda: lib.edit_highlight(hid, move_to=(doc_id, s, e)))
        return True

    def _last_color(self) -> str:
        settings = self.session.settings
        return S.LAST_COLOR.get(settings) if settings is not None else "yellow"

    # -- going to a highlight -------------------------------------------------------------

    def hold(self, h: Highlight) -> None:
        """``h`` (in the document shown) is in hand, as if clicked."""
        self.active, self.selection = h.id, None
        doc = self.current()
        if doc is not None and doc.id == h.doc:
            self.reader.set_highlights(self.reader.highlights, h.id)
            self.doc_notes.select(h.id)

    def _on_doc_note_chosen(self, h: Highlight) -> None:
        self.hold(h)
        self.reader.scroll_to_offset(h.start)

    def set_snap_words(self, on: bool) -> None:
        self.reader.snap_words = on
        if self.session.settings is not None:
            S.SNAP_WORDS.set(self.session.settings, on)

    def set_trim_punctuation(self, on: bool) -> None:
        self.reader.trim_punctuation = on
        if self.session.settings is not None:
            S.TRIM_PUNCTUATION.set(self.session.settings, on)
