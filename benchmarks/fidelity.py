"""Fidelity benchmark (issues 12 and 13): how faithfully each format comes back in.

Known text, typeset in the layouts users bring, read back through
``jingdu.importing.formats.read_documents`` and compared with the truth:

1. Synthetic: four articles of the bundled corpus (``fidelity_truth``) printed as
   PDF in three house styles (公文, journal, book), Word with and without heading
   styles, a news site's HTML page, EPUB and Markdown (``fidelity_typeset_pdf``,
   ``fidelity_typeset_reflowable``), and the plain text ``pdftotext`` and
   ``pdftotext -layout`` make of each PDF (read by the plain-text cleaner, issue 13).
2. Real: the Debian Edu manual in Chinese (Debian package debian-edu-doc-zh-cn,
   downloaded at run time with ``apt-get download``), whose HTML edition is the
   truth for its PDF and EPUB editions.
3. Speed: PDF pages per second on a ~100-page PDF; 100 articles of 10,000
   characters imported into a fresh library and indexed.

Everything is generated under build/fidelity (never committed). Goals: ≥95%
paragraphs exact, ≥95% headings at their level, 100% furniture removed, no
content removed, one document per article; ≥50 PDF pages/s; the 100 articles
in under 30 s. Run ``python benchmarks/fidelity.py``; the report is printed and
written to benchmarks/results/fidelity.md.

This script only runs the parts: the sources (``fidelity_sources``), reading and
scoring them (``fidelity_reading``, ``fidelity_measure``), the speed figures
(``fidelity_speed``) and the report (``fidelity_report``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import RESULTS
from fidelity_reading import Row, measure, self_check
from fidelity_reference import REFERENCE, reference_sources
from fidelity_report import ROOT, report
from fidelity_sources import Source, fetch_manuals, fetch_package, real_sources, synthetic_sources
from fidelity_speed import articles, library_speed, pdf_speed
from fidelity_truth import corpus_truth

BUILD = ROOT / "build" / "fidelity"


def run(label: str, fn: Callable[[], list[Row]]) -> list[Row]:
    t = time.perf_counter()
    rows = fn()
    print(f"[{label}: {len(rows)} files, {time.perf_counter() - t:.1f} s]", file=sys.stderr)
    return rows


def main() -> None:
    # The load when the run began goes into the report: other work on the machine
    # slows the speed figures.
    try:
        load: tuple[float, ...] = os.getloadavg()
    except OSError:
        load = ()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-real", action="store_true", help="skip the downloaded manual")
    ap.add_argument("--no-speed", action="store_true", help="skip the speed measurements")
    args = ap.parse_args()
    start = time.perf_counter()
    truth = corpus_truth()
    checked = self_check(truth)
    synth_dir = BUILD / "synthetic"
    shutil.rmtree(synth_dir, ignore_errors=True)
    sources = synthetic_sources(truth, synth_dir)
    synthetic = run("synthetic", lambda: [measure(s) for s in sources])
    real: list[Row] = []
    real_note = "not run (--no-real)" if args.no_real else ""
    if not args.no_real:
        docdir, real_note = fetch_manuals(BUILD / "debian-edu")
        srcs = real_sources(docdir, BUILD / "real") if docdir is not None else []
        refdir, ref_note = fetch_package(BUILD / "debian-reference", *REFERENCE)
        if refdir is not None:
            srcs += [Source(*s) for s in reference_sources(refdir, BUILD / "real")]
        real_note = "; ".join(n for n in (real_note, ref_note) if n)
        if srcs:
            real = run("real", lambda: [measure(s) for s in srcs])
    speed: list[tuple[str, str, str, str]] = []
    if not args.no_speed:
        speed_dir = BUILD / "speed"
        shutil.rmtree(speed_dir, ignore_errors=True)
        speed_dir.mkdir(parents=True)
        speed += pdf_speed(truth, speed_dir)
        speed += library_speed(articles(truth), speed_dir / "articles")
    text = report(synthetic, real, real_note, speed, time.perf_counter() - start, checked, load)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "fidelity.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
