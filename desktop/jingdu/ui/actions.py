"""The window's actions: menus, keys and the reader's one-key commands.

Part of :class:`jingdu.ui.main_window.MainWindow`, split out by feature (the window
was 1,200 lines); the attributes used here are built in ``MainWindow._build``.
"""

# The widgets and state used here are built in MainWindow._build; naming each for mypy
# would repeat that method, so attribute checks are off in these parts of the window.
# mypy: disable-error-code="attr-defined"

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import QMainWindow

from jingdu.notes.model import COLORS
from jingdu.ui.common import palette
from jingdu.ui.common.themes import THEMES
from jingdu.ui.common.themes import label as theme_label


class ActionsMixin(QMainWindow):
    def _action(
        self, text: str, keys: list[str] | QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(keys, QKeySequence.StandardKey):
            action.setShortcut(keys)
        elif keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.action_import = a(self.tr("&Import files…"), ["Ctrl+O"])
        self.action_import_folder = a(self.tr("Import a &folder…"), ["Ctrl+Alt+O"])
        self.action_print = a(self.tr("&Print…"), ["Ctrl+P"])
        self.action_settings = a(self.tr("&Settings…"), ["Ctrl+,"])
        self.action_quit = a(self.tr("&Quit"), ["Ctrl+Q"])
        self.action_find = a(self.tr("&Find in document"), ["Ctrl+F"])
        self.action_find_next = a(self.tr("Find &next"), ["F3"])
        self.action_find_previous = a(self.tr("Find &previous"), ["Shift+F3"])
        self.action_search = a(self.tr("&Search the library"), ["Ctrl+K", "Ctrl+Shift+F"])
        self.action_zoom_in = a(self.tr("Zoom &in"), ["Ctrl+=", "Ctrl++"])
        self.action_zoom_out = a(self.tr("Zoom &out"), ["Ctrl+-"])
        self.action_zoom_reset = a(self.tr("&Actual size"), ["Ctrl+0"])
        self.action_wider = a(self.tr("&Wider column"), ["Ctrl+]"])
        self.action_narrower = a(self.tr("&Narrower column"), ["Ctrl+["])
        self.theme_group = QActionGroup(self)
        self.theme_actions = {}
        for n, t in enumerate(THEMES.values(), start=1):
            name = t.name
            label = self.tr("%1 theme (&%2)").replace("%1", theme_label(t)).replace("%2", str(n))
            key = t.key
            act = a(label, [key])
            act.setCheckable(True)
            act.setData(name)
            self.theme_group.addAction(act)
            self.theme_actions[name] = act
        self.action_side = self.side_dock.toggleViewAction()
        self.action_side.setText(self.tr("Side &panel"))
        self.action_side.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.addAction(self.action_side)
        self.action_outline = a(self.tr("Ou&tline"), ["Ctrl+Shift+T"])
        self.action_full_screen = a(self.tr("&Full screen"), ["F11"])
        self.action_full_screen.setCheckable(True)
        self.action_removed = a(self.tr("What the cleanup &removed…"), ["Ctrl+Shift+R"])
        self.action_focus_library = a(self.tr("Go to the &library"), ["Ctrl+L"])
        self.action_focus_reader = a(self.tr("Go to the &reader"), ["Ctrl+E"])
        self.action_next_doc = a(self.tr("Ne&xt document"), ["Ctrl+PgDown"])
        self.action_previous_doc = a(self.tr("Pre&vious document"), ["Ctrl+PgUp"])
        self.action_back = a(self.tr("&Back"), ["Alt+Left"])
        self.action_forward = a(self.tr("&Forward"), ["Alt+Right"])
        self.action_back.setEnabled(False)
        self.action_forward.setEnabled(False)
        self.action_about = a(self.tr("&About Jingdu"))
        self.action_shortcuts = a(self.tr("&Keyboard shortcuts"), ["F1"])
        self.action_undo = a(self.tr("&Undo"), ["Ctrl+Z"])
        self.action_redo = a(self.tr("&Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"])
        self.action_cite = a(self.tr("&Copy with citation"), ["Ctrl+Shift+C"])
        self.action_browser = a(self.tr("All &annotations…"), ["Ctrl+Shift+A"])
        self.action_tag_manager = a(self.tr("Ta&g manager…"), ["Ctrl+Shift+G"])
        self.action_export = a(self.tr("&Export briefing notes…"), ["Ctrl+Shift+E"])
        self.action_doc_notes = a(self.tr("Annotations &of this document"), ["Ctrl+Shift+D"])
        self.action_snap = a(self.tr("Selections snap to whole &words"), ["Ctrl+Shift+W"])
        self.action_snap.setCheckable(True)
        self.action_trim = a(self.tr("Selections drop &punctuation at the ends"), ["Ctrl+Shift+P"])
        self.action_trim.setCheckable(True)
        self.action_trim.setChecked(True)  # as the reader starts; restoring a False toggles it
        self.action_snap.setToolTip(
            self.tr("Widen a selection that cuts a word in half to the whole word (jieba)")
        )
        # Single keys act on the reader only, where typing them cannot mean text.
        self.action_highlight = self._reader_action(self.tr("&Highlight (last colour)"), "H")
        self.action_tag = self._reader_action(self.tr("&Tag the passage…"), "T")
        self.action_note = self._reader_action(self.tr("&Note on the passage…"), "N")
        self.action_delete_highlight = self._reader_action(self.tr("&Delete the highlight"), "Del")
        names = palette.names()
        self.color_actions = [
            self._reader_action(
                self.tr("Highlight in %1 (&%2)").replace("%1", names[c]).replace("%2", str(n)),
                str(n),
            )
            for n, c in enumerate(COLORS, start=1)
        ]
        # "?" opens the help too, where typing it cannot mean a question mark.
        for widget in (self.reader, self.library_view, self.outline_view):
            QShortcut(
                QKeySequence("?"),
                widget,
                lambda: self.action_shortcuts.trigger(),
                context=Qt.ShortcutContext.WidgetShortcut,
            )

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for act in (
            self.action_import,
            self.action_import_folder,
            self.action_export,
            self.action_print,
        ):
            file_menu.addAction(act)
        self.recent_menu = file_menu.addMenu(self.tr("&Recent documents"))
        file_menu.addSeparator()
        file_menu.addAction(self.action_settings)
        file_menu.addAction(self.action_quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        for act in (
            self.action_find,
            self.action_find_next,
            self.action_find_previous,
            self.action_search,
        ):
            edit_menu.addAction(act)
        view_menu = bar.addMenu(self.tr("&View"))
        for act in (self.action_zoom_in, self.action_zoom_out, self.action_zoom_reset):
            view_menu.addAction(act)
        view_menu.addSeparator()
        for act in (self.action_wider, self.action_narrower):
            view_menu.addAction(act)
        view_menu.addSeparator()
        for act in self.theme_actions.values():
            view_menu.addAction(act)
        view_menu.addSeparator()
        for act in (self.action_side, self.action_outline, self.action_removed):
            view_menu.addAction(act)
        view_menu.addSeparator()
        view_menu.addAction(self.action_full_screen)
        go_menu = bar.addMenu(self.tr("&Go"))
        for act in (
            self.action_focus_library,
            self.action_focus_reader,
            self.action_next_doc,
            self.action_previous_doc,
            self.action_back,
            self.action_forward,
        ):
            go_menu.addAction(act)
        notes_menu = bar.addMenu(self.tr("&Annotate"))
        for act in (
            self.action_highlight, *self.color_actions, self.action_tag, self.action_note,
            self.action_delete_highlight, self.action_cite, self.action_undo, self.action_redo,
            self.action_doc_notes, self.action_browser, self.action_tag_manager,
            self.action_export,
        ):  # fmt: skip
            notes_menu.addAction(act)
        notes_menu.addSeparator()
        notes_menu.addAction(self.action_snap)
        notes_menu.addAction(self.action_trim)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.action_shortcuts)
        help_menu.addAction(self.action_about)

    def _reader_action(self, text: str, key: str) -> QAction:
        action = QAction(text, self.reader)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.reader.addAction(action)
        return action

    def all_actions(self) -> list[QAction]:
        return [a for a in [*self.actions(), *self.reader.actions()] if a.text()]
