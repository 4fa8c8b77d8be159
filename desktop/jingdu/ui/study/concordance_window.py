"""词语索引 Concordance: every occurrence of a term across the library, one line each,
aligned on the match.

A window of its own beside the desk, as the annotation browser is. The lines come
from the worker (the search lane: the engine's exact matches); sorting by a column
and filtering by document happen here. Selected lines become highlights, or tagged
highlights, in one change (one undo step); a double-click shows the passage in the
reader.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jingdu.errors import UserError
from jingdu.notes.model import COLORS
from jingdu.search.query import QueryError
from jingdu.study.concordance import Concordance, Line, NoOccurrences
from jingdu.ui.common import palette
from jingdu.ui.common.messages import user_text
from jingdu.ui.common.palette import swatch
from jingdu.ui.common.plain import plain_label
from jingdu.ui.common.worker import SEARCH
from jingdu.ui.notes.annotation_dialogs import TagDialog
from jingdu.ui.search.panel import query_error_text
from jingdu.ui.study.concordance_model import (
    DOC,
    LEFT,
    LINE_ROLE,
    MATCH,
    RIGHT,
    ConcordanceModel,
    DocumentFilter,
)

if TYPE_CHECKING:
    from jingdu.ui.session import Session

_Index = QModelIndex | QPersistentModelIndex
MAX_LINES = 20_000
"""Lines listed in the window (the first, in library order); the count says how many
there are in all. A common term in a large library has 100,000: listing them all would
take seconds on the worker, and no reader scrolls through them."""


class _ElideLeft(QStyledItemDelegate):
    """The left context cut at its far end, so the words next to the match stay."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class ConcordanceWindow(QWidget):
    open_requested = Signal(str, int, int)
    """Show this passage (document, start, end) in the reader."""
    shown = Signal()
    """Lines (or a message) are on screen for the latest query."""
    counts_requested = Signal(str)
    """The counts and chart of this query's terms."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.setObjectName("concordance")
        self.setWindowTitle(self.tr("Concordance"))
        self.resize(1100, 640)
        self.edit = QLineEdit()
        self.edit.setObjectName("concordance_query")
        self.edit.setPlaceholderText(self.tr("A term or a query, as in search"))
        self.edit.setAccessibleName(self.tr("Term to index"))
        self.run_button = QPushButton(self.tr("&Index"))
        self.docs = QComboBox()
        self.docs.setObjectName("concordance_docs")
        self.docs.setAccessibleName(self.tr("Only lines of this document"))
        self.docs.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.docs.setMinimumContentsLength(16)
        self.status = plain_label()  # may quote the query
        self.status.setObjectName("concordance_status")
        self.model = ConcordanceModel(self)
        self.proxy = DocumentFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("concordance_lines")
        self.view.setAccessibleName(self.tr("Concordance lines"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(DOC, Qt.SortOrder.AscendingOrder)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setItemDelegateForColumn(LEFT, _ElideLeft(self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(LEFT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RIGHT, QHeaderView.ResizeMode.Stretch)
        # Not ResizeToContents: that asks every one of thousands of lines for its size.
        # The matches are few distinct strings: the column is sized to the widest.
        header.setSectionResizeMode(MATCH, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(DOC, 170)
        self.highlight_button = QPushButton(self.tr("&Highlight selected"))
        self.highlight_button.setObjectName("concordance_highlight")
        menu = QMenu(self.highlight_button)
        names = palette.names()
        for n, color in enumerate(COLORS, start=1):
            menu.addAction(
                swatch(color),
                f"{names[color]} (&{n})",
                lambda c=color: self.highlight_selected(c),
            )
        self.highlight_button.setMenu(menu)
        self.tag_button = QPushButton(self.tr("&Tag selected…"))
        self.tag_button.setObjectName("concordance_tag")
        self.open_button = QPushButton(self.tr("&Open in the reader"))
        self.counts_button = QPushButton(self.tr("&Counts and chart…"))
        top = QHBoxLayout()
        top.addWidget(self.edit, 1)
        top.addWidget(self.run_button)
        top.addWidget(self.docs)
        bottom = QHBoxLayout()
        bottom.addWidget(self.highlight_button)
        bottom.addWidget(self.tag_button)
        bottom.addStretch(1)
        bottom.addWidget(self.counts_button)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.result: Concordance | None = None
        self._asked = ""
        self._connect_signals()
        self._selection_changed()

    def _connect_signals(self) -> None:
        self.edit.returnPressed.connect(self.run_now)
        self.run_button.clicked.connect(self.run_now)
        self.docs.currentIndexChanged.connect(self._on_doc_chosen)
        self.view.activated.connect(self._on_activated)  # a double-click, or Enter
        self.open_button.clicked.connect(self._open_current)
        self.tag_button.clicked.connect(self.tag_selected)
        self.counts_button.clicked.connect(
            lambda: self.counts_requested.emit(self.edit.text().strip())
        )
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.proxy.modelReset.connect(self._selection_changed)

    # -- running a query --------------------------------------------------------------

    def show_query(self, query: str) -> None:
        """Show the concordance of ``query`` (from the reader's menu or search)."""
        self.edit.setText(query)
        self.run_now()
        self.show()
        self.raise_()
        self.activateWindow()

    def run_now(self) -> None:
        lib = self.session.library
        query = self.edit.text().strip()
        if lib is None:
            return
        self._asked = query
        self.status.setText(self.tr("Indexing…"))
        self.session.run(
            "concordance",
            lib.concordance,
            query,
            None,
            MAX_LINES,
            on_success=partial(self._on_result, query),
            on_failure=partial(self._on_failed, query),
            lane=SEARCH,
        )

    def _on_result(self, query: str, result: Concordance) -> None:
        if query != self._asked:
            return  # a newer query is on its way
        self.result = result
        self.model.set_lines(result.lines)
        self._fit_match_column({line.match for line in result.lines})
        header = self.view.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._fill_docs(result)
        said = (
            self.tr("%1 occurrences in %2 documents")
            .replace("%1", f"{result.total:,}")
            .replace("%2", f"{len(result.per_doc):,}")
        )
        if len(result.lines) < result.total:
            listed = self.tr("the first %1 listed; sorting orders those")
            said += self.tr("; ") + listed.replace("%1", f"{len(result.lines):,}")
        self.status.setText(said)
        self.shown.emit()

    def _fit_match_column(self, matches: set[str]) -> None:
        bold = QFont(self.view.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        widest = max((metrics.horizontalAdvance(m) for m in matches), default=40)
        self.view.horizontalHeader().resizeSection(MATCH, min(widest + 16, 320))

    def _on_failed(self, query: str, exc: BaseException) -> None:
        if query != self._asked:
            return
        if isinstance(exc, NoOccurrences):
            text = self.tr("“%1” does not occur in the library.").replace("%1", query)
        elif isinstance(exc, QueryError):
            text = query_error_text(exc)
        elif isinstance(exc, UserError):
            text = user_text(exc)  # (in the interface's language)
        else:
            self.session.report("concordance", exc)
            return
        # Nothing changes but the message: the last lines stay until a query finds some.
        self.status.setText(text)
        self.shown.emit()

    def _fill_docs(self, result: Concordance) -> None:
        self.docs.blockSignals(True)
        self.docs.clear()
        self.docs.addItem(self.tr("All documents"), None)
        titles = {line.doc: line.title for line in result.lines}
        for doc, n in result.per_doc.items():
            self.docs.addItem(f"{titles.get(doc) or doc} ({n})", doc)
        self.docs.setCurrentIndex(0)
        self.docs.blockSignals(False)
        self.proxy.set_doc(None)

    def _on_doc_chosen(self, row: int) -> None:
        self.proxy.set_doc(self.docs.itemData(row))

    # -- acting on lines --------------------------------------------------------------

    def selected_lines(self) -> list[Line]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(LINE_ROLE) for r in rows]

    def _selection_changed(self, *_: object) -> None:
        n = len(self.view.selectionModel().selectedRows())
        for button in (self.highlight_button, self.tag_button):
            button.setEnabled(n > 0)
        self.open_button.setEnabled(n == 1)

    def highlight_selected(self, color: str, tags: list[str] | None = None) -> None:
        """Highlight every selected line's match: one change, one undo step."""
        lib, lines = self.session.library, self.selected_lines()
        if lib is None or not lines:
            return
        spans = [(x.doc, x.start, x.end) for x in lines]
        n = len(spans)
        self.session.change(
            "add highlights",
            lambda: lib.add_highlights(spans, color, tags or []),
            then=lambda _r: self.status.setText(self.tr("%n passage(s) highlighted.", "", n)),
        )

    def tag_selected(self) -> None:
        lib = self.session.library
        if lib is None or not self.selected_lines():
            return
        dialog = TagDialog([n for n, _ in lib.tags()], [], self)
        if dialog.exec() and dialog.tags():
            self.highlight_selected(COLORS[0], dialog.tags())

    def _on_activated(self, index: QModelIndex) -> None:
        line = index.data(LINE_ROLE) if index.isValid() else None
        if line is not None:
            self.open_requested.emit(line.doc, line.start, line.end)

    def _open_current(self) -> None:
        lines = self.selected_lines()
        if len(lines) == 1:
            self.open_requested.emit(lines[0].doc, lines[0].start, lines[0].end)


__all__ = ["MATCH", "ConcordanceWindow"]
