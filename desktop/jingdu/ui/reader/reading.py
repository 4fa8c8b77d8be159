"""Reading: which document is open and where, the outline following it, positions
remembered between visits, and Back/Forward over jumps (Alt+← / Alt+→, as in a
browser, Zotero or calibre).

A controller: it loads documents through the Session and drives the reader, the
outline and the library's selection; ``shown`` tells the window a document is on
screen.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QItemSelection, QModelIndex, QObject, QTimer, Signal
from PySide6.QtWidgets import QMenu, QTreeView

from jingdu.corpus.document import Document
from jingdu.errors import UserError
from jingdu.library import DocumentSummary
from jingdu.ui.common import settings as S
from jingdu.ui.common.messages import user_text
from jingdu.ui.library.model import DOC_ID_ROLE
from jingdu.ui.library.panel import LibraryPanel
from jingdu.ui.reader.find_bar import FindBar
from jingdu.ui.reader.outline_model import OFFSET_ROLE, OutlineModel
from jingdu.ui.reader.view import ReaderView
from jingdu.ui.session import Session

POSITION_SAVED_AFTER_MS = 400
MAX_HISTORY = 100

Place = tuple[str, int]
"""A document id and the offset at the top of the reader."""


class Reading(QObject):
    shown = Signal(object)
    """A document is on screen (its Document)."""
    history_changed = Signal(bool, bool)
    """Whether Back and Forward have somewhere to go."""

    def __init__(
        self,
        session: Session,
        reader: ReaderView,
        find_bar: FindBar,
        outline_view: QTreeView,
        outline_model: OutlineModel,
        library_panel: LibraryPanel,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.reader, self.find_bar = reader, find_bar
        self.outline_view, self.outline_model = outline_view, outline_model
        self.library_panel = library_panel
        self.current: Document | None = None
        self.pending_open: str | None = None
        """A document asked for before the library was open."""
        self._pending: tuple[int, int] | int | None = None
        """Where to show the document being loaded: a passage to mark, or an offset."""
        self._loading: str | None = None
        """The document being loaded."""
        self._back: list[Place] = []
        self._forward: list[Place] = []
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(POSITION_SAVED_AFTER_MS)
        self._position_timer.timeout.connect(self.save_position)
        library_panel.view.selectionModel().selectionChanged.connect(self._on_library_selection)
        outline_view.activated.connect(self._on_outline_activated)
        outline_view.clicked.connect(self._on_outline_activated)
        reader.position_changed.connect(self._on_position_changed)

    # -- opening ---------------------------------------------------------------------------

    def open_document(self, doc_id: str, mark: tuple[int, int] | None = None) -> None:
        """Show a document; ``mark`` scrolls to and marks a passage (code points). A jump
        to another document, or to a marked passage, can be gone back from."""
        if self.session.library is None:
            self.pending_open, self._pending = doc_id, mark
            return
        if self.current is not None and self.current.id == doc_id:
            if mark is not None:
                self.remember_place()
                self.reader.scroll_to_offset(mark[0], mark)
            return
        self.remember_place()
        self._load(doc_id, mark)

    def open_first(self, docs: list[DocumentSummary]) -> None:
        """At start: the document asked for (``--open``), else the last one read, else
        the library's first."""
        settings = self.session.settings
        target = self.pending_open or (S.LAST_DOCUMENT.get(settings) if settings else "")
        doc_id = self._resolve(target) if target else ""
        if not (doc_id and self.library_panel.select(doc_id)) and docs:
            self.library_panel.select(docs[0].id)

    def _resolve(self, ref: str) -> str:
        """The document id for ``ref``, or "" (with a status message) when there is none."""
        assert self.session.library is not None
        try:
            return self.session.library.resolve(ref)
        except UserError as exc:
            self.session.message.emit(user_text(exc))
            return ""

    def _load(self, doc_id: str, where: tuple[int, int] | int | None) -> None:
        lib = self.session.library
        if lib is None:
            return
        self._pending, self._loading = where, doc_id
        self.library_panel.select(doc_id)  # (its selection signal knows it is ours)
        self.session.run("load document", lib.document, doc_id, on_success=self.show)

    def reload_current(self) -> None:
        """Show the open document as it is stored now (renamed or replaced)."""
        if self.current is not None:
            self._load(self.current.id, self.reader.offset_at_top())

    def _on_library_selection(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        doc_id = indexes[0].data(DOC_ID_ROLE) if indexes else None
        if not doc_id or doc_id == self._loading:
            return
        if self.current is None or self.current.id != doc_id:
            # Asked for before the library was open (a passage to mark, say), or chosen
            # in the list: a jump like any other.
            where = self._pending if doc_id == self.pending_open else None
            self.pending_open = None
            self.remember_place()
            self._load(doc_id, where)

    def show(self, doc: Document) -> None:
        settings = self.session.settings
        if self.current is not None and settings is not None:
            S.save_position(settings, self.current.id, self.reader.offset_at_top())
        self.current = doc
        where, self._pending, self._loading = self._pending, None, None
        if isinstance(where, int):
            offset = where
        elif where is None and settings is not None:
            offset = S.positions(settings).get(doc.id, 0)
        else:
            offset = 0
        self.reader.show_document(doc, offset)
        if isinstance(where, tuple):
            self.reader.scroll_to_offset(where[0], where)
        self.outline_model.set_outline(doc.outline)
        self.outline_view.expandAll()
        self._on_position_changed(self.reader.offset_at_top())
        if self.find_bar.isVisible():
            self.find_bar.refresh()
        if settings is not None:
            S.LAST_DOCUMENT.set(settings, doc.id)
            S.add_recent(settings, doc.id)
        self.shown.emit(doc)

    def step(self, step: int) -> None:
        """The next (``step`` 1) or previous (-1) document in the library's order."""
        ids = [d.id for d in self.library_panel.model.documents()]
        if not ids:
            return
        i = (
            ids.index(self.current.id)
            if self.current is not None and self.current.id in ids
            else -step
        )
        self.open_document(ids[(i + step) % len(ids)])

    def fill_recent(self, menu: QMenu) -> None:
        """File > Recent documents: the last opened, that are still in the library."""
        menu.clear()
        titles = {d.id: d.title for d in self.library_panel.model.documents()}
        settings = self.session.settings
        ids = [i for i in S.recent(settings) if i in titles] if settings else []
        for n, doc_id in enumerate(ids, start=1):
            # A number to pick it by; an & in a title is shown, not taken as a mnemonic.
            label = f"&{n % 10}  {titles[doc_id].replace('&', '&&')}"
            menu.addAction(label, partial(self.open_document, doc_id))
        if not ids:
            menu.addAction(self.tr("No documents yet")).setEnabled(False)

    def print_document(self) -> None:
        """Ctrl+P: the document as the reader shows it, through a print preview."""
        # Qt's print support loads on first use, not at every start.
        from jingdu.ui.reader.printing import print_preview

        if self.current is not None:
            print_preview(self.reader, self.current.title, self.reader.window()).exec()

    # -- back and forward ---------------------------------------------------------------

    def _here(self) -> Place | None:
        return (self.current.id, self.reader.offset_at_top()) if self.current is not None else None

    def remember_place(self) -> None:
        """About to jump: the place left is where Back returns."""
        here = self._here()
        if here is not None and (not self._back or self._back[-1] != here):
            self._back.append(here)
            del self._back[:-MAX_HISTORY]
        self._forward.clear()
        self.history_changed.emit(bool(self._back), False)

    def jump_to(self, offset: int) -> None:
        """Scroll to ``offset`` of the open document, as a jump Back can undo."""
        self.remember_place()
        self.reader.scroll_to_offset(offset)

    def back(self) -> None:
        self._travel(self._back, self._forward)

    def forward(self) -> None:
        self._travel(self._forward, self._back)

    def _travel(self, source: list[Place], other: list[Place]) -> None:
        here = self._here()
        if not source or here is None:
            return
        other.append(here)
        doc_id, offset = source.pop()
        if self.current is not None and doc_id == self.current.id:
            self.reader.scroll_to_offset(offset)
        else:
            self._load(doc_id, offset)
        self.history_changed.emit(bool(self._back), bool(self._forward))

    # -- position and outline ---------------------------------------------------------------

    def _on_outline_activated(self, index: QModelIndex) -> None:
        offset = index.data(OFFSET_ROLE)
        if offset is not None:
            self.jump_to(int(offset))

    def _on_position_changed(self, offset: int) -> None:
        self._position_timer.start()
        # Follow the reading position in the outline: the last heading at or above it.
        best = self.outline_model.entry_at(offset)
        if best.isValid() and best != self.outline_view.currentIndex():
            blocker = self.outline_view.selectionModel().blockSignals(True)
            self.outline_view.setCurrentIndex(best)
            self.outline_view.selectionModel().blockSignals(blocker)

    def save_position(self) -> None:
        settings = self.session.settings
        if self.current is not None and settings is not None:
            S.save_position(settings, self.current.id, self.reader.offset_at_top())
