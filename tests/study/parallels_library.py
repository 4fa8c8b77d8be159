"""The bundled corpus in a library with its index, for the parallels and quotations
tests (a module of its own, not a conftest: the concordance tests keep theirs), and the
substring scan their expectations are checked against."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from jingdu.library import Library
from jingdu.search.fold import fold
from jingdu.study.matching import kept


@pytest.fixture(scope="module")
def study_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    lib = Library(tmp_path_factory.mktemp("parallels") / "data")
    lib.sync()
    lib.search_engine()
    yield lib
    lib.close()


def places(lib: Library, passage: str) -> dict[str, list[tuple[int, int]]]:
    """Where ``passage`` occurs in each document, punctuation, spaces, width and 繁简
    aside: a plain scan of every document's whole text (offsets of the first and past
    the last character)."""
    needle, _ = kept(fold(passage))
    out: dict[str, list[tuple[int, int]]] = {}
    for s in lib.documents():
        text, where = kept(fold(lib.document(s.id).text))
        for m in re.finditer(re.escape(needle), text):
            out.setdefault(s.id, []).append((where[m.start()], where[m.end() - 1] + 1))
    return out
