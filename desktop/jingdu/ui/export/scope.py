"""The export dialog's left half: which highlights go into the briefing note.

Documents, tags and colours are checklists; a list left wholly checked (documents,
colours) or wholly unchecked (tags) does not narrow the choice. Dates are local days.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from jingdu.library import DocumentSummary
from jingdu.notes.model import COLORS, Highlight
from jingdu.ui.common import palette
from jingdu.ui.common.palette import swatch
from jingdu.ui.common.plain import tooltip
from jingdu.ui.notes.tag_tree import TAG_ROLE, add_tag_nodes

DOC_ROLE = Qt.ItemDataRole.UserRole + 11
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class ScopeBox(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc_list = QListWidget()
        self.doc_list.setObjectName("export_docs")
        self.all_docs = QPushButton(self.tr("All"))
        self.no_docs = QPushButton(self.tr("None"))
        self.tag_tree = QTreeWidget()
        self.tag_tree.setObjectName("export_tags")
        self.tag_tree.setHeaderLabels([self.tr("Tags (none checked: any)"), "#"])
        self.tag_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tag_tree.header().setStretchLastSection(False)
        self.tag_tree.setToolTip(self.tr("A checked tag takes its sub-tags with it"))
        self.color_checks: dict[str, QCheckBox] = {}
        names = palette.names()
        for c in COLORS:
            box = QCheckBox(names[c])
            box.setIcon(swatch(c))
            box.setChecked(True)
            self.color_checks[c] = box
        self.since_check = QCheckBox(self.tr("From"))
        self.until_check = QCheckBox(self.tr("To"))
        today = QDate.currentDate()
        self.since_edit = QDateEdit(today.addDays(-30))
        self.until_edit = QDateEdit(today)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.notes_only = QCheckBox(self.tr("Only highlights with a &note"))

        docs = QGroupBox(self.tr("&Documents"))
        dl = QVBoxLayout(docs)
        dl.addWidget(self.doc_list)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.all_docs)
        buttons.addWidget(self.no_docs)
        dl.addLayout(buttons)
        colours = QGroupBox(self.tr("Colours"))
        cl = QGridLayout(colours)
        for i, box in enumerate(self.color_checks.values()):
            cl.addWidget(box, i // 4, i % 4)
        dates = QGroupBox(self.tr("Created"))
        tl = QGridLayout(dates)
        tl.addWidget(self.since_check, 0, 0)
        tl.addWidget(self.since_edit, 0, 1)
        tl.addWidget(self.until_check, 1, 0)
        tl.addWidget(self.until_edit, 1, 1)
        tl.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(docs, 2)
        layout.addWidget(self.tag_tree, 3)
        layout.addWidget(colours)
        layout.addWidget(dates)
        layout.addWidget(self.notes_only)

        self.all_docs.clicked.connect(lambda: self._check_docs(True))
        self.no_docs.clicked.connect(lambda: self._check_docs(False))
        self.doc_list.itemChanged.connect(lambda _i: self.changed.emit())
        self.tag_tree.itemChanged.connect(self._on_tag_changed)
        for box in (*self.color_checks.values(), self.notes_only):
            box.toggled.connect(lambda _on: self.changed.emit())
        self._dates = ((self.since_check, self.since_edit), (self.until_check, self.until_edit))
        for check, edit in self._dates:
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: self.changed.emit())
            edit.dateChanged.connect(lambda _d: self.changed.emit())

    # -- filling ----------------------------------------------------------------------------

    def fill(self, docs: list[DocumentSummary], items: list[Highlight]) -> None:
        """Documents that have highlights, in library order, with their counts; the tag tree."""
        counts: dict[str, int] = {}
        for h in items:
            if not h.orphan:
                counts[h.doc] = counts.get(h.doc, 0) + 1
        self.doc_list.blockSignals(True)
        self.doc_list.clear()
        for d in docs:
            if counts.get(d.id):
                item = QListWidgetItem(f"{d.title}（{counts[d.id]}）")
                item.setData(DOC_ROLE, d.id)
                item.setToolTip(tooltip(f"{d.title}\n{d.source}"))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(CHECKED)
                self.doc_list.addItem(item)
        self.doc_list.blockSignals(False)
        self.tag_tree.blockSignals(True)
        self.tag_tree.clear()
        for node in add_tag_nodes(
            self.tag_tree, Counter(h.tags for h in items if not h.orphan)
        ).values():
            node.setFlags(node.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            node.setCheckState(0, UNCHECKED)
        self.tag_tree.blockSignals(False)

    def _check_docs(self, on: bool) -> None:
        self.doc_list.blockSignals(True)
        for i in range(self.doc_list.count()):
            self.doc_list.item(i).setCheckState(CHECKED if on else UNCHECKED)
        self.doc_list.blockSignals(False)
        self.changed.emit()

    def _on_tag_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        # A checked tag includes its sub-tags: show them checked and settled.
        on = item.checkState(0) == CHECKED
        self.tag_tree.blockSignals(True)
        stack = [item]
        while stack:
            node = stack.pop()
            stack += [c for i in range(node.childCount()) if (c := node.child(i)) is not None]
            if node is not item:
                node.setCheckState(0, CHECKED if on else UNCHECKED)
                node.setDisabled(on)
        self.tag_tree.blockSignals(False)
        self.changed.emit()

    # -- reading ----------------------------------------------------------------------------

    def set_documents(self, ids: list[str] | None) -> None:
        """Check only these documents: all when ``ids`` is empty, none when it is None
        (as :meth:`documents` reports them)."""
        self.doc_list.blockSignals(True)
        for i in range(self.doc_list.count()):
            item = self.doc_list.item(i)
            on = ids is not None and (not ids or item.data(DOC_ROLE) in ids)
            item.setCheckState(CHECKED if on else UNCHECKED)
        self.doc_list.blockSignals(False)
        self.changed.emit()

    def set_tags(self, names: list[str]) -> None:
        """Check these tags (a parent takes its subtree), uncheck the rest."""
        it = QTreeWidgetItemIterator(self.tag_tree)
        nodes = []
        while it.value():
            nodes.append(it.value())
            it += 1
        for node in nodes:
            node.setCheckState(0, UNCHECKED)  # through itemChanged: children re-enabled
        for node in nodes:
            if node.data(0, TAG_ROLE) in names and not node.isDisabled():
                node.setCheckState(0, CHECKED)

    def set_colors(self, colors: list[str]) -> None:
        """Check only these colours (all when ``colors`` is empty)."""
        for c, box in self.color_checks.items():
            box.setChecked(not colors or c in colors)

    def documents(self) -> list[str] | None:
        """Checked document ids; [] for all of them; None when none is checked."""
        items = [self.doc_list.item(i) for i in range(self.doc_list.count())]
        chosen = [i.data(DOC_ROLE) for i in items if i.checkState() == CHECKED]
        if not chosen:
            return None
        return [] if len(chosen) == len(items) else chosen

    def tags(self) -> list[str]:
        """The checked tags whose parent is not checked (a parent covers its subtree)."""
        out = []
        it = QTreeWidgetItemIterator(self.tag_tree)
        while it.value():
            item = it.value()
            if item.checkState(0) == CHECKED and not item.isDisabled():
                out.append(str(item.data(0, TAG_ROLE)))
            it += 1
        return out

    def colors(self) -> list[str] | None:
        """Checked colours; [] for all; None when none is checked."""
        chosen = [c for c, box in self.color_checks.items() if box.isChecked()]
        if not chosen:
            return None
        return [] if len(chosen) == len(COLORS) else chosen

    def dates(self) -> tuple[str | None, str | None]:
        """(from, to) as local days, inclusive; None where unchecked."""
        since, until = (
            edit.date().toString("yyyy-MM-dd") if check.isChecked() else None
            for check, edit in self._dates
        )
        return since, until
