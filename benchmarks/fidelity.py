"""Fidelity benchmark (issues 12 and 13): how faithfully each format comes back in.

Known text, typeset in the layouts users bring, read back through
``jingdu.importing.formats.read_documents`` and compared with the truth:

1. Synthetic: four articles of the bundled corpus (``fidelity_truth``) printed as
   PDF in three house styles (公文, journal, book), Word with and without heading
   styles, a news site's HTML page, EPUB and Markdown (``fidelity_typeset``), and
   the plain text ``pdftotext`` and ``pdftotext -layout`` make of each PDF (read
   by the plain-text cleaner, issue 13).
2. Real: the Debian Edu manual in Chinese (Debian package debian-edu-doc-zh-cn,
   downloaded at run time with ``apt-get download``), whose HTML edition is the
   truth for its PDF and EPUB editions.
3. Speed: PDF pages per second on a ~100-page PDF; 100 articles of 10,000
   characters imported into a fresh library and indexed.

Everything is generated under build/fidelity (never committed). Goals: ≥95%
paragraphs exact, ≥95% headings at their level, 100% furniture removed, no
content removed, one document per article; ≥50 PDF pages/s; the 100 articles
in under 30 s. Run ``python benchmarks/fidelity.py``; the report is printed and
written to benchmarks/results/fidelity.md.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import RESULTS, machine
from fidelity_measure import Score, score
from fidelity_reference import REFERENCE, reference_sources
from fidelity_truth import Block, TrueDoc, contents_titles, corpus_truth, html_truth
from fidelity_typeset import (
    Typeset,
    pdftotext,
    write_docx,
    write_epub,
    write_html,
    write_markdown,
    write_pdf,
)
from jingdu.corpus.document import Document
from jingdu.importing.formats import read_documents

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "fidelity"
PACKAGE = "debian-edu-doc-zh-cn"
MANUALS = ("bookworm", "bullseye")
GOAL_EXACT = 0.95
GOAL_HEADINGS = 0.95
GOAL_PAGES_PER_S = 50.0
GOAL_IMPORT_S = 30.0
ARTICLES = 100
ARTICLE_CHARS = 10_000

READER_MODULE = {
    "pdf": "pdf",
    "docx": "docx",
    "html": "html",
    "epub": "epub",
    "markdown": "markdown",
}


@dataclass
class Source:
    group: str
    """The format as the tables name it (the reader that reads it)."""
    reader: str
    """``pdf``, ``docx``, ``html``, ``epub``, ``markdown`` or ``text``."""
    truth: TrueDoc
    typeset: Typeset


@dataclass
class Row:
    source: Source
    score: Score | None = None
    note: str = ""
    seconds: float = 0.0


@dataclass
class Group:
    group: str
    layout: str
    rows: list[Row] = field(default_factory=list)

    def total(self) -> Score | None:
        scores = [r.score for r in self.rows if r.score is not None]
        if not scores:
            return None
        out = Score()
        for s in scores:
            out.add(s)
        return out

    @property
    def note(self) -> str:
        return next((r.note for r in self.rows if r.note), "")


# -- reading -----------------------------------------------------------------------------


def reader_missing(reader: str) -> str:
    """Why a format cannot be read yet ("" when its reader module is there)."""
    module = READER_MODULE.get(reader)
    if module is None:
        return ""
    if importlib.util.find_spec(f"jingdu.importing.{module}") is None:
        return "reader not available yet"
    return ""


def read(path: Path) -> tuple[list[Document], float]:
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    t = time.perf_counter()
    _fmt, docs = read_documents(data, path.name, path.stem, sha)
    return docs, time.perf_counter() - t


def measure(src: Source) -> Row:
    missing = reader_missing(src.reader)
    if missing:
        return Row(src, note=missing)
    try:
        docs, seconds = read(src.typeset.path)
    except ImportError as exc:
        return Row(src, note=f"reader does not import: {exc}")
    except Exception as exc:  # a reader's failure is a finding, not a crash
        message = " ".join(str(exc).split())[:120]
        return Row(src, note=f"failed: {type(exc).__name__}: {message}")
    text = None
    if src.reader == "text":  # an extraction: what it lost is not the cleaner's doing
        from jingdu.corpus.decode import decode_bytes

        text = decode_bytes(src.typeset.path.read_bytes(), src.typeset.path.name).text
    s = score(src.truth, src.typeset.notes_as, docs, src.typeset.furniture, text)
    return Row(src, s, seconds=seconds)


def self_check(truth: list[TrueDoc]) -> str:
    """The measures on perfect readings of the truth (made by Jingdu's own assembly from
    the true blocks) must be perfect: a benchmark that cannot score the truth 100% would
    blame readers for its own faults."""
    from fidelity_measure import unlabelled
    from jingdu.importing import structured as st
    from jingdu.importing.assemble import to_document

    n = 0
    for doc in truth:
        for notes_as in ("footnotes", "endnotes"):
            blocks = [
                st.Block(b.kind if b.kind != "byline" else "signature", b.text, b.level)
                for b in doc.blocks
            ]
            notes = [
                st.Note(str(i), unlabelled(Block("note", t)) if notes_as == "footnotes" else t)
                for i, t in enumerate(doc.notes)
            ]
            made = to_document(
                st.Structured(doc.title, blocks=blocks, notes=notes), "x", "x", "", 1
            )
            s = score(doc, notes_as, [made], ["— 1 —", "37"])
            perfect = (
                s.exact == s.typeset == s.folded == s.paragraphs
                and s.kept == s.chars
                and s.headings_right == s.headings
                and s.furniture_left == 0
                and s.titles_right == 1
            )
            if not perfect:
                raise AssertionError(f"the measures fail a perfect reading of {doc.key}: {s}")
            n += 1
    return f"{n} perfect readings of the truth score 100% on every measure"


# -- the sources -------------------------------------------------------------------------------

PDF_STYLES = ("gongwen", "journal", "book")
STYLE_LABEL = {
    "gongwen": "公文, — N — folio",
    "journal": "journal: odd/even heads, corner folio, footnotes",
    "book": "book: N / M folio, section heads, bold ladder",
}


def synthetic_sources(truth: list[TrueDoc], out: Path) -> list[Source]:
    out.mkdir(parents=True, exist_ok=True)
    sources: list[Source] = []
    texts: list[Source] = []
    for doc in truth:
        for style in PDF_STYLES:
            pdf = write_pdf([doc], style, out / f"{doc.key}-{style}.pdf")
            pdf.layout = STYLE_LABEL[style]
            sources.append(Source("PDF", "pdf", doc, pdf))
            for layout in (False, True):
                suffix = "-layout" if layout else ""
                txt = pdftotext(pdf, layout, out / f"{doc.key}-{style}{suffix}.txt")
                name = "pdftotext -layout" if layout else "pdftotext"
                txt.layout = STYLE_LABEL[style]
                texts.append(Source(f"PDF → {name} → cleaner", "text", doc, txt))
        for styled in (True, False):
            suffix = "styled" if styled else "plain"
            sources.append(
                Source(
                    "Word", "docx", doc, write_docx(doc, styled, out / f"{doc.key}-{suffix}.docx")
                )
            )
        sources.append(Source("HTML", "html", doc, write_html(doc, out / f"{doc.key}.html")))
        sources.append(Source("EPUB", "epub", doc, write_epub(doc, out / f"{doc.key}.epub")))
        sources.append(
            Source("Markdown", "markdown", doc, write_markdown(doc, out / f"{doc.key}.md"))
        )
    return sources + texts


def fetch_manuals(dest: Path) -> tuple[Path | None, str]:
    """The Debian Edu manual's folder, downloaded (once) and unpacked, or a reason."""
    return fetch_package(dest, PACKAGE, f"usr/share/doc/{PACKAGE}")


