"""Annotation benchmark: adding highlights one by one, listing with filters, re-anchoring after an edit.

Goals (issue 4, 2-core machine): a single add under 5 ms, listing 1,000
highlights with their tags under 50 ms, re-anchoring 1,000 highlights after an
edit under 1 s. Writes benchmarks/results/notes.md.
"""

from __future__ import annotations

import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import machine
from jingdu.library import Library
from jingdu.notes.store import Filter
from jingdu.paths import bundled_corpus_dir

TOTAL = 10_000
ARTICLE = "003_40d39125bada6e18.txt"


def pct(samples: list[float], q: float) -> float:
    s = sorted(samples)
    return s[min(len(s) - 1, int(q * len(s)))]


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="jingdu-notes-"))
    corpus = tmp / "corpus"
    shutil.copytree(bundled_corpus_dir(), corpus)
    rng = random.Random(4)
    try:
        lib = Library(tmp / "data")
        lib.sync(corpus)
        docs = [lib.document(s.id) for s in lib.documents()]
        target = next(d for d in docs if d.source == ARTICLE)
        tags = [f"主题{i}" for i in range(30)] + [f"政策/方向{i}" for i in range(10)]
        adds = []
        for n in range(TOTAL):
            d = target if n < 1000 else rng.choice(docs)  # the first 1,000 on one article
            while True:
                start = rng.randrange(max(1, len(d.text) - 60))
                end = start + rng.randint(4, 60)
                if d.text[start:end].strip():
                    break
            t = time.perf_counter()
            lib.add_highlight(d.id, start, end, rng.choice(("yellow", "green", "pink", "blue")),
                              note="笔记" * rng.randint(0, 50), tags=rng.sample(tags, rng.randint(0, 3)))  # fmt: skip
            adds.append(time.perf_counter() - t)

        listings = {}
        for label, f in [
            ("one document (1,000 highlights)", Filter(doc=target.id)),
            ("first 1,000 by date", Filter(sort="created", limit=1000)),
            ("a tag and its sub-tags", Filter(tags=["政策"])),
            ("a colour and a word in quote or note", Filter(color="pink", text="笔记")),
        ]:
            samples = []
            for _ in range(20):
                t = time.perf_counter()
                found = lib.highlights(f)
                samples.append(time.perf_counter() - t)
            listings[label] = (len(found), samples)

        # Re-anchoring: the article gains a paragraph at the top and loses a sentence.
        path = corpus / ARTICLE
        text = path.read_text(encoding="utf-8")
        cut = text.index("全球化意味着开放和竞争")
        path.write_text(
            "编者按：本文有修订。\n\n" + text[:cut] + text[cut + 40 :], encoding="utf-8"
        )
        timings: list[float] = []
        original = Library._reanchor

        def timed(self, *args, **kwargs):
            t = time.perf_counter()
            original(self, *args, **kwargs)
            timings.append(time.perf_counter() - t)

        Library._reanchor = timed  # type: ignore[method-assign]
        lib.sync(corpus)
        Library._reanchor = original  # type: ignore[method-assign]
        placed = lib.highlights(Filter(doc=target.id))
        orphans = lib.highlights(Filter(orphans=True))
        lib.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    def ms(x: float) -> str:
        return f"{x * 1000:.1f} ms"

    rows = [
        (
            "add one highlight (10,000 in a row)",
            f"median {ms(statistics.median(adds))}, p95 {ms(pct(adds, 0.95))}",
            "< 5 ms",
            statistics.median(adds) < 0.005,
        ),
    ]
    for label, (n, samples) in listings.items():
        rows.append(
            (
                f"list: {label} → {n:,} with tags",
                f"median {ms(statistics.median(samples))}",
                "< 50 ms" if n >= 1000 else "(for information)",
                statistics.median(samples) < 0.05 or n < 1000,
            )
        )
    rows.append((
        f"re-anchor 1,000 highlights after an edit ({len(placed)} placed, {len(orphans)} orphans)",
        ms(timings[0]), "< 1 s", timings[0] < 1.0,
    ))  # fmt: skip
    lines = [
        "# Annotation benchmark",
        "",
        f"Machine: {machine()}",
        "",
        "Every add is its own transaction with `synchronous = FULL` (durable against power loss).",
        "Run: `make bench` (or `python benchmarks/notes.py`).",
        "",
        "| measurement | result | goal | met |",
        "| --- | --- | --- | --- |",
        *[f"| {a} | {b} | {c} | {'yes' if d else '**no**'} |" for a, b, c, d in rows],
    ]
    out = Path(__file__).parent / "results" / "notes.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
