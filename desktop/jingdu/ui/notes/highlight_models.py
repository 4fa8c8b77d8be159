"""Qt models over highlights: a list for the open document, a table for the whole library."""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from jingdu.notes import rows as R
from jingdu.notes.model import Highlight
from jingdu.notes.rows import Table
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
    """Every highlight of the library, one row each, sorted here (see :meth:`sort`).

    It holds the rows as SQLite gave them (a :class:`~jingdu.notes.rows.Table`) and
    answers ``data()`` from them: a whole :class:`Highlight` is read (through
    :attr:`find`) only for the rows asked for (``HIGHLIGHT_ROLE``), so 100,000 rows open
    without 100,000 objects."""

    COLUMNS = ("Quote", "Note", "Tags", "Colour", "Document", "Section", "Date")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Any, ...]] = []
        self.tags: list[tuple[str, ...]] = []
        self.titles: dict[str, str] = {}
        self.sections: dict[str, str] = {}
        self.folded: list[str] = []
        self.newness: list[int] = []
        """Each row's place in the order of writing (ties of ``created``)."""
        self._color_names: dict[str, str] = {}
        self.find: Callable[[list[str]], list[Highlight]] = lambda ids: []
        """The highlights of these ids, as stored (the owner sets it)."""
        # What the rows come sorted by (a table is read newest first).
        self.sort_column = self.COLUMNS.index("Date")
        self.sort_order = Qt.SortOrder.DescendingOrder

    def set_table(
        self,
        table: Table,
        titles: dict[str, str],
        sections: dict[str, str],
        folded: list[str] | None = None,
    ) -> None:
        """``table`` read newest first; ``folded``: each row's quote, note and tags folded
        for filtering (made off the GUI thread: folding 10,000 notes takes longer than a
        filter may)."""
        self.beginResetModel()
        self.rows, self.tags = table.rows, table.tags
        self.newness = list(range(len(table.rows), 0, -1))  # (read newest first)
        self.titles, self.sections = titles, sections
        self.folded = folded if folded is not None else [""] * len(self.rows)
        self._color_names = palette.names()
        self.endResetModel()
        if (self.sort_column, self.sort_order) != (
            self.COLUMNS.index("Date"),
            Qt.SortOrder.DescendingOrder,
        ):
            self._sort(self.sort_column, self.sort_order)

    def highlights(self, rows: list[int]) -> list[Highlight]:
        """The highlights of these rows, as stored now (one gone since is left out)."""
        return self.find([self.rows[r][R.ID] for r in rows])

    def id_of(self, row: int) -> str:
        return str(self.rows[row][R.ID])

    def set_sections(self, sections: dict[str, str]) -> None:
        """Each highlight's section (by id), read after the rows."""
        self.sections = sections
        if not self.rows:
            return
        column = self.COLUMNS.index("Section")
        if self.sort_column == column:
            self._sort(self.sort_column, self.sort_order)
        self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, with one key per row: a sorting proxy asks data() twice per
        comparison, which on 10,000 rows took most of a second."""
        if (column, order) != (self.sort_column, self.sort_order):
            # (The rows are kept in this order: the view asks again on every reset.)
            self._sort(column, order)

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        col = self.COLUMNS[column]
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.rows[i.row()][R.ID] if i.isValid() else "" for i in persistent]
        rows, tags = self.rows, self.tags
        if col == "Date":
            created = map(itemgetter(R.CREATED), rows)
            keys: list[Any] = list(zip(created, self.newness, strict=True))
        else:
            keys = [self._value(r, t, col, True) for r, t in zip(rows, tags, strict=True)]
        order_ = sorted(
            range(len(rows)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
        )
        self.rows = [rows[r] for r in order_]
        self.tags = [tags[r] for r in order_]
        self.folded = [self.folded[r] for r in order_]
        self.newness = [self.newness[r] for r in order_]
        if persistent:
            where = {r[R.ID]: n for n, r in enumerate(self.rows)}
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
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self.rows):
            return None
        r, tags = self.rows[row], self.tags[row]
        col = self.COLUMNS[index.column()]
        if role == SORT_ROLE:
            # Sorting asks twice per comparison: only the one column, unshortened.
            return r[R.CREATED] if col == "Date" else self._value(r, tags, col, full=True)
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._value(r, tags, col, full=False)
            if col == "Quote" and r[R.ORPHAN]:
                return QCoreApplication.translate("HighlightTableModel", "[orphan] ") + value
            return value
        if role == Qt.ItemDataRole.DecorationRole and col == "Colour":
            return swatch(r[R.COLOR])
        if role == Qt.ItemDataRole.ToolTipRole and col in ("Quote", "Note"):
            return tooltip(r[R.QUOTE] if col == "Quote" else r[R.NOTE])
        if role == HIGHLIGHT_ROLE:
            found = self.find([r[R.ID]])
            return found[0] if found else None
        return None

    def _value(self, r: tuple[Any, ...], tags: tuple[str, ...], col: str, full: bool) -> str:
        if col == "Quote":
            return str(r[R.QUOTE]) if full else one_line(r[R.QUOTE], 80)
        if col == "Note":
            return str(r[R.NOTE]) if full else one_line(r[R.NOTE], 60)
        if col == "Tags":
            return " ".join(tags)
        if col == "Colour":
            return self._color_names.get(r[R.COLOR], str(r[R.COLOR]))
        if col == "Document":
            return self.titles.get(r[R.DOC], str(r[R.DOC]))
        if col == "Section":
            return self.sections.get(r[R.ID], "")
        return str(r[R.CREATED])[:16].replace("T", " ")
