"""The menus: every item reachable by a mnemonic of its own, in both languages; About;
printing the document."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from PySide6.QtWidgets import QMenu

from jingdu import __version__
from tests.ui.conftest import make_window
from tests.ui.driving import print_to_pdf


def _mnemonics(menu: QMenu) -> list[str]:
    keys = []
    for action in menu.actions():
        m = re.search(r"&([^&\s])", action.text().replace("&&", ""))
        if m:
            keys.append(m.group(1).lower())
    return keys


@pytest.mark.parametrize("language", ["en", "zh"])
def test_no_menu_repeats_a_mnemonic(qtbot, data_dir, request, language) -> None:
    if language == "zh":
        request.getfixturevalue("chinese")
    win = make_window(qtbot, data_dir)
    for top in win.menuBar().actions():
        menu = top.menu()
        keys = _mnemonics(menu)
        assert len(keys) == len(set(keys)), (top.text(), keys)
        unmarked = [a.text() for a in menu.actions() if a.text() and "&" not in a.text()]
        assert unmarked == [], top.text()


def test_the_about_box_gives_the_version_and_the_licence(window, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr("jingdu.ui.common.about.QMessageBox.about", lambda *a: shown.append(a[2]))
    window.commands["about"].trigger()
    assert __version__ in shown[0] and "MIT" in shown[0]


def test_ctrl_p_prints_the_document_as_the_reader_shows_it(
    window, qtbot, tmp_path, monkeypatch
) -> None:
    out = tmp_path / "printed.pdf"
    print_to_pdf(monkeypatch, out)
    window.commands["print"].trigger()
    assert out.stat().st_size > 1000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert window.current.text[:12].strip()[:6] in text.replace("\n", "")
