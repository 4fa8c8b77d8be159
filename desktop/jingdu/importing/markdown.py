"""Markdown: the blocks a CommonMark parser (markdown-it-py) finds, as plain text.

Parsing, not pattern stripping: a ``#`` inside a fenced block is code, a
heading keeps its ``？``, ``*`` between numbers stays. Emphasis marks and link
targets go, link text and inline code stay; a soft line break between Chinese
characters is no gap (the author wrapped the line), between Latin words a
space. Raw HTML is read as HTML (scripts never reach the text). Footnotes in
the ``[^label]`` form that pandoc and most editors write become markers and
notes; front matter gives the title and authors when the text has no ``#``
title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from jingdu.corpus.decode import decode_bytes
from jingdu.errors import SourceError
from jingdu.importing.htmlblocks import blocks_of, bullet, number_sections, relative_levels
from jingdu.importing.htmltree import join_soft, parse
from jingdu.importing.structured import Block, Marker, Note, Structured
from jingdu.progress import Progress

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FOOTNOTE_DEF = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:[ \t]?(.*)$")
_FOOTNOTE_REF = re.compile(r"\[\^([^\]\s]+)\]")
_SKIP_HTML = re.compile(r"<(/?)(script|style|noscript|template|iframe)\b", re.I)
_TITLE_KEYS = ("title", "标题")
_AUTHOR_KEYS = ("author", "authors", "作者")


def read(data: bytes, name: str, progress: Progress | None = None) -> Structured:
    """A Markdown file as structured blocks.

    Raises:
        SourceError: empty, binary, or not decodable as text.
    """
    text = decode_bytes(data, name).text
    if progress is not None:
        progress(0, 1, name)
    front: dict[str, list[str]] = {}
    m = _FRONT.match(text)
    if m:
        front = _front_matter(m.group(1))
        # Blank lines in its place keep the parser's line numbers those of the file.
        text = "\n" * m.group(0).count("\n") + text[m.end() :]
    # markdown-it drops what lies deeper than maxNesting (20 in CommonMark mode)
    # without a word; quotes in quotes in lists reach that in real files sooner
    # than recursion becomes a risk.
    md = _Parser("commonmark", {"maxNesting": 100}).enable(["table", "strikethrough"])
    text, definitions = _take_definitions(text, md.parse(text))
    walker = _Walker(md, name, definitions)
    walker.walk(md.parse(text))
    blocks = walker.blocks
    title = next((b.text for b in blocks if b.kind == "heading" and b.level == 1), "")
    relative_levels(blocks)
    number_sections(blocks)
    s = Structured(blocks=blocks, notes=walker.finish_notes())
    if title:
        s.title, s.title_source = title, "text"
    elif front.get("title"):
        s.title, s.title_source = front["title"][0], "metadata"
    s.authors = front.get("author", [])
    if progress is not None:
        progress(1, 1, name)
    return s


class _Parser(MarkdownIt):
    def validateLink(self, url: str) -> bool:
        # markdown-it leaves links to javascript: and the like as literal text, to
        # keep them out of HTML; no URL is ever kept here, so every link is its text.
        return True


def _front_matter(yaml: str) -> dict[str, list[str]]:
    """``title`` and ``author`` from YAML front matter: ``key: value``, ``[a, b]`` or ``- a`` lists.

    Only these simple forms are read (no YAML library for two fields); anything
    else in the front matter is ignored, never an error.
    """
    out: dict[str, list[str]] = {}
    key = ""
    for line in yaml.splitlines():
        item = re.match(r"^\s+-\s+(.*)$", line)
        if item and key:
            out.setdefault(key, []).append(_unquote(item.group(1)))
            continue
        kv = re.match(r"^([\w\u4e00-\u9fff-]+)\s*[:：]\s*(.*)$", line)
        if not kv:
            key = ""
            continue
        name, value = kv.group(1).lower(), kv.group(2).strip()
        key = "title" if name in _TITLE_KEYS else "author" if name in _AUTHOR_KEYS else ""
        if not key or not value:
            continue
        if value.startswith("[") and value.endswith("]"):
            values = [_unquote(v) for v in value[1:-1].split(",")]
        elif key == "author":
            values = [_unquote(v) for v in re.split(r"[;；,，、]", value)]
        else:
            values = [_unquote(value)]
        out.setdefault(key, []).extend(v for v in values if v)
    return out


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return value.strip()


def _take_definitions(text: str, tokens: Sequence[Token]) -> tuple[str, dict[str, str]]:
    """Footnote definitions (``[^1]: …`` and its indented continuation) out of the text.

    CommonMark has no footnotes and would read a definition as a link
    reference or a paragraph. Lines inside code blocks are left alone.
    """
    verbatim: set[int] = set()
    for t in tokens:
        if t.type in ("fence", "code_block", "html_block") and t.map:
            verbatim.update(range(t.map[0], t.map[1]))
    lines = text.split("\n")
    defs: dict[str, str] = {}
    i = 0
    while i < len(lines):
        m = _FOOTNOTE_DEF.match(lines[i]) if i not in verbatim else None
        if not m:
            i += 1
            continue
        body = [m.group(2)]
        lines[i] = ""
        i += 1
        # Continuation lines are indented, which the first parse took for code.
        while i < len(lines):
            line = lines[i]
            blank_then_indented = (
                not line.strip()
                and i + 1 < len(lines)
                and (lines[i + 1].startswith(("    ", "\t")))
            )
            if line.startswith(("    ", "\t")) or blank_then_indented:
                body.append(line.strip())
                lines[i] = ""
                i += 1
            else:
                break
        defs.setdefault(m.group(1), "\n".join(body).strip())
    return "\n".join(lines), defs


@dataclass
class _List:
    ordered: bool
    next: int


@dataclass
class _Walker:
    md: MarkdownIt
    name: str
    definitions: dict[str, str]
    blocks: list[Block] = field(default_factory=list)
    quote: int = 0
    lists: list[_List] = field(default_factory=list)
    item_mark: str = ""
    """The list marker waiting for the item's first paragraph."""
    in_item: bool = False
    marks: dict[str, str] = field(default_factory=dict)
    """Footnote label → its printed mark, [1], [2]… in order of first reference."""

    def walk(self, tokens: Sequence[Token]) -> None:
        i = 0
        while i < len(tokens):
            t = tokens[i]
            if t.type in ("heading_open", "paragraph_open"):
                text, markers = self.inline(tokens[i + 1].children or [])
                if t.type == "heading_open" and not self.quote:
                    self.add("heading", text, markers, int(t.tag[1:]))
                else:
                    self.add(self.kind(), text, markers)
                i += 3
                continue
            if t.type in ("bullet_list_open", "ordered_list_open"):
                start = t.attrGet("start")
                self.lists.append(_List(t.type == "ordered_list_open", int(start or 1)))
            elif t.type in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
            elif t.type == "list_item_open" and self.lists:
                lst = self.lists[-1]
                depth = len(self.lists)
                self.item_mark = f"{lst.next}{t.markup} " if lst.ordered else f"{bullet(depth)} "
                lst.next += 1
            elif t.type == "list_item_close":
                self.item_mark = ""
            elif t.type == "blockquote_open":
                self.quote += 1
            elif t.type == "blockquote_close":
                self.quote -= 1
            elif t.type in ("fence", "code_block"):
                self.add("code", t.content.rstrip("\n"), [])
            elif t.type == "html_block":
                self.html(t.content)
            elif t.type == "table_open":
                i = self.table(tokens, i)
            i += 1

    def kind(self) -> str:
        return "quote" if self.quote else "item" if self.lists else "body"

    def add(self, kind: str, text: str, markers: list[Marker], level: int = 0) -> None:
        if kind != "code":
            stripped = text.lstrip()
            markers = [
                Marker(
                    m.start - (len(text) - len(stripped)),
                    m.end - (len(text) - len(stripped)),
                    m.label,
                )
                for m in markers
            ]
            text = stripped.rstrip()
        if not text.strip():
            return
        if self.item_mark and kind == "item":
            n = len(self.item_mark)
            text = self.item_mark + text
            markers = [Marker(m.start + n, m.end + n, m.label) for m in markers]
            self.item_mark = ""
        self.blocks.append(Block(kind, text, level, markers=markers))

    def inline(self, children: Sequence[Token]) -> tuple[str, list[Marker]]:
        """The text of inline tokens, with footnote references as markers."""
        out, markers, pending = "", [], ""
        skipping = False

        def flush() -> None:
            nonlocal out, pending
            pos = 0
            for m in _FOOTNOTE_REF.finditer(pending):
                if m.group(1) not in self.definitions:
                    continue
                # A note mark belongs to the text before it, across a line break.
                out = (out + pending[pos : m.start()]).rstrip(" \t\n")
                mark = self.marks.setdefault(m.group(1), f"[{len(self.marks) + 1}]")
                markers.append(Marker(len(out), len(out) + len(mark), m.group(1)))
                out += mark
                pos = m.end()
            out += pending[pos:]
            pending = ""

        for c in children:
            if c.type == "html_inline":
                tag = _SKIP_HTML.match(c.content)
                if tag:
                    skipping = not tag.group(1)
                elif re.match(r"<br\b", c.content, re.I):
                    pending += "\n"
            elif skipping:
                continue
            elif c.type == "text":
                pending += c.content
            elif c.type in ("softbreak", "hardbreak"):
                pending += "\n"
            elif c.type == "code_inline":
                flush()
                out += c.content
        flush()
        return _joined(out, markers)

    def html(self, source: str) -> None:
        try:
            extracted = blocks_of(parse(source, self.name))
        except SourceError:
            return  # a comment or an empty tag: nothing to read
        for b in extracted.blocks:
            kind = b.kind if b.kind != "body" else self.kind()
            self.add(kind, b.text, b.markers, b.level)

    def table(self, tokens: Sequence[Token], i: int) -> int:
        rows: list[list[str]] = []
        while i < len(tokens) and tokens[i].type != "table_close":
            t = tokens[i]
            if t.type == "tr_open":
                rows.append([])
            elif t.type == "inline" and rows:
                text, _ = self.inline(t.children or [])
                rows[-1].append(text.replace("\t", " ").replace("\n", " ").strip())
            i += 1
        self.add("table", "\n".join("\t".join(r) for r in rows), [])
        return i

    def finish_notes(self) -> list[Note]:
        """The notes in the order of their first reference, then any never referenced."""
        notes = []
        for label in list(self.marks) + [k for k in self.definitions if k not in self.marks]:
            mark = self.marks.get(label, f"[{label}]")
            text, _ = self.inline(self.md.parseInline(self.definitions[label])[0].children or [])
            notes.append(Note(label, f"{mark} {text}".strip()))
        return notes


def _joined(text: str, markers: list[Marker]) -> tuple[str, list[Marker]]:
    """Soft breaks joined, markers moved with their text.

    Marks hold no whitespace, so joining changes only what lies between them: a
    mark's new start is where the joined text before it, followed by the mark's
    first character (which decides whether a break before it is a gap), ends.
    """
    moved = []
    for m in markers:
        start = len(join_soft(text[: m.start] + text[m.start])) - 1
        moved.append(Marker(start, start + m.end - m.start, m.label))
    return join_soft(text), moved
