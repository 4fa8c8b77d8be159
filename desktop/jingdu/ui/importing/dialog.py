"""The import window: progress while files are read, then the summary, in one window.

As in calibre's "Adding books" and a browser's downloads list, each file's row
appears as soon as that file is done, and when the last one is, the same window
becomes the summary. A separate summary built at the end cost the window one
long freeze (creating, laying out and first painting a list of a hundred
files while the new documents went to the search index).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jingdu.importer import ImportReport
from jingdu.ui.common.plain import plain_label, tooltip


class ImportDialog(QDialog):
    """Progress of an import (file n of m, a PDF's pages, Cancel) above the list of what
    became of each file; :meth:`finish` turns it into the summary."""

    cancel_requested = Signal()

    def __init__(self, files: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.resize(640, 420)
        self.running = True
        self.headline = plain_label(self.tr("Importing…"))  # file names shown as written
        self.progress = QProgressBar()
        self.progress.setRange(0, max(files, 1))
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("File"), self.tr("Result")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setColumnWidth(0, 260)
        self.hint = QLabel(self.tr("Hover a row for the details."))
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.progress)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

    # -- while importing -----------------------------------------------------------------

    def show_file(self, n: int, total: int, name: str) -> None:
        """File ``n`` (from 0) of ``total`` is being read."""
        self.progress.setValue(n)
        self.headline.setText(
            self.tr("File %1 of %2: %3")
            .replace("%1", str(n + 1))
            .replace("%2", str(total))
            .replace("%3", name.replace("\n", " "))
        )

    def show_pages(self, done: int, total: int) -> None:
        """How far the reader has got in a long file (a PDF's pages)."""
        first = self.headline.text().split("\n")[0]
        page = self.tr("page %1 of %2").replace("%1", str(done + 1)).replace("%2", str(total))
        self.headline.setText(f"{first}\n{page}")

    def add_row(self, file: str, result: str, detail: str) -> None:
        item = QTreeWidgetItem([Path(file).name.replace("\n", " "), result])
        item.setToolTip(0, tooltip(file))
        item.setToolTip(1, tooltip(detail or result))
        self.list.addTopLevelItem(item)

    def cancel(self) -> None:
        """What the Cancel button does: stop after the file being read."""
        if self.running:
            self.cancel_button.setEnabled(False)
            self.headline.setText(self.tr("Stopping after this file…"))
            self.cancel_requested.emit()

    # -- afterwards ----------------------------------------------------------------------

    def finish(self, report: ImportReport, cancelled: bool) -> None:
        """The import is over: the headline sums it up and Cancel becomes Close."""
        self.running = False
        head = self.tr("%n document(s) imported", "", len(report.documents))
        if report.duplicates:
            head += " · " + self.tr("%n file(s) already in the library", "", len(report.duplicates))
        if report.refused:
            head += " · " + self.tr("%n file(s) not imported", "", len(report.refused))
        if cancelled:
            head += " · " + self.tr("cancelled")
        self.setWindowTitle(self.tr("Import finished"))
        self.headline.setText(head)
        self.progress.hide()
        self.buttons.removeButton(self.cancel_button)
        self.cancel_button.deleteLater()
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)

    def imported_as(self, titles: list[str]) -> str:
        """The result column of an imported file: the titles of its documents."""
        names = "、".join(f"《{t}》" for t in titles[:3])
        if len(titles) > 3:
            names += " " + self.tr("and %n more", "", len(titles) - 3)
        return self.tr("imported: %1").replace("%1", names)

    def results(self) -> list[tuple[str, str]]:
        """(file name, result) of every row, for tests and screen readers."""
        rows = [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())]
        return [(row.text(0), row.text(1)) for row in rows if row is not None]

    # -- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window while files are read is Cancel, as with a progress dialog;
        # the window stays until the file being read is done and it can say so.
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
