"""jingdu concordance and jingdu counts: the JSON shapes, the text, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jingdu.cli import main
from jingdu.library import Library


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("cli") / "data"
    with Library(where) as lib:
        lib.sync()
        lib.search_engine()
    return where


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_concordance_json_has_the_issues_shape(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    code, out, err = run(capsys, data, "concordance", "因地制宜", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["query"] == "因地制宜" and result["total"] == 8
    assert len(result["lines"]) == 8
    for line in result["lines"]:
        assert {"doc", "start", "end", "left", "match", "right"} <= set(line)
        assert line["match"] == "因地制宜" and line["end"] - line["start"] == 4
    code, out, _ = run(capsys, data, "show", result["lines"][0]["doc"], "--json")
    text = json.loads(out)["text"]
    first = result["lines"][0]
    assert text[first["start"] : first["end"]] == "因地制宜"


def test_concordance_limit_and_document(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, _ = run(capsys, data, "concordance", "新质生产力", "--limit", "3", "--json")
    result = json.loads(out)
    assert code == 0 and len(result["lines"]) == 3 and result["total"] > 2000
    code, out, _ = run(capsys, data, "concordance", "因地制宜", "--doc", "000", "--json")
    assert code == 0 and json.loads(out)["total"] == 3


def test_concordance_text_is_aligned_on_the_match(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    code, out, _ = run(capsys, data, "concordance", "卡脖子")
    assert code == 0
    rows = [r.split("\t", 1)[1] for r in out.splitlines()[1:]]
    assert len({r.index("【") for r in rows}) == 1


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["concordance", ""], "empty"),
        (["concordance", "新" * 1001], "1,001"),
        (["concordance", "量子纠缠态"], "does not occur"),
        (["concordance", "新质生产力", "--doc", "999"], "999"),
        (["concordance", "新质生产力", "--limit", "0"], "at least 1"),
        (["concordance", "新质生产力", "--sort", "colour"], "invalid choice"),
        (["counts", ""], "empty"),
        (["counts", "创新", "创新"], "twice"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], data: Path, args: list[str], said: str
) -> None:
    code, out, err = run(capsys, data, *args)
    assert code == 2 and out == ""
    assert said in err and err.count("\n") == 1


def test_counts_json(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, err = run(capsys, data, "counts", "因地制宜", "高质量发展", "--json")
    assert code == 0, err
    result = json.loads(out)
    first, second = result["terms"]
    assert first["term"] == "因地制宜" and first["total"] == 8
    assert {"doc", "title", "source", "chars", "count", "per_1000"} <= set(first["documents"][0])
    assert {"source", "documents", "chars", "count", "per_1000"} <= set(first["sources"][0])
    assert second["collocates"][0]["word"] == "推动"
    assert {"word", "together", "elsewhere", "log_likelihood"} <= set(second["collocates"][0])


def test_export_prints_the_added_charts_unless_told_not_to(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    from jingdu.study.figures import figure_of

    with Library(data) as lib:
        lib.add_highlight(lib.documents()[0].id, 10, 30)
        lib.add_figure(figure_of(lib.counts(["因地制宜"], collocates=0), "source_rate"))
    out = tmp_path / "b.md"
    assert run(capsys, data, "export", str(out))[0] == 0
    assert "## 图表" in out.read_text("utf-8")
    assert run(capsys, data, "export", str(out), "--no-charts")[0] == 0
    assert "## 图表" not in out.read_text("utf-8")
