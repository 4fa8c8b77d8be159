"""What a self-contained build changes: resources come from its bundle folder, and the
programs it starts get the system's library path, not the bundle's."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from jingdu.frozen import restore_library_path
from jingdu.paths import RESOURCES_ENV, resources_dir
from tests.conftest import REPO


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """This process as PyInstaller's bootloader starts it, unpacked in ``tmp_path``."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.delenv(RESOURCES_ENV, raising=False)
    return tmp_path


def test_a_build_finds_its_resources_in_its_bundle(frozen: Path) -> None:
    assert resources_dir() == frozen / "resources"


def test_from_source_the_resources_are_the_repositorys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(RESOURCES_ENV, raising=False)
    assert resources_dir() == REPO / "resources"


def test_programs_a_build_starts_get_the_systems_library_path(
    frozen: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LD_LIBRARY_PATH", f"{frozen}:/usr/local/lib")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    restore_library_path()
    assert os.environ["LD_LIBRARY_PATH"] == "/usr/local/lib"
    assert "LD_LIBRARY_PATH_ORIG" not in os.environ
    # None before the bootloader set it: none after.
    monkeypatch.setenv("LD_LIBRARY_PATH", str(frozen))
    restore_library_path()
    assert "LD_LIBRARY_PATH" not in os.environ


def test_from_source_the_library_path_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/somewhere")
    restore_library_path()
    assert os.environ["LD_LIBRARY_PATH"] == "/somewhere"
