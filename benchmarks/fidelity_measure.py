"""The fidelity measures: what a reading kept of the truth, and what it let through.

- paragraphs exact: the true paragraph's text (title excluded) is, character for
  character, one paragraph of the result (or an outline title, where a reader
  made the printed 注释 into the notes' own heading); a note may leave its label
  (①, a) to the document's footnote record; ``folded``: the same after
  NFKC, without whitespace and without a leading list bullet or section number
  (``•``, ``2.1.``: each rendering prints its own); ``typography aside``: exact
  but for what two editions of one text typeset each their own way — the list
  label or section number in front (``◦``/``–``, ``2.1.``/``2.1``, ``1.``/``A.``),
  the glyph of a quotation mark (``"``/``”``), and spaces beside Chinese
  characters (XeTeX's CJK glue prints a gap where the HTML has no space, or
  none where it has one). Characters, punctuation width, and spaces between
  Latin words stay strict.
- content kept: the true text, folded (NFKC, no whitespace, one quotation-mark glyph, no leading bullet or
  section number, no note label), aligned with the result's, folded alike: blocks found whole anchor the alignment, the others
  are diffed (runs of two or more characters, or one touching matched text) against the text between their
  anchored neighbours. Content removed = the true characters left unaligned, and
  the paragraphs they belong to, less those the input never had (a plain-text
  extraction's own losses, found by aligning the truth with the input the same way).
- headings at level: a true heading found (folded) among the result's outline
  entries (the entry nearest to where its text was aligned, since a contents page
  repeats the headings) at its level, after one constant shift of levels (the one most
  headings agree on), since a format may number its levels from the title.
- furniture removed: every printed instance of furniture (``Typeset.furniture``)
  counts as left when its folded text occurs in what the alignment left over of
  the result (a number only where no digit touches it): a running head that
  repeats the title is furniture, the title itself is not. Text the truth leaves
  out (a real manual's table cells and code lines) is masked first: "目录服务" in
  a table is content, not the contents page's "目录" left behind.
- documents made: how many documents the file became (1 for an article).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, fields
from difflib import SequenceMatcher

from fidelity_truth import Block, TrueDoc
from jingdu.corpus.document import Document

_WS = re.compile(r"\s+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'"})
_LEADING = re.compile(r"^\s*(?:[•·▪◦‣∙●○■□∗–—*-]\s*|\d+(?:\.\d+)*\.?\s+|(?:\d+\.)+\d*)")


_NOTE_LABEL = re.compile(
    r"^(?:[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]|\[\d+\]|[a-z](?![A-Za-z]))\s*"
)


def unlabelled(b: Block) -> str:
    """A note's text without its printed label (①, a, [3]): a reader may keep the label
    as the note's (``Footnote.label``) instead of in its text."""
    return _NOTE_LABEL.sub("", b.text) if b.kind == "note" else b.text


def fold(text: str) -> str:
    """NFKC, without whitespace, one glyph for each kind of quotation mark (TeX prints
    ``"`` as ``”``)."""
    return _WS.sub("", unicodedata.normalize("NFKC", text)).translate(_QUOTES)


def unmarked(text: str) -> str:
    """Without a leading list bullet or section number (``2.1.``, ``3 ``): each
    rendering prints its own."""
    return _LEADING.sub("", unicodedata.normalize("NFKC", text))


_WIDE = "\u2e80-\u9fff\u3000-\u303f\uff00-\uffef"
_SPACE_BY_HAN = re.compile(rf"(?<=[{_WIDE}])[ \t]+|[ \t]+(?=[{_WIDE}])")
_LABEL = re.compile(
    r"^\s*(?:[•·▪◦‣∙●○■□∗–—*-]|\d+(?:\.\d+)*\.?|[A-Za-z][.)]|[ivxIVX]{1,4}\.)(?=\s)\s*"
)


def typeset_free(text: str) -> str:
    """``text`` with what two editions typeset each their own way made alike (see the
    module's docstring)."""
    text = _LABEL.sub("", text).translate(_QUOTES)
    return _SPACE_BY_HAN.sub("", text).strip()


def key(text: str) -> str:
    """Folded and unmarked."""
    return fold(unmarked(text))


