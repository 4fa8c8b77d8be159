"""The library search box and its results, grouped by document."""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jingdu.notes.model import Highlight
from jingdu.search.query import QueryError, readable
from jingdu.search.results import Hit, SearchResults
from jingdu.ui.common.messages import reason_text
from jingdu.ui.common.plain import one_line, plain_label, tooltip
from jingdu.ui.search.model import (
    HIT_ROLE,
    MARK,
    NOTE_ROLE,
    SNIPPET_HTML_ROLE,
    SearchResultsModel,
    row_css,
)

DEBOUNCE_MS = 180
PAD = 4
"""Space around a result's text, in pixels."""
BUTTON_QUERY_CHARS = 40
"""A query quoted on a button is cut to this."""
MIN_TEXT_WIDTH = 120
"""Below this a result's text no longer wraps: the row scrolls sideways instead."""
_Index = QModelIndex | QPersistentModelIndex


def query_error_text(exc: QueryError) -> str:
    """Why a query cannot run, in the interface's language (the core's message is
    English, for the command line); a reason not in the table shows the core's text."""
    # Each spelled out in full (not through a helper) so that lupdate finds it.
    texts = {
        "empty": lambda: QCoreApplication.translate(
            "SearchPanel", "The query has nothing to search for."
        ),
        "only_excluded": lambda: QCoreApplication.translate(
            "SearchPanel", "A query needs a word to find; “-word” only leaves passages out."
        ),
        "too_long": lambda: QCoreApplication.translate(
            "SearchPanel", "The query is %1 characters long; at most %2 are searched."
        ),
        "too_many_terms": lambda: QCoreApplication.translate(
            "SearchPanel", "The query has %1 terms; at most %2 are searched."
        ),
    }
    return reason_text(texts, exc)


class HitDelegate(QStyledItemDelegate):
    """Passages drawn as rich text (section path, snippet with the matches emphasised)."""

    def _document(
        self, option: QStyleOptionViewItem, index: _Index, width: int
    ) -> QTextDocument | None:
        html = index.data(SNIPPET_HTML_ROLE)
        if html is None:
            return None
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        mark = getattr(index.model(), "mark", MARK)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDefaultStyleSheet(row_css(option.palette, _group(option), selected, mark))
        doc.setHtml(html)
        doc.setTextWidth(max(MIN_TEXT_WIDTH, width - 2 * PAD))
        return doc

    def _row_width(self, option: QStyleOptionViewItem, index: _Index) -> int:
        """QTreeView asks sizeHint with no width (-1, to save time): the row has its
        column's width less the indentation of its level."""
        view = self.parent()
        if not isinstance(view, QTreeView):
            return option.rect.width()
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = view.indentation() * (depth + int(view.rootIsDecorated()))
        return view.columnWidth(index.column()) - indent

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        doc = self._document(option, index, self._row_width(option, index))
        if doc is None:
            return super().sizeHint(option, index)
        return QSize(int(doc.idealWidth()), ceil(doc.size().height()) + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index, opt.rect.width())
        if doc is None:
            super().paint(painter, option, index)
            return
        opt.text = ""
        widget = opt.widget
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.save()
        painter.setClipRect(opt.rect)  # a row laid out at another width never spills over
        painter.translate(opt.rect.left() + PAD, opt.rect.top() + PAD)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(_group(opt), role))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()


def _group(option: QStyleOptionViewItem) -> QPalette.ColorGroup:
    """The colour group the style fills the row with (QCommonStyle's rule)."""
    if not option.state & QStyle.StateFlag.State_Enabled:
        return QPalette.ColorGroup.Disabled
    if not option.state & QStyle.StateFlag.State_Active:
        return QPalette.ColorGroup.Inactive
    return QPalette.ColorGroup.Active


