"""The Debian package, as a user gets it: `make deb` builds it (and the self-contained
build under it), `dpkg -i` installs it into this machine, the installed `jingdu` runs
with a clean environment (`env -i`: no virtualenv, no PYTHONPATH, a fresh HOME), and
`dpkg --purge` takes every file away again, whatever happened in between.

Slow (the build takes a minute or two) and it changes the machine: it runs as root
(CI runs `make test` as root) on a Debian system without a jingdu package of its own.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from jingdu import APP_ID, __version__
from tests.conftest import REPO

pytestmark = [
    pytest.mark.skipif(shutil.which("dpkg") is None, reason="not a Debian system (no dpkg)"),
    pytest.mark.skipif(
        hasattr(os, "geteuid") and os.geteuid() != 0,
        reason="installs a package into the machine: needs root (CI runs make test as root)",
    ),
]

INSTALLED = [
    Path("/opt/jingdu"),
    Path("/usr/bin/jingdu"),
    Path(f"/usr/share/applications/{APP_ID}.desktop"),
    Path(f"/usr/share/metainfo/{APP_ID}.metainfo.xml"),
    Path(f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg"),
    Path(f"/usr/share/icons/hicolor/16x16/apps/{APP_ID}.png"),
    Path("/usr/share/man/man1/jingdu.1.gz"),
    Path("/usr/share/doc/jingdu"),
]


def _installed() -> bool:
    done = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Status}", "jingdu"], capture_output=True, text=True
    )
    return "install ok installed" in done.stdout


@pytest.fixture
def home() -> Iterator[Path]:
    """A fresh HOME for the installed program's library, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="jingdu-deb-home-") as folder:
        yield Path(folder)


def test_the_package_installs_runs_without_python_and_goes_away(home: Path) -> None:
    if _installed():
        pytest.skip("a jingdu package is installed on this machine; the test would replace it")
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    deb = REPO / "dist" / f"jingdu_{__version__}_{arch}.deb"
    deb.unlink(missing_ok=True)  # the one tested is the one this build makes
    build = subprocess.run(["make", "deb"], cwd=REPO, capture_output=True, text=True)
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-4000:]
    assert deb.is_file(), build.stdout[-2000:]
    clean = ["env", "-i", f"HOME={home}", "PATH=/usr/bin:/bin"]
    try:
        subprocess.run(["dpkg", "-i", str(deb)], check=True, capture_output=True)
        assert all(p.exists() for p in INSTALLED)
        assert os.path.realpath("/usr/bin/jingdu") == "/opt/jingdu/jingdu"

        version = subprocess.run([*clean, "jingdu", "--version"], capture_output=True, text=True)
        assert version.stdout == f"jingdu {__version__}\n", version.stderr

        docs = subprocess.run([*clean, "jingdu", "docs", "--json"], capture_output=True, text=True)
        assert docs.returncode == 0, docs.stderr
        sources = {d["source"] for d in json.loads(docs.stdout)["documents"]}
        assert len(sources) == 5  # the bundled corpus, found inside the build

        # Open a new file with the installed program, as a file manager does, and
        # photograph the window once it is imported and shown.
        article = home / "学习体会.md"
        article.write_text("# 学习体会\n\n" + "谈发展新质生产力的体会。\n\n" * 20, encoding="utf-8")
        shot = home / "shot.png"
        gui = subprocess.run(
            [*clean, "xvfb-run", "-a", "jingdu", str(article), "--screenshot", str(shot)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert gui.returncode == 0, gui.stderr
        assert shot.read_bytes()[16:24] == (1280).to_bytes(4, "big") + (820).to_bytes(4, "big")
        after = subprocess.run([*clean, "jingdu", "docs", "--json"], capture_output=True, text=True)
        titles = {d["title"] for d in json.loads(after.stdout)["documents"]}
        assert "学习体会" in titles

        # Search works in the build: its index is written by a child process.
        found = subprocess.run(
            [*clean, "jingdu", "search", "新质生产力", "--json"], capture_output=True, text=True
        )
        assert found.returncode == 0 and json.loads(found.stdout)["total"] > 0, found.stderr
    finally:
        subprocess.run(["dpkg", "--purge", "jingdu"], capture_output=True)
    assert not _installed()
    assert [p for p in INSTALLED if p.exists() or p.is_symlink()] == []
