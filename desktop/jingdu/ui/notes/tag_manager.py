"""The tag manager: every tag with its count; rename, merge and delete, all undoable."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from jingdu.notes.model import Highlight

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from jingdu.ui.session import Session

_ALL, _UNTAGGED = "\x00all", "\x00untagged"


Annotations = tuple[list[Highlight], dict[str, str], dict[str, str], list[str]]


class TagManager(QDialog):
    """Every tag with its count: rename (a level renames its subtree), merge, delete; undoable."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Tags"))
        self.setObjectName("tag_manager")
        self.tree = QTreeWidget()
        self.tree.setObjectName("tag_manager_list")
        self.tree.setHeaderLabels([self.tr("Tag"), self.tr("Annotations")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        for b in (self.rename_button, self.merge_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("A tag with / has levels: renaming 政策 renames 政策/科技 too."))
        )
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.rename_button.clicked.connect(lambda: self.rename())
        self.merge_button.clicked.connect(lambda: self.merge())
        self.delete_button.clicked.connect(lambda: self.delete())
        close.clicked.connect(self.accept)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.resize(460, 420)
        self.reload()

    def reload(self) -> None:
        lib = self.session.library
        self.tree.clear()
        if lib is not None:
            # As the browser's tag tree counts: 政策 counts what 政策/科技 carries too.
            for name, n in lib.tags(subtree=True):
                self.tree.addTopLevelItem(QTreeWidgetItem([name, str(n)]))
        self._update_buttons()

    def chosen(self) -> list[str]:
        return [i.text(0) for i in self.tree.selectedItems()]

    def _update_buttons(self) -> None:
        n = len(self.chosen())
        self.rename_button.setEnabled(n == 1)
        self.merge_button.setEnabled(n >= 2)
        self.delete_button.setEnabled(n >= 1)

    def _change(self, label: str, fn: Callable[[], object]) -> None:
        self.session.change(label, fn, then=lambda _result: self.reload())

    def rename(self, new: str | None = None) -> None:
        names, lib = self.chosen(), self.session.library
        if len(names) != 1 or lib is None:
            return
        old = names[0]
        if new is None:
            new, ok = QInputDialog.getText(
                self, self.tr("Rename tag"), self.tr("New name:"), text=old
            )
            if not ok:
                return
        new = new.strip()
        if new and new != old:
            self._change("rename tag", lambda: lib.rename_tag(old, new))

    def merge(self, into: str | None = None) -> None:
        names, lib = self.chosen(), self.session.library
        if len(names) < 2 or lib is None:
            return
        if into is None:
            into, ok = QInputDialog.getItem(
                self,
                self.tr("Merge tags"),
                self.tr("Merge the selected tags into:"),
                names,
                0,
                True,
            )
            if not ok:
                return
        into = into.strip()
        if into:
            sources = [n for n in names if n != into]
            self._change("merge tags", lambda: lib.merge_tags(sources, into))

    def delete(self, confirm: bool = True) -> None:
        names, lib = self.chosen(), self.session.library
        if not names or lib is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete tags"),
                self.tr(
                    "Remove %n tag(s) from every annotation? The highlights stay.", "", len(names)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._change("delete tag", lambda: lib.delete_tags(names))
