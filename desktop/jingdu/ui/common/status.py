"""The window's status bar: messages, "Saving…", the search's state, a busy bar.

Messages name files and quote errors, so they are shown as plain text, never HTML.
Work that is quick never flashes anything: the busy bar shows after half a second of
work, "Saving…" only when a write is kept waiting.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QProgressBar, QStatusBar

from jingdu.ui.common.plain import plain_label
from jingdu.ui.common.worker import Worker

BUSY_SHOWN_AFTER_MS = 500
SAVING_SHOWN_AFTER_MS = 300


class StatusParts(QObject):
    def __init__(self, bar: QStatusBar, worker: Worker) -> None:
        super().__init__(bar)
        self.worker = worker
        self.message = plain_label()
        self.saving = plain_label(self.tr("Saving…"))
        self.saving.setObjectName("saving_state")
        self.saving.hide()
        self.search = plain_label()
        self.search.setObjectName("search_state")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setRange(0, 0)
        self.progress.hide()
        bar.addWidget(self.message, 1)
        bar.addPermanentWidget(self.saving)
        bar.addPermanentWidget(self.search)
        bar.addPermanentWidget(self.progress)
        self._busy = False
        self._saving_timer = QTimer(self)  # dies with the bar, unlike a singleShot lambda
        self._saving_timer.setSingleShot(True)
        self._saving_timer.setInterval(SAVING_SHOWN_AFTER_MS)
        self._saving_timer.timeout.connect(
            lambda: self.saving.setVisible(worker.pending_writes > 0)
        )
        worker.busy_changed.connect(self._on_busy_changed)
        worker.writes_pending.connect(self._on_writes_pending)

    def _on_busy_changed(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            QTimer.singleShot(BUSY_SHOWN_AFTER_MS, self._show_progress_if_busy)
        else:
            self.progress.hide()

    def _show_progress_if_busy(self) -> None:
        if self._busy:
            self.progress.show()

    def _show_saving_if_waiting(self) -> None:
        self.saving.setVisible(self.worker.pending_writes > 0)

    def _on_writes_pending(self, count: int) -> None:
        if count == 0:
            self.saving.hide()
        elif not self._saving_timer.isActive():
            self._saving_timer.start()
