"""Footnotes: the markers in the running text and the bodies printed at page bottoms."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jingdu.corpus.lines import Line, next_word_overflows

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚"

# A note body at a page bottom: "a 《…》", "b   王贤青：…" (lettered, restarting per page).
# In a plain-text extraction the letter is glued to the note: "a付随鑫：…", "b《…》".
_LETTER_NOTE = re.compile(r"^([a-h])(?:[ \t]+\S|(?=[\u4e00-\u9fff《“]))")
# "① 习近平：…", "<sup>②</sup> 孙学工…", "- ①…", "  - ⑤ …".
_CIRCLED_NOTE = re.compile(rf"^(?:[-*+]\s*)?(?:<sup>)?([{CIRCLED}])(?:</sup>)?\s*\S")
# "[3] 习近平：《…》" — a reference entry names its author before a colon or full stop;
# "［4］123 在…" at a line start is an in-text citation that a line break put there.
_BRACKET_NOTE = re.compile(
    r"^[\[［](\d{1,3})[\]］]\s*(?=[\u4e00-\u9fffA-Za-z《“][^，。\d]{0,15}?[：:.．《])"
)
_FRONT_NOTE = re.compile(r"^(?:\*\*)?【(作者简介|基金项目|中图分类号|收稿日期|DOI)】")

# Markers inside the running text.
_INLINE_MARKERS = re.compile(
    rf"(?P<circled>[{CIRCLED}])"
    r"|(?P<bracket>\s?[\[［〔]\d{1,3}[\]］〕])"
    # A bare letter glued after a sentence end and before Chinese text or the line end.
    r"|(?<=[。”！？；）》])(?P<letter>[a-h])(?=[\u3400-\u9fff“《（]|$)"
)


@dataclass(frozen=True)
class Marker:
    """A footnote marker found in a paragraph: offsets into that paragraph's text."""

    start: int
    end: int
    label: str


def mark_note_lines(lines: list[Line]) -> None:
    """Set aside footnote bodies printed in the middle of the running text."""
    _mark_lettered_blocks(lines)
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.role != "text":
            i += 1
            continue
        if (_CIRCLED_NOTE.match(ln.text) and _looks_like_citation(ln.text)) or (
            _BRACKET_NOTE.match(ln.text) and _looks_like_citation(ln.text)
        ):
            ln.set_aside("note", "footnote")
        elif m := _FRONT_NOTE.match(ln.text):
            ln.set_aside("note", "article note")
            j = i
            if m.group(1) == "作者简介":
                # An author note runs over several lines (one per author) until its full stop.
                while not lines[j].text.rstrip().endswith("。") and j + 1 < len(lines):
                    if lines[j + 1].role != "text" or _FRONT_NOTE.match(lines[j + 1].text):
                        break
                    j += 1
                    lines[j].set_aside("note", "article note (continued)")
                i = j
        i += 1
    _wrapped_notes(lines)


_NOTE_END = tuple("。．.！？!?）)】]")
WRAPPED_NOTE_LINES = 8
"""A note wrapped over more lines than this is not one: the lines after it are text."""


def _wrapped_notes(lines: list[Line]) -> None:
    """Notes hard-wrapped over several lines (a plain-text extraction of a PDF): a note
    line as wide as the page's full lines, that does not end its citation, runs on into
    the next text lines (across page furniture) until one ends it or falls short."""
    widths = sorted(ln.width for ln in lines if ln.role == "text")
    if len(widths) < 10:
        return
    full = widths[int(len(widths) * 0.9)]  # the width of a full line in this document
    for i, ln in enumerate(lines):
        if ln.role != "note" or ln.reason.endswith("(continued)"):
            continue
        cur, j, taken = ln, i + 1, 0
        while taken < WRAPPED_NOTE_LINES and j < len(lines):
            nxt = lines[j]
            if nxt.role == "furniture":
                j += 1
                continue
            if nxt.role != "text" or note_label(nxt.text) or _FRONT_NOTE.match(nxt.text):
                break
            if not _runs_on(cur, nxt, full):
                break
            nxt.set_aside("note", f"{ln.reason} (continued)")
            cur, j, taken = nxt, j + 1, taken + 1


