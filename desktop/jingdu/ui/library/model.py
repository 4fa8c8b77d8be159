"""The library list: documents grouped by their source file."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from jingdu.library import DocumentSummary
from jingdu.ui.common.plain import tooltip
from jingdu.ui.common.two_level_model import TwoLevelModel

DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SECONDARY_ROLE = Qt.ItemDataRole.UserRole + 2
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 3
"""The row's DocumentSummary (for the context menu)."""
"""A second, muted line under the title: authors and source."""
_Index = QModelIndex | QPersistentModelIndex
ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
"""Every row's (a group is chosen as its first piece)."""


@dataclass
class SourceGroup:
    """A source file split into several documents (a compilation)."""

    source: str
    docs: list[DocumentSummary] = field(default_factory=list)


Node = SourceGroup | DocumentSummary


class LibraryModel(TwoLevelModel):
    """Top level: single-document sources as documents, split sources as groups.

    Internal ids: 0 for top-level rows, ``group row + 1`` for a group's children.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._top: list[Node] = []

    def update_counts(self, counts: dict[str, int]) -> None:
        """New highlight counts, without resetting the view (selection and expansion stay)."""
        for row, node in enumerate(self._top):
            group = node.docs if isinstance(node, SourceGroup) else [node]
            parent = self.index(row, 0) if isinstance(node, SourceGroup) else QModelIndex()
            for crow, d in enumerate(group):
                if d.highlights != counts.get(d.id, 0):
                    new = replace(d, highlights=counts.get(d.id, 0))
                    if isinstance(node, SourceGroup):
                        node.docs[crow] = new
                    else:
                        self._top[row] = new
                    idx = self.index(crow if isinstance(node, SourceGroup) else row, 0, parent)
                    self.dataChanged.emit(idx, idx)

    def set_documents(self, docs: list[DocumentSummary]) -> None:
        self.beginResetModel()
        by_source: dict[str, list[DocumentSummary]] = {}
        for d in docs:
            by_source.setdefault(d.source, []).append(d)
        self._top = []
        for source, items in by_source.items():
            if len(items) == 1 and items[0].part == 0:
                self._top.append(items[0])
            else:
                self._top.append(SourceGroup(source, sorted(items, key=lambda d: d.part)))
        self.endResetModel()

    # -- structure -------------------------------------------------------------

    def top_count(self) -> int:
        return len(self._top)

    def top_nodes(self) -> list[Node]:
        return self._top

    def child_count(self, row: int) -> int:
        node = self._top[row]
        return len(node.docs) if isinstance(node, SourceGroup) else 0

    def node(self, index: _Index) -> Node | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._top[index.row()]
        group = self._top[index.internalId() - 1]
        assert isinstance(group, SourceGroup)
        return group.docs[index.row()]

    # -- data ------------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        col = index.column()
        if isinstance(node, SourceGroup):
            # A compilation has no title of its own: it is named by its first piece (its
            # file name, often a code, is in the tooltip). Choosing it opens that piece.
            if role == Qt.ItemDataRole.DisplayRole and col == 0:
                return self.tr("Compilation of %n piece(s): %1", "", len(node.docs)).replace(
                    "%1", node.docs[0].title if node.docs else node.source
                )
            if role == SECONDARY_ROLE:
                total = sum(d.highlights for d in node.docs)
                return self.tr("%n highlight(s)", "", total) if total else ""
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip(
                    QCoreApplication.translate(
                        "LibraryModel", "A compilation split into %1 pieces"
                    ).replace("%1", str(len(node.docs)))
                    + "\n"
                    + node.source
                )
            if role == DOC_ID_ROLE and node.docs:
                return node.docs[0].id
            return None
        if role == Qt.ItemDataRole.DisplayRole and col == 0:
            return node.title
        if role == SECONDARY_ROLE:
            # Authors, the piece's number in a compilation, highlights; the source file's
            # name (often a code) is in the tooltip.
            where = f"#{node.part}" if node.part else ""
            marks = self.tr("%n highlight(s)", "", node.highlights) if node.highlights else ""
            return " · ".join(x for x in ("、".join(node.authors), where, marks) if x)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [node.title]
            if node.authors:
                lines.append("、".join(node.authors))
            lines.append(
                QCoreApplication.translate("LibraryModel", "%1 characters · %2")
                .replace("%1", f"{node.chars:,}")
                .replace("%2", node.source)
            )
            return tooltip("\n".join(lines))
        if role == DOC_ID_ROLE:
            return node.id
        if role == DOCUMENT_ROLE:
            return node
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("LibraryModel", "Title")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return ROW_FLAGS

    def documents(self) -> list[DocumentSummary]:
        """Every document, in the order the list shows them."""
        out: list[DocumentSummary] = []
        for node in self._top:
            out += node.docs if isinstance(node, SourceGroup) else [node]
        return out

    def index_of(self, doc_id: str) -> QModelIndex:
        for row, node in enumerate(self._top):
            if isinstance(node, SourceGroup):
                for crow, d in enumerate(node.docs):
                    if d.id == doc_id:
                        return self.index(crow, 0, self.index(row, 0))
            elif node.id == doc_id:
                return self.index(row, 0)
        return QModelIndex()
