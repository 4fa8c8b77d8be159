"""Set one window setting in a data folder: ``python packaging/set_setting.py DATA KEY VALUE``.

Used by ``make screenshots`` to take the dark-theme picture; keys are those of
desktop/jingdu/ui/settings.py (for example ``reader/theme``).
"""

from __future__ import annotations

import sys

from jingdu.ui.common.settings import open_settings

data, key, value = sys.argv[1:4]
store = open_settings(data)
store.setValue(key, value)
store.sync()
