"""Export benchmark: a briefing note of 1,000 highlights with notes, as PDF and Markdown.

Goals (issue 7, 2-core machine): PDF under 5 s, Markdown under 0.5 s; the PDF again with
characters the CJK font lacks in every tenth note.
Writes benchmarks/results/export.md.
"""

from __future__ import annotations

import random
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import write
from jingdu.export.model import BriefingOptions, tally
from jingdu.library import Library
from jingdu.notes.model import COLORS, Highlight

TOTAL = 1_000
TAGS = [f"主题{i}" for i in range(12)] + [f"政策/方向{i}" for i in range(6)]
RARE = "😀𠮷"  # not in WenQuanYi Micro Hei: printed from fallback fonts


def measure(
    lib: Library, out: Path, group_by: str, goal: float, notes: str = ""
) -> tuple[str, str, str, str]:
    """Export three times; the results table's row."""
    times = []
    for _ in range(3):
        t = time.perf_counter()
        b = lib.export(out, BriefingOptions(group_by=group_by)).briefing
        times.append(time.perf_counter() - t)
    med = statistics.median(times)
    return (
        f"{out.suffix[1:].upper()}, {b.excerpt_count:,} highlights with notes"
        f"{f' ({notes})' if notes else ''}, by {group_by}: "
        f"{sum(len(g.excerpts) for g in b.groups):,} excerpts printed "
        f"({out.stat().st_size / 1024:.0f} KiB)",
        f"median {med:.2f} s, worst {max(times):.2f} s (n=3)",
        f"< {goal:g} s",
        "yes" if med < goal else "no",
    )


def live_count(highlights: list[Highlight]) -> tuple[str, str, str, str]:
    """The export dialog recounts on every click, on the GUI thread: 10,000 highlights."""
    many = [replace(h, id=f"{h.id}-{i}") for i in range(10) for h in highlights]
    choices = [
        BriefingOptions(group_by="tag", tags=["政策"]),
        BriefingOptions(group_by="color", colors=["red", "blue"], notes_only=True),
        BriefingOptions(since="2000-01-01", until="2999-12-31"),
    ]
    times = []
    for o in choices * 5:
        t = time.perf_counter()
        tally(many, o)
        times.append(time.perf_counter() - t)
    med = statistics.median(times) * 1000
    return (
        f"export dialog's live count over {len(many):,} highlights (tag subtree, colours, dates)",
        f"median {med:.0f} ms, worst {max(times) * 1000:.0f} ms (n={len(times)})",
        "< 50 ms",
        "yes" if med < 50 else "no",
    )


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="jingdu-export-"))
    rng = random.Random(7)
    try:
        with Library(tmp / "data") as lib:
            lib.sync()
            docs = [lib.document(d.id) for d in lib.documents()]
            for _ in range(TOTAL):
                d = rng.choice(docs)
                s = rng.randrange(max(1, len(d.text) - 80))
                e = s + rng.randint(10, 80)
                note = (
                    "学习体会："
                    + d.text[rng.randrange(len(d.text) - 200) :][: rng.randint(20, 200)]
                )
                lib.add_highlight(
                    d.id, s, e, color=rng.choice(COLORS), tags=rng.sample(TAGS, 2), note=note
                )
            rows = [
                measure(lib, tmp / f"b{suffix}", group_by, goal)
                for suffix, goal in ((".pdf", 5.0), (".md", 0.5))
                for group_by in ("document", "tag")
            ]
            # Characters WenQuanYi lacks take the slow path: fallback fonts, runs of markup.
            for h in lib.highlights()[::10]:
                lib.edit_highlight(h.id, note=h.note + RARE)
            rows.append(measure(lib, tmp / "b.pdf", "document", 5.0, f"every tenth with {RARE}"))
            rows.append(live_count(lib.highlights()))
        print(write("export", "Export benchmark", rows))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
