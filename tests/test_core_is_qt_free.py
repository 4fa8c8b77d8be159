"""The core (corpus, search, notes, export, library) must never import Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

PACKAGE = REPO / "desktop" / "jingdu"
CORE = [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts]
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_no_core_module_imports_qt() -> None:
    assert len(CORE) > 10
    offenders = {
        str(p.relative_to(PACKAGE)): name
        for p in CORE
        for name in _imports(p)
        if name.split(".")[0] in QT_MODULES
    }
    assert offenders == {}


def test_importing_the_core_and_running_the_cli_loads_no_qt(tmp_path: Path) -> None:
    code = (
        "import sys, jingdu.library, jingdu.cli;"
        f"jingdu.cli.main(['--data-dir', {str(tmp_path)!r}, 'docs']);"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in %r))" % (QT_MODULES,)
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
