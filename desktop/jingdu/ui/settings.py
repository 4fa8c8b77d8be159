"""Every persistent setting of the window, declared once with its type and default."""

from __future__ import annotations

import json
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
SIDE_TAB = Setting("window/side_tab", 0)
LAST_DOCUMENT = Setting("reader/last_document", "")
POSITIONS = Setting("reader/positions", "{}")
"""JSON: document id -> code-point offset at the top of the view when last read."""
FONT_SIZE = Setting("reader/font_size", 13.0)
THEME = Setting("reader/theme", "light")
COLUMN_EMS = Setting("reader/column_ems", 36)
LANGUAGE = Setting("ui/language", "")
"""``zh_CN``, ``en``, or empty to follow the system locale."""
FONT_WARNING_SHOWN = Setting("ui/font_warning_shown", False)
LAST_COLOR = Setting("notes/last_color", "yellow")
SNAP_WORDS = Setting("notes/snap_words", False)
TRIM_PUNCTUATION = Setting("notes/trim_punctuation", True)
EXPORT_OPTIONS = Setting("export/options", "{}")
"""JSON: the last export's grouping, colour meanings, cover, format and font file."""
EXPORT_FOLDER = Setting("export/folder", "")

MIN_FONT, MAX_FONT = 8.0, 36.0
MIN_COLUMN, MAX_COLUMN = 20, 60


def open_settings(data_dir: str) -> QSettings:
    """Settings live in the data folder, so --data-dir gives a wholly separate profile."""
    return QSettings(f"{data_dir}/settings.ini", QSettings.Format.IniFormat)


def positions(store: QSettings) -> dict[str, int]:
    try:
        data = json.loads(POSITIONS.get(store))
    except ValueError:
        return {}
    return (
        {str(k): int(v) for k, v in data.items() if isinstance(v, int)}
        if isinstance(data, dict)
        else {}
    )


def save_position(store: QSettings, doc_id: str, offset: int) -> None:
    data = positions(store)
    data[doc_id] = offset
    POSITIONS.set(store, json.dumps(data, ensure_ascii=False))
