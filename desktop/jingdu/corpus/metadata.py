"""Title, authors, abstract and keywords from the front of an article."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jingdu.corpus.headings import numbering_level
from jingdu.corpus.structure import Para, parse_authors

_ABSTRACT = re.compile(r"^[\[［【]\s*(?:摘\s*要|内容提要|提\s*要)\s*[\]］】]\s*")
_KEYWORDS = re.compile(r"^[\[［【]?\s*关\s*键\s*词\s*[\]］】:：]?\s*")
_FRONT_WINDOW = 8
_MAX_TITLE = 50


@dataclass
class Front:
    title: str = ""
    authors: list[str] = field(default_factory=list)
    abstract: str = ""
    keywords: list[str] = field(default_factory=list)
    column_labels: list[int] = field(default_factory=list)
    """Indexes of paragraphs before the title: journal and column names (furniture)."""


def read_front(paras: list[Para]) -> Front:
    """Find the article's metadata and give its paragraphs their kinds (in place)."""
    front = Front()
    window = paras[:_FRONT_WINDOW]
    for p in window:
        if p.kind != "body":
            continue
        m = _ABSTRACT.match(p.text)
        if m and not front.abstract:
            front.abstract = p.text[m.end() :].strip()
            continue
        m = _KEYWORDS.match(p.text)
        if m and not front.keywords:
            front.keywords = [k for k in re.split(r"[；;，,、\s]+", p.text[m.end() :]) if k]
    title_idx = -1
    if paras and paras[0].kind == "heading" and paras[0].level == 0:
        title_idx = 0
    for i, p in enumerate(window):
        if _ABSTRACT.match(p.text) or _KEYWORDS.match(p.text) or (p.kind == "heading" and p.level):
            break  # the byline comes before the abstract and the first section
        if p.kind not in ("body", "signature") or p.bulleted:
            continue  # (a list's items are no byline)
        names = parse_authors(p.text)
        if not names:
            continue
        front.authors = names
        p.kind = "signature"
        if title_idx < 0 and i > 0:
            cand = paras[i - 1]
            if len(cand.text) <= _MAX_TITLE and cand.text[-1:] not in "。；，":
                title_idx = i - 1
        break
    if title_idx < 0 and len(paras) > 1 and _opens_as_title(paras[0]):
        title_idx = 0  # no byline: a short line of its own above the text is its title
    if title_idx > 0 and _wrapped_title(paras[title_idx - 1], paras[title_idx]):
        # A title set on two lines in big type: the first line is no journal's name.
        head, tail = paras[title_idx - 1], paras.pop(title_idx)
        shift = len(head.text)
        head.text += tail.text
        head.lines += tail.lines
        head.line_offsets += [(o + shift, n) for o, n in tail.line_offsets]
        title_idx -= 1
    if title_idx >= 0:
        paras[title_idx].kind = "heading"
        paras[title_idx].level = 0
        front.title = paras[title_idx].text
        front.column_labels = [
            j for j in range(title_idx) if len(paras[j].text) <= 30 and paras[j].kind == "body"
        ]
    return front


def _opens_as_title(p: Para) -> bool:
    """A first paragraph that is a title by its shape: one short line, no sentence or
    clause punctuation in it, no section number."""
    return (
        p.kind == "body"
        and len(p.lines) == 1
        and 4 <= len(p.text) <= _MAX_TITLE
        and not re.search(r"[。；，！？：.;,!?:]", p.text)
        and not numbering_level(p.text)
    )


WRAPPED_TITLE = 10
"""A title's second line is at most this long when the first is a line of a title."""


def _wrapped_title(first: Para, second: Para) -> bool:
    """``first`` is the first line of a title that ``second`` ends: one line each, with
    no sentence or clause in either, ``second`` short, and ``first`` longer than a
    journal's or column's name."""
    return (
        first.kind == "body"
        and len(first.lines) == len(second.lines) == 1
        and len(second.text) <= WRAPPED_TITLE
        and len(first.text) > len(second.text)
        and len(first.text) + len(second.text) <= _MAX_TITLE
        and not re.search(r"[。；，！？]", first.text + second.text)
        and len(first.text) > 12
        and not re.search(r"\d", first.text)  # "经济研究2024年第6期" is a journal's line
    )
