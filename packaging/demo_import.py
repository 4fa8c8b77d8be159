"""Write a folder of documents a user might import: ``python packaging/demo_import.py DIR``.

Used by ``make screenshots`` for the import window's picture: one file of each
format Jingdu reads, plus the kinds it refuses (an empty file, a damaged PDF)
and a copy of a text already imported, so the summary shows every outcome.
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

BODY = (
    "发展新质生产力，必须坚持创新在我国现代化建设全局中的核心地位。"
    "要以科技创新引领产业创新，积极培育和发展新兴产业和未来产业。"
)

folder = Path(sys.argv[1])
folder.mkdir(parents=True, exist_ok=True)

(folder / "学习笔记.md").write_text(
    f"# 学习笔记：因地制宜发展新质生产力\n\n## 一、基本认识\n\n{BODY}\n\n"
    f"## 二、实践要求\n\n- 加强**科技创新**\n- 深化改革\n\n{BODY}\n",
    encoding="utf-8",
)
(folder / "评论员文章.html").write_text(
    "<html><head><meta charset='utf-8'><title>以新质生产力赋能高质量发展</title>"
    "<style>p{color:red}</style></head><body><nav><a href='/'>首页</a></nav>"
    f"<article><h1>以新质生产力赋能高质量发展</h1><p>{BODY}</p><p>{BODY}</p></article>"
    "</body></html>",
    encoding="utf-8",
)
report = docx.Document()
report.add_heading("关于培育新质生产力的调研报告", level=1)
report.add_paragraph("一、调研的基本情况")
report.add_paragraph(BODY * 2)
report.save(str(folder / "调研报告.docx"))

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdf = canvas.Canvas(str(folder / "期刊论文.pdf"), pagesize=A4)
pdf.setFont("STSong-Light", 16)
pdf.drawString(72, 760, "新质生产力的理论内涵与实践路径")
pdf.setFont("STSong-Light", 11)
for n, start in enumerate(range(0, len(BODY), 38)):
    pdf.drawString(72, 720 - 18 * n, BODY[start : start + 38])
pdf.save()

(folder / "讲话摘录.txt").write_text(f"讲话摘录\n\n{BODY}\n", encoding="utf-8")
(folder / "讲话摘录（副本）.txt").write_text(f"讲话摘录\n\n{BODY}\n", encoding="utf-8")
(folder / "空白文档.txt").write_bytes(b"")
(folder / "下载中断.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<")
