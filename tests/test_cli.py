from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jingdu.cli import main, parse_args


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_no_subcommand_opens_the_window_with_its_options() -> None:
    args = parse_args(["--data-dir", "/x"])
    assert args.command == "gui"
    assert str(args.data_dir) == "/x" and args.open is None and args.screenshot is None
    assert parse_args([]).command == "gui"


def test_docs_json_has_the_documented_shape(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, err = run(capsys, "--data-dir", str(data_dir), "docs", "--json")
    assert code == 0, err
    docs = json.loads(out)["documents"]
    assert {"id", "title", "authors", "source", "part", "chars", "paragraphs", "highlights"} <= set(
        docs[0]
    )
    by_source = {}
    for d in docs:
        by_source.setdefault(d["source"], []).append(d["part"])
    assert by_source["000_5425b47fff0c6ac1.txt"] == [0]
    assert by_source["001_e0edea38aaf4c3b6.txt"][:3] == [1, 2, 3]


def test_data_dir_after_the_subcommand_and_from_the_environment(
    capsys: pytest.CaptureFixture[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "docs", "--data-dir", str(data_dir))[0] == 0
    assert (data_dir / "library.db").exists()
    other = data_dir.parent / "env"
    monkeypatch.setenv("JINGDU_DATA_DIR", str(other))
    assert run(capsys, "docs")[0] == 0
    assert (other / "library.db").exists()


def test_show_json_has_the_documented_shape(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "show", "004", "--json")
    assert code == 0
    doc = json.loads(out)
    assert {
        "id",
        "title",
        "authors",
        "source",
        "part",
        "abstract",
        "keywords",
        "text",
        "outline",
        "paragraphs",
    } <= set(doc)
    assert doc["title"] == "新质生产力何以驱动高质量发展"
    for p in doc["paragraphs"]:
        assert p["kind"] in {"heading", "body", "quote", "signature", "note"}
        assert 0 <= p["start"] <= p["end"] <= len(doc["text"])
    for o in doc["outline"]:
        assert doc["text"][o["start"] :].startswith(o["title"]) or o["title"] == "注释"


def test_show_text_is_readable(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "show", "000")
    assert code == 0
    assert out.startswith("论新质生产力的世界观和方法论意蕴（标题取自页眉）")
    assert "\n# 一、坚持人民至上是发展新质生产力的价值遵循\n" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "nope"], "no document 'nope'"),
        (["show", "00"], "ambiguous"),
        # A word that is no command is a file to open (`jingdu FILE`), and no file either.
        (["frobnicate"], "frobnicate: no such file, and not a command"),
        (["import", "/nonexistent/file.txt"], "no such file"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path, args: list[str], message: str
) -> None:
    code, _out, err = run(capsys, "--data-dir", str(data_dir), *args)
    assert code == 2
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_corrupt_database_is_a_clear_message_not_a_traceback(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "library.db").write_bytes(b"this is not a database" * 100)
    proc = subprocess.run(
        [sys.executable, "-m", "jingdu", "--data-dir", str(data_dir), "docs"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    assert proc.returncode == 2
    assert "library.db" in proc.stderr and "damaged" in proc.stderr
    assert "Traceback" not in proc.stderr and proc.stderr.count("\n") == 1


def test_import_and_replace(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    f = tmp_path / "笔记.txt"
    f.write_text("# 学习笔记\n\n第一段。\n", encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "import", str(f), "--json")
    assert code == 0
    assert json.loads(out)["documents"][0]["title"] == "学习笔记"
    code, out, err = run(capsys, "--data-dir", str(data_dir), "import", str(f))
    assert code == 0 and "not imported again" in err and "imported" not in out
    f.write_text("# 学习笔记（修订）\n\n第一段。\n", encoding="utf-8")
    assert run(capsys, "--data-dir", str(data_dir), "import", str(f), "--replace", "笔记")[0] == 0
    assert "学习笔记（修订）" in run(capsys, "--data-dir", str(data_dir), "show", "笔记")[1]


def test_output_into_a_closed_pipe_is_not_an_error(data_dir: Path) -> None:
    proc = subprocess.run(
        f"{sys.executable} -m jingdu --data-dir {data_dir} show 001-48 | head -c 9",
        shell=True,
        capture_output=True,
        text=True,
    )
    assert proc.stderr == ""


def test_search_from_the_command_line(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, err = run(
        capsys, "--data-dir", str(data_dir), "search", "新質生產力", "--limit", "5", "--json"
    )
    assert code == 0, err
    results = json.loads(out)
    assert results["query"] == "新質生產力" and results["total"] > 900 and len(results["hits"]) == 5
    hit = results["hits"][0]
    assert {
        "doc",
        "title",
        "source",
        "paragraph",
        "start",
        "end",
        "score",
        "snippet",
        "matches",
    } <= set(hit)
    text = json.loads(run(capsys, "--data-dir", str(data_dir), "show", hit["doc"], "--json")[1])[
        "text"
    ]
    assert all(text[s:e] == "新质生产力" for s, e in hit["matches"])

    code, out, _ = run(
        capsys, "--data-dir", str(data_dir), "search", "全要素生产率", "--doc", "004", "--json"
    )
    in_004 = json.loads(out)
    assert in_004["total"] >= 1 and {h["doc"] for h in in_004["hits"]} == {"004_d840023fb8f8f993"}
    code, out, _ = run(
        capsys, "--data-dir", str(data_dir), "search", "全要素生产率", "--doc", "004"
    )
    assert code == 0
    assert out.splitlines()[0].startswith(f"{in_004['total']} 段匹配")
    assert "新质生产力何以驱动高质量发展" in out

    for args, message in [
        (["search", ""], "empty"),
        (["search", "--", "-创新"], "needs a term"),
        (["search", "新" * 10_000], "10,000 characters"),
        (["search", "创新", "--limit", "0"], "at least 1"),
        (["search", "创新", "--doc", "nope"], "no document"),
    ]:
        code, _, err = run(capsys, "--data-dir", str(data_dir), *args)
        assert code == 2, args
        assert message in err and err.count("\n") == 1


def test_annotations_from_the_command_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    d = ["--data-dir", str(data_dir)]
    code, out, err = run(
        capsys,
        *d,
        "highlight",
        "add",
        "002",
        "200",
        "230",
        "--tag",
        "政策/科技",
        "--note",
        "<b>&",
        "--json",
    )
    assert code == 0, err
    h = json.loads(out)
    assert {
        "id",
        "doc",
        "start",
        "end",
        "quote",
        "color",
        "tags",
        "note",
        "created",
        "updated",
        "orphan",
    } <= set(h)
    assert (h["doc"], h["start"], h["end"], h["tags"], h["note"]) == (
        "002_1faaaa7bcac61f4f",
        200,
        230,
        ["政策/科技"],
        "<b>&",
    )
    assert (
        run(capsys, *d, "highlight", "edit", h["id"][:8], "--color", "pink", "--tag", "重点")[0]
        == 0
    )
    listed = json.loads(run(capsys, *d, "highlight", "list", "--tag", "政策", "--json")[1])[
        "highlights"
    ]
    assert [x["id"] for x in listed] == [h["id"]] and listed[0]["color"] == "pink"
    assert json.loads(run(capsys, *d, "tags", "--json")[1]) == {
        "tags": [{"name": "政策/科技", "count": 1}, {"name": "重点", "count": 1}]
    }
    assert run(capsys, *d, "tag", "rename", "政策", "政策研究")[0] == 0
    assert run(capsys, *d, "tag", "merge", "政策研究/科技", "重点", "要点")[0] == 0
    assert [t["name"] for t in json.loads(run(capsys, *d, "tags", "--json")[1])["tags"]] == ["要点"]
    backup = tmp_path / "b.json"
    assert run(capsys, *d, "backup", str(backup))[0] == 0
    assert run(capsys, *d, "highlight", "delete", h["id"])[0] == 0
    code, out, _ = run(capsys, *d, "restore", str(backup), "--json")
    assert code == 0 and json.loads(out)["added"] == 1
    assert run(capsys, *d, "tag", "delete", "要点")[0] == 0
    assert (
        json.loads(run(capsys, *d, "highlight", "list", "--json")[1])["highlights"][0]["tags"] == []
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["highlight", "add", "002", "0", "999999"], "out of range"),
        (["highlight", "add", "002", "50", "40"], "before the start"),
        (["highlight", "add", "002", "50", "50"], "empty"),
        (["highlight", "add", "002", "x", "40"], "not a whole number"),
        (["highlight", "add", "nope", "1", "5"], "no document"),
        (["highlight", "add", "002", "1", "5", "--tag", ""], "cannot be empty"),
        (["highlight", "add", "002", "1", "5", "--tag", "t" * 1000], "1,000 characters"),
        (["highlight", "add", "002", "1", "5", "--color", "mauve"], "unknown colour"),
        (["highlight", "edit", "0000dead", "--color", "red"], "no highlight"),
        (["highlight", "delete", "0000dead"], "no highlight"),
        (["highlight", "list", "--since", "yesterday"], "not a date"),
        (["tag", "rename", "nope", "x"], "no tag"),
        (["tag", "merge", "only-one"], "needs the tags"),
        (["restore", "/nonexistent.json"], "no such file"),
        (["recover"], "no usable automatic backup"),
    ],
)
def test_bad_annotation_input_exits_2_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, args: list[str], message: str
) -> None:
    d = ["--data-dir", str(data_dir)]
    run(capsys, *d, "docs")
    db = data_dir / "library.db"
    before = db.read_bytes()
    code, _, err = run(capsys, *d, *args)
    assert code == 2, err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert json.loads(run(capsys, *d, "highlight", "list", "--json")[1]) == {"highlights": []}
    assert db.read_bytes() == before or args[0] == "recover"


def test_malformed_backup_json_exits_2(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "jingdu-annotations", "version": 1, "documents": {}, "highlights": [{"id": "x"}]}'
    )
    code, _, err = run(capsys, "--data-dir", str(data_dir), "restore", str(bad))
    assert code == 2 and "highlight 1" in err
