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
_NUMBER = re.compile(r"^\s*(?:\d{1,3}(?:[.．]\d{1,3})*[.．]?|[一二三四五六七八九十]+、)\s*")
_HEAD = re.compile(r"^\s*(?:目\s*录|目\s*次|contents|table of contents)\s*$", re.I)


def mark_contents(lines: list[Line]) -> None:
    """Set aside the lines of the pages that are a printed table of contents."""
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


def _key(text: str) -> str:
    """A title without its section number and spaces."""
    return re.sub(r"\s+", "", _NUMBER.sub("", text))
