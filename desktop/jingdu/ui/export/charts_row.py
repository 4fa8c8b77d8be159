"""The export dialog's row for the charts added from the counts window: print them or
not, or take them out of the briefing note."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QWidget

if TYPE_CHECKING:
    from jingdu.ui.session import Session


class ChartsRow(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.check = QCheckBox()
        self.check.setObjectName("export_charts")
        self.check.setChecked(True)
        self.remove_button = QPushButton(self.tr("Remove the charts"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.remove_button)
        layout.addStretch(1)
        self.remove_button.clicked.connect(self._remove)
        self.count = 0
        self._show(0)

    def included(self) -> bool:
        return self.check.isChecked()

    def reload(self) -> None:
        lib = self.session.library
        if lib is not None:
            self.session.run("count charts", lambda: len(lib.figures()), on_success=self._show)

    def _show(self, n: int) -> None:
        self.count = n
        self.check.setText(self.tr("Print the %n chart(s) added from Counts", "", n))
        self.setVisible(n > 0)

    def _remove(self) -> None:
        lib = self.session.library
        if lib is not None:
            done = lambda _n: self._show(0)  # noqa: E731
            self.session.run("remove charts", lib.remove_figures, on_success=done)
