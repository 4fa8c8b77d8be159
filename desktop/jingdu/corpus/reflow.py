"""Rejoining hard-wrapped lines into the paragraphs the author wrote.

Most sources were typeset in a fixed column: a line that stops short ends a
paragraph, and a paragraph's first line is two ems short (its indent was
lost). The column width is learned per source. Sources that already hold one
paragraph per line (Markdown conversions) are recognised and kept as they are,
except for paragraphs a page break cut in two; so are sources that end their
paragraphs with blank lines (plain-text editions of books and manuals).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from statistics import median

from jingdu.corpus.headings import is_lone_numeral, markdown_level, numbering_level
from jingdu.corpus.lines import Line, full_width, next_word_overflows
from jingdu.corpus.text import (
    ends_sentence,
    han_count,
    is_caption,
    join_lines,
    narrow_count,
    normalize_spaces,
)
from jingdu.importing.ladder import is_candidate

_HEADING_CONTINUATION_RATIO = 0.6
_MAX_HEADING_CHARS = 60


@dataclass
class Block:
    """A reflowed paragraph before it is classified."""

    text: str
    lines: list[Line] = field(default_factory=list)
    heading_hint: bool = False
    offsets: list[int] = field(default_factory=list)
    """Where each of ``lines`` begins in ``text``: to find the source line of an offset."""

    def __post_init__(self) -> None:
        if self.lines and not self.offsets:
            self.offsets = [0]

    def append(self, line: Line, text: str) -> None:
        self.text = join_lines(self.text, text)
        self.lines.append(line)
        self.offsets.append(len(self.text) - len(text))


_NOT_PROSE = re.compile(r"^(?:[-–•∗◦▪·*+|$#>]|\d{1,2}[.)]\s)|[{};|]\s*$|\s{3,}")


def _prose(ln: Line) -> bool:
    """A line of running prose: mostly Chinese, or words with spaces between them; not a
    list item, a table row, code or a command (their widths say nothing of the column)."""
    t = ln.text
    if len(t) < 8 or _NOT_PROSE.search(t):
        return False
    han = han_count(t)
    words = t.count(" ") >= 3 and sum(ch.isalpha() for ch in t) >= 0.7 * len(t)
    return han >= len(t) / 2 or words


def column_width(lines: list[Line]) -> float:
    """The width of a full line: the most common width among long lines of prose (all
    long lines where there is no prose)."""
    prose = [ln for ln in lines if _prose(ln)]
    widths = [round(ln.width) for ln in (prose or lines) if len(ln.text) >= 8]
    if not widths:
        return 0.0
    return full_width(widths)


def is_line_per_paragraph(lines: list[Line]) -> bool:
    """Sources that hold a paragraph per line (Markdown conversions, web text).

    In a hard-wrapped source most lines stop mid-sentence; here most end one.
    """
    lengths = [len(ln.text) for ln in lines]
    if not lengths:
        return False
    if median(lengths) > 80:
        return True
    if sum(1 for n in lengths if n >= 8) < 5:
        return True  # too little text to learn a column from: trust the line breaks
    long = [ln.text for ln in lines if len(ln.text) >= 20]
    return bool(long) and sum(ends_sentence(t) for t in long) >= 0.6 * len(long)


def _heading_start(ln: Line) -> bool:
    t = ln.text
    return markdown_level(t) > 0 or numbering_level(t) > 0


def reflow(lines: list[Line]) -> list[Block]:
    """Group the text lines of a source into paragraphs."""
    text_lines = [ln for ln in lines if ln.role == "text"]
    if not text_lines:
        return []
    if is_line_per_paragraph(text_lines):
        return _reflow_paragraph_lines(text_lines)
    if blank_line_paragraphs(text_lines):
        return _reflow_blank_separated(text_lines)
    return _reflow_layout(text_lines, measure_column(text_lines))


BLANK_ENDS = 0.7
"""Of the lines that end a paragraph by every other sign, this share is followed by a
blank line in a text that separates its paragraphs with blank lines."""


def blank_line_paragraphs(lines: list[Line]) -> bool:
    """Whether the text separates its paragraphs with blank lines, and only them: most
    lines that end a sentence short of the column are followed by a blank line, and
    most lines are not (a PDF extraction with a blank after every line is laid out)."""
    after = [_blank_between(a, b) for a, b in itertools.pairwise(lines)]
    if not after or sum(after) > 0.5 * len(after):
        return False
    width = column_width(lines)
    # (Space before a heading is no sign: every layout sets headings apart.)
    ends = [
        after[i]
        for i, ln in enumerate(lines[:-1])
        if ends_sentence(ln.text)
        and ln.width < width - 2
        and len(ln.text) >= 4
        and not _heading_start(lines[i + 1])
    ]
    return len(ends) >= 3 and sum(ends) >= BLANK_ENDS * len(ends)


def _blank_between(a: Line, b: Line) -> bool:
    """A blank line between ``a`` and ``b`` that separates paragraphs: the blanks
    around a page break (and the furniture left out there) do not, unless ``a`` ends
    a sentence."""
    return b.blank_before and (a.page == b.page or ends_sentence(a.text))


def _reflow_blank_separated(lines: list[Line]) -> list[Block]:
    """Paragraphs are the runs of lines between blank lines; a heading line at the top
    of a run stands alone when the run goes on under it."""
    width = column_width(lines)
    blocks: list[Block] = []
    cur: Block | None = None
    for ln in lines:
        text = normalize_spaces(ln.text)
        prev = cur.lines[-1] if cur is not None else None
        heading_alone = (
            cur is not None and cur.heading_hint and len(cur.lines) == 1
            and prev is not None and prev.width < width - 2 and not prev.text.endswith("，")
        )  # fmt: skip
        gap = prev is not None and _blank_between(prev, ln)
        if cur is None or gap or heading_alone:
            cur = Block(text, [ln], heading_hint=_heading_start(ln))
            blocks.append(cur)
        else:
            cur.append(ln, text)
    return [b for b in blocks if b.text]


@dataclass(frozen=True)
class Column:
    """A source's column: the width of a full line and how much full lines vary."""

    width: float
    spread: float

    @property
    def first_line_tol(self) -> float:
        return max(1.0, self.spread)

    @property
    def line_tol(self) -> float:
        return max(1.5, self.spread)

    def is_indented(self, width: float) -> bool:
        """About two ems short of the column: a paragraph's first line."""
        return self.width - 2 - self.first_line_tol <= width <= self.width - 1.4


