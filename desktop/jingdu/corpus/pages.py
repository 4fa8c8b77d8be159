"""Page furniture proven by the page rhythm of a document that shows its pages.

``pdftotext`` ends every page with a form feed, so the cleaner knows where pages
start and end. A line is furniture when the same line — or the same line with
other numbers — stands among the first or last few lines of many pages (a
quarter of them, and at least three), and either one of its numbers advances
with the pages (``37``, ``5 / 223``, ``第3页``, ``— iv —``) while the others stay,
or nothing in it changes and it stands nowhere else in the text (``经济研究
2024年第6期``, a journal's odd and even heads). Any folio style and any running
head then counts without a list of patterns; a sentence that merely repeats (it
is found in mid-page too), a table row or a number in the text (not in step with
the pages) stays.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from jingdu.corpus.headings import numbering_level
from jingdu.corpus.lines import Line

EDGE = 3
"""Furniture stands among this many lines at the top or the foot of a page."""
MIN_PAGES = 3
"""A document shows a rhythm only over this many pages (and a quarter of them)."""
SECTION_PAGES = 2
"""A section's running head (it repeats a numbered heading) is proven on this many pages."""
STEP = 0.8
"""Of consecutive sightings, this share must show numbers that advance with the pages."""
MAX_CHARS = 60
_NOTES_HEADINGS = {"注释", "注", "参考文献", "注释与参考文献", "参考文献与注释"}
"""Unnumbered headings a book repeats at the top of the pages of its notes."""
_NUMBER = re.compile(r"\d+|(?<![A-Za-z])[ivxlcdm]{1,7}(?![A-Za-z])", re.I)
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def mark_page_rhythm(lines: list[Line]) -> list[str]:
    """Set aside the furniture the page rhythm proves; returns the running heads' texts
    (witnesses of the title)."""
    pages: dict[int, list[int]] = defaultdict(list)
    for i, ln in enumerate(lines):
        pages[ln.page].append(i)
    if len(pages) < MIN_PAGES:
        return []
    # Sightings by shape (a short page's top and foot are the same lines).
    sightings: dict[str, list[int]] = defaultdict(list)
    slot: dict[int, int] = {}  # 0 the first line of its page, 1 the next…; -1 the last…
    for idx in pages.values():
        top = idx[:EDGE]
        slot.update({i: -1 - k for k, i in enumerate(reversed(idx[-EDGE:]))})
        slot.update({i: k for k, i in enumerate(top)})
        for i in dict.fromkeys(top + idx[-EDGE:]):
            ln = lines[i]
            if ln.role == "text" and len(_shape(ln.text)) <= MAX_CHARS:
                sightings[_shape(ln.text)].append(i)
    everywhere = Counter(_shape(ln.text) for ln in lines if ln.role == "text")
    need = max(MIN_PAGES, len(pages) // 4)
    heads: list[str] = []
    firsts: dict[str, int] = {}
    for i, ln in enumerate(lines):
        if ln.role == "text":
            firsts.setdefault(_shape(ln.text), i)
    for shape, idx in sightings.items():
        first = firsts[shape]
        # A section's running head repeats a numbered heading of the text and changes
        # with the section: two pages after its heading prove it (with the checks below).
        section = bool(numbering_level(lines[first].text))
        enough = SECTION_PAGES if section else need
        if len({lines[i].page for i in idx if not (section and i == first)}) < enough:
            continue
        stepped = _in_step(idx, lines)
        if stepped is None:
            continue
        idx, advancing = stepped
        if len({lines[i].page for i in idx if not (section and i == first)}) < enough:
            continue
        # A line that never changes is a running head only if it stands nowhere else
        # (a refrain or a slogan repeated in the text is found in mid-page too).
        others = [i for i in idx if not (section and i == first)]
        if not advancing and len(others) < STEP * (everywhere[shape] - section):
            continue
        numeric = not re.sub(r"[#\W_]|第|页|共", "", shape)
        if not advancing:
            # A running head keeps its place on the page; a section's heading that the
            # head repeats stands below it, or is the first time the line is printed.
            # (A line printed nowhere else keeps to its edge: the extraction may give
            # a head and a folio beside it in either order.)
            place = Counter(slot[i] for i in idx).most_common(1)[0][0]
            if section:
                idx = [i for i in idx if slot[i] == place and i != first]
            else:
                idx = [i for i in idx if (slot[i] >= 0) == (place >= 0)]
            if len({lines[i].page for i in idx}) < enough:
                continue
        for i in idx:
            lines[i].set_aside("furniture", "page number" if numeric else "running header")
        if not numeric:
            heads.append(lines[idx[0]].text)
    _section_heads(lines, pages)
    return heads


def _section_heads(lines: list[Line], pages: dict[int, list[int]]) -> None:
    """Running heads that repeat the title or the current section's heading, a new one
    every few pages (a book's odd pages): a page's first line that prints again a
    heading found above it, on SECTION_PAGES pages or more."""
    # The heads the rhythm proved already count as witnesses (a section's head that
    # stands on two pages); the text lines are searched for the others.
    proven = {i for i, ln in enumerate(lines) if ln.reason == "running header"}
    text = [i for i in range(len(lines)) if lines[i].role == "text" or i in proven]
    opening = set(text[:EDGE])  # the title's lines
    seen: dict[str, int] = {}
    tops = {idx[0] for idx in pages.values() if idx}
    found: list[int] = []
    for n, i in enumerate(text):
        ln = lines[i]
        key = re.sub(r"\s+", "", ln.text)
        if i in tops and len(key) <= MAX_CHARS:
            # The heading it repeats: earlier, or just below it on its own page.
            below = [j for j in text[n + 1 : n + 1 + EDGE] if lines[j].page == ln.page]
            original = seen.get(key)
            if original is None:
                original = next(
                    (j for j in below if re.sub(r"\s+", "", lines[j].text) == key), None
                )
            if original is not None and (
                original in opening
                or numbering_level(lines[original].text)
                or key in _NOTES_HEADINGS
            ):
                found.append(i)
                continue
        seen.setdefault(key, i)
    if len({lines[i].page for i in found}) >= SECTION_PAGES:
        for i in found:
            lines[i].set_aside("furniture", "running header")


def _shape(text: str) -> str:
    """The line with its numbers as ``#`` and without spaces."""
    return _NUMBER.sub("#", re.sub(r"\s+", "", text))


def _value(token: str) -> int:
    if token.isdigit():
        return int(token)
    total, last = 0, 0
    for ch in reversed(token.lower()):
        v = _ROMAN[ch]
        total, last = (total - v, last) if v < last else (total + v, v)
    return total


def _in_step(idx: list[int], lines: list[Line]) -> tuple[list[int], bool] | None:
    """The sightings ``idx`` whose numbers are in step with the pages, and whether a
    number advances: each number of the line either stays the same on every sighting,
    or advances with the pages (its value minus the page number is the same, as on
    most sightings: a bare number of the text at a page foot is out of step and not
    taken); None when the lines differ in how many numbers they hold."""
    seen = [lines[i] for i in idx]
    numbers = [[_value(t) for t in _NUMBER.findall(re.sub(r"\s+", "", ln.text))] for ln in seen]
    if len({len(n) for n in numbers}) != 1:
        return None
    keep = [True] * len(seen)
    advancing = False
    for k in range(len(numbers[0])):
        values = [n[k] for n in numbers]
        if len(set(values)) == 1:
            continue
        offsets = [v - ln.page for v, ln in zip(values, seen, strict=True)]
        offset = Counter(offsets).most_common(1)[0][0]
        keep = [kp and o == offset for kp, o in zip(keep, offsets, strict=True)]
        advancing = True
    return [i for i, kp in zip(idx, keep, strict=True) if kp], advancing
