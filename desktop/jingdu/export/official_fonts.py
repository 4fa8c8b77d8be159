"""The official layout's typefaces for the PDF: each role's face (仿宋, 楷体, 黑体, 宋体,
小标宋) found as a TrueType file reportlab can embed, or the closest installed face
standing in for it, so that the export dialog can say which face stands in for which."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from jingdu.export import fonts
from jingdu.export.fonts import PdfFont
from jingdu.export.office import FACES


@dataclass(frozen=True)
class OfficialFonts:
    faces: dict[str, PdfFont]
    """By role (the keys of :data:`jingdu.export.office.FACES`)."""
    stand_ins: tuple[tuple[str, str], ...]
    """(the face wanted, the family used) where they differ: ("仿宋", "AR PL SungtiL GB")."""


def _family(font: PdfFont) -> str:
    from reportlab.pdfbase import pdfmetrics

    name = pdfmetrics.getFont(font.name).face.familyName
    return name.decode("utf-8", "replace") if isinstance(name, bytes) else str(name)


@functools.cache
def _installed() -> tuple[tuple[str, int, tuple[str, ...]], ...]:
    return tuple(
        (file, index, tuple(f.strip() for f in family.split(",")))
        for file, index, family in fonts.fontconfig(":lang=zh")
    )


def _face(role: str) -> PdfFont | None:
    face = FACES[role]
    for path in face.files:
        if Path(path).is_file() and (font := fonts.register(path, 0)) is not None:
            return font
    installed = _installed()
    for wanted in face.families:
        for file, index, families in installed:
            if wanted in families and (font := fonts.register(file, index)) is not None:
                return font
    return None


def find(body: PdfFont) -> OfficialFonts:
    """Each role's face; ``body`` (the font the modern layout found) where no face of
    the role is installed."""
    faces: dict[str, PdfFont] = {}
    stand_ins: list[tuple[str, str]] = []
    for role, face in FACES.items():
        font = _face(role) or body
        faces[role] = font
        family = _family(font) if font.path else font.name
        if family not in (face.word, face.alt, *face.families[:3]):
            stand_ins.append((face.zh, family))
    return OfficialFonts(faces, tuple(stand_ins))
