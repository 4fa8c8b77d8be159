"""A horizontal bar chart drawn with QPainter: the counts view's chart, and its PNG.

Qt's own painting, not QtCharts (in PySide6-Addons, not the Essentials wheel Jingdu
ships) nor matplotlib (and numpy) — see the README's dependency list: a handful of
grouped bars needs neither, and the same routine paints the widget and the PNG.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from jingdu.study.figures import SERIES_INKS, Figure

LABEL_SHARE = 0.32
"""Of the width, what the labels may take."""
BAR = 14.0
GAP = 8.0
PAD = 12.0


def chart_height(figure: Figure, font: QFont) -> int:
    """The height the chart needs to show every bar at its size."""
    line = QFontMetricsF(font).height()
    groups = len(figure.labels)
    bars = max(len(figure.series), 1)
    legend = line + GAP if len(figure.series) > 1 else 0
    return int(2 * PAD + 1.6 * line + legend + groups * (bars * BAR + GAP) + line + GAP)


def paint_chart(
    painter: QPainter, rect: QRectF, figure: Figure, text: QColor, ground: QColor
) -> None:
    """Draw ``figure`` in ``rect``: title, legend, one bar per term and label, values."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, ground)
    font = painter.font()
    metrics = QFontMetricsF(font)
    line = metrics.height()
    x0, y = rect.left() + PAD, rect.top() + PAD
    title_font = QFont(font)
    title_font.setBold(True)
    title_font.setPointSizeF(font.pointSizeF() * 1.15)
    painter.setFont(title_font)
    painter.setPen(text)
    painter.drawText(QRectF(x0, y, rect.width() - 2 * PAD, 1.6 * line), figure.title)
    painter.setFont(font)
    y += 1.6 * line
    if len(figure.series) > 1:  # the legend
        x = x0
        for n, (name, _values) in enumerate(figure.series):
            painter.fillRect(QRectF(x, y + (line - BAR) / 2, BAR, BAR), _ink(n))
            painter.drawText(QRectF(x + BAR + 4, y, 200, line), name)
            x += BAR + 12 + metrics.horizontalAdvance(name)
        y += line + GAP
    label_w = (rect.width() - 2 * PAD) * LABEL_SHARE
    plot_x = x0 + label_w + GAP
    value_w = metrics.horizontalAdvance("000.00") + 6
    plot_w = max(rect.right() - PAD - value_w - plot_x, 10.0)
    peak = figure.peak or 1.0
    bars = max(len(figure.series), 1)
    for i, label in enumerate(figure.labels):
        group_h = bars * BAR
        shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w)
        painter.setPen(text)
        painter.drawText(
            QRectF(x0, y, label_w, group_h),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            shown,
        )
        for n, (_name, values) in enumerate(figure.series):
            value = values[i]
            top = y + n * BAR
            painter.fillRect(QRectF(plot_x, top + 1, plot_w * value / peak, BAR - 2), _ink(n))
            if not value:
                continue  # no bar, no figure: a row of zeros would only crowd the chart
            painter.drawText(
                QRectF(plot_x + plot_w * value / peak + 4, top, value_w, BAR),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                _number(value),
            )
        y += group_h + GAP
    painter.setPen(text)
    painter.drawLine(int(plot_x), int(rect.top() + 1.6 * line + PAD), int(plot_x), int(y - GAP))
    painter.drawText(QRectF(plot_x, y, plot_w, line), figure.unit)
    painter.restore()


def _ink(n: int) -> QColor:
    return QColor(SERIES_INKS[n % len(SERIES_INKS)])


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.2f}"


def render_png(figure: Figure, font: QFont, width: int = 900) -> bytes:
    """The chart as a PNG (on white, for paper and for documents), at twice the pixels."""
    height = chart_height(figure, font)
    scale = 2
    image = QImage(QSize(width * scale, height * scale), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    painter = QPainter(image)
    painter.setFont(font)
    paint_chart(painter, QRectF(0, 0, width, height), figure, QColor("#202020"), QColor("white"))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide wants str, its stub says bytes
    return bytes(data.data())


class ChartView(QWidget):
    """The chart in the window, in the window's colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure: Figure | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_figure(self, figure: Figure | None) -> None:
        self.figure = figure
        self.setFixedHeight(chart_height(figure, self.font()) if figure is not None else 40)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.figure is None:
            return
        painter = QPainter(self)
        pal = self.palette()
        paint_chart(
            painter,
            QRectF(self.rect()),
            self.figure,
            pal.color(QPalette.ColorRole.WindowText),
            pal.color(QPalette.ColorRole.Base),
        )
        painter.end()
