"""Ground truth for the fidelity benchmark: known documents, block by block.

The synthetic truth is four articles of the bundled corpus as Jingdu's own
plain-text cleaner structures them (title, byline, headings with their levels,
paragraphs, notes), with the source's extraction damage taken out before
anything is typeset: spaces next to Chinese characters (a PDF line end would
swallow them, so no reader could give them back), replacement characters and
extraction debris (body "paragraphs" under six characters); the two-em dash
U+2E3A, which neither font here has, is written as the usual ——. Every layout in
``fidelity_typeset_*`` prints exactly these blocks; nothing here knows a reader.

The real truth is the HTML edition of the Debian Edu manual (Chinese), which
Debian also ships as PDF and EPUB: its headings and paragraphs as a browser
shows them, without the table of contents, the navigation, tables, code
listings and figures.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jingdu.corpus.cleaner import clean_source
from jingdu.corpus.decode import read_source
from jingdu.corpus.document import Document

CORPUS = Path(__file__).resolve().parent.parent / "resources" / "corpus"
DOCS = ("000", "002", "003", "004")
"""The four single articles of the bundled corpus (001 is a compilation)."""
NOTES_HEADING = "注释"
"""The heading an endnote layout prints above the notes (a level-1 heading)."""
_MIN_BODY = 6
_WIDE_PUNCT = "“”‘’—―…·⸺"


@dataclass(frozen=True)
class Block:
    kind: str
    """``heading``, ``byline``, ``body`` or ``note``."""
    text: str
    level: int = 0
    """1 for 一、, 2 for （一）, 3 for １． (headings only)."""
    notes: tuple[int, ...] = ()
    """Indexes of the notes whose first marker is in this block (where a footnote
    layout prints them)."""


@dataclass
class TrueDoc:
    key: str
    """A short name for tables: the corpus file's number, or the manual's name."""
    title: str
    blocks: list[Block]
    """Byline, body and headings in reading order (the title is not a block)."""
    notes: list[str] = field(default_factory=list)
    untracked: list[str] = field(default_factory=list)
    """Content the truth leaves out (table cells, code lines): a reader keeps it, so
    its text is neither content missed nor furniture left ("目录服务" in a table is
    not the contents page's "目录")."""

    def expected(self, notes_as: str) -> list[Block]:
        """What a faithful reading gives back, in order: the blocks, then the notes
        (``footnotes``: printed at page feet, so a reader collects them at the end;
        ``endnotes``: under a printed 注释 heading; ``none``: not printed)."""
        out = list(self.blocks)
        if self.notes and notes_as == "endnotes":
            out.append(Block("heading", NOTES_HEADING, 1))
        if self.notes and notes_as != "none":
            out += [Block("note", n) for n in self.notes]
        return out

    @property
    def chars(self) -> int:
        return len(self.title) + sum(len(b.text) for b in self.blocks) + sum(map(len, self.notes))


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F") or ch in _WIDE_PUNCT


def normalize(text: str) -> str:
    """The source text without its extraction damage: no replacement characters, no
    space beside a Chinese character, single spaces elsewhere."""
    text = text.replace("\ufffd", "").replace("\u2028", " ").replace("\u2e3a", "——")
    out: list[str] = []
    for m in re.finditer(r"\s+|\S+", text):
        piece = m.group()
        if not piece.isspace():
            out.append(piece)
            continue
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if before and after and not _is_wide(before) and not _is_wide(after):
            out.append(" ")
    return "".join(out).strip()


def _from_document(key: str, doc: Document) -> TrueDoc:
    paras = doc.paragraphs
    note_paras = [i for i, p in enumerate(paras) if p.kind == "note"]
    note_of = {paras[i].start: n for n, i in enumerate(note_paras)}
    ref: dict[int, int] = {}  # note -> paragraph holding its first marker
    for f in sorted(doc.footnotes, key=lambda f: f.start):
        n = note_of.get(f.note_start)
        if n is not None and n not in ref:
            ref[n] = next(i for i, p in enumerate(paras) if p.start <= f.start <= p.end)
    # A note nobody refers to is printed with the next one that is referred to; the
    # notes are listed in the order a footnote layout prints them.
    last = max((i for i, p in enumerate(paras) if p.kind != "note"), default=0)
    at: dict[int, int] = {}
    for n in reversed(range(len(note_paras))):
        at[n] = ref.get(n, at.get(n + 1, last))
    order = sorted(range(len(note_paras)), key=lambda n: (at[n], n))
    title = normalize(doc.title)
    blocks: list[Block] = []
    notes = [normalize(doc.paragraph_text(paras[note_paras[n]])) for n in order]
    printed_with = {
        i: tuple(k for k, n in enumerate(order) if at[n] == i) for i in set(at.values())
    }
    for i, p in enumerate(paras):
        text = normalize(doc.paragraph_text(p))
        refs = printed_with.get(i, ())
        if p.kind == "note":
            continue
        if p.kind == "heading" and p.level == 0:
            title = text
            block = None
        elif p.kind == "heading":
            block = Block("heading", text, p.level, refs)
        elif i == 1 and p.kind == "signature" and doc.authors:
            block = Block("byline", "，".join(normalize(a) for a in doc.authors), 0, refs)
        elif len(text) >= _MIN_BODY:
            block = Block("body", text, 0, refs)
        else:
            block = None
        if block is not None:
            blocks.append(block)
        elif refs and blocks:  # dropped debris: its notes go with the block before
            prev = blocks[-1]
            blocks[-1] = Block(prev.kind, prev.text, prev.level, prev.notes + refs)
    return TrueDoc(key, title, blocks, notes)


def corpus_truth() -> list[TrueDoc]:
    """The four articles, as the cleaner structures them, without extraction damage."""
    out = []
    for key in DOCS:
        path = next(CORPUS.glob(f"{key}_*.txt"))
        decoded = read_source(path)
        (doc,) = clean_source(decoded.text, path.name, decoded.sha256)
        out.append(_from_document(key, doc))
    return out


# -- the Debian Edu manual ---------------------------------------------------------


def _rendered(text: str) -> str:
    """Text as a browser shows it (CSS Text 3): a line break between two Chinese
    characters disappears, any other run of white space is one space."""

    def space(m: re.Match[str]) -> str:
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        wide = before and after and _is_wide(before) and _is_wide(after)
        return "" if wide and "\n" in m.group() else " "

    return re.sub(r"\s+", space, text).strip()


_BULLETS = {"disc": "•", "circle": "◦", "square": "▪"}


def _marker(p: Any) -> str:
    """The list marker shown before a list item's first paragraph (``• ``, ``1. ``)."""
    li = p.getparent()
    if li is None or li.tag != "li" or next(li.iter("p"), None) is not p:
        return ""
    lst = li.getparent()
    if lst is None:
        return ""
    if lst.tag == "ol":
        items = [x for x in lst if x.tag == "li"]
        return f"{int(lst.get('start') or 1) + items.index(li)}. "
    style = re.search(r"list-style-type:\s*(\w+)", lst.get("style") or "")
    return _BULLETS.get(style.group(1) if style else "disc", "•") + " "


_HEADINGS = {"h2": 1, "h3": 2, "h4": 3, "h5": 4, "h6": 5}
_SKIP_CLASSES = {"toc", "navheader", "navfooter", "table", "informaltable", "literallayout"}


def html_truth(key: str, path: Path, levels: dict[str, int] | None = None) -> TrueDoc:
    """Headings (h2 = level 1 … h6 = level 5) and paragraphs of a DocBook HTML
    manual, outside its table of contents, navigation, title page, tables and
    line-by-line layouts (code, credits), as a browser shows them: white space as
    CSS renders it, a list item's first paragraph after its marker (``• ``, ``1. ``)."""
    from lxml import etree, html

    root = html.fromstring(path.read_bytes())
    title = " ".join((root.findtext(".//title") or "").split())
    blocks: list[Block] = []

    def skipped(el: etree._Element) -> bool:
        for a in el.iterancestors():
            classes = set((a.get("class") or "").split())
            if classes & _SKIP_CLASSES or a.tag in ("table", "pre"):
                return True
            parent = a.getparent()
            if "titlepage" in classes and parent is not None and parent.get("class") == "article":
                return True  # the manual's own title page: its title is the title
        return False

    untracked = [
        "".join(cell.itertext())
        for table in root.iter("table")
        if not table.xpath("ancestor::*[contains(@class, 'nav')]")
        for cell in table.iter("td", "th")
    ]
    untracked += [line for pre in root.iter("pre") for line in "".join(pre.itertext()).split("\n")]
    for el in root.iter("p", "h1", "h2", "h3", "h4", "h5", "h6"):
        if skipped(el):
            continue
        text = _rendered("".join(el.itertext()))
        if not text:
            continue
        if el.tag == "p":
            blocks.append(Block("body", _marker(el) + text))
        elif "title" in (el.get("class") or "").split() and el.tag in (levels or _HEADINGS):
            blocks.append(Block("heading", text, (levels or _HEADINGS)[el.tag]))
    return TrueDoc(key, title, blocks, [], [u for u in untracked if u.strip()])


def contents_titles(path: Path) -> list[str]:
    """A DocBook page's table of contents as printed: 目录, then every entry's title."""
    from lxml import html

    root = html.fromstring(path.read_bytes())
    out = []
    for toc in root.find_class("toc"):
        out += ["目录"]
        out += [" ".join("".join(dt.itertext()).split()) for dt in toc.iter("dt")]
    return [x for x in out if x]
