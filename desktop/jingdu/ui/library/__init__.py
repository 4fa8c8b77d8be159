"""The library list: its model and view, document actions, the removed-documents dialog."""
