"""Every paragraph's folded text as one array of character codes, to check many
paragraphs for a term at once.

A common term of several characters is in tens of thousands of paragraphs, and the
index shows where each paragraph's copy of its rarest bigram first is
(search/grams.py). Checking that the term starts there with a Python call per
paragraph costs a few hundred nanoseconds each, most of it in reaching each string
object in memory (``len`` alone costs nearly as much). Here the check is a few array
gathers — one per character of the term, over every paragraph at once.

Characters outside the Basic Multilingual Plane (CJK Extension B and beyond) are kept
as :data:`WIDE`, so that every character is one code and a paragraph's offsets are
its string's; a term holding one is checked in the text instead.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from jingdu.search.store import joined

WIDE = 0xFFFF
"""The code kept for a character past U+FFFE (U+FFFF itself is no character)."""


class Codes(NamedTuple):
    chars: np.ndarray
    """Every paragraph's folded text, one after another (``uint16``)."""
    starts: np.ndarray
    """Where each paragraph starts in ``chars``, and where the last ends (``int64``)."""


def codes(texts: list[str], piece_size: int = 1_000_000) -> Codes:
    """The paragraphs' texts as codes (2 bytes a character; made in pieces of about
    ``piece_size`` characters, so that a large library's text is never held 4 bytes a
    character at once)."""
    starts = np.zeros(len(texts) + 1, np.int64)
    np.cumsum(np.fromiter(map(len, texts), np.int64, len(texts)), out=starts[1:])
    chars = np.empty(int(starts[-1]), np.uint16)
    at = 0
    for piece in joined(texts, piece_size):
        plain = narrow(piece)
        if plain is not None:
            chars[at : at + len(piece)] = plain
        else:
            chars[at : at + len(piece)] = np.minimum(
                np.frombuffer(piece.encode("utf-32-le", "surrogatepass"), np.uint32), WIDE
            )
        at += len(piece)
    return Codes(chars, starts)


def narrow(text: str) -> np.ndarray | None:
    """``text``'s code points as ``uint16``, if none is past U+FFFF (then one UTF-16
    unit each, and offsets are the string's); None otherwise."""
    units = text.encode("utf-16-le", "surrogatepass")
    return np.frombuffer(units, np.uint16) if len(units) == 2 * len(text) else None


def starting(found: Codes, term: str, entries: np.ndarray, at: np.ndarray) -> np.ndarray | None:
    """Whether ``term`` starts at offset ``at`` of each paragraph of ``entries`` (a
    boolean array); None if the term holds a character the codes do not keep."""
    wanted = [ord(c) for c in term]
    if not wanted or max(wanted) >= WIDE:
        return None
    begin = found.starts[entries]
    ok = (at >= 0) & (at + len(term) <= found.starts[entries + 1] - begin)
    where = np.flatnonzero(ok)
    place = begin[where] + at[where]
    for k, code in enumerate(wanted):
        same = found.chars[place + k] == code
        where, place = where[same], place[same]  # the next character only where all agree
    out = np.zeros(len(entries), bool)
    out[where] = True
    return out
