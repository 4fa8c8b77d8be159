"""Section numbers that an extraction printed on a line of their own.

``pdftotext`` sets a heading's number apart from its title when the typesetter
left a wide gap between them (DocBook's PDFs do): ``14.13.1``, a blank line,
then ``如何设置夜间关机``; a chapter's ``3`` above the page's running head and
``结构`` below it. The number is put back in front of its title. A dotted
number is a section number by its form; a bare one only when a later line
proves it, numbering a section of it (``3.1 网络``) — otherwise it may be a
list's number or a count.
"""

from __future__ import annotations

import re

from jingdu.corpus.lines import Line
from jingdu.corpus.text import TERMINAL, width

_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,3}){0,5})\.?$")
MAX_TITLE = 60
"""A title longer than this is a paragraph, not a heading's title."""
PROOF_LINES = 80
"""How far below a bare chapter number its first section must start."""


def rejoin_section_numbers(lines: list[Line]) -> None:
    """Put each lone section number in front of its title (in place): the title's line
    takes the number, and the number's line is marked ``joined``."""
    text = [ln for ln in lines if ln.role == "text"]
    for i, ln in enumerate(text[:-1]):
        m = _NUMBER.match(ln.text)
        if m is None:
            continue
        title = text[i + 1]
        if not _is_title(title.text):
            continue
        number = m.group(1)
        if "." not in number and not _has_section(text[i + 2 : i + 2 + PROOF_LINES], number):
            continue
        title.text = f"{number} {title.text}"
        title.width = width(title.text)
        title.blank_before = ln.blank_before
        ln.set_aside("joined", "section number on a line of its own")


def _is_title(text: str) -> bool:
    return (
        len(text) <= MAX_TITLE
        and _NUMBER.match(text) is None
        and not any(ch in TERMINAL for ch in text)
        and not text.endswith(("，", ",", "：", ":"))
    )


def _has_section(lines: list[Line], number: str) -> bool:
    first = re.compile(rf"^{re.escape(number)}\.1(?:\.|\s|$)")
    return any(first.match(ln.text) for ln in lines)
