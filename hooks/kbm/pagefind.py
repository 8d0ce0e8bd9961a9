"""The search index: Pagefind, one index per language (by <html lang>), built after the whole site."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path


def _pagefind(site_dir: Path) -> list[str]:
    return [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--silent", "--exclude-selectors", ".headerlink"]


def build_search_index(site_dir: Path) -> None:
    """Run Pagefind over the built site (the binary comes with the pinned Python package)."""
    result = subprocess.run(_pagefind(site_dir), capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"Pagefind could not index the site:\n{result.stdout}{result.stderr}")


class BackgroundIndex:
    """Pagefind running while `mkdocs serve` already shows the rebuilt pages; search follows seconds later."""

    def __init__(self, site_dir: Path, then: Callable[[], None] = lambda: None) -> None:
        self.stopped = False
        self.then = then  # what follows a finished index (the finder's names of its results)
        # On POSIX `python -m pagefind` replaces itself with Pagefind's binary, so terminate() reaches it.
        self.process = subprocess.Popen(
            _pagefind(site_dir), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        self.thread = threading.Thread(target=self._report, daemon=True)
        self.thread.start()

    def _report(self) -> None:
        output, _ = self.process.communicate()
        if self.process.returncode == 0:
            self.then()
        elif not self.stopped:
            print(
                f"Pagefind could not index the site; search will not work until the next rebuild:\n{output}",
                file=sys.stderr,
            )

    def stop(self) -> None:
        """End an index still being written: the next build clears the folder it writes to."""
        if self.process.poll() is None:
            self.stopped = True
            self.process.terminate()
        self.thread.join()
