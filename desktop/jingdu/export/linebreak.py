"""Chinese line breaking for reportlab paragraphs: no line starts with a closing mark or
ends with an opening one, and a paragraph of any length is broken once, in one pass.

reportlab's own CJK breaker measures every character anew on every call (13 µs a
character here), and its split() hands the part of a paragraph that moves to the next
page on as text, to be broken all over again: a note running over N pages was broken
N times, so a 100,000-character note took 27 s and a 1,000,000-character one (the most a
note may hold) never finished. Here the lines are broken once at a width, with the
punctuation rules applied as each break is made, and a split carries the lines it has
already made over to the next page.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import Any, overload

from reportlab.lib import textsplit as _textsplit
from reportlab.lib.rl_accel import sameFrag
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as _paragraph
from reportlab.platypus.paragraph import FragLine, ParaLines

# reportlab's rule "these may not start a line" knows Japanese punctuation but not the
# full-width marks of Chinese, so a line could begin with ，or ”. Its own breakers still
# set the paragraphs that are not ours (the contents' entries): extend their rule once.
CLOSING = "，；：？！》〉”’…％"
for _module in (_paragraph, _textsplit):
    _module.ALL_CANNOT_START += "".join(c for c in CLOSING if c not in _module.ALL_CANNOT_START)
CANNOT_START = frozenset(_paragraph.ALL_CANNOT_START)
CANNOT_END = frozenset("“‘（《〈【「『〔［｛([{")
"""Opening marks: reportlab lets a line end with one (…第 3 段（ / 000.txt）)."""
FUZZ = _paragraph._FUZZ


class _Widths(dict[str, float]):
    """Character widths in one font and size, each measured the first time it is met."""

    def __init__(self, font: str, size: float) -> None:
        super().__init__()
        self.font, self.size = font, size

    def __missing__(self, c: str) -> float:
        width = self[c] = float(stringWidth(c, self.font, self.size))
        return width


_WIDTHS: dict[tuple[str, float], _Widths] = {}


def _widths(font: str, size: float) -> _Widths:
    table = _WIDTHS.get((font, size))
    if table is None:
        table = _WIDTHS[font, size] = _Widths(font, size)
    return table


class _Units:
    """A paragraph's frags as one run of units: a character of text, or "" for a frag
    with no text (a <br/>, an anchor, an image), each with its width and frag."""

    def __init__(self, frags: Sequence[Any]) -> None:
        self.frags = frags
        self.chars: list[str] = []
        self.widths: list[float] = []
        self.starts: list[int] = []
        """The index of each frag's first unit."""
        self.hard: set[int] = set()
        """Units that end their line (<br/>)."""
        for f in frags:
            self.starts.append(len(self.chars))
            text = getattr(f, "text", "")
            text = text.decode("utf-8") if isinstance(text, bytes) else text
            if hasattr(f, "lineBreak"):
                self.hard.add(len(self.chars))
            if text and not hasattr(f, "cbDefn") and not hasattr(f, "lineBreak"):
                self.chars += text
                self.widths += map(_widths(f.fontName, f.fontSize).__getitem__, text)
            else:
                cb = getattr(f, "cbDefn", None)
                self.chars.append("")
                self.widths.append(float(getattr(cb, "width", 0) or 0))
        self.starts.append(len(self.chars))

    def runs(self, start: int, stop: int) -> Iterator[tuple[Any, str]]:
        """(frag, its text) for the units start..stop, frag by frag."""
        k = bisect.bisect_right(self.starts, start) - 1  # every frag has a unit
        while k < len(self.frags) and self.starts[k] < stop:
            a, b = max(start, self.starts[k]), min(stop, self.starts[k + 1])
            f = self.frags[k]
            yield f, "".join(self.chars[a:b])
            k += 1


