"""The user's own work: highlights, tags, notes; anchoring, undo, backups. No Qt.

This is the one part of Jingdu whose data cannot be rebuilt from anything
else, so every change is one transaction, every highlight keeps its quote and
context to be found again when the text changes, and a highlight that cannot
be placed becomes an orphan to review, never a silent deletion.
"""
