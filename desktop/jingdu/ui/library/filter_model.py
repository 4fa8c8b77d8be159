"""The library list's filter: the rows of the :class:`LibraryModel` that match, mapped
by lists worked out once per change.

A QSortFilterProxyModel asks Python about every row, a group's children included, on
every change (4,000 calls a keystroke in a library of 4,000 documents, most of its
time) and again to map rows. Here the kept rows are one pass over the folded texts,
made once per set of documents; the view then asks only about the rows it shows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt, QTimer

from jingdu.search.fold import fold
from jingdu.ui.common.two_level_model import TwoLevelIndexes
from jingdu.ui.library.model import ROW_FLAGS, LibraryModel, SourceGroup

_Index = QModelIndex | QPersistentModelIndex
WARM_SLICE = 200
"""Row texts folded per turn of the event loop while the window is idle (a few ms)."""


class LibraryFilterModel(TwoLevelIndexes, QAbstractProxyModel):  # type: ignore[misc]
    """Keeps documents whose title, authors, source or id contain the filter (folded like
    search), and the groups that hold one or whose file name does."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        # Per top-level row of the model: its documents' folded texts, and the group's
        # folded file name (None for a lone document). Made when first needed.
        self._texts: list[tuple[list[str], str | None]] | None = None
        self._fold_cache: dict[str, str] = {}
        self._top: list[int] = []
        """The model's top-level rows shown, in order."""
        self._children: list[list[int]] = []
        """For each row shown here, the model's child rows shown under it."""
        self._where: dict[int, int] | None = None  # model top row -> row here
        self._unfolded: list[str] = []
        """Row texts still to fold in idle turns (see _warm_later)."""

    def setSourceModel(self, model: Any) -> None:
        assert isinstance(model, LibraryModel)
        self._library = model  # (sourceModel() costs a call into Qt, and a check)
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.dataChanged.connect(self._source_changed)
        # The library model only resets or changes data; any other change is taken as
        # a reset too.
        for about in (model.rowsAboutToBeInserted, model.rowsAboutToBeRemoved):
            about.connect(lambda *_: self.beginResetModel())
        for done in (model.rowsInserted, model.rowsRemoved):
            done.connect(self._source_reset)
        model.layoutAboutToBeChanged.connect(lambda *_: self.beginResetModel())
        model.layoutChanged.connect(self._source_reset)
        self.beginResetModel()
        self._source_reset()

    def _model(self) -> LibraryModel:
        return self._library

    def _source_reset(self, *_: object) -> None:
        self._texts = None
        self._choose()
        self.endResetModel()
        self._warm_later()

    def _warm_later(self) -> None:
        """Fold the rows' texts a slice at a time while the window is idle: folding
        4,000 titles at once (the first keystroke's work) took 66 ms, and on the focus
        of the filter box they were often not loaded yet."""
        if self._needle:
            return  # (filtering has folded them)
        start = not self._unfolded
        self._unfolded = [t for t in self._row_texts() if t not in self._fold_cache]
        if start and self._unfolded:
            QTimer.singleShot(0, self._warm_slice)

    def _warm_slice(self) -> None:
        for text in self._unfolded[-WARM_SLICE:]:
            self._fold(text)
        del self._unfolded[-WARM_SLICE:]
        if self._unfolded:
            QTimer.singleShot(0, self._warm_slice)

    def _row_texts(self) -> list[str]:
        out = []
        for node in self._model().top_nodes():
            if isinstance(node, SourceGroup):
                out.append(node.source)
            docs = node.docs if isinstance(node, SourceGroup) else [node]
            out += map(_text_of, docs)
        return out

    def warm(self) -> None:
        """Fold every row's text now (the filter box got the focus): the first keystroke
        then only compares."""
        self._folded_texts()

    def _fold(self, text: str) -> str:
        # Kept across resets (an import or a rename reads the whole list again): only
        # new texts are folded.
        got = self._fold_cache.get(text)
        if got is None:
            got = self._fold_cache[text] = fold(text)
        return got

    def _folded_texts(self) -> list[tuple[list[str], str | None]]:
        if self._texts is None:
            texts: list[tuple[list[str], str | None]] = []
            for node in self._model().top_nodes():
                docs = node.docs if isinstance(node, SourceGroup) else [node]
                folded = [self._fold(_text_of(d)) for d in docs]
                group = self._fold(node.source) if isinstance(node, SourceGroup) else None
                texts.append((folded, group))
            self._texts = texts
        return self._texts

    def _choose(self) -> None:
        """The rows shown for the needle."""
        model, needle = self._model(), self._needle
        top: list[int] = []
        children: list[list[int]] = []
        if not needle:
            for row in range(model.top_count()):
                top.append(row)
                children.append(list(range(model.child_count(row))))
        else:
            for row, (docs, group) in enumerate(self._folded_texts()):
                found = [i for i, text in enumerate(docs) if needle in text]
                if group is None:
                    if found:
                        top.append(row)
                        children.append([])
                elif found or needle in group:
                    top.append(row)
                    children.append(found)
        self._top, self._children, self._where = top, children, None

    def set_needle(self, text: str) -> None:
        """Show the rows matching ``text``; the current row and the selection stay where
        still shown."""
        needle = fold(text.strip())
        if needle == self._needle:
            return
        self.layoutAboutToBeChanged.emit()
        held = self.persistentIndexList()
        sources = [self.mapToSource(index) for index in held]
        self._needle = needle
        self._choose()
        self.changePersistentIndexList(held, [self.mapFromSource(s) for s in sources])
        self.layoutChanged.emit()

    def kept_documents(self) -> int:
        model = self._model()
        return sum(
            len(kids) if model.child_count(row) else 1
            for row, kids in zip(self._top, self._children, strict=True)
        )

    def _source_changed(self, top: QModelIndex, bottom: QModelIndex, roles: Any = ()) -> None:
        parent = top.parent()
        for row in range(top.row(), bottom.row() + 1):
            mapped = self.mapFromSource(self._model().index(row, 0, parent))
            if mapped.isValid():
                self.dataChanged.emit(mapped, mapped, roles)

    # -- TwoLevelIndexes ----------------------------------------------------------------

    def top_count(self) -> int:
        return len(self._top)

    def child_count(self, row: int) -> int:
        return len(self._children[row]) if 0 <= row < len(self._children) else 0

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    # -- QAbstractProxyModel ------------------------------------------------------------

    def mapToSource(self, index: _Index) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        model = self._model()
        if index.internalId() == 0:
            row = index.row()
            return model.index(self._top[row], 0) if row < len(self._top) else QModelIndex()
        group = index.internalId() - 1
        if group >= len(self._top) or index.row() >= len(self._children[group]):
            return QModelIndex()
        parent = model.index(self._top[group], 0)
        return model.index(self._children[group][index.row()], 0, parent)

    def mapFromSource(self, index: _Index) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        if self._where is None:
            self._where = {source: row for row, source in enumerate(self._top)}
        if index.internalId() == 0:
            row = self._where.get(index.row())
            return QModelIndex() if row is None else self.createIndex(row, 0, 0)
        group = self._where.get(index.internalId() - 1)
        if group is None:
            return QModelIndex()
        kids = self._children[group]
        if not self._needle:  # every child shown, in its own place
            return self.createIndex(index.row(), 0, group + 1)
        try:
            return self.createIndex(kids.index(index.row()), 0, group + 1)
        except ValueError:
            return QModelIndex()

    def flags(self, index: _Index) -> Qt.ItemFlag:
        # As the model's (every row alike), without mapping: the view asks for each row
        # it lays out.
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return ROW_FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return self.sourceModel().headerData(section, orientation, role)


def _text_of(doc: Any) -> str:
    """What the filter looks in for a document (folded before it is compared)."""
    return " ".join([doc.title, *doc.authors, doc.source, doc.id])
