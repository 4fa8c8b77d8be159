"""The side panel listing the open document's highlights, filterable by colour and tag."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListView, QVBoxLayout, QWidget

from jingdu.notes.model import COLORS, Highlight
from jingdu.notes.tags import is_under
from jingdu.ui.common import palette
from jingdu.ui.common.palette import swatch
from jingdu.ui.notes.highlight_models import HIGHLIGHT_ROLE, HighlightListModel


class _Filter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.color = ""
        self.tag = ""

    def set(self, color: str, tag: str) -> None:
        self.beginFilterChange()
        self.color, self.tag = color, tag
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # type: ignore[override]
        h: Highlight = self.sourceModel().index(row, 0, parent).data(HIGHLIGHT_ROLE)
        if self.color and h.color != self.color:
            return False
        return not self.tag or any(is_under(t, self.tag) for t in h.tags)


class DocNotesPanel(QWidget):
    """The open document's highlights in reading order; choosing one scrolls the reader to it."""

    highlight_chosen = Signal(Highlight)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HighlightListModel(self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.color_box = QComboBox()
        self.color_box.setObjectName("doc_notes_color")
        self.color_box.setAccessibleName(self.tr("Colour"))
        self.color_box.addItem(self.tr("All colours"), "")
        names = palette.names()
        for c in COLORS:
            self.color_box.addItem(swatch(c), names[c], c)
        self.tag_box = QComboBox()
        self.tag_box.setObjectName("doc_notes_tag")
        self.tag_box.setAccessibleName(self.tr("Tag"))
        self.view = QListView()
        self.view.setObjectName("doc_notes_view")
        self.view.setAccessibleName(self.tr("Annotations of this document"))
        self.view.setModel(self.proxy)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setAlternatingRowColors(True)
        self.empty = QLabel(self.tr("No highlights yet. Select a passage and press H."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        filters = QHBoxLayout()
        filters.addWidget(self.color_box, 1)
        filters.addWidget(self.tag_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.color_box.currentIndexChanged.connect(self._refilter)
        self.tag_box.currentIndexChanged.connect(self._refilter)
        self.view.activated.connect(self._choose)
        self.view.clicked.connect(self._choose)
        self.set_items([])

    def set_items(self, items: list[Highlight]) -> None:
        self.model.set_items(items)
        wanted = self.tag_box.currentData() or ""
        tags = sorted({t for h in items for t in h.tags}, key=str.casefold)
        self.tag_box.blockSignals(True)
        self.tag_box.clear()
        self.tag_box.addItem(self.tr("All tags"), "")
        for t in tags:
            self.tag_box.addItem("#" + t, t)
        self.tag_box.setCurrentIndex(max(0, self.tag_box.findData(wanted)))
        self.tag_box.blockSignals(False)
        self._refilter()

    def _refilter(self) -> None:
        self.proxy.set(self.color_box.currentData() or "", self.tag_box.currentData() or "")
        self.empty.setVisible(self.proxy.rowCount() == 0)
        if self.model.items and self.proxy.rowCount() == 0:
            self.empty.setText(self.tr("No highlight matches these filters."))
        elif not self.model.items:
            self.empty.setText(self.tr("No highlights yet. Select a passage and press H."))

    def select(self, hid: str) -> None:
        row = self.model.row_of(hid)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _choose(self, index: QModelIndex) -> None:
        h = index.data(HIGHLIGHT_ROLE)
        if h is not None:
            self.highlight_chosen.emit(h)
