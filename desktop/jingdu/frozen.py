"""What a self-contained build (PyInstaller, ``make dist``) changes about the process,
put right at start-up."""

from __future__ import annotations

import os
import sys


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def restore_library_path() -> None:
    """Give the programs Jingdu starts the system's library path back.

    The build's bootloader puts its own folder first on ``LD_LIBRARY_PATH`` so that
    the bundled Qt and libraries load; a program started from here (``fc-list``, the
    PDF viewer "Open the file" hands an export to) would inherit it and load the
    bundle's copies instead of its own, and may crash. The dynamic loader read the
    variable when this process started, so changing it now affects only children.
    """
    if not is_frozen():
        return
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)
