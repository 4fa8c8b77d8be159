"""Every control of the window has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QWidget,
)


def _ours(widget: QWidget) -> bool:
    """Not one of Qt's own parts (a header, a combo box's popup, a clear button)."""
    if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
        return False
    parent = widget.parent()
    while parent is not None:  # a combo box's popup list lives in a container of its own
        if isinstance(parent, (QLineEdit, QComboBox)):
            return False
        parent = parent.parent()
    return True


def test_every_control_has_an_accessible_name(window, chinese) -> None:
    window.find_bar.open_bar()
    unnamed = [
        f"{type(w).__name__} {w.objectName()} {getattr(w, 'text', lambda: '')()}"
        for cls in (QAbstractButton, QLineEdit, QAbstractItemView, QComboBox)
        for w in window.findChildren(cls)
        if _ours(w) and not w.accessibleName()
    ]
    assert unnamed == []
