"""What a briefing note holds: the chosen excerpts, grouped, with their citations.

``build`` turns the library's highlights and a :class:`BriefingOptions` into a
:class:`Briefing`; the writers (Markdown, JSON, PDF) only lay that out, so all
three show the same excerpts in the same order.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from jingdu.corpus.document import Document
from jingdu.errors import UserError
from jingdu.notes.citation import format_source, locate
from jingdu.notes.model import COLORS, PALETTE, Highlight
from jingdu.notes.tags import is_under
from jingdu.notes.tags import key as tag_key

if TYPE_CHECKING:
    from jingdu.study.figures import Figure

GROUPINGS = ("document", "tag", "color")
LAYOUTS = ("modern", "official")
"""modern: a handout; official: the layout of Party and government documents and
briefings (公文/简报, after GB/T 9704-2012), with a masthead and a closing block."""

COLOR_NAMES = {c.key: c.zh for c in PALETTE}
"""A colour's name as a briefing (always in Chinese) prints it."""

UNTAGGED = "未加标签"
PREVIEW = 60
"""Characters of the quote a cross-reference shows (see :attr:`Briefing.home`)."""
DAY = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
"""A day, a month or a year: dates are matched as prefixes of the local time."""


class ExportError(UserError):
    """The export cannot be made as asked (nothing chosen, an unknown grouping, …)."""


class ExportCancelled(ExportError):
    """The user stopped the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("export cancelled: nothing was written")


@dataclass(frozen=True)
class Masthead:
    """What the official layout prints above and below the text; any part left empty is
    left out (the closing block altogether when all its parts are)."""

    name: str = ""
    """The briefing's name, printed large in red (学习简报 when empty)."""
    issue: str = ""
    """The issue number: 3 prints 第 3 期."""
    unit: str = ""
    """The issuing unit (编发单位), at the left under the masthead."""
    report_to: str = ""
    """报：(to superiors)"""
    send_to: str = ""
    """送：(to peers)"""
    issue_to: str = ""
    """发：(to those below)"""
    copies: str = ""
    """共印 N 份"""

    @property
    def closing(self) -> list[tuple[str, str]]:
        """The closing block's lines (label, text) that have text."""
        rows = [("报：", self.report_to), ("送：", self.send_to), ("发：", self.issue_to)]
        return [(label, text.strip()) for label, text in rows if text.strip()]


@dataclass
class BriefingOptions:
    """What to include and how to group it; every scope field narrows the selection."""

    docs: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    """A tag includes its sub-tags (政策 takes 政策/科技)."""
    colors: list[str] = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    notes_only: bool = False
    group_by: str = "document"
    color_meanings: dict[str, str] = field(default_factory=dict)
    """Headings for colour groups, e.g. {"yellow": "要点", "red": "存疑"}."""
    title: str = "学习简报：新质生产力"
    subtitle: str = ""
    author: str = ""
    date: str = ""
    preface: str = ""
    context: bool = False
    """Print each excerpt's whole paragraph after it, in a lighter style."""
    layout: str = "modern"
    masthead: Masthead = field(default_factory=Masthead)
    figures: bool = True
    """Print the charts added from the counts window (see :mod:`jingdu.export.charts`)."""


@dataclass(frozen=True)
class Excerpt:
    highlight: Highlight
    title: str
    authors: tuple[str, ...]
    source: str
    sections: tuple[str, ...]
    """Section titles above the passage, outermost first."""
    paragraph: int
    """1-based paragraph number in the document."""
    context: str
    """The paragraph around the passage."""

    @property
    def citation(self) -> str:
        return format_source(self.authors, self.title, self.sections, self.paragraph, self.source)


@dataclass(frozen=True)
class Group:
    title: str
    excerpts: tuple[Excerpt, ...]

    def with_sections(self, group_by: str) -> Iterator[tuple[str, Excerpt]]:
        """Each excerpt with the section heading to print above it ("" for none): when
        grouped by document, the document's own heading wherever the section changes."""
        section: tuple[str, ...] | None = None
        for e in self.excerpts:
            heading = ""
            if group_by == "document" and e.sections != section:
                section = e.sections
                heading = " › ".join(section)
            yield heading, e


