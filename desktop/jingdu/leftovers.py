"""What a killed process leaves behind, removed at the next start.

Partial backups (``backups/*.part``), temporary source copies
(``sources/.jingdu-*.part``), an index being rebuilt (``index.new-PID-TID``, its
parts ``index.new-PID-TID.partN``) or
being swapped out (``index.old-PID``), and source copies no database row names
(an import killed between copying and committing). Another running process
may be in the middle of making any of these, so they are removed only when
this process is alone with the library, or, for names that carry a process
id, when that process is gone.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

_STAGING = re.compile(r"^index\.(?:new|old)-(\d+)(?:-\d+)?(?:\.part\d+)?$")
"""A rebuild's folder, the old index swapped out, or one part of a build shared among
processes (``index.new-PID-TID.partN``); PID is the process that made it."""


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process, or no way to tell: leave it
    return True


def _remove(path: Path) -> bool:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
    except OSError:
        return False
    return True


def clean(data_dir: Path, alone: bool, stored_sources: set[str]) -> list[Path]:
    """Remove leftovers; returns what was removed.

    Args:
        data_dir: the library's folder.
        alone: no other process has the library open (see :mod:`jingdu.lock`).
        stored_sources: file names in ``sources/`` that the database refers to.
    """
    removed: list[Path] = []
    for p in data_dir.iterdir():
        m = _STAGING.match(p.name)
        if m and (alone or not _alive(int(m.group(1)))) and _remove(p):
            removed.append(p)
    if not alone:
        return removed
    backups = data_dir / "backups"
    if backups.is_dir():
        removed += [p for p in backups.iterdir() if p.name.endswith(".part") and _remove(p)]
    sources = data_dir / "sources"
    if sources.is_dir():
        removed += [
            p
            for p in sources.iterdir()
            if p.is_file() and p.name not in stored_sources and _remove(p)
        ]
    return removed
