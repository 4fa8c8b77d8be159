"""jieba's dictionary cache: small chunks (the GUI stays responsive while they load), rebuilt when damaged."""

from __future__ import annotations

from pathlib import Path

import pytest

from jingdu.search import segment


def test_the_cache_is_written_in_chunks_and_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(segment.platformdirs, "user_cache_dir", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr(segment, "_tokenizer", None)
    tok = segment.tokenizer()
    folder = next(tmp_path.glob("jieba-*"))
    chunks = sorted(folder.glob("*.pickle"))
    assert len(chunks) > 5 and (folder / "meta.json").exists()
    loaded = segment._load_chunks(folder)
    assert loaded is not None and len(loaded[0]) > 300_000  # jieba's whole dictionary
    assert loaded[0].keys() <= tok.FREQ.keys()  # plus Jingdu's own words in the tokenizer
    # The domain's words are words: 全要素生产率 is one token.
    assert [w for w, _, _ in segment.words("提高全要素生产率")] == ["提高", "全要素生产率"]


def test_a_damaged_cache_is_ignored(tmp_path: Path) -> None:
    segment._save_chunks(tmp_path, {"新质": 3, "生产力": 5}, 8)
    assert segment._load_chunks(tmp_path) == ({"新质": 3, "生产力": 5}, 8)
    (tmp_path / "000.pickle").write_bytes(b"\x80garbage")
    assert segment._load_chunks(tmp_path) is None
    (tmp_path / "meta.json").unlink()
    assert segment._load_chunks(tmp_path) is None
