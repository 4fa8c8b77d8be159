"""The Debian Reference in Chinese, read from its packaged plain-text edition.

``debian-reference-zh-cn`` ships the manual as chunked HTML (the truth: a preface,
12 chapters and an appendix, chapter titles in ``h1``) and as
``debian-reference.zh-cn.txt.gz``, a text-mode browser's rendering of it: hard
wrapped, paragraphs apart by blank lines, nearly every line indented, tables
drawn with ``|`` and ``+``, section numbers with a no-break space. It is the kind
of plain text edition of a long manual the cleaner must keep whole (issue 13).
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

from fidelity_truth import TrueDoc, contents_titles, html_truth
from fidelity_typeset import Typeset

REFERENCE = ("debian-reference-zh-cn", "usr/share/debian-reference")
"""The package and the folder inside it (arguments of ``fidelity_sources.fetch_package``)."""
LEVELS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5}
"""Chunked DocBook: a chapter's title is h1, its sections h2…"""


def reference_truth(folder: Path) -> TrueDoc:
    """The chapters in the order the index links them, as one document."""
    index = folder / "index.zh-cn.html"
    order = re.findall(r'href="((?:pr|ch|ap)[0-9a-z]+\.zh-cn\.html)', index.read_text("utf-8"))
    chapters = list(dict.fromkeys(order))
    blocks, untracked = [], []
    for name in chapters:
        part = html_truth("reference", folder / name, LEVELS)
        blocks += part.blocks
        untracked += part.untracked
    title = html_truth("reference", index, LEVELS).title
    return TrueDoc("reference", title, blocks, [], untracked)


def reference_sources(folder: Path, out: Path) -> list[tuple[str, str, TrueDoc, Typeset]]:
    """(group, reader, truth, typeset) of the plain-text edition, unpacked into ``out``."""
    packed = folder / "debian-reference.zh-cn.txt.gz"
    if not packed.is_file():
        return []
    out.mkdir(parents=True, exist_ok=True)
    text = out / "debian-reference.zh-cn.txt"
    text.write_bytes(gzip.decompress(packed.read_bytes()))
    typeset = Typeset(
        text,
        "Debian Reference: packaged text edition",
        "none",
        contents_titles(folder / "index.zh-cn.html"),
    )
    return [("packaged .txt → cleaner", "text", reference_truth(folder), typeset)]
