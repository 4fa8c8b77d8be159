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
    """A source file cannot be read as a text document."""


class DataDirError(UserError):
    """The data folder cannot be used."""


class DatabaseError(UserError):
    """The library database is damaged or belongs to a newer Jingdu."""


class NotFoundError(UserError):
    """A document (or other item) named by the user does not exist."""
