"""Headings from type and numbering together, levels from sizes and the numbering ladder,
and the PDF's own outline (bookmarks) where it has one.

A heading is a short paragraph of its own that is set apart by its type — larger
than the body, bold, or another face — or that is numbered like a heading
(一、（一）1.（1）…) and reads like one. Bigger type is a higher level; among
headings of one size the numbering ladder decides, in the order the document's
own numbering styles first appear (see :mod:`jingdu.importing.ladder`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from jingdu.importing.ladder import heading_levels, is_candidate, mark
from jingdu.importing.pdf_layout import SAME_SIZE, Para, Stats, is_kai

BIGGER = 1.12
"""A heading's type is at least this much larger than the body's, unless bold or another face."""
MAX_LEN = 60
_SENTENCE = re.compile(r"[。；;！!？?]")
_TRAILING = "，,、；;："
# Section numbers an outline may leave out of its titles: "3.1 网络", "第三章 结构", "一、".
_NUMBERING = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\.?\s+|第[一二三四五六七八九十百零\d]+[编章节部分]\s*|[一二三四五六七八九十]+、\s*)"
)


def find(paras: list[Para], st: Stats) -> None:
    """Mark headings among ``paras`` and give them levels (in place)."""
    numbered_only: list[int] = []
    for i, p in enumerate(paras):
        if p.kind != "body" or len(p.lines) > 3 or len(p.text) > MAX_LEN:
            continue
        ln = p.first
        text = p.text.strip()
        numbered = is_candidate(text)
        punctuated = bool(_SENTENCE.search(text[:-1])) or text[-1] in _TRAILING
        if ln.size >= st.body * BIGGER or ln.bold:
            if numbered or not (punctuated or text[-1] in "。."):
                p.kind = "heading"
        elif (
            ln.font != st.font and len(text) <= 40 and _chinese(text) and ln.size >= st.body * 0.95
        ):
            # Another face at body size: 黑体 or 楷体 headings of official documents; a
            # face that sets quotations (楷体) says heading only with a number.
            if numbered or (not is_kai(ln.font) and not punctuated and text[-1] not in "。."):
                p.kind = "heading"
        elif numbered and len(p.lines) <= 2 and len(text) <= 40 and not _next_item(paras, i):
            numbered_only.append(i)
    # Numbered lines in body type are headings unless they are a list (siblings in a row).
    texts = [""] * len(paras)
    for i in numbered_only:
        texts[i] = paras[i].text
    for i, level in enumerate(heading_levels(texts)):
        if level:
            paras[i].kind = "heading"
    _levels([p for p in paras if p.kind == "heading"], st)


def _next_item(paras: list[Para], i: int) -> bool:
    """Whether ``paras[i]`` follows a paragraph numbered in the same style (the next item
    of a numbered list, such as the steps of a procedure)."""
    if i == 0 or paras[i - 1].kind != "body":
        return False
    a, b = mark(paras[i - 1].text), mark(paras[i].text)
    return a is not None and b is not None and a.style == b.style


def _chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _size_key(p: Para) -> float:
    return round(p.first.size * 2) / 2


def _levels(heads: list[Para], st: Stats) -> None:
    """Bigger type is higher; within one size, the numbering ladder."""
    sizes = sorted({_size_key(p) for p in heads}, reverse=True)
    merged: list[list[float]] = []
    for s in sizes:  # sizes within SAME_SIZE of each other are one size
        if merged and merged[-1][0] - s <= SAME_SIZE * s:
            merged[-1].append(s)
        else:
            merged.append([s])
    base = 0
    for group in merged:
        members = [p for p in heads if _size_key(p) in group]
        # Separate them so that the ladder does not take consecutive headings for a list.
        spread: list[str] = []
        for p in members:
            spread += [p.text if mark(p.text) else "", ""]
        ranks = heading_levels(spread)[::2]
        for p, r in zip(members, ranks, strict=True):
            p.level = base + max(r, 1)
        base += max([*ranks, 1])


def norm(text: str) -> str:
    """NFKC, without whitespace, in lower case: how titles are compared."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


def apply_outline(paras: list[Para], toc: list[tuple[int, str, int | None]], title: str) -> int:
    """Headings and levels from the bookmarks: each title matched, in order, to a
    paragraph on (or next to) the page it points to. Returns how many matched."""
    pos = shift = 0
    matched: set[int] = set()
    by_style: dict[tuple[float, bool, str], set[int]] = {}
    for depth, name, page in toc:
        key = norm(name)
        if not key:
            continue
        if title and key == norm(title):
            shift = depth + 1  # the document's title at the top: its sections are level 1
            continue
        for i in range(pos, len(paras)):
            p = paras[i]
            if page is not None and p.page - 1 > page + 1:
                break
            if page is not None and p.page - 1 < page - 1:
                continue
            text = norm(_NUMBERING.sub("", p.text)) if not _NUMBERING.match(name) else norm(p.text)
            if text == key or (
                len(key) >= 4 and text.startswith(key) and len(text) <= len(key) + 12
            ):
                if p.kind not in ("body", "heading"):
                    continue
                p.kind, p.level = "heading", max(1, depth + 1 - shift)
                by_style.setdefault(_style(p), set()).add(p.level)
                matched.add(id(p))
                pos = i + 1
                break
    # Headings the outline leaves out (it often stops at a depth): a dotted section number
    # says how deep, where the outlined headings show how numbers map to levels;
    # otherwise they take the level of outlined ones in the same type.
    shifts = Counter(p.level - _depth(p.text) for p in paras if id(p) in matched and _depth(p.text))
    shift_ = shifts.most_common(1)[0][0] if shifts else None
    for p in paras:
        if p.kind != "heading" or id(p) in matched:
            continue
        levels = by_style.get(_style(p), set())
        if shift_ is not None and _depth(p.text):
            p.level = max(1, _depth(p.text) + shift_)
        elif len(levels) == 1:
            p.level = next(iter(levels))
    return len(matched)


_DOTTED = re.compile(r"^\s*(\d{1,3}(?:[.．]\d{1,3})*)[.．]?(?:\s|$)")


def _depth(text: str) -> int:
    """How many parts a dotted section number has (``6.3.7.1`` → 4), or 0."""
    m = _DOTTED.match(text)
    return m.group(1).count(".") + m.group(1).count("．") + 1 if m else 0


def _style(p: Para) -> tuple[float, bool, str]:
    return (_size_key(p), p.first.bold, p.first.font)
