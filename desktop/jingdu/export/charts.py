"""Charts of the counts in a briefing note (added from the counts window): each format
prints them its own way, after the preface.

The PDF draws each as a reportlab vector chart (``reportlab.graphics.charts``: sharp
at any zoom and in print, in the note's own embedded font); Word, which python-docx
cannot give a native chart, gets the picture the window drew; Markdown gets that
picture inline and the numbers as a table, which any viewer shows.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

if TYPE_CHECKING:
    from jingdu.study.figures import Figure

HEADING = "图表"
BAR_PT = 9.0


def pdf_drawing(figure: Figure, font: str, width: float) -> Drawing:
    """The chart as a reportlab drawing ``width`` points wide, its text in ``font``."""
    from jingdu.study.figures import SERIES_INKS

    groups, bars = len(figure.labels), max(len(figure.series), 1)
    plot_h = groups * (bars * BAR_PT + 6)
    legend = 14 if len(figure.series) > 1 else 0
    height = plot_h + 36 + legend
    d = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = width * 0.34, 22
    chart.width, chart.height = width * 0.58, plot_h
    # reportlab draws the first category, and within it the first series, at the
    # bottom: both reversed, the first document and the first term are on top.
    series = list(reversed(figure.series))
    chart.data = [list(reversed(values)) for _n, values in series] or [[0]]
    chart.categoryAxis.categoryNames = [_short(x) for x in reversed(figure.labels)]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.barWidth = BAR_PT
    chart.groupSpacing = 6
    chart.barLabelFormat = _label
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    for n in range(len(chart.data)):
        ink = SERIES_INKS[(len(series) - 1 - n) % len(SERIES_INKS)]
        chart.bars[n].fillColor = colors.HexColor(ink)
        chart.bars[n].strokeColor = None
    d.add(chart)
    d.add(String(chart.x, 4, figure.unit, fontName=font, fontSize=7))
    if legend:
        x = chart.x
        for n, (name, _values) in enumerate(figure.series):
            ink = colors.HexColor(SERIES_INKS[n % len(SERIES_INKS)])
            d.add(_Box(x, height - 12, ink))
            d.add(String(x + 11, height - 11, name, fontName=font, fontSize=8))
            x += 20 + 8 * len(name)
    return d


def _Box(x: float, y: float, ink: Any) -> Any:
    from reportlab.graphics.shapes import Rect

    return Rect(x, y, 8, 8, fillColor=ink, strokeColor=None)


def _label(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.2f}"


def _short(label: str, chars: int = 18) -> str:
    return label if len(label) <= chars else label[: chars - 1] + "…"


def pdf_story(
    figures: tuple[Figure, ...],
    font: str,
    width: float,
    heading: Callable[[str], Any],
    caption: Callable[[str], Any],
) -> list[Any]:
    """The charts' part of a PDF story: a heading, then each chart under its title."""
    if not figures:
        return []
    out: list[Any] = [heading(HEADING)]
    for f in figures:
        out += [caption(f.title), pdf_drawing(f, font, width)]
    return out


def markdown_lines(figures: tuple[Figure, ...], escape: Callable[[str], str]) -> list[str]:
    """The charts in Markdown: each its picture (inline) and its numbers as a table."""
    if not figures:
        return []
    out = [f"## {HEADING}", ""]
    for f in figures:
        out += [f"### {escape(f.title)}", ""]
        if f.png:
            data = base64.b64encode(f.png).decode("ascii")
            out += [f"![{escape(f.title)}](data:image/png;base64,{data})", ""]
        head, *rows = f.rows()
        out.append("| " + " | ".join([escape(f.unit), *map(escape, head[1:])]) + " |")
        out.append("|" + " --- |" * len(head))
        out += ["| " + " | ".join(escape(c) for c in row) + " |" for row in rows]
        out.append("")
    return out


def word_add(
    figures: tuple[Figure, ...],
    heading: Callable[[str], object],
    caption: Callable[[str], object],
    picture: Callable[[io.BytesIO], object],
    table: Callable[[list[list[str]]], object],
) -> None:
    """The charts in a Word document: each its title, its picture, or else its numbers."""
    if not figures:
        return
    heading(HEADING)
    for f in figures:
        caption(f.title)
        if f.png:
            picture(io.BytesIO(f.png))
        else:
            table(f.rows())
