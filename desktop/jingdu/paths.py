"""Where Jingdu keeps its data and finds its bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from jingdu.errors import DataDirError
from jingdu.frozen import is_frozen

APP_NAME = "jingdu"
DATA_DIR_ENV = "JINGDU_DATA_DIR"
RESOURCES_ENV = "JINGDU_RESOURCES"


def default_data_dir() -> Path:
    """The data folder: ``$JINGDU_DATA_DIR`` or the platform's user data folder."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def prepare_data_dir(path: Path) -> Path:
    """Create the data folder if needed and check that it is writable.

    Raises:
        DataDirError: the folder cannot be created or written to.
    """
    path = path.expanduser()
    if path.exists() and not path.is_dir():
        raise DataDirError(f"data folder {path} is a file, not a folder")
    try:
        # Notes are private: a new data folder is readable by its user alone.
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise DataDirError(f"cannot create data folder {path}: {exc.strerror or exc}") from exc
    if not os.access(path, os.R_OK | os.W_OK | os.X_OK):
        raise DataDirError(f"data folder {path} is not readable and writable by this user")
    return path


def resources_dir() -> Path:
    """The ``resources/`` folder that ships with Jingdu (corpus, translations, styles)."""
    env = os.environ.get(RESOURCES_ENV)
    if env:
        return Path(env)
    bundle = getattr(sys, "_MEIPASS", None)
    if is_frozen() and bundle:
        # A PyInstaller build (packaging/jingdu.spec) unpacks resources/ beside the
        # code in its bundle folder; there is no repository around it.
        return Path(bundle) / "resources"
    # desktop/jingdu/paths.py -> repository root / resources
    return Path(__file__).resolve().parents[2] / "resources"


def bundled_corpus_dir() -> Path:
    return resources_dir() / "corpus"
