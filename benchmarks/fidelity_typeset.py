"""What typesetting the fidelity benchmark's truth returns: the file and its furniture.

Each writer prints a :class:`~fidelity_truth.TrueDoc` into one file and returns
a :class:`Typeset`: where the file is, how the notes were printed, and every
piece of page furniture it put there (running heads, folios, site navigation,
front matter), one entry per printed instance. Nothing is tuned to a reader:
the layouts follow the house styles they are named after. The writers are in
``fidelity_typeset_pdf`` (PDF in three house styles, and ``pdftotext`` of it) and
``fidelity_typeset_reflowable`` (Word, a news site's page, EPUB, Markdown).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Typeset:
    path: Path
    layout: str
    notes_as: str
    """``footnotes``, ``endnotes`` or ``none``: how the truth's notes were printed."""
    furniture: list[str] = field(default_factory=list)
    """Every printed instance of page furniture (a running head printed on 9 pages
    is here 9 times)."""
    pages: int = 0
