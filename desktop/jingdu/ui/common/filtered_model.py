"""A filtered view of a table model whose rows are chosen by Python, once per change.

Qt's QSortFilterProxyModel calls back into Python for every row and keeps a mapping it
rebuilds in steps that also call back: at 100,000 annotations a filter change took
most of a second. Here a subclass says which source rows to show (:meth:`rows_shown`,
typically one list comprehension over the model's own lists) and the proxy is reset
with them: the view then asks only for the rows it paints.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


class RowFilter(QAbstractProxyModel):
    """Shows the source rows :meth:`rows_shown` returns, in source order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[int] = []
        self._where: dict[int, int] | None = None  # source row -> row here, when asked
        self._held: list[tuple[QModelIndex, QPersistentModelIndex]] = []

    def rows_shown(self) -> list[int]:
        """The source rows to show; subclasses filter. (Every row, here.)"""
        return list(range(self.sourceModel().rowCount()))

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.refilter)
        model.layoutAboutToBeChanged.connect(self._source_layout_changing)
        model.layoutChanged.connect(self._source_layout_changed)
        model.dataChanged.connect(self._source_changed)
        self.refilter()

    def _source_layout_changing(self, *_: object) -> None:
        # The source reorders its rows (a sort): the rows held here (a selection, the
        # current one) follow their source rows, as the source moves them.
        self.layoutAboutToBeChanged.emit()
        self._held = [
            (held, QPersistentModelIndex(self.mapToSource(held)))
            for held in self.persistentIndexList()
        ]

    def _source_layout_changed(self, *_: object) -> None:
        self._rows = self.rows_shown()
        self._where = None
        for held, source in self._held:
            self.changePersistentIndex(held, self.mapFromSource(source))
        self._held = []
        self.layoutChanged.emit()

    def refilter(self, *_: object) -> None:
        self.beginResetModel()
        self._rows = self.rows_shown()
        self._where = None
        self.endResetModel()

    def source_rows(self) -> list[int]:
        return self._rows

    def _source_changed(self, top: QModelIndex, bottom: QModelIndex, roles: Any = ()) -> None:
        if self._rows:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, last))

    # -- QAbstractProxyModel ---------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if parent.isValid() or not (0 <= row < len(self._rows)):
            return QModelIndex()
        if not 0 <= column < self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.sourceModel().columnCount()

    def mapToSource(self, index: _Index) -> QModelIndex:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return QModelIndex()
        return self.sourceModel().index(self._rows[index.row()], index.column())

    def mapFromSource(self, index: _Index) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        if self._where is None:
            self._where = {source: row for row, source in enumerate(self._rows)}
        row = self._where.get(index.row())
        return QModelIndex() if row is None else self.createIndex(row, index.column())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return self.sourceModel().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts (it emits layoutChanged, and the rows are chosen anew)."""
        self.sourceModel().sort(column, order)
