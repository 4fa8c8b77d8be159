"""The library pane: a filter box over the grouped list of documents."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from jingdu.search.fold import fold
from jingdu.ui.library.model import LibraryModel, Node, SourceGroup
from jingdu.ui.library.view import LibraryView

_Index = QModelIndex | QPersistentModelIndex
EXPAND_AT_MOST = 300
"""The filter opens the groups when this many documents or fewer match: a few screens
to look through. More than that (one character typed) is narrowed further first."""


class LibraryFilterModel(QSortFilterProxyModel):
    """Keeps documents whose title, authors or source contain the filter (folded like
    search), and the groups that hold one or whose file name does.

    The rows kept are worked out once per change, over folded texts kept by row:
    Qt's own recursive filtering asked the Python model for parents some millions of
    times a keystroke in a library of 4,000 documents (seconds)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._kept: set[tuple[str, str]] | None = None
        self._folded: dict[str, str] = {}

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        # Before the proxy filters the new rows, what it keeps is worked out anew.
        model.modelAboutToBeReset.connect(self._forget)

    def _forget(self) -> None:
        self._kept = None

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self._kept = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _fold(self, text: str) -> str:
        got = self._folded.get(text)
        if got is None:
            got = self._folded[text] = fold(text)
        return got

    def warm(self) -> None:
        """Fold every row's text now (the filter box got the focus): the first keystroke
        then only looks them up."""
        needle, self._needle, kept = self._needle, "", self._kept
        self._kept = None
        self._kept_rows()
        self._needle, self._kept = needle, kept

    def _kept_rows(self) -> set[tuple[str, str]]:
        if self._kept is None:
            model = self.sourceModel()
            assert isinstance(model, LibraryModel)
            needle, kept = self._needle, set[tuple[str, str]]()
            for node in model.top_nodes():
                docs = node.docs if isinstance(node, SourceGroup) else [node]
                found = [
                    d.id
                    for d in docs
                    if needle in self._fold(" ".join([d.title, *d.authors, d.source, d.id]))
                ]
                kept.update(("doc", d) for d in found)
                if isinstance(node, SourceGroup) and (found or needle in self._fold(node.source)):
                    kept.add(("group", node.source))
            self._kept = kept
        return self._kept

    def kept_documents(self) -> int:
        return sum(1 for kind, _ in self._kept_rows() if kind == "doc")

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, LibraryModel)
        top = model.top_nodes()  # (not model.index: each costs a Python call or three)
        if source_parent.isValid():
            group = top[source_parent.row()]
            assert isinstance(group, SourceGroup)
            node: Node = group.docs[source_row]
        else:
            node = top[source_row]
        if isinstance(node, SourceGroup):
            return ("group", node.source) in self._kept_rows()
        return ("doc", node.id) in self._kept_rows()


class LibraryPanel(QWidget):
    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = LibraryFilterModel(self)
        self.proxy.setSourceModel(model)
        self.filter = QLineEdit()
        self.filter.setObjectName("library_filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Filter by title, author or file"))
        self.filter.setAccessibleName(self.tr("Filter the library"))
        self.filter.installEventFilter(self)
        self.view = LibraryView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Library"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        self.filter.textChanged.connect(self._on_filter_changed)

    def _on_filter_changed(self, text: str) -> None:
        # Every expanded row is a persistent index the proxy must map anew through the
        # Python model when the rows change (seconds, in a library of 4,000 documents).
        self.view.collapseAll()
        self.proxy.set_needle(text)
        if text.strip() and self.proxy.kept_documents() <= EXPAND_AT_MOST:
            self.view.expandAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down (or Enter) in the filter box goes into the list, as in a file chooser."""
        if watched is self.filter and event.type() == QEvent.Type.FocusIn:
            self.proxy.warm()
        if watched is self.filter and isinstance(event, QKeyEvent):
            key = event.key() if event.type() == QEvent.Type.KeyPress else None
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.view.setFocus()
                if not self.view.currentIndex().isValid() and self.proxy.rowCount():
                    self.view.setCurrentIndex(self.proxy.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def focus_filter(self) -> None:
        """Ctrl+L: type to narrow the list (Down then moves into it)."""
        self.filter.setFocus()
        self.filter.selectAll()

    def select(self, doc_id: str) -> bool:
        source = self.model.index_of(doc_id)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        self.view.expand(index.parent())
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True
