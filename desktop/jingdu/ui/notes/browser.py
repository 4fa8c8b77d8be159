"""Every annotation of the library in one window: filter, sort, edit in bulk.

The browser reads and writes through the :class:`~jingdu.ui.session.Session` (every
change is one undo step, and every view repaints when the Session says so); what it
cannot do itself (open a passage, export, re-attach in the reader) it asks for with a
signal. It is a window of its own, not a dialog over the reader: the passage it opens
is not hidden behind it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta, timezone
from operator import add, itemgetter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jingdu.corpus.document import Document
from jingdu.notes import rows as R
from jingdu.notes.citation import section_finder
from jingdu.notes.model import COLORS, Highlight
from jingdu.notes.rows import Table
from jingdu.notes.tags import is_under
from jingdu.search.fold import fold
from jingdu.ui.common import palette
from jingdu.ui.common.filtered_model import RowFilter
from jingdu.ui.common.palette import swatch
from jingdu.ui.notes.annotation_dialogs import TagDialog
from jingdu.ui.notes.highlight_models import HighlightTableModel
from jingdu.ui.notes.tag_tree import TAG_ROLE, add_tag_nodes

if TYPE_CHECKING:
    from jingdu.library import Library
    from jingdu.ui.session import Session

_ALL, _UNTAGGED = "\x00all", "\x00untagged"


Annotations = tuple[Table, dict[str, str], list[str]]


def _read_all(lib: Library) -> Annotations:
    """All highlights (newest first), their documents' titles and each one's folded
    text: the store's folded quote and note, and the folded tags, folded once per set."""
    table = lib.highlight_table()
    titles = {d.id: d.title for d in lib.documents()}
    tag_text = {tags: "".join("\n" + fold(t) for t in tags) for tags in set(table.tags)}
    searched = map(itemgetter(R.SEARCH), table.rows)
    folded = list(map(add, searched, map(tag_text.__getitem__, table.tags)))  # (C loops)
    return table, titles, folded


def _read_sections(lib: Library, known: set[str]) -> dict[str, str]:
    """Each highlight's section (``known``: the library's documents): read after the
    rows are shown, since it takes every annotated document (a second, for thousands)."""
    sections: dict[str, str] = {}
    finders: dict[str, Callable[[int], str]] = {}
    for hid, doc, start, orphan in lib.highlight_places():
        if orphan or doc not in known:
            continue
        if doc not in finders:
            document: Document = lib.document(doc)
            finders[doc] = section_finder(document)
        sections[hid] = finders[doc](start)
    return sections


class AnnotationFilter(RowFilter):
    """Every filter of the browser, applied in memory, one pass per active filter, so that
    typing stays instant on 100,000 rows."""

    def __init__(self, parent: Any = None) -> None:
        self.text = ""
        self.tag = _ALL
        self.color = ""
        self.doc = ""
        self.since = ""
        self.orphans_only = False
        super().__init__(parent)

    def update(self, **values: Any) -> None:
        for k, v in values.items():
            setattr(self, k, v)
        self.refilter()

    def rows_shown(self) -> list[int]:
        model: HighlightTableModel = self.sourceModel()  # type: ignore[assignment]
        items, tags, folded = model.rows, model.tags, model.folded
        rows: Iterable[int] = range(len(items))
        if self.orphans_only:
            rows = [r for r in rows if items[r][R.ORPHAN]]
        if self.color:
            rows = [r for r in rows if items[r][R.COLOR] == self.color]
        if self.doc:
            rows = [r for r in rows if items[r][R.DOC] == self.doc]
        if self.since:
            rows = [r for r in rows if items[r][R.CREATED] >= self.since]
        if self.tag == _UNTAGGED:
            rows = [r for r in rows if not tags[r]]
        elif self.tag != _ALL:
            # Decided once per set of tags (rows share a few hundred sets).
            under = {ts: any(is_under(t, self.tag) for t in ts) for ts in set(tags)}
            rows = [r for r in rows if under[tags[r]]]
        if self.text:
            rows = [r for r in rows if self.text in folded[r]]
        return list(rows)