def fetch_package(dest: Path, package: str, inside: str) -> tuple[Path | None, str]:
    """The folder ``inside`` a Debian package, downloaded (once) and unpacked, or a reason."""
    docdir = dest / "x" / inside
    if docdir.is_dir():
        return docdir, ""
    dest.mkdir(parents=True, exist_ok=True)
    for tool in ("apt-get", "dpkg-deb"):
        if shutil.which(tool) is None:
            return None, f"{tool} not found (not a Debian system)"
    try:
        got = subprocess.run(
            ["apt-get", "download", package], cwd=dest, capture_output=True, text=True, timeout=300
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return None, f"apt-get download {package} failed: {exc}"
    debs = sorted(dest.glob(f"{package}_*.deb"))
    if got.returncode != 0 or not debs:
        lines = [x for x in (got.stderr or got.stdout).splitlines() if x.strip()]
        why = lines[-1] if lines else f"exit status {got.returncode}"
        return None, f"apt-get download {package} failed ({why}); try `apt-get update` first"
    subprocess.run(["dpkg-deb", "-x", str(debs[-1]), str(dest / "x")], check=True)
    return (docdir, "") if docdir.is_dir() else (None, f"{package}: no {inside} inside")


def pdf_furniture(pdf: Path, title: str) -> tuple[list[str], int]:
    """The running title and ``N / M`` folios a LaTeX manual prints, page by page."""
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    found: list[str] = []
    for i, page in enumerate(pages):
        lines = [x.strip() for x in page.splitlines() if x.strip()]
        if i and lines and lines[0] == title:
            found.append(title)
        found += [x for x in lines[:4] if re.fullmatch(r"\d+ / \d+", x)]
    return found, len([p for p in pages if p.strip()])


def html_furniture(path: Path) -> list[str]:
    """The DocBook page's navigation header and its table of contents."""
    from lxml import html

    root = html.fromstring(path.read_bytes())
    out = [" ".join("".join(el.itertext()).split()) for el in root.find_class("navheader")]
    return [x for x in out if x] + contents_titles(path)


def real_sources(docdir: Path, out: Path) -> list[Source]:
    out.mkdir(parents=True, exist_ok=True)
    sources: list[Source] = []
    for m in MANUALS:
        html_file = docdir / f"debian-edu-{m}-manual.html"
        pdf_file = docdir / f"debian-edu-{m}-manual.pdf"
        epub_file = docdir / f"debian-edu-{m}-manual.epub"
        if not (html_file.is_file() and pdf_file.is_file()):
            continue
        truth = html_truth(m, html_file)
        furniture, pages = pdf_furniture(pdf_file, truth.title)
        pdf = Typeset(pdf_file, f"{m}: DBLaTeX PDF, {pages} pages", "none", furniture, pages)
        sources.append(Source("PDF", "pdf", truth, pdf))
        for layout in (False, True):
            suffix = "-layout" if layout else ""
            txt = pdftotext(pdf, layout, out / f"{m}{suffix}.txt")
            txt.layout = pdf.layout
            name = "pdftotext -layout" if layout else "pdftotext"
            sources.append(Source(f"PDF → {name} → cleaner", "text", truth, txt))
        if epub_file.is_file():
            epub = Typeset(epub_file, f"{m}: DocBook EPUB", "none", [])
            sources.append(Source("EPUB", "epub", truth, epub))
        page = Typeset(
            html_file, f"{m}: DocBook HTML (the truth)", "none", html_furniture(html_file)
        )
        sources.append(Source("HTML", "html", truth, page))
    return sources


# -- speed ---------------------------------------------------------------------------------


REPEAT = 5


def rates(pages: int, times: list[float]) -> str:
    return (
        f"median {statistics.median(times):.2f} s, best {min(times):.2f} s = "
        f"{pages / min(times):.0f} pages/s, n={len(times)}"
    )


def pdf_speed(truth: list[TrueDoc], out: Path) -> list[tuple[str, str, str, str]]:
    docs = truth * 2
    pdf = write_pdf(docs, "book", out / "speed-book.pdf")
    rows: list[tuple[str, str, str, str]] = []
    label = f"PDF import, {pdf.pages}-page book ({sum(d.chars for d in docs):,} characters)"
    missing = reader_missing("pdf")
    if missing:
        rows.append((label, missing, f"≥ {GOAL_PAGES_PER_S:.0f} pages/s", ""))
    else:
        try:
            times = [read(pdf.path)[1] for _ in range(REPEAT)]
            rate = pdf.pages / statistics.median(times)
            met = "yes" if rate >= GOAL_PAGES_PER_S else "**no**"
            result = f"{rate:.0f} pages/s ({rates(pdf.pages, times)})"
            rows.append((label, result, f"≥ {GOAL_PAGES_PER_S:.0f} pages/s", met))
        except Exception as exc:
            rows.append((label, f"failed: {type(exc).__name__}: {exc}"[:160], "", "**no**"))

    def text_path() -> None:
        txt = pdftotext(pdf, False, out / "speed-book.txt")
        read(txt.path)

    times = []
    for _ in range(REPEAT):
        t = time.perf_counter()
        text_path()
        times.append(time.perf_counter() - t)
    rate = pdf.pages / statistics.median(times)
    rows.append(
        (
            "the same PDF through `pdftotext` and the plain-text cleaner",
            f"{rate:.0f} pages/s ({rates(pdf.pages, times)})",
            "(for comparison)",
            "",
        )
    )
    return rows


def articles(truth: list[TrueDoc], n: int = ARTICLES) -> list[TrueDoc]:
    """``n`` different articles of about 10,000 characters, made of the truth's paragraphs
    in a seeded random order under 一、 headings."""
    bodies = [b for d in truth for b in d.blocks if b.kind == "body" and len(b.text) > 40]
    heads = [
        re.sub(r"^[（(]?[一二三四五六七八九十\d１-９]+[）)、．.]", "", b.text)
        for d in truth
        for b in d.blocks
        if b.kind == "heading"
    ]
    numerals = "一二三四五六七八九十"
    out = []
    for k in range(n):
        rng = random.Random(k)
        blocks: list[Block] = []
        size, section = 0, 0
        while size < ARTICLE_CHARS:
            if size >= section * 2500 and section < len(numerals):
                blocks.append(Block("heading", f"{numerals[section]}、{rng.choice(heads)}", 1))
                section += 1
            b = rng.choice(bodies)
            blocks.append(Block("body", b.text))
            size += len(b.text)
        out.append(TrueDoc(f"{k + 1:03d}", f"学习参考材料第{k + 1}篇：{rng.choice(heads)}", blocks))
    return out


def write_text(doc: TrueDoc, out: Path) -> Path:
    text = "\n\n".join([doc.title, *(b.text for b in doc.blocks)]) + "\n"
    out.write_text(text, encoding="utf-8")
    return out


MIXED: tuple[tuple[str, Callable[[TrueDoc, Path], object]], ...] = (
    ("pdf", lambda d, p: write_pdf([d], "book", p)),
    ("docx", lambda d, p: write_docx(d, True, p)),
    ("html", write_html),
    ("epub", write_epub),
    ("md", write_markdown),
)


def library_speed(docs: list[TrueDoc], out: Path) -> list[tuple[str, str, str, str]]:
    """Import the articles into a fresh library and index them: as plain text, then
    (when every reader is there) a fifth each as PDF, Word, HTML, EPUB and Markdown."""
    out.mkdir(parents=True, exist_ok=True)
    chars = sum(d.chars for d in docs) // len(docs)
    plain = [write_text(d, out / f"article-{d.key}.txt") for d in docs]
    rows = [_import_row(plain, f"{len(docs)} articles ({chars:,} characters each, plain text)")]
    missing = [r for r in READER_MODULE if reader_missing(r)]
    label = f"the same {len(docs)} articles, a fifth each as PDF, Word, HTML, EPUB, Markdown"
    if missing:
        rows.append((label, f"readers not available yet: {', '.join(missing)}", "", ""))
        return rows
    mixed = []
    for i, d in enumerate(docs):
        suffix, writer = MIXED[i % len(MIXED)]
        path = out / f"article-{d.key}.{suffix}"
        writer(d, path)
        mixed.append(path)
    rows.append(_import_row(mixed, label))
    return rows


def _import_row(files: list[Path], label: str) -> tuple[str, str, str, str]:
    from jingdu.library import Library

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        try:
            with Library(Path(tmp) / "data") as lib:
                for f in files:
                    lib.import_file(f)
                t1 = time.perf_counter()
                lib.search_engine()
                t2 = time.perf_counter()
                made = len(lib.documents())
        except Exception as exc:
            return (label, f"failed: {type(exc).__name__}: {exc}"[:160], "", "**no**")
    total = t2 - t0
    met = "yes" if total < GOAL_IMPORT_S and made == len(files) else "**no**"
    return (
        f"{label} into a fresh library: import, then index",
        f"{total:.1f} s (import {t1 - t0:.1f} s, index {t2 - t1:.1f} s; {made} documents)",
        f"< {GOAL_IMPORT_S:.0f} s",
        met,
    )


# -- the report --------------------------------------------------------------------------------


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f}%" if d else "—"


