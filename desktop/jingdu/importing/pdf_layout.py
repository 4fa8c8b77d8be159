"""Lines into paragraphs: the body's measures, and where a paragraph ends.

A paragraph ends where its line stops short of the right edge (unless the next
line's first word, a URL or an English word, would not have fitted there), where the next
line is indented (the Chinese first-line indent of two characters), where the
spacing grows, or where the type changes. It runs on across a page break when
the page's last line is full and the next page's first line is not indented.
Quotations are paragraphs indented on both sides, or set in a 楷体 face when the
body is not.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from jingdu.corpus.text import ends_sentence, join_lines
from jingdu.importing.ladder import is_candidate, mark
from jingdu.importing.pdf_chars import Line
from jingdu.importing.structured import Marker

SAME_SIZE = 0.08
"""Sizes this close (relative) are one size."""
GAP = 1.3
"""A gap this many line pitches (or more) between lines separates paragraphs."""
SHORT = 1.2
"""A line ending this many ems (or more) before the right edge ends its paragraph."""
INDENT = 0.8
"""A line starting this many ems (or more) right of the line before starts a paragraph."""
_KAI = re.compile(r"kai|楷|^fzkt", re.I)
_WORD = re.compile(r"[\x21-\x7e]+")
# A list item's label: a bullet glyph, or a letter or number with a stop, then a space.
# A bullet always starts an item; a dash or number only beside other items, or out of
# line with the text above (a wrapped English line may start with "– " or "A. ").
_BULLET = re.compile(r"^[•◦▪▫∗●○■□◆◇►▸‣⁃∙・](?=\s)")
_DASH = re.compile(r"^[-–—·](?=\s)")
_ENUM = re.compile(r"^(?:[0-9]{1,3}|[A-Za-z]|[ivxlcIVXLC]{1,5})[.)](?=\s)")
HANG = 4.0
"""A list item's later lines hang up to this many ems right of its label."""


@dataclass
class Stats:
    body: float
    font: str
    pitch: float
    left: tuple[float, float]
    """The text block's left edge on pages with an even and an odd index."""
    right: tuple[float, float]

    def edges(self, page: int) -> tuple[float, float]:
        return self.left[page % 2], self.right[page % 2]


@dataclass(eq=False)
class Para:
    lines: list[Line]
    text: str
    markers: list[Marker] = field(default_factory=list)
    kind: str = "body"
    level: int = 0
    starts: list[int] = field(default_factory=lambda: [0])
    """Where each line begins in ``text``."""

    @property
    def first(self) -> Line:
        return self.lines[0]

    @property
    def page(self) -> int:
        return self.lines[0].page + 1

    @property
    def spaced(self) -> str:
        return " ".join(ln.spaced for ln in self.lines)


def measure(lines: list[Line]) -> Stats:
    """The body's size, face, line pitch and text block, from the lines of all pages."""
    sizes: Counter[float] = Counter()
    for ln in lines:
        sizes[round(ln.size * 2) / 2] += len(ln.text)
    body = max(sizes, key=lambda s: (sizes[s], -s)) if sizes else 12.0
    main = [ln for ln in lines if abs(ln.size - body) <= SAME_SIZE * body]
    # The body's face is that of its Chinese text (Latin words may come in another).
    chinese = any(ln.cjk for ln in main)
    faces: Counter[str] = Counter()
    for ln in main:
        faces[ln.font] += ln.cjk if chinese else len(ln.text)
    font = faces.most_common(1)
    pitches: Counter[float] = Counter()
    for a, b in itertools.pairwise(main):
        d = a.bottom - b.bottom
        if a.page == b.page and body * 0.9 < d < body * 3 and b.x0 < a.x1 and a.x0 < b.x1:
            pitches[round(d, 1)] += 1
    pitch = pitches.most_common(1)[0][0] if pitches else body * 1.5
    left, right = [], []
    for parity in (0, 1):
        side = [ln for ln in main if ln.page % 2 == parity and len(ln.text) > 3]
        if len(side) < 10:  # too few to tell this side's margins from the other's
            side = main
        if not side:
            left.append(0.0)
            right.append(1e9)
            continue
        left.append(Counter(round(ln.x0) for ln in side).most_common(1)[0][0])
        right.append(_edge([ln.x1 for ln in side if len(ln.text) > 10] or [ln.x1 for ln in side]))
    return Stats(body, font[0][0] if font else "", pitch, (left[0], left[1]), (right[0], right[1]))


def _edge(ends: list[float]) -> float:
    """Where most lines end (justified text ends at one place; a line or two may hang
    its punctuation out, a ragged one falls short), as far right as that place goes."""
    counts = Counter(round(x) for x in ends)
    most = max(counts, key=lambda x: (counts[x], x))
    return max(x for x in ends if abs(x - most) <= 1.5)


def is_kai(font: str) -> bool:
    return bool(_KAI.search(font))


def paragraphs(
    lines: list[Line], st: Stats, marks: dict[int, list[tuple[int, int, str]]]
) -> list[Para]:
    """The content lines of all pages, in reading order, as paragraphs."""
    out: list[Para] = []
    cur: Para | None = None
    for ln in lines:
        if cur is not None and _continues(cur, ln, st):
            text = join_lines(cur.text, ln.text)
            shift = len(text) - len(ln.text)
            cur.text = text
            cur.lines.append(ln)
            cur.starts.append(shift)
        else:
            cur = Para([ln], ln.text)
            out.append(cur)
            shift = 0
        for s, e, label in marks.get(id(ln), ()):
            cur.markers.append(Marker(s + shift, e + shift, label))
    return out


