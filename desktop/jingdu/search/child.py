"""Index writes in a process of their own, so that the window never waits for them.

Segmenting and writing a commit is pure Python in Whoosh: in the window's process
it holds the GIL in slices long enough to freeze the window for a quarter of a
second at a time (measured with ``benchmarks/import_window.py``). A child process
has its own interpreter: the window's thread runs on while it works.

The child is started with ``spawn`` (a fork of a process running Qt's threads may
inherit a lock held by one of them) and is a daemon: quitting the window does not
wait for it. A child killed in mid-write leaves Whoosh's previous table of contents
in place, so the index on disk stays the one before the write; its record
(``jingdu-index.json``) is written only after the commit.
"""

from __future__ import annotations

import multiprocessing
import traceback
from pathlib import Path
from typing import Any

from jingdu.errors import UserError
from jingdu.progress import Progress

Doc = tuple[str, str, list[tuple[str, str]]]
"""(document id, fingerprint, each paragraph's key and folded text)."""
Changed = list[Doc]


def update(folder: Path, changed: Changed, removed: list[str]) -> dict[str, str]:
    """Apply ``changed`` and ``removed`` to the index in ``folder`` from a child process;
    returns the index's record of documents afterwards.

    Raises:
        UserError: the index is being written by another Jingdu, or is damaged.
        RuntimeError: the child failed otherwise (its traceback in the message) or died.
    """
    return _in_child("update", folder, changed, removed, None)


def build(folder: Path, docs: Changed, progress: Progress | None) -> dict[str, str]:
    """A new index of ``docs`` in ``folder``, built by a child process (which says how
    far it has got); returns its record of documents. Raises as :func:`update` does."""
    return _in_child("build", folder, docs, [], progress)


def _in_child(
    job: str, folder: Path, docs: Changed, removed: list[str], progress: Progress | None
) -> dict[str, str]:
    ctx = multiprocessing.get_context("spawn")
    ours, theirs = ctx.Pipe()
    child = ctx.Process(target=_run, args=(job, str(folder), removed, theirs), daemon=True)
    child.start()
    theirs.close()
    try:
        # One document at a time: pickling them all at once is one long C call that
        # holds the GIL (the window's thread waits for it).
        for doc in docs:
            ours.send(doc)
        ours.send(None)
        while (message := ours.recv())[0] == "progress":
            if progress is not None:
                progress(message[1], len(docs), "")
        kind, value = message
    except (EOFError, BrokenPipeError):
        child.join()
        raise RuntimeError(
            f"the process writing the search index stopped (exit status {child.exitcode})"
        ) from None
    finally:
        ours.close()
    child.join()
    if kind == "user":
        raise UserError(value)
    if kind == "error":
        raise RuntimeError(f"writing the search index failed:\n{value}")
    return dict(value)


def _run(job: str, folder: str, removed: list[str], conn: Any) -> None:
    from jingdu.search.index import SearchIndex, build  # the child's own imports

    try:
        docs: Changed = []
        while (doc := conn.recv()) is not None:
            docs.append(doc)
        if job == "build":

            def said(n: int, _total: int, _what: str) -> None:
                conn.send(("progress", n))

            conn.send(("ok", build(Path(folder), docs, len(docs), said)))
            return
        ix = SearchIndex(Path(folder))
        if not ix.open():
            raise UserError(f"the search index in {folder} changed while it was being updated")
        try:
            ix.write(docs, removed)
        finally:
            ix.close()
        conn.send(("ok", ix.indexed))
    except UserError as e:
        conn.send(("user", str(e)))
    except BaseException:
        conn.send(("error", traceback.format_exc()))
    finally:
        conn.close()
