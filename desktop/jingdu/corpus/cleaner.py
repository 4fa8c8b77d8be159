"""The cleaning pipeline: decoded source text -> clean, structured documents.

Bump :data:`CLEANER_VERSION` whenever a change alters any document's text or
structure: stored documents made by an older cleaner are cleaned again on the
next start (and their highlights re-anchored).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import PurePath

from jingdu.corpus.compilation import is_quotation_piece, quotation_title, split_pieces
from jingdu.corpus.document import Document, Footnote, OutlineEntry, Paragraph, Removed
from jingdu.corpus.footnotes import find_markers, mark_note_lines, note_label, note_starts
from jingdu.corpus.furniture import mark_furniture
from jingdu.corpus.lines import Line, split_lines
from jingdu.corpus.markup import strip_inline_markup
from jingdu.corpus.metadata import read_front
from jingdu.corpus.numbers import rejoin_section_numbers
from jingdu.corpus.reflow import reflow
from jingdu.corpus.structure import (
    Para,
    classify,
    demote_inner_bylines,
    ladder_levels,
    parse_authors,
)
from jingdu.corpus.text import join_lines, normalize_spaces, plain_characters
from jingdu.corpus.widths import calibrate

CLEANER_VERSION = 3
NOTES_TITLE = "注释"
_MAX_DERIVED_TITLE = 30
_DATE_CLAUSE = re.compile(r"^[\d\s年月日]+$")


@dataclass
class _Note:
    text: str
    label: str
    line: int
    markup: list[str]


def clean_source(
    text: str, source: str, source_hash: str = "", stem: str | None = None
) -> list[Document]:
    """Clean one decoded source file into one document, or several for a compilation.

    Document ids are ``stem`` (default: the file name's stem), or ``stem-NN`` for
    the pieces of a compilation."""
    lines = split_lines(plain_characters(text))
    calibrate(lines)
    furniture = mark_furniture(lines)
    mark_note_lines(lines)
    rejoin_section_numbers(lines)
    notes = _collect_notes(lines)
    paras = classify(reflow(lines))
    pieces = split_pieces(paras)
    for piece in pieces:  # each piece of a compilation numbers its own sections
        ladder_levels(piece)
    if len(pieces) == 1:
        demote_inner_bylines(paras)
    removed = _removed_lines(lines) + [Removed(n, t, r) for n, t, r in furniture.fragments]
    stem = stem or PurePath(source).stem
    docs: list[Document] = []
    for part, piece in enumerate(pieces, start=1 if len(pieces) > 1 else 0):
        doc_id = stem if len(pieces) == 1 else f"{stem}-{part:02d}"
        first = _first_line(piece)
        last = _first_line(pieces[part]) if len(pieces) > 1 and part < len(pieces) else 1 << 30
        own_notes = [n for n in notes if first <= n.line < last] if len(pieces) > 1 else notes
        own_removed = [r for r in removed if first <= r.line < last] if len(pieces) > 1 else removed
        docs.append(
            _assemble(doc_id, source, part, piece, own_notes, own_removed, furniture.header_titles)
        )
    for d in docs:
        d.source_hash = source_hash
        d.cleaner_version = CLEANER_VERSION
    return docs


def _first_line(piece: list[Para]) -> int:
    return min((n for p in piece for n in p.lines), default=0)


def _removed_lines(lines: list[Line]) -> list[Removed]:
    return [Removed(ln.no, ln.text, ln.reason) for ln in lines if ln.role == "furniture"]


def _collect_notes(lines: list[Line]) -> list[_Note]:
    note_lines = [ln for ln in lines if ln.role == "note"]
    starts = note_starts(note_lines)
    notes: list[_Note] = []
    for ln, is_start in zip(note_lines, starts, strict=True):
        text, markup = strip_inline_markup(normalize_spaces(ln.text))
        if is_start or not notes:
            # Read the label before spaces are normalised: "a 《…》" must not become "a《…》".
            label = note_label(ln.text) or note_label(text)
            if (
                label
                and label.isascii()
                and text.startswith(label)
                and not text[len(label) : len(label) + 1].isspace()
                and ln.text[len(label) : len(label) + 1].isspace()  # the source had one
            ):
                text = f"{label} {text[len(label) :]}"
            notes.append(_Note(text, label, ln.no, markup))
        else:
            notes[-1].text = join_lines(notes[-1].text, text)
            notes[-1].markup.extend(markup)
    return notes


def _assemble(
    doc_id: str,
    source: str,
    part: int,
    piece: list[Para],
    notes: list[_Note],
    removed: list[Removed],
    header_titles: list[str],
) -> Document:
    removed = list(removed)
    if part == 0 or not is_quotation_piece(piece):
        front = read_front(piece)
    else:
        from jingdu.corpus.metadata import Front

        front = Front()
    for j in reversed(front.column_labels):
        p = piece.pop(j)
        removed.append(Removed(p.lines[0], p.text, "journal or column label"))
    for p in piece:
        removed.extend(Removed(p.lines[0], m, "markup") for m in p.markup if m)
    for n in notes:
        removed.extend(Removed(n.line, m, "markup") for m in n.markup if m)

    title, title_source = front.title, "text"
    if not title:
        title_source = "derived"
        if part and is_quotation_piece(piece):
            title = quotation_title(piece)
        elif header_titles and part == 0:
            title, title_source = header_titles[0], "header"
        else:
            title = _derived_title(piece)
    authors = front.authors or [
        name
        for p in piece
        if p.byline and not re.match(r"^\d", p.text)
        for name in (parse_authors(p.text) or [p.text])
    ]

    texts: list[str] = []
    paragraphs: list[Paragraph] = []
    outline: list[OutlineEntry] = []
    pos = 0
    for p in piece:
        paragraphs.append(
            Paragraph(pos, pos + len(p.text), p.kind, p.level if p.kind == "heading" else 0)
        )
        if p.kind == "heading":
            outline.append(OutlineEntry(p.level, p.text, pos))
        texts.append(p.text)
        pos += len(p.text) + 1
    note_spans: list[tuple[int, int, str, int]] = []
    if notes:
        outline.append(OutlineEntry(1, NOTES_TITLE, pos))
    for n in notes:
        paragraphs.append(Paragraph(pos, pos + len(n.text), "note"))
        note_spans.append((pos, pos + len(n.text), n.label, n.line))
        texts.append(n.text)
        pos += len(n.text) + 1
    text = "\n".join(texts)
    footnotes = _link_footnotes(text, list(zip(paragraphs, piece, strict=False)), note_spans)
    return Document(
        id=doc_id,
        source=source,
        part=part,
        title=title,
        title_source=title_source,
        authors=authors,
        abstract=front.abstract,
        keywords=front.keywords,
        text=text,
        paragraphs=paragraphs,
        outline=outline,
        footnotes=footnotes,
        removed=sorted(removed, key=lambda r: r.line),
    )


def _link_footnotes(
    text: str, paragraphs: list[tuple[Paragraph, Para]], note_spans: list[tuple[int, int, str, int]]
) -> list[Footnote]:
    """Markers in the running text, each tied to its note.

    Labels restart on every page (a, b, c… or ①②③…), and a page's notes are
    printed below its text: a marker's note is the first unused note with its
    label printed after the marker's source line.
    """
    by_label: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for s, e, label, line in note_spans:
        if label:
            by_label[label].append((line, s, e))
    used: set[int] = set()
    out: list[Footnote] = []
    for p, para in paragraphs:
        for m in find_markers(text[p.start : p.end]):
            line = para.line_at(m.start)
            target = next(
                (
                    (s, e)
                    for n_line, s, e in by_label.get(m.label, [])
                    if n_line > line and s not in used
                ),
                (-1, -1),
            )
            used.add(target[0])
            out.append(Footnote(p.start + m.start, p.start + m.end, m.label, *target))
    return out


def _derived_title(piece: list[Para]) -> str:
    """The first sentence of the first body paragraph, trimmed at a clause boundary."""
    body = next((p.text for p in piece if p.kind in ("body", "quote")), "")
    if not body:
        return next((p.text for p in piece if p.text), "（无标题）")
    m = re.search(r"[。！？]", body)
    sentence = body[: m.start()] if m else body
    if len(sentence) <= _MAX_DERIVED_TITLE:
        return sentence
    cut = max(sentence.rfind(c, 0, _MAX_DERIVED_TITLE) for c in "，；：、")
    if cut >= 12 and not _DATE_CLAUSE.match(sentence[:cut]):
        return sentence[:cut]
    return sentence[: _MAX_DERIVED_TITLE - 1] + "…"
