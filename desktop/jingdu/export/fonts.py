"""Finding a CJK font reportlab can embed (TrueType outlines only; see DESIGN.md), and
a bold face of the same family when one is installed."""

from __future__ import annotations

import functools
import re
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
# Bold faces that sit beside a regular one but that fontconfig (absent on Windows and
# macOS) would not name: regular file name, lower case -> bold file name.
BOLD_BESIDE = {
    "msyh.ttc": "msyhbd.ttc",
    "msyh.ttf": "msyhbd.ttf",
    "stheiti light.ttc": "STHeiti Medium.ttc",
}
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
    bold: str = ""
    """The registered name of a bold face of the same family, or "" when there is none
    (headings are then emboldened by stroking their glyphs)."""


def register(path: str, index: int, prefix: str = "Jingdu") -> PdfFont | None:
    """Register a TrueType file's face with reportlab once; None if it cannot be embedded."""
    # The name may go into paragraph markup (<font name="…">): keep it to safe characters.
    stem = re.sub(r"[^\w.-]", "_", Path(path).stem)
    name = f"{prefix}-{stem}-{index}"
    if name in pdfmetrics.getRegisteredFontNames():
        return PdfFont(name, path)
    try:
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index))
    except (TTFError, OSError, ValueError, KeyError):
        return None  # CFF outlines, a broken file, …: try the next
    return PdfFont(name, path)


def fontconfig(pattern: str) -> list[tuple[str, int, str]]:
    """(file, face index, family names) of the TrueType files fontconfig lists for
    ``pattern`` (e.g. ":lang=zh"), sorted; [] where there is no fontconfig."""
    if shutil.which("fc-list") is None:
        return []
    try:
        out = subprocess.run(
            ["fc-list", "-f", r"%{file}\t%{index}\t%{family}\n", pattern],
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    rows = []
    for line in out.splitlines():
        file, index, family = [*line.split("\t"), "", ""][:3]
        # An index of 65536 or more names an instance of a variable font, which
        # reportlab cannot select: it would draw the default instance (often Thin).
        if file.lower().endswith((".ttf", ".ttc")) and index.isdigit() and int(index) < 65536:
            rows.append((file, int(index), family))
    return sorted(rows)


def _fontconfig() -> list[str]:
    """TrueType CJK files fontconfig knows, as a last search before the fallback."""
    return sorted({file for file, _index, _family in fontconfig(":lang=zh")})


@functools.cache
def _bold(name: str, path: str) -> str:
    """A bold face for the registered font ``name`` (from ``path``), registered as its
    family's bold so that <b> finds it too; "" if none is installed."""
    beside = BOLD_BESIDE.get(Path(path).name.lower())
    candidates = [(str(Path(path).with_name(beside)), 0)] if beside else []
    family = pdfmetrics.getFont(name).face.familyName
    family = family.decode("utf-8", "replace") if isinstance(family, bytes) else family
    candidates += [
        (file, index)
        for file, index, families in fontconfig(":lang=zh:style=Bold:variable=false")
        if family in families.split(",")
    ]
    for file, index in candidates:
        bold = register(file, index) if Path(file).is_file() else None
        if bold is not None and bold.name != name:
            pdfmetrics.registerFontFamily(
                name, normal=name, bold=bold.name, italic=name, boldItalic=bold.name
            )
            return bold.name
    return ""


def _found(font: PdfFont, warning: str = "") -> PdfFont:
    return PdfFont(font.name, font.path, warning.rstrip("; "), _bold(font.name, font.path))


def find(choice: str | None = None) -> PdfFont:
    """The user's font file if it works, else the first known or fontconfig font that
    does, else the CID fallback (with a warning to show); with its bold face if any."""
    warning = ""
    if choice:
        font = register(choice, 0)
        if font is not None:
            return _found(font)
        warning = f"{choice}: not a TrueType font reportlab can embed; "
    for path, index in KNOWN:
        if Path(path).is_file() and (font := register(path, index)) is not None:
            return _found(font, warning)
    for path in _fontconfig():
        if (font := register(path, 0)) is not None:
            return _found(font, warning)
    if FALLBACK not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK))
    return PdfFont(FALLBACK, "", warning + FALLBACK_WARNING)
