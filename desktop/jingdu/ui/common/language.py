"""Which language the interface speaks: Simplified Chinese or English."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def ui_language(requested: str = "") -> str:
    """``zh_CN`` when asked for, or when the system locale is Chinese; else English."""
    name = requested or QLocale.system().name()
    return "zh_CN" if name.lower().startswith("zh") else "en"


def speak(language: str) -> None:
    """Make ``language`` the default locale, so that :func:`chinese` and Qt's own
    formatting (numbers, dates) agree with the translations installed."""
    QLocale.setDefault(QLocale(language))


def chinese() -> bool:
    """Whether the interface speaks Chinese (texts kept in two languages, such as the
    names of the colours, pick theirs by this)."""
    return QLocale().language() == QLocale.Language.Chinese
