"""Changing many highlights at once: one transaction, one undo step, a record of it."""

from __future__ import annotations

import pytest

from jingdu.annotating import LABELS
from jingdu.errors import DiskFullError
from jingdu.library import Library
from jingdu.notes.model import AnnotationError


def _five(lib: Library) -> list[str]:
    return [lib.add_highlight("002", 10 + 20 * i, 20 + 20 * i, tags=["读"]).id for i in range(5)]


def test_tagging_five_is_one_undo_step(lib: Library) -> None:
    ids = _five(lib)
    change = lib.edit_highlights(ids, add_tags=["重点"], color="green")
    assert set(change.before) == set(ids) and change.label == "edit highlights"
    assert all("重点" in lib.highlight(i).tags and lib.highlight(i).color == "green" for i in ids)
    assert lib.undo() == "edit highlights"
    assert not any("重点" in lib.highlight(i).tags for i in ids)  # all five, not just one
    assert all(lib.highlight(i).color == "yellow" for i in ids)
    lib.redo()
    assert all("重点" in lib.highlight(i).tags for i in ids)


def test_removing_a_tag_some_lack_is_no_error(lib: Library) -> None:
    ids = _five(lib)
    lib.edit_highlight(ids[0], add_tags=["政策"])
    lib.edit_highlights(ids, remove_tags=["政策"])
    assert all("政策" not in lib.highlight(i).tags for i in ids)


def test_a_bulk_edit_that_fails_half_way_changes_nothing(lib: Library) -> None:
    ids = _five(lib)
    with pytest.raises(AnnotationError):
        lib.edit_highlights([*ids, "no-such-highlight"], color="red")
    with pytest.raises(AnnotationError):
        lib.edit_highlights(ids, color="no-such-colour")
    assert all(lib.highlight(i).color == "yellow" for i in ids)
    assert lib.undo() == "add highlight"  # the failed edits left no step behind


def test_deleting_several_tags_is_one_undo_step(lib: Library) -> None:
    a = lib.add_highlight("002", 10, 20, tags=["甲", "乙"])
    b = lib.add_highlight("002", 30, 40, tags=["乙", "丙"])
    assert lib.delete_tags(["甲", "丙"]) == 2
    assert lib.highlight(a.id).tags == ("乙",) and lib.highlight(b.id).tags == ("乙",)
    assert lib.undo() == "delete tags"
    assert set(lib.highlight(a.id).tags) == {"甲", "乙"}
    assert set(lib.highlight(b.id).tags) == {"乙", "丙"}


def test_a_full_disk_refuses_a_bulk_edit(lib: Library) -> None:
    ids = _five(lib)
    lib.read_only = "the disk is full"
    with pytest.raises(DiskFullError):
        lib.edit_highlights(ids, color="red")
    lib.read_only = ""
    assert all(lib.highlight(i).color == "yellow" for i in ids)


def test_every_change_is_labelled_from_the_table(lib: Library, tmp_path) -> None:
    ids = _five(lib)
    lib.edit_highlight(ids[0], note="n")
    lib.edit_highlights(ids[:2], color="red")
    lib.rename_tag("读", "阅读")
    lib.merge_tags(["阅读"], "精读")
    lib.delete_tag("精读")
    lib.delete_highlights(ids[:1])
    lib.delete_highlights(ids[1:])
    labels = []
    while lib.history.undo_label is not None:
        labels.append(lib.undo())
    assert set(labels) <= set(LABELS) and len(labels) == 12  # five adds and seven changes
