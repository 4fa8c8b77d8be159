"""Make the Debian package from a `make dist` build:

    python packaging/deb.py dist/jingdu dist      # -> dist/jingdu_VERSION_ARCH.deb

The build goes to /opt/jingdu (a self-contained folder, as Debian policy puts an
add-on application); /usr/bin/jingdu links to it; the desktop entry, AppStream
metainfo, hicolor icons (the SVG and PNGs drawn from it), the man page, the changelog
and the copyright go where the desktop and dpkg look for them. The desktop entry and
the metainfo are checked with desktop-file-validate and appstreamcli before packing.
The Depends line is what the build's libraries link to outside the build (the system
libraries PyInstaller leaves out on purpose, libEGL and libc among them), found with
ldd and dpkg -S, plus what no library shows (fonts, fc-list).
"""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
from pathlib import Path

from desktop_entry import desktop_entry, metainfo, releases
from manpage import man_page

from jingdu import APP_ID, HOMEPAGE, __version__

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
ICON = REPO / "resources" / "icons" / "jingdu.svg"  # the window uses it too
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PREFIX = Path("opt/jingdu")

# What the build needs from the system beyond the libraries it links to.
NEEDS = {
    "fontconfig": "fc-list finds the CJK fonts a briefing PDF can embed",
    "fonts-wqy-microhei": "a Chinese font with TrueType outlines: the reader and the PDF",
}
WANTS = {
    "fonts-arphic-gbsn00lp": "宋体/仿宋 for the official layout",
    "fonts-arphic-gkai00mp": "楷体 for the official layout",
    "fonts-wqy-zenhei": "黑体 for the official layout",
    "fonts-symbola": "emoji and symbols in exported PDFs",
    "fonts-hanazono": "rare ideographs in exported PDFs",
}
DESCRIPTION = """\
offline close-reading desk for Chinese policy and theory texts (精读)
 Jingdu cleans PDF extractions, Word files, web pages, EPUB, Markdown and plain
 text into documents that read as their authors wrote them, searches the whole
 library exactly, keeps highlights, tags and notes, and prints briefing notes
 (学习简报) in PDF or Word. Every capability has a command-line twin.
 .
 精读是一个离线的中文政策理论文献精读工具：整理、阅读、检索、批注，并生成学习简报。
 .
 This package is a self-contained build: it brings its own Python and Qt."""


def run(*cmd: str) -> str:
    return subprocess.run(list(cmd), check=True, capture_output=True, text=True).stdout


def stage(dist: Path, root: Path) -> None:
    """Lay out the package's files under ``root``."""
    shutil.copytree(dist, root / PREFIX, symlinks=True)
    (root / "usr/bin").mkdir(parents=True)
    # The bootloader finds its _internal folder from /proc/self/exe: a link will do.
    (root / "usr/bin/jingdu").symlink_to(Path("/") / PREFIX / "jingdu")
    share = root / "usr/share"
    _write(share / "applications" / f"{APP_ID}.desktop", desktop_entry())
    _write(share / "metainfo" / f"{APP_ID}.metainfo.xml", metainfo())
    icons = share / "icons/hicolor"
    (icons / "scalable/apps").mkdir(parents=True)
    shutil.copyfile(ICON, icons / "scalable/apps" / f"{APP_ID}.svg")
    for size in ICON_SIZES:
        folder = icons / f"{size}x{size}/apps"
        folder.mkdir(parents=True)
        out = folder / f"{APP_ID}.png"
        subprocess.run(
            ["rsvg-convert", "-w", str(size), "-h", str(size), str(ICON), "-o", str(out)],
            check=True,
        )
    _write_gz(share / "man/man1/jingdu.1.gz", man_page())
    doc = share / "doc/jingdu"
    _write(doc / "copyright", (HERE / "copyright").read_text(encoding="utf-8"))
    _write_gz(doc / "changelog.gz", (REPO / "CHANGELOG.md").read_text(encoding="utf-8"))


