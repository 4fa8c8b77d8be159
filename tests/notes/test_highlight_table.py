"""Every highlight as the annotation browser reads it (rows, not objects), and the
folded search text it filters on, which must stay true when a highlight moves."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jingdu.library import Library
from jingdu.notes import rows as R
from jingdu.notes.store import Filter, search_text


def test_the_table_holds_every_highlight_newest_first_with_its_tags(lib: Library) -> None:
    doc = lib.document(lib.documents()[0].id)
    made = [
        lib.add_highlight(doc.id, 100 + 30 * n, 120 + 30 * n, tags=tags, note=note)
        for n, (tags, note) in enumerate(
            [(["乙", "甲/子"], "一"), ([], ""), (["甲"], "ＡＢ與"), (["甲/子", "甲"], "")]
        )
    ]
    table = lib.highlight_table()
    assert [r[R.ID] for r in table.rows] == [h.id for h in reversed(made)]  # newest first
    stored = {h.id: h for h in lib.highlights()}
    for r, tags in zip(table.rows, table.tags, strict=True):
        h = stored[r[R.ID]]
        assert (r[R.DOC], r[R.QUOTE], r[R.COLOR], r[R.NOTE]) == (h.doc, h.quote, h.color, h.note)
        assert (r[R.CREATED], bool(r[R.ORPHAN]), tags) == (h.created, h.orphan, h.tags)
        assert r[R.SEARCH] == search_text(h.quote, h.note)
    assert sorted(lib.highlight_places()) == sorted(
        (h.id, h.doc, h.start, int(h.orphan)) for h in stored.values()
    )
    assert lib.highlights_by_id([made[2].id, "none", made[0].id]) == [
        stored[made[2].id],
        stored[made[0].id],
    ]


def _across_a_break(lib: Library) -> tuple[str, int]:
    doc = lib.document(lib.documents()[0].id)
    brk = doc.text.index("\n", 200)
    return doc.id, brk


def test_a_moved_highlight_is_found_by_its_new_quote_only(lib: Library) -> None:
    doc_id, brk = _across_a_break(lib)
    h = lib.add_highlight(doc_id, brk - 10, brk + 10, note="笔记")
    assert "\n" in h.quote
    text = lib.document(doc_id).text
    with lib.notes.transaction():
        lib.notes.place(h.id, doc_id, text, 20, 40, "")
    moved = lib.highlight(h.id)
    row = next(r for r in lib.highlight_table().rows if r[R.ID] == h.id)
    assert row[R.SEARCH] == search_text(moved.quote, "笔记")
    tail = h.quote.split("\n", 1)[1][:6]  # of the old quote, after its line break
    assert tail and tail not in moved.quote
    assert h.id not in {x.id for x in lib.highlights(Filter(text=tail))}


def test_opening_mends_search_texts_an_earlier_move_broke(lib: Library, tmp_path: Path) -> None:
    doc_id, brk = _across_a_break(lib)
    h = lib.add_highlight(doc_id, brk - 10, brk + 10, note="笔记")
    good = h.id
    other = lib.add_highlight(doc_id, 20, 40, note="另一条").id
    lib.close()
    conn = sqlite3.connect(tmp_path / "data" / "library.db")
    # As the old move left it: the new quote, then the rest of the old one and the note.
    old = conn.execute("SELECT search FROM highlights WHERE id = ?", [good]).fetchone()[0]
    broken = "新的引文" + "\n" + old.split("\n", 1)[1]
    conn.execute(
        "UPDATE highlights SET quote = '新的引文', search = ? WHERE id = ?", [broken, good]
    )
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    again = Library(tmp_path / "data")
    try:
        rows = {r[R.ID]: r for r in again.highlight_table().rows}
        assert rows[good][R.SEARCH] == search_text("新的引文", "笔记")
        assert rows[other][R.SEARCH] == search_text(rows[other][R.QUOTE], "另一条")
    finally:
        again.close()
