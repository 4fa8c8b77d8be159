"""The list numbers Word draws beside numbered paragraphs, from ``numbering.xml``.

A Chinese Word file often numbers its sections automatically (一、 （一） 1.)
and the numbers are not in the text: without them a heading reads ``总体要求``
where the page prints ``一、总体要求``, and the numbering ladder cannot see it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from jingdu.importing import ladder

El = Any
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def whole(value: str | None, default: int) -> int:
    """An attribute as a whole number, ``default`` when absent or malformed."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _roman(n: int) -> str:
    out = ""
    for value, letters in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        count, n = divmod(n, value)
        out += letters * count
    return out


_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: "".join(chr(0xFF10 + int(d)) for d in str(n)),
    "decimalEnclosedCircle": lambda n: chr(0x245F + n) if 1 <= n <= 20 else f"({n})",
    "decimalEnclosedParen": lambda n: f"({n})",
    "chineseCounting": ladder.chinese_numeral,
    "chineseCountingThousand": ladder.chinese_numeral,
    "ideographDigital": lambda n: "".join("〇一二三四五六七八九"[int(d)] for d in str(n)),
    "ideographTraditional": lambda n: "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10],
    "ideographZodiac": lambda n: "子丑寅卯辰巳午未申酉戌亥"[(n - 1) % 12],
    "lowerLetter": lambda n: chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1),
    "upperLetter": lambda n: chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1),
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperRoman": _roman,
}
_FORMATS["decimalEnclosedCircleChinese"] = _FORMATS["decimalEnclosedCircle"]
_FORMATS["japaneseCounting"] = _FORMATS["taiwaneseCounting"] = ladder.chinese_numeral


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = ""
    start: int = 1
    suffix: str = "tab"


class Numbering:
    """The list numbers Word draws beside numbered paragraphs (``numbering.xml``).

    Counters run per list (``w:num``); a level's counter restarts when a higher
    level advances, as Word does by default.
    """

    def __init__(self, root: El | None) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        for el in root if root is not None else []:
            if el.tag == f"{W}abstractNum":
                self.abstract[el.get(f"{W}abstractNumId", "")] = {
                    whole(lvl.get(f"{W}ilvl"), 0): _level(lvl) for lvl in el.iter(f"{W}lvl")
                }
            elif el.tag == f"{W}num":
                ref = el.find(f"{W}abstractNumId")
                starts = {}
                for o in el.iter(f"{W}lvlOverride"):
                    so = o.find(f"{W}startOverride")
                    if so is not None:
                        starts[whole(o.get(f"{W}ilvl"), 0)] = whole(so.get(f"{W}val"), 1)
                key = ref.get(f"{W}val", "") if ref is not None else ""
                self.nums[el.get(f"{W}numId", "")] = (key, starts)

    def next(self, num_id: str, ilvl: int) -> str:
        """The number of the next paragraph in list ``num_id`` at ``ilvl``, with its separator."""
        if num_id not in self.nums:
            return ""
        abstract_id, starts = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        lvl = levels.get(ilvl)
        if lvl is None or lvl.fmt == "none":
            return ""
        counters = self.counters.setdefault(num_id, {})
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        start = starts.get(ilvl, lvl.start)
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        if lvl.fmt == "bullet":
            label = "•"
        else:

            def number(m: re.Match[str]) -> str:
                k = int(m.group(1)) - 1
                other = levels.get(k, _Level())
                n = counters.get(k, starts.get(k, other.start))
                # Capped: a hostile start value must not spell a million letters.
                return _FORMATS.get(other.fmt, str)(min(max(n, 1), 9999))

            label = re.sub(r"%([1-9])", number, lvl.text).strip()
        if not label:
            return ""
        # Chinese numbering punctuation (一、 （一）) carries its own spacing.
        gap = "" if lvl.suffix == "nothing" or label[-1] in "、）．。：" else " "
        return label + gap


def _level(lvl: El) -> _Level:
    def val(tag: str, default: str) -> str:
        el = lvl.find(f"{W}{tag}")
        return str(el.get(f"{W}val", default)) if el is not None else default

    start = val("start", "1")
    return _Level(
        fmt=val("numFmt", "decimal"),
        text=val("lvlText", ""),
        start=whole(start, 1),
        suffix=val("suff", "tab"),
    )
