"""Finding page furniture: page numbers, running headers, vertical section labels.

Furniture is set aside, never deleted silently: each line keeps its role and
the reason, so tests and ``jingdu show --json`` can audit what was removed.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from jingdu.corpus.contents import mark_contents
from jingdu.corpus.lines import Line, leads_are_rare
from jingdu.corpus.pages import MIN_PAGES, mark_page_rhythm
from jingdu.corpus.text import ends_sentence, width

_DASHES = "—–\\-－"
# "— 3 —", "— 106" (its closing dash on the next line), "- 3 -"; not "-1" (a number).
_PAGE_NO = re.compile(rf"^(?:[—–－]\s*\d{{1,4}}\s*[{_DASHES}]?|-\s*\d{{1,4}}\s*-)$")
_LONE_DASH = re.compile(rf"^[{_DASHES}]$")
_PIPE_PAGE = re.compile(r"\|\s*\d{1,4}\s*\|")
_MD_RULE = re.compile(r"^[-*_]$")


@dataclass
class Furniture:
    """What the furniture pass learned about a source."""

    header_titles: list[str] = field(default_factory=list)
    """Running-header texts that look like the article's title (title witnesses)."""
    label: str = ""
    """A section label printed one character per line, e.g. 理论探索."""
    fragments: list[tuple[int, str, str]] = field(default_factory=list)
    """Pieces cut from inside a kept line: (line number, text, reason)."""


def mark_furniture(lines: list[Line]) -> Furniture:
    found = Furniture()
    found.header_titles += mark_page_rhythm(lines)
    mark_contents(lines)
    _mark_page_numbers(lines, found)
    _mark_running_headers(lines, found)
    _mark_vertical_labels(lines, found)
    return found


def _mark_page_numbers(lines: list[Line], found: Furniture) -> None:
    for i, line in enumerate(lines):
        t = line.text
        if _PAGE_NO.match(t):
            line.set_aside("furniture", "page number")
            # "— 106" on one line and its closing "—" on the next.
            if i + 1 < len(lines) and _LONE_DASH.match(lines[i + 1].text):
                lines[i + 1].set_aside("furniture", "page number (split)")
        elif _MD_RULE.match(t):
            line.set_aside("furniture", "empty list item")
    for line in _pipe_folios(lines):
        line.set_aside("furniture", "running header with page number")
        witness = _PIPE_PAGE.sub(" ", line.text).strip(" |")
        if witness and "《" not in witness and "期" not in witness:
            found.header_titles.append(witness)


PAGE_APART = 3
"""Folios stand a page apart: never closer than this many lines (table rows are next
to each other)."""


def _pipe_folios(lines: list[Line]) -> list[Line]:
    """Running heads with the page number between bars (``理解新质生产力  |  21  |``),
    proven by their rhythm: short lines whose numbers rise through the text, pages
    apart. Rows of a table (``|名称 |V:54, |1482 |说明|``) are neither."""
    found = [
        (i, ln, int(m.group(1)))
        for i, ln in enumerate(lines)
        if ln.role == "text"
        and len(ln.text) <= 50
        and (m := re.search(r"\|\s*(\d{1,4})\s*\|", ln.text)) is not None
    ]
    if len(found) < 2:
        return []
    numbers = [n for _, _, n in found]
    rising = all(a < b for a, b in itertools.pairwise(numbers))
    apart = all(b - a >= PAGE_APART for (a, _, _), (b, _, _) in itertools.pairwise(found))
    return [ln for _, ln, _ in found] if rising and apart else []


