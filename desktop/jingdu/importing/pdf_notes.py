"""Footnotes: small text at a page's foot, each note starting with its mark, and the
raised (or small) marks in the text above that point to them.

A note zone is the run of lines at the bottom of a page (furniture gone) set
clearly smaller than the body. Its first line starts a note (``①``, ``1``,
``[1]``, ``*``, ``注1``, ``a``) or carries on the last note of the page before. Within
the zone a line starts a new note only when its mark comes next in the
sequence (1 after none or after 1…, ② after ①), so a note's second line that
happens to begin with ``2019年`` stays in its note, or when the note before has
ended (its last line short of the edge): notes lettered by page (a, b) or numbered
again by chapter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jingdu.corpus.text import ends_sentence, join_lines
from jingdu.importing.pdf_chars import Line
from jingdu.importing.pdf_layout import Para
from jingdu.importing.structured import Marker, Note

SMALL = 0.9
"""Note text is set at most this share of the body size."""
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟"

_MARK = re.compile(
    rf"^(?:注\s*)?(?P<label>[{CIRCLED}]|[\[［〔(（]\s*\d{{1,3}}\s*[\]］〕)）]"
    r"|\d{1,3}(?![\d年月日%％.．,，]|\s*[年月日])|[*＊]{1,3}|[†‡]|[a-z](?=[^\x00-\x7f]))"
    r"\s*[：:.．、]?\s*"
)
_INLINE = "[{}]", "［{}］", "〔{}〕"


@dataclass
class PageNotes:
    notes: list[Note] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    """The zone's lines, taken out of the text."""


def note_mark(text: str) -> bool:
    """Whether ``text`` starts the way a footnote does."""
    return _MARK.match(text) is not None


def label_of(mark: str) -> str:
    """The label a mark stands for: ``[1]`` and ``注1`` are ``1``, ``①`` stays ``①``."""
    return re.sub(r"[\s\[\]［］〔〕()（）注：:.．、]", "", mark).replace("＊", "*")


def _kind(label: str) -> str:
    if label.isascii() and label.isdigit():
        return "number"
    if len(label) == 1 and "a" <= label <= "z":
        return "letter"
    return "circled" if label in CIRCLED else label[:1]


def _value(label: str) -> int:
    """A label's place in its sequence (1 for the first note)."""
    if label.isascii() and label.isdigit():
        return int(label)
    if label in CIRCLED:
        return CIRCLED.index(label) + 1
    if len(label) == 1 and "a" <= label <= "z":
        return ord(label) - ord("a") + 1
    if set(label) == {"*"}:
        return len(label)
    return {"†": 1, "‡": 2}.get(label, 0)


def find(lines: list[Line], body: float, last: Note | None) -> PageNotes:
    """The notes at the foot of a page whose content lines (in order) are ``lines``.

    ``last`` is the last note found so far, which a first line without a mark continues.
    """
    k = len(lines)
    # The run of lines at the foot in small type, all of one size (a quotation set
    # small just above the notes is not one of them).
    while k > 0 and lines[k - 1].size <= body * SMALL and _same(lines[k - 1].size, lines[-1].size):
        k -= 1
    zone = lines[k:]
    if not zone:
        return PageNotes()
    out = PageNotes(lines=zone)
    # Each kind of mark (①, 1, *, †) keeps its own sequence: it goes on from the page
    # before, or starts again at 1 on this page.
    before = {_kind(last.label): _value(last.label)} if last is not None else {}
    here: dict[str, int] = {}
    current: Note | None = None
    carried: list[str] = []
    right = max(ln.x1 for ln in lines)  # the text block's right edge
    for i, ln in enumerate(zone):
        m = _MARK.match(ln.text)
        label = label_of(m.group("label")) if m else ""
        kind, value = _kind(label), _value(label)
        # After a note that ended (its last line short of the edge, its sentence over or
        # the sequence starting again at 1), a mark starts a note whatever its place in
        # the sequence: notes numbered by page or chapter, gathered on one page.
        ended = (
            i > 0
            and current is not None
            and zone[i - 1].x1 < right - zone[i - 1].size
            and (value == 1 or ends_sentence(current.text))
        )
        fresh = m is not None and (
            (last is None and not out.notes)
            or value == here.get(kind, before.get(kind, 0)) + 1
            or (kind not in here and value == 1)
            or ended
        )
        if fresh and m is not None:
            current = Note(label, ln.text[m.end() :].strip(), ln.page + 1)
            out.notes.append(current)
            here[kind] = value
        elif current is not None:
            current.text = join_lines(current.text, ln.text)
        elif carried or (
            i == 0 and last is not None and last.page == ln.page and not ends_sentence(last.text)
        ):
            carried.append(ln.text)  # a note carried over from the page before
        else:
            return PageNotes()  # small text that does not start with a mark: not notes
    if last is not None:
        for text in carried:  # only once the zone is known to be notes
            last.text = join_lines(last.text, text)
    return out


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 0.06 * max(a, b)


