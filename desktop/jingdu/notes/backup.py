"""Backups as JSON: every highlight and tag, with the source hashes of the documents they are in.

Restoring merges by highlight id: new ids are added, newer versions of known
ones replace them, the rest is skipped. The whole file is checked before
anything is written, and the merge is one transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jingdu.errors import UserError
from jingdu.files import read_regular, write_atomically
from jingdu.notes.model import AnnotationError, now
from jingdu.notes.schema import FORMAT, VERSION, check_backup

__all__ = ["FORMAT", "MAX_BACKUP_BYTES", "VERSION", "RestoreReport", "dump", "load"]

MAX_BACKUP_BYTES = 128 * 1024 * 1024
"""Larger files are refused unread. Measured: 100,000 highlights with 100-character notes
make a 100 MB backup, which takes 3 s and 0.5 GB of memory to read and check."""


@dataclass
class RestoreReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    reanchored: list[str] = field(default_factory=list)
    orphaned: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {k: len(v) for k, v in self.__dict__.items()}


def dump(highlights: list[dict[str, Any]], documents: dict[str, dict[str, str]]) -> dict[str, Any]:
    tags = sorted({t for h in highlights for t in h["tags"]})
    return {
        "format": FORMAT,
        "version": VERSION,
        "created": now(),
        "documents": documents,
        "tags": tags,
        "highlights": highlights,
    }


def write(path: Path, highlights: list[dict[str, Any]], documents: list[Any]) -> int:
    """Write a backup file of ``highlights`` (snapshots) on ``documents`` (rows of id,
    source, source hash, cleaner version, title); returns how many highlights."""
    docs = {
        r[0]: {"source": r[1], "source_hash": r[2], "anchored_to": f"{r[2]}:{r[3]}", "title": r[4]}
        for r in documents
    }
    data = dump(highlights, docs)
    write_atomically(path, json.dumps(data, ensure_ascii=False, indent=1))
    return len(data["highlights"])


def load(path: Path) -> dict[str, Any]:
    """Read and check a backup file completely (see :mod:`jingdu.notes.schema`).

    Raises:
        AnnotationError: the file is unreadable, too large, not a regular file, not
            JSON, or breaks a rule of the backup format; one line names what.
    """
    raw = _read(path, MAX_BACKUP_BYTES)
    try:
        text = raw.decode("utf-8-sig")  # a BOM from a Windows editor is harmless
    except UnicodeDecodeError as exc:
        raise AnnotationError(f"{path}: not UTF-8 text, so not a Jingdu backup") from exc
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError as exc:
        raise AnnotationError(
            f"{path}: nested more deeply than any backup, so not a Jingdu backup"
        ) from exc
    except json.JSONDecodeError as exc:
        raise AnnotationError(
            f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    except _Constant as exc:
        raise AnnotationError(f"{path}: not valid JSON ({exc})") from exc
    except ValueError as exc:  # int() refuses more than 4,300 digits (CVE-2020-10735)
        raise AnnotationError(f"{path}: not valid JSON (a number too long to read)") from exc
    return check_backup(data, path)


class _Constant(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    """Python's json reads NaN and Infinity, which JSON does not have."""
    raise _Constant(f"{name} is not a JSON number")


def _read(path: Path, limit: int) -> bytes:
    """At most ``limit`` bytes of a regular file (a FIFO or device is refused unread)."""
    try:
        return read_regular(path, limit, "backup")
    except UserError as exc:
        raise AnnotationError(str(exc)) from exc
