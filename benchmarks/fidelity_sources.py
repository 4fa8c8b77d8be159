"""The fidelity benchmark's sources: each file to read back, with the truth it must match.

Synthetic sources are the truth typeset here in every layout; real ones are Debian's
Chinese manuals, downloaded with ``apt-get download`` and unpacked with ``dpkg-deb``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from fidelity_truth import TrueDoc, contents_titles, html_truth
from fidelity_typeset import Typeset
from fidelity_typeset_pdf import pdftotext, write_pdf
from fidelity_typeset_reflowable import write_docx, write_epub, write_html, write_markdown

PACKAGE = "debian-edu-doc-zh-cn"
MANUALS = ("bookworm", "bullseye")


@dataclass
class Source:
    group: str
    """The format as the tables name it (the reader that reads it)."""
    reader: str
    """``pdf``, ``docx``, ``html``, ``epub``, ``markdown`` or ``text``."""
    truth: TrueDoc
    typeset: Typeset


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
