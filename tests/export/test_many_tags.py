"""A highlight under many tags: grouped by tag it is in every one of their groups, and
the note grows with what it holds, not with the square of its tags (10,000 tags made a
1.9 GB Markdown file and a 3.2 GB JSON one)."""

from __future__ import annotations

import json
import re
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from jingdu.export import fonts, jsondata, markdown, pdf
from jingdu.export.model import Briefing
from tests.export.made import briefing
from tests.export.test_markdown import rendered_text
from tests.export.test_pdf import body, flat

NOTE = "这条批注只该印一次。"


def tagged(count: int) -> Briefing:
    """Two highlights, each under the same ``count`` tags."""
    tags = tuple(f"主题{i:04d}" for i in range(count))
    return briefing(note=NOTE, tags=tags, count=2, group_by="tag")


def grows(render: Callable[[Briefing], str | bytes], n: int) -> tuple[float, float]:
    """How much the output and the memory taken to make it grow from n tags to 2n."""
    sizes, peaks = [], []
    for count in (n, 2 * n):
        b = tagged(count)
        tracemalloc.start()
        out = render(b)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        sizes.append(len(out))
    return sizes[1] / sizes[0], peaks[1] / peaks[0]


@pytest.mark.parametrize("render", [markdown.render, jsondata.render], ids=["md", "json"])
def test_the_note_and_its_making_grow_linearly_with_the_tags(render) -> None:
    size, memory = grows(render, 300)
    assert 1.5 < size < 2.2  # twice the tags: twice the groups, not four times the text
    assert memory < 2.5


def test_markdown_prints_each_excerpt_once_and_refers_to_it_elsewhere() -> None:
    b = tagged(300)
    text = rendered_text(markdown.render(b))
    tags = [f"主题{i:04d}" for i in range(300)]
    assert all(f"{i}. {t}" in text for i, t in enumerate(tags, 1))  # every group, named
    assert text.count(NOTE) == 2  # each highlight's note, once
    assert text.count("、".join(tags)) == 2  # its tags, listed once
    # Under every other tag, the quote again and where its note is.
    assert text.count("——详见「1. 主题0000」") == 2 * 299
    for g in b.groups[1:]:
        assert all(e.highlight.quote in text for e in g.excerpts)


def test_json_lists_each_excerpt_once_and_groups_refer_to_it_by_id() -> None:
    data = json.loads(jsondata.render(tagged(300)))
    assert data["excerpts"] == 2 and len(data["groups"]) == 300
    first, *others = data["groups"]
    assert [e["id"] for e in first["excerpts"]] == ["h0", "h1"]
    assert all(e["note"] == NOTE and len(e["tags"]) == 300 for e in first["excerpts"])
    assert all(
        g["excerpts"] == [{"id": "h0", "see_group": 0}, {"id": "h1", "see_group": 0}]
        for g in others
    )


def test_json_grouped_by_document_keeps_its_shape() -> None:
    data = json.loads(jsondata.render(briefing(note=NOTE, tags=("政策", "科技"), count=2)))
    [group] = data["groups"]
    assert [e["note"] for e in group["excerpts"]] == [NOTE, NOTE]
    assert group["excerpts"][0]["citation"].startswith("周文《论新质生产力》")


def test_the_pdf_grows_linearly_and_links_each_reference_to_the_excerpt(tmp_path: Path) -> None:
    font = fonts.find()
    sizes = []
    for count in (150, 300):
        out = tmp_path / f"{count}.pdf"
        out.write_bytes(pdf.render(tagged(count), font))
        sizes.append(out.stat().st_size)
    assert sizes[1] / sizes[0] < 2.2
    text = body(out, "学习简报：测试")
    assert text.count(flat(NOTE)) == 2
    assert text.count(flat("——详见「1. 主题0000」")) == 2 * 299
    assert all(flat(f"{i}. 主题{i - 1:04d}") in text for i in range(1, 301))
    # Each reference links to the place of its excerpt (the contents' links go to the
    # top of a page instead).
    targets = re.findall(rb"/Dest \[ (\d+ 0 R /XYZ [\d.]+ [\d.]+) 0 \]", out.read_bytes())
    assert len(targets) == 2 * 299 and len(set(targets)) == 2
