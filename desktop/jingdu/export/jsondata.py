"""A briefing note as JSON: the underlying data, for other tools.

Each excerpt's record is written once, in the first group it is in. Grouped by tag an
excerpt is in several groups, and in the others it is ``{"id": …, "see_group": i}``:
``i`` indexes ``groups``, where its record is. (Written in full everywhere, a highlight
with N tags gave N records of N tags each: 10,000 tags made a 3.2 GB file.) Grouped by
document or colour every excerpt is in one group, and the shape is as it always was.
"""

from __future__ import annotations

import json
from typing import Any

from jingdu.export.model import Briefing, Excerpt


def _record(e: Excerpt) -> dict[str, Any]:
    return {
        **e.highlight.to_dict(),
        "document_title": e.title,
        "authors": list(e.authors),
        "source": e.source,
        "sections": list(e.sections),
        "paragraph": e.paragraph,
        "citation": e.citation,
        "context": e.context,
    }


def to_dict(b: Briefing) -> dict[str, Any]:
    home = b.home
    return {
        "title": b.title,
        "subtitle": b.subtitle,
        "author": b.author,
        "date": b.date,
        "preface": b.preface,
        "group_by": b.group_by,
        "excerpts": b.excerpt_count,
        "figures": [{k: v for k, v in f.to_dict().items() if k != "png"} for f in b.figures],
        "groups": [
            {
                "title": g.title,
                "excerpts": [
                    _record(e)
                    if home[e.highlight.id] == i
                    else {"id": e.highlight.id, "see_group": home[e.highlight.id]}
                    for e in g.excerpts
                ],
            }
            for i, g in enumerate(b.groups)
        ],
    }


def render(b: Briefing) -> str:
    return json.dumps(to_dict(b), ensure_ascii=False, indent=2) + "\n"
