"""Importing from the window: the flow on the worker and the progress/summary window."""
