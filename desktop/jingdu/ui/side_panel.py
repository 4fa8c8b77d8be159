"""The side panel: a dock of three tabs beside the reader — the document's outline,
the library search, and this document's annotations."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QTabWidget, QTreeView, QWidget

from jingdu.ui.notes.doc_notes import DocNotesPanel
from jingdu.ui.reader.outline_model import OutlineModel
from jingdu.ui.search.panel import SearchPanel

OUTLINE_TAB, SEARCH_TAB, NOTES_TAB = 0, 1, 2
"""The tabs, in the order they are added."""


class SidePanel(QDockWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(self.tr("Side panel"), parent)
        self.setObjectName("side_dock")
        self.outline_model = OutlineModel(self)
        self.outline_view = QTreeView()
        self.outline_view.setObjectName("outline")
        self.outline_view.setAccessibleName(self.tr("Outline"))
        self.outline_view.setHeaderHidden(True)
        self.outline_view.setModel(self.outline_model)
        self.search_panel = SearchPanel()
        self.doc_notes = DocNotesPanel()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("side_tabs")
        self.tabs.addTab(self.outline_view, self.tr("Outline"))
        self.tabs.addTab(self.search_panel, self.tr("Search"))
        self.tabs.addTab(self.doc_notes, self.tr("This document"))
        self.setWidget(self.tabs)

    def show_tab(self, tab: int) -> None:
        """Show the panel at ``tab``, with the keyboard in it."""
        self.show()
        self.tabs.setCurrentIndex(tab)
        if tab == SEARCH_TAB:
            self.search_panel.focus_query()
        else:
            (self.outline_view if tab == OUTLINE_TAB else self.doc_notes.view).setFocus()
