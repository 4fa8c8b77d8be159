"""A reader's :class:`Structured` document made into the library's :class:`Document`."""

from __future__ import annotations

import re

from jingdu.corpus.document import Document, Footnote, OutlineEntry, Paragraph, Removed
from jingdu.corpus.text import spell_out_ligatures
from jingdu.importing.structured import Block, Marker, Structured

NOTES_TITLE = "注释"
_STORED_KIND = {"item": "body", "table": "body", "code": "body"}
_MAX_DERIVED_TITLE = 30


def to_document(s: Structured, doc_id: str, source: str, sha: str, version: int) -> Document:
    """Lay the blocks out as clean text (one paragraph a line), the notes after them."""
    texts: list[str] = []
    paragraphs: list[Paragraph] = []
    outline: list[OutlineEntry] = []
    markers: list[tuple[int, int, str, int]] = []
    pos = 0
    # As the plain-text cleaner does: an opening heading that is the title is level 0
    # (the reader sets it as the title, once), and the sections below start at level 1.
    heads = [b for b in s.blocks if b.kind == "heading" and b.text.strip()]
    title, title_source = s.title.strip(), s.title_source
    if not title and _opening_title(s, heads):
        title, title_source = heads[0].text.strip(), "text"
    title_block = heads[0] if heads and heads[0].text.strip() == title else None
    if title_block is not None and s.blocks and s.blocks[0] is not title_block:
        title_block = (
            None
            if any(b.text.strip() for b in s.blocks[: s.blocks.index(title_block)])
            else title_block
        )
    rest = [max(1, b.level) for b in heads if b is not title_block]
    shift = min(rest, default=1) - 1
    for b in s.blocks:
        text = b.text.replace("\n", " ") if b.kind not in ("table", "code") else b.text
        text, block_markers = _spelled_out(text, b.markers)
        text = text.replace("\n", "\u2028") if "\n" in text else text
        if not text.strip():
            continue
        kind = _STORED_KIND.get(b.kind, b.kind)
        level = 0
        if kind == "heading" and b is not title_block:
            level = max(1, b.level) - shift
        paragraphs.append(Paragraph(pos, pos + len(text), kind, level, b.page))
        if kind == "heading":
            outline.append(OutlineEntry(level, text, pos))
        markers += [(pos + m.start, pos + m.end, m.label, b.page) for m in block_markers]
        texts.append(text)
        pos += len(text) + 1
    notes_by_label: dict[str, list[tuple[int, int, int]]] = {}
    if s.notes:
        # Beside the sections, not above them: readers that give the title level 1
        # start their sections at 2.
        top = min((o.level for o in outline if o.level > 0), default=1)
        outline.append(OutlineEntry(top, NOTES_TITLE, pos))
    for n in s.notes:
        text = " ".join(n.text.split("\n"))
        paragraphs.append(Paragraph(pos, pos + len(text), "note", 0, n.page))
        notes_by_label.setdefault(n.label, []).append((n.page, pos, pos + len(text)))
        texts.append(text)
        pos += len(text) + 1
    footnotes = _link(markers, notes_by_label)
    if not title:
        title, title_source = _derived_title(s), "derived"
    return Document(
        id=doc_id,
        source=source,
        part=0,
        title=title,
        title_source=title_source,
        authors=s.authors,
        abstract=s.abstract,
        keywords=s.keywords,
        text="\n".join(texts),
        paragraphs=paragraphs,
        outline=outline,
        footnotes=footnotes,
        removed=[Removed(d.page, d.text, d.reason) for d in s.dropped],
        source_hash=sha,
        cleaner_version=version,
    )


def _spelled_out(text: str, markers: list[Marker]) -> tuple[str, list[Marker]]:
    """``text`` with its Latin ligatures spelled out (ﬀ as ff), markers moved to match."""
    spelled = spell_out_ligatures(text)
    if spelled == text or not markers:
        return spelled, markers

    def at(n: int) -> int:
        return len(spell_out_ligatures(text[:n]))

    return spelled, [Marker(at(m.start), at(m.end), m.label) for m in markers]


def _link(
    markers: list[tuple[int, int, str, int]], notes: dict[str, list[tuple[int, int, int]]]
) -> list[Footnote]:
    """Each marker with its note: the first unused note of its label on or after the
    marker's page (journals number ① afresh on every page), else the first unused one."""
    used: set[int] = set()
    out = []
    for start, end, label, page in markers:
        candidates = [n for n in notes.get(label, []) if n[1] not in used]
        after = [n for n in candidates if n[0] >= page]
        chosen = (after or candidates or [(0, -1, -1)])[0]
        if chosen[1] >= 0:
            used.add(chosen[1])
        out.append(Footnote(start, end, label, chosen[1], chosen[2]))
    return out


def title_of(s: Structured) -> str:
    return s.title.strip()


def _opening_title(s: Structured, heads: list[Block]) -> bool:
    """Whether the first heading is the document's title though nothing said so: it opens
    the document and is the only heading at the top level (as when Word's Heading 1
    holds the title and Heading 2 the sections)."""
    first = next((b for b in s.blocks if b.text.strip()), None)
    if first is None or not heads or first is not heads[0]:
        return False
    return all(b.level > first.level for b in heads[1:])


def _derived_title(s: Structured) -> str:
    body = next((b.text for b in s.blocks if b.kind in ("body", "quote") and b.text.strip()), "")
    if not body:
        return "（无标题）"
    m = re.search(r"[。！？!?]", body)
    sentence = (body[: m.start()] if m else body).strip()
    return sentence if len(sentence) <= _MAX_DERIVED_TITLE else sentence[:_MAX_DERIVED_TITLE] + "…"
