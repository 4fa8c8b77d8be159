"""The export dialog's layout choice: a modern handout, or the official layout of Party
and government briefings (公文/简报) with its masthead and closing block, and which
installed face stands in for which in the PDF."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jingdu.export import fonts, official_fonts
from jingdu.export.model import LAYOUTS, Masthead
from jingdu.ui.common.plain import plain_label

if TYPE_CHECKING:
    from jingdu.ui.session import Session

LAID_OUT = ("pdf", "docx")
"""The formats that have a layout (Markdown and JSON are plain text)."""


def _stand_ins(body: str | None) -> tuple[tuple[str, str], ...]:
    """On the worker: which installed face stands in for which official one."""
    return official_fonts.find(fonts.find(body)).stand_ins


class LayoutBox(QGroupBox):
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Layout"), parent)
        self.session = session
        self.buttons = QButtonGroup(self)
        labels = {
            "modern": self.tr("Modern &handout"),
            "official": self.tr("Official &briefing (GB/T 9704)"),
        }
        choice = QHBoxLayout()
        for key in LAYOUTS:
            button = QRadioButton(labels[key])
            button.setProperty("layout", key)
            self.buttons.addButton(button)
            choice.addWidget(button)
        choice.addStretch(1)
        self.buttons.buttons()[0].setChecked(True)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(
            self.tr("The briefing's name, in red (default: 学习简报)")
        )
        self.issue_spin = QSpinBox()
        self.issue_spin.setRange(0, 9999)
        self.issue_spin.setSpecialValueText(self.tr("none"))
        self.unit_edit = QLineEdit()
        self.unit_edit.setPlaceholderText(self.tr("The issuing unit: a study group, a department"))
        self.copies_spin = QSpinBox()
        self.copies_spin.setRange(0, 100000)
        self.copies_spin.setSpecialValueText(self.tr("not printed"))
        self.report_edit, self.send_edit, self.issue_to_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.official = QWidget()
        grid = QGridLayout(self.official)
        grid.setContentsMargins(0, 0, 0, 0)
        rows: list[tuple[str, QWidget, str, QWidget | None]] = [
            (self.tr("&Letterhead"), self.name_edit, self.tr("Issue"), self.issue_spin),
            (self.tr("Unit"), self.unit_edit, self.tr("Copies"), self.copies_spin),
            (self.tr("Report to (报)"), self.report_edit, "", None),
            (self.tr("Send to (送)"), self.send_edit, "", None),
            (self.tr("Issue to (发)"), self.issue_to_edit, "", None),
        ]
        for r, (label, widget, label2, widget2) in enumerate(rows):
            caption = QLabel(label)
            caption.setBuddy(widget)
            grid.addWidget(caption, r, 0)
            grid.addWidget(widget, r, 1, 1, 1 if widget2 else 3)
            if widget2 is not None:
                second = QLabel(label2)
                second.setBuddy(widget2)
                grid.addWidget(second, r, 2)
                grid.addWidget(widget2, r, 3)
        self.faces = plain_label()
        self.faces.setObjectName("export_faces")
        self.faces.setWordWrap(True)
        self._faces_for: str | None = None
        """The PDF font the faces were looked up with (None: not yet)."""
        self._faces_text = ""
        self._format = "pdf"
        self._body_font: str | None = None

        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(self.official)
        layout.addWidget(self.faces)
        self.buttons.buttonToggled.connect(self._on_toggled)
        self._on_layout()

    def _on_toggled(self, _button: object, on: bool) -> None:
        if on:
            self._on_layout()

    def layout_name(self) -> str:
        button = self.buttons.checkedButton()
        return str(button.property("layout")) if button is not None else "modern"

    def masthead(self) -> Masthead:
        issue, copies = self.issue_spin.value(), self.copies_spin.value()
        return Masthead(
            name=self.name_edit.text().strip(),
            issue=str(issue) if issue else "",
            unit=self.unit_edit.text().strip(),
            report_to=self.report_edit.text().strip(),
            send_to=self.send_edit.text().strip(),
            issue_to=self.issue_to_edit.text().strip(),
            copies=str(copies) if copies else "",
        )

    def saved(self) -> dict[str, Any]:
        """What the dialog remembers for the next export (the issue too: a briefing is
        often exported again before it goes out)."""
        m = self.masthead()
        return {
            "layout": self.layout_name(),
            "masthead": {
                "name": m.name, "unit": m.unit, "report_to": m.report_to,
                "send_to": m.send_to, "issue_to": m.issue_to, "copies": m.copies,
                "issue": m.issue,
            },
        }  # fmt: skip

    def restore(self, saved: dict[str, Any]) -> None:
        for button in self.buttons.buttons():
            button.setChecked(button.property("layout") == saved.get("layout"))
        if self.buttons.checkedButton() is None:
            self.buttons.buttons()[0].setChecked(True)
        m = saved.get("masthead")
        m = m if isinstance(m, dict) else {}

        def text(key: str) -> str:
            value = m.get(key, "")
            return value if isinstance(value, str) else ""

        self.name_edit.setText(text("name"))
        self.unit_edit.setText(text("unit"))
        self.report_edit.setText(text("report_to"))
        self.send_edit.setText(text("send_to"))
        self.issue_to_edit.setText(text("issue_to"))
        for spin, key in ((self.copies_spin, "copies"), (self.issue_spin, "issue")):
            value = text(key)
            spin.setValue(int(value) if value.isdecimal() else 0)
        self._on_layout()

    def show_for(self, fmt: str, pdf_font: str | None) -> None:
        """Enabled for the formats with a layout; the faces named for the PDF's."""
        self._format = fmt
        self.setEnabled(fmt in LAID_OUT)
        self._body_font = pdf_font
        self._on_layout()

    def _on_layout(self) -> None:
        official = self.layout_name() == "official"
        self.official.setVisible(official)
        fmt = self._format
        self.faces.setVisible(official and fmt in LAID_OUT)
        if official and fmt == "docx":
            self.faces.setText(
                self.tr(
                    "Word and WPS use 方正小标宋简体, 仿宋_GB2312, 楷体_GB2312 and 黑体 where "
                    "installed, else 华文中宋, 仿宋, 楷体 and SimHei."
                )
            )
        elif official and fmt == "pdf":
            body = self._body_font or ""
            if self._faces_for != body:
                self._faces_for = body
                self.faces.setText(self.tr("Finding the faces…"))
                self.session.run(
                    "official faces", _stand_ins, body or None, on_success=self._show_faces
                )
            elif self._faces_text:
                self.faces.setText(self._faces_text)
        self.changed.emit()

    def _show_faces(self, stand_ins: tuple[tuple[str, str], ...]) -> None:
        if stand_ins:
            pairs = self.tr(", ").join(f"{wanted} → {used}" for wanted, used in stand_ins)
            text = self.tr("In the PDF, installed faces stand in: %1.").replace("%1", pairs)
        else:
            text = self.tr("The PDF embeds the official faces themselves.")
        self._faces_text = text
        if self._format == "pdf" and self.layout_name() == "official":
            self.faces.setText(text)
