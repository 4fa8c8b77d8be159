"""A printed table of contents (目录) in a plain-text extraction that shows its pages.

The outline is built from the headings themselves, so the printed contents would
only repeat it as lines of titles, leader dots and page numbers, and its titles
would be taken for headings. A page is the contents only when the document
proves it: several of its lines carry leader dots, and most of its titles are
printed again later as lines of the text (with or without their numbers). A
page of a price list or a table with dotted leaders fails the second test.
"""

from __future__ import annotations

import re
from collections import defaultdict

from jingdu.corpus.lines import Line

MIN_LEADERS = 4
PROVEN = 0.6
"""At least this share of a page's titles is printed again later."""
_LEADERS = re.compile(r"(?:\s*[.．·…‧⋯]\s*){4,}\s*(?:\d{1,4}|[ivxlcdm]{1,7})?\s*$", re.I)
_FOLIO = re.compile(r"^(?:\d{1,4}|[ivxlcdm]{1,7})$", re.I)
# A section number, or a table's or figure's (表 1.1. in the text, 1.1. in its list).
_NUMBER = re.compile(
    r"^\s*(?:[表图]\s*)?(?:\d{1,3}(?:[.．]\d{1,3})*[.．]?|[一二三四五六七八九十]+、)\s*"
)
_HEAD = re.compile(
    r"^\s*(?:目\s*录|目\s*次|表格清单|插图清单|图表目录|contents|table of contents"
    r"|list of (?:tables|figures))\s*$",
    re.I,
)


def mark_contents(lines: list[Line]) -> None:
    """Set aside the lines of the pages that are a printed table of contents."""
    _mark_listed_contents(lines)
    pages: dict[int, list[Line]] = defaultdict(list)
    for ln in lines:
        if ln.role == "text":
            pages[ln.page].append(ln)
    if len(pages) < 2:
        return
    keys: list[tuple[int, str]] = [(ln.page, _key(ln.text)) for ln in lines if ln.role == "text"]
    for page, here in pages.items():
        leaders = [ln for ln in here if _LEADERS.search(ln.text)]
        if len(leaders) < MIN_LEADERS:
            continue
        titles = {_key(_LEADERS.sub("", ln.text)) for ln in here}
        titles = {t for t in titles if len(t) >= 2 and not _FOLIO.match(t)}
        later = {k for p, k in keys if p > page}
        if not titles or len(titles & later) < PROVEN * len(titles):
            continue
        first = next(
            i
            for i, ln in enumerate(here)
            if _HEAD.match(ln.text) or _key(_LEADERS.sub("", ln.text)) in later
        )
        for ln in here[first:]:
            ln.set_aside("furniture", "table of contents")


MAX_ENTRY = 60
"""A contents entry is a title: no longer than this, and no sentence."""


def _mark_listed_contents(lines: list[Line]) -> None:
    """A contents list without pages or leader dots (a text edition's): a 目录 line, then
    a run of titles of which most are printed again after the run, as lines of the text."""
    text = [ln for ln in lines if ln.role == "text"]
    for n, head in enumerate(text):
        if not _HEAD.match(head.text):
            continue
        run: list[Line] = []
        for ln in text[n + 1 :]:
            if len(ln.text) > MAX_ENTRY or re.search(r"[。；]", ln.text):  # a title may ask？
                break
            if run and ln.blank_before:
                break  # the list's lines stand together; a blank line ends it
            run.append(ln)
        if len(run) < MIN_LEADERS:
            continue
        later = {_key(ln.text) for ln in text[n + 1 + len(run) :]}
        titles = [_key(ln.text) for ln in run]
        if sum(t in later for t in titles) < PROVEN * len(titles):
            continue
        for ln in [head, *run]:
            ln.set_aside("furniture", "table of contents")


def _key(text: str) -> str:
    """A title without its section number and spaces."""
    return re.sub(r"\s+", "", _NUMBER.sub("", text))
