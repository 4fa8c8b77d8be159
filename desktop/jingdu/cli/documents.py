"""Commands on documents: list, show, import, delete, rename, search."""

from __future__ import annotations

import argparse
import builtins
import sys
from typing import Any

from jingdu.cli.output import index_ready, print, print_json, say, terminal_safe
from jingdu.corpus.document import Document
from jingdu.errors import UserError
from jingdu.importer import ImportReport, Refused
from jingdu.library import Library

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def cmd_docs(lib: Library, args: argparse.Namespace) -> int:
    docs = lib.documents()
    if args.json:
        print_json({"documents": [d.to_dict() for d in docs]})
        return EXIT_OK
    for d in docs:
        authors = "、".join(d.authors)
        print(f"{d.id}\t{d.title}\t{authors}\t{d.chars} 字")
    return EXIT_OK


def show_json(doc: Document) -> dict[str, Any]:
    d = doc.to_dict()
    return {
        "id": d["id"],
        "title": d["title"],
        "title_source": d["title_source"],
        "authors": d["authors"],
        "source": d["source"],
        "part": d["part"],
        "abstract": d["abstract"],
        "keywords": d["keywords"],
        "chars": d["chars"],
        "text": d["text"],
        "outline": d["outline"],
        "paragraphs": d["paragraphs"],
        "footnotes": d["footnotes"],
        "removed": d["removed"],
        "cleaner_version": d["cleaner_version"],
    }


def cmd_show(lib: Library, args: argparse.Namespace) -> int:
    doc = lib.document(args.doc)
    if args.json:
        print_json(show_json(doc))
        return EXIT_OK
    note = {"header": "（标题取自页眉）", "derived": "（标题由 Jingdu 推定）"}.get(
        doc.title_source, ""
    )
    print(doc.title + note)
    if doc.authors:
        print("作者：" + "、".join(doc.authors))
    print(f"来源：{doc.source}" + (f" 第 {doc.part} 篇" if doc.part else ""))
    print()
    for p in doc.paragraphs:
        text = doc.paragraph_text(p)
        if p.kind == "heading":
            print(("#" * max(p.level, 1)) + " " + text)
        elif p.kind == "signature":
            print(f"{'':>20}{text}")
        elif p.kind == "quote":
            print("> " + text)
        else:
            print(text)
        print()
    return EXIT_OK


def cmd_import(lib: Library, args: argparse.Namespace) -> int:
    def tell(file: str, outcome: list[str] | Refused) -> None:
        # Said as each file is done: a long import shows its progress, and a killed
        # one has said what went in.
        if isinstance(outcome, Refused):
            say(("not imported again: " if outcome.reason == "duplicate" else "") + outcome.message)
        elif not args.json:
            for doc_id in outcome:
                print(f"imported {doc_id}\t{lib.document_summary(doc_id).title}", flush=True)

    if args.replace:
        if len(args.files) > 1 or args.files[0].is_dir():
            raise UserError("--replace takes exactly one file")
        docs = lib.import_file(args.files[0], replace=args.replace)
        report = ImportReport(imported=[(str(args.files[0]), [d.id for d in docs])])
        tell(str(args.files[0]), [d.id for d in docs])
    else:
        report = lib.import_paths(args.files, told=tell)
    if args.json:
        summaries = {s.id: s for s in lib.documents()}
        data = report.to_dict()
        data["documents"] = [summaries[d].to_dict() for d in report.documents if d in summaries]
        print_json(data)
    return EXIT_BAD_INPUT if report.refused else EXIT_OK


def cmd_delete(lib: Library, args: argparse.Namespace) -> int:
    source = lib.document_summary(args.doc).source
    docs, marked = lib.delete_document(args.doc, drop_highlights=args.with_highlights)
    fate = "deleted" if args.with_highlights else "kept as orphans"
    print(
        f"deleted {docs} document{'s' if docs != 1 else ''} of {source}; {marked} highlights {fate}"
    )
    print(f"`jingdu undelete {source}` brings the document back")
    return EXIT_OK


def cmd_undelete(lib: Library, args: argparse.Namespace) -> int:
    for d in lib.undelete_source(args.source):
        print(f"restored {d.id}\t{d.title}")
    return EXIT_OK


def cmd_rename(lib: Library, args: argparse.Namespace) -> int:
    if args.title is None and args.author is None:
        raise UserError("rename needs --title or --author")
    doc = lib.rename_document(args.doc, title=args.title, authors=args.author)
    if args.json:
        print_json({"id": doc.id, "title": doc.title, "authors": doc.authors})
    else:
        print(f"{doc.id}\t{doc.title}\t{'、'.join(doc.authors)}")
    return EXIT_OK


def cmd_search(lib: Library, args: argparse.Namespace) -> int:
    index_ready(lib, args.json)
    results = lib.search(args.query, doc=args.doc, limit=args.limit, offset=args.offset)
    if args.json:
        print_json(results.to_dict())
        return EXIT_OK
    emphasis = sys.stdout.isatty()
    print(f"{results.total} 段匹配 · {results.seconds * 1000:.0f} ms")
    for n, hit in enumerate(results.hits, start=results.offset + 1):
        where = " › ".join([hit.title, *hit.headings[-2:]])
        print(f"\n{n}. {where}  [{hit.doc} ¶{hit.paragraph}]")
        # _mark escapes the snippet's own control characters and adds only its colours.
        builtins.print("   " + _mark(hit.snippet, hit.snippet_span[0], hit.matches, emphasis))
    return EXIT_OK


def _mark(snippet: str, start: int, matches: list[tuple[int, int]], emphasis: bool) -> str:
    """Bold the matches in a snippet on a terminal; leave the text alone otherwise."""
    if not emphasis:
        return snippet
    safe = terminal_safe
    lead = 1 if snippet.startswith("…") else 0
    out, pos = [], 0
    for s, e in matches:
        a, b = s - start + lead, e - start + lead
        if b <= lead or a >= len(snippet):
            continue
        a, b = max(a, lead), min(b, len(snippet))
        out += [safe(snippet[pos:a]), "\033[1;31m", safe(snippet[a:b]), "\033[0m"]
        pos = b
    out.append(safe(snippet[pos:]))
    return "".join(out)
