"""Commands as data: a table of rows (label, keys, what it does, its menu) from which
the window's actions, shortcuts and menu bar are built.

Adding a command is adding a row: the action, its key, its menu item and its line in
the Keyboard shortcuts dialog all come from it. The desk's table is
:mod:`jingdu.ui.desk_commands`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget


@dataclass(frozen=True)
class Command:
    name: str
    text: str
    keys: tuple[str, ...] = ()
    does: Callable[[], object] | None = None
    """Run when triggered (a plain command)."""
    toggles: Callable[[bool], object] | None = None
    """Run with the new state (a checkable command)."""
    checked: bool = False
    enabled: bool = True
    in_reader: bool = False
    """A single key (H, 1, Del): only while the reader has the keyboard, where typing
    it cannot mean text."""
    group: str = ""
    """Commands of one group are exclusive (one theme at a time); they are checkable."""
    tip: str = ""
    action: QAction | None = None
    """An action Qt already made (a dock's show/hide), given the row's text and keys."""


@dataclass(frozen=True)
class Submenu:
    name: str
    text: str
    fill: Callable[[QMenu], object]
    """Fills the submenu each time it opens (recent documents change)."""


SEPARATOR = "-"
Row = Command | Submenu | str
"""A command, a submenu, a separator, or the name of a command already in a menu
(shown in a second menu too)."""


@dataclass(frozen=True)
class Menu:
    text: str
    rows: list[Row]


class Commands:
    """The window's actions by name, built from menus of rows."""

    def __init__(self, window: QMainWindow, reader: QWidget) -> None:
        self.window, self.reader = window, reader
        self._actions: dict[str, QAction] = {}
        self._groups: dict[str, QActionGroup] = {}
        self.menus: dict[str, QMenu] = {}

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __iter__(self) -> Iterator[QAction]:
        return iter(self._actions.values())

    def build(self, menus: list[Menu]) -> None:
        bar = self.window.menuBar()
        for menu in menus:
            self._fill(bar.addMenu(menu.text), menu.rows)

    def _fill(self, menu: QMenu, rows: list[Row]) -> None:
        for row in rows:
            if row == SEPARATOR:
                menu.addSeparator()
            elif isinstance(row, str):
                menu.addAction(self._actions[row])
            elif isinstance(row, Submenu):
                sub = menu.addMenu(row.text)
                sub.aboutToShow.connect(lambda s=sub, fill=row.fill: fill(s))
                self.menus[row.name] = sub
            else:
                menu.addAction(self._make(row))

    def _make(self, c: Command) -> QAction:
        if c.name in self._actions:
            raise ValueError(f"two commands are named {c.name}")
        owner = self.reader if c.in_reader else self.window
        action = c.action or QAction(owner)
        action.setText(c.text)
        action.setShortcuts([QKeySequence(k) for k in c.keys])
        if c.in_reader:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        owner.addAction(action)
        if c.tip:
            action.setToolTip(c.tip)
        if c.group:
            group = self._groups.setdefault(c.group, QActionGroup(self.window))
            group.addAction(action)
            action.setCheckable(True)
        if c.toggles is not None:
            action.setCheckable(True)
            action.setChecked(c.checked)
            action.toggled.connect(c.toggles)
        if c.does is not None:
            action.triggered.connect(lambda _=False, does=c.does: does())
        action.setEnabled(c.enabled)
        self._actions[c.name] = action
        return action
