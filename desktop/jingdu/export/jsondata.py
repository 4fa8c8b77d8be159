"""A briefing note as JSON: the underlying data, for other tools."""

from __future__ import annotations

import json
from typing import Any

from jingdu.export.model import Briefing


def to_dict(b: Briefing) -> dict[str, Any]:
    return {
        "title": b.title,
        "subtitle": b.subtitle,
        "author": b.author,
        "date": b.date,
        "preface": b.preface,
        "group_by": b.group_by,
        "excerpts": b.excerpt_count,
        "groups": [
            {
                "title": g.title,
                "excerpts": [
                    {
                        **e.highlight.to_dict(),
                        "document_title": e.title,
                        "authors": list(e.authors),
                        "source": e.source,
                        "sections": list(e.sections),
                        "paragraph": e.paragraph,
                        "citation": e.citation,
                        "context": e.context,
                    }
                    for e in g.excerpts
                ],
            }
            for g in b.groups
        ],
    }


def render(b: Briefing) -> str:
    return json.dumps(to_dict(b), ensure_ascii=False, indent=2) + "\n"
