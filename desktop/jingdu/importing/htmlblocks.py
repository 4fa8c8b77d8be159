"""HTML elements to blocks: the extraction shared by the HTML and EPUB readers.

Once the tree is prepared (:mod:`jingdu.importing.htmltree`: no scripts,
hidden elements, link lists or notes), block elements (paragraphs, headings,
list items, quotations, preformatted text, tables) end the text gathered so
far and start a block of their own; inline elements only add their text.
Footnote references become markers tied to the notes taken out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field

from jingdu.importing import ladder
from jingdu.importing.htmltree import (
    ADDRESS,
    El,
    Resolver,
    join_soft,
    remove,
    remove_link_lists,
    strip_junk,
    take_notes,
    visible_len,
)
from jingdu.importing.structured import Block, Dropped, Marker, Note

HEADINGS = {f"h{i}": i for i in range(1, 7)}
CONTAINERS = {"div", "section", "article", "main", "header", "footer", "aside", "figure"}
CONTAINERS |= {"figcaption", "dl", "dt", "dd", "center", "address", "details", "summary"}
CONTAINERS |= {"tr", "td", "th", "thead", "tbody", "tfoot", "caption", "body", "html", "form"}
CONTAINERS |= {"fieldset", "legend", "nav", "hgroup", "ul", "ol", "li", "table", "blockquote"}
_ALIGN = re.compile(r"text-align\s*:\s*(\w+)", re.I)
_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.I)
_LAYOUT_CELL = 150
_PLAIN = ladder.Look()
"""A table cell holding more text than this is page layout, not data."""
_WS = re.compile(r"\s+")
_MARK_OPEN, _MARK_CLOSE = "\x00", "\x01"

Chooser = Callable[[El], tuple[El, list[Dropped]]]
"""Given the page body, removes furniture and returns the article's element."""


@dataclass
class Extracted:
    blocks: list[Block] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    looks: list[ladder.Look] = field(default_factory=list)
    """Parallel to ``blocks``: alignment and weight, as the page sets them."""
    anchors: dict[str, int] = field(default_factory=dict)
    """Element id → index of the first block at or after it (for ids asked for)."""


def blocks_of(
    root: El,
    choose: Chooser | None = None,
    anchors: Collection[str] = (),
    elsewhere: Resolver | None = None,
) -> Extracted:
    """The blocks of a parsed document, headings at their tag's level (h3 is 3).

    Scripts, hidden elements and notes are always taken out. ``choose`` picks
    the article out of a page; without it everything but navigation is read
    (an EPUB chapter is all content). ``anchors`` are element ids whose block
    the caller wants to know (a book's table of contents points at them);
    ``elsewhere`` finds notes in other files.
    """
    out = Extracted()
    strip_junk(root)
    body = next(iter(root.iter("body")), root)
    refs, out.notes = take_notes(body, elsewhere)
    lists = remove_link_lists(body)
    if choose is None:
        for el in list(body.iter("nav")):
            remove(el)
        main = body
    else:
        main, out.dropped = choose(body)
    out.dropped = lists + out.dropped
    walker = _Walker(refs, page=choose is not None)
    if anchors:
        wanted = set(anchors)
        walker.anchor_els = {el: el.get("id") for el in body.iter() if el.get("id") in wanted}
    if main is not body and not any(True for _ in main.iter("h1")):
        # The article's title often sits just outside the text container.
        h1 = next(iter(body.iter("h1")), None)
        if h1 is not None:
            walker.walk(h1, tail=False)
    walker.walk(main, tail=False)
    walker.flush()
    out.blocks, out.dropped = walker.blocks, out.dropped + walker.dropped
    out.anchors, out.looks = walker.anchors, walker.looks
    return out


def relative_levels(blocks: list[Block]) -> None:
    """Heading levels counted from the highest one used: h2/h3 only become 1/2."""
    used = sorted({b.level for b in blocks if b.kind == "heading"})
    rank = {lv: i + 1 for i, lv in enumerate(used)}
    for b in blocks:
        if b.kind == "heading":
            b.level = rank[b.level]


