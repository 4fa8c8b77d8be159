"""Python code points <-> Qt UTF-16 positions, for one rendered document.

The core counts code points; QTextDocument counts UTF-16 units, so a character
outside the Basic Multilingual Plane (𠮷) is one in Python and two in Qt. The
reader renders each paragraph as one block and records where it starts; these
helpers convert offsets inside a paragraph.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


def utf16_len(s: str) -> int:
    return len(s) + sum(1 for ch in s if ord(ch) > 0xFFFF)


def utf16_to_cp(s: str, units: int) -> int:
    """The code-point index in ``s`` that ``units`` UTF-16 units reach."""
    n = 0
    for i, ch in enumerate(s):
        if n >= units:
            return i
        n += 2 if ord(ch) > 0xFFFF else 1
    return len(s)


@dataclass
class PositionMap:
    """Where each paragraph (by its code-point start) begins in the QTextDocument."""

    text: str
    starts: list[int] = field(default_factory=list)  # paragraph starts, code points
    ends: list[int] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)  # block positions, UTF-16

    def add(self, start: int, end: int, position: int) -> None:
        self.starts.append(start)
        self.ends.append(end)
        self.positions.append(position)

    def to_qt(self, offset: int) -> int:
        """Qt position of a code-point offset into the document's text."""
        if not self.starts:
            return 0
        i = max(0, bisect.bisect_right(self.starts, offset) - 1)
        start, end = self.starts[i], self.ends[i]
        offset = min(max(offset, start), end)
        return self.positions[i] + utf16_len(self.text[start:offset])

    def to_offset(self, position: int) -> int:
        """Code-point offset of a Qt position (clamped into the nearest paragraph)."""
        if not self.positions:
            return 0
        i = max(0, bisect.bisect_right(self.positions, position) - 1)
        start, end = self.starts[i], self.ends[i]
        cp = utf16_to_cp(self.text[start:end], max(0, position - self.positions[i]))
        return start + cp
