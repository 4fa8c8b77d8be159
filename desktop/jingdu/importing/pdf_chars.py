"""A PDF page's text layer as lines: characters with their boxes, sizes and fonts.

PDFium's text page hands out one character at a time. The calls go through
private ctypes prototypes that take plain integers (a handle's address, a box's
address inside one array for the whole page): converting pypdfium2's pointer
objects on every call costs more than the calls themselves. Font, size and
render mode belong to the text object, so they are read once per object.
"""

from __future__ import annotations

import ctypes
import re
from ctypes import c_float, c_int, c_uint, c_ulong, c_void_p
from dataclasses import dataclass, field
from typing import Any

import pypdfium2.raw as pdfium_c

from jingdu.corpus.text import CJK_PUNCT


def _proto(fn: Any, restype: Any, *argtypes: Any) -> Any:
    """The same C function with integer-friendly argument types (pdfium is cdecl everywhere)."""
    address = ctypes.cast(fn, c_void_p).value
    assert address is not None
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_count = _proto(pdfium_c.FPDFText_CountChars, c_int, c_void_p)
_unicode = _proto(pdfium_c.FPDFText_GetUnicode, c_uint, c_void_p, c_int)
_loose_box = _proto(pdfium_c.FPDFText_GetLooseCharBox, c_int, c_void_p, c_int, c_void_p)
_text_object = _proto(pdfium_c.FPDFText_GetTextObject, c_void_p, c_void_p, c_int)
_font_of = _proto(pdfium_c.FPDFTextObj_GetFont, c_void_p, c_void_p)
_obj_size = _proto(pdfium_c.FPDFTextObj_GetFontSize, c_int, c_void_p, c_void_p)
_obj_matrix = _proto(pdfium_c.FPDFPageObj_GetMatrix, c_int, c_void_p, c_void_p)
_render_mode = _proto(pdfium_c.FPDFTextObj_GetTextRenderMode, c_int, c_void_p)
# PDFium renamed FPDFFont_GetFontName to FPDFFont_GetBaseFontName in 2024.
_base_name = getattr(pdfium_c, "FPDFFont_GetBaseFontName", None)
_font_name = _proto(
    _base_name or pdfium_c.FPDFFont_GetFontName, c_ulong, c_void_p, c_void_p, c_ulong
)
_font_weight = _proto(pdfium_c.FPDFFont_GetWeight, c_int, c_void_p)
_font_flags = _proto(pdfium_c.FPDFFont_GetFlags, c_int, c_void_p)

_FILL_STROKE = 2  # text render mode: outlined as well as filled, how editors fake bold
_FORCE_BOLD = 1 << 18  # font descriptor flag
_BOLD_NAME = re.compile(r"bold|heavy|black|semibold|demibold|-B$|,B$|粗", re.I)
_SPACES = {0x20, 0xA0, 0x3000, 0x2002, 0x2003, 0x2009}
_LATIN_GAP = 0.25  # ems: a gap this wide between Latin letters is a word space
_WIDE_GAP = 0.5  # ems: between CJK characters, a visible gap (kept for names: 周 文)
_NEW_RUN_GAP = 3.0  # ems: farther apart on one baseline is another column or cell


@dataclass(eq=False)
class Line:
    """One printed line (or a piece of one, split at a wide gap)."""

    page: int
    text: str
    x0: float
    x1: float
    bottom: float
    top: float
    size: float
    font: str
    bold: bool
    marks: list[tuple[int, int]] = field(default_factory=list)
    """Raised or small runs (footnote marks): offsets into ``text``."""
    gaps: list[int] = field(default_factory=list)
    """Where a space or a wide gap between Chinese characters was left out of ``text``."""
    cjk: int = 0
    """How many of its characters are Chinese (or full-width)."""

    @property
    def spaced(self) -> str:
        """The text with the left-out spaces back (to split ``王小明　李华``)."""
        out, last = [], 0
        for g in self.gaps:
            out += [self.text[last:g], " "]
            last = g
        return "".join(out) + self.text[last:]


