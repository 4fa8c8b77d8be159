"""Fill the translations `make ts` left empty: Chinese from a table given as a JSON
file ({source: translation}), English as the source itself. A developer's tool, run
after `make ts`:  python packaging/fill_translations.py zh.json"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

I18N = Path(__file__).resolve().parents[1] / "resources" / "i18n"
EMPTY = re.compile(
    r"(<source>(?P<src>[^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)"
    r"<translation(?: type=\"unfinished\")?></translation>",
    re.S,
)


def fill(ts: Path, table: dict[str, str] | None) -> list[str]:
    """Fill ``ts``; the sources with no translation in ``table`` (None: English)."""
    missing: list[str] = []

    def one(m: re.Match[str]) -> str:
        source = html.unescape(m.group("src"))
        text = source if table is None else table.get(source)
        if text is None:
            missing.append(source)
            return m.group(0)
        return f"{m.group(1)}<translation>{html.escape(text, quote=False)}</translation>"

    ts.write_text(EMPTY.sub(one, ts.read_text(encoding="utf-8")), encoding="utf-8")
    return missing


if __name__ == "__main__":
    zh = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    left = fill(I18N / "jingdu_zh_CN.ts", zh) + fill(I18N / "jingdu_en.ts", None)
    for source in left:
        print(f"no translation: {source!r}", file=sys.stderr)
    sys.exit(1 if left else 0)
