"""What a start of the window imports on its GUI thread: not the search engine, with
Whoosh and numpy (a quarter of a second), which load with the index, off that thread."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("numpy", "pandas", "whoosh", "jingdu.search.engine")


def test_the_window_s_modules_leave_the_engine_unloaded() -> None:
    code = (
        "import sys, jingdu.ui.main_window, jingdu.cli;"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_the_engine_still_loads_what_it_needs() -> None:
    """sqlite_utils is imported with numpy hidden (jingdu/sqlite.py): hidden only then."""
    code = (
        "import sys, jingdu.library, jingdu.search.engine, numpy;"
        "print(numpy.arange(3).sum(), 'whoosh' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["3", "True"]
