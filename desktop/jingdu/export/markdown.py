"""A briefing note as Markdown (CommonMark): same groups and order as the PDF."""

from __future__ import annotations

import re

from jingdu.export import charts
from jingdu.export.model import Briefing, Excerpt, preview

# Marks that start markup anywhere; an underscore only at a word's edge (CommonMark
# ignores it inside words, so file names like 002_1faa.txt stay readable); and what
# starts a block at the beginning of a line (a heading, a list, a quote, a rule).
_INLINE = re.compile(r"([\\`*\[\]<>&|~!])")
_UNDERSCORE = re.compile(r"(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")
_BLOCK = re.compile(r"^(\s*)([#>+=\-]|\d+(?=[.)]))")
LABEL = "**{}**："
"""A bold label with its colon outside the bold. CommonMark closes ** only after a
letter, or after punctuation when a space or punctuation follows: **批注：**这 (a letter
after the full-width colon) printed its asterisks instead of bold."""


def escape(text: str) -> str:
    """User text as literal Markdown (prints as typed); line breaks kept as hard breaks."""
    out = []
    for line in text.splitlines() or [""]:
        # Markdown drops a line's leading spaces (four would even make code): keep the
        # indentation the user typed as non-breaking spaces, a tab as four.
        body = line.lstrip(" \t")
        indent = line[: len(line) - len(body)].replace("\t", "    ")
        line = "&nbsp;" * len(indent) + _UNDERSCORE.sub(r"\\_", _INLINE.sub(r"\\\1", body))
        m = _BLOCK.match(line)
        if m:
            head, mark = m.group(1), m.group(2)
            if mark.isdigit():  # 1. or 1) would start a numbered list: escape the dot
                rest = line[m.end() :]
                line = f"{head}{mark}\\{rest}"
            else:
                line = f"{head}\\{mark}{line[m.end() :]}"
        out.append(line)
    return "\\\n".join(out)


def _quote_block(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in escape(text).split("\n"))


def _reference(b: Briefing, e: Excerpt, home: str) -> list[str]:
    """An excerpt printed in full under another group (see Briefing.home)."""
    label = b.label(e.highlight.color)
    return [_quote_block(label + preview(e.highlight.quote)), "", f"——详见「{home}」", ""]


def _excerpt(b: Briefing, e: Excerpt) -> list[str]:
    h, context = e.highlight, b.context
    out = [_quote_block(b.label(h.color) + h.quote), ""]
    if h.note.strip():
        out += [LABEL.format("批注") + escape(h.note), ""]
    if h.tags:
        out += [LABEL.format("标签") + "、".join(escape(t) for t in h.tags), ""]
    out += ["——" + escape(e.citation), ""]
    if context and e.context != h.quote:
        out += ["<small>上下文：" + escape(e.context) + "</small>", ""]
    return out


def render(b: Briefing) -> str:
    out = [f"# {escape(b.title)}", ""]
    if b.subtitle:
        out += [f"**{escape(b.subtitle)}**", ""]
    byline = " · ".join(escape(x) for x in (b.author, b.date) if x)
    if byline:
        out += [byline, ""]
    if b.preface.strip():
        out += ["## 前言", "", escape(b.preface.strip()), ""]
    out += charts.markdown_lines(b.figures, escape)
    out += [f"共 {b.excerpt_count} 条摘录。", ""]
    if len(b.groups) > 1:
        out += ["## 目录", ""]
        out += [f"{i}. {escape(g.title)}（{len(g.excerpts)}）" for i, g in enumerate(b.groups, 1)]
        out.append("")
    headings = [f"{i}. {escape(g.title)}" for i, g in enumerate(b.groups, 1)]
    for i, g in enumerate(b.groups):
        out += [f"## {headings[i]}", ""]
        for section, e in g.with_sections(b.group_by):
            if section:
                out += [f"### {escape(section)}", ""]
            home = b.home[e.highlight.id]
            out += _excerpt(b, e) if home == i else _reference(b, e, headings[home])
    return "\n".join(out).rstrip() + "\n"
