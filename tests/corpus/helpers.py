from __future__ import annotations

from jingdu.corpus.cleaner import clean_source
from jingdu.corpus.document import Document


def clean(text: str, name: str = "t.txt") -> list[Document]:
    return clean_source(text, name)


def paragraphs(doc: Document) -> list[tuple[str, str]]:
    """(kind with level, text) per paragraph: what a reader sees, compactly."""
    out = []
    for p in doc.paragraphs:
        kind = f"h{p.level}" if p.kind == "heading" else p.kind
        out.append((kind, doc.text[p.start : p.end]))
    return out


def column(*lines: str, blank_between: bool = True) -> str:
    """Lines as a PDF extraction prints them, a blank line between each."""
    sep = "\n\n" if blank_between else "\n"
    return sep.join(lines) + "\n"


def wrap(text: str, width: int = 20, indent: int = 2) -> list[str]:
    """Hard-wrap a paragraph the way the typesetter did: lines ``width`` ems wide
    (half-width digits count half), the first line indented."""
    from jingdu.corpus.text import char_width

    lines, line, room = [], "", width - indent
    for ch in text:
        if char_width(ch) > room + 0.01 and line:
            lines.append(line)
            line, room = "", width
        line += ch
        room -= char_width(ch)
    if line:
        lines.append(line)
    return lines


def layout(*paragraphs: str, width: int = 20) -> list[str]:
    return [line for p in paragraphs for line in wrap(p, width)]


def visible(s: str) -> list[str]:
    return [ch for ch in s if not ch.isspace()]


def assert_nothing_lost(source: str, docs: list[Document], allowed: set[str] = frozenset()) -> None:
    """Every non-blank character of the source is in the clean text, except what the
    cleaner reported as removed (and whose reasons the test allows)."""
    from collections import Counter

    removed = [r for d in docs for r in d.removed]
    assert {r.reason for r in removed} <= set(allowed), {r.reason for r in removed}
    expected = Counter(visible(source)) - Counter(ch for r in removed for ch in visible(r.text))
    actual = Counter(ch for d in docs for ch in visible(d.text))
    assert actual == expected
