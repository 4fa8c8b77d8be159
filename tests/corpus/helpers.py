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
