"""What the Debian package says about Jingdu, checked without building it: the desktop
entry and the AppStream metainfo pass the desktop's own validators, their MIME types
are the importer's formats, the version is the one `jingdu --version` prints and
CHANGELOG.md's newest entry, and the man page lists every command."""

from __future__ import annotations

import importlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from jingdu import APP_ID, __version__
from jingdu.cli import COMMANDS, main
from jingdu.importing.formats import FORMATS
from tests.conftest import REPO

PACKAGING = REPO / "packaging"


@pytest.fixture(scope="module")
def packaging() -> Iterator[dict[str, ModuleType]]:
    """packaging/'s generator modules (a folder of scripts, not a package)."""
    sys.path.insert(0, str(PACKAGING))
    try:
        yield {n: importlib.import_module(n) for n in ("desktop_entry", "manpage")}
    finally:
        sys.path.remove(str(PACKAGING))


def test_the_desktop_entry_opens_every_format_jingdu_imports(
    packaging: dict[str, ModuleType], tmp_path: Path
) -> None:
    entry = packaging["desktop_entry"].desktop_entry()
    fields = dict(line.split("=", 1) for line in entry.splitlines()[1:])
    assert set(fields["MimeType"].rstrip(";").split(";")) == {m for f in FORMATS for m in f.mime}
    assert (fields["Name"], fields["Name[zh_CN]"]) == ("Jingdu", "精读")
    assert fields["Exec"] == "jingdu %f" and fields["Icon"] == APP_ID
    path = tmp_path / f"{APP_ID}.desktop"
    path.write_text(entry, encoding="utf-8")
    done = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout == "", done.stdout


def test_the_metainfo_is_valid_and_bilingual(
    packaging: dict[str, ModuleType], tmp_path: Path
) -> None:
    text = packaging["desktop_entry"].metainfo()
    path = tmp_path / f"{APP_ID}.metainfo.xml"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    root = ET.fromstring(text.encode("utf-8"))
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for tag in ("name", "summary", "description/p"):
        assert {e.get(lang) for e in root.findall(tag)} == {None, "zh_CN"}, tag
    assert root.find("releases/release").get("version") == __version__
    assert root.find("content_rating") is not None and root.findall("screenshots/screenshot")
    assert {e.text for e in root.findall("provides/mediatype")} == {
        m for f in FORMATS for m in f.mime
    }


def test_the_version_is_written_once(
    capsys: pytest.CaptureFixture[str], packaging: dict[str, ModuleType]
) -> None:
    project = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    table = project.split("[project]", 1)[1].split("\n[", 1)[0]  # (tomllib is 3.11's)
    assert not re.search(r"^version\s*=", table, re.M)
    assert 'dynamic = ["version"]' in project
    assert 'version = { attr = "jingdu.__version__" }' in project
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out == f"jingdu {__version__}\n"
    assert packaging["desktop_entry"].releases()[0].version == __version__


def test_a_changelog_behind_the_version_stops_the_build(
    packaging: dict[str, ModuleType], tmp_path: Path
) -> None:
    old = tmp_path / "CHANGELOG.md"
    old.write_text("# Changelog\n\n## [0.0.9] - 2026-01-01\n\n- Something.\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"0\.0\.9"):
        packaging["desktop_entry"].releases(old)


def test_the_man_page_lists_every_command(packaging: dict[str, ModuleType]) -> None:
    page = packaging["manpage"].man_page()
    named = set(re.findall(r"^\.B (\S+)$", page, re.M))
    assert set(COMMANDS) | {"gui", "recover"} <= named
    assert f'"jingdu {__version__}"' in page.splitlines()[0]


@pytest.mark.skipif(shutil.which("rsvg-convert") is None, reason="needs librsvg2-bin")
def test_the_icon_draws_at_every_size(tmp_path: Path) -> None:
    for size in (16, 24, 32, 48, 256):
        out = tmp_path / f"{size}.png"
        subprocess.run(
            ["rsvg-convert", "-w", str(size), "-h", str(size), str(REPO / "resources/icons/jingdu.svg"),
             "-o", str(out)],
            check=True,
        )  # fmt: skip
        assert out.read_bytes()[16:24] == size.to_bytes(4, "big") * 2  # the PNG's width, height