@dataclass(frozen=True)
class Briefing:
    title: str
    subtitle: str
    author: str
    date: str
    preface: str
    group_by: str
    context: bool
    groups: tuple[Group, ...]
    layout: str = "modern"
    masthead: Masthead = field(default_factory=Masthead)
    meanings: dict[str, str] = field(default_factory=dict)
    """What the user said each colour means (黄 = 要点), where they said it."""
    figures: tuple[Figure, ...] = ()
    """Charts of the counts, printed after the preface."""

    def label(self, color: str) -> str:
        """An excerpt's label: its colour's meaning, else the colour's name — it says
        what the colour did on paper printed in black and white."""
        return f"【{self.meanings.get(color) or COLOR_NAMES.get(color, color)}】"

    @property
    def excerpt_count(self) -> int:
        """Distinct highlights (one under two tags counts once)."""
        return len(self.home)

    @functools.cached_property
    def home(self) -> dict[str, int]:
        """Highlight id: the index of the group its excerpt is printed in full in.

        Grouped by tag, an excerpt is under each of its tags. Printed in full under
        each, with all its tags each time, one highlight with N tags made the note grow
        with N squared (10,000 tags: a 1.9 GB Markdown file). So it is printed in full
        once, in the first of its groups, and every other group shows it as a
        cross-reference: its colour, the opening of its quote and where the rest is."""
        home: dict[str, int] = {}
        for i, g in enumerate(self.groups):
            for e in g.excerpts:
                home.setdefault(e.highlight.id, i)
        return home


def preview(quote: str) -> str:
    """The opening of a quote, for a cross-reference."""
    return quote if len(quote) <= PREVIEW else quote[:PREVIEW] + "……"


def local_time(stamp: str) -> str:
    """A stored UTC time in the local zone, ISO spelled (2026-11-22T07:00:00+08:00)."""
    try:
        return datetime.fromisoformat(stamp).astimezone().isoformat()
    except ValueError:
        return stamp


def matches(h: Highlight, o: BriefingOptions, doc_ids: set[str]) -> bool:
    if h.orphan:
        return False  # its passage is gone: nothing to quote in context or cite
    if doc_ids and h.doc not in doc_ids:
        return False
    if o.colors and h.color not in o.colors:
        return False
    if o.notes_only and not h.note.strip():
        return False
    if o.since or o.until:
        day = local_time(h.created)  # the user's dates are local days; stored times UTC
        if o.since and day[: len(o.since)] < o.since:
            return False
        if o.until and day[: len(o.until)] > o.until:
            return False
    return not o.tags or any(is_under(t, wanted) for t in h.tags for wanted in o.tags)


def _chosen_tags(h: Highlight, o: BriefingOptions) -> list[str]:
    """The tags an excerpt is grouped under: with tags in the scope, only those and their
    sub-tags (an excerpt chosen for 政策 is not also printed under 学习)."""
    return [t for t in h.tags if not o.tags or any(is_under(t, w) for w in o.tags)]


def tally(highlights: Iterable[Highlight], options: BriefingOptions) -> tuple[int, int]:
    """How many excerpts and groups :func:`build` would make, without reading any document
    (the export dialog counts live as the user changes the scope). ``options.docs`` holds ids."""
    o = options
    chosen = [h for h in highlights if matches(h, o, set(o.docs))]
    if o.group_by == "document":
        groups = {h.doc for h in chosen}
    elif o.group_by == "color":
        groups = {h.color for h in chosen}
    else:
        groups = {tag_key(t) if t else "" for h in chosen for t in (_chosen_tags(h, o) or [""])}
    return len(chosen), len(groups)


