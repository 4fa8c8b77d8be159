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

from jingdu.notes.model import COLORS, STYLES, AnnotationError, now
from jingdu.notes.tags import normalize

FORMAT = "jingdu-annotations"
VERSION = 1
_FIELDS: dict[str, type | tuple[type, ...]] = {
    "id": str,
    "doc": str,
    "start": int,
    "end": int,
    "quote": str,
    "prefix": str,
    "suffix": str,
    "color": str,
    "style": str,
    "note": str,
    "tags": list,
    "created": str,
    "updated": str,
    "orphan": bool,
}


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


def load(path: Path) -> dict[str, Any]:
    """Read and check a backup file completely.

    Raises:
        AnnotationError: the file is unreadable, not JSON, or not a Jingdu backup.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise AnnotationError(f"{path}: no such file") from exc
    except UnicodeDecodeError as exc:
        raise AnnotationError(f"{path}: not UTF-8 text, so not a Jingdu backup") from exc
    except json.JSONDecodeError as exc:
        raise AnnotationError(
            f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    except OSError as exc:
        raise AnnotationError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise AnnotationError(f"{path}: not a Jingdu annotations backup")
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise AnnotationError(
            f"{path}: backup version {data.get('version')!r} is newer than this Jingdu reads"
        )
    docs = data.get("documents", {})
    items = data.get("highlights")
    if not isinstance(docs, dict) or not isinstance(items, list):
        raise AnnotationError(f"{path}: the backup lacks its documents or highlights")
    seen: set[str] = set()
    for n, item in enumerate(items):
        where = f"{path}: highlight {n + 1}"
        if not isinstance(item, dict):
            raise AnnotationError(f"{where} is not an object")
        for name, kind in _FIELDS.items():
            value = item.get(name)
            if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
                raise AnnotationError(
                    f"{where}: field {name!r} is missing or not a {getattr(kind, '__name__', kind)}"
                )
        if item["id"] in seen:
            raise AnnotationError(f"{where}: id {item['id']} appears twice")
        seen.add(item["id"])
        if item["color"] not in COLORS or item["style"] not in STYLES:
            raise AnnotationError(f"{where}: unknown colour or style")
        if item["start"] < 0 or item["end"] <= item["start"] or len(item["quote"]) == 0:
            raise AnnotationError(f"{where}: offsets {item['start']}-{item['end']} are not a range")
        try:
            item["tags"] = [
                normalize(t) if isinstance(t, str) else normalize("") for t in item["tags"]
            ]
        except AnnotationError as exc:
            raise AnnotationError(f"{where}: {exc}") from exc
    return data
