"""A reader's :class:`Structured` document made into the library's :class:`Document`."""

from __future__ import annotations

import re

from jingdu.corpus.document import Document, Footnote, OutlineEntry, Paragraph, Removed
from jingdu.importing.structured import Structured

NOTES_TITLE = "注释"
_STORED_KIND = {"item": "body", "table": "body", "code": "body"}
_MAX_DERIVED_TITLE = 30


def to_document(s: Structured, doc_id: str, source: str, sha: str, version: int) -> Document:
    """Lay the blocks out as clean text (one paragraph a line), the notes after them."""
    texts: list[str] = []
    paragraphs: list[Paragraph] = []
    outline: list[OutlineEntry] = []
    markers: list[tuple[int, int, str]] = []
    pos = 0
    for b in s.blocks:
        text = b.text.replace("\n", " ") if b.kind not in ("table", "code") else b.text
        text = text.replace("\n", "\u2028") if "\n" in text else text
        if not text.strip():
            continue
        kind = _STORED_KIND.get(b.kind, b.kind)
        level = max(1, b.level) if kind == "heading" else 0
        paragraphs.append(Paragraph(pos, pos + len(text), kind, level, b.page))
        if kind == "heading":
            outline.append(OutlineEntry(level, text, pos))
        markers += [(pos + m.start, pos + m.end, m.label) for m in b.markers]
        texts.append(text)
        pos += len(text) + 1
    note_at: dict[str, tuple[int, int]] = {}
    if s.notes:
        # Beside the sections, not above them: readers that give the title level 1
        # start their sections at 2.
        top = min((o.level for o in outline if o.title != title_of(s)), default=1)
        outline.append(OutlineEntry(top, NOTES_TITLE, pos))
    for n in s.notes:
        text = " ".join(n.text.split("\n"))
        paragraphs.append(Paragraph(pos, pos + len(text), "note", 0, n.page))
        note_at.setdefault(n.label, (pos, pos + len(text)))
        texts.append(text)
        pos += len(text) + 1
    footnotes = [Footnote(a, b, label, *note_at.get(label, (-1, -1))) for a, b, label in markers]
    title, title_source = s.title.strip(), s.title_source
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


def title_of(s: Structured) -> str:
    return s.title.strip()


def _derived_title(s: Structured) -> str:
    body = next((b.text for b in s.blocks if b.kind in ("body", "quote") and b.text.strip()), "")
    if not body:
        return "（无标题）"
    m = re.search(r"[。！？!?]", body)
    sentence = (body[: m.start()] if m else body).strip()
    return sentence if len(sentence) <= _MAX_DERIVED_TITLE else sentence[:_MAX_DERIVED_TITLE] + "…"
