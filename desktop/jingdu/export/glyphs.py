"""Characters the chosen font has no glyph for (emoji, Extension B ideographs such as 𠮷,
rarer symbols): drawn from another installed TrueType font that has them, or printed as
their code point, so that nothing the user typed leaves the page unannounced."""

from __future__ import annotations

import functools
import itertools
import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from reportlab.pdfbase import pdfmetrics, ttfonts

from jingdu.export import fonts
from jingdu.export.result import code

# Tried in this order before fontconfig is asked (and where there is none): a sans face
# for letters and common symbols beside a Hei body, Symbola (fonts-symbola) for emoji and
# rarer symbols, Hanazono (fonts-hanazono) for the ideographs of the CJK extensions.
KNOWN = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
    "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf",
    "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf",
    "C:/Windows/Fonts/seguisym.ttf",
    "C:/Windows/Fonts/simsunb.ttf",
    "/System/Library/Fonts/Apple Symbols.ttf",
]
SUBSTITUTE = '<font color="#999999" size="-2">{}</font>'
"""How characters no font can draw are printed: their code points, small and grey."""
DROP = ""
"""The 'font' of an invisible character the font lacks: it is left out."""
CONTROLS = frozenset(map(chr, [*range(32), 127]))


_tounicode = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with characters beyond U+FFFF written as UTF-16.

    reportlab writes 😀 as <1F600>, which PDF readers take as broken UTF-16: pdftotext
    and copy-and-paste gave ὠ (U+1F60) for 😀 and ₻ for 𠮷. The map has one line per
    subset character, "<index> <code>", after "N beginbfchar"."""
    lines = _tounicode(fontname, subset).split("\n")
    first = lines.index(f"{len(subset)} beginbfchar") + 1
    for i, c in enumerate(subset):
        if c > 0xFFFF:
            lines[first + i] = f"<{i:02X}> <{chr(c).encode('utf-16-be').hex().upper()}>"
    return "\n".join(lines)


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def escape(s: str) -> str:
    """Text as reportlab paragraph markup: escaped, line breaks kept."""
    return xml_escape(s).replace("\r\n", "\n").replace("\n", "<br/>")


@functools.cache
def cmap(font: str) -> frozenset[str] | None:
    """The characters the registered ``font`` has glyphs for; None for a CID font, whose
    coverage reportlab does not know."""
    to_glyph = getattr(getattr(pdfmetrics.getFont(font), "face", None), "charToGlyph", None)
    return None if to_glyph is None else frozenset(chr(c) for c, g in to_glyph.items() if g)


def _invisible(ch: str) -> bool:
    """Joiners, direction marks, variation selectors (U+FE0F after an emoji) show
    nothing themselves: one the font lacks is left out rather than substituted."""
    return unicodedata.category(ch) == "Cf" or unicodedata.name(ch, "").startswith(
        "VARIATION SELECTOR"
    )


class Fallbacks:
    """Fonts to borrow glyphs from, loaded when first needed and kept for the process:
    fontconfig is asked at most once per character."""

    def __init__(self, known: list[str], use_fontconfig: bool = True) -> None:
        self._unloaded = iter(known)
        self._use_fontconfig = use_fontconfig
        self._loaded: dict[str, frozenset[str]] = {}  # registered name: its characters
        self._found: dict[str, str | None] = {}
        self._lock = threading.Lock()  # exports run on a worker thread

    def font_for(self, ch: str) -> str | None:
        """The registered name of a fallback font with a glyph for ``ch``, or None."""
        with self._lock:
            if ch not in self._found:
                self._found[ch] = self._search(ch)
            return self._found[ch]

    def _search(self, ch: str) -> str | None:
        for loaded, chars in self._loaded.items():
            if ch in chars:
                return loaded
        for path in self._unloaded:  # resumes after the file the last search loaded
            if (name := self._load(path, 0, ch)) is not None:
                return name
        if not self._use_fontconfig:
            return None
        for path, index, _family in fonts.fontconfig(f":charset={ord(ch):x}"):
            # Colour emoji fonts hold bitmaps, which reportlab cannot draw.
            if "color" not in path.lower() and (name := self._load(path, index, ch)):
                return name
        return None

    def _load(self, path: str, index: int, ch: str) -> str | None:
        """Load a font file; its name if it has ``ch``."""
        font = fonts.register(path, index, "Jingdu-fallback") if Path(path).is_file() else None
        if font is None:
            return None
        chars = self._loaded[font.name] = cmap(font.name) or frozenset()
        return font.name if ch in chars else None


FALLBACKS = Fallbacks(KNOWN)


class Glyphs:
    """Which font draws each character of a text set in ``font``: the font itself, a
    fallback that has the glyph, or none: the character then prints as its code point
    and is listed in ``missing`` (see :class:`jingdu.export.result.Exported`)."""

    def __init__(self, font: str) -> None:
        self.font = font
        chars = cmap(font)
        self._covered = None if chars is None else chars | CONTROLS
        self._fallbacks = FALLBACKS
        self.missing: dict[str, None] = {}
        """Characters no font could draw, in order of appearance."""

    def text(self, s: str) -> str:
        """User text as paragraph markup: escaped, line breaks kept, runs the font lacks
        in <font name="…"> of a fallback, characters none has as their code point."""
        if self._covered is None or self._covered.issuperset(s):
            return escape(s)  # nearly all text: one set operation
        out = []
        for font, run in self._runs(s):
            if font == self.font:
                out.append(escape(run))
            elif font is None:
                out.append(SUBSTITUTE.format(code(run)))
            else:
                out.append(f'<font name="{font}">{escape(run)}</font>')
        return "".join(out)

    def runs(self, s: str) -> list[tuple[str, str]]:
        """(font, text) pieces of ``s`` to draw on a canvas, code points for the missing."""
        if self._covered is None or self._covered.issuperset(s):
            return [(self.font, s)]
        return [(font, run) if font else (self.font, code(run)) for font, run in self._runs(s)]

    def _runs(self, s: str) -> Iterator[tuple[str | None, str]]:
        for font, chars in itertools.groupby(s, self._font_for):
            if font != DROP:
                yield font, "".join(chars)

    def _font_for(self, ch: str) -> str | None:
        assert self._covered is not None
        if ch in self._covered:
            return self.font
        if _invisible(ch):
            return DROP
        font = self._fallbacks.font_for(ch)
        if font is None:
            self.missing[ch] = None
        return font