_OPEN_CLAUSE = tuple("，,、：:；;“‘《（(【[")
_LABEL_AT_END = re.compile(r"【[^】]{2,8}】$")
_SENTENCE_END = tuple("。．.！？!?")


def _runs_on(ln: Line, nxt: Line, full: float) -> bool:
    """Whether a note's line was wrapped (its citation goes on in ``nxt``).

    A line that stops inside a clause (a comma, an opening quote or bracket, a
    【label】 waiting for its value) was wrapped whatever its width. Otherwise it
    was wrapped when it is full, or when the next line's first word would not
    have fitted on it: an address or an English word is not broken, so a line
    of mixed scripts wraps well short of the full width. A full line may end
    with a closing bracket (（哲学社会科学版）) and still go on; a sentence's
    end ends it.
    """
    text = ln.text.rstrip()
    if text.endswith(_OPEN_CLAUSE) or _LABEL_AT_END.search(text):
        return True
    if text.endswith(_SENTENCE_END):
        return False
    wrapped = ln.width >= full - 2 or next_word_overflows(ln, nxt, full)
    return wrapped and (not text.endswith(_NOTE_END) or ln.width >= full - 2)


def _looks_like_citation(text: str) -> bool:
    """A note body cites something; a numbered body paragraph does not look like this."""
    return bool(
        re.search(r"《|”|\d{4}\s*年|第\s*\d+\s*[页卷期版]|https?://|出版社|，\s*\d{4}", text)
    )


def _cites_at_once(text: str) -> bool:
    """A note's first words name a source: an author and a colon, a 《title》, a quoted
    English title, or an address."""
    return bool(re.match(r"^[a-h]\s*(?:[^，。；\s]{1,15}[：:]|《|[“\"]|https?://|www\.)", text))


def _mark_lettered_blocks(lines: list[Line]) -> None:
    """Lettered notes sit in a block between the body of a page and the next page start."""
    i = 0
    n = len(lines)
    while i < n:
        m = _LETTER_NOTE.match(lines[i].text)
        # (A marker "a" that a line break put at a line start is no note: a note cites.)
        if not (
            m and m.group(1) == "a" and lines[i].role == "text" and _cites_at_once(lines[i].text)
        ):
            i += 1
            continue
        # The block runs to the next page start (a line with a leading blank) or furniture.
        j = i + 1
        expected = "b"
        ok = True
        while (
            j < n
            and not lines[j].lead
            and lines[j].role == "text"
            and lines[j].page == lines[i].page
        ):
            mm = _LETTER_NOTE.match(lines[j].text)
            if mm:
                if mm.group(1) == "a" and _cites_at_once(lines[j].text):
                    expected = "a"  # endnotes: each page's notes lettered from a again
                if mm.group(1) != expected:
                    ok = False
                    break
                expected = chr(ord(expected) + 1)
            j += 1
        if not ok or j - i > 40:
            i += 1
            continue
        for k in range(i, j):
            lines[k].set_aside("note", "footnote")
        i = j


def note_starts(lines: list[Line]) -> list[bool]:
    """For each note line, whether it begins a new note (else it continues the last)."""
    out = []
    for ln in lines:
        t = ln.text
        out.append(
            bool(
                _LETTER_NOTE.match(t)
                or _CIRCLED_NOTE.match(t)
                or _BRACKET_NOTE.match(t)
                or (_FRONT_NOTE.match(t) and ln.reason == "article note")
            )
        )
    return out


def note_label(text: str) -> str:
    for rx in (_LETTER_NOTE, _CIRCLED_NOTE, _BRACKET_NOTE):
        m = rx.match(text)
        if m:
            return m.group(1)
    return ""


def find_markers(text: str) -> list[Marker]:
    """Footnote markers in a paragraph of running text."""
    out = []
    for m in _INLINE_MARKERS.finditer(text):
        label = m.group(0).strip()
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        out.append(Marker(start, m.end(), label.strip("[]［］〔〕")))
    return out
