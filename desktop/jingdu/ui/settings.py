"""Every persistent setting of the window, declared once with its type and default."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T

    def get(self, store: QSettings) -> T:
        value: Any = store.value(self.key, self.default)
        if value is None:
            return self.default
        kind = type(self.default)
        if kind is bool and isinstance(value, str):
            return value.lower() == "true"  # type: ignore[return-value]
        try:
            return kind(value)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return self.default

    def set(self, store: QSettings, value: T) -> None:
        store.setValue(self.key, value)


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray())
SPLITTER_STATE = Setting("window/splitter", QByteArray())
LAST_DOCUMENT = Setting("reader/last_document", "")
LANGUAGE = Setting("ui/language", "")  # "" = follow the system locale


def open_settings(data_dir: str) -> QSettings:
    """Settings live in the data folder, so --data-dir gives a wholly separate profile."""
    return QSettings(f"{data_dir}/settings.ini", QSettings.Format.IniFormat)
