"""Study benchmark: "where else is this said" (parallels) and the quotations index.

On the bundled corpus (1x) and on the reproducible 50x corpus (benchmarks/corpus50.py:
every document 50 times, paragraphs shuffled, 1% of Han characters swapped), through
the same search engine the window and ``jingdu parallels`` use. Goals (issue 18, on
the shared 2-core machine):

- the parallels of a 200-character passage < 100 ms at 1x and < 500 ms at 50x;
- the quotations index of the whole library < 10 s at 1x.

For information: the margin counts of a whole document (every paragraph's parallels,
what the reader's margin signs need), the quotations index at 50x, the process's peak
memory. Writes benchmarks/results/parallels.md.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import write
from corpus50 import multiply
from jingdu.corpus.document import Document
from jingdu.library import Library
from jingdu.search.engine import SearchEngine
from jingdu.study.parallels import Finder
from jingdu.study.quotes import index

PASSAGE = 200
PASSAGES = 40
COUNTED_DOC = "003"
"""The document whose margin counts are timed (101 paragraphs, 11,600 characters)."""


def passages(docs: list[Document], n: int, seed: int = 18) -> list[tuple[str, int, int]]:
    """``n`` passages of 200 characters starting at a body paragraph (many run on
    into the next), from documents long enough."""
    rng = random.Random(seed)
    starts = [
        (d.id, p.start)
        for d in docs
        for p in d.paragraphs
        if p.kind == "body" and p.start + PASSAGE <= len(d.text)
    ]
    return [(doc, s, s + PASSAGE) for doc, s in rng.sample(starts, n)]


def ms(samples: list[float]) -> str:
    xs = sorted(s * 1000 for s in samples)
    p95 = xs[min(len(xs) - 1, int(0.95 * len(xs)))]
    return f"median {statistics.median(xs):.0f} ms, p95 {p95:.0f} ms, worst {xs[-1]:.0f} ms"


def measure(
    label: str, engine: SearchEngine, picked: list[tuple[str, int, int]]
) -> dict[str, object]:
    finder = Finder(engine)
    cold, warm, found = [], [], []
    for doc, s, e in picked:
        t = time.perf_counter()
        got = finder.find(doc, s, e)
        cold.append(time.perf_counter() - t)
        found.append(len(got))
    for doc, s, e in picked:
        t = time.perf_counter()
        finder.find(doc, s, e)
        warm.append(time.perf_counter() - t)
    counted = next(d for d in engine.store.docs if d.startswith(COUNTED_DOC))
    t = time.perf_counter()
    counts = Finder(engine).counts(counted)
    counts_s = time.perf_counter() - t
    t = time.perf_counter()
    quotes = index(engine.store, 2)
    quotes_s = time.perf_counter() - t
    print(
        f"{label}: parallels first {ms(cold)}; again {ms(warm)}; "
        f"found median {statistics.median(found)}; counts {counts_s:.2f} s "
        f"({len(counts)} paragraphs marked); quotes {quotes_s:.2f} s ({len(quotes)})",
        flush=True,
    )
    return {
        "cold": cold,
        "warm": warm,
        "found": statistics.median(found),
        "counts": counts_s,
        "marked": len(counts),
        "quotes": quotes_s,
        "groups": len(quotes),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=50)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="jingdu-bench-parallels-"))
    try:
        with Library(tmp / "lib") as lib:
            lib.sync()
            docs = [lib.document(s.id) for s in lib.documents()]
        picked = passages(docs, PASSAGES)
        one = SearchEngine(tmp / "index1")
        one.load(docs)
        small = measure("1x", one, picked)
        one.close()
        many = list(multiply(docs, args.copies))
        chars = sum(len(d.text) for d in many)
        big_engine = SearchEngine(tmp / "index50")
        t = time.perf_counter()
        big_engine.load(many)
        build = time.perf_counter() - t
        del many
        # The same passages in the first copy (copy 0 keeps the originals' text and order).
        big = measure(f"{args.copies}x", big_engine, [(f"{d}~00", s, e) for d, s, e in picked])
        big_engine.close()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    n = args.copies
    rows = [
        (
            "parallels of a 200-character passage, 1x (first time)",
            ms(small["cold"]),
            "< 100 ms",
            _met(small["cold"], 0.1),
        ),  # type: ignore[arg-type]
        ("… the same passages again (kept texts cached), 1x", ms(small["warm"]), "", ""),  # type: ignore[arg-type]
        (
            f"parallels of a 200-character passage, {n}x (first time)",
            ms(big["cold"]),
            "< 500 ms",
            _met(big["cold"], 0.5),
        ),  # type: ignore[arg-type]
        (f"… the same passages again, {n}x", ms(big["warm"]), "", ""),  # type: ignore[arg-type]
        (
            "places found per passage (median), 1x / " + f"{n}x",
            f"{small['found']} / {big['found']}",
            "",
            "",
        ),
        (
            "quotations index of the whole library, 1x",
            f"{small['quotes']:.2f} s ({small['groups']} passages quoted in 2+ documents)",
            "< 10 s",
            "yes" if small["quotes"] < 10 else "no",
        ),  # type: ignore[operator]
        (f"quotations index, {n}x", f"{big['quotes']:.2f} s ({big['groups']} passages)", "", ""),
        (
            f"margin counts of document {COUNTED_DOC} (101 paragraphs), 1x",
            f"{small['counts']:.2f} s ({small['marked']} marked)",
            "",
            "",
        ),
        (
            f"margin counts of document {COUNTED_DOC}~00, {n}x",
            f"{big['counts']:.2f} s ({big['marked']} marked)",
            "",
            "",
        ),
        (f"{n}x index build ({chars:,} characters)", f"{build:.1f} s", "", ""),
        ("peak memory of the whole run", f"{peak:.0f} MB", "", ""),
    ]
    about = [
        "Command: `QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/parallels.py"
        + (f" --copies {n}`" if n != 50 else "`"),
        "",
        f"{PASSAGES} passages of {PASSAGE} characters, each starting at a body paragraph "
        "(seed 18); timed in-process through `jingdu.study.parallels.Finder`, the "
        "engine's index open. \"First time\": a fresh finder (no paragraph's kept text "
        'cached); "again": the same passages once more.',
    ]
    print(write("parallels", "Parallels and the quotations index", rows, about))


def _met(samples: list[float], goal: float) -> str:
    xs = sorted(samples)
    return "yes" if xs[min(len(xs) - 1, int(0.95 * len(xs)))] < goal else "no (p95)"


if __name__ == "__main__":
    main()
