"""A reproducible larger corpus: the bundled documents copied N times, each copy different.

Each copy shuffles the paragraphs of every document and swaps about one Han
character in a hundred for another character of the corpus, with a fixed seed,
so copies are not duplicates (the index sees realistic term statistics) and
the same N always yields the same texts. Nothing is committed but this script.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from jingdu.corpus.document import Document, OutlineEntry, Paragraph

SEED = 50


def multiply(docs: list[Document], copies: int, seed: int = SEED) -> Iterator[Document]:
    rng = random.Random(seed)
    han = sorted({ch for d in docs for ch in d.text if "\u4e00" <= ch <= "\u9fff"})
    for k in range(copies):
        for d in docs:
            order = list(range(len(d.paragraphs)))
            if k:
                rng.shuffle(order)
            texts, paragraphs, outline, pos = [], [], [], 0
            for i in order:
                p = d.paragraphs[i]
                text = d.text[p.start : p.end]
                if k:
                    chars = list(text)
                    for j in range(len(chars)):
                        if "\u4e00" <= chars[j] <= "\u9fff" and rng.random() < 0.01:
                            chars[j] = rng.choice(han)
                    text = "".join(chars)
                paragraphs.append(Paragraph(pos, pos + len(text), p.kind, p.level))
                if p.kind == "heading":
                    outline.append(OutlineEntry(p.level, text, pos))
                texts.append(text)
                pos += len(text) + 1
            yield Document(
                id=f"{d.id}~{k:02d}",
                source=d.source,
                part=d.part,
                title=d.title,
                title_source=d.title_source,
                authors=d.authors,
                abstract="",
                keywords=[],
                text="\n".join(texts),
                paragraphs=paragraphs,
                outline=outline,
                source_hash=f"{d.source_hash}~{k}",
                cleaner_version=d.cleaner_version,
            )
