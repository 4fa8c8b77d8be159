"""The search panel and its results model."""
