"""Browser tests' access to Chromium: skip on a developer's machine without it, fail in CI."""

from __future__ import annotations

import os

import pytest
from local_site import INSTALL_HINT, chromium


def chromium_or_skip() -> str:
    """The browser's path; without one, skip on a developer's machine but fail in CI."""
    path = chromium()
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but no browser was found. {INSTALL_HINT}")
    pytest.skip(INSTALL_HINT)
