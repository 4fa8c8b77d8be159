"""Text from documents, notes and file names never drives the user's terminal."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from jingdu.cli import main
from jingdu.library import Library
from tests.safety.conftest import ARTICLE

DOC = ARTICLE.removesuffix(".txt")
OSC52 = "\x1b]52;c;cm0gLXJmIH4K\x07"  # would put "rm -rf ~" on the clipboard
HOSTILE = f"标题{OSC52}\x1b[2J\x9b31m"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def library(tmp_path: Path, one_article: Path) -> Path:
    data = tmp_path / "data"
    evil = tmp_path / "evil.txt"
    evil.write_text(f"{HOSTILE}\n\n正文第一段{OSC52}。\n", encoding="utf-8")
    with Library(data) as lib:
        lib.sync(one_article)
        lib.import_file(evil)
        h = lib.add_highlight(DOC, 0, 5, note=f"笔记{OSC52}", tags=["标签"])
        assert h.note.endswith("\x07")
    return data


@pytest.mark.parametrize(
    "args",
    [["show", "evil"], ["docs"], ["highlight", "list"], ["tags"], ["show", "evil", "--json"]],
)
def test_control_characters_are_shown_escaped_on_a_terminal(
    library: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    screen = Terminal()
    monkeypatch.setattr(sys, "stdout", screen)
    assert main(["--data-dir", str(library), *args]) == 0
    shown = screen.getvalue()
    assert "\x1b" not in shown and "\x07" not in shown and "\x9b" not in shown
    if args[0] in ("show", "highlight"):
        assert "\\x1b" in shown or "\\u001b" in shown


def test_piped_output_keeps_the_text_as_stored(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(library), "show", "evil"]) == 0
    assert OSC52 in capsys.readouterr().out  # a pipe gets the data, not a rendering of it


def test_messages_stay_one_line_for_names_with_newlines(
    tmp_path: Path, library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "第一行\n第二行\x1b[31m.txt"
    odd.write_bytes(b"\x00\x01binary")
    code = main(["--data-dir", str(library), "import", str(odd)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "\x1b" not in err
    assert "第一行\\x0a第二行" in err


def test_a_file_name_with_a_line_break_makes_a_one_line_id_and_a_restorable_backup(
    tmp_path: Path,
) -> None:
    odd = tmp_path / "第一行\n第二\x1b行.txt"
    odd.write_text("正文第一段。\n", encoding="utf-8")
    with Library(tmp_path / "data") as lib:
        [doc] = lib.import_file(odd)
        assert doc.id == "第一行_第二_行"
        lib.add_highlight(doc.id, 0, 3)
        lib.backup(tmp_path / "b.json")
        assert lib.restore(tmp_path / "b.json").to_dict()["skipped"] == 1
