"""jieba, set up once per process: quietly, with Jingdu's dictionary and cache.

jieba takes over a second to start, writes its cache to the system temp folder
and prints warnings on newer Pythons; here it starts on demand (off the GUI
thread), caches into Jingdu's cache folder, and learns the domain's terms from
``resources/dict/user_dict.txt``. Words added after an index was built are not
in that index, so the dictionary's hash is stored with it and a change rebuilds.
"""

from __future__ import annotations

import hashlib
import logging
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


def _create() -> Any:
    with warnings.catch_warnings():
        # jieba's old regexes and its pkg_resources import warn on import.
        warnings.simplefilter("ignore")
        import jieba
    jieba.setLogLevel(logging.WARNING + 10)
    cache = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    try:
        cache.mkdir(parents=True, exist_ok=True)
        tok = jieba.Tokenizer()
        tok.tmp_dir = str(cache)
        tok.cache_file = "jieba.cache"
    except OSError:  # no writable cache folder: jieba falls back to the temp folder
        tok = jieba.Tokenizer()
    tok.initialize()
    tok.load_userdict(str(user_dict_path()))
    return tok


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
