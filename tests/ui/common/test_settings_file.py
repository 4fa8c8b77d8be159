"""A damaged or hand-edited settings file cannot break the window (issue 11, item 19).

``font_size=nan`` in settings.ini used to lay the reader out minus 33 million pixels
tall, blank, at every start. Each test writes hostile values into the file in the data
folder, starts the window on it, and checks what the reader and the menus then use.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jingdu.notes.store import Filter
from jingdu.ui.common import settings as S
from jingdu.ui.main_window import MainWindow
from tests.ui.conftest import make_window
from tests.ui.driving import select


def start_with(qtbot, data_dir: Path, ini: str) -> MainWindow:
    """The window started on a data folder whose settings.ini holds ``ini``."""
    (data_dir / "settings.ini").write_text(ini, encoding="utf-8")
    win = make_window(qtbot, data_dir, "000")
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)  # keys reach the reader
    assert win.current is not None
    return win


def laid_out(win: MainWindow) -> bool:
    """The reader shows its text: a page taller than the view, in a real font size."""
    size = win.reader.document().size()
    font = win.reader.document().defaultFont().pointSizeF()
    return size.height() > win.reader.viewport().height() and S.MIN_FONT <= font <= S.MAX_FONT


@pytest.mark.parametrize(
    ("written", "used"),
    [
        ("nan", 13.0),
        ("NaN", 13.0),
        ("inf", S.MAX_FONT),
        ("-inf", S.MIN_FONT),
        ("-3", S.MIN_FONT),
        ("0", S.MIN_FONT),
        ("1e999", S.MAX_FONT),
        ("99999999999999999999999", S.MAX_FONT),
        ("large", 13.0),
        ('"@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x1bjunk)"', 13.0),
        ("17", 17.0),
    ],
)
def test_a_text_size_out_of_range_or_not_a_number_reads_as_the_default_or_the_bound(
    qtbot, data_dir: Path, written: str, used: float
) -> None:
    win = start_with(qtbot, data_dir, f"[reader]\nfont_size={written}\n")
    assert win.reader.point_size == used and laid_out(win)
    win.commands["zoom_in"].trigger()  # and the keys still work from there
    assert win.reader.point_size == min(used + 1, S.MAX_FONT) and laid_out(win)
    win.close()


@pytest.mark.parametrize(
    ("written", "used"),
    [("-5", S.MIN_COLUMN), ("nan", 36), ("1e9", S.MAX_COLUMN), ("wide", 36), ("40", 40)],
)
def test_a_column_width_out_of_range_reads_as_the_default_or_the_bound(
    qtbot, data_dir: Path, written: str, used: int
) -> None:
    win = start_with(qtbot, data_dir, f"[reader]\ncolumn_ems={written}\n")
    assert win.reader.column_ems == used and laid_out(win)
    win.close()


def test_unknown_names_and_wrong_types_read_as_the_defaults(qtbot, data_dir: Path) -> None:
    win = start_with(
        qtbot,
        data_dir,
        "[reader]\ntheme=neon\nfont_size=a, b\n"
        "[notes]\ntrim_punctuation=maybe\nsnap_words=2\n"
        "[window]\nside_tab=99\n",
    )
    assert win.reader.theme.name == "light" and win.commands["theme_light"].isChecked()
    assert win.reader.point_size == 13.0  # "a, b" is read back as a list
    assert win.commands["trim"].isChecked() and not win.commands["snap"].isChecked()
    assert 0 <= win.side_tabs.currentIndex() < win.side_tabs.count()
    win.close()


def test_an_unknown_last_colour_still_lets_h_make_a_highlight(qtbot, data_dir: Path) -> None:
    win = start_with(qtbot, data_dir, "[notes]\nlast_color=ultraviolet\n")
    select(win, qtbot, 300, 320)
    qtbot.keyClick(win.reader, Qt.Key.Key_H)
    lib, doc = win.library, win.current
    assert lib is not None and doc is not None
    [h] = lib.highlights(Filter(doc=doc.id))
    assert h.color == "yellow"
    win.close()


def test_a_saved_reading_position_that_is_not_an_offset_is_ignored(qtbot, data_dir: Path) -> None:
    positions = '{\\"000_5425b47fff0c6ac1\\": -500, \\"x\\": true}'
    win = start_with(qtbot, data_dir, f'[reader]\npositions="{positions}"\n')
    assert win.reader.offset_at_top() == 0 and laid_out(win)
    # The bad entries are gone; the document's own position may have been saved
    # meanwhile (a relayout, such as the margin signs', saves it): where it really is.
    assert S.positions(win.settings) in ({}, {"000_5425b47fff0c6ac1": 0})
    win.close()
