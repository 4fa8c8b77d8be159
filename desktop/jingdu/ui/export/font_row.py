"""The export dialog's PDF font row: the face found or chosen, a button to choose a
TrueType file, Automatic, and what is wrong with the font, if anything."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from jingdu.export import fonts
from jingdu.ui.common.plain import plain_label, tooltip

if TYPE_CHECKING:
    from jingdu.ui.session import Session

WARN_STYLE = "color: #b45309;"


class FontRow(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.chosen: fonts.PdfFont | None = None
        self.file = ""
        """The font file the user chose; "" to search the system."""
        self.label = plain_label()  # these may name the user's files
        self.label.setObjectName("export_font")
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Font f&ile…"))
        self.auto = QPushButton(self.tr("Automatic"))
        self.warning = plain_label()
        self.warning.setObjectName("export_font_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARN_STYLE)
        self.warning.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        row.addWidget(self.auto)
        self.button.clicked.connect(self.choose)
        self.auto.clicked.connect(lambda: self.set_file(""))

    def set_file(self, path: str) -> None:
        """Use this font file for PDFs ("" searches the system); its check runs on the worker."""
        self.file = path
        self.session.run("find font", fonts.find, path or None, on_success=self._set)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a TrueType font"),
            str(Path(self.file).parent) if self.file else "",
            self.tr("TrueType fonts (*.ttf *.ttc);;All files (*)"),
        )
        if path:
            self.set_file(path)

    def _set(self, font: fonts.PdfFont) -> None:
        self.chosen = font
        self.label.setText(
            Path(font.path).name if font.path else self.tr("STSong-Light (not embedded)")
        )
        self.label.setToolTip(tooltip(font.path))
        self.warning.setText(self.warning_text(font))
        self.show_for(self.isEnabled())

    def warning_text(self, font: fonts.PdfFont) -> str:
        """The font search's warning in the user's language ("" when all is well)."""
        parts = []
        if self.file and font.path != self.file:
            text = self.tr("%1 is not a TrueType font that can be embedded.")
            parts.append(text.replace("%1", Path(self.file).name))
        if not font.path:
            parts.append(
                self.tr(
                    "No embeddable Chinese font was found, so the PDF uses STSong-Light, which "
                    "is not embedded and may print with a substitute font. Install "
                    "fonts-wqy-microhei, or choose a TrueType font file."
                )
            )
        return " ".join(parts)

    def show_for(self, pdf: bool) -> None:
        """Usable, and its warning shown, only while the format is PDF."""
        self.setEnabled(pdf)
        self.warning.setVisible(pdf and bool(self.warning.text()))
