"""The highlight colours as the window paints and names them (the table itself is
:data:`jingdu.notes.model.PALETTE`)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap

from jingdu.notes.model import INK, PALETTE
from jingdu.ui.common.language import chinese

RGB = INK


def fill(color: str, dark: bool = False) -> QColor:
    """Translucent, so overlapping highlights mix and both stay readable."""
    c = QColor(RGB.get(color, RGB["yellow"]))
    c.setAlpha(95 if dark else 120)
    return c


def solid(color: str) -> QColor:
    return QColor(RGB.get(color, RGB["yellow"]))


def names() -> dict[str, str]:
    """Each colour's name in the interface's language."""
    zh = chinese()
    return {c.key: c.zh if zh else c.en for c in PALETTE}


def swatch(color: str, size: int = 14) -> QIcon:
    """A square of the colour, for menus, buttons and lists."""
    pix = QPixmap(size, size)
    pix.fill(QColor(RGB[color]))
    return QIcon(pix)
