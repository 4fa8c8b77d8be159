"""Search benchmark: Jingdu's index, SQLite FTS5 (trigram) and a plain substring scan, side by side.

On the bundled corpus and on a reproducible 50x corpus (benchmarks/corpus50.py),
over the same 300+ queries: recall and precision against the scan, median and
95th-percentile latency, index build time and size. Writes
benchmarks/results/search.md. Goals on the 2-core machine: recall and
precision 100%; p95 under 30 ms (corpus) and 150 ms (50x); building the
corpus index under 5 s including jieba start-up.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import itertools

from opencc import OpenCC

import real_text
from common import machine
from corpus50 import multiply
from jingdu.corpus.decode import read_source
from jingdu.corpus.document import Document
from jingdu.library import Library
from jingdu.paths import bundled_corpus_dir
from jingdu.search.engine import SearchEngine
from jingdu.search.fold import fold
from jingdu.search.query import parse

TOPICAL = [
    "新质生产力",
    "高质量发展",
    "全要素生产率",
    "中国式现代化",
    "科技创新",
    "创新",
    "产业",
    "数字经济",
    "实体经济",
    "绿色",
    "马克思",
    "生产关系",
    "质生产力",
    "新质",
    "人工智能",
    "一带一路",
    "卡脖子",
    "碳达峰",
    "共同富裕",
    "未来产业",
    "战略性新兴产业",
    "习近平",
    "GDP",
    "2023",
    "新型工业化",
    "现代化产业体系",
    "生产力",
    "质",
    "研究",
    "评论员",
    "人民日报",
    "资本主义",
    "文明",
    "劳动者",
    "颠覆性技术",
    "供应链",
    "数据要素",
    "新发展理念",
    "营商环境",
    "全球化",
]
RESULTS = Path(__file__).parent / "results" / "search.md"


def queries(docs: list[Document], seed: int = 11) -> list[str]:
    """The benchmark's queries: every one a single literal term."""
    rng = random.Random(seed)
    paras = [d.text[p.start : p.end] for d in docs for p in d.paragraphs]
    out = list(TOPICAL)
    while len(out) < len(TOPICAL) + 200:  # random spans, 1-8 characters
        text = rng.choice(paras)
        n = rng.randint(1, 8)
        if len(text) > n:
            i = rng.randrange(len(text) - n)
            span = text[i : i + n]
            if span.strip() == span and span and not any(c.isspace() or c in '"-－“' for c in span):
                out.append(span)
    cut = []  # spans the sources broke across two lines
    for path in sorted(bundled_corpus_dir().glob("*.txt")):
        lines = [ln.strip() for ln in read_source(path).text.split("\n") if ln.strip()]
        for a, b in itertools.pairwise(lines):
            if (
                len(a) > 10
                and len(b) > 10
                and "\u4e00" <= a[-1] <= "\u9fff"
                and "\u4e00" <= b[0] <= "\u9fff"
            ):
                cut.append(a[-2:] + b[:2])
    rng.shuffle(cut)
    out += cut[:40]
    s2t = OpenCC("s2t")  # traditional and full-width forms of topical terms
    for term in TOPICAL[:40]:
        form = s2t.convert(term)
        if form == term:
            form = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in term)
        if form != term:
            out.append(form)
    return out


@dataclass
class Run:
    name: str
    latencies: list[float] = field(default_factory=list)
    true_pos: int = 0
    found: int = 0
    truth: int = 0
    build_s: float = 0.0
    size_mb: float = 0.0
    note: str = ""

    def add(self, found: set[int], truth: set[int], seconds: float) -> None:
        self.latencies.append(seconds)
        self.true_pos += len(found & truth)
        self.found += len(found)
        self.truth += len(truth)

    def row(self) -> str:
        lat = sorted(self.latencies)
        p95 = lat[min(len(lat) - 1, int(0.95 * len(lat)))]
        recall = self.true_pos / self.truth if self.truth else 1.0
        precision = self.true_pos / self.found if self.found else 1.0
        return (
            f"| {self.name} | {recall:.2%} | {precision:.2%} | {statistics.median(lat) * 1000:.1f} ms | "
            f"{p95 * 1000:.1f} ms | {self.build_s:.1f} s | {self.size_mb:.1f} MB | {self.note} |"
        )


def folded_paragraphs(docs: list[Document]) -> tuple[list[str], list[str]]:
    raw = [d.text[p.start : p.end] for d in docs for p in d.paragraphs]
    return raw, [fold(t) for t in raw]


