"""The fidelity benchmark's report: its tables, grouped by format, layout, article and file."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from common import machine
from fidelity_measure import Score
from fidelity_reading import Row

ROOT = Path(__file__).resolve().parent.parent
"""The checkout: where the build folder is, and whose readers `git status` checks."""
GOAL_EXACT = 0.95
GOAL_HEADINGS = 0.95


@dataclass
class Group:
    group: str
    layout: str
    rows: list[Row] = field(default_factory=list)

    def total(self) -> Score | None:
        scores = [r.score for r in self.rows if r.score is not None]
        if not scores:
            return None
        out = Score()
        for s in scores:
            out.add(s)
        return out

    @property
    def note(self) -> str:
        return next((r.note for r in self.rows if r.note), "")


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f}%" if d else "—"


def mark(text: str, ok: bool) -> str:
    return text if ok else f"**{text}**"


def figures(s: Score, counts: bool) -> list[str]:
    """The cells of a row: paragraphs exact, folded, headings, content kept, content
    removed, furniture removed, documents, title."""

    def c(n: int, d: int) -> str:
        return f"{pct(n, d)} ({n}/{d})" if counts and d else pct(n, d)

    exact_ok = s.paragraphs == 0 or s.exact / s.paragraphs >= GOAL_EXACT
    typeset_ok = s.paragraphs == 0 or s.typeset / s.paragraphs >= GOAL_EXACT
    heads_ok = s.headings == 0 or s.headings_right / s.headings >= GOAL_HEADINGS
    furn_ok = s.furniture_left == 0
    missing = s.removed
    removed = "0" if not missing else f"{missing:,} chars in {s.damaged} paragraphs"
    docs_ok = all(n == 1 for n in s.docs)
    if len(s.docs) == 1:
        docs = str(s.docs[0])
    elif docs_ok:
        docs = "1 each"
    else:
        others = ", ".join(str(n) for n in s.docs if n != 1)
        docs = f"1 for {s.docs.count(1)} of {len(s.docs)}; {others}"
    return [
        mark(c(s.exact, s.paragraphs), exact_ok),
        mark(c(s.typeset, s.paragraphs), typeset_ok),
        c(s.folded, s.paragraphs),
        mark(c(s.headings_right, s.headings), heads_ok) if s.headings else "—",
        pct(s.kept, s.chars),
        mark(removed, not missing),
        mark(c(s.furniture - s.furniture_left, s.furniture), furn_ok) if s.furniture else "—",
        mark(docs, docs_ok),
        f"{s.titles_right}/{s.titles}",
    ]


HEADER = (
    "| paragraphs exact | (typography aside) | (folded) | headings at level | content kept "
    "| content removed | furniture removed | documents | title |"
)
GOALS = "| ≥ 95% | ≥ 95% | | ≥ 95% | | 0 | 100% | 1 each | |"


def table(groups: list[Group], first: list[str], counts: bool) -> list[str]:
    cols = len(first)
    lines = [
        "| " + " | ".join(first) + " " + HEADER,
        "|" + " --- |" * (cols + 9),
        "| " + " | ".join(["*goal*"] + [""] * (cols - 1)) + " " + GOALS,
    ]
    for g in groups:
        total = g.total()
        lead = [g.group, g.layout] if cols == 2 else [g.group, g.layout, str(len(g.rows))]
        if total is None:
            lines.append("| " + " | ".join(lead) + f" | {g.note} |" + " |" * 8)
            continue
        cells = figures(total, counts)
        if g.note:
            cells[-1] += f" ({g.note})"
        lines.append("| " + " | ".join(lead + cells) + " |")
    return lines


def by_format(rows: list[Row]) -> list[Group]:
    groups: dict[tuple[str, str], Group] = {}
    for r in rows:
        k = (r.source.group, r.source.typeset.layout)
        groups.setdefault(k, Group(*k)).rows.append(r)
    return list(groups.values())


def per_source(rows: list[Row]) -> list[Group]:
    out = []
    for r in rows:
        g = Group(r.source.typeset.path.name, r.source.group)
        g.rows.append(r)
        out.append(g)
    return out


def overall(rows: list[Row]) -> list[Group]:
    groups: dict[str, Group] = {}
    for r in rows:
        groups.setdefault(r.source.group, Group(r.source.group, "all layouts")).rows.append(r)
    return list(groups.values())


def by_article(rows: list[Row]) -> list[Group]:
    groups: dict[str, Group] = {}
    for r in rows:
        t = r.source.truth
        groups.setdefault(t.key, Group(t.key, t.title)).rows.append(r)
    return list(groups.values())


def misses(rows: list[Row]) -> list[str]:
    out = []
    for g in by_format(rows):
        total = g.total()
        if total is None or not (total.left_examples or total.missing_examples):
            continue
        what = []
        if total.left_examples:
            what.append("furniture left: " + "; ".join(f"`{x}`" for x in total.left_examples))
        if total.missing_examples:
            what.append("missing: " + "; ".join(f"`{x}`" for x in total.missing_examples))
        out.append(f"- {g.group}, {g.layout}: " + " — ".join(what))
    return out


def working_tree() -> str:
    """The readers' files changed since the commit named above (they were measured)."""
    out = subprocess.run(
        ["git", "status", "--porcelain", "--", "desktop/jingdu/importing", "desktop/jingdu/corpus"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout
    names = sorted(Path(line[3:].strip()).name for line in out.splitlines() if line.strip())
    return ", ".join(names)


def report(
    synthetic: list[Row],
    real: list[Row],
    real_note: str,
    speed: list[tuple[str, str, str, str]],
    elapsed: float,
    checked: str,
    load_average: tuple[float, ...],
) -> str:
    """The report in Markdown; ``load_average`` is the 1-, 5- and 15-minute load when the
    run began (empty where the system does not tell)."""
    truth = {r.source.truth.key: r.source.truth for r in synthetic}
    load = " / ".join(f"{x:.1f}" for x in load_average) if load_average else "?"
    lines = [
        "# Fidelity benchmark",
        "",
        f"Machine: {machine()}; load average at the start {load}",
        "",
        *(
            [f"Measured with uncommitted changes to: {changed}.", ""]
            if (changed := working_tree())
            else []
        ),
        "- Run: `python benchmarks/fidelity.py`; every file is made under build/fidelity "
        "at run time, and the real documents are downloaded there.",
        "- Truth: "
        + ", ".join(
            f"{k} ({len(t.blocks)} blocks, {sum(b.kind == 'heading' for b in t.blocks)} "
            f"headings, {len(t.notes)} notes)"
            for k, t in truth.items()
        )
        + " of resources/corpus, as the plain-text cleaner structures them, without the "
        "sources' extraction damage (benchmarks/fidelity_truth.py).",
        "- Layouts (benchmarks/fidelity_typeset_*.py): PDF in three house styles (reportlab); "
        "Word with heading styles and with numbering only; a news site's page; EPUB 3 with "
        "its contents page in the spine; Markdown with front matter; and each PDF through "
        "`pdftotext` and `pdftotext -layout` into the plain-text cleaner (issue 13).",
        "- Measures (benchmarks/fidelity_measure.py): *paragraphs exact*, character for "
        "character; *(typography aside)*, the same but for what two editions of one text "
        "typeset each their own way (the list label or section number in front, the glyph "
        "of a quotation mark, spaces beside Chinese characters): the figure to read for the "
        "real manual, whose truth is another edition; *(folded)*, after NFKC without spaces or a leading bullet or section "
        "number; *headings at level*, after one shift of all levels; *content* by aligning "
        "the folded texts; *furniture* counted in what the alignment left over; "
        "*documents*, how many documents each file became; *title*, the document's title.",
        f"- Self-check: {checked}. Figures below their goal are in bold.",
        "",
        "## Synthetic documents, by format",
        "",
        *table(overall(synthetic), ["format", "layouts"], counts=True),
        "",
        "## Synthetic documents, by format and layout",
        "",
        *table(by_format(synthetic), ["format", "layout", "files"], counts=True),
        "",
        "## Synthetic documents, by article (every format and layout)",
        "",
        *table(by_article(synthetic), ["article", "title", "files"], counts=True),
        "",
        "## Synthetic documents, per source file",
        "",
        *table(per_source(synthetic), ["file", "read as"], counts=False),
        "",
        "## Real documents: Debian's Chinese manuals",
        "",
    ]
    if real_note:
        lines += [f"Skipped: {real_note}.", ""]
    if real:
        lines += [
            "The Debian Edu manual (debian-edu-doc-zh-cn) in PDF, EPUB and HTML, and the "
            "Debian Reference (debian-reference-zh-cn) in its packaged plain-text edition. "
            "Each HTML edition's headings and paragraphs, without its contents, navigation, "
            "tables and code, are the truth for the other editions; headings match without "
            "their section numbers (the PDF prints `2.1`, the HTML `2.1.`). Furniture: the "
            "PDF's running title and `N / M` folios, the HTML's navigation header and table "
            "of contents, the text edition's table of contents.",
            "",
            *table(per_source(real), ["file", "read as"], counts=True),
            "",
        ]
    lines += [
        "## Speed",
        "",
        "| measurement | result | goal | met |",
        "| --- | --- | --- | --- |",
        *[f"| {a} | {b} | {c} | {d} |" for a, b, c, d in speed],
        "",
    ]
    found = misses(synthetic + real)
    if found:
        lines += ["## Examples of what was missed", "", *found, ""]
    lines += [
        "## Notes",
        "",
        "- The synthetic furniture (running heads, folios, the web page's menus, ads and "
        "details line, Word's header and footer, EPUB's contents page, Markdown's front "
        "matter) is a fixed set of strings in benchmarks/fidelity_typeset_*.py: a reader that "
        "learns these strings scores without reading better, so read the real documents' "
        "figures beside them.",
        "- Debian's EPUB editions keep every file under an extra `epub/` folder, against "
        "the OCF rule that META-INF/container.xml sits at the archive's root.",
        "- Speed figures are wall-clock on a shared machine: compare the load average above "
        "with the 2 cores before reading a miss as a regression.",
        f"- Run time: {elapsed:.0f} s.",
        "",
    ]
    return "\n".join(lines)
