"""Text as rich text with some of its characters marked: what differs between a passage
and its parallel, in the lists and the side-by-side view. Every character escaped."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

ELLIPSIS = "…"


def marked(text: str, base: int, spans: list[tuple[int, int]], cls: str = "match") -> str:
    """``text`` (which starts at document offset ``base``) with the document spans
    ``spans`` in ``<span class=cls>``."""
    out, pos = [], 0
    for s, e in sorted(spans):
        a, b = max(s - base, pos), min(e - base, len(text))
        if b <= a:
            continue
        out += [escape(text[pos:a]), f'<span class="{cls}">', escape(text[a:b]), "</span>"]
        pos = b
    out.append(escape(text[pos:]))
    return "".join(out)


def in_context(
    text: str,
    span: tuple[int, int],
    spans: list[tuple[int, int]],
    around: int = 0,
    region_style: str = "",
) -> str:
    """``text[span]`` marked, with ``around`` characters of ``text`` either side in the
    ``path`` (secondary) colour, cut with an ellipsis; ``region_style`` styles the span
    itself (a wash, say). Line breaks are kept."""
    s, e = span
    lo, hi = max(0, s - around), min(len(text), e + around)
    head = (ELLIPSIS if lo > 0 else "") + escape(text[lo:s])
    tail = escape(text[e:hi]) + (ELLIPSIS if hi < len(text) else "")
    body = marked(text[s:e], s, spans)
    if region_style:
        # The anchor lets a view scroll to the place (QTextBrowser.scrollToAnchor).
        body = f'<a name="place"></a><span style="{region_style}">{body}</span>'
    out = f'<span class="path">{head}</span>{body}<span class="path">{tail}</span>'
    return out.replace("\n", "<br/>")


def percent(similarity: float) -> str:
    return QCoreApplication.translate("Parallels", "%1% alike").replace(
        "%1", str(int(similarity * 100))
    )
