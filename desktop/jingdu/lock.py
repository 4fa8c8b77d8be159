"""Who has a library open: a shared lock per process, an exclusive one to recover.

Every process that opens a library holds a shared ``flock`` on ``<data>/.lock``
until it closes it. Replacing the database (``recover``) needs the lock
exclusively, so it is refused while another process could still be writing into
the file it would move aside; start-up clean-up of staging folders and partial
files takes the exclusive lock briefly to know that nobody else is mid-write.
The kernel drops a killed process's lock, so a crash never leaves the library
locked. (Windows has no flock: there the checks are skipped.)
"""

from __future__ import annotations

import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = ".lock"
AVAILABLE = fcntl is not None
"""Whether this system can tell that another process has a library open."""


class LibraryLock:
    """A process's hold on a data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._fd: int | None = None

    def _open(self) -> int:
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        return self._fd

    def share(self) -> None:
        """Hold the library open (blocks only while another process recovers it)."""
        if fcntl is not None:
            fcntl.flock(self._open(), fcntl.LOCK_SH)

    def try_exclusive(self) -> bool:
        """Whether this process is the only one with the library open (the lock is then
        held exclusively until :meth:`share` or :meth:`release`)."""
        if fcntl is None:
            return False
        try:
            fcntl.flock(self._open(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None
