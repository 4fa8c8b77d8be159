"""Backups written by someone who means harm (issue 11, item 11): every one is refused
with one line naming the file, the highlight and the field, and the library is left as it was."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from jingdu.cli import main
from jingdu.library import Library
from jingdu.notes import backup
from jingdu.notes.model import MAX_NOTE, AnnotationError

Edit = Callable[[dict[str, Any]], None]


def _state(lib: Library) -> tuple[Any, ...]:
    """Everything a restore could change: highlights, tags and the change counter."""
    return [h.to_dict() for h in lib.highlights()], lib.tags(), lib.notes.changes()


def _good_backup(lib: Library, tmp_path: Path) -> dict[str, Any]:
    """A real backup of one highlight, with its id changed so a restore would add it."""
    lib.add_highlight("002", 10, 30, tags=["政策"], note="原来的笔记")
    out = tmp_path / "good.json"
    lib.backup(out)
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    data["highlights"][0]["id"] = "11111111-2222-3333-4444-555555555555"
    return data


def _refused(lib: Library, path: Path, *needles: str) -> str:
    """Restore ``path``; it must fail with a one-line message holding every needle."""
    before = _state(lib)
    with pytest.raises(AnnotationError) as caught:
        lib.restore(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(str(path)), message
    for needle in needles:
        assert needle in message, message
    assert _state(lib) == before
    return message


def _highlight(**changes: Any) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        data["highlights"][0].update(changes)

    return edit


def _top(**changes: Any) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        data.update(changes)

    return edit


CASES: list[tuple[str, Edit, tuple[str, ...]]] = [
    # wrong types
    ("start as text", _highlight(start="10"), ("highlight 1", "'start'", "whole number")),
    ("note as object", _highlight(note={"a": 1}), ("highlight 1", "'note'", "text")),
    ("tags as text", _highlight(tags="政策,科技"), ("highlight 1", "'tags'", "list")),
    ("a tag as number", _highlight(tags=[5]), ("highlight 1", "'tags'", "text")),
    ("orphan as 0", _highlight(orphan=0), ("highlight 1", "'orphan'", "true or false")),
    ("documents as list", _top(documents=[]), ("'documents'", "object")),
    ("a document as text", _top(documents={"002": "x"}), ("'documents'", "object")),
    ("a document field as number", _top(documents={"002": {"source": 5}}), ("'documents'",)),
    ("highlights as object", _top(highlights={}), ("'highlights'", "list")),
    ("version true", _top(version=True), ("'version'", "whole number")),
    ("version 1.0", _top(version=1.0), ("'version'", "whole number")),
    ("version 0", _top(version=0), ("'version'",)),
    # offsets out of bounds
    ("start 2**70", _highlight(start=2**70, end=2**70 + 5), ("highlight 1", "'start'")),
    ("end past 2**31", _highlight(end=2**31 + 1), ("highlight 1", "'end'", "2,147,483,648")),
    ("negative start", _highlight(start=-1), ("highlight 1", "'start'")),
    ("end before start", _highlight(start=30, end=10), ("highlight 1", "'end'", "after")),
    ("empty range", _highlight(start=10, end=10), ("highlight 1", "'end'", "after")),
    # sizes
    ("note too long", _highlight(note="注" * (MAX_NOTE + 1)), ("'note'", "1,000,001")),
    ("100,000 tags", _highlight(tags=["标签"] * 100_000), ("'tags'", "at most 50 tags")),
    ("51 tags", _highlight(tags=[f"t{i}" for i in range(51)]), ("'tags'", "at most 50 tags")),
    ("empty id", _highlight(id=""), ("highlight 1", "'id'", "empty")),
    ("id of 10,000 characters", _highlight(id="a" * 10_000), ("highlight 1", "'id'", "10,000")),
    ("id with a newline", _highlight(id="a\nb"), ("highlight 1", "'id'")),
    ("empty quote", _highlight(quote=""), ("highlight 1", "'quote'", "empty")),
    ("empty doc", _highlight(doc=""), ("highlight 1", "'doc'", "empty")),
    ("terminal escape in doc", _highlight(doc="\x1b]0;x\x07"), ("'doc'", "control")),
    ("context too long", _highlight(prefix="前" * 5000), ("highlight 1", "'prefix'")),
    # formats
    ("created zzzz", _highlight(created="zzzz"), ("highlight 1", "'created'", "ISO 8601")),
    ("updated zzzz", _highlight(updated="zzzz"), ("highlight 1", "'updated'", "ISO 8601")),
    ("updated year 9999", _highlight(updated="9999-12-31T00:00:00+00:00"), ("'updated'", "future")),
    ("updated as number", _highlight(updated=20240101), ("highlight 1", "'updated'")),
    ("unknown colour", _highlight(color="black"), ("highlight 1", "'color'", "yellow")),
    ("a tag of zero-width spaces", _highlight(tags=["\u200b\u200b"]), ("'tags'", "empty")),
    ("a tag too long", _highlight(tags=["x" * 500]), ("'tags'", "500")),
    ("created at top", _top(created="yesterday"), ("'created'", "ISO 8601")),
    ("a top-level tag not text", _top(tags=[1]), ("'tags'",)),
]


@pytest.mark.parametrize(("edit", "needles"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_hostile_field_is_named_and_nothing_changes(
    lib: Library, tmp_path: Path, edit: Edit, needles: tuple[str, ...]
) -> None:
    data = _good_backup(lib, tmp_path)
    edit(data)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    _refused(lib, bad, *needles)


@pytest.mark.parametrize(
    ("replace", "by", "needles"),
    [
        # A lone surrogate is valid JSON but not text: SQLite cannot store it.
        ('"note": "原来的笔记"', '"note": "\\ud800"', ("'note'", "surrogate")),
        # More digits than Python turns into an int (a ValueError, not a JSONDecodeError).
        ('"start": 10', '"start": 1' + "0" * 5000, ("not valid JSON",)),
        ('"start": 10', '"start": NaN', ("not valid JSON", "NaN")),
        ('"start": 10', '"start": 1e400', ("'start'", "whole number")),
        # A nesting bomb inside a field, past the parser's recursion limit.
        ('"note": "原来的笔记"', '"note": ' + "[" * 100_000 + "]" * 100_000, ("nested",)),
    ],
    ids=["lone surrogate", "5000-digit number", "NaN", "1e400", "nested field"],
)
def test_hostile_json_text_is_refused(
    lib: Library, tmp_path: Path, replace: str, by: str, needles: tuple[str, ...]
) -> None:
    text = json.dumps(_good_backup(lib, tmp_path), ensure_ascii=False)
    assert replace in text
    bad = tmp_path / "bad.json"
    bad.write_text(text.replace(replace, by, 1), encoding="utf-8")
    _refused(lib, bad, *needles)


def test_a_nesting_bomb_is_a_clear_message(lib: Library, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.json"
    bomb.write_text("[" * 100_000 + "]" * 100_000)
    _refused(lib, bomb, "nested")


def test_a_nesting_bomb_exits_2_from_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, small_corpus: Path
) -> None:
    bomb = tmp_path / "bomb.json"
    bomb.write_text('{"format": "jingdu-annotations", "x": ' + "[" * 100_000 + "]" * 100_000 + "}")
    with Library(tmp_path / "data") as lib:
        lib.sync(small_corpus)
    code = main(["--data-dir", str(tmp_path / "data"), "restore", str(bomb)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "bomb.json" in err and "nested" in err and err.count("\n") == 1


def test_a_duplicate_id_is_named(lib: Library, tmp_path: Path) -> None:
    data = _good_backup(lib, tmp_path)
    data["highlights"].append(dict(data["highlights"][0]))
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    _refused(lib, bad, "highlight 2", "appears twice")


def test_a_file_over_the_size_limit_is_refused_and_one_at_it_is_read(
    lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = json.dumps(_good_backup(lib, tmp_path))
    monkeypatch.setattr(backup, "MAX_BACKUP_BYTES", len(text) + 10)
    at_limit = tmp_path / "at.json"
    at_limit.write_text(text + " " * 10)
    over = tmp_path / "over.json"
    over.write_text(text + " " * 11)
    _refused(lib, over, "larger than")
    assert lib.restore(at_limit).to_dict()["added"] == 1


def test_a_file_is_read_no_further_than_the_limit(
    lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that grows while it is read (or lies about its size) is cut off at limit + 1."""
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 100_000)
    monkeypatch.setattr(backup, "MAX_BACKUP_BYTES", 1000)
    real_fstat = os.fstat
    monkeypatch.setattr(
        os, "fstat", lambda fd: os.stat_result((*real_fstat(fd)[:6], 0, *real_fstat(fd)[7:]))
    )
    read: list[int] = []
    real_read = os.read

    def counting_read(fd: int, n: int) -> bytes:
        chunk = real_read(fd, n)
        read.append(len(chunk))
        return chunk

    monkeypatch.setattr(os, "read", counting_read)
    _refused(lib, big, "larger than")
    assert sum(read) == 1001


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(lib: Library, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    outcome: list[BaseException | None] = []

    def attempt() -> None:
        try:
            lib.restore(fifo)
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    before = _state(lib)
    worker = threading.Thread(target=attempt)
    worker.start()
    worker.join(5)
    if worker.is_alive():  # blocked in open(): release it, then fail
        with open(fifo, "wb"):
            pass
        worker.join(5)
        pytest.fail("restore waited for a writer on a named pipe")
    assert isinstance(outcome[0], AnnotationError), outcome
    assert "not a regular file" in str(outcome[0]) and str(fifo) in str(outcome[0])
    assert _state(lib) == before


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused_without_reading_it(lib: Library) -> None:
    _refused(lib, Path("/dev/zero"), "not a regular file")


def test_a_folder_is_refused(lib: Library, tmp_path: Path) -> None:
    folder = tmp_path / "backup.json"
    folder.mkdir()
    _refused(lib, folder, "not a regular file")


def test_timestamps_in_other_iso_forms_are_stored_as_jingdu_writes_them(
    lib: Library, tmp_path: Path
) -> None:
    """So that comparing them as text, as a restore does, still orders them in time."""
    data = _good_backup(lib, tmp_path)
    data["highlights"][0].update(
        created="2024-05-01T08:00:00Z", updated="2024-05-01T16:00:00+08:00"
    )
    out = tmp_path / "iso.json"
    out.write_text(json.dumps(data))
    lib.restore(out)
    h = lib.highlight("11111111")
    assert h.created == "2024-05-01T08:00:00.000000+00:00"
    assert h.updated == "2024-05-01T08:00:00.000000+00:00"


def test_fifty_tags_are_accepted_and_duplicates_kept_once(lib: Library, tmp_path: Path) -> None:
    data = _good_backup(lib, tmp_path)
    data["highlights"][0]["tags"] = [f"标签{i}" for i in range(50)]
    data["highlights"].append(
        dict(data["highlights"][0], id="22222222", tags=["GDP", "gdp", "Ｇｄｐ", "\u200b重点"])
    )
    out = tmp_path / "fifty.json"
    out.write_text(json.dumps(data, ensure_ascii=False))
    lib.restore(out)
    assert len(lib.highlight("11111111").tags) == 50
    assert lib.highlight("22222222").tags == ("GDP", "重点")


def test_a_backup_with_more_highlights_than_sqlite_takes_variables_is_restored(
    lib: Library, tmp_path: Path
) -> None:
    """SQLite builds elsewhere allow 32,766 (or 999) variables a statement; restore must not care."""
    data = _good_backup(lib, tmp_path)
    first = data["highlights"][0]
    data["highlights"] = [
        dict(first, id=f"{n:08d}-0000-0000-0000-000000000000") for n in range(1500)
    ]
    out = tmp_path / "many.json"
    out.write_text(json.dumps(data, ensure_ascii=False))
    # Down to the 999 of other builds where Python can (Connection.setlimit is 3.11);
    # elsewhere the restore still runs, against this build's own limit.
    if hasattr(lib.notes.conn, "setlimit"):
        lib.notes.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
    assert lib.restore(out).to_dict()["added"] == 1500
    assert len(lib.highlights()) == 1501
