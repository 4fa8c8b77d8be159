from __future__ import annotations

import pytest

from jingdu.library import Library
from jingdu.search.fold import fold
from tests.search.conftest import library  # noqa: F401  (the bundled corpus, indexed)


@pytest.fixture(scope="session")
def folded_texts(library: Library) -> dict[str, tuple[str, str]]:  # noqa: F811
    """Every document's (text, folded text), by id: what a substring scan reads."""
    out = {}
    for s in library.documents():
        text = library.document(s.id).text
        out[s.id] = (text, fold(text))
    return out
