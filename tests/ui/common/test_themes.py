"""The dark theme keeps every control visible."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle, QStyleFactory, QStyleOptionButton

from jingdu.ui.common.themes import DARK, VisibleIndicators, apply_palette


@pytest.fixture
def dark(qapp):
    before = qapp.palette()
    apply_palette(qapp, DARK)
    yield qapp.palette()
    qapp.setPalette(before)


def outline_pixels(qtbot, button, style: QStyle, element: QStyle.SubElement) -> int:
    """Pixels of the unchecked indicator clearly lighter than the window around it."""
    button.setStyle(style)
    qtbot.addWidget(button)
    button.resize(200, 30)
    image = button.grab().toImage()
    option = QStyleOptionButton()
    option.initFrom(button)
    box = style.subElementRect(element, option, button)
    window = button.palette().color(QPalette.ColorRole.Window).lightness()
    return sum(
        1
        for x in range(box.left(), box.right() + 1)
        for y in range(box.top(), box.bottom() + 1)
        if image.pixelColor(x, y).lightness() > window + 40
    )


@pytest.mark.parametrize(
    ("make", "element"),
    [
        (lambda: QCheckBox("政策"), QStyle.SubElement.SE_CheckBoxIndicator),
        (lambda: QRadioButton("按标签"), QStyle.SubElement.SE_RadioButtonIndicator),
    ],
)
def test_unchecked_boxes_show_their_outline_on_the_dark_palette(qtbot, dark, make, element):
    fusion = QStyleFactory.create("Fusion")
    assert outline_pixels(qtbot, make(), fusion, element) < 4  # why the proxy exists
    shown = outline_pixels(qtbot, make(), VisibleIndicators("Fusion"), element)
    assert shown >= 12


def test_disabled_text_looks_disabled_on_the_dark_palette(dark) -> None:
    active = dark.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    disabled = dark.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert active.lightness() - disabled.lightness() > 60


def test_a_selection_never_looks_like_a_highlight_or_a_find_mark() -> None:
    """Selected text is painted in a colour of its own in every theme: not the orange of
    the current find match, nor any highlight colour."""
    from PySide6.QtGui import QColor

    from jingdu.notes.model import PALETTE
    from jingdu.ui.common.themes import THEMES

    def distance(a: str, b: str) -> float:
        x, y = QColor(a), QColor(b)
        return sum((p - q) ** 2 for p, q in zip(x.getRgb()[:3], y.getRgb()[:3], strict=True)) ** 0.5

    for t in THEMES.values():
        others = [t.find, t.current, *(c.ink for c in PALETTE)]
        assert min(distance(t.selection, o) for o in others) > 60, t.name
        assert distance(t.selection, t.paper) > 25, t.name  # still visible on the paper
