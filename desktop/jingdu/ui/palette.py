"""The highlight colours as the reader paints them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from jingdu.notes.model import INK

RGB = INK


def fill(color: str, dark: bool = False) -> QColor:
    """Translucent, so overlapping highlights mix and both stay readable."""
    c = QColor(RGB.get(color, RGB["yellow"]))
    c.setAlpha(95 if dark else 120)
    return c


def solid(color: str) -> QColor:
    return QColor(RGB.get(color, RGB["yellow"]))


def names() -> dict[str, str]:
    # Spelled out in full so that lupdate finds each string.
    return {
        "yellow": QCoreApplication.translate("Palette", "Yellow"),
        "green": QCoreApplication.translate("Palette", "Green"),
        "blue": QCoreApplication.translate("Palette", "Blue"),
        "pink": QCoreApplication.translate("Palette", "Pink"),
        "purple": QCoreApplication.translate("Palette", "Purple"),
        "orange": QCoreApplication.translate("Palette", "Orange"),
        "red": QCoreApplication.translate("Palette", "Red"),
    }