@dataclass
class Score:
    files: int = 0
    paragraphs: int = 0
    exact: int = 0
    typeset: int = 0
    folded: int = 0
    chars: int = 0
    kept: int = 0
    damaged: int = 0
    """True paragraphs with characters missing."""
    removed: int = 0
    """True characters missing from the result that the reader's input had (a
    plain-text extraction's own losses are missing, but not removed by the reader)."""
    headings: int = 0
    headings_right: int = 0
    headings_found: int = 0
    furniture: int = 0
    furniture_left: int = 0
    titles: int = 0
    titles_right: int = 0
    docs: list[int] = field(default_factory=list)
    left_examples: list[str] = field(default_factory=list)
    missing_examples: list[str] = field(default_factory=list)

    def add(self, o: Score) -> None:
        for f in fields(self):
            if f.type == "int":
                setattr(self, f.name, getattr(self, f.name) + getattr(o, f.name))
        self.docs += o.docs
        self.left_examples += o.left_examples[: 3 - len(self.left_examples)]
        self.missing_examples += o.missing_examples[: 3 - len(self.missing_examples)]


Span = tuple[int, int]


def _align(blocks: list[str], r: str) -> tuple[list[int], bytearray, list[Span | None]]:
    """Characters of each (folded) true block found in the (folded) result ``r``, which
    characters of ``r`` were matched, and where each block found whole lies.

    First every block found whole (near the last one found, else anywhere not yet
    taken) anchors; then each block not found whole is diffed against what lies
    between its anchored neighbours, so that it cannot borrow characters from them.
    """
    mask = bytearray(len(r))
    span: list[Span | None] = []
    cursor = 0

    def free(i: int, n: int) -> bool:
        return not any(mask[i : i + n])

    def find_free(t: str, start: int) -> int:
        i = r.find(t, start)
        while i >= 0 and not free(i, len(t)):
            i = r.find(t, i + 1)
        return i

    for t in blocks:
        i = find_free(t, cursor) if t else -1
        if t and i < 0:
            i = find_free(t, 0)
        if i < 0:
            span.append(None)
            continue
        mask[i : i + len(t)] = b"\x01" * len(t)
        span.append((i, i + len(t)))
        cursor = max(cursor, i + len(t))
    kept = [len(t) if sp else 0 for t, sp in zip(blocks, span, strict=True)]
    lo = 0
    for k, t in enumerate(blocks):
        sp = span[k]
        if sp is not None:
            lo = max(lo, sp[1])
            continue
        if not t:
            continue
        hi = next((x[0] for x in span[k + 1 :] if x is not None and x[0] >= lo), len(r))
        hi = min(hi, lo + 4 * len(t) + 2000)
        matches = SequenceMatcher(None, t, r[lo:hi], autojunk=False).get_matching_blocks()
        end = lo
        # Runs of two or more first; then single characters that touch matched text
        # (a footnote mark pushed past a page's furniture), never a lone one.
        for single in (False, True):
            for _a, b, n in matches:
                at = lo + b
                if n == 0 or (n == 1) != single or not free(at, n):
                    continue
                if single and not (at and mask[at - 1]) and not (at + 1 < len(r) and mask[at + 1]):
                    continue
                mask[at : at + n] = b"\x01" * n
                kept[k] += n
                end = max(end, at + n)
        if kept[k] * 2 >= len(t):
            lo = end
    return kept, mask, span


def _count(hay: str, needle: str) -> int:
    if not needle:
        return 0
    if needle.isdigit():
        return len(re.findall(rf"(?<!\d){re.escape(needle)}(?!\d)", hay))
    return hay.count(needle)


def _doc_text(d: Document) -> tuple[str, str]:
    """A document's folded text, and what goes in front of it: the title and authors
    when the reader kept them as metadata only."""
    text = fold(d.text)
    head = ""
    if fold(d.title) and fold(d.title) not in text[: len(fold(d.title)) + 200]:
        head += fold(d.title)
    byline = fold("，".join(d.authors))
    if byline and byline not in text:
        head += byline
    return head, text