def run_scan(name: str, folded: list[str], qs: list[str], truth: list[set[int]]) -> Run:
    run = Run(name, note="no index; folded texts in memory")
    for q, t in zip(qs, truth, strict=False):
        start = time.perf_counter()
        f = fold(q)
        found = {i for i, text in enumerate(folded) if f in text}
        run.add(found, t, time.perf_counter() - start)
    return run


def run_fts5(name: str, raw: list[str], qs: list[str], truth: list[set[int]], folder: Path) -> Run:
    path = folder / "fts.db"
    start = time.perf_counter()
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE p (id INTEGER PRIMARY KEY, text TEXT)")
    db.execute(
        "CREATE VIRTUAL TABLE f USING fts5(text, content='p', content_rowid='id', tokenize='trigram')"
    )
    db.executemany("INSERT INTO p VALUES (?, ?)", enumerate(raw))
    db.execute("INSERT INTO f(f) VALUES ('rebuild')")
    db.commit()
    run = Run(
        name,
        build_s=time.perf_counter() - start,
        note="trigram; LIKE on the content table under 3 characters",
    )
    run.size_mb = path.stat().st_size / 1e6
    for q, t in zip(qs, truth, strict=False):
        start = time.perf_counter()
        if len(q) >= 3:
            rows = db.execute(
                "SELECT rowid FROM f WHERE f MATCH ?", ['"' + q.replace('"', '""') + '"']
            ).fetchall()
        else:
            pattern = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            rows = db.execute(
                "SELECT id FROM p WHERE text LIKE ? ESCAPE '\\'", [f"%{pattern}%"]
            ).fetchall()
        run.add({r[0] for r in rows}, t, time.perf_counter() - start)
    db.close()
    return run


def run_jingdu(
    name: str, docs: list[Document], qs: list[str], truth: list[set[int]], folder: Path
) -> Run:
    engine = SearchEngine(folder / "index")
    start = time.perf_counter()
    engine.load(docs)
    run = Run(name, build_s=time.perf_counter() - start)
    run.size_mb = sum(f.stat().st_size for f in (folder / "index").iterdir()) / 1e6
    order = {
        (d.id, n): i
        for i, (d, n) in enumerate((d, n) for d in docs for n in range(len(d.paragraphs)))
    }
    for q, t in zip(qs, truth, strict=False):
        query = f'"{q}"' if q in ("OR", "|", "或") else q
        start = time.perf_counter()
        page = engine.search(query, limit=20)  # what a user waits for: first page and total
        elapsed = time.perf_counter() - start
        # Untimed: every matching paragraph, to check recall and the total (as entries:
        # a page of 500,000 hits with snippets would take minutes at 500x).
        everything = engine.matching(parse(query))
        assert page.total == len(everything)
        run.add({order[(e.doc, e.para)] for e in everything}, t, elapsed)
    engine.close()
    return run


def process_seconds(index: Path, query: str, runs: int = 5) -> tuple[list[float], float]:
    """A process that only searches, from its start to the first page printed: it opens
    the index and the paragraphs saved beside it (as `jingdu search` does when the
    library has not changed), reading no document."""
    code = (
        "import sys; from pathlib import Path;"
        "from jingdu.search.engine import SearchEngine;"
        f"folder = Path({str(index)!r});"
        "e = SearchEngine(folder); assert e.open_saved(), 'no saved paragraphs';"
        f"r = e.search({query!r}, limit=20); print(r.total, len(r.hits));"
        # VmHWM, the peak of this process's own memory: ru_maxrss keeps, across the
        # exec, the peak of the process it was forked from (this benchmark, holding a
        # 50x library), and reported that (675 MB at 50x, 6.1 GB at 500x) instead.
        "status = open('/proc/self/status').read();"
        "print(int(status.split('VmHWM:')[1].split()[0]))"
    )
    times, peak = [], 0.0
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", code], check=True, capture_output=True, text=True
        )
        times.append(time.perf_counter() - start)
        peak = max(peak, int(out.stdout.split()[-1]) / 1024)
    return times, peak


