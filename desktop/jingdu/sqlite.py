"""sqlite_utils, imported without the numpy and pandas it would import if it could.

sqlite_utils imports both, if installed, when it is imported, only to store their
numbers; Jingdu stores none of theirs (its search hands on plain ints). numpy is
installed for search, and importing it cost a tenth of a second of every start of the
window, on its GUI thread; search loads it later, off that thread, with the index
(tests/test_startup_imports.py checks what a start imports).
"""

from __future__ import annotations

import sys

if "sqlite_utils.db" not in sys.modules:
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # import raises ImportError
    try:
        import sqlite_utils.db
    finally:
        for name in hidden:
            del sys.modules[name]

import sqlite_utils

__all__ = ["sqlite_utils"]
