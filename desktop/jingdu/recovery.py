"""Recovering a library from its automatic backups, and naming those backups."""

from __future__ import annotations

from pathlib import Path

from jingdu import lock as lockmod
from jingdu.database import DB_NAME, open_database, open_read_only
from jingdu.errors import BusyError, DatabaseError, DiskFullError, UserError
from jingdu.lock import LibraryLock
from jingdu.notes import autobackup
from jingdu.paths import default_data_dir, prepare_data_dir
from jingdu.sqlite import sqlite_utils


def open_checked(data_dir: Path) -> tuple[sqlite_utils.Database, str]:
    """Open the library database, or say plainly why not: a missing or emptied
    database beside automatic backups is damaged, not new (it had annotations);
    damage comes with the way to recover. On a full disk the database opens for
    reading only; the second value then says so (else it is empty).

    Raises:
        DatabaseError: damaged, emptied, or written by a newer Jingdu.
    """
    db_file = data_dir / DB_NAME
    copies = autobackup.backups(data_dir)
    if copies and (not db_file.exists() or db_file.stat().st_size == 0):
        state = "missing" if not db_file.exists() else "empty (0 bytes)"
        raise DatabaseError(
            f"library database {db_file} is {state}, but {len(copies)} automatic "
            f"backups of it exist; nothing was changed. `jingdu recover` restores the "
            f"newest ({backup_time(copies[0])}); to start a new library instead, move "
            f"{autobackup.folder(data_dir)} aside."
        )
    try:
        return open_database(data_dir), ""
    except DiskFullError:
        # Reading and rescuing (list, export, backup elsewhere) must still work.
        rescue = open_read_only(data_dir)
        if rescue is None:
            raise
        return rescue, (
            f"the disk is full: the library in {data_dir} is open for reading "
            f"only, and nothing can be changed until there is space"
        )
    except DatabaseError as exc:
        if not copies:
            raise
        raise DatabaseError(
            f"{exc} `jingdu recover` replaces it with the automatic backup of "
            f"{backup_time(copies[0])} (the damaged file is kept)."
        ) from exc


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
