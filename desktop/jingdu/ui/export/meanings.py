"""What each highlight colour means, as the briefing's group headings when excerpts are
grouped by colour (黄色 → 要点, 粉色 → 存疑)."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from jingdu.export.model import COLOR_NAMES
from jingdu.notes.model import COLORS
from jingdu.ui.common import palette
from jingdu.ui.common.palette import swatch


class MeaningsBox(QWidget):
    """One line edit per colour, beside its swatch, two colours a row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(18, 0, 0, 0)
        names = palette.names()
        for i, c in enumerate(COLORS):
            edit = QLineEdit()
            edit.setAccessibleName(names[c])
            # Without a meaning the heading is the colour's name; a briefing is printed
            # in Chinese whatever the interface's language, so say which name prints.
            printed = COLOR_NAMES[c]
            edit.setPlaceholderText(
                printed
                if names[c] == printed
                else self.tr("%1 (printed as %2)").replace("%1", names[c]).replace("%2", printed)
            )
            edit.setToolTip(self.tr("The heading of this colour's group, e.g. 要点 or 存疑"))
            icon = QLabel()
            icon.setPixmap(swatch(c).pixmap(14, 14))
            grid.addWidget(icon, i // 2, (i % 2) * 2)
            grid.addWidget(edit, i // 2, (i % 2) * 2 + 1)
            self.edits[c] = edit
