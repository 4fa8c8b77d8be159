"""The quotations index, on the bundled corpus.

Read in the sources: the commentaries of 001 quote what 习近平 said in 黑龙江 in
September 2023 (“积极培育新能源、新材料、先进制造、电子信息等战略性新兴产业，积极培育
未来产业，加快形成新质生产力，增强发展新动能”), most after 指出 or 强调, some a
sentence of it only; “新质生产力” in running text is a term, not a quotation.
"""

from __future__ import annotations

import json
import re

import pytest

from jingdu.cli import main
from jingdu.library import Library
from jingdu.search.fold import fold
from jingdu.study.matching import kept
from jingdu.study.quotes import MIN_QUOTE, SHINGLE, quotes
from tests.study.parallels_library import study_library

__all__ = ["study_library"]

HEILONGJIANG = "积极培育未来产业，加快形成新质生产力"


def _shares_a_run(a: str, b: str) -> bool:
    ka, kb = kept(fold(a))[0], kept(fold(b))[0]
    return any(ka[i : i + SHINGLE] in kb for i in range(len(ka) - SHINGLE + 1))


def test_a_much_quoted_passage_lists_every_document_quoting_it(study_library: Library) -> None:
    index = quotes(study_library, 2)
    (group,) = [q for q in index if HEILONGJIANG in q.text]
    # The scan: documents with the words inside “…” after a verb of saying.
    pattern = re.compile(r"(?:指出|强调|提出|要求)[^“”。]{0,3}“[^“”\n]*积极培育未来产业[^“”\n]*”")
    quoting = {
        s.id for s in study_library.documents() if pattern.search(study_library.document(s.id).text)
    }
    assert len(quoting) >= 10
    assert quoting <= set(group.docs)
    assert group is index[0]  # the most quoted passage of the library
    for o in group.occurrences:
        text = study_library.document(o.doc).text[o.start : o.end]
        assert _shares_a_run(text, group.text), (o, text)
        assert o.doc in group.docs
    assert set(group.docs) == {o.doc for o in group.occurrences}


def test_terms_in_quotation_marks_are_no_quotations(study_library: Library) -> None:
    index = quotes(study_library, 1)
    assert index
    assert all(len(kept(fold(q.text))[0]) >= MIN_QUOTE for q in index)
    assert not any(kept(fold(q.text))[0] == "新质生产力" for q in index)


def test_min_docs_leaves_out_passages_quoted_less(study_library: Library) -> None:
    every = quotes(study_library, 1)
    twice = quotes(study_library, 2)
    assert all(len(q.docs) >= 2 for q in twice)
    assert [q.text for q in every if len(q.docs) >= 2] == [q.text for q in twice]
    assert len(every) > len(twice)
    counts = [len(q.docs) for q in twice]
    assert counts == sorted(counts, reverse=True)


def test_first_and_last_follow_the_known_dates(study_library: Library) -> None:
    for q in quotes(study_library, 2):
        dated = [q.dates[d] for d in q.docs if d in q.dates]
        assert dated == sorted(dated)
        if dated:
            assert q.dates[q.first] == dated[0] and q.dates[q.last] == dated[-1]  # type: ignore[index]
        else:
            assert q.first is None and q.last is None


def test_cli_quotes_json_has_the_documented_shape(
    study_library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--data-dir", str(study_library.data_dir), "quotes", "--min-docs", "3", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    assert data["quotes"]
    for q in data["quotes"]:
        assert {"text", "docs", "occurrences"} <= set(q)
        assert len(q["docs"]) >= 3
        assert all({"doc", "start", "end"} <= set(o) for o in q["occurrences"])
    code = main(["--data-dir", str(study_library.data_dir), "quotes", "--min-docs", "0"])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
