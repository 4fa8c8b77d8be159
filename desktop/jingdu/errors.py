"""Errors a user may see.

Anything derived from :class:`UserError` carries a message meant for a person:
one line naming the file or value and what is wrong with it. The CLI prints it
and exits with status 2; the GUI shows it in a dialog. Every other exception is
a bug and is reported as an internal failure.
"""

from __future__ import annotations


class UserError(Exception):
    """Bad input or an unusable environment; the message is shown as is."""


class SourceError(UserError):
    """A source file cannot be imported. ``reason`` says why in a word the window
    translates (the message itself is English, for the command line and logs):
    missing, special, folder, empty, binary, too_large, encoding, damaged,
    encrypted, scanned, unsupported, duplicate or unreadable. ``documents``: for a
    duplicate, the documents already holding its text (what opening the file shows)."""

    def __init__(
        self, message: str, reason: str = "unreadable", documents: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.documents = documents


class DataDirError(UserError):
    """The data folder cannot be used."""


class DatabaseError(UserError):
    """The library database is damaged or belongs to a newer Jingdu."""


class NotFoundError(UserError):
    """A document (or other item) named by the user does not exist."""


class DiskFullError(UserError):
    """The disk holding the data folder or an output file has no space left."""


class BusyError(UserError):
    """Another Jingdu process holds the library (a lock, or a long write)."""


def explain(exc: BaseException, where: object = "") -> UserError | None:
    """The user's view of an environment failure, or None for a bug.

    SQLite and the operating system report a full disk, a locked database or a
    name too long in their own words; this turns them into one-line messages so
    that the CLI exits 2 and the window shows a dialog instead of "internal error".
    """
    import errno
    import sqlite3

    place = f"{where}: " if where else ""
    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        text = str(exc).lower()
        if code == sqlite3.SQLITE_FULL or "disk is full" in text:
            return DiskFullError(f"{place}the disk is full; nothing was changed")
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
            return BusyError(
                f"{place}another Jingdu process is writing to this library; try again in a moment"
            )
        if code == sqlite3.SQLITE_READONLY or "readonly" in text:
            return UserError(f"{place}the library cannot be written (read-only)")
        return None
    if isinstance(exc, OSError):
        name = exc.filename if exc.filename is not None else where
        at = f"{name}: " if name else ""
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFullError(f"{at}the disk is full; nothing was changed")
        if exc.errno == errno.ENAMETOOLONG:
            return UserError(f"{at}the file name is too long for this file system")
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return UserError(f"{at}permission denied")
        return None
    return None
