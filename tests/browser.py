"""Browser tests' infrastructure: a local web server for a built site, and Debian's Chromium via Playwright."""

from __future__ import annotations

import functools
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Without the background-networking flags Chromium tries to reach Google's services at start.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
INSTALL_HINT = ("Chromium is needed for the browser tests: install it with `sudo apt-get install chromium` "
                "(Debian/Ubuntu) or point the CHROMIUM variable at a Chromium or Chrome binary.")


def chromium_or_skip() -> str:
    """The browser's path; without one, skip on a developer's machine but fail in CI."""
    path = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but no browser was found. {INSTALL_HINT}")
    pytest.skip(INSTALL_HINT)


class _SiteHandler(SimpleHTTPRequestHandler):
    """Serves a built site as a configured web server would: 404.html per language for missing pages."""

    def log_message(self, *args):  # keep test output quiet
        pass

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        root = Path(self.directory)
        page = root / "en" / "404.html" if self.path.startswith("/en/") else root / "404.html"
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class SiteServer:
    def __init__(self, site: Path):
        handler = functools.partial(_SiteHandler, directory=str(site))
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "SiteServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
