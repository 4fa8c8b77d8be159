"""When the library will not open: say why, and offer the automatic backup if there
is one (the damaged file is kept beside it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jingdu.errors import DatabaseError, UserError
from jingdu.library import backup_time, recover
from jingdu.notes import autobackup
from jingdu.paths import default_data_dir
from jingdu.ui.common.messages import user_text
from jingdu.ui.common.plain import literal


def offer_restore(parent: QWidget, data_dir: Path | None, exc: BaseException) -> bool:
    """Tell the user the library failed to open; True if a backup was restored (open
    the library again then)."""
    title = QCoreApplication.translate("RestoreOffer", "Library")
    copies = (
        autobackup.backups(data_dir or default_data_dir()) if isinstance(exc, DatabaseError) else []
    )
    if not copies:
        QMessageBox.critical(parent, title, literal(user_text(exc)))
        return False
    question = QCoreApplication.translate(
        "RestoreOffer", "Restore the automatic backup made %1? The damaged file is kept beside it."
    )
    answer = QMessageBox.question(
        parent,
        title,
        literal(user_text(exc) + "\n\n" + question.replace("%1", backup_time(copies[0]))),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        recover(data_dir, force=True)
    except UserError as failed:  # every copy damaged too, or the library in use
        QMessageBox.critical(parent, title, literal(user_text(failed)))
        return False
    return True
