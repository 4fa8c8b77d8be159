"""What a user can do to a document from the library list: rename, replace, delete.

Each is confirmed (delete says how many documents and highlights it touches)
or entered in a dialog, and runs on the worker's write lane; the window reads
the library again when it is done.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from jingdu.errors import UserError
from jingdu.library import DocumentSummary, Library
from jingdu.ui.common.messages import user_text
from jingdu.ui.common.plain import literal
from jingdu.ui.importing.flow import reason_text
from jingdu.ui.session import Session

AUTHOR_SEPARATORS = "、,，;；"


def split_authors(text: str) -> list[str]:
    for sep in AUTHOR_SEPARATORS[1:]:
        text = text.replace(sep, AUTHOR_SEPARATORS[0])
    return [a.strip() for a in text.split(AUTHOR_SEPARATORS[0]) if a.strip()]


class RenameDialog(QDialog):
    def __init__(self, doc: DocumentSummary, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rename document"))
        self.title = QLineEdit(doc.title)
        self.title.setAccessibleName(self.tr("Title"))
        self.authors = QLineEdit("、".join(doc.authors))
        self.authors.setAccessibleName(self.tr("Authors"))
        self.authors.setPlaceholderText(self.tr("separated by 、 or commas"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Authors:"), self.authors)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(self._check)
        form.addRow(self.buttons)
        self.resize(480, self.sizeHint().height())

    def _check(self, text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text.strip()))


class DocumentActions(QObject):
    """Rename, replace and delete, for the window's library list."""

    changed = Signal(str)
    """A document changed or went; the text is for the status bar."""

    def __init__(self, parent: QWidget, session: Session) -> None:
        super().__init__(parent)
        self._parent = parent
        self._session = session

    def _library(self) -> Library | None:
        return self._session.library

    def _run(self, name: str, fn: Callable[[], object], said: str) -> None:
        def failed(exc: BaseException) -> None:
            if not isinstance(exc, UserError):
                self._session.report(name, exc)  # a bug: logged, and the user told
                return
            reason = getattr(exc, "reason", "")
            text = reason_text(reason) if reason else user_text(exc)
            QMessageBox.warning(self._parent, self.tr("Library"), literal(text))

        self._session.run(
            name, fn, on_success=lambda _r: self.changed.emit(said), on_failure=failed
        )

    def rename(self, doc: DocumentSummary) -> None:
        lib = self._library()
        if lib is None:
            return
        dialog = RenameDialog(doc, self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        title, authors = dialog.title.text(), split_authors(dialog.authors.text())
        self._run(
            "rename",
            lambda: lib.rename_document(doc.id, title=title, authors=authors),
            self.tr("Renamed to 《%1》").replace("%1", title.strip()),
        )

    def replace(self, doc: DocumentSummary) -> None:
        lib = self._library()
        if lib is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self._parent, self.tr("Replace with a new version"), "", file_filter(self)
        )
        if not path:
            return
        self._run(
            "replace",
            lambda: lib.import_file(Path(path), replace=doc.id),
            self.tr("《%1》 replaced by a new version; its highlights were placed again").replace(
                "%1", doc.title
            ),
        )

    def delete(self, doc: DocumentSummary, siblings: int, highlights: int) -> None:
        """Ask, then delete ``doc`` (and the ``siblings`` other pieces of its source)."""
        lib = self._library()
        if lib is None:
            return
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete document"))
        text = self.tr("Delete 《%1》 from the library?").replace("%1", doc.title)
        if siblings:
            text += "\n" + self.tr(
                "The %n other document(s) from the same file go with it.", "", siblings
            )
        if highlights:
            text += "\n" + self.tr(
                "Its %n highlight(s) are kept as orphans, unless you tick the box.", "", highlights
            )
        box.setText(literal(text))
        drop = QCheckBox(self.tr("Delete its highlights too"))
        drop.setVisible(highlights > 0)
        box.setCheckBox(drop)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        drop_them = drop.isChecked()
        self._run(
            "delete document",
            lambda: lib.delete_document(doc.id, drop_highlights=drop_them),
            self.tr("Deleted 《%1》").replace("%1", doc.title),
        )


def file_filter(_owner: QObject | None = None) -> str:
    """The file dialog's filter: every format Jingdu imports, from the formats table."""
    from jingdu.importing.formats import FORMATS

    patterns = " ".join(f"*{s}" for f in FORMATS for s in f.suffixes)
    parts = [QCoreApplication.translate("FileFilter", "Documents (%1)").replace("%1", patterns)]
    names = {"Text": QCoreApplication.translate("FileFilter", "Plain text")}
    parts += [
        f"{names.get(f.label, f.label)} ({' '.join('*' + s for s in f.suffixes)})" for f in FORMATS
    ]
    return ";;".join([*parts, QCoreApplication.translate("FileFilter", "All files (*)")])
