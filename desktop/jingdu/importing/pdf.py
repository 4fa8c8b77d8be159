"""PDF: the text layer read with its structure (pypdfium2, Apache-2.0/BSD).

The reader works from what the format carries, not from plain text: characters
with their boxes, sizes and faces (:mod:`pdf_chars`), furniture found by place
and page rhythm (:mod:`pdf_furniture`), footnotes at page foots
(:mod:`pdf_notes`), paragraphs by line ends, indents and spacing
(:mod:`pdf_layout`), headings by type and numbering and the PDF's outline
(:mod:`pdf_headings`). Everything it leaves out is listed in ``dropped``.

PDFium is not thread-safe: read one PDF at a time (the import worker does).
Needs pypdfium2 5 or later (PDFium's FPDFText_GetTextObject).
"""

from __future__ import annotations

import re

import pypdfium2 as pdfium

from jingdu.corpus.structure import parse_authors
from jingdu.errors import SourceError
from jingdu.importing import (
    pdf_columns,
    pdf_contents,
    pdf_furniture,
    pdf_headings,
    pdf_layout,
    pdf_notes,
)
from jingdu.importing.pdf_chars import Line, Page, read_page
from jingdu.importing.pdf_layout import Para, Stats
from jingdu.importing.structured import Block, Dropped, Note, Structured
from jingdu.progress import Progress

TITLE = 1.15
"""The title is set at least this much larger than the body."""
_FILE_NAME = re.compile(r"\.(?:docx?|wps|pdf|txt|rtf|indd|tmp|html?)$", re.I)
_ABSTRACT = re.compile(r"^[\[［【]?\s*(?:摘\s*要|内容提要|提\s*要)\s*[\]］】:：]\s*")
_KEYWORDS = re.compile(r"^[\[［【]?\s*关\s*键\s*词\s*[\]］】:：]\s*")
_FRONT = 8
"""The abstract and keywords are among the first blocks."""
_JUNK_TITLE = re.compile(
    r"^(?:untitled|无标题|microsoft word|powerpoint|document\d*|文档\d*)$", re.I
)


def read(data: bytes, name: str, progress: Progress | None = None) -> Structured:
    """The structure of the PDF ``data`` (named ``name`` in messages).

    Raises:
        SourceError: the PDF is encrypted, damaged or truncated, or has no text layer.
    """
    pdf = _open(data, name)
    try:
        n = len(pdf)
        pages: list[Page] = []
        for i in range(n):
            if progress is not None:
                progress(i, n, name)
            try:
                pages.append(read_page(pdf.raw, i))
            except ValueError as e:
                raise SourceError(f"{name}: damaged PDF ({e})", "damaged") from None
        toc = _outline(pdf)
        meta_title = _meta(pdf, "Title")
        meta_author = _meta(pdf, "Author")
    finally:
        pdf.close()
    lost = sum(p.unmapped for p in pages)
    if lost > 0.3 * (lost + sum(p.chars for p in pages)):
        raise SourceError(
            f"{name}: its fonts do not say which characters they print (no Unicode map), "
            "so the text cannot be read; Jingdu needs text — run OCR first",
            "scanned",
        )
    if not any(p.chars for p in pages):
        raise SourceError(
            f"{name} has no text layer (a scanned image); Jingdu needs text — run OCR first",
            "scanned",
        )
    out = _structure(pages, toc)
    if not out.title and meta_title:
        out.title, out.title_source = meta_title, "metadata"
    if not out.authors and meta_author:
        out.authors = parse_authors(meta_author)
    if progress is not None:
        progress(n, n, name)
    return out


def _open(data: bytes, name: str) -> pdfium.PdfDocument:
    # A file cut short loses its cross-reference table and trailer; PDFium would
    # rebuild what it can and read part of the document without a word.
    if b"%%EOF" not in data[-2048:]:
        raise SourceError(
            f"{name}: damaged or incomplete PDF (the end of the file is missing)", "damaged"
        )
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        code = getattr(e, "err_code", None)
        if code == pdfium.raw.FPDF_ERR_PASSWORD or "password" in str(e).lower():
            raise SourceError(
                f"{name}: the PDF is locked with a password; save an unlocked copy and import that",
                "encrypted",
            ) from None
        if code == pdfium.raw.FPDF_ERR_SECURITY:
            raise SourceError(
                f"{name}: the PDF is encrypted in a way Jingdu cannot open", "encrypted"
            ) from None
        raise SourceError(f"{name}: damaged PDF; Jingdu cannot read it", "damaged") from None
    return pdf


def _outline(pdf: pdfium.PdfDocument) -> list[tuple[int, str, int | None]]:
    out: list[tuple[int, str, int | None]] = []
    try:
        for bm in pdf.get_toc(max_depth=8):
            dest = bm.get_dest()
            out.append((bm.level, bm.get_title(), dest.get_index() if dest else None))
    except (pdfium.PdfiumError, ValueError, UnicodeDecodeError):
        return out  # a broken outline is no reason to refuse the text
    return out


def _meta(pdf: pdfium.PdfDocument, key: str) -> str:
    try:
        value = str(pdf.get_metadata_value(key)).strip()
    except (pdfium.PdfiumError, ValueError, UnicodeDecodeError):
        return ""
    if key == "Title":
        value = re.sub(r"^Microsoft (?:Word|PowerPoint) - ", "", value)
        value = _FILE_NAME.sub("", value).strip()
        if _JUNK_TITLE.match(value) or not re.search(r"[^\W\d_]", value):
            return ""
    return value


