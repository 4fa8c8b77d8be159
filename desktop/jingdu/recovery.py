"""Recovering a library from its automatic backups, and naming those backups."""

from __future__ import annotations

from pathlib import Path

from jingdu import lock as lockmod
from jingdu.database import DB_NAME
from jingdu.errors import BusyError, DatabaseError, UserError
from jingdu.lock import LibraryLock
from jingdu.notes import autobackup
from jingdu.paths import default_data_dir, prepare_data_dir


def backup_time(path: Path) -> str:
    """When an automatic backup was made, for messages."""
    stamp = path.name.split("-")[1]
    return f"{stamp[0:4]}-{stamp[4:6]}-{stamp[6:8]} {stamp[9:11]}:{stamp[11:13]} UTC"


def recover(data_dir: Path | None = None, force: bool = False) -> tuple[Path, Path | None]:
    """Replace a damaged library database with the newest automatic backup.

    Raises:
        BusyError: another process has the library open (it would go on writing
            into the file moved aside).
        UserError: the library is not damaged and ``force`` was not given.
        DatabaseError: no usable backup.
    """
    folder = prepare_data_dir(data_dir or default_data_dir())
    lock = LibraryLock(folder)
    try:
        if not lock.try_exclusive() and lock.path.exists() and _flock_works():
            raise BusyError(
                f"another Jingdu process has the library in {folder} open; close it first"
            )
        db = folder / DB_NAME
        copies = autobackup.backups(folder)
        if not copies:
            raise DatabaseError(f"no usable automatic backup in {autobackup.folder(folder)}")
        if autobackup.healthy(db) and not force:
            newest = (
                f"the backup of {backup_time(copies[0])}, with "
                f"{autobackup.highlights_in(copies[0])} highlights"
            )
            raise UserError(
                f"the library database {db} is not damaged; `jingdu recover --force` "
                f"would replace it with {newest} (the current file is kept aside)"
            )
        return autobackup.recover(folder)
    finally:
        lock.release()


def _flock_works() -> bool:
    return lockmod.AVAILABLE
