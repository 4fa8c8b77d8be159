"""Folding text for matching: full-width to half-width, letter case, traditional to simplified.

Folding maps every character to exactly one character, so an offset in the
folded text is the same offset in the real text: matches found in folded text
point straight into the document.
"""

from __future__ import annotations

import functools
from pathlib import Path

FOLD_VERSION = 1
"""Bump when the mapping changes: indexes built with another version are rebuilt."""


def _opencc_characters() -> dict[str, str]:
    """Traditional -> simplified, character by character, from OpenCC's own table."""
    try:
        import opencc  # the pure-Python OpenCC ships the dictionaries as text
    except ImportError:  # pragma: no cover - a hard dependency, checked by the tests
        return {}
    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    mapping: dict[str, str] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        trad, _, simps = line.partition("\t")
        simp = simps.split(" ")[0] if simps else ""
        if len(trad) == 1 and len(simp) == 1 and trad != simp:
            mapping[trad] = simp
    return mapping


@functools.cache
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for o in range(0x10000):
        ch = chr(o)
        low = ch.lower()
        if len(low) == 1 and low != ch:
            table[o] = low
    for o in range(0xFF01, 0xFF5F):  # ！..～ -> !..~, then lower-cased
        table[o] = chr(o - 0xFEE0).lower()
    table[0x3000] = " "
    for trad, simp in _opencc_characters().items():
        table[ord(trad)] = simp
    return table


def fold(text: str) -> str:
    """The matching form of ``text``: same length, character for character."""
    return text.translate(_table())
