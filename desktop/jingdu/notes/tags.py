"""Tag names: trimmed, case-kept, unique regardless of width and case, hierarchical with '/'."""

from __future__ import annotations

import re
import unicodedata

from jingdu.notes.model import AnnotationError

MAX_TAG = 80
SEPARATOR = "/"


def normalize(name: str) -> str:
    """The tag as stored: trimmed, each '/' level trimmed, inner blanks collapsed.

    Raises:
        AnnotationError: the name is empty, too long, or not a usable tag.
    """
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        raise AnnotationError(f"tag {name[:20]!r} contains control characters")
    parts = [re.sub(r"\s+", " ", p.strip()) for p in name.replace("／", SEPARATOR).split(SEPARATOR)]
    clean = SEPARATOR.join(parts)
    if not clean.strip(SEPARATOR + " "):
        raise AnnotationError("a tag name cannot be empty")
    if any(not p for p in parts):
        raise AnnotationError(
            f"tag {clean!r} has an empty level (a leading, trailing or doubled '/')"
        )
    if len(clean) > MAX_TAG:
        raise AnnotationError(
            f"tag {clean[:20]}… is {len(clean):,} characters long; at most {MAX_TAG}"
        )
    return clean


def key(name: str) -> str:
    """Two tags are the same tag when their keys are equal: width and case do not count."""
    return unicodedata.normalize("NFKC", name).casefold()


def is_under(name: str, prefix: str) -> bool:
    """True for the tag itself and everything below it: 政策 covers 政策/科技."""
    k, p = key(name), key(prefix)
    return k == p or k.startswith(p + SEPARATOR)