def break_lines(units: _Units, widths: Sequence[float]) -> list[tuple[int, int, float, bool]]:
    """The lines as (first unit, unit after the last, width, ended by <br/>).

    Greedy, as reportlab breaks: a line takes characters while they fit; a closing mark
    (or a space) that does not fit hangs in the margin; in Latin text the break goes back to a space
    (or to where Chinese resumes) within the second half of the line. Then, where that
    break would start the next line with a closing mark (the second of ”，) or end this
    one with an opening mark, the break moves back to the last place in the line where
    it may go, and the characters after it go down (what Chinese typesetting calls
    pushing out). Each character is looked at a bounded number of times."""
    chars, w, hard = units.chars, units.widths, units.hard
    n = len(chars)
    lines: list[tuple[int, int, float, bool]] = []
    start = i = 0
    used = 0.0
    room = widths[0]
    while i < n:
        if i in hard:
            lines.append((start, i + 1, used, True))
        else:
            used += w[i]
            if used <= room + FUZZ or i == start:
                i += 1
                continue
            stop = _break_before(chars, start, i)
            lines.append((start, stop, sum(w[start:stop]), False))
            i = stop - 1
        start = i = i + 1
        used = 0.0
        room = widths[min(len(lines), len(widths) - 1)]
    if start < n:
        lines.append((start, n, used, False))
    return lines


def _break_before(chars: list[str], start: int, i: int) -> int:
    """Where the next line starts, when the line from ``start`` has no room for unit i."""
    b = i
    c = chars[i]
    if c and ord(c) < 0x3000:  # inside Latin text (reportlab's rough test)
        for j in range((i - 1), (start + i) >> 1, -1):
            cj = chars[j]
            if cj and (cj.isspace() or ord(cj) >= 0x3000):
                b = j + 1
                break
    if chars[b] in CANNOT_START or chars[b].isspace():
        b += 1  # hang it in the margin (a space too: no line starts with one)
    if (b < len(chars) and chars[b] in CANNOT_START) or chars[b - 1] in CANNOT_END:
        for j in range(b - 1, start, -1):
            if chars[j] not in CANNOT_START and chars[j - 1] not in CANNOT_END:
                return j
    return b


class _Rest(Sequence[Any]):
    """``lines[start:]`` without copying: the part of a long paragraph that goes on to
    the next page is handed on page after page, and copying what is left each time
    would make a long note's layout quadratic again."""

    def __init__(self, lines: Sequence[Any], start: int) -> None:
        if isinstance(lines, _Rest):
            start += lines._start
            lines = lines._lines
        self._lines: Sequence[Any] = lines
        self._start: int = start

    def __len__(self) -> int:
        return len(self._lines) - self._start

    @overload
    def __getitem__(self, i: int) -> Any: ...
    @overload
    def __getitem__(self, i: slice) -> list[Any]: ...
    def __getitem__(self, i: int | slice) -> Any:
        if isinstance(i, slice):
            return [self._lines[self._start + k] for k in range(len(self))[i]]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._lines[self._start + i]


