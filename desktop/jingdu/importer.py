"""Importing many files and folders: what went in, what was refused and why.

Each file is imported whole or not at all (its own transaction), so a killed or
cancelled import leaves the files before it imported and nothing half there;
running the same import again skips what is already in (same text).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jingdu.errors import SourceError, UserError
from jingdu.importing.formats import SUFFIXES
from jingdu.progress import Progress

if TYPE_CHECKING:
    from jingdu.library import Library


@dataclass(frozen=True)
class Refused:
    file: str
    reason: str
    """A word the window translates (see :class:`jingdu.errors.SourceError`)."""
    message: str
    documents: tuple[str, ...] = ()
    """For a duplicate: the documents that already hold its text."""


@dataclass
class ImportReport:
    imported: list[tuple[str, list[str]]] = field(default_factory=list)
    """(file, ids of the documents made from it)."""
    refused: list[Refused] = field(default_factory=list)
    duplicates: list[Refused] = field(default_factory=list)

    @property
    def documents(self) -> list[str]:
        return [d for _, ids in self.imported for d in ids]

    @property
    def to_open(self) -> str | None:
        """The document to show after the import: the one new document, or, when the
        one file given was in the library already, its document there."""
        new = self.documents
        if len(new) == 1:
            return new[0]
        if not new and not self.refused and len(self.duplicates) == 1:
            return next(iter(self.duplicates[0].documents), None)
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "imported": [{"file": f, "documents": ids} for f, ids in self.imported],
            "duplicates": [
                {"file": r.file, "message": r.message, "documents": list(r.documents)}
                for r in self.duplicates
            ],
            "refused": [
                {"file": r.file, "reason": r.reason, "message": r.message} for r in self.refused
            ],
        }


def expand(paths: list[Path]) -> tuple[list[Path], list[Refused]]:
    """The files to import: files as given, folders searched recursively for the
    formats Jingdu reads (hidden files and folders skipped), in a stable order."""
    files: list[Path] = []
    refused: list[Refused] = []
    for path in paths:
        if path.is_dir():
            found = []
            for root, dirs, names in os.walk(path, onerror=None):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found += [
                    Path(root) / n
                    for n in names
                    if not n.startswith(".") and Path(n).suffix.lower() in SUFFIXES
                ]
            files += sorted(found)
            if not found:
                refused.append(
                    Refused(str(path), "empty", f"{path}: no document Jingdu reads in this folder")
                )
        else:
            files.append(path)
    return files, refused


def import_paths(
    lib: Library,
    paths: list[Path],
    progress: Progress | None = None,
    told: Callable[[str, list[str] | Refused], None] | None = None,
) -> ImportReport:
    """Import every file (see :meth:`jingdu.library.Library.import_paths`); ``told``
    hears each file's outcome as soon as it is known (document ids, or why not)."""
    files, refused = expand(paths)
    report = ImportReport(refused=refused)
    for n, file in enumerate(files):
        if progress is not None:
            progress(n, len(files), file.name)  # may raise: the user cancelled
        outcome: list[str] | Refused
        try:
            outcome = [d.id for d in lib.import_file(file)]
        except SourceError as exc:
            outcome = Refused(str(file), exc.reason, str(exc), exc.documents)
            (report.duplicates if exc.reason == "duplicate" else report.refused).append(outcome)
        except UserError as exc:  # a full disk, a locked library
            outcome = Refused(str(file), "unreadable", str(exc))
            report.refused.append(outcome)
        else:
            report.imported.append((str(file), outcome))
        if told is not None:
            told(str(file), outcome)
    if progress is not None:
        progress(len(files), len(files), "")
    return report
