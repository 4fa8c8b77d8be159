"""A document's Latin letters are as wide as its typeface sets them, not half an em."""

from __future__ import annotations

import re
import textwrap

from jingdu.corpus.lines import split_lines
from jingdu.corpus.widths import latin_width
from tests.corpus.helpers import clean, paragraphs

ENGLISH = (
    "Debian Edu is a Debian Pure Blend that provides a complete and free solution for "
    "schools, with a main server, workstations and thin clients, all configured out of "
    "the box and managed from one place by the teachers themselves. "
)
CHINESE = (
    "发展新质生产力是推动高质量发展的内在要求和重要着力点，必须继续做好创新这篇大文章，"
    "推动新质生产力加快发展。科技创新能够催生新产业、新模式、新动能，是发展新质生产力的核心要素。"
)
MIXED = (
    "在开始安装为生产使用的系统前建议阅读或至少看一下 Debian Bookworm 发行说明，"
    "更多有关 Debian Bookworm 发行的信息可在其安装手册里获得，GOsa² 可以管理用户和组。"
)
COLUMN = 30  # ems
LATIN = 0.43  # ems per character in this document's Latin face


def typeset(text: str) -> list[str]:
    """Wrap as a typesetter whose Latin characters are ``LATIN`` ems wide does (a Latin
    word is never broken)."""
    lines, line, room = [], "", COLUMN
    for token in re.findall(r"[A-Za-z0-9²]+|.", text):
        w = sum(1.0 if ord(ch) > 0x2E7F else LATIN for ch in token)
        if w > room + 1e-9 and line:
            lines.append(line.rstrip())
            line, room = "", COLUMN
        line += token
        room -= w
    return [*lines, line] if line else lines


def document() -> str:
    # More English lines than Chinese: measured at half an em they set the column.
    english = [textwrap.fill(ENGLISH * 3, width=int(COLUMN / LATIN))] * 12
    chinese = ["\n".join(typeset(CHINESE)), "\n".join(typeset(MIXED))] * 4
    return "\n".join(english + chinese) + "\n"  # no blank lines: the column decides


def test_the_latin_width_is_learned_from_wrapped_lines() -> None:
    width = latin_width(split_lines(document()))
    assert width is not None and abs(width - LATIN) < 0.03


def test_full_chinese_lines_beside_english_ones_are_not_taken_for_paragraph_ends() -> None:
    [doc] = clean(document())
    texts = [t for _, t in paragraphs(doc)]
    assert texts.count(CHINESE) == 4 and texts.count(MIXED) == 4
    assert texts.count((ENGLISH * 3).strip()) == 12


def test_a_chinese_document_keeps_the_half_em() -> None:
    assert latin_width(split_lines("\n".join(typeset(CHINESE * 20)))) is None
