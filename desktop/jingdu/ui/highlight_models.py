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
from jingdu.ui import palette
from jingdu.ui.selection_bar import swatch

HIGHLIGHT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


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
            lines = [_short(h.quote, 60)]
            extra = " ".join(f"#{t}" for t in h.tags)
            if h.note:
                extra = (extra + "  ✎ " + _short(h.note, 40)).strip()
            return "\n".join([*lines, extra] if extra else lines)
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(h.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return h.note or h.quote
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

    def set_items(
        self, items: list[Highlight], titles: dict[str, str], sections: dict[str, str]
    ) -> None:
        self.beginResetModel()
        self.items, self.titles, self.sections = items, titles, sections
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

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
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            value = {
                "Quote": _short(h.quote, 80),
                "Note": _short(h.note, 60),
                "Tags": " ".join(h.tags),
                "Colour": palette.names().get(h.color, h.color),
                "Document": self.titles.get(h.doc, h.doc),
                "Section": self.sections.get(h.id, ""),
                "Date": h.created[:16].replace("T", " "),
            }[col]
            if role == SORT_ROLE and col == "Date":
                return h.created
            if col == "Quote" and h.orphan and role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("HighlightTableModel", "[orphan] ") + value
            return value
        if role == Qt.ItemDataRole.DecorationRole and col == "Colour":
            return swatch(h.color)
        if role == Qt.ItemDataRole.ToolTipRole and col in ("Quote", "Note"):
            return h.quote if col == "Quote" else h.note
        if role == HIGHLIGHT_ROLE:
            return h
        return None
