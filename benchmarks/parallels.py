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
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
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


QUOTED = (
    "新质生产力是创新起主导作用",
    "发展新质生产力是推动高质量发展的内在要求",
    "积极培育未来产业",
    "整合科技创新资源",
    "高质量发展是新时代的硬道理",
)
"""Quotations many documents share (read in the corpus): 200-character passages around
them are the worst case, with the most places to align and list."""


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


def quoted_passages(docs: list[Document], n: int) -> list[tuple[str, int, int]]:
    """Up to ``n`` passages of 200 characters, each holding a much-quoted quotation."""
    out = []
    for needle in QUOTED:
        for d in docs:
            at = d.text.find(needle)
            if at >= 0 and len(d.text) >= PASSAGE:
                s = max(0, min(at - 40, len(d.text) - PASSAGE))
                out.append((d.id, s, s + PASSAGE))
    return out[:: max(1, len(out) // n)][:n]


def ms(samples: list[float]) -> str:
    xs = sorted(s * 1000 for s in samples)
    return f"median {statistics.median(xs):.0f} ms, p95 {_p95(xs):.0f} ms, worst {xs[-1]:.0f} ms"


def _p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(0.95 * len(xs)))]


def met(samples: list[float], goal: float) -> str:
    return "yes" if _p95(samples) < goal else "no (p95)"


@dataclass
class Measured:
    cold: list[float] = field(default_factory=list)
    warm: list[float] = field(default_factory=list)
    found: list[int] = field(default_factory=list)
    quoted: list[float] = field(default_factory=list)
    quoted_found: list[int] = field(default_factory=list)
    counts: float = 0.0
    marked: int = 0
    quotes: float = 0.0
    groups: int = 0


def measure(
    label: str,
    engine: SearchEngine,
    picked: list[tuple[str, int, int]],
    quoted: list[tuple[str, int, int]],
) -> Measured:
    m = Measured()
    for doc, s, e in quoted:
        t = time.perf_counter()
        got = Finder(engine).find(doc, s, e)  # a fresh finder: nothing kept
        m.quoted.append(time.perf_counter() - t)
        m.quoted_found.append(len(got))
    finder = Finder(engine)
    for doc, s, e in picked:
        t = time.perf_counter()
        got = finder.find(doc, s, e)
        m.cold.append(time.perf_counter() - t)
        m.found.append(len(got))
    for doc, s, e in picked:
        t = time.perf_counter()
        finder.find(doc, s, e)
        m.warm.append(time.perf_counter() - t)
    counted = next(d for d in engine.store.docs if d.startswith(COUNTED_DOC))
    t = time.perf_counter()
    m.marked = len(Finder(engine).counts(counted))
    m.counts = time.perf_counter() - t
    t = time.perf_counter()
    m.groups = len(index(engine.store, 2))
    m.quotes = time.perf_counter() - t
    print(
        f"{label}: parallels first {ms(m.cold)}; again {ms(m.warm)}; quoted {ms(m.quoted)}; "
        f"counts {m.counts:.2f} s ({m.marked}); quotes {m.quotes:.2f} s ({m.groups})",
        flush=True,
    )
    return m


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
        quoted = quoted_passages(docs, 20)
        one = SearchEngine(tmp / "index1")
        one.load(docs)
        small = measure("1x", one, picked, quoted)
        one.close()
        many = list(multiply(docs, args.copies))
        chars = sum(len(d.text) for d in many)
        big_engine = SearchEngine(tmp / "index50")
        t = time.perf_counter()
        big_engine.load(many)
        build = time.perf_counter() - t
        del many

        # The same passages in the first copy (copy 0 keeps the originals' text and order).
        def first_copy(spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
            return [(f"{d}~00", s, e) for d, s, e in spans]

        big = measure(f"{args.copies}x", big_engine, first_copy(picked), first_copy(quoted))
        big_engine.close()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    n = args.copies
    med = statistics.median
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    rows = [
        (
            "parallels of a 200-character passage, 1x",
            ms(small.cold),
            "< 100 ms",
            met(small.cold, 0.1),
        ),
        ("… the same passages again, 1x", ms(small.warm), "", ""),
        (
            f"parallels of a 200-character passage, {n}x",
            ms(big.cold),
            "< 500 ms",
            met(big.cold, 0.5),
        ),
        (f"… the same passages again, {n}x", ms(big.warm), "", ""),
        (
            f"places found per passage (median), 1x / {n}x",
            f"{med(small.found)} / {med(big.found)}",
            "",
            "",
        ),
        (
            "a passage holding a much-quoted quotation, 1x",
            f"{ms(small.quoted)}; {med(small.quoted_found)} places (median)",
            "< 100 ms",
            met(small.quoted, 0.1),
        ),
        (
            f"a passage holding a much-quoted quotation, {n}x",
            f"{ms(big.quoted)}; {med(big.quoted_found)} places (median)",
            "< 500 ms",
            met(big.quoted, 0.5),
        ),
        (
            "quotations index of the whole library, 1x",
            f"{small.quotes:.2f} s ({small.groups} passages quoted in 2+ documents)",
            "< 10 s",
            "yes" if small.quotes < 10 else "no",
        ),
        (f"quotations index, {n}x", f"{big.quotes:.2f} s ({big.groups} passages)", "", ""),
        (
            f"margin counts of document {COUNTED_DOC} (101 paragraphs), 1x",
            f"{small.counts:.2f} s ({small.marked} marked)",
            "",
            "",
        ),
        (
            f"margin counts of document {COUNTED_DOC}~00, {n}x",
            f"{big.counts:.2f} s ({big.marked} marked)",
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
        "(seed 18), timed twice with one finder (the first time, and again with what it "
        "keeps); and up to 20 passages of 200 characters around quotations most documents "
        "share, each with a fresh finder (the worst case: the most places to align). "
        "In-process, through `jingdu.study.parallels.Finder`, the engine's index open. "
        "The machine is shared: other engineers' test suites and benchmarks ran meanwhile "
        f"(load averages over 1, 5 and 15 minutes at the end of the run: {load}, on 2 "
        "cores), so these figures are higher than on an idle machine.",
    ]
    print(write("parallels", "Parallels and the quotations index", rows, about))


if __name__ == "__main__":
    main()
