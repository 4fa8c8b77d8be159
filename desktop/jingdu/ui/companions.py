"""The windows beside the reading desk: the annotation browser, the export dialog and
the tag manager. Each is made once, on first use, from the Session; what it asks for
(open a passage, export, re-attach) comes back here as a signal and goes to the desk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from jingdu.ui.notes.annotating import Annotating
from jingdu.ui.session import Session

if TYPE_CHECKING:  # each window's module loads when it is first opened, not at start-up
    from jingdu.ui.export.dialog import ExportDialog
    from jingdu.ui.notes.browser import AnnotationBrowser


class Companions(QObject):
    open_requested = Signal(object)
    """A highlight to show in the reader, the desk brought to the front."""
    desk_wanted = Signal()
    """Bring the reading desk to the front (the user is to select there)."""

    def __init__(self, session: Session, annotating: Annotating, desk: QWidget) -> None:
        super().__init__(desk)
        self.session, self.annotating, self.desk = session, annotating, desk
        self.browser: AnnotationBrowser | None = None
        self.export_dialog: ExportDialog | None = None

    def show_browser(self) -> None:
        if self.session.library is None:
            return
        if self.browser is None:
            from jingdu.ui.notes import browser

            self.browser = browser.AnnotationBrowser(self.session)
            self.browser.open_requested.connect(self.open_requested)
            self.browser.export_requested.connect(self.show_export)
            self.browser.reattach_requested.connect(self._reattach)
        self.browser.reload()
        self.browser.show()
        self.browser.raise_()

    def _reattach(self, hid: str) -> None:
        if self.annotating.reattach(hid):
            self.desk_wanted.emit()

    def show_export(
        self,
        docs: list[str] | None = None,
        tags: list[str] | None = None,
        colors: list[str] | None = None,
    ) -> None:
        """The export dialog, read afresh, its scope narrowed to these (each: all if None)."""
        if self.session.library is None:
            return
        if self.export_dialog is None:
            from jingdu.ui.export import dialog

            self.export_dialog = dialog.ExportDialog(self.session, self.desk)
        self.export_dialog.reload(docs, tags, colors)
        self.export_dialog.show()
        self.export_dialog.raise_()

    def show_tag_manager(self) -> None:
        if self.session.library is not None:
            from jingdu.ui.notes import tag_manager

            tag_manager.TagManager(self.session, self.desk).exec()  # its changes re-read the views

    def close(self) -> None:
        for window in (self.browser, self.export_dialog):
            if window is not None:
                window.close()
