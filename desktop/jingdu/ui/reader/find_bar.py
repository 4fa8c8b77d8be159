"""Find in the open document (Ctrl+F): every match shown, a count, next and previous."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from jingdu.search.fold import fold
from jingdu.ui.reader.view import ReaderView


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Every occurrence of ``needle`` in ``text``, folded as library search folds."""
    f = fold(needle)
    if not f:
        return []
    hay = fold(text)
    out = []
    i = hay.find(f)
    while i >= 0:
        out.append((i, i + len(f)))
        i = hay.find(f, i + 1)
    return out


class _FindEdit(QLineEdit):
    next_requested = Signal()
    previous_requested = Signal()
    close_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self.previous_requested.emit()
            else:
                self.next_requested.emit()
        elif key == Qt.Key.Key_Escape:
            self.close_requested.emit()
        else:
            super().keyPressEvent(event)


class FindBar(QWidget):
    def __init__(self, reader: ReaderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        self.reader = reader
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self.edit = _FindEdit()
        self.edit.setAccessibleName(self.tr("Find in document"))
        self.edit.setPlaceholderText(self.tr("Find in this document"))
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setMinimumWidth(90)
        self.prev_button = QToolButton()
        self.prev_button.setText("↑")
        self.prev_button.setToolTip(self.tr("Previous match (Shift+Enter, Shift+F3)"))
        self.prev_button.setAccessibleName(self.tr("Previous match"))
        self.next_button = QToolButton()
        self.next_button.setText("↓")
        self.next_button.setToolTip(self.tr("Next match (Enter, F3)"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.edit, 1)
        row.addWidget(self.count)
        row.addWidget(self.prev_button)
        row.addWidget(self.next_button)
        row.addWidget(self.close_button)
        self._connect_signals()
        self.hide()

    def _connect_signals(self) -> None:
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.next_requested.connect(self.find_next)
        self.edit.previous_requested.connect(self.find_previous)
        self.edit.close_requested.connect(self.close_bar)
        self.next_button.clicked.connect(self.find_next)
        self.prev_button.clicked.connect(self.find_previous)
        self.close_button.clicked.connect(self.close_bar)

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        self.hide()
        self.matches, self.current = [], -1
        self.reader.set_find_matches([], -1)
        self.reader.setFocus()

    def refresh(self) -> None:
        """Find again (the document changed, or the bar reopened)."""
        self._on_text_changed(self.edit.text())

    def _on_text_changed(self, text: str) -> None:
        doc = self.reader.document_
        self.matches = find_all(doc.text, text) if doc is not None and text else []
        if self.matches:
            top = self.reader.offset_at_top()
            self.current = next((i for i, (s, _) in enumerate(self.matches) if s >= top), 0)
        else:
            self.current = -1
        self._show()

    def step(self, forward: bool) -> None:
        """F3 / Shift+F3: the next or previous match, or the bar if it is closed."""
        if not self.isVisible():
            self.open_bar()
        elif forward:
            self.find_next()
        else:
            self.find_previous()

    def find_next(self) -> None:
        if self.matches:
            self.current = (self.current + 1) % len(self.matches)
            self._show()

    def find_previous(self) -> None:
        if self.matches:
            self.current = (self.current - 1) % len(self.matches)
            self._show()

    def _show(self) -> None:
        self.reader.set_find_matches(self.matches, self.current)
        if not self.edit.text():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(
                self.tr("%1 of %2")
                .replace("%1", str(self.current + 1))
                .replace("%2", str(len(self.matches)))
            )
