"""The desk's commands, menu by menu: the one table to edit to add a command, change
a key or move a menu item. Each row names the controller method it runs."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from jingdu.notes.model import COLORS
from jingdu.ui.common import palette
from jingdu.ui.common.commands import SEPARATOR, Command, Menu, Submenu
from jingdu.ui.common.themes import THEMES
from jingdu.ui.common.themes import label as theme_label
from jingdu.ui.side_panel import NOTES_TAB, OUTLINE_TAB

if TYPE_CHECKING:
    from jingdu.ui.main_window import MainWindow


class DeskCommands(QObject):
    def menus(self, w: MainWindow) -> list[Menu]:
        changes, look, notes, find = w.changes, w.appearance, w.annotating, w.find_bar
        reading = w.reading
        C = Command
        return [
            Menu(
                self.tr("&File"),
                [
                    C("import", self.tr("&Import files…"), ("Ctrl+O",), changes.import_files),
                    C(
                        "import_folder",
                        self.tr("Import a &folder…"),
                        ("Ctrl+Alt+O",),
                        changes.import_folder,
                    ),
                    C(
                        "export",
                        self.tr("&Export briefing notes…"),
                        ("Ctrl+Shift+E",),
                        lambda: w.companions.show_export(),
                    ),
                    C("print", self.tr("&Print…"), ("Ctrl+P",), reading.print_document),
                    Submenu("recent", self.tr("&Recent documents"), reading.fill_recent),
                    SEPARATOR,
                    C("settings", self.tr("&Settings…"), ("Ctrl+,",), look.show_settings),
                    C("quit", self.tr("&Quit"), ("Ctrl+Q",), w.close),
                ],
            ),
            Menu(
                self.tr("&Edit"),
                [
                    C("find", self.tr("&Find in document"), ("Ctrl+F",), find.open_bar),
                    C("find_next", self.tr("Find &next"), ("F3",), lambda: find.step(True)),
                    C(
                        "find_previous",
                        self.tr("Find &previous"),
                        ("Shift+F3",),
                        lambda: find.step(False),
                    ),
                    C(
                        "search",
                        self.tr("&Search the library"),
                        ("Ctrl+K", "Ctrl+Shift+F"),
                        w.focus_search,
                    ),
                ],
            ),
            Menu(
                self.tr("&View"),
                [
                    C("zoom_in", self.tr("Zoom &in"), ("Ctrl+=", "Ctrl++"), lambda: look.zoom(+1)),
                    C("zoom_out", self.tr("Zoom &out"), ("Ctrl+-",), lambda: look.zoom(-1)),
                    C("zoom_reset", self.tr("&Actual size"), ("Ctrl+0",), lambda: look.zoom(0)),
                    SEPARATOR,
                    C("wider", self.tr("&Wider column"), ("Ctrl+]",), lambda: look.widen(+2)),
                    C(
                        "narrower",
                        self.tr("&Narrower column"),
                        ("Ctrl+[",),
                        lambda: look.widen(-2),
                    ),
                    SEPARATOR,
                    *(
                        C(
                            f"theme_{t.name}",
                            self.tr("%1 theme (&%2)")
                            .replace("%1", theme_label(t))
                            .replace("%2", str(n)),
                            (t.key,),
                            partial(look.set_theme, t.name),
                            group="theme",
                        )
                        for n, t in enumerate(THEMES.values(), start=1)
                    ),
                    SEPARATOR,
                    C(
                        "side",
                        self.tr("Side &panel"),
                        ("Ctrl+Shift+O",),
                        action=w.side_dock.toggleViewAction(),
                    ),
                    C(
                        "outline",
                        self.tr("Ou&tline"),
                        ("Ctrl+Shift+T",),
                        lambda: w.side_dock.show_tab(OUTLINE_TAB),
                    ),
                    C(
                        "removed",
                        self.tr("What the cleanup &removed…"),
                        ("Ctrl+Shift+R",),
                        changes.show_removed,
                    ),
                    SEPARATOR,
                    C(
                        "full_screen",
                        self.tr("&Full screen"),
                        ("F11",),
                        toggles=w.set_full_screen,
                    ),
                ],
            ),
            Menu(
                self.tr("&Go"),
                [
                    C(
                        "focus_library",
                        self.tr("Go to the &library"),
                        ("Ctrl+L",),
                        w.library_panel.focus_filter,
                    ),
                    C("focus_reader", self.tr("Go to the &reader"), ("Ctrl+E",), w.reader.setFocus),
                    C(
                        "next_doc",
                        self.tr("Ne&xt document"),
                        ("Ctrl+PgDown",),
                        lambda: reading.step(+1),
                    ),
                    C(
                        "previous_doc",
                        self.tr("Pre&vious document"),
                        ("Ctrl+PgUp",),
                        lambda: reading.step(-1),
                    ),
                    C("back", self.tr("&Back"), ("Alt+Left",), reading.back, enabled=False),
                    C(
                        "forward",
                        self.tr("&Forward"),
                        ("Alt+Right",),
                        reading.forward,
                        enabled=False,
                    ),
                ],
            ),
            Menu(
                self.tr("&Annotate"),
                [
                    # Single keys act on the reader only, where typing them cannot mean text.
                    C(
                        "highlight",
                        self.tr("&Highlight (last colour)"),
                        ("H",),
                        lambda: notes.highlight_selection(None),
                        in_reader=True,
                    ),
                    *(
                        C(
                            f"color_{c}",
                            self.tr("Highlight in %1 (&%2)")
                            .replace("%1", palette.names()[c])
                            .replace("%2", str(n)),
                            (str(n),),
                            partial(notes.highlight_selection, c),
                            in_reader=True,
                        )
                        for n, c in enumerate(COLORS, start=1)
                    ),
                    C(
                        "tag",
                        self.tr("&Tag the passage…"),
                        ("T",),
                        lambda: notes.tag_selection(None),
                        in_reader=True,
                    ),
                    C(
                        "note",
                        self.tr("&Note on the passage…"),
                        ("N",),
                        lambda: notes.note_selection(None),
                        in_reader=True,
                    ),
                    C(
                        "delete_highlight",
                        self.tr("&Delete the highlight"),
                        ("Del",),
                        notes.delete_active,
                        in_reader=True,
                    ),
                    C(
                        "cite",
                        self.tr("&Copy with citation"),
                        ("Ctrl+Shift+C",),
                        notes.copy_citation,
                    ),
                    C("undo", self.tr("&Undo"), ("Ctrl+Z",), w.session.undo),
                    C("redo", self.tr("&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), w.session.redo),
                    C(
                        "doc_notes",
                        self.tr("Annotations &of this document"),
                        ("Ctrl+Shift+D",),
                        lambda: w.side_dock.show_tab(NOTES_TAB),
                    ),
                    C(
                        "browser",
                        self.tr("All &annotations…"),
                        ("Ctrl+Shift+A",),
                        w.companions.show_browser,
                    ),
                    C(
                        "tag_manager",
                        self.tr("Ta&g manager…"),
                        ("Ctrl+Shift+G",),
                        w.companions.show_tag_manager,
                    ),
                    "export",
                    SEPARATOR,
                    C(
                        "snap",
                        self.tr("Selections snap to whole &words"),
                        ("Ctrl+Shift+W",),
                        toggles=notes.set_snap_words,
                        tip=self.tr(
                            "Widen a selection that cuts a word in half to the whole word (jieba)"
                        ),
                    ),
                    C(
                        "trim",
                        self.tr("Selections drop &punctuation at the ends"),
                        ("Ctrl+Shift+P",),
                        toggles=notes.set_trim_punctuation,
                        checked=True,  # as the reader starts; restoring a False toggles it
                    ),
                ],
            ),
            Menu(
                self.tr("&Study"),
                [
                    C(
                        "concordance",
                        self.tr("&Concordance…"),
                        ("Ctrl+Shift+I",),
                        lambda: w.studying.show_concordance(),
                    ),
                    C(
                        "counts",
                        self.tr("Counts and c&hart…"),
                        ("Ctrl+Shift+U",),
                        lambda: w.studying.show_counts(),
                    ),
                    C(
                        "where_said",
                        self.tr("&Where else is this said"),
                        ("Ctrl+Shift+L",),
                        w.where_said.find_here,
                        tip=self.tr(
                            "Every other place in the library that quotes the selection, "
                            "the highlight or the paragraph at the caret"
                        ),
                    ),
                    C(
                        "quotes",
                        self.tr("&Quotations index…"),
                        ("Ctrl+Shift+Q",),
                        w.where_said.show_quotes,
                    ),
                ],
            ),
            Menu(
                self.tr("&Help"),
                [
                    C("shortcuts", self.tr("&Keyboard shortcuts"), ("F1",), look.show_shortcuts),
                    C("about", self.tr("&About Jingdu"), (), w.show_about),
                ],
            ),
        ]

    def help_key(self, w: MainWindow) -> None:
        """ "?" opens the shortcuts too, where typing it cannot mean a question mark."""
        for widget in (w.reader, w.library_view, w.outline_view):
            QShortcut(
                QKeySequence("?"),
                widget,
                w.appearance.show_shortcuts,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