def cli_seconds(data: Path, query: str, runs: int = 5) -> list[float]:
    """`jingdu search` on a library whose index is built: start to answer."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "jingdu", "--data-dir", str(data), "search", query],
            check=True,
            capture_output=True,
        )
        times.append(time.perf_counter() - start)
    return times


def cold_build_seconds(folder: Path) -> float:
    """Build the corpus index in a fresh process: jieba's start-up is part of the cost."""
    code = (
        "import time; t=time.perf_counter();"
        "from jingdu.library import Library; from pathlib import Path;"
        f"lib=Library(Path({str(folder)!r})); lib.sync(); t=time.perf_counter();"
        "lib.search_engine(); print(time.perf_counter()-t)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=50)
    parser.add_argument(
        "--real",
        action="store_true",
        help="real text with a large vocabulary (benchmarks/real_text.py) instead of copies",
    )
    parser.add_argument(
        "--without-fts5",
        action="store_true",
        help="leave SQLite FTS5 out (at 500x its build alone takes minutes)",
    )
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="jingdu-bench-"))
    try:
        with Library(tmp / "lib") as lib:
            lib.sync()
            docs = [lib.document(s.id) for s in lib.documents()]
            lib.search_engine()
        cli = cli_seconds(tmp / "lib", "新质生产力")
        qs = queries(docs)
        cold = cold_build_seconds(tmp / "cold")
        sections = []
        larger = (
            ("real text", real_text.documents())
            if args.real
            else (f"{args.copies}x", list(multiply(docs, args.copies)))
        )
        for label, corpus in (("corpus", docs), larger):
            if label == "real text":  # its own spans; the topical terms stay (few hits there)
                qs = queries(corpus)
            raw, folded = folded_paragraphs(corpus)
            truth = [{i for i, text in enumerate(folded) if fold(q) in text} for q in qs]
            chars = sum(len(t) for t in raw)
            print(
                f"{label}: {len(corpus)} documents, {len(raw)} paragraphs, {chars:,} characters",
                flush=True,
            )
            work = tmp / label
            work.mkdir()
            runs = [
                run_jingdu(
                    "Jingdu (Whoosh characters and bigrams, counted)", corpus, qs, truth, work
                ),
                *(
                    []
                    if args.without_fts5
                    else [run_fts5("SQLite FTS5 trigram", raw, qs, truth, work)]
                ),
                run_scan("substring scan", folded, qs, truth),
            ]
            for r in runs:
                print(r.row(), flush=True)
            probe = "中国" if label == "real text" else "新质生产力"
            started, peak = process_seconds(work / "index", probe)
            print(f"search process: {statistics.median(started):.2f} s", flush=True)
            sections.append((label, len(corpus), len(raw), chars, runs, started, peak, probe))
        lines = [
            "# Search benchmark",
            "",
            f"Machine: {machine()}",
            "",
            f"{len(qs)} queries, the same for every engine: {len(TOPICAL)} topical terms, 200 random spans of",
            "1-8 characters, 40 spans the sources cut across lines, and traditional or full-width forms",
            "of the topical terms. Truth is a substring scan of the folded paragraphs (full/half width,",
            "case, traditional/simplified). Latency is per query, first page of 20 with the total for",
            "Jingdu, every match for the others. Index build for Jingdu includes its paragraph store;",
            f"building the corpus index in a fresh process: **{cold:.2f} s**.",
            "`jingdu search 新质生产力` on the bundled library (index built), process start to answer:",
            f"median **{statistics.median(cli):.2f} s**, worst {max(cli):.2f} s (n={len(cli)}).",
            "",
            f"Run: `python benchmarks/search.py {' '.join(sys.argv[1:]) or '--copies 50'}` "
            "(`make bench` runs 50x; `make bench-large` 500x and the real text).",
        ]
        for label, n_docs, n_paras, chars, runs, started, peak, probe in sections:
            lines += [
                "",
                f"## {label}: {n_docs} documents, {n_paras:,} paragraphs, {chars:,} characters",
                "",
                "| engine | recall | precision | median | p95 | build | size | notes |",
                "| --- | --- | --- | --- | --- | --- | --- | --- |",
                *[r.row() for r in runs],
                "",
                "A process that only searches (index and saved paragraphs opened, first page of "
                f"{probe}): median {statistics.median(started):.2f} s, worst "
                f"{max(started):.2f} s (n={len(started)}), from process start to answer; its "
                f"peak memory {peak:.0f} MB.",
            ]
        name = "real" if args.real else f"{args.copies}x"
        out = RESULTS if name == "50x" else RESULTS.with_name(f"search_{name}.md")
        out.parent.mkdir(exist_ok=True)
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print("\n".join(lines))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
