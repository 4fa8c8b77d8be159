"""The one description of a JSON backup, checked in full before a restore writes anything.

Every field has one entry in a table (:data:`BACKUP`, :data:`HIGHLIGHT`): its
type, its bounds, its format. A file that breaks a rule is refused with one
line naming the file, the highlight and the field. What comes back is cleaned:
tags normalised and each kept once, timestamps rewritten in the one form
:func:`jingdu.notes.model.now` writes, because a restore compares them as text
to decide which version of a highlight is newer.

The bounds are far above anything Jingdu writes and below what would hurt:
an offset SQLite cannot store, a note longer than the editor takes, more tags
than an export can lay out, an id no one could type.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from jingdu.corpus.decode import MAX_SOURCE_BYTES
from jingdu.notes import tags as T
from jingdu.notes.model import COLORS, MAX_NOTE, STYLES, AnnotationError

FORMAT = "jingdu-annotations"
VERSION = 1
MAX_OFFSET = 2**31
"""Offsets are code points into one document; no document comes near this."""
MAX_ID = 128
MAX_DOC_ID = 1024
"""Document ids come from file names (at most 255 bytes) plus a part number."""
MAX_QUOTE = MAX_SOURCE_BYTES
"""A quote is at most a whole document, and a document at most its source's bytes."""
MAX_CONTEXT = 1024
"""Jingdu keeps 32 characters on each side; the room is for a later version keeping more."""
MAX_DOC_FIELDS = 32
MAX_DOC_FIELD = 4096
MAX_TIMESTAMP = 64
FUTURE_SLACK = timedelta(days=1)
"""A timestamp later than now by more than this would win every later merge: refused."""

_SURROGATE = re.compile("[\ud800-\udfff]")
_ID = re.compile(r"[A-Za-z0-9._:-]+")
"""Jingdu's ids are UUIDs; other ids of these plain characters (typed by hand) pass too."""
_PRINTABLE = re.compile(r"[^\x00-\x1f\x7f-\x9f]+")
"""No control characters: a document id is printed as it is, and an escape sequence in
it would reach the terminal."""


class Invalid(Exception):
    """A value that breaks its rule; the message says what the rule is."""


Check = Callable[[Any], Any]
"""Takes a value as parsed from JSON; returns it cleaned, or raises :class:`Invalid`."""


@dataclass(frozen=True)
class Field:
    check: Check
    required: bool = True


def _got(value: Any) -> str:
    """A short description of a bad value for the message (never the whole of it)."""
    if value is None or isinstance(value, bool):
        return {None: "null", True: "true", False: "false"}[value]
    if isinstance(value, int):
        digits = str(value)
        return digits if len(digits) <= 24 else f"a {len(digits):,}-digit number"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return repr(value[:30]) + ("…" if len(value) > 30 else "")
    if isinstance(value, list):
        return f"a list of {len(value):,} items"
    return "an object" if isinstance(value, dict) else type(value).__name__


def text(
    low: int, high: int, pattern: re.Pattern[str] | None = None, pattern_says: str = ""
) -> Check:
    """``low`` to ``high`` characters, all of the text matching ``pattern`` if given."""

    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise Invalid(f"must be text (got {_got(value)})")
        if len(value) < low:
            raise Invalid("must not be empty" if low == 1 else f"must be at least {low} characters")
        if len(value) > high:
            raise Invalid(f"is {len(value):,} characters long; at most {high:,}")
        if _SURROGATE.search(value):
            raise Invalid("holds a lone surrogate (\\ud800-\\udfff), which is not text")
        if pattern is not None and not pattern.fullmatch(value):
            raise Invalid(f"{pattern_says} (got {_got(value)})")
        return value

    return check


def integer(low: int, high: int) -> Check:
    def check(value: Any) -> int:
        # bool is an int to Python, never to a JSON writer
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise Invalid(f"must be a whole number from {low:,} to {high:,} (got {_got(value)})")
        return value

    return check


def boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise Invalid(f"must be true or false (got {_got(value)})")
    return value


def version_number(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise Invalid(f"must be a whole number, {VERSION} for this Jingdu (got {_got(value)})")
    return value


def one_of(options: tuple[str, ...]) -> Check:
    def check(value: Any) -> str:
        if value not in options:
            raise Invalid(f"must be one of {', '.join(options)} (got {_got(value)})")
        return str(value)

    return check


def timestamp(value: Any) -> str:
    """An ISO 8601 date and time, returned in UTC to the microsecond as Jingdu writes them.

    One without a zone is taken as UTC, which is what Jingdu has always written.
    """
    if not isinstance(value, str) or len(value) > MAX_TIMESTAMP:
        raise Invalid(f"must be an ISO 8601 date and time (got {_got(value)})")
    try:
        # Python 3.10 reads only the forms isoformat() writes: spell Z as +00:00 for it.
        parsed = datetime.fromisoformat(re.sub(r"[Zz]\Z", "+00:00", value))
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=timezone.utc)
        utc = parsed.astimezone(timezone.utc)
    except (ValueError, OverflowError) as exc:  # OverflowError: year 1 moved back a zone
        raise Invalid(
            f"must be an ISO 8601 date and time such as 2024-05-01T08:00:00+00:00 "
            f"(got {_got(value)})"
        ) from exc
    if utc > datetime.now(timezone.utc) + FUTURE_SLACK:
        raise Invalid(
            f"is in the future ({_got(value)}); check the clock of the computer it came from"
        )
    return utc.isoformat(timespec="microseconds")