def mark(text: str, ok: bool) -> str:
    return text if ok else f"**{text}**"


def figures(s: Score, counts: bool) -> list[str]:
    """The cells of a row: paragraphs exact, folded, headings, content kept, content
    removed, furniture removed, documents, title."""

    def c(n: int, d: int) -> str:
        return f"{pct(n, d)} ({n}/{d})" if counts and d else pct(n, d)

    exact_ok = s.paragraphs == 0 or s.exact / s.paragraphs >= GOAL_EXACT
    typeset_ok = s.paragraphs == 0 or s.typeset / s.paragraphs >= GOAL_EXACT
    heads_ok = s.headings == 0 or s.headings_right / s.headings >= GOAL_HEADINGS
    furn_ok = s.furniture_left == 0
    missing = s.removed
    removed = "0" if not missing else f"{missing:,} chars in {s.damaged} paragraphs"
    docs_ok = all(n == 1 for n in s.docs)
    if len(s.docs) == 1:
        docs = str(s.docs[0])
    elif docs_ok:
        docs = "1 each"
    else:
        others = ", ".join(str(n) for n in s.docs if n != 1)
        docs = f"1 for {s.docs.count(1)} of {len(s.docs)}; {others}"
    return [
        mark(c(s.exact, s.paragraphs), exact_ok),
        mark(c(s.typeset, s.paragraphs), typeset_ok),
        c(s.folded, s.paragraphs),
        mark(c(s.headings_right, s.headings), heads_ok) if s.headings else "—",
        pct(s.kept, s.chars),
        mark(removed, not missing),
        mark(c(s.furniture - s.furniture_left, s.furniture), furn_ok) if s.furniture else "—",
        mark(docs, docs_ok),
        f"{s.titles_right}/{s.titles}",
    ]


