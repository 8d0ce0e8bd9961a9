"""Tooling shared by the tests and the scripts (not part of the build): copying the project's sources,
serving a built site on 127.0.0.1 as a configured web server would, and finding Chromium."""

from __future__ import annotations

import functools
import gzip
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

# What a copy of the sources leaves out: build output, the virtualenv, caches and the screenshots.
COPY_IGNORE = shutil.ignore_patterns(
    ".venv", "site", "site-*", ".git", "__pycache__", ".pytest_cache", "*.egg-info", "screenshots", "node_modules"
)

# Chromium started without the services that would try to reach Google at start.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def copy_sources(source: Path, target: Path) -> Path:
    """A copy of a site's sources to change or build elsewhere."""
    shutil.copytree(source, target, ignore=COPY_IGNORE)
    return target


INSTALL_HINT = (
    "Chromium is needed here: install it with `sudo apt-get install chromium` (Debian/Ubuntu) "
    "or point the CHROMIUM variable at a Chromium or Chrome binary."
)


def launch(playwright: Any) -> Any:  # Playwright's types: it is only a test dependency
    """Chromium, headless, through Playwright."""
    executable = chromium()
    if executable is None:
        raise SystemExit(INSTALL_HINT)
    return playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)


def chromium() -> str | None:
    """The browser to drive: $CHROMIUM if set, else Debian's /usr/bin/chromium, else `chromium` on the PATH."""
    configured = os.environ.get("CHROMIUM")
    if configured:
        return configured if Path(configured).exists() else None
    default = Path("/usr/bin/chromium")
    return str(default) if default.exists() else shutil.which("chromium")


_COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", "/")


class _SiteHandler(SimpleHTTPRequestHandler):
    """404.html per language for missing pages; gzip for text when the server is asked to compress."""

    compress = False

    def log_message(self, *args):  # keep output quiet
        pass

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        root = Path(self.directory)
        page = root / "en" / "404.html" if self.path.startswith("/en/") else root / "404.html"
        self._send(404, page.read_bytes(), "text/html; charset=utf-8")

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        wants_gzip = self.compress and "gzip" in self.headers.get("Accept-Encoding", "")
        if not (wants_gzip and path.is_file() and self.path.split("?")[0].endswith(_COMPRESSIBLE)):
            return super().do_GET()
        self._send(200, path.read_bytes(), self.guess_type(str(path)), compress=True)

    def _send(self, code: int, body: bytes, content_type: str, compress: bool = False) -> None:
        if compress:
            body = gzip.compress(body)
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        if compress:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class SiteServer:
    """`with SiteServer(site) as server:` serves ``site`` at ``server.url`` until the block ends."""

    def __init__(self, site: Path, compress: bool = False):
        handler = type("Handler", (_SiteHandler,), {"compress": compress})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> SiteServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