def number_sections(blocks: list[Block], looks: Sequence[ladder.Look] = ()) -> None:
    """Headings from hand numbering and bold type, when the markup has no section headings.

    Levels must already be relative; these go below a lone top level (the
    title's h1). ``looks`` (parallel to ``blocks``) also marks right-aligned
    sign-offs as signatures.
    """
    if not any(b.kind == "heading" and b.level > 1 for b in blocks):
        top = any(b.kind == "heading" for b in blocks)
        ladder.promote(blocks, offset=1 if top else 0)
        if looks:
            ladder.emphasised(blocks, looks, 2 if top else 1)
    if looks:
        ladder.signatures(blocks, looks)


class _Walker:
    """Turns a tree into blocks: block elements end the text gathered so far."""

    def __init__(self, refs: dict[El, tuple[str, str]], page: bool) -> None:
        self.refs, self.page = refs, page
        self.blocks: list[Block] = []
        self.dropped: list[Dropped] = []
        self.buf: list[str] = []
        self.labels: list[str] = []
        self.link_chars = 0
        self.kind, self.level, self.in_para, self.in_link = "body", 0, False, False
        self.in_bold, self.bold_chars, self.align = False, 0, ""
        self.bullets = 0
        """How many lists deep the walk is: browsers draw • at the top, ◦ in a list
        inside another (numbered or not), ▪ deeper."""
        self.looks: list[ladder.Look] = []
        self.prefix = ""
        self.anchor_els: dict[El, str] = {}
        self.anchors: dict[str, int] = {}
        self.pending: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self.buf.append(text)
            if self.in_link:
                self.link_chars += visible_len(text)
            if self.in_bold:
                self.bold_chars += visible_len(text)

    def walk(self, el: El, tail: bool = True) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag and el in self.anchor_els:
            if tag in HEADINGS or tag in CONTAINERS or tag in ("p", "pre"):
                self.flush()  # the text before belongs to the block before
            self.pending.append(self.anchor_els[el])
        if not tag:
            pass  # an entity or comment left in the tree: no text of its own
        elif el in self.refs:
            label, mark = self.refs[el]
            self.buf.append(f"{_MARK_OPEN}{mark}{_MARK_CLOSE}")
            self.labels.append(label)
        elif tag in HEADINGS:
            self._block(el, "heading", HEADINGS[tag], para=True)
        elif tag == "p":
            self._block(el, self.kind, self.level, para=True)
        elif tag == "br":
            self.add("\n") if self.in_para else self.flush()
        elif tag == "pre":
            self.flush()
            self._emit("code", "".join(el.itertext()).strip("\n"), 0, [])
        elif tag == "hr":
            self.flush()
        elif tag == "blockquote":
            self._block(el, "quote", 0, para=False)
        elif tag in ("ul", "ol"):
            self._list(el)
        elif tag == "table" and _is_data_table(el):
            self.flush()
            self._emit("table", _table_text(el), 0, [])
        elif tag in CONTAINERS:
            self._block(el, self.kind, self.level, para=False)
        else:
            link = tag == "a" and not self.in_link
            bold = not self.in_bold and (
                tag in ("b", "strong") or bool(_BOLD.search(el.get("style") or ""))
            )
            self.in_link, self.in_bold = self.in_link or link, self.in_bold or bold
            self.add(el.text)
            for kid in el:
                self.walk(kid)
            self.in_link, self.in_bold = self.in_link and not link, self.in_bold and not bold
        if tail:
            self.add(el.tail)

    def _block(self, el: El, kind: str, level: int, para: bool) -> None:
        self.flush()
        saved = self.kind, self.level, self.in_para, self.align
        self.kind, self.level, self.in_para = kind, level, para
        self.align = _alignment(el) or self.align
        self.add(el.text)
        for kid in el:
            self.walk(kid)
        self.flush()
        self.kind, self.level, self.in_para, self.align = saved

    def _list(self, el: El) -> None:
        """Items with the marker a browser draws: numbers, or •, ◦, ▪ by depth."""
        self.flush()
        number = _int(el.get("start"), 1)
        self.bullets += 1
        default = bullet(self.bullets) if el.tag == "ul" else ""
        style = _list_style(el)
        for kid in el:
            if kid.tag != "li":
                self.walk(kid)
                continue
            number = _int(kid.get("value"), number)
            drawn = _list_style(kid) or style or default
            mark = (f"{number}. " if el.tag == "ol" else f"{drawn} ") if drawn != "none" else ""
            self.prefix = mark
            number += 1
            self._block(kid, "item", 0, para=True)
            self.prefix = ""
        self.bullets -= 1

    def flush(self) -> None:
        raw, labels, links, bold = "".join(self.buf), self.labels, self.link_chars, self.bold_chars
        self.buf, self.labels, self.link_chars, self.bold_chars = [], [], 0, 0
        text = join_soft(raw).strip(" \u3000")
        if not text.replace(_MARK_OPEN, "").replace(_MARK_CLOSE, "").strip():
            return
        visible = visible_len(text)
        # In a web page, a paragraph or item that is all link is a list of other
        # articles; an address shown as the link's text is the article's own.
        linked = self.page and links * 10 >= visible * 9 and not labels
        if linked and self.kind in ("body", "item") and not ADDRESS.match(text):
            self.dropped.append(Dropped(text[:200], "links"))
            return
        if self.prefix and ladder.mark(text) is None:
            text = self.prefix + text
        self.prefix = ""
        markers: list[Marker] = []
        while (s := text.find(_MARK_OPEN)) >= 0:
            e = text.find(_MARK_CLOSE, s)
            text = text[:s] + text[s + 1 : e] + text[e + 1 :]
            markers.append(Marker(s, e - 1, labels[len(markers)]))
        look = ladder.Look(self.align, bold * 10 >= visible_len(text) * 9)
        self._emit(self.kind, text, self.level if self.kind == "heading" else 0, markers, look)

    def _emit(
        self,
        kind: str,
        text: str,
        level: int,
        markers: list[Marker],
        look: ladder.Look = _PLAIN,
    ) -> None:
        if text.strip():
            for anchor in self.pending:
                self.anchors.setdefault(anchor, len(self.blocks))
            self.pending = []
            self.blocks.append(Block(kind, text, level, markers=markers))
            self.looks.append(look)


