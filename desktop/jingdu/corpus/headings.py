"""Heading numbering and the level it implies.

Chinese academic writing numbers its sections 一、 above （一） above 1./１．
above (1)/（1）. The numbering, not the source's Markdown ``#`` count or font
size, is the reliable witness of a heading's level.
"""

from __future__ import annotations

import re

from jingdu.importing.ladder import is_candidate, mark

_NUMERAL = "一二三四五六七八九十"
_PATTERNS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"^[{_NUMERAL}]{{1,3}}\s*[、.．]")),
    (1, re.compile(rf"^第[{_NUMERAL}]{{1,3}}[部章节]分?")),
    (2, re.compile(rf"^[（(][{_NUMERAL}]{{1,3}}[）)]")),
    (3, re.compile(r"^\d{1,2}\.\d{1,2}(?!\d)\s*[^\s\d.%]")),  # 2.7 把握场景驱动…
    (3, re.compile(r"^(?:\d{1,2}|[１-９][０-９]?)\s*[.．、](?![\d０-９])")),
    (4, re.compile(r"^[（(](?:\d{1,2}|[１-９][０-９]?)[）)]")),
)
_LONE_NUMERAL = re.compile(rf"^[{_NUMERAL}]{{1,3}}$")
# Unnumbered section names that academic papers use at the top level.
_NAMED_SECTION = re.compile(r"^(?:引言|前言|导言|绪论|结语|结论|余论|参考文献)$")
# CommonMark: the #s, then a space (Chinese Markdown may leave it out before Chinese).
# "#!/bin/sh" and "#include" are not headings, nor is a root shell's "# apt-get update"
# (a command: lower-case Latin, no Chinese).
_MARKDOWN = re.compile(
    r"^(#{1,6})(?:\s+|(?=[^\x00-\x7f]))(?=[^#\s])(?![a-z][\w.-]*(?:\s|$)(?!.*[\u4e00-\u9fff]))"
)


# Numbering the table above does not know, found by the ladder of the importers:
# dotted decimals (1.1, 1.1.1), 第1章 / 第一节 / 第二部分. Its level is provisional:
# the document's own ladder decides (structure.ladder_levels).
_LADDER_ONLY = {"dec2", "dec3", "dec4", "第编", "第部分", "第章", "第节"}
_SHORT_HEADING = 30


def numbering_level(text: str) -> int:
    """The level implied by a heading's numbering, or 0 when it has none."""
    if _LONE_NUMERAL.match(text) or _NAMED_SECTION.match(text):
        return 1
    for level, rx in _PATTERNS:
        if rx.match(text):
            return level
    m = mark(text)
    if m is not None and (
        m.style in _LADDER_ONLY
        or (m.style == "dec1" and len(text) <= _SHORT_HEADING and is_candidate(text))
    ):
        return 1
    return 0


def markdown_level(text: str) -> int:
    m = _MARKDOWN.match(text)
    return len(m.group(1)) if m else 0


def strip_markdown_heading(text: str) -> tuple[str, str]:
    """Split ``"## 一、引言"`` into (``"## "``, ``"一、引言"``)."""
    m = _MARKDOWN.match(text)
    if not m:
        return "", text
    return m.group(0), text[m.end() :]


def is_named_section(text: str) -> bool:
    """引言, 结语, 参考文献…: a section named, not numbered."""
    return bool(_NAMED_SECTION.match(text))


def is_lone_numeral(text: str) -> bool:
    return bool(_LONE_NUMERAL.match(text))
