from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from jingdu.library import Library
from tests.conftest import CORPUS

ARTICLES = ["000_5425b47fff0c6ac1.txt", "002_1faaaa7bcac61f4f.txt", "004_d840023fb8f8f993.txt"]


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """Three articles: enough to annotate, quick to load."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ARTICLES:
        shutil.copy(CORPUS / name, folder / name)
    return folder


@pytest.fixture
def lib(tmp_path: Path, small_corpus: Path) -> Iterator[Library]:
    library = Library(tmp_path / "data")
    library.sync(small_corpus)
    yield library
    library.close()
