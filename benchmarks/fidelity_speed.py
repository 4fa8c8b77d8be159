"""The fidelity benchmark's speed figures: PDF pages per second, and a library of
articles imported and indexed from scratch."""

from __future__ import annotations

import random
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from fidelity_reading import READER_MODULE, read, reader_missing
from fidelity_truth import Block, TrueDoc
from fidelity_typeset_pdf import pdftotext, write_pdf
from fidelity_typeset_reflowable import write_docx, write_epub, write_html, write_markdown

GOAL_PAGES_PER_S = 50.0
GOAL_IMPORT_S = 30.0
ARTICLES = 100
ARTICLE_CHARS = 10_000

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
