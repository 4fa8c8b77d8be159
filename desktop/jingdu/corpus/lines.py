"""A source file as a list of lines with the layout facts the cleaner reasons about."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from jingdu.corpus.text import width


@dataclass
class Line:
    """One non-blank line of a source file.

    Attributes:
        no: 0-based line number in the source (for messages and audits).
        raw: the line as it was, without the newline.
        text: the line with surrounding blanks removed.
        lead: the line began with a blank (a page start in PDF extractions).
        trail: the line ended with a blank (a paragraph end in some sources).
        width: visual width of ``text`` in ems.
        role: what the cleaner decided the line is: ``text``, ``furniture``,
            ``note`` or ``front`` (front matter such as a journal's column name).
        reason: why a line that is not ``text`` was set aside.
        page: the page the line is on, where the source marks pages with form feeds
            (``pdftotext`` does); 0 throughout otherwise.
        blank_before: one or more blank lines came before it.
    """

    no: int
    raw: str
    text: str
    lead: bool
    trail: bool
    width: float
    role: str = "text"
    reason: str = ""
    page: int = 0
    blank_before: bool = False

    def set_aside(self, role: str, reason: str) -> None:
        self.role = role
        self.reason = reason


def split_lines(source: str) -> list[Line]:
    """Split decoded source text into its non-blank lines."""
    out: list[Line] = []
    page = 0
    blank = False
    for no, raw in enumerate(source.split("\n")):
        page += raw.count("\f")
        raw = raw.replace("\f", "")
        text = raw.strip()
        if not text:
            blank = True
            continue
        out.append(
            Line(
                no=no,
                raw=raw,
                text=text,
                lead=raw[:1].isspace(),
                trail=raw[-1:].isspace(),
                width=width(text),
                page=page,
                blank_before=blank,
            )
        )
        blank = False
    return out


RARE_LEADS = 0.25
"""A leading blank means something (a page's start, a line set to the right) only where
no more than this share of lines or paragraphs has one; where most do, it is an indent
(a text-mode browser's edition indents nearly everything)."""


class _Led(Protocol):
    lead: bool


def leads_are_rare(items: Sequence[_Led]) -> bool:
    return sum(x.lead for x in items) <= RARE_LEADS * len(items)


_FIRST_WORD = re.compile(r"[\x21-\x7e]+|.")


def next_word_overflows(ln: Line, nxt: Line, full: float) -> bool:
    """Whether ``nxt``'s first word would not have fitted on ``ln`` in a column ``full``
    ems wide: an address or an English word is not broken, so the line before one ends
    short of the column and was wrapped all the same."""
    word = _FIRST_WORD.match(nxt.text.lstrip())
    if word is None or len(word.group()) < 4:
        return False
    # In the next line's own measure (its width knows how wide this document sets Latin).
    share = width(word.group()) / max(width(nxt.text), 0.5)
    return ln.width + 0.5 + share * nxt.width > full


def full_width(widths: Sequence[int]) -> float:
    """The width of a full line among these (rounded) line widths: the most common one,
    and among near-ties the widest (compressed punctuation only makes lines longer)."""
    counts = Counter(widths)
    top = max(counts.values())
    return float(max(w for w, c in counts.items() if c >= 0.6 * top))