@dataclass
class Page:
    index: int
    width: float
    height: float
    lines: list[Line]
    chars: int
    """Characters in the text layer (0 on a scanned page)."""
    bottom: float = 0.0
    """Where the visible page (the crop box) starts: text coordinates count from here."""
    unmapped: int = 0
    """Characters whose font gives no Unicode (left out of the text)."""


class _Style:
    """What a text object prints with; compared and hashed by identity (one per object)."""

    __slots__ = ("bold", "font", "size")

    def __init__(self, size: float, font: str, bold: bool) -> None:
        self.size, self.font, self.bold = size, font, bold


class _Fonts:
    """Font facts by font handle: name without the subset prefix, and whether it is bold.

    One per page: a handle is an address, which PDFium may give to another font once
    the page that loaded the first is closed."""

    def __init__(self) -> None:
        self.known: dict[int, tuple[str, bool]] = {}
        self.buf = ctypes.create_string_buffer(256)
        self.styles: dict[tuple[int, float, bool], _Style] = {}

    def style(self, font: int, size: float, stroked: bool) -> _Style:
        """One shared style for all objects printed alike (lines compare them by identity)."""
        key = (font, round(size, 2), stroked)
        st = self.styles.get(key)
        if st is None:
            name, bold = self.get(font)
            st = self.styles[key] = _Style(key[1], name, bold or stroked)
        return st

    def get(self, font: int) -> tuple[str, bool]:
        found = self.known.get(font)
        if found is None:
            n = _font_name(font, ctypes.addressof(self.buf), 256) if font else 0
            name = self.buf.value.decode("latin-1") if n else ""
            name = name.split("+", 1)[-1]
            bold = bool(
                font
                and (
                    _font_weight(font) >= 600
                    or _font_flags(font) & _FORCE_BOLD
                    or _BOLD_NAME.search(name)
                )
            )
            found = self.known[font] = (name, bold)
        return found


def read_page(pdf_raw: Any, index: int) -> Page:
    """The lines of one page, top to bottom."""
    page = pdfium_c.FPDF_LoadPage(pdf_raw, index)
    if not page:
        raise ValueError(f"page {index + 1} cannot be read")
    try:
        box = pdfium_c.FS_RECTF()  # the visible page: media box and crop box together
        if pdfium_c.FPDF_GetPageBoundingBox(page, box):
            left, top, right, bottom = box.left, box.top, box.right, box.bottom
        else:
            left, bottom = 0.0, 0.0
            right, top = pdfium_c.FPDF_GetPageWidthF(page), pdfium_c.FPDF_GetPageHeightF(page)
        textpage = pdfium_c.FPDFText_LoadPage(page)
        if not textpage:
            raise ValueError(f"the text of page {index + 1} cannot be read")
        try:
            chars, unmapped = _chars(ctypes.cast(textpage, c_void_p).value or 0, _Fonts())
        finally:
            pdfium_c.FPDFText_ClosePage(textpage)
    finally:
        pdfium_c.FPDF_ClosePage(page)
    # Text outside the visible page (cut off by the crop box) is not part of it.
    lines = [
        ln
        for ln in _lines(chars, index)
        if left - 1 <= (ln.x0 + ln.x1) / 2 <= right + 1 and bottom - 1 <= ln.bottom <= top + 1
    ]
    return Page(index, right - left, top - bottom, lines, len(chars), bottom, unmapped)


# A character: (code point, left, right, bottom, top, style)
_Char = tuple[int, float, float, float, float, _Style]


