"""Reading the fidelity benchmark's sources back through Jingdu's readers, and scoring them."""

from __future__ import annotations

import hashlib
import importlib.util
import time
from dataclasses import dataclass
from pathlib import Path

from fidelity_measure import Score, score
from fidelity_sources import Source
from fidelity_truth import Block, TrueDoc
from jingdu.corpus.document import Document
from jingdu.importing.formats import read_documents

READER_MODULE = {
    "pdf": "pdf",
    "docx": "docx",
    "html": "html",
    "epub": "epub",
    "markdown": "markdown",
}


@dataclass
class Row:
    source: Source
    score: Score | None = None
    note: str = ""
    seconds: float = 0.0


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
