"""Pieces every part of the window shares: settings, the worker, palette, themes, plain text."""
