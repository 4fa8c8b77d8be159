"""Jingdu (精读): an offline close-reading desk for Chinese policy and theory texts."""

from __future__ import annotations

__version__ = "0.1.0"
"""The one place the version is written: pyproject.toml reads it, `jingdu --version`,
the About box and the Debian package's control file and metainfo say it; CHANGELOG.md's
newest entry must name it (tests/packaging checks)."""

APP_ID = "io.github.jingdu.Jingdu"
"""The reverse-DNS name of the desktop entry, the AppStream component and the icon; Qt
is told it so that a Wayland compositor matches the window to the desktop entry."""

HOMEPAGE = "https://github.com/jingdu/jingdu"
"""Where the project is published: AppStream's homepage and its screenshots' base."""
