"""Jingdu (精读): an offline close-reading desk for Chinese policy and theory texts."""

from __future__ import annotations

__version__ = "0.1.0"
