"""Tag names: trimmed, case-kept, unique regardless of width and case, hierarchical with '/'."""

from __future__ import annotations

import re
import unicodedata

from jingdu.notes.model import AnnotationError

MAX_TAG = 80
MAX_TAGS_PER_HIGHLIGHT = 50
"""More is no longer tagging, and a highlight with thousands of tags breaks every export."""
SEPARATOR = "/"

_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)
"""Unicode's default-ignorable characters: zero-width spaces and joiners, direction
marks and overrides, the soft hyphen, Hangul fillers, variation selectors; and the
blank Braille pattern, which draws nothing though it is not formally ignorable."""


def normalize(name: str) -> str:
    """The tag as stored: invisible characters removed, trimmed, each '/' level trimmed,
    inner blanks collapsed.

    Invisible characters (zero-width, direction overrides, other format characters)
    are removed rather than refused: they come along unseen in pasted text, and a
    message about a character the user cannot see helps nobody. They also let two
    tags look the same and differ, or a right-to-left override show a tag backwards.
    Control characters are refused as before: those are visible mistakes.

    Raises:
        AnnotationError: the name is empty (or only invisible), too long, or not a usable tag.
    """
    name = _INVISIBLE.sub("", name)
    if not name.isprintable():  # rare: skip the slow look at each character otherwise
        if any(unicodedata.category(ch) == "Cc" for ch in name):
            raise AnnotationError(f"tag {name[:20]!r} contains control characters")
        name = "".join(ch for ch in name if unicodedata.category(ch) != "Cf")
    parts = [re.sub(r"\s+", " ", p.strip()) for p in name.replace("／", SEPARATOR).split(SEPARATOR)]
    clean = SEPARATOR.join(parts)
    if not clean.strip(SEPARATOR + " "):
        raise AnnotationError("a tag name cannot be empty (or only invisible characters)")
    if any(not p for p in parts):
        raise AnnotationError(
            f"tag {clean!r} has an empty level (a leading, trailing or doubled '/')"
        )
    if len(clean) > MAX_TAG:
        raise AnnotationError(
            f"tag {clean[:20]}… is {len(clean):,} characters long; at most {MAX_TAG}"
        )
    return clean


def check_count(names: list[str], before: int = 0) -> list[str]:
    """The tags a highlight is to carry, if not too many.

    Args:
        before: how many it carries now; a highlight over the limit from an older
            Jingdu may keep its tags or lose some, but gain none.

    Raises:
        AnnotationError: more than :data:`MAX_TAGS_PER_HIGHLIGHT`, and more than before.
    """
    if len(names) > MAX_TAGS_PER_HIGHLIGHT and len(names) > before:
        raise AnnotationError(
            f"{len(names):,} tags on one highlight; "
            f"at most {MAX_TAGS_PER_HIGHLIGHT} tags per highlight"
        )
    return names


def key(name: str) -> str:
    """Two tags are the same tag when their keys are equal: width and case do not count."""
    return unicodedata.normalize("NFKC", name).casefold()


def is_under(name: str, prefix: str) -> bool:
    """True for the tag itself and everything below it: 政策 covers 政策/科技."""
    k, p = key(name), key(prefix)
    return k == p or k.startswith(p + SEPARATOR)
