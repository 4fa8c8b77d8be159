from __future__ import annotations

from collections.abc import Iterator

import pytest

from jingdu.library import Library
from jingdu.search.fold import fold


@pytest.fixture(scope="session")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """The bundled corpus in a library with its search index, shared by the study tests."""
    lib = Library(tmp_path_factory.mktemp("study") / "data")
    lib.sync()
    lib.search_engine()
    yield lib
    lib.close()


@pytest.fixture(scope="session")
def folded_texts(library: Library) -> dict[str, tuple[str, str]]:
    """Every document's (text, folded text), by id: what a substring scan reads."""
    out = {}
    for s in library.documents():
        text = library.document(s.id).text
        out[s.id] = (text, fold(text))
    return out