def _mark_running_headers(lines: list[Line], found: Furniture) -> None:
    """A short line printed again and again at page breaks is a running header (in a
    source that does not mark its pages: where it does, the page rhythm decides, and a
    line's leading blank is its indent, not a page start)."""
    if lines and lines[-1].page >= MIN_PAGES - 1:
        return
    counts = Counter(ln.text for ln in lines if ln.role == "text" and 4 <= len(ln.text) <= 40)
    by_lead = leads_are_rare(lines)  # else a leading blank is an indent, not a page start
    for text, n in counts.items():
        if n < 3 or ends_sentence(text) or text.startswith(("——", "#")):
            continue
        positions = [i for i, ln in enumerate(lines) if ln.text == text and ln.role == "text"]
        at_break = sum(1 for i in positions if _near_page_break(lines, i, by_lead))
        if at_break * 2 < len(positions):
            continue
        # Proof that it is no repeated subheading: a running head interrupts the text
        # where a page break falls mid-sentence; a subheading always follows a
        # sentence's end.
        if not any(_interrupts(lines, i) for i in positions):
            continue
        for i in positions:
            if _near_page_break(lines, i, by_lead) or lines[i].page != lines[max(i - 1, 0)].page:
                lines[i].set_aside("furniture", "running header")
            # (elsewhere it is the heading or title the running head repeats)
        found.header_titles.append(text)


def _interrupts(lines: list[Line], i: int) -> bool:
    """The text before line ``i`` stops mid-sentence (and runs on after it)."""
    before = next((ln for ln in reversed(lines[:i]) if ln.role == "text"), None)
    return before is not None and not ends_sentence(before.text)


def _near_page_break(lines: list[Line], i: int, by_lead: bool) -> bool:
    """A page number is adjacent, or (``by_lead``) the next line starts a page (its
    leading blank)."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines) and lines[j].reason.startswith("page number"):
            return True
    return by_lead and i + 1 < len(lines) and lines[i + 1].lead


def _at_break(lines: list[Line], a: int, b: int) -> bool:
    """Lines ``a`` to ``b`` stand next to page furniture, or where the page changes."""
    before = lines[a - 1] if a > 0 else None
    after = lines[b] if b < len(lines) else None
    return any(
        ln is not None and (ln.role == "furniture" or ln.page != lines[a].page or ln.lead)
        for ln in (before, after)
    )


def _mark_vertical_labels(lines: list[Line], found: Furniture) -> None:
    """Runs of one-character lines that spell the same label on several pages."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].role == "text" and len(lines[j].text) == 1:
            j += 1
        if j - i >= 2:
            runs.append((i, j))
        i = max(j, i + 1)
    spelled = Counter("".join(ln.text for ln in lines[a:b]) for a, b in runs)
    # Proof that it is a label printed down the page's edge: it lands at page breaks,
    # next to the other furniture, every time; or it cuts into a sentence and its last
    # character, cut off, is glued to the line after it, every time. One-character
    # cells of a table (是 / 否) land anywhere, between whole sentences.
    off_edge = {
        "".join(ln.text for ln in lines[a:b]) for a, b in runs if not _at_break(lines, a, b)
    }
    after: dict[str, set[str]] = {}
    for a, b in runs:
        s = "".join(ln.text for ln in lines[a:b])
        glue = lines[b].text[:1] if b < len(lines) and _interrupts(lines, a) else ""
        after.setdefault(s, set()).add(glue)
    glued = {s for s, firsts in after.items() if len(firsts) == 1 and not firsts & (set(s) | {""})}
    labels = {s for s, n in spelled.items() if n >= 2 and (s not in off_edge or s in glued)}
    if not labels:
        return
    tails: Counter[str] = Counter()
    for a, b in runs:
        s = "".join(ln.text for ln in lines[a:b])
        if s not in labels:
            continue
        for ln in lines[a:b]:
            ln.set_aside("furniture", "vertical section label")
        if b < len(lines):
            tails[lines[b].text[:1]] += 1
    label = max(labels, key=len)
    # The label's last character is often glued to the first line of the next page.
    tail = ""
    if tails:
        ch, n = tails.most_common(1)[0]
        if n == sum(tails.values()) and n >= 2 and ch not in label:
            tail = ch
    found.label = label + tail
    if not tail:
        return
    for idx, ln in enumerate(lines):
        after_run = idx > 0 and lines[idx - 1].reason == "vertical section label"
        if (
            ln.role == "text"
            and (ln.lead or after_run)
            and ln.text.startswith(tail)
            and len(ln.text) > 1
        ):
            rest = ln.text[1:]
            ln.text = rest.lstrip()
            ln.width = width(ln.text)
            found.fragments.append((ln.no, tail, "vertical section label"))