class _ResultsView(QTreeView):
    """A result's row is as tall as its text wrapped to the row's width. QTreeView
    measures row heights once per layout and keeps them, so a new column width (the
    panel narrowed or widened) must lay the rows out again, or wrapped text runs
    into the next row."""

    def __init__(self) -> None:
        super().__init__()
        self.header().sectionResized.connect(self._on_column_resized)

    def _on_column_resized(self, _column: int, old: int, new: int) -> None:
        if old != new:
            self.scheduleDelayedItemsLayout()


class _QueryEdit(QLineEdit):
    """The search field: Up/Down move through the results, Enter opens the selected one."""

    moved = Signal(int)
    accepted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.moved.emit(1)
        elif event.key() == Qt.Key.Key_Up:
            self.moved.emit(-1)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accepted.emit()
        else:
            super().keyPressEvent(event)


class SearchPanel(QWidget):
    query_changed = Signal(str)
    """The text settled (debounced); an empty string clears the results."""
    hit_activated = Signal(object)
    """A passage was chosen: a :class:`Hit`."""
    index_requested = Signal(str)
    """The concordance of the query in the box is asked for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_panel")
        self.edit = _QueryEdit()
        self.edit.setObjectName("search_edit")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("Search the library (Ctrl+K)"))
        self.edit.setToolTip(self.help_text())
        self.edit.setAccessibleName(self.tr("Search the library"))
        self.help_button = QToolButton()
        self.help_button.setText("?")
        self.help_button.setToolTip(self.tr("How to write a query"))
        self.help_button.setAccessibleName(self.tr("How to write a query"))
        # The concordance of the query: every occurrence, one aligned line each.
        self.index_button = QToolButton()
        self.index_button.setObjectName("search_index")
        self.index_button.setText(self.tr("Index"))
        self.index_button.setToolTip(self.tr("Every occurrence of the query, one line each"))
        self.index_button.setAccessibleName(self.tr("Concordance of the query"))
        self.status = plain_label()  # messages may quote the query
        self.status.setObjectName("search_status")
        self.status.setWordWrap(True)
        # Offered when a phrase with spaces in it finds nothing: the phrase without them.
        self.unspaced_button = QPushButton()
        self.unspaced_button.setObjectName("search_unspaced")
        self.unspaced_button.setAccessibleName(self.tr("Search without the spaces"))
        # A long query must not make the panel wider: the button may be cut (its
        # tooltip says it all) rather than hold the panel at its text's width.
        self.unspaced_button.setMinimumWidth(1)
        self.unspaced_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.unspaced_button.hide()
        self._unspaced = ""
        self._annotations = 0
        self.model = SearchResultsModel(self)
        self.view = _ResultsView()
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setObjectName("search_results")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setItemDelegate(HitDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setIndentation(10)
        self.view.setWordWrap(True)
        self.view.setUniformRowHeights(False)
        top = QHBoxLayout()
        top.addWidget(self.edit, 1)
        top.addWidget(self.index_button)
        top.addWidget(self.help_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.unspaced_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._connect_signals()

    def help_text(self) -> str:
        return self.tr(
            "Words separated by spaces must all occur: 新质生产力 创新\n"
            '"quoted text" is found exactly, spaces included\n'
            "OR finds either word: 数字经济 OR 实体经济\n"
            "-word leaves out passages with it: 创新 -传统\n"
            "One character is a search term too.\n"
            "Width, letter case and traditional/simplified forms do not matter."
        )

    def _connect_signals(self) -> None:
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self._timer.timeout.connect(lambda: self.query_changed.emit(self.edit.text().strip()))
        self.edit.moved.connect(self._on_moved)
        self.edit.accepted.connect(self._on_accepted)
        self.view.activated.connect(self._on_view_activated)
        self.help_button.clicked.connect(self._on_help_clicked)
        self.index_button.clicked.connect(self._on_index_clicked)
        self.unspaced_button.clicked.connect(self._on_unspaced_clicked)

    def _on_index_clicked(self) -> None:
        query = self.edit.text().strip()
        if query:
            self.index_requested.emit(query)

    def focus_query(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()

    def run_now(self) -> None:
        """Skip the debounce (for --search and tests)."""
        self._timer.stop()
        self.query_changed.emit(self.edit.text().strip())

    def set_results(
        self, results: SearchResults | None, annotations: list[Highlight] | None = None
    ) -> None:
        self.model.set_results(results, annotations)
        self.view.expandAll()
        self.unspaced_button.hide()
        self._annotations = len(annotations or [])
        if results is None:
            self.status.setText("")
            return
        shown = len(results.hits)
        docs = len({h.doc for h in results.hits})
        if results.total == 0:
            text = self.tr("No passage contains this.")
        elif shown < results.total:
            text = (
                self.tr("%1 passages in %3 documents; the best %2 shown")
                .replace("%1", str(results.total))
                .replace("%2", str(shown))
            )
        else:
            text = self.tr("%1 passages in %3 documents").replace("%1", str(results.total))
        if annotations:
            text += " · " + self.tr("%n annotation(s)", "", len(annotations))
        self.status.setText(text.replace("%3", str(docs)) + f" · {results.seconds * 1000:.0f} ms")
        first = self.model.first_hit()
        if first.isValid():
            self.view.setCurrentIndex(first)

    def set_message(self, text: str) -> None:
        self.unspaced_button.hide()
        self.status.setText(text)

    def offer_unspaced(self, query: str, alternative: str, total: int) -> None:
        """``query`` found nothing because of the spaces in its phrases: say so, and
        offer ``alternative`` (the phrases without them), which finds ``total``."""
        text = self.tr("No passage contains %1; spaces inside a phrase are matched too.").replace(
            "%1", readable(query)
        )
        shown = readable(alternative)
        if total == 0:
            text += " " + self.tr("Without the spaces, %1 is not found either.").replace(
                "%1", shown
            )
        if self._annotations:
            text += " · " + self.tr("%n annotation(s)", "", self._annotations)
        self.status.setText(text)
        if total:
            self._unspaced = alternative
            offer = self.tr("Without the spaces: %1, %n passage(s)", "", total)
            short = one_line(shown, BUTTON_QUERY_CHARS)
            # A button takes & for a shortcut key: the query's own must be doubled.
            self.unspaced_button.setText(offer.replace("%1", short.replace("&", "&&")))
            self.unspaced_button.setToolTip(tooltip(offer.replace("%1", shown)))
            self.unspaced_button.show()

    def current_hit(self) -> Hit | None:
        index = self.view.currentIndex()
        hit = index.data(HIT_ROLE) if index.isValid() else None
        return hit if isinstance(hit, Hit) else None

    def _hit_rows(self) -> list[QModelIndex]:
        rows = []
        for g in range(self.model.rowCount()):
            parent = self.model.index(g, 0)
            rows += [self.model.index(r, 0, parent) for r in range(self.model.rowCount(parent))]
        return rows

    def _on_moved(self, step: int) -> None:
        rows = self._hit_rows()
        if not rows:
            return
        current = self.view.currentIndex()
        i = next((k for k, r in enumerate(rows) if r == current), -1)
        i = max(0, min(len(rows) - 1, i + step)) if i >= 0 else 0
        self.view.setCurrentIndex(rows[i])
        self.view.scrollTo(rows[i])

    def _on_accepted(self) -> None:
        if self._timer.isActive():
            self.run_now()
            return
        self._on_view_activated(self.view.currentIndex())

    def _on_view_activated(self, index: QModelIndex) -> None:
        """A passage (a Hit) or an annotation (a Highlight) was chosen."""
        item = (index.data(HIT_ROLE) or index.data(NOTE_ROLE)) if index.isValid() else None
        if isinstance(item, Hit | Highlight):
            self.hit_activated.emit(item)

    def _on_unspaced_clicked(self) -> None:
        self.edit.setText(self._unspaced)
        self.edit.setFocus()
        self.run_now()

    def _on_help_clicked(self) -> None:
        QToolTip.showText(
            self.help_button.mapToGlobal(self.help_button.rect().bottomLeft()),
            self.help_text(),
            self.help_button,
        )