def _structure(pages: list[Page], toc: list[tuple[int, str, int | None]]) -> Structured:
    out = Structured(pages=len(pages))
    every = [ln for p in pages for ln in p.lines]
    rough = pdf_layout.measure(every)
    furniture = pdf_furniture.find(pages, rough.pitch, rough.body)
    for p in pages:
        if not p.chars:
            out.dropped.append(
                Dropped("", "page without a text layer (a scanned image)", p.index + 1)
            )
        if p.unmapped:
            why = f"{p.unmapped} characters without a Unicode map in their font"
            out.dropped.append(Dropped("", why, p.index + 1))
        kept = []
        for ln in p.lines:
            hit = furniture.get(id(ln))
            if hit is None:
                kept.append(ln)
            else:
                out.dropped.append(Dropped(ln.text, hit[1], p.index + 1))
        p.lines = kept
    contents = {id(ln): ln for ln in pdf_contents.find(pages)}
    for p in pages:
        why = "table of contents (the outline replaces it)"
        out.dropped += [Dropped(ln.text, why, p.index + 1) for ln in p.lines if id(ln) in contents]
        p.lines = [ln for ln in p.lines if id(ln) not in contents]
    for p in pages:
        p.lines = pdf_columns.reading_order(p.lines, rough.body)
    st = pdf_layout.measure([ln for p in pages for ln in p.lines])
    content = _take_notes(pages, st, out.notes)
    paras = pdf_layout.paragraphs(content, st, _markers(pages, out.notes))
    title, authors, front, masthead = _front(paras, st)
    out.title, out.authors = title, authors
    if masthead is not None:
        out.dropped.append(Dropped(masthead.text, "masthead", masthead.page))
    body = [p for p in paras if id(p) not in front]
    pdf_headings.find(body, st)
    notes, taken = pdf_notes.endnotes(body)
    if notes:
        body = [p for p in body if id(p) not in taken]
        pdf_notes.link(body, {n.label for n in notes})
        out.notes += notes
    if toc:
        pdf_headings.apply_outline(body, toc, title)
    pdf_layout.classify(body, st)
    out.blocks = [Block(p.kind, p.text, p.level, p.page, p.markers) for p in body]
    _abstract(out)
    return out


def _abstract(out: Structured) -> None:
    """The abstract and keywords an article prints before its text (kept in the text too,
    as the plain-text cleaner keeps them)."""
    for b in out.blocks[:_FRONT]:
        if b.kind == "heading" and b.level:
            break
        m = _ABSTRACT.match(b.text)
        if m and not out.abstract:
            out.abstract = b.text[m.end() :].strip()
        m = _KEYWORDS.match(b.text)
        if m and not out.keywords:
            out.keywords = [k for k in re.split(r"[；;，,、\s]+", b.text[m.end() :]) if k]


def _take_notes(pages: list[Page], st: Stats, notes: list[Note]) -> list[Line]:
    """Take the footnote zones off the pages; the content lines left, in reading order."""
    content: list[Line] = []
    for p in pages:
        found = pdf_notes.find(p.lines, st.body, notes[-1] if notes else None)
        notes.extend(found.notes)
        if found.lines:
            taken = {id(ln) for ln in found.lines}
            p.lines = [ln for ln in p.lines if id(ln) not in taken]
        content.extend(p.lines)
    return content


def _markers(pages: list[Page], notes: list[Note]) -> dict[int, list[tuple[int, int, str]]]:
    anywhere = {n.label for n in notes}
    out: dict[int, list[tuple[int, int, str]]] = {}
    if not anywhere:
        return out
    for p in pages:
        here = {n.label for n in notes if n.page == p.index + 1}
        out.update(pdf_notes.markers(p.lines, here, anywhere))
    return out


def _front(paras: list[Para], st: Stats) -> tuple[str, list[str], set[int], Para | None]:
    """The title (the largest type on the first page, above the text), the authors (a
    short line of names below it), the paragraphs they take, and an official
    document's masthead (红头: 国务院办公厅文件) when the title is printed below it."""
    first = [p for p in paras if p.page == paras[0].page] if paras else []
    big = [p for p in first if p.first.size >= st.body * TITLE]
    if not big:
        return "", [], set(), None
    masthead = None
    if big[0].text.endswith("文件") and len(big) > 1:
        masthead = big[0]
        first = first[first.index(big[0]) + 1 :]
    biggest = max(p.first.size for p in first)
    i = 0
    while i < len(first) and first[i].first.size < biggest * 0.95:
        prose = len(first[i].lines) > 1 or len(first[i].text) >= 30
        if first[i].first.size <= st.body * 1.02 and prose:
            return "", [], set(), None  # body text before it: the big type is not the title
        i += 1
    title = first[i]  # a title set on two lines is one paragraph already
    taken = {id(title)} | ({id(masthead)} if masthead else set())
    authors: list[str] = []
    if i + 1 < len(first) and len(first[i + 1].lines) == 1:
        authors = parse_authors(first[i + 1].spaced)
        if authors:
            taken.add(id(first[i + 1]))
    return title.text, authors, taken, masthead
