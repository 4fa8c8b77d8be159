"""Briefing notes (学习简报): choosing excerpts, grouping them, writing them out (no Qt)."""
