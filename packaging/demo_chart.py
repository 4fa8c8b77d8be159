"""For `make screenshots`: a chart of the counts added to the briefing note of the
screenshot library, and that note as a PDF (its first page shows the chart).

    python packaging/demo_chart.py build/shots OUT.pdf
"""

from __future__ import annotations

import sys
from pathlib import Path

from jingdu.export.model import BriefingOptions
from jingdu.library import Library
from jingdu.study.figures import figure_of


def main(data_dir: Path, out: Path) -> None:
    with Library(data_dir) as lib:
        lib.sync()
        figure = figure_of(lib.counts(["新质生产力", "高质量发展"], collocates=0), "source_rate")
        lib.add_figure(figure)
        options = BriefingOptions(title="学习简报：新质生产力的提法", author="理论学习小组")
        lib.export(out, options)
        lib.remove_figures()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
