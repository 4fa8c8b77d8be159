"""Annotating in the window: the selection, highlights, tags, notes, undo, the browser.

Part of :class:`jingdu.ui.main_window.MainWindow`, split out by feature (the window
was 1,200 lines); the attributes used here are built in ``MainWindow._build``.
"""

# The widgets and state used here are built in MainWindow._build; naming each for mypy
# would repeat that method, so attribute checks are off in these parts of the window.
# mypy: disable-error-code="attr-defined"

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QMimeData,
)
from PySide6.QtGui import (
    QTextCursor,
)
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
)

from jingdu.errors import DiskFullError, UserError
from jingdu.library import Library
from jingdu.notes.citation import citation
from jingdu.notes.model import Highlight
from jingdu.notes.store import Filter
from jingdu.notes.tags import key as tag_key
from jingdu.ui.common import settings as S
from jingdu.ui.common.side_panel import NOTES_TAB
from jingdu.ui.export.dialog import ExportDialog
from jingdu.ui.notes.annotation_dialogs import NoteDialog, TagDialog
from jingdu.ui.notes.browser import AnnotationBrowser
from jingdu.ui.notes.tag_manager import TagManager

if TYPE_CHECKING:
    from jingdu.ui.main_window import MainWindow


class AnnotatingMixin(QMainWindow):
    _selection: tuple[int, int] | None
    _active: str | None
    browser: AnnotationBrowser | None
    export_dialog: ExportDialog | None

    def _window(self) -> MainWindow:
        """This object as the window the dialogs it opens belong to."""
        return cast("MainWindow", self)

    # -- annotating -----------------------------------------------------------------------

    def refresh_annotations(self) -> None:
        """Read the open document's highlights and the library's counts again."""
        if self.library is None or self.current is None:
            return
        lib, doc_id = self.library, self.current.id

        def read() -> tuple[str, list[Highlight], dict[str, int]]:
            return doc_id, lib.highlights(Filter(doc=doc_id)), lib.notes.count_by_doc()

        self.worker.submit("read highlights", read, on_success=self._on_annotations_read)

    def _on_annotations_read(self, result: tuple[str, list[Highlight], dict[str, int]]) -> None:
        doc_id, items, counts = result
        if self.current is None or self.current.id != doc_id:
            return
        self.reader.set_highlights(items, self._active or "")
        self.doc_notes.set_items(items)
        self.library_model.update_counts(counts)

    def _on_selection_made(self, start: int, end: int) -> None:
        self._selection, self._active = (start, end), None
        self.reader.set_highlights(self.reader.highlights, "")
        cursor = self.reader.textCursor()
        self.selection_bar.show_at(self.reader.cursorRect(cursor).bottomLeft())

    def _on_highlight_clicked(self, hid: str) -> None:
        self._selection, self._active = None, hid
        self.reader.set_highlights(self.reader.highlights, hid)
        h = next((x for x in self.reader.highlights if x.id == hid), None)
        if h is not None:
            cursor = QTextCursor(self.reader.document())
            cursor.setPosition(self.reader.pmap.to_qt(h.end))
            self.selection_bar.show_at(self.reader.cursorRect(cursor).bottomLeft(), h.color)
            self.doc_notes.select(hid)

    def _on_reader_cleared(self) -> None:
        """A click where no highlight is, or Esc: nothing is in hand any more, so the
        number keys and Del have nothing to act on."""
        self._selection, self._active = None, None
        self.reader.set_highlights(self.reader.highlights, "")
        self.selection_bar.hide()

    def _target(self) -> Highlight | None:
        """The clicked highlight, while it is on screen (keys never act on one scrolled
        out of sight)."""
        h = next((x for x in self.reader.highlights if x.id == self._active), None)
        return h if h is not None and self.reader.shows(h.start, h.end) else None

    def change_annotations(
        self, label: str, fn: Callable[[], object], then: Callable[[], None] | None = None
    ) -> None:
        """An annotation change, on the worker; then every view reads the result back."""

        def done(result: object) -> None:
            if isinstance(result, Highlight):
                self._active = result.id
                self._selection = None
            self.selection_bar.hide()
            self._reread_annotations()
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, UserError):
                raise exc
            if isinstance(exc, DiskFullError):
                self.status_label.setText(self.tr("The disk is full: the change was not saved."))
            else:
                self.status_label.setText(str(exc))
            self._reread_annotations()
            if then is not None:
                then()

        self.worker.submit(label, fn, on_success=done, on_failure=failed)

    def _reread_annotations(self) -> None:
        """After a change: the reader and side list, and the browser and export dialog
        if they are showing (hidden ones read afresh when shown)."""
        self.refresh_annotations()
        if self.browser is not None and self.browser.isVisible():
            self.browser.reload()
        if self.export_dialog is not None and self.export_dialog.isVisible():
            self.export_dialog.refresh()

    def _annotate(
        self, label: str, new: dict[str, object], edit: Callable[[Library, Highlight], object]
    ) -> None:
        """Make the selection a highlight with ``new``'s fields, or apply ``edit`` to the
        clicked highlight."""
        if self.library is None or self.current is None:
            return
        lib, doc_id, target = self.library, self.current.id, self._target()
        if self._selection is not None:
            s, e = self._selection
            self.change_annotations(label, lambda: lib.add_highlight(doc_id, s, e, **new))
        elif target is not None:
            self.change_annotations(label, lambda: edit(lib, target))

    def highlight_selection(self, color: str | None = None) -> None:
        """Highlight the selection in ``color`` (else the last) or recolour the clicked one."""
        if self.library is None or self.current is None:
            return
        color = color or self._last_color()
        if self.settings is not None:
            S.LAST_COLOR.set(self.settings, color)
        label = "highlight" if self._selection is not None else "recolour"
        self._annotate(
            label, {"color": color}, lambda lib, t: lib.edit_highlight(t.id, color=color)
        )

    def tag_selection(self, tags: list[str] | None = None) -> None:
        if self.library is None or self.current is None:
            return
        target = self._target()
        if self._selection is None and target is None:
            return
        if tags is None:
            dialog = TagDialog(
                [n for n, _ in self.library.tags()], list(target.tags) if target else [], self
            )
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
        if self.library is None or self.current is None:
            return
        target = self._target()
        if self._selection is None and target is None:
            return
        if text is None:
            quote = target.quote if target else self.current.text[slice(*self._selection)]  # type: ignore[misc]
            dialog = NoteDialog(quote, target.note if target else "", self)
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
        target = self._target()
        if self.library is None or target is None:
            return
        lib = self.library
        self._active = None

        def said() -> None:
            self.status_label.setText(self.tr("Deleted · Ctrl+Z to undo"))

        self.change_annotations("delete", lambda: lib.delete_highlights([target.id]), said)

    def copy_citation(self) -> None:
        """The quote and its source on the clipboard, as plain text and as HTML."""
        if self.current is None:
            return
        target = self._target()
        if target is None and self._selection is not None:
            s, e = self._selection
            target = Highlight("", self.current.id, s, e, self.current.text[s:e], "", "")
        if target is None:
            return
        plain, html = citation(target, self.current)
        mime = QMimeData()
        mime.setText(plain)
        mime.setHtml(html)
        QApplication.clipboard().setMimeData(mime)
        self.status_label.setText(self.tr("Copied with its citation."))

    def _last_color(self) -> str:
        return S.LAST_COLOR.get(self.settings) if self.settings else "yellow"

    def undo(self) -> None:
        self._history_step("undo")

    def redo(self) -> None:
        self._history_step("redo")

    def _history_step(self, which: str) -> None:
        if self.library is None:
            return
        step = self.library.undo if which == "undo" else self.library.redo

        def done(label: object) -> None:
            self.status_label.setText(
                (self.tr("Undone: %1") if which == "undo" else self.tr("Redone: %1")).replace(
                    "%1", str(label)
                )
            )
            self._reread_annotations()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, UserError):
                raise exc
            self.status_label.setText(str(exc))

        self.worker.submit(which, step, on_success=done, on_failure=failed)

    def _on_doc_notes_requested(self) -> None:
        self.side_dock.show()
        self.side_tabs.setCurrentIndex(NOTES_TAB)
        self.doc_notes.view.setFocus()

    def _on_doc_note_chosen(self, h: Highlight) -> None:
        self._active, self._selection = h.id, None
        self.reader.set_highlights(self.reader.highlights, h.id)
        self.reader.scroll_to_offset(h.start)

    def open_highlight(self, h: Highlight) -> None:
        """Show a highlight in its document (from the browser or search)."""
        self.open_document(h.doc, mark=None if h.orphan else (h.start, h.end))
        self._active = h.id
        if self.current is not None and self.current.id == h.doc:
            self.reader.set_highlights(self.reader.highlights, h.id)
            self.doc_notes.select(h.id)

    def show_browser(self) -> None:
        if self.library is None:
            return
        if self.browser is None:
            self.browser = AnnotationBrowser(self._window())
        self.browser.reload()
        self.browser.show()
        self.browser.raise_()

    def set_snap_words(self, on: bool) -> None:
        self.reader.snap_words = on
        if self.settings is not None:
            S.SNAP_WORDS.set(self.settings, on)

    def set_trim_punctuation(self, on: bool) -> None:
        self.reader.trim_punctuation = on
        if self.settings is not None:
            S.TRIM_PUNCTUATION.set(self.settings, on)

    def show_export(
        self,
        docs: list[str] | None = None,
        tags: list[str] | None = None,
        colors: list[str] | None = None,
    ) -> None:
        """The export dialog, read afresh, its scope narrowed to these (each: all if None)."""
        if self.library is None:
            return
        if self.export_dialog is None:
            self.export_dialog = ExportDialog(self._window())
        self.export_dialog.reload(docs, tags, colors)
        self.export_dialog.show()
        self.export_dialog.raise_()

    def show_tag_manager(self) -> None:
        if self.library is not None:
            TagManager(self._window()).exec()  # its changes re-read the views as they are made

    def reattach(self, hid: str) -> bool:
        """Put an orphan (or any highlight) on the current selection."""
        if self.library is None or self.current is None or self._selection is None:
            self.status_label.setText(self.tr("Select the passage in the reader first."))
            return False
        lib, doc_id, (s, e) = self.library, self.current.id, self._selection
        self.change_annotations(
            "re-attach", lambda: lib.edit_highlight(hid, move_to=(doc_id, s, e))
        )
        return True
