"""Qt models over highlights: a list for the open document, a table for the whole library."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from jingdu.notes.model import Highlight
from jingdu.ui.common import palette
from jingdu.ui.common.palette import swatch
from jingdu.ui.common.plain import one_line, tooltip

HIGHLIGHT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


class HighlightListModel(QAbstractListModel):
    """The open document's highlights in reading order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[Highlight] = []

    def set_items(self, items: list[Highlight]) -> None:
        self.beginResetModel()
        self.items = sorted(items, key=lambda h: (h.start, h.end))
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        h = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [one_line(h.quote, 60)]
            extra = " ".join(f"#{t}" for t in h.tags)
            if h.note:
                extra = (extra + "  ✎ " + one_line(h.note, 40)).strip()
            return "\n".join([*lines, extra] if extra else lines)
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(h.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(h.note or h.quote)
        if role == HIGHLIGHT_ROLE:
            return h
        return None

    def row_of(self, hid: str) -> int:
        return next((i for i, h in enumerate(self.items) if h.id == hid), -1)


class HighlightTableModel(QAbstractTableModel):
    """Every highlight of a selection, one row each; sortable by any column through a proxy."""

    COLUMNS = ("Quote", "Note", "Tags", "Colour", "Document", "Section", "Date")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[Highlight] = []
        self.titles: dict[str, str] = {}
        self.sections: dict[str, str] = {}
        self.folded: list[str] = []
        self._color_names: dict[str, str] = {}
        self.sort_column, self.sort_order = -1, Qt.SortOrder.AscendingOrder

    def set_items(
        self,
        items: list[Highlight],
        titles: dict[str, str],
        sections: dict[str, str],
        folded: list[str] | None = None,
    ) -> None:
        """``folded``: each item's quote, note and tags folded for filtering (made off the GUI
        thread: folding 10,000 notes takes longer than a filter may)."""
        self.beginResetModel()
        self.items, self.titles, self.sections = items, titles, sections
        self.folded = folded if folded is not None else [""] * len(items)
        self._color_names = palette.names()
        self.endResetModel()
        self.sort(self.sort_column, self.sort_order)

    def set_sections(self, sections: dict[str, str]) -> None:
        """Each highlight's section (by id), read after the rows."""
        self.sections = sections
        if not self.items:
            return
        column = self.COLUMNS.index("Section")
        if self.sort_column == column:
            self.sort(self.sort_column, self.sort_order)
        self.dataChanged.emit(self.index(0, column), self.index(len(self.items) - 1, column))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, with one key per row: a sorting proxy asks data() twice per
        comparison, which on 10,000 rows took most of a second."""
        if not 0 <= column < len(self.COLUMNS):
            return
        col = self.COLUMNS[column]
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.items[i.row()].id if i.isValid() else "" for i in persistent]
        key = (lambda h: h.created) if col == "Date" else (lambda h: self._value(h, col, True))
        rows = sorted(
            range(len(self.items)),
            key=lambda r: key(self.items[r]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.items = [self.items[r] for r in rows]
        self.folded = [self.folded[r] for r in rows]
        where = {h.id: r for r, h in enumerate(self.items)}
        for index, hid in zip(persistent, ids, strict=True):
            if hid in where:
                self.changePersistentIndex(index, self.index(where[hid], index.column()))
        self.layoutChanged.emit()

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = {
                "Quote": QCoreApplication.translate("HighlightTableModel", "Quote"),
                "Note": QCoreApplication.translate("HighlightTableModel", "Note"),
                "Tags": QCoreApplication.translate("HighlightTableModel", "Tags"),
                "Colour": QCoreApplication.translate("HighlightTableModel", "Colour"),
                "Document": QCoreApplication.translate("HighlightTableModel", "Document"),
                "Section": QCoreApplication.translate("HighlightTableModel", "Section"),
                "Date": QCoreApplication.translate("HighlightTableModel", "Date"),
            }
            return names[self.COLUMNS[section]]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        h = self.items[index.row()]
        col = self.COLUMNS[index.column()]
        if role == SORT_ROLE:
            # Sorting asks twice per comparison: only the one column, unshortened.
            return h.created if col == "Date" else self._value(h, col, full=True)
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._value(h, col, full=False)
            if col == "Quote" and h.orphan:
                return QCoreApplication.translate("HighlightTableModel", "[orphan] ") + value
            return value
        if role == Qt.ItemDataRole.DecorationRole and col == "Colour":
            return swatch(h.color)
        if role == Qt.ItemDataRole.ToolTipRole and col in ("Quote", "Note"):
            return tooltip(h.quote if col == "Quote" else h.note)
        if role == HIGHLIGHT_ROLE:
            return h
        return None

    def _value(self, h: Highlight, col: str, full: bool) -> str:
        if col == "Quote":
            return h.quote if full else one_line(h.quote, 80)
        if col == "Note":
            return h.note if full else one_line(h.note, 60)
        if col == "Tags":
            return " ".join(h.tags)
        if col == "Colour":
            return self._color_names.get(h.color, h.color)
        if col == "Document":
            return self.titles.get(h.doc, h.doc)
        if col == "Section":
            return self.sections.get(h.id, "")
        return h.created[:16].replace("T", " ")
