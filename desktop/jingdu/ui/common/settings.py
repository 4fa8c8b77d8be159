"""Every persistent setting of the window, declared once: key, type, default and range.

The settings file is text anyone can edit, and a crash can leave it half written, so
nothing read from it is trusted: each value is checked against its declaration here.
``font_size=nan`` used to blank the reader for good; now a value of the wrong type, NaN or
an unknown name reads as the default, and a number out of range as the nearer bound.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

from jingdu.notes.model import COLORS
from jingdu.ui.common.themes import THEMES

T = TypeVar("T")
N = TypeVar("N", int, float)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """A setting of the default's type; a string may be limited to ``choices``."""

    key: str
    default: T
    choices: tuple[str, ...] = ()

    def get(self, store: QSettings) -> T:
        return self.clean(store.value(self.key, self.default))

    def set(self, store: QSettings, value: T) -> None:
        store.setValue(self.key, self.clean(value))

    def clean(self, value: Any) -> T:
        """``value`` made valid for this setting: itself, or the default when it cannot be."""
        kind = type(self.default)
        if kind is bool:
            # An ini file holds text; QSettings hands back "true"/"false" as written.
            if isinstance(value, bool):
                return cast(T, value)
            text = str(value).strip().lower() if isinstance(value, str | int) else ""
            truth = {"true": True, "1": True, "false": False, "0": False}.get(text)
            return self.default if truth is None else cast(T, truth)
        if kind is str:
            # Not str: an unquoted value with commas comes back as a list, for one.
            if not isinstance(value, str) or (self.choices and value not in self.choices):
                return self.default
            return cast(T, value)
        return value if isinstance(value, kind) else self.default


@dataclass(frozen=True)
class Range(Setting[N]):
    """A number from ``lo`` to ``hi``: outside, the nearer bound; NaN or not a number, the
    default."""

    lo: N = field(kw_only=True)
    hi: N = field(kw_only=True)

    def clean(self, value: Any) -> N:
        if isinstance(value, bool):
            return self.default
        try:
            number = float(value.strip() if isinstance(value, str) else value)
        except OverflowError:  # an int beyond a float: infinitely far past a bound
            number = math.inf if value > 0 else -math.inf
        except (TypeError, ValueError):
            return self.default
        if math.isnan(number):
            return self.default
        number = min(float(self.hi), max(float(self.lo), number))
        kind = type(self.default)
        return kind(round(number)) if kind is int else kind(number)


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray())
SPLITTER_STATE = Setting("window/splitter", QByteArray())
SIDE_TAB = Range("window/side_tab", 0, lo=0, hi=2)
"""The side panel's tab: outline, search, this document's annotations."""
LAST_DOCUMENT = Setting("reader/last_document", "")
RECENT = Setting("reader/recent", "[]")
"""JSON: the ids of the documents last opened, the latest first."""
MAX_RECENT = 10
POSITIONS = Setting("reader/positions", "{}")
"""JSON: document id -> code-point offset at the top of the view when last read."""
FONT_SIZE = Range("reader/font_size", 13.0, lo=8.0, hi=36.0)
THEME = Setting("reader/theme", "light", choices=tuple(THEMES))
COLUMN_EMS = Range("reader/column_ems", 36, lo=20, hi=60)
"""Width of the text column in characters: about 36 reads comfortably in Chinese. The
widest the column gets: a narrower window shows fewer (the status bar says so)."""
LINE_SPACING = Range("reader/line_spacing", 1.75, lo=1.4, hi=2.2)
"""Line height as a multiple of the text size: Chinese, with no ascenders and descenders
to part its lines, reads best well spaced."""
READING_FONT = Setting("reader/font_family", "")
"""The reading font's family; empty for the best CJK font installed (a family that is
gone, or cannot show Chinese, reads as empty where it is used)."""
LANGUAGE = Setting("ui/language", "", choices=("", "zh_CN", "en"))
"""``zh_CN``, ``en``, or empty to follow the system locale."""
FONT_WARNING_SHOWN = Setting("ui/font_warning_shown", False)
LAST_COLOR = Setting("notes/last_color", "yellow", choices=COLORS)
SNAP_WORDS = Setting("notes/snap_words", False)
TRIM_PUNCTUATION = Setting("notes/trim_punctuation", True)
EXPORT_OPTIONS = Setting("export/options", "{}")
"""JSON: the last export's grouping, colour meanings, cover, format and font file."""
EXPORT_FOLDER = Setting("export/folder", "")

MIN_FONT, MAX_FONT = FONT_SIZE.lo, FONT_SIZE.hi
MIN_COLUMN, MAX_COLUMN = COLUMN_EMS.lo, COLUMN_EMS.hi

MAX_OFFSET = 2**31 - 1
"""Beyond any document Qt can lay out; a larger saved position is damage, not a place."""


def open_settings(data_dir: str) -> QSettings:
    """Settings live in the data folder, so --data-dir gives a wholly separate profile."""
    return QSettings(f"{data_dir}/settings.ini", QSettings.Format.IniFormat)


def _json_object(setting: Setting[str], store: QSettings) -> dict[str, Any]:
    """A JSON-object setting; {} when the file holds anything else."""
    try:
        data = json.loads(setting.get(store))
    except (ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def positions(store: QSettings) -> dict[str, int]:
    return {
        str(k): v
        for k, v in _json_object(POSITIONS, store).items()
        if isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= MAX_OFFSET
    }


def save_position(store: QSettings, doc_id: str, offset: int) -> None:
    data = positions(store)
    data[doc_id] = offset
    POSITIONS.set(store, json.dumps(data, ensure_ascii=False))


def export_options(store: QSettings) -> dict[str, Any]:
    """The last export's choices, as saved by :func:`save_export_options` (each value still
    to be checked by its reader: the file may have been edited)."""
    return _json_object(EXPORT_OPTIONS, store)


def save_export_options(store: QSettings, options: dict[str, Any]) -> None:
    EXPORT_OPTIONS.set(store, json.dumps(options, ensure_ascii=False))


def recent(store: QSettings) -> list[str]:
    """The documents last opened, the latest first (ids; some may be gone since)."""
    try:
        data = json.loads(RECENT.get(store))
    except (ValueError, RecursionError):
        return []
    return [x for x in data if isinstance(x, str)][:MAX_RECENT] if isinstance(data, list) else []


def add_recent(store: QSettings, doc_id: str) -> None:
    ids = [doc_id, *(x for x in recent(store) if x != doc_id)][:MAX_RECENT]
    RECENT.set(store, json.dumps(ids))
