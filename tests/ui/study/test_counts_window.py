"""词频与搭配 in the window: the chart, its PNG and CSV, and the chart in a briefing note."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from jingdu.export.model import BriefingOptions


def _counts(window, qtbot, terms: str):
    window.studying.show_counts(terms)
    c = window.studying.counts
    qtbot.waitUntil(lambda: c.result is not None, timeout=20_000)
    return c


def test_the_chart_shows_the_highest_rates_of_each_term(window, qtbot) -> None:
    c = _counts(window, qtbot, "新质生产力 高质量发展")
    f = c.figure
    assert [name for name, _v in f.series] == ["新质生产力", "高质量发展"]
    rates = f.series[0][1]
    assert rates == sorted(rates, reverse=True) and len(rates) == 15
    expected = max(
        window.library.counts(["新质生产力"], collocates=0).terms[0].documents,
        key=lambda d: d.per_1000,
    )
    assert rates[0] == pytest.approx(expected.per_1000)
    assert c.chart.height() > 300 and c.collocates.rowCount() > 0
    c.views.setCurrentIndex(c.views.findData("source_count"))
    assert len(c.figure.labels) == 5  # the five source files
    assert sum(c.figure.series[0][1]) == c.result.terms[0].total


def test_png_and_csv(window, qtbot, tmp_path: Path) -> None:
    c = _counts(window, qtbot, "因地制宜")
    png = tmp_path / "chart.png"
    c.save(png, c.png())
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 900
    table = tmp_path / "counts.csv"
    c.save(table, c.csv())
    raw = table.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with its BOM
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["term", "doc", "title", "source", "chars", "count", "per_1000"]
    assert len(rows) == 1 + len(window.library.documents())
    assert sum(int(r[5]) for r in rows[1:]) == 8
    assert c.status.text().endswith("counts.csv.")


def test_terms_that_occur_nowhere_draw_no_chart(window, qtbot) -> None:
    c = _counts(window, qtbot, "量子纠缠态")
    assert c.figure is None and not c.png_button.isEnabled()
    assert "None of these terms" in c.status.text()


def test_a_chart_added_to_the_briefing_note_prints_in_each_format(
    window, qtbot, tmp_path: Path
) -> None:
    lib = window.library
    c = _counts(window, qtbot, "新质生产力 因地制宜")
    c.add_to_briefing()
    [(_name, figure)] = lib.figures()
    assert figure.title == c.figure.title and figure.png.startswith(b"\x89PNG")
    doc = lib.documents()[0].id
    lib.add_highlight(doc, 10, 30, note="一条摘录")
    options = BriefingOptions()
    md = tmp_path / "b.md"
    lib.export(md, options)
    text = md.read_text("utf-8")
    assert "## 图表" in text and "data:image/png;base64," in text
    assert "| 每千字出现次数 | 新质生产力 | 因地制宜 |" in text
    docx = tmp_path / "b.docx"
    lib.export(docx, options)
    with zipfile.ZipFile(docx) as z:
        assert any(n.startswith("word/media/") for n in z.namelist())
        assert figure.title in z.read("word/document.xml").decode("utf-8")
    for layout in ("modern", "official"):
        pdf = tmp_path / f"b-{layout}.pdf"
        lib.export(pdf, BriefingOptions(layout=layout))
        if shutil.which("pdftotext"):
            out = subprocess.run(
                ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
            ).stdout
            squeezed = "".join(out.split())
            assert "图表" in squeezed and "每千字出现次数" in squeezed
            assert "".join(figure.title.split()) in squeezed
    # Left out of one note, or taken out for good: no chart.
    lib.export(md, BriefingOptions(figures=False))
    assert "## 图表" not in md.read_text("utf-8")
    assert lib.remove_figures() == 1
    lib.export(md, options)
    assert "## 图表" not in md.read_text("utf-8")


def test_the_export_dialog_offers_the_added_charts(window, qtbot) -> None:
    c = _counts(window, qtbot, "因地制宜")
    window.library.add_highlight(window.library.documents()[0].id, 10, 30)
    window.companions.show_export()
    row = window.companions.export_dialog.charts_row
    assert not row.isVisibleTo(window.companions.export_dialog)  # none added yet
    c.add_to_briefing()
    window.companions.show_export()
    qtbot.waitUntil(lambda: row.count == 1)
    assert row.isVisibleTo(window.companions.export_dialog) and "1 chart" in row.check.text()
    row.check.setChecked(False)
    assert window.companions.export_dialog.options().figures is False
    row.remove_button.click()
    qtbot.waitUntil(lambda: row.count == 0)
    assert window.library.figures() == []
    window.companions.export_dialog.close()


def test_no_term_or_too_many_is_said_in_the_window(window, qtbot) -> None:
    window.studying.show_counts("")
    c = window.studying.counts
    c.edit.setText("  ，、 ")
    with qtbot.waitSignal(c.shown, timeout=5_000):
        c.run_now()
    assert c.status.text() == "Type a term to count." and c.figure is None
    c.edit.setText(" ".join(f"词{n}" for n in range(13)))
    with qtbot.waitSignal(c.shown, timeout=5_000):
        c.run_now()
    assert c.status.text() == "At most 12 terms are counted at once."
    c.edit.setText("创新 创新，创新")  # the same term thrice is counted once
    with qtbot.waitSignal(c.shown, timeout=20_000):
        c.run_now()
    assert [t.term for t in c.result.terms] == ["创新"]
