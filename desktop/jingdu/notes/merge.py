"""Merging a checked JSON backup into the store: add, update the older, skip the rest."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jingdu.corpus.document import Document
from jingdu.notes.anchor import place
from jingdu.notes.backup import RestoreReport
from jingdu.notes.store import NotesStore


def merge(
    data: dict[str, Any],
    notes: NotesStore,
    current: Callable[[str], Document | None],
    anchor_key: Callable[[Document], str],
) -> tuple[RestoreReport, list[str]]:
    """Merge ``data`` (from :func:`jingdu.notes.backup.load`) inside the caller's transaction.

    A highlight whose document text changed since the backup is placed again by
    its quote; one that cannot be placed comes back as an orphan. Returns the
    report and the ids written.
    """
    report = RestoreReport()
    existing = {h.id: h for h in notes.find(r["id"] for r in data["highlights"])}
    touched = []
    for r in data["highlights"]:
        old = existing.get(r["id"])
        if old is not None and old.updated >= r["updated"]:
            report.skipped.append(r["id"])
            continue
        record = {**r, "anchored_to": ""}
        doc = current(r["doc"])
        recorded = data["documents"].get(r["doc"], {}).get("anchored_to")
        if (
            doc is not None
            and recorded == anchor_key(doc)
            and doc.text[r["start"] : r["end"]] == r["quote"]
        ):
            record["anchored_to"] = recorded
        else:
            p = (
                place(doc.text, r["start"], r["end"], r["quote"], r["prefix"], r["suffix"])
                if doc
                else None
            )
            if doc is not None and p is not None:
                record.update(
                    start=p.start, end=p.end, quote=doc.text[p.start : p.end], orphan=False
                )
                record["anchored_to"] = anchor_key(doc)
                report.reanchored.append(r["id"])
            else:
                record["orphan"] = True
                report.orphaned.append(r["id"])
        notes.restore({r["id"]: record})
        (report.updated if old is not None else report.added).append(r["id"])
        touched.append(r["id"])
    return report, touched
