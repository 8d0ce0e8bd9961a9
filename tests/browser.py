"""Browser tests' access to Chromium: skip on a developer's machine without it, fail in CI."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kbm.local_server import CHROMIUM, CHROMIUM_ARGS, SiteServer  # noqa: F401  (re-exported for the tests)

INSTALL_HINT = ("Chromium is needed for the browser tests: install it with `sudo apt-get install chromium` "
                "(Debian/Ubuntu) or point the CHROMIUM variable at a Chromium or Chrome binary.")


def chromium_or_skip() -> str:
    """The browser's path; without one, skip on a developer's machine but fail in CI."""
    configured = os.environ.get("CHROMIUM", CHROMIUM)
    path = configured if Path(configured).exists() else shutil.which("chromium")
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but no browser was found. {INSTALL_HINT}")
    pytest.skip(INSTALL_HINT)
