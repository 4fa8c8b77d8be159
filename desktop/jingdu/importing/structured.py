"""What a format reader hands over: the document's structure as the format carries it.

Every reader (PDF, Word, HTML, EPUB, Markdown) turns its file into one
:class:`Structured`: metadata, the blocks in reading order, the notes and an
audit of what it left out. :func:`jingdu.importing.assemble.to_document` then
makes the same :class:`~jingdu.corpus.document.Document` the plain-text
cleaner makes, so the reader, search, annotations and export never know which
format a document came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BLOCK_KINDS = ("heading", "body", "quote", "signature", "item", "table", "code")
"""``item`` (a list item, its marker kept in the text), ``table`` (rows as lines,
cells separated by tabs) and ``code`` (verbatim) are stored as body paragraphs."""


@dataclass
class Marker:
    """A footnote or endnote reference inside a block's text."""

    start: int
    end: int
    label: str
    """Matches :attr:`Note.label` (the format's note id, or the printed mark)."""


@dataclass
class Block:
    kind: str
    text: str
    level: int = 0
    """1 for the top heading level, 2 below it…; 0 for everything but headings."""
    page: int = 0
    """The page it starts on (1-based) where the format has pages, else 0."""
    markers: list[Marker] = field(default_factory=list)


@dataclass
class Note:
    label: str
    text: str
    page: int = 0


@dataclass
class Dropped:
    """Something the reader left out of the text, and why (running heads, folios, scripts…)."""

    text: str
    reason: str
    page: int = 0


@dataclass
class Structured:
    title: str = ""
    title_source: str = "text"
    """``text`` (the document's own title), ``metadata`` (the file's properties) or
    ``derived`` (made by Jingdu from the opening sentence)."""
    authors: list[str] = field(default_factory=list)
    abstract: str = ""
    keywords: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    pages: int = 0
