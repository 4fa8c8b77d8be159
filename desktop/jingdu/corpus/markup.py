"""Markdown and HTML left in a source by a converter: markup, not content."""

from __future__ import annotations

import re

# Bold as Markdown writes it: the text inside neither starts nor ends with a space or an
# asterisk ("********", a password's mask in a manual, is text).
_BOLD = re.compile(r"\*\*(?![\s*])(.+?)(?<![\s*])\*\*")
_SUP = re.compile(r"<sup>\s*([^<]{1,4}?)\s*</sup>")
# A Markdown list item's bullet; "+ : alice : ALL" (a line of a configuration file) and
# "- 1" are text.
_LIST_ITEM = re.compile(r"^[-*+]\s+(?=[^\s:：|=\d+-])")


def strip_inline_markup(text: str) -> tuple[str, list[str]]:
    """Remove ``**bold**``, ``<sup>①</sup>`` and list bullets; return the text and what went."""
    removed: list[str] = []
    m = _LIST_ITEM.match(text)
    if m:
        removed.append(m.group(0).strip())
        text = text[m.end() :]
    if "**" in text:
        removed.extend("**" * 2 for _ in _BOLD.findall(text))
        text = _BOLD.sub(r"\1", text)
    if "<sup>" in text:
        removed.extend("<sup></sup>" for _ in _SUP.findall(text))
        text = _SUP.sub(r"\1", text)
    return text, removed
