"""The annotation tests' small library, shared."""

from tests.notes.conftest import lib, small_corpus  # noqa: F401
