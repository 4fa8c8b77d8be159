"""The numbering ladder of Chinese headings: 一、 / （一） / 1. / （1） / ① / 第X章 / 1.1.

Most Chinese Word files and web pages mark their sections with plain paragraphs
numbered by hand, not with heading styles. The ladder is the same idea
everywhere but its rungs are not: one document goes 一、 → （一） → 1., another
第一章 → 第一节 → 一、. So a document's levels come from the order in which its
own numbering styles first appear (the first style seen is level 1, the next
new one level 2…), not from a fixed table. Two families carry an order of
their own and keep it whatever comes first: dotted decimals (1 above 1.1 above
1.1.1) and 编/篇/部分 above 章 above 节.

A numbered paragraph is a heading only when it reads like one: short, with no
sentence inside it (``（一）加强领导。各地区要……`` is a run-in heading of a body
paragraph), and not one of a run of siblings with nothing between them (a
numbered list, or a table of contents).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from jingdu.importing.structured import Block

_CN = "一二三四五六七八九十百零〇两"
_DIGIT = r"(?:\d{1,2}|[０-９]{1,2})"
_DOT = "[.．]"
# "1.1. 控制台基础": a dotted number may end with a dot of its own before its title.
_END_DOT = r"(?:[.．](?=[\s\u3000\u4e00-\u9fff]))?"

# (style, pattern). Order matters: longer and more specific forms first.
_STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("第编", re.compile(rf"^第\s*[{_CN}\d]{{1,4}}\s*[编篇]")),
    ("第部分", re.compile(rf"^第\s*[{_CN}\d]{{1,4}}\s*部分")),
    ("第章", re.compile(rf"^第\s*[{_CN}\d]{{1,4}}\s*章")),
    ("第节", re.compile(rf"^第\s*[{_CN}\d]{{1,4}}\s*节")),
    ("dec4", re.compile(rf"^{_DIGIT}(?:{_DOT}{_DIGIT}){{3}}{_END_DOT}(?![\d０-９%％.．])")),
    ("dec3", re.compile(rf"^{_DIGIT}(?:{_DOT}{_DIGIT}){{2}}{_END_DOT}(?![\d０-９%％.．])")),
    (
        "dec2",
        re.compile(rf"^{_DIGIT}{_DOT}{_DIGIT}{_END_DOT}(?![\d０-９%％.．])(?!\s*[倍万亿元%％])"),
    ),
    ("cn", re.compile(rf"^[{_CN}]{{1,4}}\s*[、.．]")),
    ("cn_paren", re.compile(rf"^[（(]\s*[{_CN}]{{1,4}}\s*[）)]")),
    ("arabic", re.compile(rf"^(?:{_DIGIT}\s*[.．、](?![\d０-９])|[⒈-⒛])")),
    ("arabic_paren", re.compile(rf"^(?:[（(]\s*{_DIGIT}\s*[）)]|[⑴-⒇])")),
    ("arabic_rparen", re.compile(rf"^{_DIGIT}\s*[）)]")),
    ("circled", re.compile("^[①-⑳㉑-㉟]")),
    # "1 引言" is the top of a dotted-decimal ladder only where 1.1 occurs too.
    ("dec1", re.compile(rf"^{_DIGIT}[ \u3000]+(?=[\u4e00-\u9fff])")),
)
# Styles whose order is fixed relative to each other, whatever appears first.
_FAMILIES = (("dec1", "dec2", "dec3", "dec4"), ("第编", "第部分", "第章", "第节"))
_BARE_ALLOWED = {"第编", "第部分", "第章", "第节"}
"""Styles that are a heading by themselves (``第一章`` on its own line, the name below it)."""

# Unnumbered section names of Chinese articles and books: a paragraph that is
# exactly one of them is a heading at the top of the ladder.
_NAMED_SECTION = re.compile(
    r"^(?:引\s*言|前\s*言|导\s*言|绪\s*论|结\s*语|结\s*论|余\s*论|后\s*记|致\s*谢"
    r"|注\s*释|参考文献|附\s*录)$"
)
_NOTES_SECTION = re.compile(r"^(?:注\s*释|参考文献)$")
_NAMED = "named"
_SENTENCE_END = "。！？；!?;"
MAX_HEADING = 40
"""A numbered paragraph up to this long may end with a full stop and still be a heading."""
MAX_UNPUNCTUATED = 60
"""…and up to this long when it has no sentence punctuation at all."""
# A colon followed by a clause ("一、指导思想：以……为指导，全面……") runs the body on;
# a colon before a phrase ("（二）工业文明：机器化大生产的诞生") is a subtitle.
_RUN_IN_COLON = re.compile(r"[：:].*[，,；;。]")


@dataclass(frozen=True)
class Mark:
    style: str
    end: int
    """Where the numbering ends in the text."""


def mark(text: str) -> Mark | None:
    """The ladder numbering ``text`` starts with, or None."""
    stripped = text.lstrip(" \u3000\t")
    lead = len(text) - len(stripped)
    for style, rx in _STYLES:
        m = rx.match(stripped)
        if m:
            return Mark(style, lead + m.end())
    return None


def is_candidate(text: str) -> bool:
    """Whether ``text`` is numbered and shaped like a heading (not a numbered paragraph)."""
    m = mark(text)
    if m is None:
        return False
    text = text.strip()
    rest = text[m.end :].strip() if m.end <= len(text) else ""
    if not rest and m.style not in _BARE_ALLOWED:
        return False
    if len(text) > MAX_UNPUNCTUATED:
        return False
    if any(ch in _SENTENCE_END for ch in text[:-1]):
        return False  # a sentence inside: a run-in heading, i.e. a body paragraph
    if _RUN_IN_COLON.search(rest):
        return False
    if m.style == "circled" and text[-1] in _SENTENCE_END:
        return False  # ① with a full stop is a note or a list item, as Chinese texts use it
    return not (len(text) > MAX_HEADING and text[-1] in _SENTENCE_END)


def heading_levels(texts: Sequence[str], offset: int = 0) -> list[int]:
    """The heading level of each paragraph of one document, 0 for those that are not.

    ``texts`` are all the paragraphs in reading order (headings, body, items),
    since what lies between numbered paragraphs decides whether they are
    headings or a list. Levels start at ``offset + 1``.
    """
    styles: list[str | None] = []
    notes = False
    for t in texts:
        named = _NAMED_SECTION.match(t.strip())
        if named:
            # Under 注释 or 参考文献 the numbered lines are notes and references.
            notes = bool(_NOTES_SECTION.match(t.strip()))
        styles.append(_NAMED if named else None if notes else _style(t))
    _reject_runs(styles)
    styles = dotted_chapters(texts, styles)
    if "dec1" in styles and "dec2" not in styles:
        styles = [None if s == "dec1" else s for s in styles]
    order = _ordered(list(dict.fromkeys(s for s in styles if s not in (None, _NAMED))))
    rank = {s: i + 1 + offset for i, s in enumerate(order)}
    rank[_NAMED] = 1 + offset
    return [rank[s] if s is not None else 0 for s in styles]


def dotted_chapters(texts: Sequence[str], styles: list[str | None]) -> list[str | None]:
    """``styles`` with "N." as the top of the dotted ladder where a dotted section
    continues the number of an "N." heading before it ("1. 教程" above "1.1. 控制台基础"),
    not the 1. under （一）."""
    chapter: str | None = None
    for text, style in zip(texts, styles, strict=True):
        if style == "arabic":
            number = re.match(r"\d+", text.strip())
            chapter = number.group() if number else None
        elif style == "dec2" and chapter is not None and text.strip().startswith(f"{chapter}."):
            return ["dec1" if s == "arabic" else s for s in styles]
    return styles


def promote(blocks: list[Block], offset: int = 0, kinds: tuple[str, ...] = ("body",)) -> int:
    """Make the numbered headings among ``blocks`` of ``kinds`` headings (in place).

    Other blocks take part only as what separates the numbered ones. Returns
    how many blocks became headings.
    """
    texts = [b.text if b.kind in kinds and not b.markers else "" for b in blocks]
    count = 0
    for b, level in zip(blocks, heading_levels(texts, offset), strict=True):
        if level:
            b.kind, b.level = "heading", level
            count += 1
    return count


def _style(text: str) -> str | None:
    m = mark(text)
    return m.style if m is not None and is_candidate(text) else None


def _reject_runs(styles: list[str | None]) -> None:
    """Numbered paragraphs that follow each other with nothing between are a list.

    Within a run of consecutive candidates, a style occurring more than once is a
    list (or a table of contents), not headings: a section holds some text.
    """
    i = 0
    while i < len(styles):
        if styles[i] is None:
            i += 1
            continue
        j = i
        while j < len(styles) and styles[j] is not None:
            j += 1
        run = styles[i:j]
        repeated = {s for s in run if run.count(s) > 1}
        for k in range(i, j):
            if styles[k] in repeated:
                styles[k] = None
        i = j


def _ordered(first_seen: list[str]) -> list[str]:
    """First-appearance order, except that members of a family keep their own order."""
    out = list(first_seen)
    for family in _FAMILIES:
        slots = [i for i, s in enumerate(out) if s in family]
        members = sorted((out[i] for i in slots), key=family.index)
        for i, s in zip(slots, members, strict=True):
            out[i] = s
    return out


_DIGITS_CN = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """``n`` as Chinese numbering writes it: 十, 十一, 二十, 一百零一 (1 ≤ n < 10000)."""
    if n <= 0 or n >= 10000:
        return str(n)
    out = ""
    zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            out += ("零" if zero and out else "") + _DIGITS_CN[digit] + unit
            zero = False
        else:
            zero = True
    return out[1:] if out.startswith("一十") else out


# Typography: what formats with alignment and weight (Word, HTML) add to the ladder.

MAX_TITLE = 60
MAX_SIGNATURE = 30
_CLAUSE_END = "。；，,;"


@dataclass(frozen=True)
class Look:
    """How a block is set: ``align`` is ``center``, ``right`` or ``""``; ``bold`` all through."""

    align: str = ""
    bold: bool = False


def title_index(blocks: Sequence[Block], looks: Sequence[Look]) -> int | None:
    """The first block when it is set apart as a title: short, unnumbered, centred or bold.

    Bold alone marks a title only when no later short block is bold too (then
    they are all section headings, the first one included).
    """
    first = next((i for i, b in enumerate(blocks) if b.text.strip()), None)
    if first is None or blocks[first].kind != "body":
        return None
    text = blocks[first].text
    if len(text) > MAX_TITLE or text[-1:] in _CLAUSE_END or mark(text) is not None:
        return None
    if looks[first].align == "center":
        return first
    if not looks[first].bold:
        return None
    others = (i for i, b in enumerate(blocks) if looks[i].bold and len(b.text) <= MAX_HEADING)
    return (
        first if len(blocks) > 1 and next((i for i in others if i != first), None) is None else None
    )


def emphasised(blocks: list[Block], looks: Sequence[Look], level: int) -> None:
    """Short unnumbered bold paragraphs as headings at ``level``, where used sparingly.

    Centred and bold is heading enough by itself; bold alone counts only when
    at least two such paragraphs stand apart (a bold run of paragraphs is
    emphasis, not headings). Centred alone is how documents set their number
    line (国发〔2024〕1号), so it is not a heading. In place.
    """

    def shaped(b: Block) -> bool:
        text = b.text
        inner = any(ch in _SENTENCE_END for ch in text[:-1])
        return len(text) <= MAX_HEADING and not inner and text[-1:] not in _CLAUSE_END

    picks = [i for i, b in enumerate(blocks) if b.kind == "body" and looks[i].bold and shaped(b)]
    body = sum(1 for b in blocks if b.kind == "body")
    if not picks or len(picks) * 4 > body:
        return
    strong = [i for i in picks if looks[i].align == "center"]
    apart = all(b - a > 1 for a, b in itertools.pairwise(picks))
    for i in picks if len(picks) >= 2 and apart else strong:
        blocks[i].kind, blocks[i].level = "heading", level


def signatures(blocks: list[Block], looks: Sequence[Look]) -> None:
    """Short right-aligned paragraphs: the issuer and date under an official document."""
    for b, look in zip(blocks, looks, strict=True):
        if b.kind == "body" and look.align == "right" and len(b.text) <= MAX_SIGNATURE:
            b.kind = "signature"
