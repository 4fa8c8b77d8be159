"""Giving reflowed blocks their kinds: headings with levels, quotations, signatures."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jingdu.corpus.headings import (
    is_lone_numeral,
    is_named_section,
    markdown_level,
    numbering_level,
    strip_markdown_heading,
)
from jingdu.corpus.lines import leads_are_rare
from jingdu.corpus.markup import strip_inline_markup
from jingdu.corpus.reflow import Block
from jingdu.corpus.text import ends_sentence, han_count, is_caption
from jingdu.importing.ladder import dotted_chapters, mark

_MAX_HEADING = 60
_MAX_RUN_IN = 45
_SENTENCE_END = re.compile(r"[。！？](?:[”’」』）)]*)")
_CITATION = re.compile(r"^——\s*(?:\d{4}\s*年|.{0,20}《)")


@dataclass
class Para:
    """A classified paragraph, still free text (offsets come at assembly)."""

    text: str
    kind: str
    level: int = 0
    lines: list[int] = field(default_factory=list)
    markup: list[str] = field(default_factory=list)
    byline: bool = False
    lead: bool = False
    line_offsets: list[tuple[int, int]] = field(default_factory=list)
    """(offset in ``text``, source line number) for each source line of the paragraph."""

    @property
    def bulleted(self) -> bool:
        """A list item whose Markdown-style bullet (``*``, ``-``, ``+``) was taken off."""
        return any(m in ("-", "*", "+") for m in self.markup)

    def line_at(self, offset: int) -> int:
        """The source line an offset in this paragraph came from."""
        best = self.lines[0] if self.lines else 0
        for start, no in self.line_offsets:
            if start <= offset:
                best = no
        return best


def classify(blocks: list[Block]) -> list[Para]:
    paras: list[Para] = []
    for b in blocks:
        lines = [ln.no for ln in b.lines]
        spans = list(zip(b.offsets, lines, strict=True))
        text, markup = strip_inline_markup(b.text)
        md = markdown_level(text)
        if md:
            prefix, text = strip_markdown_heading(text)
            markup.append(prefix.strip())
        level = numbering_level(text)
        if md or (b.heading_hint and level) or is_lone_numeral(text):
            # A Markdown heading is its whole line ("## 为什么？怎么做？"); a numbered
            # one may run into its paragraph.
            head, rest = (text, "") if md else _split_run_in(text)
            if head:
                paras.append(
                    Para(
                        head,
                        "heading",
                        level or _md_fallback(md),
                        lines,
                        markup,
                        line_offsets=spans,
                    )
                )
                if rest:
                    shifted = [(max(0, o - len(head)), n) for o, n in spans]
                    paras.append(Para(rest, "body", 0, lines, line_offsets=shifted))
                continue
        paras.append(Para(text, "body", 0, lines, markup, lead=b.lines[0].lead, line_offsets=spans))
    _mark_citations(paras)
    _mark_bylines(paras)
    return paras


def ladder_levels(paras: list[Para]) -> None:
    """Numbered headings take the levels of the numbering styles this document uses,
    in their conventional order (GB/T 9704's 一、 above （一） above 1. above （1）, and
    编 above 部分 above 章 above 节 above them all, 1 above 1.1 above 1.1.1): a text
    numbered 第一章 / 第一节 / 一、 has 一、 at level 3, one numbered （一） / 1. has
    （一） at level 1. Unnumbered headings keep theirs."""
    heads = [p for p in paras if p.kind == "heading"]
    found = dotted_chapters([p.text for p in heads], [_style(p.text) for p in heads])
    styles = {id(p): style for p, style in zip(heads, found, strict=True)}
    used = sorted({s for s in styles.values() if s is not None}, key=LADDER_ORDER.index)
    rank = {s: i + 1 for i, s in enumerate(used)}
    for p in paras:
        style = styles.get(id(p))
        if style is not None:
            p.level = rank[style]


LADDER_ORDER = (
    "第编", "第部分", "第章", "第节", "cn", "cn_paren", "dec1", "dec2", "dec3", "dec4",
    "arabic", "arabic_paren", "arabic_rparen", "circled",
)  # fmt: skip
"""Numbering styles (see importing/ladder.py) from the top of a document down."""


def _style(text: str) -> str | None:
    if is_lone_numeral(text) or is_named_section(text):
        return "cn"  # 一 alone on its line, or 引言/结语: the top of the 一、 ladder
    m = mark(text)
    return m.style if m is not None else None


def _md_fallback(md: int) -> int:
    # An unnumbered Markdown "#" is the title; deeper unnumbered ones keep their depth.
    return 0 if md == 1 else max(md - 1, 1)


def _split_run_in(text: str) -> tuple[str, str]:
    """A heading alone, or a run-in heading (its first sentence) and the paragraph after it."""
    if len(text) <= 40 or (len(text) <= _MAX_HEADING and not _SENTENCE_END.search(text[:-1])):
        return text, ""
    m = _SENTENCE_END.search(text)
    if m and m.end() <= _MAX_RUN_IN and m.end() < len(text):
        return text[: m.end()], text[m.end() :]
    return "", text


def _mark_citations(paras: list[Para]) -> None:
    """Quotation source lines ("——2024 年 1 月 31 日，习近平在…") and the quotes they close.

    A quotation is one to three paragraphs between two source lines.
    """
    prev_cite = -1
    for i, p in enumerate(paras):
        if (
            p.kind == "body"
            and _CITATION.match(p.text)
            and len(p.text) <= 90
            and "。" not in p.text
        ):
            p.kind = "signature"
            # The quotation is the run of body paragraphs since the previous citation,
            # at most three: a longer run is commentary, not a quotation.
            run = [k for k in range(prev_cite + 1, i) if paras[k].kind == "body"]
            # Quotations sit between source lines. Before the first source line
            # only the paragraph next to it is a quote: what precedes it is the
            # text that introduces the quotations.
            for k in run if len(run) <= 3 and prev_cite >= 0 else run[-1:]:
                paras[k].kind = "quote"
            prev_cite = i


_NAME = re.compile(r"^[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}$")
_SHORT_NAME = re.compile(r"^[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,2}$")


def parse_authors(text: str) -> list[str]:
    """``"周 文，杨正源"`` -> ["周文", "杨正源"]; [] when the line is not a list of names.

    Names are separated by commas or spaces; a space inside a two-character
    name (周 文) is typesetting, not a separator.
    """
    if len(text) > 40 or ends_sentence(text) or _ADMONITION.match(text.strip()):
        return []
    names: list[str] = []
    for part in re.split(r"\s*[，,、；;]\s*", text.strip()):
        tokens = part.split()
        if len(tokens) > 1 and all(len(t) == 1 for t in tokens):
            tokens = ["".join(tokens)]
        names.extend(tokens)
    if not names or not all(_NAME.match(n) for n in names):
        return []
    if len(names) == 1 and not _SHORT_NAME.match(names[0]):
        return []  # four characters alone are more often a phrase than a name
    return names


# Who signs a piece: a paper's commentator, or an institution followed by a name.
_BYLINE_SHAPE = re.compile(
    r"(?:评论员|网评)$|(?:大学|学院|研究院|研究所|研究中心|党校|日报|委员会|政府)[^，。]*?\s?[\u4e00-\u9fff]{2,3}$"
)
# A list item (– 独立安装, • xfce, 2) 选择语言) is no signature, however short.
_LIST_ITEM = re.compile(r"^(?:[-–•∗◦▪·*+]\s|\d{1,2}[.)]\s|[a-zA-Z][.)]\s)")
# A manual's labels set apart above a note (DocBook's admonitions): no signatures.
_ADMONITION = re.compile(r"^(?:注意|提示|警告|小心|重要|注|说明|备注|摘要)[：:]?$")
_DATE_LINE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$")
_EDITOR = re.compile(r"^[（(](?:责任编辑|编辑|校对)[:：].{1,10}[）)]$")


def _mark_bylines(paras: list[Para]) -> None:
    """Signature lines that close a piece: 新华社评论员, 中国社会科学院大学 杨开忠, a date."""
    by_lead = leads_are_rare(paras)  # else a leading blank is an indent, not "set right"
    for i, p in enumerate(paras):
        if p.kind != "body":
            continue
        prev = paras[i - 1] if i else None
        if _EDITOR.match(p.text):
            p.kind = "signature"
        elif (
            prev is not None and prev.byline and (_DATE_LINE.match(p.text) or _is_signature_text(p))
        ):
            # A date under a signature, or the next of several signatories.
            p.kind = "signature"
            p.byline = True
        elif (
            ((p.lead and by_lead) or _BYLINE_SHAPE.search(p.text))
            and prev is not None
            and prev.kind in ("body", "quote")
            and ends_sentence(prev.text)
            and _is_signature_text(p)
        ):
            p.kind = "signature"
            p.byline = True


def demote_inner_bylines(paras: list[Para]) -> None:
    """In a single article only closing lines sign it; a short line mid-text is body."""
    last_text = max((i for i, p in enumerate(paras) if p.kind != "signature"), default=-1)
    for i, p in enumerate(paras):
        if p.byline and i < last_text:
            p.byline = False
            p.kind = "body"


def _is_signature_text(p: Para) -> bool:
    """Short, one line, no sentence, mostly Chinese: an affiliation and a name, or a list
    of names (a table row or a line of code set to the right is none)."""
    letters = [ch for ch in p.text if not ch.isspace()]
    han = han_count(p.text)
    return (
        len(p.text) <= 30
        and not _ADMONITION.match(p.text)
        and not p.text.endswith((":", "："))  # it introduces what follows
        and not is_caption(p.text)
        and not p.bulleted
        and han >= max(2, len(letters) / 2)
        and len(p.lines) == 1
        and not ends_sentence(p.text)
        and not _LIST_ITEM.match(p.text)
        and (not re.search(r"[，。；：？！“”]", p.text) or bool(parse_authors(p.text)))
    )
