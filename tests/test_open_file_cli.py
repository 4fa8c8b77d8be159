"""`jingdu FILE`: a path where the sub-command would be opens the window on it, and a
file Jingdu cannot read is refused on the command line (exit 2, one line, no window,
nothing imported)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from jingdu.cli import main, parse_args


def test_a_path_in_place_of_a_sub_command_opens_the_window_on_it() -> None:
    args = parse_args(["讲话.pdf"])
    assert args.command == "gui" and args.file == Path("讲话.pdf")
    args = parse_args(["--data-dir", "docs", "笔记.md", "--open", "002"])
    assert (args.command, args.data_dir, args.file, args.open) == (
        "gui",
        Path("docs"),
        Path("笔记.md"),
        "002",
    )
    assert parse_args(["gui", "笔记.md"]).file == Path("笔记.md")


def test_a_sub_command_wins_over_a_file_of_that_name() -> None:
    assert parse_args(["docs"]).command == "docs"
    assert parse_args(["search", "创新"]).query == "创新"
    # Unless the user says it is a file: after `--`, or with a path.
    assert parse_args(["--", "docs"]).file == Path("docs")
    assert parse_args(["./docs"]).file == Path("docs")
    assert parse_args(["--", "-x.txt"]).file == Path("-x.txt")
    assert parse_args([]).file is None


def _zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("data.csv", "a,b\n")
    return path


BAD = {
    "missing": (lambda d: d / "没有这个文件.pdf", "no such file"),
    "folder": (lambda d: d, "is a folder"),
    "binary": (lambda d: _write(d / "照片.png", b"\x89PNG\r\n\x1a\n\x00\x00\rIHDR" * 40), "binary"),
    "zip": (lambda d: _zip(d / "表格.xlsx"), "not a supported document"),
    "old Word": (
        lambda d: _write(d / "旧.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
        ".doc",
    ),
    "not a PDF": (lambda d: _write(d / "假的.pdf", "这不是 PDF".encode()), "not a valid PDF"),
    "empty": (lambda d: _write(d / "空.txt", b"\n\n"), "empty"),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("case", BAD)
def test_a_file_jingdu_cannot_read_is_refused_and_nothing_is_imported(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, case: str
) -> None:
    make, message = BAD[case]
    folder = tmp_path / "files"
    folder.mkdir()
    path = make(folder)
    code = main(["--data-dir", str(data_dir), str(path)])
    out, err = capsys.readouterr()
    assert code == 2, err
    assert message in err and str(path) in err
    assert err.count("\n") == 1 and "Traceback" not in err and out == ""
    assert not data_dir.exists()  # no window, no library opened: nothing imported