def build(
    highlights: Iterable[Highlight],
    documents: list[Document],
    options: BriefingOptions,
    resolve: Callable[[str], str] = lambda ref: ref,
) -> Briefing:
    """Select, cite and group. ``documents`` in library order; ``resolve`` turns a
    document reference (an abbreviated id, say) into its id."""
    o = options
    if o.group_by not in GROUPINGS:
        raise ExportError(f"unknown grouping {o.group_by!r}; choose one of {', '.join(GROUPINGS)}")
    if o.layout not in LAYOUTS:
        raise ExportError(f"unknown layout {o.layout!r}; choose one of {', '.join(LAYOUTS)}")
    copies = o.masthead.copies.strip()
    if copies and not (copies.isdecimal() and int(copies) > 0):
        raise ExportError(f"copies {copies!r}: write the number of copies printed, such as 30")
    for name, day in (("since", o.since), ("until", o.until)):
        if day and not DAY.fullmatch(day):
            raise ExportError(f"{name} {day!r}: write a date as YYYY-MM-DD (or YYYY-MM, YYYY)")
    if o.since and o.until and o.since[: len(o.until)] > o.until:
        raise ExportError(f"since {o.since} is after until {o.until}: no day is in between")
    unknown = [c for c in o.colors if c not in COLORS]
    if unknown:
        raise ExportError(f"unknown colour {unknown[0]!r}; choose from {', '.join(COLORS)}")
    doc_ids = {resolve(d) for d in o.docs}
    by_id = {d.id: d for d in documents}
    order = {d.id: i for i, d in enumerate(documents)}
    chosen = sorted(
        (h for h in highlights if h.doc in by_id and matches(h, o, doc_ids)),
        key=lambda h: (order[h.doc], h.start, h.end),
    )
    excerpts = [_excerpt(h, by_id[h.doc]) for h in chosen]
    groups = {"document": _by_document, "tag": _by_tag, "color": _by_color}[o.group_by](excerpts, o)
    return Briefing(
        title=o.title.strip() or "学习简报",
        subtitle=o.subtitle.strip(),
        author=o.author.strip(),
        date=o.date.strip() or date.today().isoformat(),
        preface=o.preface,
        group_by=o.group_by,
        context=o.context,
        groups=tuple(groups),
        layout=o.layout,
        masthead=o.masthead,
        meanings={c: m.strip() for c, m in o.color_meanings.items() if m.strip()},
    )


def _excerpt(h: Highlight, doc: Document) -> Excerpt:
    sections, number = locate(doc, h.start)
    para = doc.paragraphs[number - 1] if 0 < number <= len(doc.paragraphs) else None
    context = doc.text[para.start : para.end] if para is not None else h.quote
    return Excerpt(h, doc.title, tuple(doc.authors), doc.source, tuple(sections), number, context)


def _by_document(excerpts: list[Excerpt], _o: BriefingOptions) -> list[Group]:
    groups: dict[str, list[Excerpt]] = {}
    for e in excerpts:
        groups.setdefault(e.highlight.doc, []).append(e)
    return [Group(items[0].title, tuple(items)) for items in groups.values()]


def _by_tag(excerpts: list[Excerpt], o: BriefingOptions) -> list[Group]:
    """A group per tag (an excerpt with two tags is under both), by tag name; untagged last.
    With tags in the scope, only the groups of those tags and their sub-tags."""
    groups: dict[str, tuple[str, list[Excerpt]]] = {}
    untagged: list[Excerpt] = []
    for e in excerpts:
        tags = _chosen_tags(e.highlight, o)
        if not tags:
            untagged.append(e)
        for t in tags:
            groups.setdefault(tag_key(t), (t, []))[1].append(e)
    out = [Group(name, tuple(items)) for _k, (name, items) in sorted(groups.items())]
    if untagged:
        out.append(Group(UNTAGGED, tuple(untagged)))
    return out


def _by_color(excerpts: list[Excerpt], o: BriefingOptions) -> list[Group]:
    out = []
    for c in COLORS:
        items = tuple(e for e in excerpts if e.highlight.color == c)
        if items:
            meaning = o.color_meanings.get(c, "").strip()
            out.append(Group(meaning or COLOR_NAMES[c], items))
    return out