def _style_differs(a: Line, b: Line) -> bool:
    """Another size, weight or face (a line all in Latin letters has its own face)."""
    return (
        abs(a.size - b.size) > SAME_SIZE * max(a.size, b.size)
        or a.bold != b.bold
        or (a.font != b.font and a.cjk > 0 and b.cjk > 0)
    )


def _continues(para: Para, cur: Line, st: Stats) -> bool:
    prev = para.lines[-1]
    if _style_differs(prev, cur):
        return False
    em = cur.size
    lp, rp = st.edges(prev.page)
    lc, rc = st.edges(cur.page)
    if prev.page == cur.page:
        d = prev.bottom - cur.bottom
        if d <= 0 or d > st.pitch * (cur.size / st.body) * GAP + 1:
            return False  # spacing grows, or the text goes up: a new column
    elif cur.page != prev.page + 1:
        return False
    elif is_candidate(cur.text) and cur.x1 - lc < (rc - lc) - SHORT * em:
        return False  # a numbered heading at the top of the page (its spacing is above it)
    if (
        prev.page == cur.page
        and _heading_like(prev, st)
        and not mark(cur.text)
        and len(para.text) + len(cur.text) <= 80
    ):
        return True  # a heading or a title set on two (centred) lines
    prev_in, cur_in = prev.x0 - lp, cur.x0 - lc
    if _BULLET.match(cur.spaced) or (
        _label(cur) and (_label(para.first) or abs(cur_in - prev_in) > 0.3 * em)
    ):
        return False  # the next item of a list (a number or dash in prose is not one)
    hanging = len(para.lines) == 1 and _label(prev) and cur_in <= prev_in + HANG * em
    if cur_in > prev_in + INDENT * em and not hanging:
        return False
    # An indented line full to the edge, and the next one indented alike: each starts a
    # paragraph (a heading that fills its line, then the text).
    first_full = len(para.lines) == 1 and prev_in >= 1.5 * em and prev.x1 >= rp - SHORT * em
    if first_full and abs(cur_in - prev_in) < 0.5 * em and not cur.text[:1].islower():
        return False  # (an English sentence running on starts in lower case)
    width = rc - lc
    if cur_in > 0.3 * width or prev_in > 0.3 * width:
        return False  # centred or set right: a line of its own (a date, a signature)
    # The paragraph's own right edge: the page's, or a narrower one it keeps (a block
    # indented on both sides); a line hanging its punctuation out does not widen it.
    edge = rp - lp
    if len(para.lines) > 1:
        edge = min(edge, max(ln.x1 - st.edges(ln.page)[0] for ln in para.lines))
    if prev.x1 - lp < edge - SHORT * em:
        # Short of the edge: the paragraph ends, unless this is the second line of a block
        # indented on both sides (back to the block's left, no longer than the first), or
        # the line was wrapped because the next line's first word (a URL, an English
        # word, a number) had no room left on it.
        if not ends_sentence(prev.text) and _word_too_wide(cur, edge - (prev.x1 - lp)):
            return True
        return (
            len(para.lines) == 1
            and not _label(prev)
            and INDENT * em <= cur_in < prev_in - INDENT * em
            and cur.x1 - lc <= prev.x1 - lp + 0.5 * em
        )
    return True


def _label(ln: Line) -> bool:
    """Whether ``ln`` starts with a list item's label (a bullet, ``1.``, ``a)``)."""
    text = ln.spaced
    return bool(_BULLET.match(text) or _ENUM.match(text) or _DASH.match(text))


def _word_too_wide(ln: Line, room: float) -> bool:
    """Whether the word ``ln`` starts with (a run of Latin letters, digits and ASCII
    punctuation, which a line does not break) is wider than ``room``: its width is
    measured on the line itself (the width left after its Chinese characters, shared
    among the others)."""
    m = _WORD.match(ln.text)
    if m is None:
        return False
    others = len(ln.text) - ln.cjk + len(ln.gaps)
    if others <= 0:
        return False
    each = max(0.0, (ln.x1 - ln.x0) - ln.cjk * ln.size) / others
    return len(m.group()) * each > room + 0.25 * ln.size  # a word that just fitted: no


def _heading_like(ln: Line, st: Stats) -> bool:
    return ln.size > st.body * (1 + SAME_SIZE) or (ln.bold and len(ln.text) < 40)


def classify(paras: list[Para], st: Stats) -> None:
    """Quotations and closing signatures among the paragraphs that are not headings."""
    kai_body = is_kai(st.font)
    for p in paras:
        if p.kind != "body":
            continue
        kai = is_kai(p.first.font) and not kai_body and len(p.text) >= 10
        if kai or (len(p.lines) >= 2 and _indented_both_sides(p, st)):
            p.kind = "quote"
    # Signatures: the last paragraphs, each a short line set to the right.
    for p in reversed([p for p in paras if p.kind != "heading"]):
        left, right = st.edges(p.first.page)
        ln = p.first
        if len(p.lines) > 1 or len(p.text) > 30 or ln.x0 - left < 0.4 * (right - left):
            break
        if ln.x1 < right - 3 * ln.size:
            break
        p.kind = "signature"


def _indented_both_sides(p: Para, st: Stats) -> bool:
    left, right = st.edges(p.first.page)
    em = p.first.size
    for i, ln in enumerate(p.lines):
        left, right = st.edges(ln.page)
        if ln.x0 - left < 1.5 * em:
            return False
        if i < len(p.lines) - 1 and ln.x1 > right - 1.5 * em:
            return False
    return True
