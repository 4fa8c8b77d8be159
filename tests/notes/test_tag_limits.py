"""At most 50 tags per highlight (issue 11, item 12), wherever a highlight gains tags."""

from __future__ import annotations

import pytest

from jingdu.library import Library
from jingdu.notes.model import AnnotationError
from jingdu.notes.tags import MAX_TAGS_PER_HIGHLIGHT


def _names(n: int, stem: str = "标签") -> list[str]:
    return [f"{stem}{i}" for i in range(n)]


def _state(lib: Library) -> tuple[object, ...]:
    return [h.to_dict() for h in lib.highlights()], lib.tags(), lib.notes.changes()


def test_the_limit_is_fifty() -> None:
    assert MAX_TAGS_PER_HIGHLIGHT == 50


def test_adding_a_highlight_with_fifty_tags_works_and_with_fifty_one_is_refused(
    lib: Library,
) -> None:
    assert len(lib.add_highlight("002", 10, 20, tags=_names(50)).tags) == 50
    before = _state(lib)
    with pytest.raises(AnnotationError, match="at most 50 tags per highlight"):
        lib.add_highlight("002", 30, 40, tags=_names(51))
    with pytest.raises(AnnotationError, match="10,000 tags"):
        lib.add_highlight("002", 30, 40, tags=_names(10_000))
    assert _state(lib) == before


def test_the_same_tag_twice_counts_once(lib: Library) -> None:
    h = lib.add_highlight("002", 10, 20, tags=[*_names(50), "标签0", "标签１"])
    assert len(h.tags) == 50


def test_editing_cannot_take_a_highlight_past_fifty(lib: Library) -> None:
    h = lib.add_highlight("002", 10, 20, tags=_names(48))
    lib.edit_highlight(h.id, add_tags=["多一", "多二"])
    before = _state(lib)
    with pytest.raises(AnnotationError, match="51 tags on one highlight; at most 50"):
        lib.edit_highlight(h.id, add_tags=["多三"])
    assert _state(lib) == before
    # At the limit, one may go for another.
    lib.edit_highlight(h.id, add_tags=["多三"], remove_tags=["多一"])
    assert len(lib.highlight(h.id).tags) == 50 and "多三" in lib.highlight(h.id).tags


def test_a_highlight_over_the_limit_from_before_may_lose_tags_but_not_gain_them(
    lib: Library,
) -> None:
    """Libraries made before the limit keep working: the limit stops growth, not editing."""
    h = lib.add_highlight("002", 10, 20, tags=_names(50))
    with lib.notes.transaction():  # as an older Jingdu could have left it
        record = lib.notes.snapshot([h.id])[h.id]
        assert record is not None
        lib.notes.restore({h.id: {**record, "tags": _names(60)}})
    lib.edit_highlight(h.id, note="still editable")
    lib.edit_highlight(h.id, remove_tags=["标签0"])
    assert len(lib.highlight(h.id).tags) == 59
    with pytest.raises(AnnotationError, match="at most 50"):
        lib.edit_highlight(h.id, add_tags=["新"])


def test_merging_and_renaming_tags_never_raise_the_count(lib: Library) -> None:
    h = lib.add_highlight("002", 10, 20, tags=[*_names(48), "甲", "乙"])
    assert lib.merge_tags(["甲", "乙"], "丙") == 1
    assert len(lib.highlight(h.id).tags) == 49
    lib.merge_tags(["标签1", "标签2"], "标签3")
    lib.rename_tag("丙", "丁")
    tags = lib.highlight(h.id).tags
    assert len(tags) == 47 and "丁" in tags
