from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jingdu.library import Library


@pytest.fixture(scope="session")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """The bundled corpus in a library with its search index built, shared by the search tests."""
    lib = Library(tmp_path_factory.mktemp("search") / "data")
    lib.sync()
    lib.search_engine()
    yield lib
    lib.close()


@pytest.fixture(scope="session")
def paragraphs(library: Library) -> list[tuple[str, int, str]]:
    """(doc id, paragraph number, text) for every paragraph in the library."""
    out = []
    for summary in library.documents():
        doc = library.document(summary.id)
        out += [(doc.id, i, doc.text[p.start : p.end]) for i, p in enumerate(doc.paragraphs)]
    return out


@pytest.fixture
def fresh_data(tmp_path: Path) -> Path:
    return tmp_path / "data"
