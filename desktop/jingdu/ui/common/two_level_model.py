"""A model of two levels — groups and their items — as the library list (sources and
their documents) and the search results (documents and their passages) are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex

_Index = QModelIndex | QPersistentModelIndex


class TwoLevelIndexes:
    """Qt's index bookkeeping for two levels, for a model or a proxy (mixed in before
    the Qt class). A top-level row has internal id 0; a child's internal id is its
    group's row + 1. Subclasses say how many rows there are."""

    if TYPE_CHECKING:  # from the Qt class it is mixed into

        def createIndex(self, row: int, column: int, id: int = 0) -> QModelIndex: ...

    def top_count(self) -> int:
        raise NotImplementedError

    def child_count(self, row: int) -> int:
        """How many items the top-level row ``row`` holds (0 for a lone item)."""
        raise NotImplementedError

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 1  # a list

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        # Bounds checked here rather than by hasIndex, which calls back into Python for
        # the counts: a view of thousands of rows asks for tens of thousands of indexes.
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < self.top_count() else QModelIndex()
        if (
            parent.internalId() != 0
            or parent.column() != 0
            or row >= self.child_count(parent.row())
        ):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if not parent.isValid():
            return self.top_count()
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return self.child_count(parent.row())


class TwoLevelModel(TwoLevelIndexes, QAbstractItemModel):  # type: ignore[misc]
    """A two-level model (see :class:`TwoLevelIndexes`)."""
