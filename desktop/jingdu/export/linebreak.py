"""Chinese line breaking on top of reportlab's: no line starts with a closing mark or
ends with an opening one."""

from __future__ import annotations

from copy import copy
from typing import Any

from reportlab.lib import textsplit as _textsplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as _paragraph

# reportlab's rule "these may not start a line" knows Japanese punctuation but not the
# full-width marks of Chinese, so a line could begin with ，or ”. Both of its CJK line
# breakers (one frag: textsplit.wordSplit; several: paragraph.cjkFragSplit) read a
# module-level string: extend both once (this only adds marks).
CLOSING = "，；：？！》〉”’…％"
for _module in (_paragraph, _textsplit):
    _module.ALL_CANNOT_START += "".join(c for c in CLOSING if c not in _module.ALL_CANNOT_START)
CANNOT_START = frozenset(_paragraph.ALL_CANNOT_START)
CANNOT_END = frozenset("“‘（《〈【「『〔［｛([{")
"""Opening marks: reportlab lets a line end with one (…第 3 段（ / 000.txt）)."""


class ChineseParagraph(Paragraph):  # type: ignore[misc]
    """A Paragraph (style wordWrap="CJK") none of whose lines starts with a closing mark
    or ends with an opening one.

    reportlab hangs one closing mark in the right margin but not two (after ”， the ，
    starts the next line), and breaks after “ or （. Where it does, the line's last
    character that may start a line moves down and takes the marks around it along
    (what Chinese typesetting calls pushing out). Lines a <br/> ends are left alone."""

    _wrapped_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # The lines depend on the width alone, and the same paragraph is wrapped again
        # and again at one width: KeepTogether measures it, the frame then places it,
        # and multiBuild lays the whole story out twice. Breaking its lines once halves
        # a long export's time. (split() drops the lines when the paragraph must move on.)
        if availWidth == self._wrapped_at and hasattr(self, "blPara"):
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return float(width), float(height)

    def _get_split_blParaFunc(self) -> Any:
        func = super()._get_split_blParaFunc()
        return _split_lines if func is _paragraph._split_blParaHard else func

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        widths = list(maxWidths) if isinstance(maxWidths, list | tuple) else [maxWidths]
        rest = widths[-1]  # the breakers give every line past the list the last width
        lines = super().breakLinesCJK(widths)
        narrowed: dict[int, float] = {}  # line number: its real width
        n = 0
        while (n := _first_bad_break(lines, n)) >= 0:
            j = _last_good_break(lines, n)
            if j is None or n in narrowed:
                n += 1  # no better break on this line (or it did not help): leave it
                continue
            if _move_down(lines, n, j):
                continue
            # Broken again with line n just too narrow for character j, the breaker
            # pushes j down and lays out the lines below anew.
            widths += [rest] * (n + 2 - len(widths))
            narrowed[n], widths[n] = widths[n], _width(_chars(lines, n)[:j])
            lines = super().breakLinesCJK(widths)
        for i, full in narrowed.items():
            _widen(lines, i, full - widths[i])
        return lines


def _latin(c: str) -> bool:
    return c.isascii() and c.isalnum()


def _split_lines(blPara: Any, start: int, stop: int) -> list[Any]:
    """The words of lines start..stop, for the part of a paragraph that goes on to the
    next page. reportlab's version puts a space at every line's end, as if each line
    had broken at one: Chinese lines break between characters, so that printed spaces
    in the middle of words (革命 的). Here only a break between two Latin letters or
    digits (GDP / growth) gets its space back."""
    lines = blPara.lines[start:stop]
    out: list[Any] = []
    for n, line in enumerate(lines):
        out.extend(line.words)
        if n == len(lines) - 1 or not out or not lines[n + 1].words:
            continue
        last, first = getattr(out[-1], "text", ""), getattr(lines[n + 1].words[0], "text", "")
        if last and first and _latin(last[-1]) and _latin(first[0]):
            out[-1] = copy(out[-1])  # the line's own word stays as it was laid out
            out[-1].text = last + " "
    return out


def _chars(lines: Any, i: int) -> list[tuple[str, str, float]]:
    """Line i as (character, font name, font size), whichever breaker made it."""
    if lines.kind == 0:  # one frag: (extra space, [text]) pairs
        return [(c, lines.fontName, lines.fontSize) for c in lines.lines[i][1][0]]
    return [(c, w.fontName, w.fontSize) for w in lines.lines[i].words for c in w.text]


def _text(lines: Any, i: int) -> str:
    if lines.kind == 0:
        return str(lines.lines[i][1][0])
    return "".join(w.text for w in lines.lines[i].words)


def _width(chars: list[tuple[str, str, float]]) -> float:
    return float(sum(stringWidth(c, font, size) for c, font, size in chars))


def _first_bad_break(lines: Any, start: int) -> int:
    """The first line from ``start`` on that ends with an opening mark or is followed by
    a line that starts with a closing one, for want of width (not at a <br/>); -1 if
    there is none."""
    for i in range(start, len(lines.lines) - 1):
        if lines.kind == 1 and getattr(lines.lines[i], "lineBreak", False):
            continue
        if _text(lines, i)[-1:] in CANNOT_END or _text(lines, i + 1)[:1] in CANNOT_START:
            return i
    return -1


def _last_good_break(lines: Any, i: int) -> int | None:
    """The last place in line i to break at (before a character that may start a line,
    after one that may end it), as the index of the character after it; None if none."""
    chars = _chars(lines, i)
    for j in range(len(chars) - 1, 0, -1):
        if chars[j][0] not in CANNOT_START and chars[j - 1][0] not in CANNOT_END:
            return j
    return None


def _move_down(lines: Any, i: int, j: int) -> bool:
    """Move line i's characters from j to the start of the next line if that has room
    and is all one frag: the common case (a citation whose file name went down and left
    its （ behind) without breaking the paragraph again."""
    if lines.kind != 0:
        return False
    (space, [above]), (below_space, [below]) = lines.lines[i], lines.lines[i + 1]
    moved = stringWidth(above[j:], lines.fontName, lines.fontSize)
    if moved > below_space:
        return False
    lines.lines[i] = (space + moved, [above[:j]])
    lines.lines[i + 1] = (below_space - moved, [above[j:] + below])
    return True


def _widen(lines: Any, i: int, by: float) -> None:
    """Give line i back the width it was broken without, as space to align with."""
    if lines.kind == 0:
        space, words = lines.lines[i]
        lines.lines[i] = (space + by, words)
    else:
        lines.lines[i].extraSpace += by
        lines.lines[i].maxWidth += by
