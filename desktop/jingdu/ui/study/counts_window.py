"""词频与搭配 Counts: how often terms occur per document and per source, as a chart,
and the words that occur with each; the chart saved as PNG, the numbers as CSV, or
the chart added to the briefing note.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jingdu.errors import UserError
from jingdu.files import write_atomically
from jingdu.search.query import QueryError
from jingdu.study.counts import MAX_TERMS, Counts
from jingdu.study.figures import Figure, figure_of
from jingdu.ui.common.messages import user_text
from jingdu.ui.common.plain import plain_label
from jingdu.ui.common.worker import SEARCH
from jingdu.ui.search.panel import query_error_text
from jingdu.ui.study.chart import ChartView, render_png

if TYPE_CHECKING:
    from jingdu.ui.session import Session

_SPLIT = re.compile(r"[\s,，、;；]+")


def split_terms(text: str) -> list[str]:
    """Terms as typed: separated by spaces, commas or 、; each once."""
    return list(dict.fromkeys(t for t in _SPLIT.split(text.strip()) if t))


class CountsWindow(QWidget):
    shown = Signal()
    """The chart (or a message) is on screen for the latest terms."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.setObjectName("counts")
        self.setWindowTitle(self.tr("Counts and collocates"))
        self.resize(1000, 720)
        self.edit = QLineEdit()
        self.edit.setObjectName("counts_terms")
        self.edit.setPlaceholderText(self.tr("Terms, separated by spaces: 新质生产力 高质量发展"))
        self.edit.setAccessibleName(self.tr("Terms to count"))
        self.run_button = QPushButton(self.tr("&Count"))
        self.views = QComboBox()
        self.views.setObjectName("counts_view")
        self.views.setAccessibleName(self.tr("What the chart shows"))
        for key, label in (
            ("doc_rate", self.tr("Per document, per 1,000 characters")),
            ("doc_count", self.tr("Per document, occurrences")),
            ("source_rate", self.tr("Per source file, per 1,000 characters")),
            ("source_count", self.tr("Per source file, occurrences")),
        ):
            self.views.addItem(label, key)
        self.status = plain_label()
        self.status.setObjectName("counts_status")
        self.status.setWordWrap(True)
        self.chart = ChartView()
        self.chart.setObjectName("counts_chart")
        self.chart.setAccessibleName(self.tr("Chart"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        self.collocates = QTableWidget(0, 4)
        self.collocates.setObjectName("counts_collocates")
        self.collocates.setAccessibleName(self.tr("Words that occur with the term"))
        heads = [self.tr("Term"), self.tr("Word nearby"), self.tr("Together")]
        self.collocates.setHorizontalHeaderLabels([*heads, self.tr("Log-likelihood")])
        self.collocates.verticalHeader().hide()
        self.collocates.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.collocates.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.png_button = QPushButton(self.tr("Save chart as &PNG…"))
        self.csv_button = QPushButton(self.tr("Save counts as &CSV…"))
        self.brief_button = QPushButton(self.tr("Add chart to the &briefing note"))
        self.brief_button.setObjectName("counts_to_briefing")
        top = QHBoxLayout()
        top.addWidget(self.edit, 1)
        top.addWidget(self.run_button)
        top.addWidget(self.views)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(scroll)
        split.addWidget(self.collocates)
        split.setSizes([460, 220])
        bottom = QHBoxLayout()
        bottom.addWidget(self.png_button)
        bottom.addWidget(self.csv_button)
        bottom.addStretch(1)
        bottom.addWidget(self.brief_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.result: Counts | None = None
        self.figure: Figure | None = None
        self._asked: list[str] = []
        self._connect_signals()
        self._enable()

    def _connect_signals(self) -> None:
        self.edit.returnPressed.connect(self.run_now)
        self.run_button.clicked.connect(self.run_now)
        self.views.currentIndexChanged.connect(self._redraw)
        self.png_button.clicked.connect(self._save_png)
        self.csv_button.clicked.connect(self._save_csv)
        self.brief_button.clicked.connect(self.add_to_briefing)

    def _enable(self) -> None:
        for b in (self.png_button, self.csv_button, self.brief_button):
            b.setEnabled(self.figure is not None)

    def show_terms(self, text: str) -> None:
        self.edit.setText(text)
        self.run_now()
        self.show()
        self.raise_()
        self.activateWindow()

    def run_now(self) -> None:
        lib = self.session.library
        terms = split_terms(self.edit.text())
        if lib is None:
            return
        self._asked = terms
        if not terms or len(terms) > MAX_TERMS:
            # Said here, in the window's language (the core says it in English).
            self.status.setText(
                self.tr("Type a term to count.")
                if not terms
                else self.tr("At most %1 terms are counted at once.").replace("%1", str(MAX_TERMS))
            )
            self.shown.emit()
            return
        self.status.setText(self.tr("Counting…"))
        self.session.run(
            "counts",
            lib.counts,
            terms,
            on_success=partial(self._on_result, terms),
            on_failure=partial(self._on_failed, terms),
            lane=SEARCH,
        )

    def _on_result(self, terms: list[str], result: Counts) -> None:
        if terms != self._asked:
            return
        self.result = result
        said = "；".join(
            self.tr("%1: %2 occurrences in %3 documents")
            .replace("%1", t.term)
            .replace("%2", f"{t.total:,}")
            .replace("%3", str(sum(1 for d in t.documents if d.count)))
            for t in result.terms
        )
        self.status.setText(said)
        rows = [(t.term, c) for t in result.terms for c in t.collocates]
        self.collocates.setRowCount(len(rows))
        for r, (term, c) in enumerate(rows):
            for col, value in enumerate((term, c.word, str(c.together), f"{c.score:.1f}")):
                self.collocates.setItem(r, col, QTableWidgetItem(value))
        self._redraw()
        self.shown.emit()

    def _on_failed(self, terms: list[str], exc: BaseException) -> None:
        if terms != self._asked:
            return
        if isinstance(exc, QueryError):
            self.status.setText(query_error_text(exc))
        elif isinstance(exc, UserError):
            self.status.setText(user_text(exc))
        else:
            self.session.report("counts", exc)
            return
        self.shown.emit()

    def _redraw(self, *_: object) -> None:
        if self.result is None or not any(t.total for t in self.result.terms):
            self.figure = None
            if self.result is not None:
                self.status.setText(self.tr("None of these terms occurs in the library."))
        else:
            self.figure = figure_of(self.result, self.views.currentData())
        self.chart.set_figure(self.figure)
        self._enable()

    # -- out of the window ------------------------------------------------------------

    def png(self) -> bytes:
        assert self.figure is not None
        return render_png(self.figure, self.font())

    def _ask_path(self, title: str, suffix: str, kind: str) -> Path | None:
        name = f"{'_'.join(self._asked) or 'counts'}{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, title, name, kind)
        return Path(path) if path else None

    def _save_png(self) -> None:
        path = self._ask_path(self.tr("Save the chart"), ".png", self.tr("PNG images (*.png)"))
        if path is not None and self.figure is not None:
            self.save(path, self.png())

    def _save_csv(self) -> None:
        path = self._ask_path(self.tr("Save the counts"), ".csv", self.tr("CSV tables (*.csv)"))
        if path is not None and self.result is not None:
            self.save(path, self.csv())

    def csv(self) -> bytes:
        """Every term's count and rate in every document (UTF-8 with a BOM: Excel
        reads Chinese correctly only so)."""
        import csv
        import io

        assert self.result is not None
        out = io.StringIO()
        csv.writer(out).writerows(self.result.rows())
        return ("\ufeff" + out.getvalue()).encode("utf-8")

    def save(self, path: Path, data: bytes) -> None:
        try:
            write_atomically(path, data)
        except (OSError, UserError) as exc:
            self.session.report("save", exc if isinstance(exc, UserError) else UserError(str(exc)))
            return
        self.status.setText(self.tr("Saved %1.").replace("%1", path.name))

    def add_to_briefing(self) -> None:
        """Keep the chart with the library: the next briefing note prints it."""
        lib = self.session.library
        if lib is None or self.figure is None:
            return
        figure = self.figure
        figure.png = self.png()
        self.session.run(
            "add chart",
            lib.add_figure,
            figure,
            on_success=lambda _id: self.status.setText(
                self.tr("The chart is added to the briefing note: the next export prints it.")
            ),
        )