def tag_list(high: int) -> Check:
    """A list of at most ``high`` tag names, each normalised, each kept once."""

    def check(value: Any) -> list[str]:
        if not isinstance(value, list):
            raise Invalid(f"must be a list of tag names (got {_got(value)})")
        if len(value) > high:
            raise Invalid(f"holds {len(value):,} tags; at most {high} tags per highlight")
        names: dict[str, str] = {}
        for item in value:
            if not isinstance(item, str):
                raise Invalid(f"must hold only text (got {_got(item)})")
            try:
                name = T.normalize(item)
            except AnnotationError as exc:
                raise Invalid(f"holds a bad tag: {exc}") from exc
            names.setdefault(T.key(name), name)
        return list(names.values())

    return check


def mapping(key: Check, value: Check, high: int | None = None) -> Check:
    """A JSON object of at most ``high`` fields, its names and values checked."""

    def check(obj: Any) -> dict[str, Any]:
        if not isinstance(obj, dict):
            raise Invalid(f"must be an object (got {_got(obj)})")
        if high is not None and len(obj) > high:
            raise Invalid(f"has {len(obj):,} fields; at most {high:,}")
        out = {}
        for k, v in obj.items():
            try:
                out[key(k)] = value(v)
            except Invalid as exc:
                raise Invalid(f"entry {_got(k)} {exc}") from exc
        return out

    return check


def list_of(item: Check | None = None) -> Check:
    """A JSON list; with ``item``, each of its items checked."""

    def check(value: Any) -> list[Any]:
        if not isinstance(value, list):
            raise Invalid(f"must be a list (got {_got(value)})")
        if item is None:
            return value
        out = []
        for n, x in enumerate(value, start=1):
            try:
                out.append(item(x))
            except Invalid as exc:
                raise Invalid(f"item {n} {exc}") from exc
        return out

    return check


_NO_CONTROL = "must not hold control characters"
DOCUMENT = mapping(text(1, 64), text(0, MAX_DOC_FIELD), MAX_DOC_FIELDS)

BACKUP: dict[str, Field] = {
    "format": Field(text(0, 64)),  # compared with FORMAT before anything else
    "version": Field(version_number),  # newer than VERSION: refused first, with its own message
    "created": Field(timestamp, required=False),
    "documents": Field(
        mapping(text(1, MAX_DOC_ID, _PRINTABLE, _NO_CONTROL), DOCUMENT), required=False
    ),
    "tags": Field(list_of(text(1, T.MAX_TAG)), required=False),  # a summary; restore ignores it
    "highlights": Field(list_of()),  # each checked against HIGHLIGHT below
}
"""The file as a whole; fields not named here are ignored (a later version may add some)."""

HIGHLIGHT: dict[str, Field] = {
    "id": Field(text(1, MAX_ID, _ID, "must be letters, digits and - _ . : only")),
    "doc": Field(text(1, MAX_DOC_ID, _PRINTABLE, _NO_CONTROL)),
    "start": Field(integer(0, MAX_OFFSET - 1)),
    "end": Field(integer(1, MAX_OFFSET)),
    "quote": Field(text(1, MAX_QUOTE)),
    "prefix": Field(text(0, MAX_CONTEXT)),
    "suffix": Field(text(0, MAX_CONTEXT)),
    "color": Field(one_of(COLORS)),
    "style": Field(one_of(STYLES)),
    "note": Field(text(0, MAX_NOTE)),
    "tags": Field(tag_list(T.MAX_TAGS_PER_HIGHLIGHT)),
    "created": Field(timestamp),
    "updated": Field(timestamp),
    "orphan": Field(boolean),
}
"""One highlight; all of it is needed to write it back."""


def _fields(table: dict[str, Field], obj: dict[str, Any], where: str) -> dict[str, Any]:
    out = dict(obj)
    for name, f in table.items():
        if name not in obj:
            if f.required:
                raise AnnotationError(f"{where}field {name!r} is missing")
            continue
        try:
            out[name] = f.check(obj[name])
        except Invalid as exc:
            raise AnnotationError(f"{where}field {name!r} {exc}") from exc
    return out


def check_backup(data: Any, path: object) -> dict[str, Any]:
    """The backup ``data`` (as parsed from the file ``path``), checked and cleaned.

    Raises:
        AnnotationError: one line naming the file, the highlight and the field at fault.
    """
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise AnnotationError(f"{path}: not a Jingdu annotations backup")
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise AnnotationError(
            f"{path}: backup version {version} is newer than this Jingdu reads ({VERSION})"
        )
    out = _fields(BACKUP, data, f"{path}: ")
    out.setdefault("documents", {})
    highlights, seen = [], set()
    for n, item in enumerate(out["highlights"], start=1):
        where = f"{path}: highlight {n}"
        if not isinstance(item, dict):
            raise AnnotationError(f"{where} is not an object (got {_got(item)})")
        h = _fields(HIGHLIGHT, item, where + ": ")
        if h["end"] <= h["start"]:
            raise AnnotationError(
                f"{where}: field 'end' ({h['end']}) must be after 'start' ({h['start']})"
            )
        if h["id"] in seen:
            raise AnnotationError(f"{where}: id {h['id']} appears twice")
        seen.add(h["id"])
        highlights.append(h)
    out["highlights"] = highlights
    return out
