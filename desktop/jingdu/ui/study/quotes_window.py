"""The quotations index: the passages the library quotes, grouped by the passage quoted.

A table of passages (how many documents quote each, the first and last of them by
date where a date is known), narrowed by a number of documents and by words; the
documents quoting the chosen passage below it, each opened in the reader with Enter
or a double click (``open_requested``).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jingdu.search.fold import fold
from jingdu.study.quotes import DEFAULT_MIN_DOCS, Occurrence, Quote
from jingdu.ui.common.plain import one_line, plain_label, tooltip
from jingdu.ui.study.quotes_model import QUOTE_ROLE, NarrowedQuotes, QuotesModel

OCCURRENCE_ROLE = Qt.ItemDataRole.UserRole + 13
ROW_CHARS = 120
DATE_COLUMN = 220
"""Width of the first and last columns, in pixels."""


class QuotesWindow(QWidget):
    open_requested = Signal(str, int, int)
    """Open this quotation (document, start, end) in the reader."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("quotes_window")
        self.setWindowTitle(self.tr("Quotations index"))
        self.resize(1000, 720)
        self.model = QuotesModel(self)
        self.proxy = NarrowedQuotes(self)
        self.proxy.setSourceModel(self.model)
        self.min_docs = QSpinBox()
        self.min_docs.setObjectName("quotes_min_docs")
        self.min_docs.setRange(1, 1000)
        self.min_docs.setValue(DEFAULT_MIN_DOCS)
        self.min_docs.setAccessibleName(self.tr("Quoted in at least"))
        self.filter = QLineEdit()
        self.filter.setObjectName("quotes_filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Words in the passage or a title"))
        self.filter.setAccessibleName(self.tr("Filter the passages"))
        self.status = plain_label()
        self.status.setObjectName("quotes_status")
        self.table = QTableView()
        self.table.setObjectName("quotes_table")
        self.table.setAccessibleName(self.tr("Quoted passages"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for col in (2, 3):  # a date and a title cut short: the passage gets the room
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, DATE_COLUMN)
        self.places = QTreeWidget()
        self.places.setObjectName("quotes_places")
        self.places.setAccessibleName(self.tr("Where it is quoted"))
        self.places.setHeaderLabels([self.tr("Document"), self.tr("Date"), self.tr("Quoted as")])
        self.places.setRootIsDecorated(False)
        self.places.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.texts: dict[str, str] = {}
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Quoted in at least")))
        top.addWidget(self.min_docs)
        top.addWidget(QLabel(self.tr("documents")))
        top.addSpacing(12)
        top.addWidget(self.filter, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.places)
        splitter.setSizes([430, 250])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence("Esc"), self, self.close)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.min_docs.valueChanged.connect(self._on_narrowed)
        self.filter.textChanged.connect(self._on_narrowed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.places.itemActivated.connect(self._on_place_activated)

    def loading(self) -> None:
        self.status.setText(self.tr("Collecting the library's quotations…"))

    def set_message(self, text: str) -> None:
        self.status.setText(text)

    def set_quotes(self, quotes: list[Quote], texts: dict[str, str]) -> None:
        """Every passage quoted (in one document or more); ``texts`` the documents'
        texts by id (what each place shows)."""
        self.texts = texts
        self.model.set_quotes(quotes)
        self._on_narrowed()

    def _on_narrowed(self, *_: object) -> None:
        self.proxy.narrow(self.min_docs.value(), fold(self.filter.text()).split())
        shown = self.proxy.rowCount()
        quoted = sum(len(self.proxy.index(r, 0).data(QUOTE_ROLE).occurrences) for r in range(shown))
        self.status.setText(
            self.tr("%n passage(s) quoted", "", shown)
            + " · "
            + self.tr("%n quotation(s) of them", "", quoted)
        )
        if shown:
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        else:
            self.places.clear()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.places.clear()
        q = current.siblingAtColumn(0).data(QUOTE_ROLE) if current.isValid() else None
        if not isinstance(q, Quote):
            return
        for o in q.occurrences:
            text = self.texts.get(o.doc, "")[o.start : o.end]
            item = QTreeWidgetItem(
                [q.titles.get(o.doc, o.doc), q.dates.get(o.doc, "—"), one_line(text, ROW_CHARS)]
            )
            item.setToolTip(2, tooltip(text))
            item.setData(0, OCCURRENCE_ROLE, o)
            self.places.addTopLevelItem(item)
        self.places.resizeColumnToContents(0)

    def _on_place_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        o = item.data(0, OCCURRENCE_ROLE)
        if isinstance(o, Occurrence):
            self.open_requested.emit(o.doc, o.start, o.end)
