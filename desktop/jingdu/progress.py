"""How long work reports how far it has got: ``progress(done, total, what)``.

Called on the thread doing the work; the window forwards it by signal. A callback
may raise to stop the work (the export's Stop button does).
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]
