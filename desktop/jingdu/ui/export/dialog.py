"""The export dialog: choose the highlights, the grouping and the cover, see how many
excerpts that makes as you choose, and write a briefing note (PDF, Markdown or JSON).

Reading the highlights, finding the PDF font and writing the file run on the main
window's worker; the live count runs here, in memory (``export.model.tally``).
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jingdu.errors import UserError
from jingdu.export import fonts
from jingdu.export.model import BriefingOptions, ExportCancelled, tally
from jingdu.export.result import Exported, code_points
from jingdu.export.writers import WRITERS
from jingdu.library import DocumentSummary
from jingdu.notes.model import Highlight
from jingdu.notes.store import Filter
from jingdu.ui.common import settings as S
from jingdu.ui.common.messages import user_text
from jingdu.ui.common.plain import plain_label
from jingdu.ui.common.worker import LONG, checkpoint
from jingdu.ui.export import memory as export_memory
from jingdu.ui.export.charts_row import ChartsRow
from jingdu.ui.export.font_row import FontRow
from jingdu.ui.export.layout_box import LayoutBox
from jingdu.ui.export.meanings import MeaningsBox
from jingdu.ui.export.scope import ScopeBox

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from jingdu.library import Library
    from jingdu.ui.session import Session

FORMATS = {w.suffix[1:]: f"{w.label} (*{w.suffix})" for w in WRITERS}
"""The file dialog's filter per format, from the export writers' table."""
DEFAULT_TITLE = BriefingOptions().title
WARN_STYLE = "color: #b45309;"
ERROR_STYLE = "color: #b91c1c;"

open_url = QDesktopServices.openUrl
"""How a file or folder is shown to the user (tests replace it)."""

Loaded = tuple[list[DocumentSummary], list[Highlight]]


def _load(lib: Library) -> Loaded:
    """On the worker: the documents and every highlight."""
    return lib.documents(), lib.highlights(Filter())


def file_name(title: str, suffix: str) -> str:
    """A file name from the title: no path separators or characters Windows refuses."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", title).strip(" ._") or "briefing"
    return f"{stem[:80]}.{suffix}"


