"""Finding a CJK font reportlab can embed (TrueType outlines only; see DESIGN.md)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

# Known to embed well, best first: (file, sub-font index of a .ttc).
KNOWN = [
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("C:/Windows/Fonts/msyh.ttc", 0),
    ("C:/Windows/Fonts/simhei.ttf", 0),
    ("C:/Windows/Fonts/simsun.ttc", 0),
    ("/System/Library/Fonts/Supplemental/Songti.ttc", 0),
    ("/System/Library/Fonts/STHeiti Light.ttc", 0),
]
FALLBACK = "STSong-Light"
FALLBACK_WARNING = (
    "no embeddable Chinese font was found, so the PDF uses STSong-Light, which is not "
    "embedded: it may print with a substitute font. Install fonts-wqy-microhei, or choose "
    "a TrueType font file."
)


@dataclass(frozen=True)
class PdfFont:
    name: str
    """The registered reportlab name."""
    path: str
    """The embedded file, or "" for the CID fallback."""
    warning: str = ""


def _register(path: str, index: int) -> PdfFont | None:
    name = f"Jingdu-{Path(path).stem}-{index}"
    if name in pdfmetrics.getRegisteredFontNames():
        return PdfFont(name, path)
    try:
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index))
    except (TTFError, OSError, ValueError, KeyError):
        return None  # CFF outlines, a broken file, …: try the next
    return PdfFont(name, path)


def _fontconfig() -> list[str]:
    """TrueType CJK files fontconfig knows, as a last search before the fallback."""
    if shutil.which("fc-list") is None:
        return []
    try:
        out = subprocess.run(
            ["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=10
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    files = [line.split(":")[0].strip() for line in out.splitlines()]
    return sorted(f for f in files if f.lower().endswith((".ttf", ".ttc")))


def find(choice: str | None = None) -> PdfFont:
    """The user's font file if it works, else the first known or fontconfig font that
    does, else the CID fallback (with a warning to show)."""
    warning = ""
    if choice:
        font = _register(choice, 0)
        if font is not None:
            return font
        warning = f"{choice}: not a TrueType font reportlab can embed; "
    for path, index in KNOWN:
        if Path(path).is_file() and (font := _register(path, index)) is not None:
            return PdfFont(font.name, font.path, warning.rstrip("; "))
    for path in _fontconfig():
        if (font := _register(path, 0)) is not None:
            return PdfFont(font.name, font.path, warning.rstrip("; "))
    if FALLBACK not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK))
    return PdfFont(FALLBACK, "", warning + FALLBACK_WARNING)