def _result(docs: list[Document]) -> tuple[str, list[tuple[int, str, int]], list[Span]]:
    """The documents' folded text, one after another, their outline entries as
    (position in that text, key, level), and where outline titles that are not in the
    text (the notes' 注释, which Jingdu shows in the outline only) were put in at their
    place (the content may align with them; they are never counted as furniture)."""
    pieces: list[str] = []
    entries: list[tuple[int, str, int]] = []
    inserted: list[Span] = []
    pos = 0
    for d in docs:
        head, _ = _doc_text(d)
        parts = [head]
        at, folded = 0, pos + len(head)
        for o in sorted(d.outline, key=lambda o: o.start):
            piece = fold(d.text[at : max(at, o.start)])
            parts.append(piece)
            folded += len(piece)
            at = max(at, o.start)
            entries.append((folded, key(o.title), o.level))
            if not d.text.startswith(o.title, o.start):
                parts.append(fold(o.title))
                inserted.append((folded, folded + len(fold(o.title))))
                folded += len(fold(o.title))
        parts.append(fold(d.text[at:]))
        piece = "".join(parts)
        pieces.append(piece)
        pos += len(piece)
    return "".join(pieces), entries, inserted


def score(
    truth: TrueDoc,
    notes_as: str,
    docs: list[Document],
    furniture: list[str],
    source_text: str | None = None,
) -> Score:
    expected = truth.expected(notes_as)
    s = Score(files=1, docs=[len(docs)])
    # Paragraphs.
    found_exact: set[str] = set()
    found_key: set[str] = set()
    found_typeset: set[str] = set()
    for d in docs:
        texts = [d.paragraph_text(p).strip() for p in d.paragraphs]
        texts += [o.title.strip() for o in d.outline]
        texts += ["，".join(d.authors)] if d.authors else []
        found_exact.update(texts)
        found_key.update(key(t) for t in texts)
        found_typeset.update(typeset_free(t) for t in texts)
    s.paragraphs = len(expected)
    s.exact = sum(b.text in found_exact or unlabelled(b) in found_exact for b in expected)
    s.typeset = sum(
        typeset_free(b.text) in found_typeset or typeset_free(unlabelled(b)) in found_typeset
        for b in expected
    )
    s.folded = sum(key(b.text) in found_key or key(unlabelled(b)) in found_key for b in expected)
    # Content.
    r, entries, inserted = _result(docs)
    blocks = [fold(truth.title), *(key(unlabelled(b)) for b in expected)]
    kept, mask, spans = _align(blocks, r)
    # What the input holds of each block, where the input is text an extraction made:
    # characters it lost are missing from the result too, but no fault of the reader.
    held = (
        _align(blocks, fold(source_text))[0]
        if source_text is not None
        else [len(b) for b in blocks]
    )
    s.chars = sum(len(b) for b in blocks)
    s.kept = sum(kept)
    lost = [max(0, h - k) for h, k in zip(held, kept, strict=True)]
    s.removed = sum(lost)
    s.damaged = sum(n > 0 for n in lost)
    for n, b in zip(lost, blocks, strict=True):
        if n and len(s.missing_examples) < 3:
            s.missing_examples.append(f"{n} of {b[:24]}…")
    # Furniture: what of the result the truth did not account for.
    for a, b in inserted:
        mask[a:b] = b"\x01" * (b - a)
    leftover = "".join("\x00" if m else ch for ch, m in zip(r, mask, strict=True))
    for u in sorted({fold(u) for u in truth.untracked}, key=len, reverse=True):
        if len(u) >= 2:
            leftover = leftover.replace(u, "\x01" * len(u))
    for text, n in Counter(fold(f) for f in furniture).items():
        left = min(n, _count(leftover, text))
        s.furniture += n
        s.furniture_left += left
        if left and len(s.left_examples) < 3:
            s.left_examples.append(text)
    # Headings: each true heading is paired with an outline entry of the same text, the
    # one nearest to where the heading's text was aligned (a contents page repeats them).
    heads = [(k, b) for k, b in enumerate(expected) if b.kind == "heading"]
    by_key: dict[str, list[int]] = {}
    for i, (_pos, k, _level) in enumerate(entries):
        by_key.setdefault(k, []).append(i)
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for k, b in heads:
        candidates = [i for i in by_key.get(key(b.text), []) if i not in used]
        if not candidates:
            continue
        sp = spans[k + 1]
        pick = candidates[0]
        if sp is not None:
            pick = min(candidates, key=lambda i: abs(entries[i][0] - sp[0]))
        used.add(pick)
        pairs.append((b.level, entries[pick][2]))
    s.headings = len(heads)
    s.headings_found = len(pairs)
    if pairs:
        shift = Counter(got - want for want, got in pairs).most_common(1)[0][0]
        s.headings_right = sum(got - want == shift for want, got in pairs)
    # Title.
    s.titles = 1
    title = key(docs[0].title) if docs else ""
    s.titles_right = int(bool(title) and title == key(truth.title))
    return s
