"""The quotations index as a table model (passage, documents, first, last by date) and
the proxy that narrows it by the number of documents and by words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from jingdu.search.fold import fold
from jingdu.study.quotes import DEFAULT_MIN_DOCS, Quote
from jingdu.ui.common.plain import one_line, tooltip

QUOTE_ROLE = Qt.ItemDataRole.UserRole + 12
OCCURRENCE_ROLE = Qt.ItemDataRole.UserRole + 13
SORT_ROLE = Qt.ItemDataRole.UserRole + 14
ROW_CHARS = 120
TITLE_CHARS = 14
"""A title beside a date is cut to this (its tooltip has it whole)."""
_Index = QModelIndex | QPersistentModelIndex


class QuotesModel(QAbstractTableModel):
    COLUMNS = 4  # passage, documents, first, last

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.quotes: list[Quote] = []

    def set_quotes(self, quotes: list[Quote]) -> None:
        self.beginResetModel()
        self.quotes = quotes
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.quotes)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Passage"), self.tr("Documents"), self.tr("First"), self.tr("Last")][
            section
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        q, col = self.quotes[index.row()], index.column()
        if role == QUOTE_ROLE:
            return q
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == 0:
                return one_line(q.text, ROW_CHARS)
            if col == 1:
                return len(q.docs) if role == SORT_ROLE else str(len(q.docs))
            doc = q.first if col == 2 else q.last
            if doc is None:
                return "" if role == SORT_ROLE else "—"
            if role == SORT_ROLE:
                return q.dates[doc]
            return f"{q.dates[doc]} {one_line(q.titles[doc], TITLE_CHARS)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 0:
                return tooltip(q.text)
            doc = q.first if col == 2 else q.last if col == 3 else None
            return tooltip(q.titles[doc]) if doc is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class NarrowedQuotes(QSortFilterProxyModel):
    """Passages quoted in at least ``min_docs`` documents, holding every word typed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.min_docs = DEFAULT_MIN_DOCS
        self.words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def narrow(self, min_docs: int, words: list[str]) -> None:
        self.beginFilterChange()
        self.min_docs, self.words = min_docs, words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, QuotesModel)
        q = model.quotes[row]
        if len(q.docs) < self.min_docs:
            return False
        if not self.words:
            return True
        text = fold(q.text + "\n" + "\n".join(q.titles.values()))
        return all(w in text for w in self.words)
