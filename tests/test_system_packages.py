"""`packaging/debian-deps.sh` must name every Debian package the code and tests use.

A fresh machine has only what that script installs (with --no-install-recommends),
so a program or data file that happens to be on this machine can hide a missing
line: it happened with `poppler-data`, without which pdffonts cannot read the
Adobe-GB1 CID font a fallback PDF names. This test finds the external programs
and system files the repository uses and asks dpkg which package provides each.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "packaging" / "debian-deps.sh"
CODE_DIRS = ("desktop", "tests", "benchmarks", "packaging")

# Files the code looks for as one of several alternatives: any one will do, so
# their packages need not be installed. (The first-choice font is required.)
ALTERNATIVES = {
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
}
# Programs a fresh machine has before the script runs.
PRESENT = {
    "git": "the checkout itself was made with it (benchmarks name their commit)",
    "mount": "Debian's required priority (the disk-full test mounts a small tmpfs)",
    "umount": "Debian's required priority, with mount",
    "apt-get": "Debian's own package tool: the script itself runs it",
    "dpkg-deb": "Debian's own package tool (the fidelity benchmark unpacks a manual with it)",
    "dpkg": "Debian's own package tool (make deb asks it the architecture and who owns a library)",
    "ldd": "Debian's required priority, libc-bin (make deb lists the libraries the build loads)",
    "dpkg-query": "Debian's own package tool (tests/test_deb.py asks whether jingdu is installed)",
    "make": "the two everyday commands are make targets: it is there before the script runs",
}
# Programs used when present, never needed: each with what happens without it.
OPTIONAL = {
    "soffice": "LibreOffice prints the Word briefings for the README's pictures; "
    "make screenshots skips those pictures without it",
}
# Recommended packages the project does not need, each with the reason.
NOT_NEEDED = {
    "libglib2.0-data": "GLib's translations and MIME data; Qt loads GLib only for its event loop",
}

_PROGRAM = re.compile(
    r"(?:subprocess\.(?:run|Popen|check_output|check_call)\(\s*\[\s*|shutil\.which\(\s*"
    # tests/export reads PDFs through a small wrapper, poppler("pdffonts", ...)
    r"|poppler\(\s*)[\"']([A-Za-z][\w.+-]*)[\"']"
)
_MAKE_PROGRAM = re.compile(r"^\t(?:[A-Z_]+=\S+\s+)*([a-z][\w.+-]*)\s", re.M)
_SYSTEM_FILE = re.compile(r"""["'](/usr/share/[^"']+)["']""")


def _listed() -> set[str]:
    text = SCRIPT.read_text(encoding="utf-8")
    block = re.search(r"packages=\((.*?)\)", text, re.S)
    assert block, "debian-deps.sh lost its packages=(...) list"
    lines = [line.split("#", 1)[0] for line in block.group(1).splitlines()]
    return set(" ".join(lines).split())


def _sources() -> list[Path]:
    found = [p for d in CODE_DIRS for p in (REPO / d).rglob("*.py")]
    return [p for p in found if p.resolve() != Path(__file__).resolve()]


def _programs() -> set[str]:
    names = {m.group(1) for p in _sources() for m in _PROGRAM.finditer(p.read_text("utf-8"))}
    names |= set(_MAKE_PROGRAM.findall((REPO / "Makefile").read_text("utf-8")))
    # The project's own programs and the shell's built-ins are not Debian packages' business.
    return names - {"rm", "mkdir", "touch", "cd", "test", "jingdu"} - set(PRESENT) - set(OPTIONAL)


def _owner(path: str) -> str:
    out = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True)
    if out.returncode != 0 and path.startswith("/usr/"):  # merged /usr: dpkg knows /bin/x
        out = subprocess.run(["dpkg", "-S", path[4:]], capture_output=True, text=True)
    assert out.returncode == 0, f"{path} belongs to no Debian package"
    return out.stdout.split(":", 1)[0].split(",")[0].strip()


def _field(package: str, name: str) -> list[str]:
    out = subprocess.run(
        ["dpkg-query", "-W", "-f", f"${{{name}}}", package], capture_output=True, text=True
    )
    items = out.stdout.replace("|", ",").split(",") if out.returncode == 0 else []
    return [i.split("(")[0].split(":")[0].strip() for i in items if i.strip()]


pytestmark = pytest.mark.skipif(shutil.which("dpkg") is None, reason="not a Debian system")


def test_every_external_program_comes_from_a_listed_package():
    listed = _listed()
    programs = _programs()
    assert {"pdffonts", "pdftotext", "fc-list"} <= programs  # the scan itself works
    missing = {}
    for name in sorted(programs):
        path = shutil.which(name)
        if path is None:
            if (REPO / ".venv" / "bin" / name).exists():
                continue  # installed by pip (pyside6-lupdate, say)
            missing[name] = "not installed here"
            continue
        if ".venv" in path or "/site-packages/" in path:
            continue
        owner = _owner(str(Path(path).resolve()) if not Path(path).is_symlink() else path)
        if owner not in listed:
            missing[name] = owner
    assert not missing, f"programs whose packages debian-deps.sh does not install: {missing}"


def test_every_system_file_the_code_names_comes_from_a_listed_package():
    listed = _listed()
    paths = {m for p in _sources() for m in _SYSTEM_FILE.findall(p.read_text("utf-8"))}
    assert paths, "the scan found no system files; the pattern is out of date"
    missing = {
        path: owner
        for path in sorted(paths - ALTERNATIVES)
        if "*" not in path and Path(path).exists()
        for owner in [_owner(path)]
        if owner not in listed
    }
    assert not missing, f"files whose packages debian-deps.sh does not install: {missing}"


def test_data_packages_recommended_by_what_we_install_are_listed_too():
    """The script installs without recommends; a recommended data package (poppler's
    CID maps, say) is then missing on a fresh machine unless it is named."""
    listed = _listed()
    gaps = {}
    for package in sorted(listed):
        for dep in [package, *_field(package, "Depends")]:
            for rec in _field(dep, "Recommends"):
                if rec.endswith("-data") and rec not in listed and rec not in NOT_NEEDED:
                    gaps[rec] = f"recommended by {dep} (needed by {package})"
    assert not gaps, f"debian-deps.sh should name these too: {gaps}"
