"""The About box: what Jingdu is, its version (the one ``jingdu --version`` prints) and
its licence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jingdu import __version__
from jingdu.paths import default_data_dir
from jingdu.ui.common.plain import literal


def about_text(data_dir: str) -> str:
    lines = [
        QCoreApplication.translate("About", "Jingdu %1").replace("%1", __version__),
        QCoreApplication.translate(
            "About", "An offline close-reading desk for Chinese policy and theory texts."
        ),
        QCoreApplication.translate("About", "Free software under the MIT licence."),
        QCoreApplication.translate("About", "Your library: %1").replace("%1", data_dir),
    ]
    return "\n\n".join(lines)


def show_about(parent: QWidget, data_dir: str | None) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("About", "About Jingdu"),
        literal(about_text(data_dir or str(default_data_dir()))),
    )
