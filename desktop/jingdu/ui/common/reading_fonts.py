"""Finding a CJK font that can actually draw the text."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

# Serif faces read best for long text; sans faces are the fallback most systems have.
READING_FAMILIES = (
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Songti SC",
    "STSong",
    "SimSun",
    "AR PL UMing CN",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "PingFang SC",
    "Microsoft YaHei",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
)
_PROBE = "精读新质生产力"


def covers_cjk(family: str) -> bool:
    metrics = QFontMetrics(QFont(family))
    return all(metrics.inFontUcs4(ord(ch)) for ch in _PROBE)


def reading_family() -> str | None:
    """The best installed family for Chinese text, or None when there is none."""
    available = set(QFontDatabase.families())
    for family in READING_FAMILIES:
        if family in available and covers_cjk(family):
            return family
    chinese = QFontDatabase.WritingSystem.SimplifiedChinese
    for family in sorted(available):
        if chinese in QFontDatabase.writingSystems(family) and covers_cjk(family):
            return family
    return None
