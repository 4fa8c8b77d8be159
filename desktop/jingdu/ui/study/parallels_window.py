"""Where else is this said: the places that quote a passage, and one of them beside it.

A window of its own (as the annotation browser is), so that the passage it opens in
the reader is not hidden behind it. The list shows each place's document, section
and likeness, with the characters that differ from the passage marked; choosing a
place shows it side by side with the passage below; Enter or a double click opens it
in the reader (``open_requested``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jingdu.corpus.document import Document
from jingdu.study.parallels import Found, Parallel
from jingdu.ui.common.plain import one_line, plain_label
from jingdu.ui.search.model import row_css
from jingdu.ui.search.panel import HitDelegate
from jingdu.ui.study.marked import in_context, percent
from jingdu.ui.study.parallels_model import PARALLEL_ROLE, ParallelsModel

SIDE_CONTEXT = 400
"""Characters of each text shown either side of a place in the side-by-side view."""


class ParallelsWindow(QWidget):
    open_requested = Signal(str, int, int)
    """Open this place (document, start, end) in the reader."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("parallels_window")
        self.setWindowTitle(self.tr("Where else is this said"))
        self.resize(900, 720)
        self.found: Found | None = None
        self.document: Document | None = None
        self.passage_label = plain_label()
        self.passage_label.setObjectName("parallels_passage")
        self.passage_label.setWordWrap(True)
        self.status = plain_label()
        self.status.setObjectName("parallels_status")
        self.status.setWordWrap(True)
        self.model = ParallelsModel(self)
        self.view = QTreeView()
        self.view.setObjectName("parallels_list")
        self.view.setAccessibleName(self.tr("Places that quote the passage"))
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setIndentation(0)
        self.view.setItemDelegate(HitDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setUniformRowHeights(False)
        self.view.setWordWrap(True)
        self.here = self._side(self.tr("This passage"))
        self.there = self._side(self.tr("Elsewhere"))
        self.there_caption = plain_label()
        self.here_caption = plain_label()
        self.open_button = QPushButton(self.tr("&Open in the reader"))
        self.open_button.setObjectName("parallels_open")
        self.open_button.setEnabled(False)
        sides = QWidget()
        row = QHBoxLayout(sides)
        row.setContentsMargins(0, 0, 0, 0)
        for caption, browser in ((self.here_caption, self.here), (self.there_caption, self.there)):
            column = QVBoxLayout()
            column.addWidget(caption)
            column.addWidget(browser, 1)
            row.addLayout(column, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(sides)
        splitter.setSizes([380, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.passage_label)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Esc"), self, self.close)
        self._connect_signals()

    def _side(self, name: str) -> QTextBrowser:
        browser = QTextBrowser()
        browser.setOpenLinks(False)
        browser.setAccessibleName(name)
        return browser

    def _connect_signals(self) -> None:
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.activated.connect(self._on_activated)
        self.open_button.clicked.connect(lambda: self._on_activated(self.view.currentIndex()))

    # -- what it shows ------------------------------------------------------------------

    def looking(self, title: str, passage: str) -> None:
        """A search for the places has started."""
        self.found = None
        self.model.set_parallels([], {})
        self._show_passage(title, passage)
        self.status.setText(self.tr("Looking through the library…"))
        self._clear_sides()

    def set_message(self, text: str) -> None:
        self.status.setText(text)

    def show_found(self, found: Found, document: Document, texts: dict[str, str]) -> None:
        """The places found; ``texts`` their documents' texts, by id."""
        self.found, self.document = found, document
        self._show_passage(document.title, found.passage)
        self.model.set_parallels(found.parallels, texts)
        docs = len({p.doc for p in found.parallels})
        if not found.parallels:
            self.status.setText(self.tr("No other place in the library quotes this passage."))
            self._clear_sides()
            return
        self.status.setText(
            self.tr("Quoted in %n place(s)", "", len(found.parallels))
            + " · "
            + self.tr("%n document(s)", "", docs)
        )
        self.view.setCurrentIndex(self.model.index(0, 0))

    def _show_passage(self, title: str, passage: str) -> None:
        said = QCoreApplication.translate("Parallels", "“%1” — %2")
        self.passage_label.setText(said.replace("%1", one_line(passage, 160)).replace("%2", title))

    def _clear_sides(self) -> None:
        self.here.clear()
        self.there.clear()
        self.here_caption.setText("")
        self.there_caption.setText("")
        self.open_button.setEnabled(False)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        p = current.data(PARALLEL_ROLE) if current.isValid() else None
        if not isinstance(p, Parallel) or self.found is None or self.document is None:
            self._clear_sides()
            return
        pal = self.palette()
        tint = pal.highlight().color()
        base = pal.base().color()
        share = 0.22  # of the selection colour in the wash over the two places
        wash_colour = QColor.fromRgbF(
            share * tint.redF() + (1 - share) * base.redF(),
            share * tint.greenF() + (1 - share) * base.greenF(),
            share * tint.blueF() + (1 - share) * base.blueF(),
        )
        wash = f"background: {wash_colour.name()}"
        css = row_css(self.palette(), self.palette().currentColorGroup(), False, self.model.mark)
        for browser in (self.here, self.there):
            browser.document().setDefaultStyleSheet(css)
        here = in_context(
            self.document.text, p.passage_span, p.passage_differing, SIDE_CONTEXT, wash
        )
        there_text = self.model.texts.get(p.doc, "")
        there = in_context(there_text, (p.start, p.end), p.differing, SIDE_CONTEXT, wash)
        self.here.setHtml(f"<p>{here}</p>")
        self.there.setHtml(f"<p>{there}</p>")
        self.here_caption.setText(self.tr("This passage: %1").replace("%1", self.document.title))
        where = " › ".join([p.title, *p.headings[-1:]])
        self.there_caption.setText(
            self.tr("Elsewhere: %1").replace("%1", where) + " · " + percent(p.similarity)
        )
        for browser in (self.here, self.there):
            browser.scrollToAnchor("place")
        self.open_button.setEnabled(True)

    def _on_activated(self, index: QModelIndex) -> None:
        p = index.data(PARALLEL_ROLE) if index.isValid() else None
        if isinstance(p, Parallel):
            self.open_requested.emit(p.doc, p.start, p.end)
