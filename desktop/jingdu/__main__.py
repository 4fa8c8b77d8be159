from __future__ import annotations

from jingdu.cli import main

raise SystemExit(main())
