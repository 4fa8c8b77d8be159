"""The concordance's lines as a table: document, left context, match, right context, date.

The model sorts itself (a Python key per column, one sort of a list) and the filter
by document is a :class:`RowFilter`: a proxy that asked Python about every row would
make 5,000 lines slow to show.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from jingdu.study.concordance import SORTS, Line
from jingdu.ui.common.filtered_model import RowFilter

_Index = QModelIndex | QPersistentModelIndex
LINE_ROLE = Qt.ItemDataRole.UserRole + 1
DOC, LEFT, MATCH, RIGHT, DATE = range(5)
COLUMN_SORTS = {DOC: "document", LEFT: "left", MATCH: "document", RIGHT: "right", DATE: "date"}
"""Which order of :data:`jingdu.study.concordance.SORTS` a click on a column's header gives."""
TITLE_CHARS = 14


def _headers() -> list[str]:
    # Each spelled out in full (not through an alias) so that lupdate finds it.
    return [
        QCoreApplication.translate("Concordance", "Document"),
        QCoreApplication.translate("Concordance", "Left context"),
        QCoreApplication.translate("Concordance", "Match"),
        QCoreApplication.translate("Concordance", "Right context"),
        QCoreApplication.translate("Concordance", "Date"),
    ]


class ConcordanceModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[Line] = []
        self._headers = _headers()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_lines(self, lines: list[Line]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DOC:
                title = line.title or line.doc
                return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1] + "…"
            return (line.doc, line.left, line.match, line.right, line.date)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == DOC:
            return " › ".join(x for x in (line.title, line.section) if x)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # Aligned on the match: the left context ends where the match begins.
            if column == LEFT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == MATCH:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == MATCH:
            return self._bold
        if role == LINE_ROLE:
            return line
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = COLUMN_SORTS.get(column, "document")
        key = SORTS[name]
        if column == MATCH:  # the matches as written (a query with OR has several)
            key = lambda line: (line.match, line.order)  # noqa: E731
        self.layoutAboutToBeChanged.emit()
        persistent = [(i, self.lines[i.row()]) for i in self.persistentIndexList()]
        self.lines.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        where = {id(line): row for row, line in enumerate(self.lines)}
        for index, line in persistent:
            self.changePersistentIndex(index, self.index(where[id(line)], index.column()))
        self.layoutChanged.emit()


class DocumentFilter(RowFilter):
    """The lines of one document, or of all (``doc`` None)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.doc: str | None = None

    def set_doc(self, doc: str | None) -> None:
        self.doc = doc
        self.refilter()

    def rows_shown(self) -> list[int]:
        model = self.sourceModel()
        assert isinstance(model, ConcordanceModel)
        lines = model.lines
        if self.doc is None:
            return list(range(len(lines)))
        return [i for i, line in enumerate(lines) if line.doc == self.doc]
