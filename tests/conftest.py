"""Shared fixtures. Qt runs offscreen; every test gets its own data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("JINGDU_DATA_DIR", None)

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "resources" / "corpus"
SOURCES = sorted(CORPUS.glob("*.txt"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture(scope="session")
def corpus_docs():
    """Every bundled source cleaned once: {file name: [Document, ...]}."""
    from jingdu.corpus.cleaner import clean_source
    from jingdu.corpus.decode import read_source

    out = {}
    for path in SOURCES:
        decoded = read_source(path)
        out[path.name] = clean_source(decoded.text, path.name, decoded.sha256)
    return out