LATIN_SLACK = 0.05
"""How far a line's width may be off per Latin character (ems): letters differ in
width around the document's average (corpus/widths.py), Chinese characters do not."""


def measure_column(lines: list[Line]) -> Column:
    w = column_width(lines)
    # How much full lines of prose vary (short lines, code and lists say nothing of it),
    # measured on lines of Chinese where there are enough: Latin letters add their own
    # uncertainty, allowed for line by line (LATIN_SLACK).
    prose = [ln for ln in lines if _prose(ln) and ln.width >= 0.75 * w]
    chinese = [ln for ln in prose if narrow_count(ln.text) <= 0.1 * len(ln.text)]
    widths = sorted(ln.width for ln in (chinese if len(chinese) >= 20 else prose))
    widths = widths or sorted(ln.width for ln in lines if len(ln.text) >= 8)
    if not widths:
        return Column(w, 0.0)
    p50 = widths[len(widths) // 2]
    p90 = widths[min(len(widths) - 1, (len(widths) * 9) // 10)]
    return Column(w, p90 - p50)


def _local_columns(lines: list[Line], col: Column, radius: int = 6) -> list[Column]:
    """The column around each line: abstracts and pages with a side label are narrower."""
    long = [
        ln.width if len(ln.text) >= 8 and ln.width >= 0.75 * col.width else None for ln in lines
    ]
    out = []
    for i in range(len(lines)):
        near = sorted(w for w in long[max(0, i - radius) : i + radius + 1] if w is not None)
        # The upper quartile: indented first lines are many where paragraphs are short.
        local = near[(len(near) * 3) // 4] if len(near) >= 3 else col.width
        out.append(Column(min(col.width, float(round(local))), col.spread))
    return out


def _reflow_layout(lines: list[Line], column: Column) -> list[Block]:
    cols = _local_columns(lines, column)
    signs = _Signs(
        trailing=sum(ln.trail for ln in lines) > 0.05 * len(lines),
        gaps=sum(ln.blank_before for ln in lines) < 0.5 * len(lines),
    )
    blocks: list[Block] = []
    cur: Block | None = None
    i = 0
    while i < len(lines):
        ln = lines[i]
        text = normalize_spaces(ln.text)
        if cur is None:
            cur = Block(text, [ln], heading_hint=_heading_start(ln))
        else:
            cur.append(ln, text)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        i += 1
        if nxt is None:
            break
        col = cols[i - 1]
        if cur.heading_hint and _continues_heading(cur, ln, nxt, col.width):
            # The wrapped tail of a heading: join it, and the heading ends there.
            cur.append(nxt, normalize_spaces(nxt.text))
            blocks.append(cur)
            cur = None
            i += 1
        elif _breaks_after(ln, nxt, col, signs, cur):
            blocks.append(cur)
            cur = None
    if cur is not None:
        blocks.append(cur)
    return [b for b in blocks if b.text]


_CODE = re.compile(
    r"^(?:[$#>|]\s|#!/|[a-z][\w.-]*\s+(?:-{1,2}\w|/|~|\$)|[A-Za-z_][A-Za-z0-9_]*=\S)"
    r"|\s=\s|[;{}]$"
)
# Cells of a table row as ``pdftotext -layout`` sets them: text, a run of spaces, text.
_TABLE_ROW = re.compile(r"\S {3,}\S")


def _is_table_row(text: str) -> bool:
    """Cells apart, and no sentence in them (a gap in a line of prose is where a link
    or a clipped word was)."""
    return _TABLE_ROW.search(text) is not None and not re.search(r"[。，；！？]", text)


_BULLET = re.compile(r"^[•◦▪▫∗●○■□◆◇►▸‣⁃]")


def is_code(text: str) -> bool:
    """A line of code or a command (``$ sudo apt-get update``, ``ls -l /etc``,
    ``KEY=value``): kept on a line of its own, never joined to the prose around it."""
    return not re.search(r"[\u4e00-\u9fff]", text) and bool(_CODE.search(text))


@dataclass(frozen=True)
class _Signs:
    """What else than the column marks a paragraph's end in this source."""

    trailing: bool
    """Some lines end with a blank: those that end a paragraph, in some extractions."""
    gaps: bool
    """Blank lines are rare: where one follows a sentence's end on the same page, it is
    the space between two paragraphs (not a blank after every line)."""


def _breaks_after(ln: Line, nxt: Line, col: Column, signs: _Signs, cur: Block) -> bool:
    text = ln.text
    if is_code(text) or is_code(nxt.text) or _BULLET.match(nxt.text):
        return True  # code stands alone; a bullet starts a list item
    if _is_table_row(text) or _is_table_row(nxt.text):
        return True  # a table row is a line of its own
    if nxt.text[0] in _NO_LINE_START:
        return False  # no line starts with a comma or a closing bracket: it was wrapped
    if text.endswith(("，", "、")) and not _heading_start(nxt) and not _ITEM.match(nxt.text):
        return False  # no paragraph ends inside a clause (a list's items may)
    in_heading = cur.heading_hint
    first = len(cur.lines) == 1
    # A line that stops short of the column ends its paragraph. A paragraph's
    # first line is expected two ems short (its indent was lost): there a
    # sentence end decides between a one-line paragraph and a wrapped one.
    slack = LATIN_SLACK * narrow_count(text)
    if next_word_overflows(ln, nxt, col.width):
        slack = float("inf")  # broken before a word that would not fit: a full line
    if first:
        short = ln.width < col.width - 2 - col.first_line_tol - slack
        indented = not short and ln.width < col.width - 1.4
    else:
        # Slightly short mid-paragraph lines are common (punctuation that may not
        # start a line is pulled back, full-width Latin is narrower than it counts):
        # only a sentence end, a colon, or a bare fragment such as a heading's tail
        # makes a short line a paragraph end.
        short = ln.width < col.width - col.line_tol - slack and (
            ends_sentence(text)
            or _ENGLISH_END.search(text) is not None
            or text.endswith(("：", ":"))
            or _is_fragment(text, col)
            or cur.text.startswith("——")  # a quotation's source line ends where it stops short
        )
        indented = False
    if is_lone_numeral(text) or is_lone_numeral(nxt.text):
        return True
    if _heading_start(nxt) and (short or ends_sentence(text) or in_heading):
        return True
    if _heading_start(nxt) and nxt.width < 0.75 * col.width and is_candidate(nxt.text):
        return True  # a short numbered heading on its own line (一、引言) after any line
    if text.endswith("……") and cur.text.count("“") > cur.text.count("”"):
        # An omission inside a quotation still open: the quotation, and its paragraph,
        # go on (习近平总书记强调：“优化生产力布局…… / 打造自主可控……”).
        return False
    if short or (indented and ends_sentence(text)):
        return True
    # A heading that stops short with no sentence in it, and a next line that is not
    # full (a new paragraph's first line, its indent lost): a run-in heading's first
    # line runs on into a full line of its paragraph.
    alone = (
        ln.width < col.width - 2
        and nxt.width <= col.width - 1
        and not re.search(r"[。；！？，、]", text)
    )
    if in_heading and first and (col.is_indented(nxt.width) or alone):
        return True  # a heading on its own line
    if nxt.text.startswith("——") and ends_sentence(text):
        return True
    if signs.trailing and ln.trail and ends_sentence(text):
        return True
    sentence_end = ends_sentence(text) or _ENGLISH_END.search(text) is not None
    if signs.gaps and nxt.blank_before and nxt.page == ln.page and sentence_end:
        return True
    if sentence_end and "" != _script(cur.text) != _script(nxt.text) != "":
        return True  # a manual partly translated: an English paragraph ends, a Chinese one begins
    # A full line ending a sentence, then a line two ems short: a new paragraph's lost indent.
    return ends_sentence(text) and col.is_indented(nxt.width) and len(nxt.text) > 4


_ITEM = re.compile(r"^(?:[-–—•◦▪∗·*+]\s|\d{1,2}[.)、]|[（(]\d{1,2}[）)])")
_NO_LINE_START = "，。、；：？！）》」』】〉’”"
# An English sentence's end: a word, a number or a closing quote, then a full stop,
# perhaps inside a bracket or quotes (not "e.g." or "i.e.", whose last letter stands
# alone).
_ENGLISH_END = re.compile(r"(?:[A-Za-z]{2}|[0-9)\]\"'”’])[.!?][)\]\"'”’]?$")


def _script(text: str) -> str:
    """``han`` or ``latin`` where one writing clearly rules the text, else ``""``."""
    han = han_count(text)
    latin = len(_LATIN.findall(text))
    if han >= 4 * max(1, latin):
        return "han"
    if latin >= 8 * max(1, han) and latin >= 20:
        return "latin"
    return ""


_LATIN = re.compile(r"[A-Za-z]")


def _is_fragment(text: str, col: Column) -> bool:
    """A short line with no prose punctuation: a heading's tail, a signature, a date."""
    return len(text) < col.width / 2 and not re.search(r"[，。；、：“”！？]", text)


def _continues_heading(cur: Block, ln: Line, nxt: Line, w: float) -> bool:
    if ends_sentence(ln.text) or len(cur.text) > _MAX_HEADING_CHARS:
        return False
    if _heading_start(nxt) or is_lone_numeral(nxt.text):
        return False
    return (
        # A heading wraps only where its line is full: "3.1 网络" then a short line is
        # a heading and a one-line paragraph.
        ln.width >= _HEADING_CONTINUATION_RATIO * w
        and nxt.width < _HEADING_CONTINUATION_RATIO * w
        and len(cur.text) + len(nxt.text) <= _MAX_HEADING_CHARS
    )


def _reflow_paragraph_lines(lines: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    for ln in lines:
        text = normalize_spaces(ln.text)
        prev = blocks[-1] if blocks else None
        if (
            prev is not None
            and not prev.heading_hint
            and not _heading_start(ln)
            and not is_caption(ln.text)
            and not is_caption(prev.text)
            and not ends_sentence(prev.text)
            and len(prev.text) > 20
        ):
            # A paragraph cut by a page break (its footnotes were printed in between).
            prev.append(ln, text)
            continue
        blocks.append(Block(text, [ln], heading_hint=_heading_start(ln)))
    return blocks
