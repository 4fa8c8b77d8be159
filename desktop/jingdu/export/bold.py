"""Bold headings in a CJK font that has one weight (WenQuanYi Micro Hei): each glyph is
filled and then its outline stroked, the way word processors embolden such fonts."""

from __future__ import annotations

from typing import Any

from jingdu.export.linebreak import ChineseParagraph

STROKE = 0.035
"""Outline width as a share of the font size: clearly bold, yet the small counters of
dense characters (藏, 疆) stay open."""


class SyntheticBold(ChineseParagraph):
    """A paragraph drawn bold by stroking its glyphs (PDF text render mode 2)."""

    def draw(self) -> None:
        canvas = self.canv
        # The render mode, line width and stroke colour are graphics state: saved and
        # restored here, they cannot leak into the text drawn after the heading.
        canvas.saveState()
        canvas.setLineWidth(STROKE * self.style.fontSize)
        canvas.setStrokeColor(self.style.textColor)
        canvas.setLineJoin(1)  # round: mitred joins would spike at sharp corners
        super().draw()
        canvas.restoreState()

    def beginText(self, x: float, y: float) -> Any:
        tx = super().beginText(x, y)
        tx.setTextRenderMode(2)  # fill, then stroke
        return tx