class ChineseParagraph(Paragraph):  # type: ignore[misc]
    """A Paragraph (style wordWrap="CJK") none of whose lines starts with a closing mark
    or ends with an opening one, broken once per width in time linear in its length,
    and split across pages without being broken again."""

    _wrapped_at: float | None = None
    _frags_from: tuple[Any, int, int] | None = None
    """The lines (of the paragraph this is the rest of) its frags are made from if it is
    ever broken again at another width; see :meth:`split`."""
    _frags: list[Any]

    @property
    def frags(self) -> list[Any]:
        if self._frags_from is not None:
            lines, start, stop = self._frags_from
            self._frags_from = None
            self._frags = _frags_of(lines, start, stop)
        return self._frags

    @frags.setter
    def frags(self, value: list[Any]) -> None:
        self._frags, self._frags_from = value, None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # The lines depend on the width alone, and the same paragraph is wrapped again
        # and again at one width: KeepTogether measures it, the frame then places it,
        # and multiBuild lays the whole story out twice.
        if availWidth == self._wrapped_at and hasattr(self, "blPara"):
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return float(width), float(height)

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        widths = list(maxWidths) if isinstance(maxWidths, list | tuple) else [maxWidths]
        style, frags = self.style, self.frags
        if not frags or style.endDots:  # nothing to break; leader dots we never print
            return super().breakLinesCJK(widths)
        _paragraph._handleBulletWidth(self.bulletText, style, widths)
        units = _Units(frags)
        lines = break_lines(units, widths)
        room = [widths[min(n, len(widths) - 1)] for n in range(len(lines))]
        f = frags[0]
        if len(frags) == 1 and not hasattr(f, "cbDefn") and not hasattr(f, "lineBreak"):
            # One font throughout: reportlab's simple form, (spare width, [text]) a line.
            simple = [
                (room[n] - width, ["".join(units.chars[a:b])])
                for n, (a, b, width, _hard) in enumerate(lines)
            ]
            return f.clone(kind=0, lines=simple, ascent=f.fontSize, descent=-0.2 * f.fontSize)
        bounds = getattr(self, "autoLeading", getattr(style, "autoLeading", "")) not in ("", "off")
        return ParaLines(
            kind=1,
            lines=[
                _frag_line(units, a, b, width, room[n], hard, bounds)
                for n, (a, b, width, hard) in enumerate(lines)
            ],
        )

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        style = self.style
        auto = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        if auto not in ("", "off") or style.endDots or min(availWidth, availHeight) < FUZZ:
            return list(super().split(availWidth, availHeight))  # not used in the briefing
        self.wrap(availWidth, availHeight)
        lines = self.blPara.lines
        n, fit = len(lines), int(availHeight / float(style.leading))
        orphans = getattr(self, "allowOrphans", getattr(style, "allowOrphans", 0))
        if (not orphans and fit <= 1) or fit == 0:
            return []  # keeps its lines: it is placed at this width on the next page
        if n <= fit:
            return [self]
        if not getattr(self, "allowWidows", getattr(style, "allowWidows", 1)) and n == fit + 1:
            if not ((orphans and n == 3) or n > 3):
                return []
            fit -= 1
        first = self._part(lines, 0, fit, availWidth, style)
        last = lines[fit - 1]
        first._JustifyLast = not (isinstance(last, FragLine) and getattr(last, "lineBreak", False))
        rest = style
        if style.firstLineIndent:
            rest = style.clone(style.name, firstLineIndent=0)
        return [first, self._part(lines, fit, n, availWidth, rest)]

    def _get_split_blParaFunc(self) -> Any:
        # reportlab's own split (kept for what the briefing never uses, autoLeading)
        # would put a space at every line's end of the part that moves on, as if each
        # line had broken at one: in Chinese that printed 革命 的 in mid-word.
        return _frags_of

    def _part(
        self, lines: Sequence[Any], start: int, stop: int, width: float, style: Any
    ) -> ChineseParagraph:
        """The lines start..stop as a paragraph of their own, already broken."""
        bullet = self.bulletText if start == 0 else None
        part = self.__class__(None, style, bulletText=bullet, frags=[])
        part._frags_from = (self.blPara, start, stop)
        kept = lines[start:stop] if start == 0 else _Rest(lines, start)
        part.blPara = self.blPara.clone(lines=kept)
        part.width, part.height = width, (stop - start) * style.leading
        part._wrapped_at = width
        return part

    def draw(self) -> None:
        # The last part of a split is drawn when the rest fits on the page: its lines
        # are a page's worth by then.
        if isinstance(self.blPara.lines, _Rest):
            self.blPara.lines = list(self.blPara.lines)
        super().draw()


def _frag_line(
    units: _Units, start: int, stop: int, width: float, room: float, hard: bool, bounds: bool
) -> Any:
    """One line as reportlab draws it: a word per run of one style."""
    words: list[Any] = []
    size, ascent, descent = 0.0, 0.0, 0.0
    for f, text in units.runs(start, stop):
        size = max(size, f.fontSize)
        cb = getattr(f, "cbDefn", None)
        if bounds and cb is not None and getattr(cb, "width", 0) != 0:  # an image
            height = _paragraph.imgNormV(cb.height, f.fontSize)
            d, a = _paragraph.imgVRange(height, cb.valign, f.fontSize)
        else:
            a, d = getAscentDescent(f.fontName, f.fontSize)
        ascent, descent = max(ascent, a), min(descent, d)
        if words and sameFrag(words[-1], f):
            words[-1].text += text
        else:
            words.append(f.clone(text=text))
    return FragLine(
        kind=1,
        extraSpace=room - width,
        wordCount=1,
        words=words,
        fontSize=size,
        ascent=ascent,
        descent=descent,
        maxWidth=room,
        currentWidth=width,
        lineBreak=hard,
    )


def _frags_of(blPara: Any, start: int, stop: int) -> list[Any]:
    """Frags that make lines start..stop of ``blPara`` again when broken at another
    width. The lines hold every character (a space at a break stays at the end of its
    line), so they join with nothing added or lost."""
    lines = blPara.lines
    if blPara.kind == 0:  # one frag, (spare width, [text]) a line
        f = blPara.clone(text="".join(lines[n][1][0] for n in range(start, stop)))
        for made in ("kind", "lines", "ascent", "descent"):
            f.__dict__.pop(made, None)
        return [f]
    return [w for n in range(start, stop) for w in lines[n].words]
