"""What the cleanup removed from a document: every line taken out, where, and why.

The cleaner and the readers record each removal (``Document.removed``); this is the
audit a reader checks when a sentence seems to be missing. The reasons come from the
core in English; :func:`reason_text` says them in the UI's language (one table).
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jingdu.corpus.document import Document
from jingdu.ui.common.plain import plain_label


def _reasons() -> list[tuple[str, str]]:
    """(the core's reason, or the start of it; what the user reads). Longest first."""
    return [
        (
            "page number (split)",
            QCoreApplication.translate("RemovedReasons", "page number (split over two lines)"),
        ),
        ("page number", QCoreApplication.translate("RemovedReasons", "page number")),
        ("folio", QCoreApplication.translate("RemovedReasons", "page number")),
        (
            "running header with page number",
            QCoreApplication.translate("RemovedReasons", "running head with page number"),
        ),
        ("running header", QCoreApplication.translate("RemovedReasons", "running head")),
        ("running head", QCoreApplication.translate("RemovedReasons", "running head")),
        ("running foot", QCoreApplication.translate("RemovedReasons", "running foot")),
        ("table of contents", QCoreApplication.translate("RemovedReasons", "table of contents")),
        (
            "vertical section label",
            QCoreApplication.translate("RemovedReasons", "section label printed down the page"),
        ),
        (
            "journal or column label",
            QCoreApplication.translate("RemovedReasons", "journal or column name"),
        ),
        ("empty list item", QCoreApplication.translate("RemovedReasons", "empty list item")),
        ("markup", QCoreApplication.translate("RemovedReasons", "formatting marks")),
        ("masthead", QCoreApplication.translate("RemovedReasons", "masthead")),
        ("links", QCoreApplication.translate("RemovedReasons", "list of links")),
        (
            "page details",
            QCoreApplication.translate(
                "RemovedReasons", "page details (date, source, share buttons)"
            ),
        ),
        (
            "page without a text layer",
            QCoreApplication.translate("RemovedReasons", "page without text (a scanned image)"),
        ),
        (
            "unreadable chapter",
            QCoreApplication.translate("RemovedReasons", "chapter that could not be read"),
        ),
    ]


def reason_text(reason: str) -> str:
    """``reason`` in the UI's language; one Jingdu does not know is shown as it is."""
    for key, text in _reasons():
        if reason.startswith(key):
            return text
    if "characters without a Unicode map" in reason:
        return QCoreApplication.translate("RemovedReasons", "characters the PDF's font cannot name")
    return reason


class RemovedDialog(QDialog):
    """A table of the removals (where, why, what), filtered by reason."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(self.tr("What the cleanup removed"))
        self.resize(760, 480)
        # Where a removal was: the line of a plain-text source, the page of a PDF; other
        # formats (Word, web pages, EPUB, Markdown) have neither.
        suffix = doc.source.lower().rpartition(".")[2] if "." in doc.source else ""
        self.by_page = suffix == "pdf"
        self.by_line = suffix in ("txt", "text", "")
        counts = Counter(reason_text(r.reason) for r in doc.removed)
        self.summary = plain_label()
        if doc.removed:
            parts = "、".join(f"{why} {n}" for why, n in counts.most_common())
            self.summary.setText(
                self.tr("%n item(s) removed from “%1”: %2", "", len(doc.removed))
                .replace("%1", doc.title)
                .replace("%2", parts)
            )
        else:
            self.summary.setText(self.tr("Nothing was removed from “%1”.").replace("%1", doc.title))
        self.summary.setWordWrap(True)
        self.filter = QComboBox()
        self.filter.addItem(self.tr("All reasons"), "")
        for why, n in counts.most_common():
            self.filter.addItem(f"{why}（{n}）", why)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Page") if self.by_page else self.tr("Line") if self.by_line else "",
                self.tr("Reason"),
                self.tr("Text"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Close"))  # Qt's own word stays English without its .qm
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self._note()))
        layout.addWidget(buttons)
        self.filter.currentIndexChanged.connect(self._fill)
        self._fill()

    def _note(self) -> str:
        return self.tr(
            "Jingdu keeps the original file: these lines are left out of the text you read "
            "and search, never deleted."
        )

    def _fill(self) -> None:
        wanted = self.filter.currentData()
        rows = sorted(
            (r for r in self.doc.removed if not wanted or reason_text(r.reason) == wanted),
            key=lambda r: r.line,
        )  # in the order of the source
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            where = r.line if self.by_page else r.line + 1 if self.by_line else 0
            cells = [str(where) if where > 0 else "—", reason_text(r.reason), r.text]
            for j, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(value if j == 2 else "")
                self.table.setItem(i, j, item)

    def shown_rows(self) -> list[list[str]]:
        """The table as the user sees it (for tests)."""
        return [
            [item.text() if (item := self.table.item(i, j)) else "" for j in range(3)]
            for i in range(self.table.rowCount())
        ]
