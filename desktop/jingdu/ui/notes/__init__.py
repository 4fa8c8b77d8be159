"""Annotating: the selection bar, note and tag dialogs, the browser, the tag manager."""
