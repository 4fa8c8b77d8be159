"""Word (.docx): paragraphs, headings, lists, quotations, tables and notes as the file holds them.

python-docx opens the package and resolves its parts; the text is read from
the XML itself, since python-docx knows nothing of footnotes, list numbers or
outline levels. A heading is what the author styled as one (an outline level,
``Heading n``/``标题 n``); most Chinese Word files have none, and number their
sections by hand, so the numbering ladder and consistent bold or centred short
paragraphs supply them. List numbers that Word draws from ``numbering.xml`` are
rendered into the text, so an automatically numbered ``一、总体要求`` reads as
it prints.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from docx import Document as open_docx
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from jingdu.errors import SourceError
from jingdu.importing import ladder
from jingdu.importing.archive import DAMAGED, open_zip
from jingdu.importing.docx_numbering import Numbering, W, whole
from jingdu.importing.htmltree import join_soft
from jingdu.importing.structured import Block, Dropped, Marker, Note, Structured
from jingdu.progress import Progress

El = Any
_MATH_T = "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"
_SKIPPED = {f"{W}{t}" for t in ("pPr", "rPr", "del", "moveFrom", "instrText", "delText")}
_CONTAINER = {f"{W}{t}" for t in ("hyperlink", "smartTag", "ins", "fldSimple", "customXml")}
_CONTAINER |= {f"{W}{t}" for t in ("sdt", "sdtContent", "moveTo", "dir", "bdo")}
_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.I)
_QUOTE_NAME = re.compile(r"quote|引用|引文", re.I)
_TOC_NAME = re.compile(r"^(?:toc|目录)(?:\s*\d|\s*heading)?$|^toc\b", re.I)
_LAYOUT_CELL = 150
"""A table with a cell longer than this (or one column) frames text; it holds no data."""
# What Word and other tools write as the author by default: the computer's
# account or the tool, not a person who wrote the document.
_BAD_AUTHORS = re.compile(
    r"^(?:administrator|admin|user|owner|author|unknown|python-docx|microsoft(?: office)?(?: user)?"
    r"|windows(?: 用户| user)?|微软用户|系统管理员|作者|用户|lenovo|dell|hp|pc|asus|acer|mac)$",
    re.I,
)
# Default titles of new documents ("文档1", "Document2").
_BAD_TITLE = re.compile(r"^(?:文档|document|新建\s*microsoft\s*word\s*文档)\s*\d*$", re.I)


def read(data: bytes, name: str, progress: Progress | None = None) -> Structured:
    """A Word file as structured blocks.

    Raises:
        SourceError: not a Word file, damaged, or unsafe to unpack.
    """
    zf = open_zip(data, name, "Word")
    if "word/document.xml" not in zf.namelist():
        raise SourceError(
            f"{name}: a zip archive, but not a Word file (no word/document.xml)", "unsupported"
        )
    try:
        doc = open_docx(io.BytesIO(data))
        body = doc.element.body
        core = doc.core_properties
        meta_title, meta_author = (core.title or "").strip(), (core.author or "").strip()
        parts = {rel.reltype.rsplit("/", 1)[-1]: rel.target_part.blob for rel in _rels(doc)}
    except RuntimeError as exc:  # zipfile's word for a password-protected member
        raise SourceError(f"{name}: encrypted; Jingdu cannot read it", "encrypted") from exc
    except (PackageNotFoundError, KeyError, etree.LxmlError, *DAMAGED) as exc:
        raise SourceError(
            f"{name}: not a valid Word file (damaged or another format)", "damaged"
        ) from exc
    reader = _Reader(
        _Styles(_xml(parts.get("styles"))),
        Numbering(_xml(parts.get("numbering"))),
        {k: _notes(_xml(parts.get(k))) for k in ("footnotes", "endnotes")},
    )
    reader.read_body(body, progress, name)
    s = Structured(blocks=reader.blocks, notes=reader.notes, dropped=reader.dropped)
    _headings(s, reader.looks, reader.outlines)
    meta_title = re.sub(r"^Microsoft Word\s*-\s*", "", meta_title, flags=re.I)
    if not s.title and meta_title and not _BAD_TITLE.match(meta_title):
        s.title, s.title_source = meta_title, "metadata"
    names = [a.strip() for a in re.split(r"[;；,，、]", meta_author) if a.strip()]
    s.authors = [a for a in names if not _BAD_AUTHORS.match(a)]
    return s


def _rels(doc: Any) -> Iterator[Any]:
    return (r for r in doc.part.rels.values() if not r.is_external)


def _xml(blob: bytes | None) -> El | None:
    if not blob:
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(blob, parser)
    except etree.XMLSyntaxError:
        return None  # a damaged auxiliary part costs its feature, not the document


def _notes(root: El | None) -> dict[str, El]:
    """Note id → element, without the separator pseudo-notes Word keeps there."""
    if root is None:
        return {}
    return {
        n.get(f"{W}id"): n
        for n in root
        if n.tag in (f"{W}footnote", f"{W}endnote") and n.get(f"{W}type") in (None, "normal")
    }


@dataclass
class _Style:
    name: str = ""
    outline: int = 0
    """1–9 for a heading level, 0 for none."""
    align: str = ""
    bold: bool = False
    indented: bool = False
    num: tuple[str, int] | None = None


class _Styles:
    """Paragraph style properties with their ``basedOn`` inheritance resolved."""

    def __init__(self, root: El | None) -> None:
        self.by_id = {
            s.get(f"{W}styleId"): s
            for s in (root if root is not None else [])
            if s.tag == f"{W}style"
        }
        self.default = next(
            (i for i, s in self.by_id.items() if s.get(f"{W}default") in ("1", "true")), None
        )
        self.cache: dict[str | None, _Style] = {}

    def get(self, style_id: str | None) -> _Style:
        style_id = style_id or self.default
        if style_id in self.cache:
            return self.cache[style_id]
        self.cache[style_id] = _Style()  # guards against a basedOn cycle
        el = self.by_id.get(style_id)
        if el is None:
            return self.cache[style_id]
        based = el.find(f"{W}basedOn")
        parent = self.get(based.get(f"{W}val")) if based is not None else _Style()
        name_el = el.find(f"{W}name")
        name = name_el.get(f"{W}val", "") if name_el is not None else ""
        ppr = el.find(f"{W}pPr")
        rpr = el.find(f"{W}rPr")
        style = _Style(
            name=name,
            outline=_outline(ppr, name) or parent.outline,
            align=_align(ppr) or parent.align,
            bold=_on(rpr, "b") if _has(rpr, "b") else parent.bold,
            indented=_indented(ppr) if _has(ppr, "ind") else parent.indented,
            num=_num(ppr) or parent.num,
        )
        self.cache[style_id] = style
        return style


def _has(el: El | None, tag: str) -> bool:
    return el is not None and el.find(f"{W}{tag}") is not None


def _on(el: El | None, tag: str) -> bool:
    """A toggle property (``<w:b/>``, ``<w:b w:val="0"/>``) is on."""
    t = el.find(f"{W}{tag}") if el is not None else None
    return t is not None and t.get(f"{W}val", "true") not in ("0", "false", "off")


def _outline(ppr: El | None, name: str) -> int:
    lvl = ppr.find(f"{W}outlineLvl") if ppr is not None else None
    if lvl is not None:
        val = whole(lvl.get(f"{W}val"), 9)
        return val + 1 if val < 9 else 0
    m = _HEADING_NAME.match(name.strip())
    return int(m.group(1)) if m else 0


def _align(ppr: El | None) -> str:
    jc = ppr.find(f"{W}jc") if ppr is not None else None
    return str(jc.get(f"{W}val", "")) if jc is not None else ""


def _indented(ppr: El | None) -> bool:
    """Indented on both sides: how a block quotation is set."""
    ind = ppr.find(f"{W}ind") if ppr is not None else None
    if ind is None:
        return False

    def amount(*keys: str) -> int:
        for k in keys:
            v = ind.get(f"{W}{k}", "")
            if v:
                return whole(v, 0)
        return 0

    chars = amount("leftChars", "startChars") >= 100 and amount("rightChars", "endChars") >= 100
    twips = amount("left", "start") >= 200 and amount("right", "end") >= 200
    return chars or twips


def _num(ppr: El | None) -> tuple[str, int] | None:
    num = ppr.find(f"{W}numPr") if ppr is not None else None
    if num is None:
        return None
    num_id, ilvl = num.find(f"{W}numId"), num.find(f"{W}ilvl")
    nid = num_id.get(f"{W}val", "0") if num_id is not None else "0"
    level = ilvl.get(f"{W}val", "0") if ilvl is not None else "0"
    return (nid, whole(level, 0))


@dataclass
class _Text:
    parts: list[str] = field(default_factory=list)
    markers: list[tuple[int, str]] = field(default_factory=list)
    """(index into ``parts`` where the mark is, label)."""
    bold: list[bool] = field(default_factory=list)


class _Reader:
    def __init__(self, styles: _Styles, numbering: Numbering, notes: dict[str, dict[str, El]]):
        self.styles, self.numbering, self.note_els = styles, numbering, notes
        self.blocks: list[Block] = []
        self.looks: list[ladder.Look] = []
        self.outlines: list[int] = []
        """Parallel to ``blocks``: how each is set, and its outline level (0 for none)."""
        self.notes: list[Note] = []
        self.dropped: list[Dropped] = []
        self.seen: dict[tuple[str, str], str] = {}
        """(kind, note id) → its printed mark, once referenced."""

    def read_body(self, body: El, progress: Progress | None, name: str) -> None:
        elements = list(_flatten(body))
        for i, el in enumerate(elements):
            if progress is not None and i % 500 == 0:
                progress(i, len(elements), name)
            if el.tag == f"{W}p":
                self._paragraph(el)
            elif el.tag == f"{W}tbl":
                self._table(el)

    def _paragraph(self, p: El) -> None:
        ppr = p.find(f"{W}pPr")
        style_el = ppr.find(f"{W}pStyle") if ppr is not None else None
        style = self.styles.get(style_el.get(f"{W}val") if style_el is not None else None)
        text, markers, bold = self._text(p, style.bold)
        if _TOC_NAME.match(style.name):
            if text.strip():
                self.dropped.append(Dropped(text, "table of contents"))
            return
        num = _num(ppr) or style.num
        prefix = self.numbering.next(*num) if num else ""
        if not text.strip():
            return
        if prefix:
            text, markers = (
                prefix + text,
                [Marker(m.start + len(prefix), m.end + len(prefix), m.label) for m in markers],
            )
        align = _align(ppr) or style.align
        outline = _outline(ppr, "") if _has(ppr, "outlineLvl") else style.outline
        if style.name.lower() in ("title", "标题"):
            kind, level = "title", 1
        elif outline:
            kind, level = "heading", outline
        elif _QUOTE_NAME.search(style.name) or (
            (_indented(ppr) if _has(ppr, "ind") else style.indented) and align != "center"
        ):
            kind, level = "quote", 0
        elif num and prefix:
            kind, level = "item", 0
        else:
            kind, level = "body", 0
        self.add(Block(kind, text, level, markers=markers), align, bold, outline)

    def add(self, block: Block, align: str = "", bold: bool = False, outline: int = 0) -> None:
        self.blocks.append(block)
        # Word writes "both" for justified and "end" for right in its newer schema.
        self.looks.append(ladder.Look("right" if align == "end" else align, bold))
        self.outlines.append(outline)

    def _text(self, p: El, style_bold: bool) -> tuple[str, list[Marker], bool]:
        """A paragraph's text with its note markers, and whether all of it is bold."""
        out = _Text()
        self._collect(p, out, style_bold)
        raw = "".join(out.parts)
        bold = bool(out.bold) and all(out.bold)
        # Offsets of marks before whitespace is trimmed and tabs become spaces.
        lead = len(raw) - len(raw.lstrip(" \u3000\t"))
        text = raw.replace("\t", " ").strip(" \u3000")
        markers = []
        for index, label in out.markers:
            start = len("".join(out.parts[:index])) - lead
            mark = out.parts[index]
            markers.append(Marker(start, start + len(mark), label))
        return text, markers, bold

    def _collect(self, el: El, out: _Text, style_bold: bool) -> None:
        for child in el:
            tag = child.tag
            if tag in _SKIPPED or not isinstance(tag, str):
                continue
            if tag == f"{W}r":
                self._run(child, out, style_bold)
            elif tag in _CONTAINER:
                self._collect(child, out, style_bold)
            elif tag.endswith("}oMath") or tag.endswith("}oMathPara"):
                out.parts.append("".join(t.text or "" for t in child.iter(_MATH_T)))

    def _run(self, r: El, out: _Text, style_bold: bool) -> None:
        rpr = r.find(f"{W}rPr")
        if _on(rpr, "vanish"):
            return  # hidden text
        bold = _on(rpr, "b") if _has(rpr, "b") else style_bold
        for c in r:
            tag = c.tag
            if tag == f"{W}t":
                out.parts.append(c.text or "")
                if (c.text or "").strip():
                    out.bold.append(bold)
            elif tag in (f"{W}tab", f"{W}ptab"):
                out.parts.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                if c.get(f"{W}type") not in ("page", "column"):
                    out.parts.append("\n")
            elif tag == f"{W}noBreakHyphen":
                out.parts.append("-")
            elif tag in (f"{W}footnoteReference", f"{W}endnoteReference"):
                kind = "footnotes" if tag == f"{W}footnoteReference" else "endnotes"
                mark = self._note(kind, c.get(f"{W}id", ""))
                if mark and c.get(f"{W}customMarkFollows") not in ("1", "true"):
                    out.markers.append((len(out.parts), _label(kind, c.get(f"{W}id", ""))))
                    out.parts.append(mark)

    def _note(self, kind: str, note_id: str) -> str:
        """The printed mark of a note reference; the note is taken on first reference."""
        key = (kind, note_id)
        if key in self.seen:
            return self.seen[key]
        el = self.note_els[kind].get(note_id)
        if el is None:
            return ""
        mark = f"[{sum(1 for k, _ in self.seen if k == kind) + 1}]"
        self.seen[key] = mark
        paras = [self._text(p, False)[0] for p in el.iter(f"{W}p")]
        body = join_soft("\n".join(t for t in paras if t.strip())).strip()
        self.notes.append(Note(_label(kind, note_id), f"{mark} {body}".strip()))
        return mark

    def _table(self, tbl: El) -> None:
        rows = [[tc for tc in _cells(tr)] for tr in tbl.iter(f"{W}tr")]
        cell_text = {id(tc): self._cell(tc) for row in rows for tc in row}
        nested = any(t is not tbl for t in tbl.iter(f"{W}tbl"))
        long = any(len(t) > _LAYOUT_CELL for t, _ in cell_text.values())
        if nested or long or max((len(r) for r in rows), default=0) <= 1:
            # A frame or a layout grid, not data: read its paragraphs as the page.
            for el in _flatten(tbl):
                self._paragraph(el) if el.tag == f"{W}p" else self._table(el)
            return
        text, markers = "", []
        for r, row in enumerate(rows):
            for c, tc in enumerate(row):
                if c:
                    text += "\t"
                t, ms = cell_text[id(tc)]
                markers += [Marker(m.start + len(text), m.end + len(text), m.label) for m in ms]
                text += t
            text += "\n" if r < len(rows) - 1 else ""
        if text.strip():
            self.add(Block("table", text, markers=markers))

    def _cell(self, tc: El) -> tuple[str, list[Marker]]:
        text, markers = "", []
        for p in tc.iter(f"{W}p"):
            t, ms, _ = self._text(p, False)
            if not t.strip():
                continue
            sep = "" if not text or _no_gap(text[-1], t[0]) else " "
            markers += [
                Marker(m.start + len(text) + len(sep), m.end + len(text) + len(sep), m.label)
                for m in ms
            ]
            text += sep + t
        return text.replace("\t", " ").replace("\n", " "), markers


