"""The annotation tests' small library, shared."""

from tests.export.test_markdown import annotated  # noqa: F401
from tests.notes.conftest import lib, small_corpus  # noqa: F401
