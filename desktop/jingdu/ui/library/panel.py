"""The library pane: a filter box over the grouped list of documents."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from jingdu.ui.library.filter_model import LibraryFilterModel
from jingdu.ui.library.model import LibraryModel
from jingdu.ui.library.view import LibraryView

EXPAND_AT_MOST = 300
"""The filter opens the groups when this many documents or fewer match: a few screens
to look through. More than that (one character typed) is narrowed further first."""


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
