"""The date a document gives itself, where it gives one: for sorting by date.

Jingdu stores no publication date, and most sources print none where a machine can
find it. What the texts do print is a dated line of their own: a signature's date
(2024年3月5日 under 新华社评论员) or a quotation's source line
(——2024 年 1 月 31 日，习近平在…), or a news report's opening (2024 年 1 月 31 日，
习近平总书记在…). The first such date of a document is its date; a
document without one has none (and sorts after the dated ones), rather than a date
guessed from some year mentioned in passing.
"""

from __future__ import annotations

import re

from jingdu.search.store import ParagraphStore

_DATE = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?")
_SOURCE_LINE = ("——", "—— ", "--")


def date_in(text: str) -> str:
    """The first date in ``text`` as YYYY-MM-DD (or YYYY-MM without a day), else ""."""
    m = _DATE.search(text)
    if m is None:
        return ""
    year, month, day = m.group(1), int(m.group(2)), m.group(3)
    if not 1 <= month <= 12 or (day is not None and not 1 <= int(day) <= 31):
        return ""
    return f"{year}-{month:02d}" + (f"-{int(day):02d}" if day is not None else "")


def document_dates(store: ParagraphStore) -> dict[str, str]:
    """Each document's own date (see the module's note), by document id; "" for none."""
    raw, kinds, docs = store.columns["raw"], store.columns["kind"], store.columns["doc"]
    dates: dict[str, str] = dict.fromkeys(store.docs, "")
    opened: set[str] = set()
    for i, doc in enumerate(docs):
        if dates.get(doc):
            continue
        text = raw[i].lstrip()
        first_body = kinds[i] == "body" and doc not in opened
        if first_body:
            opened.add(doc)
        if (
            kinds[i] == "signature"
            or text.startswith(_SOURCE_LINE)
            or (first_body and _DATE.match(text))
        ):
            dates[doc] = date_in(text)
    return dates