def validate(root: Path) -> None:
    """The desktop's own checkers: a failure stops the build with their message."""
    share = root / "usr/share"
    for cmd in (
        ["desktop-file-validate", str(share / "applications" / f"{APP_ID}.desktop")],
        [
            "appstreamcli",
            "validate",
            "--no-net",
            str(share / "metainfo" / f"{APP_ID}.metainfo.xml"),
        ],
    ):
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"deb: {cmd[0]} failed:\n{done.stdout}{done.stderr}")


def linked_packages(tree: Path) -> set[str]:
    """The Debian packages holding the libraries the build's programs and libraries
    load from outside the build."""
    outside: set[str] = set()
    # The bootloader puts _internal first on the library path: ldd must look there too.
    env = {**os.environ, "LD_LIBRARY_PATH": str(tree / "_internal")}
    for path in sorted(tree.rglob("*")):
        if path.is_symlink() or not path.is_file() or not _is_elf(path):
            continue
        done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in done.stdout.splitlines():
            parts = line.split("=>")
            if len(parts) != 2 or "not found" in parts[1]:
                continue  # a plugin for a platform this machine lacks (eglfs, say)
            lib = parts[1].split("(")[0].strip()
            if lib and not Path(lib).resolve().is_relative_to(tree.resolve()):
                outside.add(lib)
    packages = {_owner(lib) for lib in sorted(outside)}
    if "libc6" in packages:
        # Built against this machine's C library: an older one may lack its symbols.
        version = run("dpkg-query", "-W", "-f", "${Version}", "libc6").split("-")[0]
        packages = packages - {"libc6"} | {f"libc6 (>= {version})"}
    return packages


def _owner(path: str) -> str:
    for candidate in (path, str(Path(path).resolve())):
        for name in (candidate, candidate.removeprefix("/usr")):
            done = subprocess.run(["dpkg", "-S", name], capture_output=True, text=True)
            if done.returncode == 0:
                return done.stdout.split(":", 1)[0].split(",")[0].strip()
    raise SystemExit(f"deb: {path} belongs to no Debian package")


def _is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def control(root: Path, depends: set[str]) -> str:
    kib = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir()) // 1024
    fields = {
        "Package": "jingdu",
        "Version": __version__,
        "Architecture": run("dpkg", "--print-architecture").strip(),
        "Maintainer": "Jingdu <jingdu@users.noreply.github.com>",
        "Installed-Size": str(kib),
        "Depends": ", ".join(sorted(depends | set(NEEDS))),
        "Recommends": ", ".join(sorted(WANTS)),
        "Section": "text",
        "Priority": "optional",
        "Homepage": HOMEPAGE,
        "Description": DESCRIPTION,
    }
    return "".join(f"{k}: {v}\n" for k, v in fields.items())


def build(dist: Path, out_dir: Path) -> Path:
    if not (dist / "jingdu").is_file():
        raise SystemExit(f"deb: no build in {dist}; run make dist first")
    releases()  # the changelog names this version, or the build stops here
    root = REPO / "build" / "deb" / "jingdu"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    stage(dist, root)
    validate(root)
    depends = linked_packages(root / PREFIX)
    _write(root / "DEBIAN/control", control(root, depends))
    out_dir.mkdir(parents=True, exist_ok=True)
    deb = out_dir / f"jingdu_{__version__}_{run('dpkg', '--print-architecture').strip()}.deb"
    # --root-owner-group: files owned by root in the package, no fakeroot needed;
    # gzip: quicker to pack and to install than dpkg-deb's default, xz.
    run("dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(root), str(deb))
    return deb


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _write_gz(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # mtime 0: the same sources give the same bytes.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
        f.write(text.encode("utf-8"))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    os.umask(0o022)  # files in the package readable by every user
    print(build(Path(sys.argv[1]), Path(sys.argv[2])))
