"""What an export wrote and what the user should be told about it.

The warnings stay data (which characters, whether the font is embedded) so that the
window can say them in the user's language; ``warning`` is the command line's text.
"""

from __future__ import annotations

from dataclasses import dataclass

from jingdu.export.model import Briefing


def code(chars: str) -> str:
    """ "U+1F600 U+20BB7" for "😀𠮷": how the PDF prints what no font can draw."""
    return " ".join(f"U+{ord(c):04X}" for c in chars)


def code_points(chars: str) -> str:
    """ "😀 (U+1F600), 𠮷 (U+20BB7)": how the warnings name them."""
    return ", ".join(f"{c} ({code(c)})" for c in chars)


@dataclass(frozen=True)
class Exported:
    briefing: Briefing
    font_warning: str = ""
    """The font search's own warning (the CID fallback, a font file that failed)."""
    missing: str = ""
    """Characters no installed font could draw, printed as their code points."""

    @property
    def warning(self) -> str:
        parts = [self.font_warning] if self.font_warning else []
        if self.missing:
            parts.append(
                "these characters have no glyph in any installed font, so the PDF prints "
                f"their code points instead: {code_points(self.missing)}. Installing "
                "fonts-symbola and fonts-hanazono, or choosing another font, may help."
            )
        return "; ".join(parts)
