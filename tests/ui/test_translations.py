"""Every UI string has a Simplified Chinese translation, and the window uses it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from tests.conftest import REPO

TS = REPO / "resources" / "i18n" / "jingdu_zh_CN.ts"
UI = sorted((REPO / "desktop" / "jingdu" / "ui").glob("*.py"))


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).parent / name)


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or ""): msg
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def test_the_ts_file_holds_every_string_of_the_ui_and_translates_it(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), *map(str, UI), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = set(_messages(fresh))
    committed = _messages(TS)
    assert in_code <= set(committed), (
        f"run `make ts` and translate: {sorted(in_code - set(committed))}"
    )
    unfinished = [
        key for key in in_code if committed[key].find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


def test_the_chinese_translation_is_used(qapp, tmp_path: Path) -> None:
    qm = tmp_path / "jingdu_zh_CN.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Outline") == "大纲"
        assert QCoreApplication.translate("Reader", "Notes") == "注释"
    finally:
        QCoreApplication.removeTranslator(translator)
