"""The conventions of Chinese official documents (公文) and briefings (简报) that both
the Word and the PDF writers follow, after GB/T 9704-2012: the typefaces by role,
page geometry, Chinese numbering and dates."""

from __future__ import annotations

import re
from dataclasses import dataclass

PAGE_MM = (210.0, 297.0)
TOP_MM, BINDING_MM = 37.0, 28.0
"""天头 and 订口: the top margin and the binding side's."""
BLOCK_MM = (156.0, 225.0)
"""版心: the text block, 156 × 225 mm, which leaves 26 mm outside and 35 mm below."""
LINES, CHARS = 22, 28
"""Lines per page and characters per line of the body text."""
BODY_PT = 16.0  # 三号
TITLE_PT = 22.0  # 二号
FOLIO_PT = 14.0  # 四号
LINE_PT = BLOCK_MM[1] / 25.4 * 72 / LINES
"""28.97 pt: 22 lines fill the text block's height."""
CHAR_PT = BLOCK_MM[0] / 25.4 * 72 / CHARS
"""15.80 pt: 28 characters fill a line (a 三号 character is 16 pt, so they sit a
little closer than their own width, as on a 公文 grid)."""
RED = "E60012"
"""The masthead's and the rule's red (红头)."""


@dataclass(frozen=True)
class Face:
    """A typeface of the official layout: the name office machines know it by, a name
    Word and WPS try when that one is absent, and what the PDF may embed instead."""

    zh: str
    """Its common name, as the export dialog says it (仿宋)."""
    word: str
    alt: str
    files: tuple[str, ...]
    """TrueType files of it on Windows and macOS."""
    families: tuple[str, ...]
    """Family names fontconfig may know it (or the closest free face) by, best first."""


FACES: dict[str, Face] = {
    "title": Face(
        "小标宋",
        "方正小标宋简体",
        "华文中宋",
        ("C:/Windows/Fonts/FZXBSJW.TTF", "C:/Windows/Fonts/STZHONGS.TTF"),
        (
            "FZXiaoBiaoSong-B05S",
            "方正小标宋简体",
            "STZhongsong",
            "华文中宋",
            "SimSun",
            "AR PL SungtiL GB",
            "AR PL UMing CN",
        ),
    ),
    "fangsong": Face(
        "仿宋",
        "仿宋_GB2312",
        "仿宋",
        ("C:/Windows/Fonts/simfang.ttf", "/Library/Fonts/Fangsong.ttf"),
        (
            "FangSong_GB2312",
            "FangSong",
            "仿宋",
            "STFangsong",
            "华文仿宋",
            "AR PL SungtiL GB",
            "AR PL UMing CN",
        ),
    ),
    "kaiti": Face(
        "楷体",
        "楷体_GB2312",
        "楷体",
        ("C:/Windows/Fonts/simkai.ttf", "/Library/Fonts/Kaiti.ttc"),
        (
            "KaiTi_GB2312",
            "KaiTi",
            "楷体",
            "STKaiti",
            "华文楷体",
            "AR PL KaitiM GB",
            "AR PL UKai CN",
        ),
    ),
    "heiti": Face(
        "黑体",
        "黑体",
        "SimHei",
        ("C:/Windows/Fonts/simhei.ttf",),
        ("SimHei", "黑体", "STHeiti", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei"),
    ),
    "songti": Face(
        "宋体",
        "宋体",
        "SimSun",
        ("C:/Windows/Fonts/simsun.ttc",),
        ("SimSun", "宋体", "STSong", "AR PL SungtiL GB", "AR PL UMing CN", "WenQuanYi Micro Hei"),
    ),
}

_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五: how 公文 number their headings."""
    if n <= 0:
        return str(n)
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n - 10] if n > 10 else "")
    if n < 100:
        tens, ones = divmod(n, 10)
        return _DIGITS[tens] + "十" + (_DIGITS[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        if rest == 0:
            return _DIGITS[hundreds] + "百"
        middle = "零" if rest < 10 else ""
        tail = chinese_number(rest) if rest >= 20 or rest < 10 else "一" + chinese_number(rest)
        return _DIGITS[hundreds] + "百" + middle + tail
    return str(n)


_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def chinese_date(day: str) -> str:
    """2026-12-02 → 2026年12月2日 (the way a 公文 dates itself); other text as written."""
    m = _ISO_DAY.fullmatch(day.strip())
    if m is None:
        return day
    return f"{int(m.group(1))}年{int(m.group(2))}月{int(m.group(3))}日"