class ExportDialog(QDialog):
    _progressed = Signal(int, int)
    """From the worker: excerpts laid out so far, and in all."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.annotations_changed.connect(self._on_changed)
        self.setWindowTitle(self.tr("Export briefing notes"))
        self.setObjectName("export_dialog")
        self.items: list[Highlight] = []
        self.last_path: Path | None = None
        self.exporting = False
        """An export is running: no second one starts until it reports."""
        self._cancel = threading.Event()

        self.scope = ScopeBox()
        self.group_buttons = QButtonGroup(self)
        group_box = QGroupBox(self.tr("Group by"))
        gl = QVBoxLayout(group_box)
        for key, label in (
            ("document", self.tr("Document, in &reading order (under its section headings)")),
            ("tag", self.tr("Ta&g")),
            ("color", self.tr("&Colour, with the meanings below")),
        ):
            button = QRadioButton(label)
            button.setProperty("grouping", key)
            self.group_buttons.addButton(button)
            gl.addWidget(button)
        self.meanings = MeaningsBox()
        self.meaning_edits = self.meanings.edits
        gl.addWidget(self.meanings)

        self.title_edit = QLineEdit(DEFAULT_TITLE)
        self.subtitle_edit = QLineEdit()
        self.author_edit = QLineEdit()
        self.author_edit.setPlaceholderText(self.tr("Your name or organisation"))
        self.date_edit = QLineEdit(QDate.currentDate().toString(self.tr("d MMMM yyyy")))
        self.preface_edit = QPlainTextEdit()
        self.preface_edit.setPlaceholderText(
            self.tr("Optional: a few words for the study group (blank lines separate paragraphs)")
        )
        self.preface_edit.setTabChangesFocus(True)
        self.preface_edit.setFixedHeight(96)  # a few lines; it scrolls for more
        cover = QGroupBox(self.tr("Cover"))
        form = QFormLayout(cover)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Subtitle"), self.subtitle_edit)
        form.addRow(self.tr("A&uthor"), self.author_edit)
        form.addRow(self.tr("D&ate"), self.date_edit)
        form.addRow(self.tr("&Preface"), self.preface_edit)

        self.context_check = QCheckBox(self.tr("Add each excerpt's whole paragraph as conte&xt"))
        self.format_box = QComboBox()
        for w in WRITERS:
            self.format_box.addItem(w.label, w.suffix[1:])
        self.font_row = FontRow(session)
        self.layout_box = LayoutBox(session)
        self.font_warning = self.font_row.warning
        output = QGroupBox(self.tr("Output"))
        ol = QFormLayout(output)
        ol.addRow(self.context_check)
        self.charts_row = ChartsRow(session)
        ol.addRow(self.charts_row)
        ol.addRow(self.tr("For&mat"), self.format_box)
        ol.addRow(self.tr("PDF font"), self.font_row)
        ol.addRow(self.font_warning)

        self.count_label = plain_label()
        self.count_label.setObjectName("export_count")
        self.result_label = plain_label()
        self.result_label.setObjectName("export_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(220)
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setToolTip(self.tr("Stop the export; nothing is written"))
        self.open_file_button = QPushButton(self.tr("&Open the file"))
        self.open_folder_button = QPushButton(self.tr("Show in &folder"))
        self.print_button = QPushButton(self.tr("Print pre&view…"))
        self.print_button.setToolTip(self.tr("Print the briefing, with a preview (Ctrl+P)"))
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setDefault(True)
        self.export_button.setToolTip(self.tr("Export (Ctrl+Enter)"))
        self.close_button = QPushButton(self.tr("Close"))

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(group_box)
        rl.addWidget(cover)
        rl.addWidget(self.layout_box)
        rl.addWidget(output)
        rl.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.scope)
        # A laptop's 768 pixels do not hold every option at once: the column scrolls.
        scroll = QScrollArea()
        scroll.setWidget(right)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        splitter.addWidget(scroll)
        splitter.setSizes([440, 560])
        result_row = QHBoxLayout()
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.progress_bar)
        result_row.addWidget(self.cancel_button)
        result_row.addWidget(self.open_file_button)
        result_row.addWidget(self.open_folder_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(result_row)
        layout.addLayout(bottom)
        self.resize(1040, 760)
        self._show_result("")

        self.scope.changed.connect(self.update_count)
        self.group_buttons.buttonToggled.connect(lambda _b, _on: self._on_grouping_changed())
        self.format_box.currentIndexChanged.connect(lambda _i: self._update_format_rows())
        self.export_button.clicked.connect(lambda: self.export())
        self.print_button.clicked.connect(self.print_briefing)
        self.layout_box.changed.connect(self.update_count)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_briefing)
        self.close_button.clicked.connect(self.close)
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.cancel_button.clicked.connect(self._cancel.set)
        self._progressed.connect(self._on_progress)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, lambda: self.export())
        export_memory.restore(self)

    # -- loading ----------------------------------------------------------------------------

    def reload(
        self,
        docs: list[str] | None = None,
        tags: list[str] | None = None,
        colors: list[str] | None = None,
        keep_scope: bool = False,
    ) -> None:
        """Read the library afresh and check only these documents, tags and colours
        (each: all when not given), as the annotation browser's filter passes them;
        with ``keep_scope``, keep what the user has checked instead."""
        lib = self.session.library
        if lib is None:
            return
        if not self.exporting and not keep_scope:
            self._show_result("")  # the last export's result belongs to the last visit
        self.count_label.setText(self.tr("Reading the annotations…"))
        self.export_button.setEnabled(False)

        def loaded(result: Loaded) -> None:
            documents, self.items = result
            if keep_scope:
                docs_, tags_ = self.scope.documents(), self.scope.tags()
            else:
                docs_, tags_ = docs or [], tags or []
                self.scope.set_colors(colors or [])
            self.scope.fill(documents, self.items)
            self.scope.set_documents(docs_)
            self.scope.set_tags(tags_)

        def failed(exc: BaseException) -> None:
            text = self.tr("Could not read the annotations: %1")
            self.count_label.setText(text.replace("%1", user_text(exc)))
            self.count_label.setStyleSheet(ERROR_STYLE)
            if not isinstance(exc, UserError):
                self.session.report("read for export", exc)

        self.session.run("read for export", _load, lib, on_success=loaded, on_failure=failed)
        self.charts_row.reload()
        if self.pdf_font is None:  # found once; again only when the user picks a file
            self.set_font_file(self.font_file)

    def refresh(self) -> None:
        """Read again after the annotations changed, keeping the user's choices."""
        self.reload(keep_scope=True)

    def _on_changed(self, _change: object) -> None:
        if self.isVisible():  # a hidden dialog reads afresh when shown
            self.refresh()

    @property
    def pdf_font(self) -> fonts.PdfFont | None:
        return self.font_row.chosen

    @property
    def font_file(self) -> str:
        return self.font_row.file

    def set_font_file(self, path: str) -> None:
        self.font_row.set_file(path)

    def _update_format_rows(self) -> None:
        fmt = str(self.format_box.currentData())
        self.font_row.show_for(fmt == "pdf")
        self.layout_box.show_for(fmt, self.font_file or None)

    # -- the choice ---------------------------------------------------------------------------

    def grouping(self) -> str:
        button = self.group_buttons.checkedButton()
        return str(button.property("grouping")) if button is not None else "document"

    def options(self) -> BriefingOptions | None:
        """The choice as export options; None when the scope leaves nothing to choose from."""
        docs, colors = self.scope.documents(), self.scope.colors()
        if docs is None or colors is None:
            return None
        since, until = self.scope.dates()
        return BriefingOptions(
            docs=docs,
            tags=self.scope.tags(),
            colors=colors,
            since=since,
            until=until,
            notes_only=self.scope.notes_only.isChecked(),
            group_by=self.grouping(),
            color_meanings={c: e.text().strip() for c, e in self.meaning_edits.items()},
            title=self.title_edit.text(),
            subtitle=self.subtitle_edit.text(),
            author=self.author_edit.text(),
            date=self.date_edit.text(),
            preface=self.preface_edit.toPlainText(),
            context=self.context_check.isChecked(),
            layout=self.layout_box.layout_name(),
            masthead=self.layout_box.masthead(),
            figures=self.charts_row.included(),
        )

    def update_count(self) -> int:
        o = self.options()
        excerpts, groups = tally(self.items, o) if o is not None else (0, 0)
        if o is not None and o.since and o.until and o.since > o.until:
            self.count_label.setText(self.tr("The first day is after the last."))
            self.count_label.setStyleSheet(WARN_STYLE)
        elif excerpts:
            text = self.tr("%1 in %2 will be exported.")
            text = text.replace("%1", self.tr("%n excerpt(s)", "", excerpts))
            self.count_label.setText(text.replace("%2", self.tr("%n group(s)", "", groups)))
            self.count_label.setStyleSheet("")
        else:
            self.count_label.setText(self.tr("No highlight matches this choice."))
            self.count_label.setStyleSheet(WARN_STYLE)
        self.export_button.setEnabled(excerpts > 0 and not self.exporting)
        self.print_button.setEnabled(excerpts > 0 and not self.exporting)
        return excerpts

    def _on_grouping_changed(self) -> None:
        self.meanings.setEnabled(self.grouping() == "color")
        self.update_count()

    # -- exporting ----------------------------------------------------------------------------

    def export(self, path: Path | None = None) -> None:
        """Write the briefing note; without ``path``, ask where (in the last folder used)."""
        lib, options = self.session.library, self.options()
        if lib is None or options is None or self.exporting or not self.update_count():
            return
        fmt = str(self.format_box.currentData())
        if path is None:
            store = self.session.settings
            folder = S.EXPORT_FOLDER.get(store) if store is not None else ""
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export briefing notes"),
                str(Path(folder or Path.home()) / file_name(options.title, fmt)),
                FORMATS[fmt],
            )
            if not chosen:
                return
            path = Path(chosen)
            if path.suffix.lower() != f".{fmt}":
                path = path.with_name(path.name + f".{fmt}")
        export_memory.save(self, path.parent)
        self.exporting = True
        self.export_button.setEnabled(False)
        self._cancel.clear()
        self._show_result(self.tr("Exporting…"), running=True)
        target = path
        cancel, progressed = self._cancel, self._progressed

        def progress(done: int, total: int, _what: str) -> None:  # on the worker
            if cancel.is_set():
                raise ExportCancelled
            checkpoint()  # the window is closing
            progressed.emit(done, total)

        def done(result: Exported) -> None:
            self.exporting = False
            self.last_path = target
            text = self.tr("Exported %n excerpt(s) to %1", "", result.briefing.excerpt_count)
            text = text.replace("%1", str(target))
            warnings = self._warnings(result)
            self._show_result("\n".join([text, *warnings]), WARN_STYLE if warnings else "", True)
            self.session.message.emit(text)  # seen also if the dialog was closed
            self.update_count()

        def failed(exc: BaseException) -> None:
            self.exporting = False
            text = self.tr("Not exported: %1").replace("%1", user_text(exc))
            if isinstance(exc, ExportCancelled):
                text = self.tr("Export stopped; nothing was written.")
            self._show_result(text, "" if isinstance(exc, ExportCancelled) else ERROR_STYLE)
            self.session.message.emit(text)
            self.update_count()
            if not isinstance(exc, (UserError, OSError)):
                self.session.report("export", exc)  # a defect: the dialog is usable again

        self.session.run(
            "export",
            lib.export,
            target,
            options,
            self.font_file or None,
            progress,
            on_success=done,
            on_failure=failed,
            lane=LONG,  # reads only: annotations made meanwhile are saved at once
        )

    def print_briefing(self) -> None:
        """The briefing as the PDF export would make it, through the print dialog."""
        lib, options = self.session.library, self.options()
        if lib is None or options is None or self.exporting or not self.update_count():
            return
        from jingdu.ui.export import printing  # Qt's print support loads when first used

        def made(data: bytes) -> None:
            self._show_result("")
            self.update_count()
            printing.preview(data, options.title, self).exec()

        def failed(exc: BaseException) -> None:
            self._show_result(self.tr("Not printed: %1").replace("%1", user_text(exc)), ERROR_STYLE)
            self.update_count()
            if not isinstance(exc, (UserError, OSError)):
                self.session.report("print", exc)

        self.print_button.setEnabled(False)  # until these pages are ready
        self._show_result(self.tr("Preparing the pages…"), running=True)
        self.session.run(
            "print briefing",
            printing.briefing_pdf,
            lib,
            options,
            self.font_file or None,
            on_success=made,
            on_failure=failed,
            lane=LONG,
        )

    def _warnings(self, result: Exported) -> list[str]:
        """What the user should know about the file, in their language."""
        out = []
        if result.font_warning and self.pdf_font is not None:
            out.append(self.font_row.warning_text(self.pdf_font))
        if result.missing:
            text = self.tr(
                "No installed font has these characters, so the PDF prints their code "
                "points: %1. Installing fonts-symbola and fonts-hanazono may help."
            )
            out.append(text.replace("%1", code_points(result.missing)))
        return [w for w in out if w]

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)

    def _show_result(
        self, text: str, style: str = "", done: bool = False, running: bool = False
    ) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(style)
        self.result_label.setVisible(bool(text))
        self.progress_bar.setRange(0, 0)  # busy until the first excerpt is laid out
        self.progress_bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.open_file_button.setVisible(done)
        self.open_folder_button.setVisible(done)

    def open_file(self) -> None:
        if self.last_path is not None:
            self._open(self.last_path)

    def open_folder(self) -> None:
        if self.last_path is not None:
            self._open(self.last_path.parent)

    def _open(self, path: Path) -> None:
        """Show ``path`` with the system's application for it; say so when there is none
        (a machine without a desktop's file launcher), rather than nothing happening."""
        if not open_url(QUrl.fromLocalFile(str(path))):
            text = self.tr("No application here opens %1; the file is in %2.")
            text = text.replace("%1", path.name).replace("%2", str(path.parent))
            self._show_result(text, WARN_STYLE, done=True)
            self.session.message.emit(text)
