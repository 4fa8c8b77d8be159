"""Asking for tags and notes."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jingdu.ui.common.plain import plain_label, shorten

SEPARATORS = re.compile(r"[,，;；、]")


def split_tags(text: str) -> list[str]:
    """Several tags at once: separated by commas (either width), semicolons or 、."""
    return [t.strip() for t in SEPARATORS.split(text) if t.strip()]


class _TagCompleter(QCompleter):
    """Completes the tag being typed, after the last separator."""

    def splitPath(self, path: str) -> list[str]:
        return [SEPARATORS.split(path)[-1].strip()]

    def pathFromIndex(self, index) -> str:  # type: ignore[no-untyped-def]
        edit = self.widget()
        text = edit.text() if isinstance(edit, QLineEdit) else ""
        head = text[: max((m.end() for m in SEPARATORS.finditer(text)), default=0)]
        return head + str(index.data())


class TagDialog(QDialog):
    def __init__(
        self, existing: list[str], current: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tags"))
        self.edit = QLineEdit("，".join(current))
        self.edit.setObjectName("tag_edit")
        self.edit.setPlaceholderText(self.tr("政策/科技，重点 — commas between tags, / for levels"))
        completer = _TagCompleter(QStringListModel(existing, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edit.setCompleter(completer)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tags of this highlight (new ones are created):")))
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.resize(420, 120)

    def tags(self) -> list[str]:
        return split_tags(self.edit.text())


class NoteDialog(QDialog):
    def __init__(self, quote: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note"))
        label = plain_label(f"“{shorten(quote, 120, 4)}”")  # the document's text, not markup
        label.setWordWrap(True)
        self.edit = QPlainTextEdit(note)
        self.edit.setObjectName("note_edit")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(buttons)
        self.resize(480, 300)
        self.edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter makes a new line in the note; Ctrl+Enter saves it, as in Zotero and mail.
        if (
            watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def note(self) -> str:
        return self.edit.toPlainText()
