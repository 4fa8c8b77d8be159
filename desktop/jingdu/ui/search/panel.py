"""The library search box and its results, grouped by document."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
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
from jingdu.search.engine import Hit, SearchResults
from jingdu.ui.common.plain import plain_label
from jingdu.ui.search.model import HIT_ROLE, NOTE_ROLE, SNIPPET_HTML_ROLE, SearchResultsModel

DEBOUNCE_MS = 180
_Index = QModelIndex | QPersistentModelIndex


class HitDelegate(QStyledItemDelegate):
    """Passages drawn as rich text (section path, snippet with the matches emphasised)."""

    def _document(self, option: QStyleOptionViewItem, index: _Index) -> QTextDocument | None:
        html = index.data(SNIPPET_HTML_ROLE)
        if html is None:
            return None
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(html)
        # sizeHint is asked before the row has a width: use the view's.
        width = option.rect.width()
        view = self.parent()
        if width <= 0 and isinstance(view, QTreeView):
            width = view.viewport().width() - 2 * view.indentation()
        doc.setTextWidth(max(120, width - 8))
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        doc = self._document(option, index)
        if doc is None:
            return super().sizeHint(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        doc = self._document(option, index)
        if doc is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.save()
        painter.translate(opt.rect.left() + 4, opt.rect.top() + 4)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()


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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_panel")
        self.edit = _QueryEdit()
        self.edit.setObjectName("search_edit")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("Search the library (Ctrl+K)"))
        self.edit.setToolTip(self.help_text())
        self.help_button = QToolButton()
        self.help_button.setText("?")
        self.help_button.setToolTip(self.tr("How to write a query"))
        self.status = plain_label()  # messages may quote the query
        self.status.setObjectName("search_status")
        self.status.setWordWrap(True)
        self.model = SearchResultsModel(self)
        self.view = QTreeView()
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
        top.addWidget(self.help_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.status)
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
        self.status.setText(text)

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

    def _on_help_clicked(self) -> None:
        QToolTip.showText(
            self.help_button.mapToGlobal(self.help_button.rect().bottomLeft()),
            self.help_text(),
            self.help_button,
        )