HEADER = (
    "| paragraphs exact | (typography aside) | (folded) | headings at level | content kept "
    "| content removed | furniture removed | documents | title |"
)
GOALS = "| ≥ 95% | ≥ 95% | | ≥ 95% | | 0 | 100% | 1 each | |"


def table(groups: list[Group], first: list[str], counts: bool) -> list[str]:
    cols = len(first)
    lines = [
        "| " + " | ".join(first) + " " + HEADER,
        "|" + " --- |" * (cols + 9),
        "| " + " | ".join(["*goal*"] + [""] * (cols - 1)) + " " + GOALS,
    ]
    for g in groups:
        total = g.total()
        lead = [g.group, g.layout] if cols == 2 else [g.group, g.layout, str(len(g.rows))]
        if total is None:
            lines.append("| " + " | ".join(lead) + f" | {g.note} |" + " |" * 8)
            continue
        cells = figures(total, counts)
        if g.note:
            cells[-1] += f" ({g.note})"
        lines.append("| " + " | ".join(lead + cells) + " |")
    return lines


def by_format(rows: list[Row]) -> list[Group]:
    groups: dict[tuple[str, str], Group] = {}
    for r in rows:
        k = (r.source.group, r.source.typeset.layout)
        groups.setdefault(k, Group(*k)).rows.append(r)
    return list(groups.values())


