"""The outline of the open document as a tree of headings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from jingdu.corpus.document import OutlineEntry
from jingdu.ui.common.plain import tooltip

OFFSET_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


@dataclass
class _Node:
    entry: OutlineEntry | None
    parent: int  # index into the node list; -1 for the invisible root
    row: int
    children: list[int] = field(default_factory=list)


class OutlineModel(QAbstractItemModel):
    """Headings nested by level. Internal id = node index + 1 (0 is the root)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._nodes: list[_Node] = [_Node(None, -1, 0)]

    def set_outline(self, outline: list[OutlineEntry]) -> None:
        self.beginResetModel()
        nodes = [_Node(None, -1, 0)]
        stack: list[tuple[int, int]] = [(-1, 0)]  # (level, node index)
        for entry in outline:
            while len(stack) > 1 and stack[-1][0] >= entry.level:
                stack.pop()
            parent = stack[-1][1]
            node = _Node(entry, parent, len(nodes[parent].children))
            nodes.append(node)
            nodes[parent].children.append(len(nodes) - 1)
            stack.append((entry.level, len(nodes) - 1))
        self._nodes = nodes
        self.endResetModel()

    def _node_index(self, index: _Index) -> int:
        return index.internalId() - 1 if index.isValid() else 0

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        child = self._nodes[self._node_index(parent)].children[row]
        return self.createIndex(row, column, child + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._nodes[self._node_index(index)].parent
        if parent <= 0:
            return QModelIndex()
        return self.createIndex(self._nodes[parent].row, 0, parent + 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._nodes[self._node_index(parent)].children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._nodes[self._node_index(index)].entry
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(entry.title)  # headings come from imported files
        if role == OFFSET_ROLE:
            return entry.start
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def entry_at(self, offset: int) -> QModelIndex:
        """The last heading at or before a code-point offset: the section being read."""
        best = -1
        for i, node in enumerate(self._nodes[1:], start=1):
            entry = node.entry
            if entry is not None and entry.start <= offset:
                best_entry = self._nodes[best].entry if best > 0 else None
                if best_entry is None or entry.start >= best_entry.start:
                    best = i
        return self.createIndex(self._nodes[best].row, 0, best + 1) if best > 0 else QModelIndex()

    def find(self, title: str) -> QModelIndex:
        """The first heading with this title (for tests and deep links)."""
        for i, node in enumerate(self._nodes[1:], start=1):
            if node.entry is not None and node.entry.title == title:
                return self.createIndex(node.row, 0, i + 1)
        return QModelIndex()
