"""The side panel's tabs, in the order the window adds them."""

from __future__ import annotations

OUTLINE_TAB, SEARCH_TAB, NOTES_TAB = 0, 1, 2