def markers(
    lines: list[Line], labels: set[str], anywhere: set[str]
) -> dict[int, list[tuple[int, int, str]]]:
    """Marks in the text that point to a note: ``id(line) -> [(start, end, label)]``.

    ``labels`` are the notes printed on this page, ``anywhere`` those of the whole
    document (a mark whose note went to the next page, or to the end). A mark is a
    raised or small run; failing one, a bracketed or circled mark in the line itself.
    """
    out: dict[int, list[tuple[int, int, str]]] = {}
    seen: set[str] = set()
    for ln in lines:
        for s, e in ln.marks:
            label = label_of(ln.text[s:e])
            if label and (label in labels or label in anywhere):
                # the mark's own brackets belong to it: [1] is one mark
                out.setdefault(id(ln), []).append((s, e, label))
                seen.add(label)
    for label in sorted(labels - seen):
        forms = [label] if label in CIRCLED else [f.format(label) for f in _INLINE]
        for ln in lines:
            hit = min(((ln.text.find(f), f) for f in forms if f in ln.text), default=None)
            if hit is not None:
                out.setdefault(id(ln), []).append((hit[0], hit[0] + len(hit[1]), label))
                break
    return out


_NOTES_TITLE = re.compile(
    r"^[\[［【]?(?:注释?|尾注|注释与参考文献|参考文献|参考资料)[\]］】]?[:：]?$"
)


def endnotes(paras: list[Para]) -> tuple[list[Note], set[int]]:
    """Notes gathered at the end under their own title (注释, 参考文献): each paragraph
    after the title that starts with a mark is a note. Returns the notes and the
    paragraphs they (and the title) were, to be taken out of the text."""
    for i in range(len(paras) - 1, -1, -1):
        if not _NOTES_TITLE.match(paras[i].text.strip()):
            continue
        notes: list[Note] = []
        taken = {id(paras[i])}
        for p in paras[i + 1 :]:
            m = _MARK.match(p.text)
            if m is None:
                break
            notes.append(Note(label_of(m.group("label")), p.text[m.end() :].strip(), p.page))
            taken.add(id(p))
        if notes:
            return notes, taken
    return [], set()


def link(paras: list[Para], labels: set[str]) -> None:
    """Markers for notes printed at the end: the raised or small marks of the text, and
    bracketed ones in the line itself (a citation such as [3]); circled ones in the line
    only where the text has no raised marks (else ①② in a sentence enumerate)."""
    raised = 0
    for p in paras:
        have = {(m.start, m.end) for m in p.markers}
        for ln, start in zip(p.lines, p.starts, strict=True):
            for s, e in ln.marks:
                label = label_of(ln.text[s:e])
                if label in labels and (start + s, start + e) not in have:
                    p.markers.append(Marker(start + s, start + e, label))
                    have.add((start + s, start + e))
                    raised += 1
    cited = _BRACKETED if raised else _CITED
    for p in paras:
        have = {(m.start, m.end) for m in p.markers}
        for m in cited.finditer(p.text):
            label = label_of(m.group())
            if label in labels and not any(s < m.end() and m.start() < e for s, e in have):
                p.markers.append(Marker(m.start(), m.end(), label))
        p.markers.sort(key=lambda m: m.start)


_BRACKETED = re.compile(r"[\[［〔]\d{1,3}[\]］〕]")
_CITED = re.compile(rf"[{CIRCLED}]|{_BRACKETED.pattern}")
