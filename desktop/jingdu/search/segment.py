"""jieba, set up once per process: quietly, with Jingdu's dictionary and cache.

jieba takes over a second to start, writes its cache to the system temp folder
and prints warnings on newer Pythons; here it starts on demand (off the GUI
thread), caches into Jingdu's cache folder, and learns the domain's terms from
``resources/dict/user_dict.txt``. Words added after an index was built are not
in that index, so the dictionary's hash is stored with it and a change rebuilds.
"""

from __future__ import annotations

import hashlib
import json
import logging
import pickle
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import platformdirs

from jingdu.paths import APP_NAME, resources_dir

_lock = threading.Lock()
_tokenizer: Any = None


def user_dict_path() -> Path:
    return resources_dir() / "dict" / "user_dict.txt"


def dictionary_id() -> str:
    """Identifies the segmentation: jieba's version and the user dictionary's content."""
    import importlib.metadata

    version = importlib.metadata.version("jieba")
    digest = hashlib.sha256(user_dict_path().read_bytes()).hexdigest()[:16]
    return f"jieba-{version}/{digest}"


CHUNK = 20_000
"""Dictionary entries per cache chunk: loading one holds the GIL for only a few ms."""


def _create() -> Any:
    with warnings.catch_warnings():
        # jieba's old regexes and its pkg_resources import warn on import.
        warnings.simplefilter("ignore")
        import jieba
    jieba.setLogLevel(logging.WARNING + 10)
    tok = jieba.Tokenizer()
    # jieba's own cache is one marshal.load of 350,000 entries: half a second in C
    # holding the GIL, a frozen window. Jingdu keeps the dictionary in small pickled
    # chunks instead, and builds it (in plain Python, the GIL shared) when absent.
    cache = (
        Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / f"jieba-{_jieba_version()}"
    )
    loaded = _load_chunks(cache)
    if loaded is None:
        with tok.get_dict_file() as f:
            loaded = tok.gen_pfdict(f)
        _save_chunks(cache, *loaded)
    tok.FREQ, tok.total = loaded
    tok.initialized = True
    tok.load_userdict(str(user_dict_path()))
    return tok


def _jieba_version() -> str:
    import importlib.metadata

    return importlib.metadata.version("jieba")


def _load_chunks(folder: Path) -> tuple[dict[str, int], int] | None:
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        freq: dict[str, int] = {}
        for n in range(int(meta["chunks"])):
            freq.update(pickle.loads((folder / f"{n:03d}.pickle").read_bytes()))
        if len(freq) != meta["entries"]:
            return None
        return freq, int(meta["total"])
    except (OSError, ValueError, KeyError, pickle.UnpicklingError, EOFError):
        return None


def _save_chunks(folder: Path, freq: dict[str, int], total: int) -> None:
    """Write the cache; a half-written one is never read (meta.json comes last)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "meta.json").unlink(missing_ok=True)
        items = list(freq.items())
        chunks = [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]
        for n, chunk in enumerate(chunks):
            (folder / f"{n:03d}.pickle").write_bytes(
                pickle.dumps(dict(chunk), protocol=pickle.HIGHEST_PROTOCOL)
            )
        meta = {"chunks": len(chunks), "entries": len(freq), "total": total}
        (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    except OSError:
        pass  # no writable cache: build again next time


def tokenizer() -> Any:
    """The process's jieba tokenizer, created on first use (slow: call it off the GUI thread)."""
    global _tokenizer
    with _lock:
        if _tokenizer is None:
            _tokenizer = _create()
        return _tokenizer


def is_ready() -> bool:
    return _tokenizer is not None


def words(text: str) -> Iterator[tuple[str, int, int]]:
    """Non-overlapping words of already folded text: (word, start, end), punctuation skipped."""
    for word, start, end in tokenizer().tokenize(text):
        if any(ch.isalnum() for ch in word):
            yield word, start, end
