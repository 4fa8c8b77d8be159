"""Citing a highlight: the quote and where it comes from, as plain text and as HTML."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from html import escape

from jingdu.corpus.document import Document
from jingdu.notes.model import Highlight


def locate(doc: Document, offset: int) -> tuple[list[str], int]:
    """The section titles above an offset (outermost first) and its paragraph number (1-based)."""
    path: list[tuple[int, str]] = []
    number = 0
    for i, p in enumerate(doc.paragraphs):
        if p.start > offset:
            break
        number = i + 1
        if p.kind == "heading":
            while path and path[-1][0] >= p.level:
                path.pop()
            path.append((p.level, doc.text[p.start : p.end]))
    titles = [t for level, t in path if level > 0 or t != doc.title]
    return titles, number


def page_at(doc: Document, offset: int) -> int:
    """The source page an offset is on (1-based), or 0 where the source had no pages."""
    starts = [p.start for p in doc.paragraphs]
    i = bisect_right(starts, offset) - 1
    return doc.paragraphs[i].page if i >= 0 else 0


def section_finder(doc: Document) -> Callable[[int], str]:
    """The innermost section title at an offset; one pass over the headings, then a bisection
    per lookup, because the annotation browser asks for thousands at once."""
    starts: list[int] = []
    titles: list[str] = []
    path: list[tuple[int, str]] = []
    for p in doc.paragraphs:
        if p.kind != "heading":
            continue
        while path and path[-1][0] >= p.level:
            path.pop()
        path.append((p.level, doc.text[p.start : p.end]))
        visible = [t for level, t in path if level > 0 or t != doc.title]
        starts.append(p.start)
        titles.append(visible[-1] if visible else "")

    def find(offset: int) -> str:
        i = bisect_right(starts, offset) - 1
        return titles[i] if i >= 0 else ""

    return find


def format_source(
    authors: list[str] | tuple[str, ...],
    title: str,
    sections: list[str] | tuple[str, ...],
    number: int,
    source: str,
    page: int = 0,
) -> str:
    """作者《标题》，章节，第 N 段（文件）, or 第 N 页 where the source had pages (a PDF):
    a reader checks a quotation against the printed page."""
    who = "、".join(authors)
    parts = [f"{who}《{title}》" if who else f"《{title}》"]
    if sections:
        parts.append(sections[-1])
    parts.append(f"第 {page} 页" if page else f"第 {number} 段")
    return "，".join(parts) + f"（{source}）"


def source_line(h: Highlight, doc: Document) -> str:
    sections, number = locate(doc, h.start)
    return format_source(
        doc.authors, doc.title, sections, number, doc.source, page_at(doc, h.start)
    )


def citation(h: Highlight, doc: Document) -> tuple[str, str]:
    """(plain text, HTML) for the clipboard."""
    src = source_line(h, doc)
    plain = f"“{h.quote}”\n——{src}"
    html = (
        f"<blockquote>“{escape(h.quote)}”</blockquote>"
        f"<p style='text-align:right'>——{escape(src)}</p>"
    )
    if h.note:
        plain += f"\n批注：{h.note}"
        html += f"<p>批注：{escape(h.note)}</p>"
    return plain, html