def bullet(depth: int) -> str:
    """The bullet a browser draws for a list ``depth`` lists deep (1 for the top)."""
    return "•◦▪"[min(max(depth, 1), 3) - 1]


_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*(disc|circle|square|none)", re.I)


def _list_style(el: El) -> str:
    """The bullet a ``list-style-type`` asks for ("none" for none), or ""."""
    m = _LIST_STYLE.search(el.get("style") or "")
    if not m:
        return ""
    return {"disc": "•", "circle": "◦", "square": "▪", "none": "none"}[m.group(1).lower()]


def _alignment(el: El) -> str:
    """``center`` or ``right`` from the align attribute or the style; <center> too."""
    if el.tag == "center":
        return "center"
    m = _ALIGN.search(el.get("style") or "")
    value = (m.group(1) if m else el.get("align") or "").lower()
    return {"center": "center", "middle": "center", "right": "right", "end": "right"}.get(value, "")


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _is_data_table(table: El) -> bool:
    """A table of data, not a page laid out in a table (old sites do that).

    Cells may hold paragraphs (Word's HTML does that); layout shows in nested
    tables, headings, long cells, or a single column.
    """
    widest = 0
    for el in table.iter():
        if el is not table and el.tag in ("table", "h1", "h2", "h3", "h4", "h5", "h6"):
            return False
        if el.tag in ("td", "th") and visible_len("".join(el.itertext())) > _LAYOUT_CELL:
            return False
        if el.tag == "tr":
            widest = max(widest, sum(1 for c in el if c.tag in ("td", "th")))
    return widest > 1


def _table_text(table: El) -> str:
    rows = []
    for tr in table.iter("tr"):
        cells = [join_soft("".join(c.itertext())).strip() for c in tr if c.tag in ("td", "th")]
        if any(cells):
            rows.append("\t".join(c.replace("\t", " ") for c in cells))
    return "\n".join(rows)