def _no_gap(a: str, b: str) -> bool:
    return join_soft(f"{a}\n{b}") == a + b


def _label(kind: str, note_id: str) -> str:
    return note_id if kind == "footnotes" else f"e{note_id}"


def _cells(tr: El) -> Iterator[El]:
    for c in tr:
        if c.tag == f"{W}tc":
            yield c
        elif c.tag in _CONTAINER:
            yield from (tc for tc in c.iter(f"{W}tc"))


def _flatten(container: El) -> Iterator[El]:
    """Paragraphs and tables in reading order, through content controls and the like."""
    for child in container:
        if child.tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif child.tag in _CONTAINER or child.tag in (f"{W}tr", f"{W}tc"):
            yield from _flatten(child)


def _headings(s: Structured, looks: list[ladder.Look], outlines: list[int]) -> None:
    """Decide the title and the heading levels once the whole body is read."""
    titles = [i for i, b in enumerate(s.blocks) if b.kind == "title"]
    for i in titles[1:]:
        s.blocks[i].kind = "body"  # one title; later Title-styled paragraphs are text
    if titles:
        s.blocks[titles[0]].kind = "body"
    title = titles[0] if titles else ladder.title_index(s.blocks, looks)
    if title is not None:
        s.title, s.title_source = s.blocks[title].text, "text"
        s.blocks[title].kind, s.blocks[title].level = "heading", 1
    offset = 1 if title is not None else 0
    styled = sorted(
        {outlines[i] for i, b in enumerate(s.blocks) if b.kind == "heading" and i != title}
    )
    rank = {lv: offset + n + 1 for n, lv in enumerate(styled)}
    for i, b in enumerate(s.blocks):
        if b.kind == "heading" and i != title:
            b.level = rank[outlines[i]]
    offset += len(styled)
    ladder.promote(s.blocks, offset, kinds=("body", "item"))
    if not styled:
        ladder.emphasised(s.blocks, looks, offset + 1)
    ladder.signatures(s.blocks, looks)
