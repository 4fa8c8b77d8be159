"""Every UI string has a Simplified Chinese translation (and English plurals), and the window uses them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tests.conftest import REPO

I18N = REPO / "resources" / "i18n"
TS = I18N / "jingdu_zh_CN.ts"
TS_EN = I18N / "jingdu_en.ts"
UI = sorted((REPO / "desktop" / "jingdu" / "ui").rglob("*.py"))


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).parent / name)


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or ""): msg
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def _compiled(ts: Path, tmp_path: Path) -> QTranslator:
    qm = tmp_path / (ts.stem + ".qm")
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


@pytest.mark.parametrize("ts", [TS, TS_EN], ids=["zh_CN", "en"])
def test_the_ts_file_holds_every_string_of_the_ui_and_translates_it(
    tmp_path: Path, ts: Path
) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), *map(str, UI), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = set(_messages(fresh))
    committed = _messages(ts)
    assert in_code <= set(committed), (
        f"run `make ts` and translate: {sorted(in_code - set(committed))}"
    )
    unfinished = [
        key for key in in_code if committed[key].find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


def test_the_chinese_translation_is_used(qapp, tmp_path: Path) -> None:
    translator = _compiled(TS, tmp_path)
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("SidePanel", "Outline") == "大纲"
        assert QCoreApplication.translate("Reader", "Notes") == "注释"
        assert QCoreApplication.translate("MainWindow", "%n document(s)", "", 78) == "共 78 篇文献"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_english_counts_are_singular_and_plural(qapp, tmp_path: Path) -> None:
    translator = _compiled(TS_EN, tmp_path)
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "%n document(s)", "", 1) == "1 document"
        assert QCoreApplication.translate("MainWindow", "%n document(s)", "", 78) == "78 documents"
        assert QCoreApplication.translate("LibraryModel", "%n highlight(s)", "", 1) == (
            "1 highlight"
        )
    finally:
        QCoreApplication.removeTranslator(translator)


def test_no_plural_is_written_where_lupdate_cannot_see_it() -> None:
    """pyside6-lupdate takes the count of ``self.tr(text, "", n)`` only: a plural passed to
    QCoreApplication.translate is extracted without its forms, and shows untranslated."""
    import re

    misses = [
        f"{path.name}: {m.group(0)}"
        for path in UI
        for m in re.finditer(r"QCoreApplication\.translate\([^)]*%n[^)]*\)", path.read_text())
    ]
    assert misses == []


def test_a_long_import_result_names_three_documents_and_counts_the_rest(qapp, chinese) -> None:
    from jingdu.ui.importing.dialog import ImportDialog

    dialog = ImportDialog(1, None)
    assert (
        dialog.imported_as(["甲", "乙", "丙", "丁", "戊"])
        == "已导入：《甲》、《乙》、《丙》 及另外 2 篇"
    )
    assert dialog.imported_as(["甲"]) == "已导入：《甲》"


def test_every_translated_string_is_a_literal_lupdate_can_read() -> None:
    """``tr(text)`` or ``translate(context, text)`` with a variable as text is invisible
    to lupdate: the string is never translated, and the Chinese window shows English."""
    import re

    call = re.compile(
        r"(?:\.tr\(|QCoreApplication\.translate\(\s*\"\w+\",)\s*(?P<arg>[^\s\"'])"
        r"|=\s*QCoreApplication\.translate\b(?!\()",  # an alias: its calls are not seen
        re.S,
    )
    misses = [
        f"{path.relative_to(UI[0].parents[1])}:{path.read_text()[: m.start()].count(chr(10)) + 1}"
        for path in UI
        for m in call.finditer(path.read_text())
    ]
    assert misses == []
