"""JSON backups, rolling database copies, recovery from damage."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from jingdu.errors import DatabaseError
from jingdu.library import Library, recover
from jingdu.notes import autobackup
from jingdu.notes.model import AnnotationError


def test_backup_and_restore_into_an_empty_library(
    lib: Library, tmp_path: Path, small_corpus: Path
) -> None:
    lib.add_highlight("002", 10, 30, tags=["政策/科技"], note="<b>原样</b> & 😀")
    lib.add_highlight("000", 5, 25, color="purple")
    out = tmp_path / "notes.json"
    assert lib.backup(out) == 2
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "jingdu-annotations" and data["tags"] == ["政策/科技"]
    assert data["documents"]["002_1faaaa7bcac61f4f"]["source_hash"]
    with Library(tmp_path / "other") as fresh:
        fresh.sync(small_corpus)
        report = fresh.restore(out)
        assert report.to_dict()["added"] == 2 and report.to_dict()["skipped"] == 0
        assert sorted(h.to_dict()["note"] for h in fresh.highlights()) == ["", "<b>原样</b> & 😀"]
        again = fresh.restore(out)
        assert again.to_dict() == {
            "added": 0,
            "updated": 0,
            "skipped": 2,
            "reanchored": 0,
            "orphaned": 0,
        }
        assert len(fresh.highlights()) == 2


def test_restore_updates_older_versions_and_keeps_newer_ones(lib: Library, tmp_path: Path) -> None:
    a = lib.add_highlight("002", 10, 30, note="old")
    b = lib.add_highlight("002", 40, 60, note="old")
    out = tmp_path / "b.json"
    lib.backup(out)
    data = json.loads(out.read_text())
    # An hour ahead: later than the library's copy, not so far ahead that it is refused.
    later = (datetime.now(timezone.utc) + timedelta(hours=1)).isoformat()
    for h in data["highlights"]:
        h["note"] = "from backup"
        h["updated"] = later if h["id"] == a.id else "2000-01-01T00:00:00+00:00"
    out.write_text(json.dumps(data))
    report = lib.restore(out).to_dict()
    assert (report["updated"], report["skipped"]) == (1, 1)
    assert lib.highlight(a.id).note == "from backup" and lib.highlight(b.id).note == "old"
    lib.undo()  # a restore is one undoable change
    assert lib.highlight(a.id).note == "old"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not valid JSON"),
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[]", "not a Jingdu annotations backup"),
        (b'{"format": "jingdu-annotations", "version": 99, "highlights": []}', "newer"),
        (
            b'{"format": "jingdu-annotations", "version": 1, "documents": {}, "highlights": [{"id": 1}]}',
            "field 'id'",
        ),
    ],
)
def test_malformed_backups_change_nothing(
    lib: Library, tmp_path: Path, content: bytes, message: str
) -> None:
    lib.add_highlight("002", 10, 30)
    before = [h.to_dict() for h in lib.highlights()]
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    with pytest.raises(AnnotationError, match=message):
        lib.restore(bad)
    assert [h.to_dict() for h in lib.highlights()] == before


def test_one_bad_entry_among_good_ones_changes_nothing(lib: Library, tmp_path: Path) -> None:
    lib.add_highlight("002", 10, 30)
    out = tmp_path / "b.json"
    lib.backup(out)
    data = json.loads(out.read_text())
    good = dict(data["highlights"][0], id="11111111-0000-0000-0000-000000000000")
    bad = dict(good, id="22222222-0000-0000-0000-000000000000", tags=["x" * 500])
    data["highlights"] += [good, bad]
    out.write_text(json.dumps(data))
    with pytest.raises(AnnotationError, match="highlight 3"):
        lib.restore(out)
    assert len(lib.highlights()) == 1


def test_restoring_highlights_on_changed_text_places_them_again(
    lib: Library, tmp_path: Path
) -> None:
    text = lib.document("002").text
    quote = "中国是世界上最早孕育出水稻的区域"
    lib.add_highlight("002", text.index(quote), text.index(quote) + len(quote))
    out = tmp_path / "b.json"
    lib.backup(out)
    data = json.loads(out.read_text())
    data["highlights"][0].update(
        id="33333333-0000-0000-0000-000000000000", start=5, end=5 + len(quote)
    )
    data["documents"]["002_1faaaa7bcac61f4f"]["anchored_to"] = "an-older-text"
    out.write_text(json.dumps(data))
    report = lib.restore(out).to_dict()
    assert report["reanchored"] == 1
    h = lib.highlight("33333333")
    assert text[h.start : h.end] == quote


def test_rolling_database_backups_keep_the_last_ten(tmp_path: Path, small_corpus: Path) -> None:
    data = tmp_path / "data"
    with Library(data) as lib:
        lib.sync(small_corpus)
        assert lib.last_backup is None  # nothing annotated yet
    made = []
    for i in range(12):
        with Library(data) as lib:
            made.append(lib.last_backup)
            lib.add_highlight("002", 10 + i, 30 + i)
    with Library(data) as lib:
        assert lib.last_backup is not None
        with Library(data) as again:
            assert again.last_backup is None  # nothing changed since the newest copy
    copies = autobackup.backups(data)
    assert len(copies) == 10
    newest = sqlite3.connect(copies[0])
    assert newest.execute("SELECT count(*) FROM highlights").fetchone()[0] == 12
    assert newest.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_damaged_database_names_the_recovery_command_and_is_only_replaced_on_request(
    tmp_path: Path, small_corpus: Path
) -> None:
    data = tmp_path / "data"
    with Library(data) as lib:
        lib.sync(small_corpus)
        lib.add_highlight("002", 10, 30, note="precious")
    Library(data).close()  # start-up makes the automatic copy
    db = data / "library.db"
    sqlite3.connect(db).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    damaged = db.read_bytes()[:8192] + b"\x00garbage" * 512
    db.write_bytes(damaged)
    with pytest.raises(DatabaseError, match="jingdu recover"):
        Library(data)
    assert db.read_bytes() == damaged  # nothing overwritten without asking
    _used, moved = recover(data)
    assert moved is not None and moved.read_bytes() == damaged
    with Library(data) as lib:
        assert [h.note for h in lib.highlights()] == ["precious"]


def test_recover_without_a_backup_says_so(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    with pytest.raises(DatabaseError, match="no usable automatic backup"):
        recover(tmp_path / "data")