class AnnotationBrowser(QDialog):
    """The library's annotations: a tag tree on the left, filters above, a sortable table."""

    open_requested = Signal(object)
    """A highlight to show in the reader."""
    export_requested = Signal(object, object, object)
    """Export, scoped: (documents, tags, colours), each a list or None for all."""
    reattach_requested = Signal(str)
    """Put this highlight on the reader's selection."""

    def __init__(self, session: Session) -> None:
        super().__init__(None)  # a window of its own (see the module's note)
        self.session = session
        session.annotations_changed.connect(self._on_changed)
        self.setWindowTitle(self.tr("All annotations"))
        self.setObjectName("annotation_browser")
        self.model = HighlightTableModel(self)
        self.model.find = self._find
        self.proxy = AnnotationFilter(self)
        self.proxy.setSourceModel(self.model)

        self.tag_tree = QTreeWidget()
        self.tag_tree.setObjectName("browser_tags")
        self.tag_tree.setHeaderLabels([self.tr("Tags"), "#"])
        self.tag_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tag_tree.header().setStretchLastSection(False)

        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("browser_text")
        self.text_edit.setPlaceholderText(self.tr("Filter by quote, note or tag…"))
        self.text_edit.setClearButtonEnabled(True)
        self.color_box = QComboBox()
        self.color_box.addItem(self.tr("All colours"), "")
        for c in COLORS:
            self.color_box.addItem(swatch(c), palette.names()[c], c)
        self.doc_box = QComboBox()
        self.doc_box.addItem(self.tr("All documents"), "")
        self.date_box = QComboBox()
        for label, days in (
            (self.tr("Any time"), 0),
            (self.tr("Today"), 1),
            (self.tr("Last 7 days"), 7),
            (self.tr("Last 30 days"), 30),
        ):
            self.date_box.addItem(label, days)
        self.orphan_check = QCheckBox(self.tr("Orphans only"))
        self.orphan_check.setToolTip(
            self.tr("Highlights whose passage was not found after a re-import")
        )

        self.table = QTableView()
        self.table.setObjectName("browser_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(
            HighlightTableModel.COLUMNS.index("Date"), Qt.SortOrder.DescendingOrder
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 170), (2, 120), (4, 140), (5, 130), (6, 118)):
            self.table.setColumnWidth(col, width)
        # The colour column fits its longest name ("Purple" is wider than 紫色), with
        # room for the swatch.
        metrics = self.table.fontMetrics()
        names = [
            *palette.names().values(),
            str(self.model.headerData(3, Qt.Orientation.Horizontal)),
        ]
        self.table.setColumnWidth(3, max(metrics.horizontalAdvance(n) for n in names) + 40)

        self.count_label = QLabel()
        self.open_button = QPushButton(self.tr("&Open"))
        self.tag_button = QPushButton(self.tr("Add &tags…"))
        self.untag_button = QPushButton(self.tr("&Remove tag…"))
        self.color_button = QPushButton(self.tr("&Colour"))
        menu = QMenu(self.color_button)
        for c in COLORS:
            menu.addAction(swatch(c), palette.names()[c], lambda c=c: self.recolour(c))
        self.color_button.setMenu(menu)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(
            self.tr("Export briefing notes, starting from this window's document, tag and colour")
        )
        self.reattach_button = QPushButton(self.tr("Re-&attach to selection"))
        self.reattach_button.setToolTip(
            self.tr("Select the passage in the reader, then put this highlight on it")
        )

        filters = QHBoxLayout()
        filters.addWidget(self.text_edit, 3)
        for w in (self.color_box, self.doc_box, self.date_box, self.orphan_check):
            filters.addWidget(w)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        for b in (
            self.open_button,
            self.tag_button,
            self.untag_button,
            self.color_button,
            self.delete_button,
            self.reattach_button,
            self.export_button,
        ):
            actions.addWidget(b)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(filters)
        rl.addWidget(self.table, 1)
        rl.addLayout(actions)
        splitter = QSplitter()
        splitter.addWidget(self.tag_tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 1000])
        QVBoxLayout(self).addWidget(splitter)
        self.resize(1240, 640)

        self.text_edit.textChanged.connect(self._refilter)
        self.color_box.currentIndexChanged.connect(self._refilter)
        self.doc_box.currentIndexChanged.connect(self._refilter)
        self.date_box.currentIndexChanged.connect(self._refilter)
        self.orphan_check.toggled.connect(self._refilter)
        self.tag_tree.currentItemChanged.connect(self._refilter)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(self.open_current)
        self.tag_button.clicked.connect(self.add_tags)
        self.untag_button.clicked.connect(self.remove_tag)
        self.delete_button.clicked.connect(self.delete_selected)
        self.reattach_button.clicked.connect(self.reattach_current)
        self.export_button.clicked.connect(self.export_shown)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Find, self, self.text_edit.setFocus)
        self._update_buttons()

    # -- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        lib = self.session.library
        if lib is not None:
            self.session.run("read annotations", _read_all, lib, on_success=self._on_read)

    def _on_changed(self, _change: object) -> None:
        if self.isVisible():  # a hidden browser reads afresh when shown
            self.reload()

    def _on_read(self, result: Annotations) -> None:
        table, titles, folded = result
        chosen = self._selected_ids()
        self.model.set_table(table, titles, self.model.sections, folded)
        self._fill_documents(titles, set(map(itemgetter(R.DOC), table.rows)))
        self._fill_tags(Counter(table.tags))
        self._refilter()
        self._reselect(chosen)
        lib = self.session.library
        if lib is not None:
            self.session.run(
                "read sections",
                _read_sections,
                lib,
                set(titles),
                on_success=self.model.set_sections,
            )

    def _fill_documents(self, titles: dict[str, str], used: set[str]) -> None:
        wanted = self.doc_box.currentData() or ""
        self.doc_box.blockSignals(True)
        while self.doc_box.count() > 1:
            self.doc_box.removeItem(1)
        for doc_id, title in sorted(titles.items(), key=lambda kv: kv[1]):
            if doc_id in used:
                self.doc_box.addItem(title, doc_id)
        self.doc_box.setCurrentIndex(max(0, self.doc_box.findData(wanted)))
        self.doc_box.blockSignals(False)

    def _fill_tags(self, sets: Counter[tuple[str, ...]]) -> None:
        """All, untagged, then the tag tree (:mod:`jingdu.ui.notes.tag_tree`); keeps the
        choice. ``sets``: how many highlights carry each set of tags."""
        current = self.tag_tree.currentItem()
        wanted = current.data(0, TAG_ROLE) if current is not None else _ALL
        self.tag_tree.blockSignals(True)
        self.tag_tree.clear()
        root_all = QTreeWidgetItem([self.tr("All annotations"), str(sets.total())])
        root_all.setData(0, TAG_ROLE, _ALL)
        untagged = QTreeWidgetItem([self.tr("Untagged"), str(sets[()])])
        untagged.setData(0, TAG_ROLE, _UNTAGGED)
        self.tag_tree.addTopLevelItems([root_all, untagged])
        nodes = add_tag_nodes(self.tag_tree, sets)
        target = nodes.get(wanted) or (untagged if wanted == _UNTAGGED else root_all)
        self.tag_tree.setCurrentItem(target)
        self.tag_tree.blockSignals(False)

    def _refilter(self, *_: object) -> None:
        chosen = self._selected_ids()  # kept where still shown
        item = self.tag_tree.currentItem()
        days = self.date_box.currentData() or 0
        since = ""
        if days:
            start = datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
            # Stored times are UTC: compare with local midnight in UTC, not its local spelling.
            first = (start - timedelta(days=days - 1)).astimezone(timezone.utc)
            since = first.isoformat(timespec="seconds")
        self.proxy.update(
            text=fold(self.text_edit.text().strip()),
            tag=item.data(0, TAG_ROLE) if item is not None else _ALL,
            color=self.color_box.currentData() or "",
            doc=self.doc_box.currentData() or "",
            since=since,
            orphans_only=self.orphan_check.isChecked(),
        )
        self._reselect(chosen)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("%1 of %2 annotations").replace("%1", str(shown)).replace("%2", str(total))
        )
        self._update_buttons()

    # -- selection ------------------------------------------------------------------------

    def _selected_rows(self) -> list[int]:
        """The model's rows selected (the proxy's rows mapped, without a Highlight each)."""
        chosen = self.table.selectionModel()
        if chosen is None:
            return []
        shown = self.proxy.source_rows()
        return [shown[i.row()] for i in chosen.selectedRows()]

    def _selected_ids_in_order(self) -> list[str]:
        return [self.model.id_of(r) for r in self._selected_rows()]

    def _selected_ids(self) -> set[str]:
        return set(self._selected_ids_in_order())

    def selected(self) -> list[Highlight]:
        """The selected highlights, read whole from the library."""
        return self.model.highlights(self._selected_rows())

    def _find(self, ids: list[str]) -> list[Highlight]:
        lib = self.session.library
        return lib.highlights_by_id(ids) if lib is not None else []

    def _reselect(self, ids: set[str]) -> None:
        if not ids:
            return
        rows = self.model.rows
        selection = QItemSelection()
        last = self.proxy.columnCount() - 1
        for row, source in enumerate(self.proxy.source_rows()):
            if rows[source][R.ID] in ids:
                selection.select(self.proxy.index(row, 0), self.proxy.index(row, last))
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)

    def _update_buttons(self, *_: object) -> None:
        chosen = self._selected_rows()
        for b in (self.tag_button, self.untag_button, self.color_button, self.delete_button):
            b.setEnabled(bool(chosen))
        one = len(chosen) == 1
        self.open_button.setEnabled(one and not self.model.rows[chosen[0]][R.ORPHAN])
        self.reattach_button.setEnabled(one)

    # -- actions --------------------------------------------------------------------------

    def _change(self, label: str, fn: Callable[[], object]) -> None:
        self.session.change(label, fn)

    def open_current(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1 and not chosen[0].orphan:
            self.open_requested.emit(chosen[0])

    def add_tags(self, tags: list[str] | None = None) -> None:
        chosen, lib = self._selected_ids_in_order(), self.session.library
        if not chosen or lib is None:
            return
        if tags is None:
            dialog = TagDialog([n for n, _ in lib.tags()], [], self)
            dialog.setWindowTitle(self.tr("Add tags to %n annotation(s)", "", len(chosen)))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            tags = dialog.tags()
        if not tags:
            return
        ids = chosen
        self._change("tag", lambda: lib.edit_highlights(ids, add_tags=tags))

    def remove_tag(self, tag: str | None = None) -> None:
        rows, lib = self._selected_rows(), self.session.library
        if not rows or lib is None:
            return
        tags = self.model.tags
        present = sorted({t for r in rows for t in tags[r]}, key=str.casefold)
        if tag is None:
            if not present:
                return
            tag, ok = QInputDialog.getItem(
                self,
                self.tr("Remove tag"),
                self.tr("Tag to remove from the selected annotations:"),
                present,
                0,
                False,
            )
            if not ok:
                return
        ids = [self.model.id_of(r) for r in rows if tag in tags[r]]
        if ids:
            self._change("untag", lambda: lib.edit_highlights(ids, remove_tags=[tag]))

    def recolour(self, color: str) -> None:
        ids, lib = self._selected_ids_in_order(), self.session.library
        if ids and lib is not None:
            self._change("recolour", lambda: lib.edit_highlights(ids, color=color))

    def delete_selected(self, confirm: bool = True) -> None:
        ids, lib = self._selected_ids_in_order(), self.session.library
        if not ids or lib is None:
            return
        if confirm and len(ids) > 1:
            answer = QMessageBox.question(
                self,
                self.tr("Delete annotations"),
                self.tr(
                    "Delete %n annotation(s)? Ctrl+Z in the reader brings them back.",
                    "",
                    len(ids),
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._change("delete", lambda: lib.delete_highlights(ids))

    def export_shown(self) -> None:
        """The export dialog, scoped like this window's document, tag and colour filters."""
        item = self.tag_tree.currentItem()
        tag = item.data(0, TAG_ROLE) if item is not None else _ALL
        doc, color = self.doc_box.currentData(), self.color_box.currentData()
        self.export_requested.emit(
            [doc] if doc else None,
            [tag] if tag not in (_ALL, _UNTAGGED) else None,
            [color] if color else None,
        )

    def reattach_current(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.reattach_requested.emit(chosen[0].id)