def _chars(tp: int, fonts: _Fonts) -> tuple[list[_Char], int]:
    """The characters of a text page, and how many had no Unicode value."""
    n = _count(tp)
    if n <= 0:
        return [], 0
    boxes = (c_float * (4 * n))()
    base = ctypes.addressof(boxes)
    codes = [_unicode(tp, k) for k in range(n)]
    objs = [_text_object(tp, k) for k in range(n)]
    for k in range(n):
        # Generated characters have no text object: line breaks are not wanted, but a
        # generated space is where PDFium saw a word space (often a real one it replaced).
        if objs[k] or codes[k] == 0x20:
            _loose_box(tp, k, base + 16 * k)
    flat = boxes[:]
    styles: dict[int, _Style] = {}
    matrix = (c_float * 6)()
    size_buf = c_float()
    at_matrix, at_size = ctypes.addressof(matrix), ctypes.addressof(size_buf)
    out: list[_Char] = []
    add = out.append
    unmapped = 0
    last: _Style | None = None
    for k in range(n):
        obj = objs[k]
        u = codes[k]
        i = 4 * k
        if not obj:
            if u == 0x20 and last is not None:
                add((u, flat[i], flat[i + 2], flat[i + 3], flat[i + 1], last))
            continue
        if (u < 0x20 and u != 0x02) or 0xFFFD <= u <= 0xFFFF or 0xE000 <= u <= 0xF8FF:
            # Nothing, or a private-use code: a font without a Unicode map (a 公文 set in
            # GBK-EUC fonts without ToUnicode); the character is lost, and counted.
            unmapped += not 0x09 <= u <= 0x0D
            continue
        st = styles.get(obj)
        if st is None:
            size_buf.value = 0.0
            _obj_size(obj, at_size)
            _obj_matrix(obj, at_matrix)
            # The size as printed: the font size times the text and page matrices' scale.
            scale = (matrix[2] ** 2 + matrix[3] ** 2) ** 0.5 or 1.0
            size = size_buf.value * scale or flat[i + 1] - flat[i + 3]
            st = styles[obj] = fonts.style(_font_of(obj), size, _render_mode(obj) == _FILL_STROKE)
        last = st
        # FS_RECTF is left, top, right, bottom
        add((u, flat[i], flat[i + 2], flat[i + 3], flat[i + 1], st))
    return out, unmapped


def _lines(chars: list[_Char], page: int) -> list[Line]:
    """Characters into lines: runs in content order, then runs on one baseline merged."""
    runs: list[tuple[list[float], list[_Char]]] = []
    cur: list[_Char] = []
    ext = [0.0, 0.0, 0.0, 0.0, 0.0]  # left, right, bottom, top, size of the largest characters
    for ch in chars:
        _, left, r, b, t, st = ch
        if cur:
            _, x1, bottom, top, size = ext
            cy, mid = (b + t) * 0.5, (bottom + top) * 0.5
            em = size if size > st.size else st.size
            # Same line: either box's middle lies in the other (a raised mark's does), and
            # the text goes on to the right (squeezed punctuation may step back into the
            # character before by up to an em) without a column-wide gap.
            if (bottom <= cy <= top or b <= mid <= t) and x1 - em <= left <= x1 + _NEW_RUN_GAP * em:
                cur.append(ch)
                if r > x1:
                    ext[1] = r
                if st.size > size * 1.1:
                    ext[2], ext[3], ext[4] = b, t, st.size
                elif st.size >= size * 0.9:
                    if b < bottom:
                        ext[2] = b
                    if t > top:
                        ext[3] = t
                continue
            runs.append((ext, cur))
        cur = [ch]
        ext = [left, r, b, t, st.size]
    if cur:
        runs.append((ext, cur))
    lines = (_make_line(group, page) for group in _merge_runs(runs))
    return [ln for ln in lines if ln.text]


def _merge_runs(runs: list[tuple[list[float], list[_Char]]]) -> list[list[_Char]]:
    """Runs that share a baseline and sit side by side make one line (a raised footnote
    mark drawn apart, text drawn out of order); reading order is top to bottom."""
    runs.sort(key=lambda e: (-e[0][3], e[0][0]))
    lines: list[tuple[list[float], list[_Char]]] = []
    for (x0, x1, b, t, size), run in runs:
        cy = (b + t) * 0.5
        for ext, chars in reversed(lines[-8:]):
            lx0, lx1, lb, lt, lsize = ext
            if not (lb <= cy <= lt or b <= (lb + lt) * 0.5 <= t):
                continue
            em = max(size, lsize)
            # (squeezed punctuation may step back into the character before by up to an em)
            if (x0 >= lx1 - em and x0 - lx1 <= _NEW_RUN_GAP * em) or (
                x1 <= lx0 + em and lx0 - x1 <= _NEW_RUN_GAP * em
            ):
                chars.extend(run)
                ext[0], ext[1] = min(lx0, x0), max(lx1, x1)
                if size > lsize:
                    ext[2], ext[3], ext[4] = b, t, size
                break
        else:
            lines.append(([x0, x1, b, t, size], run))
    # Top to bottom; pieces on one baseline (within a third of an em) left to right.
    lines.sort(key=lambda e: -e[0][2])
    out: list[list[_Char]] = []
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and lines[i][0][2] - lines[j][0][2] <= 0.3 * lines[i][0][4]:
            j += 1
        out += [chars for _, chars in sorted(lines[i:j], key=lambda e: e[0][0])]
        i = j
    return out


