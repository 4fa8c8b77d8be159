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

A first build of a large library is shared among children, one per core, each
building an index of its part; search/index.py puts their segments together.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import traceback
from multiprocessing.connection import wait
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
    return _in_children("update", [(folder, changed)], removed, None)[0]


def build(folders: list[Path], parts: list[Changed], progress: Progress | None) -> dict[str, str]:
    """A new index of each part of the documents in its folder, each built by a child
    process of its own, at the same time (each says how far it has got); returns their
    record of documents. Raises as :func:`update` does."""
    done = _in_children("build", list(zip(folders, parts, strict=True)), [], progress)
    return {doc: print_ for part in done for doc, print_ in part.items()}


def _in_children(
    job: str, work: list[tuple[Path, Changed]], removed: list[str], progress: Progress | None
) -> list[dict[str, str]]:
    ctx = multiprocessing.get_context("spawn")
    children, pipes = [], []
    for folder, _ in work:
        ours, theirs = ctx.Pipe()
        child = ctx.Process(target=_run, args=(job, str(folder), removed, theirs), daemon=True)
        child.start()
        theirs.close()
        children.append(child)
        pipes.append(ours)
    total = sum(len(docs) for _, docs in work)
    said = [0] * len(work)
    results: dict[int, tuple[str, Any]] = {}
    try:
        # One document at a time: pickling them all at once is one long C call that
        # holds the GIL (the window's thread waits for it).
        for pipe, (_, docs) in zip(pipes, work, strict=True):
            for doc in docs:
                pipe.send(doc)
            pipe.send(None)
        while len(results) < len(work):
            for ready in wait([p for k, p in enumerate(pipes) if k not in results]):
                k = next(j for j, p in enumerate(pipes) if p is ready)
                kind, value = pipes[k].recv()
                if kind != "progress":
                    results[k] = (kind, value)
                    continue
                said[k] = value
                if progress is not None:
                    progress(sum(said), total, "")
    except (EOFError, BrokenPipeError, OSError):
        for child in children:
            child.kill()
            child.join()
        codes = ", ".join(str(c.exitcode) for c in children)
        raise RuntimeError(
            f"the process writing the search index stopped (exit status {codes})"
        ) from None
    finally:
        for pipe in pipes:
            pipe.close()
    for child in children:
        child.join()
    for kind, value in results.values():
        if kind == "user":
            raise UserError(value)
        if kind == "error":
            raise RuntimeError(f"writing the search index failed:\n{value}")
    return [dict(results[k][1]) for k in range(len(work))]


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
    except (BrokenPipeError, EOFError, ConnectionResetError):
        # The window that asked is gone (closed, or killed): there is no one to tell,
        # and its staging folder is removed at the next start. Stop quietly.
        pass
    except UserError as e:
        _tell(conn, ("user", str(e)))
    except BaseException:
        _tell(conn, ("error", traceback.format_exc()))
    finally:
        conn.close()


def _tell(conn: Any, message: tuple[str, str]) -> None:
    with contextlib.suppress(OSError):  # (gone meanwhile: as above)
        conn.send(message)
