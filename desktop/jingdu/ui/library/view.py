"""The library list: two lines per document (title; authors · source)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from jingdu.ui.library.model import DOCUMENT_ROLE, SECONDARY_ROLE

_Index = QModelIndex | QPersistentModelIndex
_PAD = 6


class TwoLineDelegate(QStyledItemDelegate):
    """Title in the item font; a second, muted line when the model provides one (rows
    are two lines high either way)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, fm.height() * 2 + fm.leading() + 2 * _PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        secondary = index.data(SECONDARY_ROLE)
        title = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        font = QFont(opt.font)
        fm = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(opt.palette.color(group))
        top = QRect(rect.left(), rect.top(), rect.width(), fm.height())
        painter.drawText(
            top,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        if secondary:
            small = QFont(font)
            small.setPointSizeF(font.pointSizeF() * 0.88)
            sfm = QFontMetrics(small)
            painter.setFont(small)
            color = opt.palette.color(group)
            if not selected:
                color = opt.palette.color(QPalette.ColorRole.PlaceholderText)
            painter.setPen(color)
            bottom = QRect(rect.left(), top.bottom() + 3, rect.width(), sfm.height())
            painter.drawText(
                bottom,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                sfm.elidedText(secondary, Qt.TextElideMode.ElideRight, rect.width()),
            )
        painter.restore()


class LibraryView(QTreeView):
    context_requested = Signal(object, QPoint)
    """A document's row was right-clicked (or the menu key pressed): (summary, where)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library")
        self.setHeaderHidden(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setItemDelegate(TwoLineDelegate(self))
        # Every row two lines high: the view then asks the (Python) delegate for one
        # height, not one per row each time the list is read again (with thousands of
        # documents, and the worker busy, those calls froze the window).
        self.setUniformRowHeights(True)
        self.setIndentation(14)
        self.setAnimated(False)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos()) if event.reason() == event.Reason.Mouse else None
        index = index if index is not None and index.isValid() else self.currentIndex()
        doc = index.data(DOCUMENT_ROLE) if index.isValid() else None
        if doc is None and index.isValid() and self.model().hasChildren(index):
            child = self.model().index(0, 0, index)  # a compilation's row: its first piece
            doc = child.data(DOCUMENT_ROLE)
        if doc is not None:
            where = event.globalPos()
            if event.reason() != event.Reason.Mouse:
                where = self.viewport().mapToGlobal(self.visualRect(index).center())
            self.context_requested.emit(doc, where)
