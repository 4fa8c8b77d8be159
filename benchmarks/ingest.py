"""Ingest benchmark: clean and store the bundled corpus on a first start, then an unchanged start.

Goals (issue 2, on the 2-core reference machine): first run under 2 s,
unchanged start under 0.3 s. Run with `make bench`; the table is written to
benchmarks/results/ingest.md.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import summary, timed, write
from jingdu.library import Library

REPEAT = 7


def first_run() -> int:
    with tempfile.TemporaryDirectory() as tmp, Library(Path(tmp)) as lib:
        report = lib.sync()
        assert len(report.cleaned) == 5, report
        return len(lib.documents())


def main() -> None:
    first = timed(first_run, REPEAT)
    n_docs = first_run()

    tmp = Path(tempfile.mkdtemp())
    try:
        with Library(tmp) as lib:
            lib.sync()

        def unchanged() -> None:
            with Library(tmp) as lib:
                report = lib.sync()
                assert not report.cleaned
                lib.documents()

        again = timed(unchanged, REPEAT)
        # The whole command, interpreter start-up and imports included.
        cli = []
        for _ in range(5):
            t = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "jingdu", "--data-dir", str(tmp), "docs"],
                check=True,
                capture_output=True,
            )
            cli.append(time.perf_counter() - t)
    finally:
        shutil.rmtree(tmp)

    def verdict(samples: list[float], goal: float) -> str:
        return "yes" if statistics.median(samples) < goal else "**no**"

    rows = [
        (
            f"first run: clean and store 5 sources ({n_docs} documents)",
            summary(first),
            "< 2 s",
            verdict(first, 2.0),
        ),
        (
            "unchanged start: open, check sources, list documents",
            summary(again),
            "< 0.3 s",
            verdict(again, 0.3),
        ),
        ("`jingdu docs` end to end (unchanged library)", summary(cli), "(for information)", ""),
    ]
    print(write("ingest", "Ingest benchmark", rows))


if __name__ == "__main__":
    main()
