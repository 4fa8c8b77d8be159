"""The small toolbar beside a selection (or a clicked highlight): colours, tag, note, copy."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Signal, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from jingdu.notes.model import COLORS
from jingdu.ui.common import palette
from jingdu.ui.common.palette import swatch


class SelectionBar(QFrame):
    color_chosen = Signal(str)
    tag_requested = Signal()
    note_requested = Signal()
    copy_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("selection_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        row.setSpacing(2)
        names = palette.names()
        self.swatches: dict[str, QToolButton] = {}
        for n, color in enumerate(COLORS, start=1):
            b = QToolButton()
            b.setIcon(swatch(color))
            b.setToolTip(f"{names[color]} ({n})")
            b.setAccessibleName(names[color])
            b.setCheckable(True)  # checked: the colour of the highlight in hand
            b.clicked.connect(lambda _=False, c=color: self.color_chosen.emit(c))
            row.addWidget(b)
            self.swatches[color] = b
        self.tag_button = self._button(self.tr("Tag"), self.tr("Tags (T)"), self.tag_requested)
        self.note_button = self._button(self.tr("Note"), self.tr("Note (N)"), self.note_requested)
        self.copy_button = self._button(
            self.tr("Cite"), self.tr("Copy with citation (Ctrl+Shift+C)"), self.copy_requested
        )
        self.delete_button = self._button(
            "✕", self.tr("Delete the highlight (Del)"), self.delete_requested
        )
        for b in (self.tag_button, self.note_button, self.copy_button, self.delete_button):
            row.addWidget(b)
        self.hide()

    def _button(self, text: str, tip: str, signal: SignalInstance) -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.setToolTip(tip)
        b.setAccessibleName(tip)
        b.clicked.connect(signal.emit)
        return b

    def show_at(self, point: QPoint, color: str | None = None) -> None:
        """Show near ``point`` (parent coordinates): for a selection, or (``color``
        given) for a highlight, whose colour is shown checked and which can be deleted."""
        self.delete_button.setVisible(color is not None)
        for key, b in self.swatches.items():
            b.setChecked(key == color)
        self.adjustSize()
        parent = self.parentWidget()
        if parent is None:
            return
        x = max(4, min(point.x() - self.width() // 2, parent.width() - self.width() - 4))
        y = point.y() + 8
        if y + self.height() > parent.height() - 4:
            y = max(4, point.y() - self.height() - 28)
        self.move(x, y)
        self.show()
        self.raise_()