_WIDE_BELOW = {ord(ch) for ch in CJK_PUNCT if ord(ch) < 0x2E80}


def _make_line(chars: list[_Char], page: int) -> Line:
    if any(chars[i][1] > chars[i + 1][1] for i in range(len(chars) - 1)):
        chars.sort(key=lambda c: c[1])
    counts: dict[_Style, int] = {}
    for c in chars:
        st = c[5]
        counts[st] = counts.get(st, 0) + 1
    if len(counts) == 1:
        main = chars[0][5]
    else:
        # The size that prints most of the line (a big initial or a mark does not decide it).
        by_size: dict[float, int] = {}
        for st, n in counts.items():
            by_size[st.size] = by_size.get(st.size, 0) + n
        size = max(by_size, key=lambda s: (by_size[s], s))
        main = max((st for st in counts if st.size == size), key=lambda st: counts[st])
    size = main.size
    text: list[str] = []
    marks: list[tuple[int, int]] = []
    gaps: list[int] = []
    bold = visible = 0
    faces: dict[str, int] = {}  # the faces of the Chinese characters: the line's face
    x0 = x1 = 0.0
    bottom, top = 1e9, -1e9
    prev_u = prev_left = prev_right = 0.0
    prev_size = 0.0
    prev_wide = False
    space = False
    high = 0
    for u, left, right, b, t, st in chars:
        if u in _SPACES:
            space = True
            continue
        if 0xD800 <= u <= 0xDFFF:
            if u <= 0xDBFF:
                high = u  # a character beyond the BMP, as two UTF-16 halves
                continue
            if not high:
                continue
            u, high = 0x10000 + ((high - 0xD800) << 10) + (u - 0xDC00), 0
        wide = u >= 0x2E80 or u in _WIDE_BELOW
        cs = st.size
        if visible:
            if wide and u == prev_u and abs(left - prev_left) < 0.2 * cs:
                continue  # printed twice, a little offset: poor man's bold (not a ligature)
            em = cs if cs < prev_size else prev_size
            if wide or prev_wide:
                if space and not (wide and prev_wide):
                    text.append(" ")  # 在 2024 年: the source's own spacing around Latin
                elif space or left - prev_right > _WIDE_GAP * em:
                    gaps.append(len(text))
            elif space or left - prev_right > _LATIN_GAP * em:
                text.append(" ")
        else:
            x0 = left
        if cs >= size * 0.9:
            if b < bottom:
                bottom = b
            if t > top:
                top = t
        elif cs < size * 0.85:
            n = len(text)
            if marks and marks[-1][1] == n:
                marks[-1] = (marks[-1][0], n + 1)
            else:
                marks.append((n, n + 1))
        text.append("-" if u == 0x02 else chr(u))
        visible += 1
        bold += st.bold
        if u >= 0x2E80:  # (quotation marks and dashes come in Latin faces too)
            faces[st.font] = faces.get(st.font, 0) + 1
        x1 = right if right > x1 else x1
        prev_u, prev_left, prev_right, prev_size, prev_wide = u, left, right, cs, wide
        space = False
    return Line(
        page,
        "".join(text),
        x0,
        x1,
        bottom,
        top,
        size,
        max(faces, key=lambda f: faces[f]) if faces else main.font,
        visible > 0 and bold >= 0.9 * visible,
        marks,
        gaps,
        sum(faces.values()),
    )
