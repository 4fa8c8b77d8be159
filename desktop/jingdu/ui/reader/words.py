"""The word a double-click takes in Chinese text.

Qt's word boundaries come from spaces and punctuation classes that Chinese does
not have: a double-click took a whole run of 60 characters, commas and full
stops included. Here the word is jieba's (the boundaries "snap to words" uses),
and never crosses punctuation or a change of script. jieba loads in the
background after start-up; until it is there, the run of Han characters around
the click stands in, cut to a few characters either side so that a double-click
never takes a clause.
"""

from __future__ import annotations

from jingdu.notes.edges import snap_to_words
from jingdu.search import segment

REACH = 4
"""Han characters taken either side of the click before jieba is loaded."""


def _script(ch: str) -> str:
    """``han``, ``word`` (letters and digits of any width) or "" for anything else."""
    code = ord(ch)
    if (
        0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3134F
        or ch == "〇"
    ):
        return "han"
    return "word" if ch.isalnum() else ""


def run_at(text: str, offset: int) -> tuple[int, int] | None:
    """The run of characters of one script around ``offset``: between punctuation,
    blanks and changes of script. None on punctuation or blank."""
    if not 0 <= offset < len(text):
        return None
    kind = _script(text[offset])
    if not kind:
        return None
    start, end = offset, offset + 1
    while start > 0 and _script(text[start - 1]) == kind:
        start -= 1
    while end < len(text) and _script(text[end]) == kind:
        end += 1
    return start, end


def word_at(text: str, offset: int) -> tuple[int, int] | None:
    """The word at code-point ``offset``, or None when the character there is not part
    of one (punctuation, blank)."""
    run = run_at(text, offset)
    if run is None:
        return None
    if _script(text[offset]) == "word":
        return run  # a Latin word or a number: the run is the word
    if segment.is_ready():
        word = snap_to_words(text, offset, offset + 1)
        if word is not None:
            return max(word[0], run[0]), min(word[1], run[1])
    return max(run[0], offset - REACH), min(run[1], offset + REACH + 1)
