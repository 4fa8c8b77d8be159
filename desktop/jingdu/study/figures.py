"""A chart of the counts, as data: what the window draws, a briefing note prints and a
spreadsheet reads. Kept as numbers (not as a picture) so that each output draws it in
its own way: the window with QPainter, the PDF as reportlab's vector chart; Word and
Markdown get the picture the window drew (``png``), with the numbers as a table.
"""

from __future__ import annotations

import base64
import binascii
import csv
import io
import json
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jingdu.files import write_atomically
from jingdu.study.counts import Counts

SERIES_INKS = ("#3f7fbf", "#d9822b", "#4a9e5c", "#b5485d", "#7d5fb0", "#8c8c3a")
"""Bar colours, one per term: dark enough for text on white, told apart in grey too."""
BARS = 15
"""Documents shown in a chart by document (the highest rates of the first term)."""
VIEWS = ("doc_rate", "doc_count", "source_rate", "source_count")


@dataclass
class Figure:
    title: str
    labels: list[str]
    """One per group of bars (a document's title, a source file)."""
    series: list[tuple[str, list[float]]]
    """(term, one value per label)."""
    unit: str
    """What the values are (每千字出现次数), printed on the axis."""
    png: bytes = b""
    """The chart as the window drew it, for the formats that take a picture."""
    notes: list[str] = field(default_factory=list)

    @property
    def peak(self) -> float:
        return max((v for _n, values in self.series for v in values), default=0.0)

    def rows(self) -> list[list[str]]:
        """The chart's numbers as a table: one row per label, a column per term."""
        head = ["", *(name for name, _v in self.series)]
        body = [
            [label, *(_number(values[i]) for _n, values in self.series)]
            for i, label in enumerate(self.labels)
        ]
        return [head, *body]

    def csv(self) -> str:
        out = io.StringIO()
        csv.writer(out).writerows(self.rows())
        return out.getvalue()

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "labels": self.labels,
            "series": [[n, v] for n, v in self.series],
            "unit": self.unit,
            "png": base64.b64encode(self.png).decode("ascii"),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Figure:
        series = [(str(n), [float(x) for x in v]) for n, v in data["series"]]
        labels = [str(x) for x in data["labels"]]
        if any(len(v) != len(labels) for _n, v in series):
            raise ValueError("a series does not have a value per label")
        png = base64.b64decode(data.get("png", ""), validate=True)
        return cls(str(data["title"]), labels, series, str(data["unit"]), png)


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.2f}"


def figure_of(counts: Counts, view: str = "doc_rate", bars: int = BARS) -> Figure:
    """The chart of ``counts`` for one of :data:`VIEWS`: per document (its ``bars``
    highest rates of the first term) or per source, as a rate or a count."""
    if view not in VIEWS:
        raise ValueError(f"unknown chart {view!r}")
    terms = counts.terms
    names = "、".join(t.term for t in terms)
    rate = view.endswith("rate")
    unit = "每千字出现次数" if rate else "出现次数"
    if view.startswith("doc"):
        first = terms[0].documents
        key = (lambda i: first[i].per_1000) if rate else (lambda i: first[i].count)
        order = sorted(
            (i for i in range(len(first)) if any(t.documents[i].count for t in terms)),
            key=lambda i: (-key(i), i),
        )[:bars]
        labels = [first[i].title or first[i].doc for i in order]
        series = [
            (
                t.term,
                [t.documents[i].per_1000 if rate else float(t.documents[i].count) for i in order],
            )
            for t in terms
        ]
        title = f"“{names}”：各文档{unit}"
    else:
        labels = [s.source for s in terms[0].sources]
        series = [
            (t.term, [s.per_1000 if rate else float(s.count) for s in t.sources]) for t in terms
        ]
        title = f"“{names}”：各来源文件{unit}"
    return Figure(title, labels, series, unit)


FOLDER = "figures"
"""Where charts added to the briefing note wait for it, in the data folder."""
MAX_FIGURE_BYTES = 20_000_000


def add_figure(data_dir: Path, figure: Figure) -> str:
    """Keep ``figure`` for the briefing note; returns its name. Charts print in the
    order they were added."""
    folder = data_dir / FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    name = f"{time.time_ns():020d}-{secrets.token_hex(4)}"
    text = json.dumps(figure.to_dict(), ensure_ascii=False)
    write_atomically(folder / f"{name}.json", text, mode=0o600)
    return name


def saved_figures(data_dir: Path) -> list[tuple[str, Figure]]:
    """The charts waiting for the briefing note, oldest first; a file that is not one
    (damaged, too large, planted) is left out."""
    folder = data_dir / FOLDER
    if not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.glob("*.json")):
        try:
            if not path.is_file() or path.stat().st_size > MAX_FIGURE_BYTES:
                continue
            out.append((path.stem, Figure.from_dict(json.loads(path.read_text("utf-8")))))
        except (OSError, ValueError, KeyError, TypeError, binascii.Error):
            continue
    return out


def remove_figures(data_dir: Path, names: list[str] | None = None) -> int:
    """Take charts out of the briefing note (all, or those ``names``); returns how many."""
    removed = 0
    for name, _figure in saved_figures(data_dir):
        if names is None or name in names:
            (data_dir / FOLDER / f"{name}.json").unlink(missing_ok=True)
            removed += 1
    return removed
