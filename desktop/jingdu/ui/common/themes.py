"""Reading themes: the paper and ink of the reader, and the window's palette in the dark."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from jingdu.ui.common.language import chinese


@dataclass(frozen=True)
class Theme:
    """A reading theme: one row of :data:`THEMES`, the one table to edit to add one."""

    name: str
    """Stored in the settings."""
    zh: str
    en: str
    """Its name in each language of the interface."""
    key: str
    """The shortcut that switches to it."""
    paper: str
    ink: str
    muted: str
    accent: str
    quote: str
    find: str
    """Background of find-in-document matches."""
    current: str
    """Background of the current find match."""
    selection: str = "#cfd8e8"
    """Background of selected text: a quiet grey-blue, unlike the find marks and every
    highlight colour, so that a selection never looks like a highlight."""
    dark: bool = False


LIGHT = Theme(
    "light",
    "浅色",
    "Light",
    "Ctrl+Shift+1",
    "#fbfaf7",
    "#1f1f1f",
    "#7a7a7a",
    "#9b2c2c",
    "#3f4f66",
    "#fff1a8",
    "#f6b26b",
)
SEPIA = Theme(
    "sepia",
    "护眼",
    "Sepia",
    "Ctrl+Shift+2",
    "#f4ecd8",
    "#3b2f22",
    "#8a7b66",
    "#8b3a1a",
    "#4d4236",
    "#f3d98b",
    "#e6a157",
    selection="#c9d3cf",
)
DARK = Theme(
    "dark",
    "深色",
    "Dark",
    "Ctrl+Shift+3",
    "#1e1f22",
    "#d8d6d0",
    "#8c8a85",
    "#e07b6a",
    "#9fb3c8",
    "#5a4d1c",
    "#8a5a1c",
    selection="#3b4660",
    dark=True,
)
THEMES = {t.name: t for t in (LIGHT, SEPIA, DARK)}


def theme(name: str) -> Theme:
    return THEMES.get(name, LIGHT)


def label(t: Theme) -> str:
    """The theme's name in the interface's language."""
    return t.zh if chinese() else t.en


def apply_palette(app: QApplication, t: Theme) -> None:
    """Dark reading wants a dark window around it; the other themes keep the system's."""
    if not t.dark:
        app.setPalette(app.style().standardPalette())
        return
    p = QPalette()
    base, window, text = QColor("#232428"), QColor("#2b2d31"), QColor(t.ink)
    for role, color in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, window),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, QColor("#34363b")),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, QColor(t.muted)),
        (QPalette.ColorRole.Highlight, QColor("#3d5a80")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Light, QColor("#4a4d54")),
        (QPalette.ColorRole.Midlight, QColor("#3a3c42")),
        (QPalette.ColorRole.Mid, QColor("#6b6e75")),
        (QPalette.ColorRole.Dark, QColor("#18191b")),
        (QPalette.ColorRole.Shadow, QColor("#000000")),
    ):
        p.setColor(role, color)
    # Disabled controls (an unchecked date range, say) must look disabled in the dark too.
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b6a66"))
    app.setPalette(p)


_INDICATORS = {
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
}


class VisibleIndicators(QProxyStyle):
    """Fusion outlines check boxes and radio buttons a shade darker than the window,
    which vanishes on a dark palette (the export dialog's tag tree looked empty): on a
    dark palette, draw a light outline over them."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in _INDICATORS:
            return
        palette = option.palette
        if palette.color(QPalette.ColorRole.Window).lightness() >= 100:
            return
        painter.save()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = option.rect.adjusted(1, 1, -1, -1)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.drawEllipse(box)
        else:  # a crisp one-pixel square, not two half-lit ones
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.drawRect(box.adjusted(0, 0, -1, -1))
        painter.restore()
