"""Character classes and small text helpers shared by the cleaning passes."""

from __future__ import annotations

import functools
import re
import unicodedata

# Punctuation that can end a sentence, optionally followed by closing quotes or brackets.
TERMINAL = "。！？!?…；"
CLOSERS = "”’」』）)》〉】］]"
_TERMINAL_RE = re.compile(rf"[{re.escape(TERMINAL)}][{re.escape(CLOSERS)}]*$")
# A footnote marker may follow the sentence end: ①, [12], <sup>①</sup>, a bare letter.
_TRAILING_MARK_RE = re.compile(
    r"(?:\s*(?:\[\d{1,3}\]|［\d{1,3}］|〔\d{1,3}〕|<sup>[^<]{1,4}</sup>"
    r"|[\u2460-\u24ff\u3251-\u325f\u32b1-\u32bf]|[a-h]))$"
)

# A half-width full stop after Chinese text is a typo for 。, not an abbreviation.
_CJK_THEN_PERIOD = re.compile(r"[\u4e00-\u9fff]\.$")
CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】［］「」『』…—～·﹏"


# Latin ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) as some PDF extractions give them: spelled out, or
# "LibreOffice" is not found in "LibreOﬀice".
_LIGATURES = str.maketrans(
    {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
)


def spell_out_ligatures(text: str) -> str:
    return text.translate(_LIGATURES)


# No-break and narrow spaces are typesetting in plain text (a text-mode browser sets
# "1.1.\u00a0控制台基础" and indents with them): ordinary spaces to the rules.
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " "})


def plain_characters(text: str) -> str:
    """Ligatures spelled out and typesetting spaces made ordinary ones."""
    return text.translate(_LIGATURES).translate(_SPACES)


def is_cjk(ch: str) -> bool:
    """True for Han ideographs (all planes) and CJK symbols or full-width forms."""
    o = ord(ch)
    return (
        0x3400 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x3FFFF
        or 0x3000 <= o <= 0x303F
        or 0xFF00 <= o <= 0xFFEF
        or ch in CJK_PUNCT
    )


def is_han(ch: str) -> bool:
    o = ord(ch)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3FFFF


@functools.lru_cache(maxsize=8192)
def char_width(ch: str) -> float:
    """Width of a character in ems as a CJK typesetter lays it out.

    Full-width punctuation counts a whole em: measured on the corpus this gives
    the sharpest peak at the column width, and a lost two-character indent
    shows as exactly two ems less.
    """
    if ch == "\u3000":
        return 1.0
    if ch in " \t":
        return 0.5
    o = ord(ch)
    if 0xFF10 <= o <= 0xFF19 or 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A:
        # Full-width digits and Latin come from half-width glyphs in the PDF.
        return 0.5
    return 1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.5


def width(s: str) -> float:
    return sum(char_width(ch) for ch in s)


def narrow_count(s: str) -> int:
    """How many characters of ``s`` are half an em wide (Latin, digits, spaces)."""
    return sum(1 for ch in s if char_width(ch) < 1.0)


_HAN_RE = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


def han_count(s: str) -> int:
    """How many Han characters ``s`` holds (as :func:`is_han` counts them)."""
    return len(_HAN_RE.findall(s))


def ends_sentence(s: str) -> bool:
    """True if ``s`` ends with sentence-final punctuation (a footnote marker may follow)."""
    s = s.rstrip()
    if _TERMINAL_RE.search(s) or _CJK_THEN_PERIOD.search(s):
        return True
    stripped = _TRAILING_MARK_RE.sub("", s)
    return stripped != s and bool(_TERMINAL_RE.search(stripped))


_SPACE_RUN = re.compile(r"[ \t\u00a0\u3000]+")
# Quotation marks, the dash and the middle dot serve English as well as Chinese: the
# spaces beside one go when it stands against Chinese on either side (“两山” 理论,
# “小巨人” 28 家), and stay in English (the ”pguser” password).
_SHARED_PUNCT = "“”‘’—·"
_SPACE_NEAR_CJK_PUNCT = re.compile(
    rf"\s*([{re.escape(''.join(ch for ch in CJK_PUNCT if ch not in _SHARED_PUNCT))}])\s*"
)
_SPACE_NEAR_SHARED = re.compile(rf"\s+(?=[{_SHARED_PUNCT}])|(?<=[{_SHARED_PUNCT}])\s+")


def _drop_spaces_near_shared(s: str) -> str:
    def repl(m: re.Match[str]) -> str:
        before = m.end() < len(s) and s[m.end()] in _SHARED_PUNCT  # the spaces precede it
        mark = m.end() if before else m.start() - 1
        # The characters on either side of the mark, the spaces left out.
        sides = (m.start() - 1, mark + 1) if before else (mark - 1, m.end())
        chinese = any(0 <= i < len(s) and is_cjk(s[i]) and s[i] not in _SHARED_PUNCT for i in sides)
        return "" if chinese else m.group()

    return _SPACE_NEAR_SHARED.sub(repl, s)


def normalize_spaces(s: str) -> str:
    """Collapse runs of blanks and drop blanks next to full-width punctuation.

    PDF extraction leaves a space after every 。 in some sources and tabs
    between English words in others; neither is part of what the author wrote.
    Spaces between CJK and Latin or digits are kept: they are a typesetting
    convention the source may well have used.
    """
    s = _SPACE_RUN.sub(" ", s.strip())
    s = _SPACE_NEAR_CJK_PUNCT.sub(r"\1", s)
    return _drop_spaces_near_shared(s)


_URLISH = re.compile(r"(?:https?://|www\.|\S/\S)")


def join_lines(a: str, b: str) -> str:
    """Join two pieces of one paragraph that a hard line break separated.

    Chinese needs no space; two pieces of English prose do, unless the break
    falls inside a URL or a hyphenated word.
    """
    if not a:
        return b
    if not b:
        return a
    last, first = a[-1], b[0]
    opens = first in '("[' and last.isascii() and (last.isalnum() or last in ".,;:!?)")
    if opens and not _URLISH.search(a.rsplit(" ", 1)[-1]):
        return f"{a} {b}"  # an English bracket or quotation opens after a word
    if not (last.isascii() and first.isascii() and first.isalnum()):
        return a + b
    tail = a.rsplit(" ", 1)[-1]
    if last in ",;:)" or (last in ".!?" and first.isupper()):
        return f"{a} {b}"  # after a sentence or clause ("them. Simply"), never a URL
    if last.isalnum() and not _URLISH.search(tail):
        return f"{a} {b}"
    return a + b


_CAPTION = re.compile(r"^[图表]\s*\d{1,2}(?:[-—.．]\d{1,2})?[.．]?\s")


def is_caption(s: str) -> bool:
    """A figure or table caption such as ``图1 新质生产力的形成机制``."""
    return bool(_CAPTION.match(s))