def per_source(rows: list[Row]) -> list[Group]:
    out = []
    for r in rows:
        g = Group(r.source.typeset.path.name, r.source.group)
        g.rows.append(r)
        out.append(g)
    return out


def overall(rows: list[Row]) -> list[Group]:
    groups: dict[str, Group] = {}
    for r in rows:
        groups.setdefault(r.source.group, Group(r.source.group, "all layouts")).rows.append(r)
    return list(groups.values())


def by_article(rows: list[Row]) -> list[Group]:
    groups: dict[str, Group] = {}
    for r in rows:
        t = r.source.truth
        groups.setdefault(t.key, Group(t.key, t.title)).rows.append(r)
    return list(groups.values())


def misses(rows: list[Row]) -> list[str]:
    out = []
    for g in by_format(rows):
        total = g.total()
        if total is None or not (total.left_examples or total.missing_examples):
            continue
        what = []
        if total.left_examples:
            what.append("furniture left: " + "; ".join(f"`{x}`" for x in total.left_examples))
        if total.missing_examples:
            what.append("missing: " + "; ".join(f"`{x}`" for x in total.missing_examples))
        out.append(f"- {g.group}, {g.layout}: " + " — ".join(what))
    return out


def working_tree() -> str:
    """The readers' files changed since the commit named above (they were measured)."""
    out = subprocess.run(
        ["git", "status", "--porcelain", "--", "desktop/jingdu/importing", "desktop/jingdu/corpus"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout
    names = sorted(Path(line[3:].strip()).name for line in out.splitlines() if line.strip())
    return ", ".join(names)


def report(
    synthetic: list[Row],
    real: list[Row],
    real_note: str,
    speed: list[tuple[str, str, str, str]],
    elapsed: float,
    checked: str,
) -> str:
    truth = {r.source.truth.key: r.source.truth for r in synthetic}
    load = " / ".join(f"{x:.1f}" for x in LOAD) if LOAD else "?"
    lines = [
        "# Fidelity benchmark",
        "",
        f"Machine: {machine()}; load average at the start {load}",
        "",
        *(
            [f"Measured with uncommitted changes to: {changed}.", ""]
            if (changed := working_tree())
            else []
        ),
        "- Run: `python benchmarks/fidelity.py`; every file is made under build/fidelity "
        "at run time, and the real documents are downloaded there.",
        "- Truth: "
        + ", ".join(
            f"{k} ({len(t.blocks)} blocks, {sum(b.kind == 'heading' for b in t.blocks)} "
            f"headings, {len(t.notes)} notes)"
            for k, t in truth.items()
        )
        + " of resources/corpus, as the plain-text cleaner structures them, without the "
        "sources' extraction damage (benchmarks/fidelity_truth.py).",
        "- Layouts (benchmarks/fidelity_typeset.py): PDF in three house styles (reportlab); "
        "Word with heading styles and with numbering only; a news site's page; EPUB 3 with "
        "its contents page in the spine; Markdown with front matter; and each PDF through "
        "`pdftotext` and `pdftotext -layout` into the plain-text cleaner (issue 13).",
        "- Measures (benchmarks/fidelity_measure.py): *paragraphs exact*, character for "
        "character; *(typography aside)*, the same but for what two editions of one text "
        "typeset each their own way (the list label or section number in front, the glyph "
        "of a quotation mark, spaces beside Chinese characters): the figure to read for the "
        "real manual, whose truth is another edition; *(folded)*, after NFKC without spaces or a leading bullet or section "
        "number; *headings at level*, after one shift of all levels; *content* by aligning "
        "the folded texts; *furniture* counted in what the alignment left over; "
        "*documents*, how many documents each file became; *title*, the document's title.",
        f"- Self-check: {checked}. Figures below their goal are in bold.",
        "",
        "## Synthetic documents, by format",
        "",
        *table(overall(synthetic), ["format", "layouts"], counts=True),
        "",
        "## Synthetic documents, by format and layout",
        "",
        *table(by_format(synthetic), ["format", "layout", "files"], counts=True),
        "",
        "## Synthetic documents, by article (every format and layout)",
        "",
        *table(by_article(synthetic), ["article", "title", "files"], counts=True),
        "",
        "## Synthetic documents, per source file",
        "",
        *table(per_source(synthetic), ["file", "read as"], counts=False),
        "",
        "## Real documents: Debian's Chinese manuals",
        "",
    ]
    if real_note:
        lines += [f"Skipped: {real_note}.", ""]
    if real:
        lines += [
            "The Debian Edu manual (debian-edu-doc-zh-cn) in PDF, EPUB and HTML, and the "
            "Debian Reference (debian-reference-zh-cn) in its packaged plain-text edition. "
            "Each HTML edition's headings and paragraphs, without its contents, navigation, "
            "tables and code, are the truth for the other editions; headings match without "
            "their section numbers (the PDF prints `2.1`, the HTML `2.1.`). Furniture: the "
            "PDF's running title and `N / M` folios, the HTML's navigation header and table "
            "of contents, the text edition's table of contents.",
            "",
            *table(per_source(real), ["file", "read as"], counts=True),
            "",
        ]
    lines += [
        "## Speed",
        "",
        "| measurement | result | goal | met |",
        "| --- | --- | --- | --- |",
        *[f"| {a} | {b} | {c} | {d} |" for a, b, c, d in speed],
        "",
    ]
    found = misses(synthetic + real)
    if found:
        lines += ["## Examples of what was missed", "", *found, ""]
    lines += [
        "## Notes",
        "",
        "- The synthetic furniture (running heads, folios, the web page's menus, ads and "
        "details line, Word's header and footer, EPUB's contents page, Markdown's front "
        "matter) is a fixed set of strings in benchmarks/fidelity_typeset.py: a reader that "
        "learns these strings scores without reading better, so read the real documents' "
        "figures beside them.",
        "- Debian's EPUB editions keep every file under an extra `epub/` folder, against "
        "the OCF rule that META-INF/container.xml sits at the archive's root.",
        "- Speed figures are wall-clock on a shared machine: compare the load average above "
        "with the 2 cores before reading a miss as a regression.",
        f"- Run time: {elapsed:.0f} s.",
        "",
    ]
    return "\n".join(lines)


def run(label: str, fn: Callable[[], list[Row]]) -> list[Row]:
    t = time.perf_counter()
    rows = fn()
    print(f"[{label}: {len(rows)} files, {time.perf_counter() - t:.1f} s]", file=sys.stderr)
    return rows


LOAD: tuple[float, ...] = ()
"""The 1-, 5- and 15-minute load averages when the run began (other work on the
machine slows the speed figures)."""


def main() -> None:
    global LOAD
    try:
        LOAD = os.getloadavg()
    except OSError:
        LOAD = ()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-real", action="store_true", help="skip the downloaded manual")
    ap.add_argument("--no-speed", action="store_true", help="skip the speed measurements")
    args = ap.parse_args()
    start = time.perf_counter()
    truth = corpus_truth()
    checked = self_check(truth)
    synth_dir = BUILD / "synthetic"
    shutil.rmtree(synth_dir, ignore_errors=True)
    sources = synthetic_sources(truth, synth_dir)
    synthetic = run("synthetic", lambda: [measure(s) for s in sources])
    real: list[Row] = []
    real_note = "not run (--no-real)" if args.no_real else ""
    if not args.no_real:
        docdir, real_note = fetch_manuals(BUILD / "debian-edu")
        srcs = real_sources(docdir, BUILD / "real") if docdir is not None else []
        refdir, ref_note = fetch_package(BUILD / "debian-reference", *REFERENCE)
        if refdir is not None:
            srcs += [Source(*s) for s in reference_sources(refdir, BUILD / "real")]
        real_note = "; ".join(n for n in (real_note, ref_note) if n)
        if srcs:
            real = run("real", lambda: [measure(s) for s in srcs])
    speed: list[tuple[str, str, str, str]] = []
    if not args.no_speed:
        speed_dir = BUILD / "speed"
        shutil.rmtree(speed_dir, ignore_errors=True)
        speed_dir.mkdir(parents=True)
        speed += pdf_speed(truth, speed_dir)
        speed += library_speed(articles(truth), speed_dir / "articles")
    text = report(synthetic, real, real_note, speed, time.perf_counter() - start, checked)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "fidelity.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
