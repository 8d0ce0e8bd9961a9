"""Shared helpers: paths, building a site with MkDocs, reading its pages."""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The tooling the tests share with the scripts (local_site.py, corpus.py) lives in scripts/.
sys.path.insert(0, str(ROOT / "scripts"))

from local_site import CHROMIUM_ARGS, SiteServer, copy_sources  # noqa: E402

FIXTURE_SITE = ROOT / "tests" / "fixtures" / "site"
BROKEN = ROOT / "tests" / "fixtures" / "broken"
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
GOLDEN = ROOT / "tests" / "golden"


def mkdocs_build(config: Path, site_dir: Path, switch_off: str = "") -> subprocess.CompletedProcess:
    """`mkdocs build --strict` in a process of its own (the i18n plugin keeps state between builds).

    ``switch_off`` builds with tests/hooks_without.py instead of the site's hooks (see there).
    """
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "KBM_SWITCH_OFF": switch_off}
    if switch_off:
        text = config.read_text(encoding="utf-8")
        config.write_text(
            text.replace((ROOT / "hooks/content.py").as_posix(), (ROOT / "tests/hooks_without.py").as_posix()),
            encoding="utf-8",
        )
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site_dir)],
        capture_output=True,
        text=True,
        env=env,
        cwd=config.parent,
    )


def copy_site(source: Path, target: Path) -> Path:
    """A copy of a site's sources (without build output, virtualenv or screenshots) to change in a test."""
    return copy_sources(source, target)


def copy_fixture_site(target: Path) -> Path:
    """A copy of the fixture site whose hook path still points into this repository."""
    site = copy_site(FIXTURE_SITE, target)
    config = site / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace(
        "../../../hooks/content.py", (ROOT / "hooks/content.py").as_posix()
    )
    config.write_text(text.replace("../../../overrides", (ROOT / "overrides").as_posix()), encoding="utf-8")
    return site


def operator_section() -> str:
    """The project's `extra:` section of mkdocs.yml (the operator's details), as YAML text."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    return "extra:\n" + text.split("extra:\n", 1)[1].split("\nextra_css", 1)[0] + "\n"


def page(site: Path, url: str) -> str:
    """The HTML of the page at ``url`` ('/en/themen/')."""
    return (site / url.strip("/") / "index.html").read_text(encoding="utf-8")


def article(html: str) -> str:
    """The main content of a page, without navigation, header and footer."""
    match = re.search(r"<article[^>]*>(.*?)</article>", html, re.S)
    assert match, "page has no <article>"
    return match.group(1)


def html_lang(html: str) -> str:
    return re.search(r'<html lang="([^"]+)"', html).group(1)


def language_links(html: str) -> dict[str, str]:
    """Targets of the language switcher, by language."""
    return {lang: href for href, lang in re.findall(r'<a [^>]*href="([^"]+)" hreflang="([^"]+)"', html)}


def assert_golden(name: str, actual: str) -> None:
    """Compare with tests/golden/<name>; UPDATE_GOLDEN=1 rewrites the file (review the diff!)."""
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"no golden file {path.relative_to(ROOT)}: run UPDATE_GOLDEN=1 make test and review it"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, (
        f"{path.relative_to(ROOT)} differs; if the change is intended, run UPDATE_GOLDEN=1 make test"
    )


def built_once(tmp_path_factory, name: str, build: Callable[[Path], None]) -> Path:
    """The folder ``name``, made by ``build`` once per test run: the parallel test workers share it.

    Tests only read what it holds; a test that changes a site works on its own copy.
    """
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # the run's folder, above each worker's own
    target, done = base / name, base / f"{name}.done"
    with open(base / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            shutil.rmtree(target, ignore_errors=True)
            build(target)
            done.touch()
    return target


def build_into(config: Path) -> Callable[[Path], None]:
    def build(site: Path) -> None:
        result = mkdocs_build(config, site)
        assert result.returncode == 0, result.stderr

    return build


@pytest.fixture(scope="session")
def project_collection():
    """The project's content, loaded once; content that does not load fails the tests that use it."""
    from kbm.collection import load_collection

    return load_collection(ROOT)


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    """The project's own site, built once per test run with `mkdocs build --strict`."""
    return built_once(tmp_path_factory, "real-site", build_into(ROOT / "mkdocs.yml"))


@pytest.fixture(scope="session")
def corpus_site(tmp_path_factory) -> tuple[Path, Path]:
    """(sources, built site) of the project with more synthetic cases than one listing page holds."""
    from corpus import make_corpus

    from kbm.listings import LISTING_PAGE_SIZE

    def build(folder: Path) -> None:
        sources = make_corpus(LISTING_PAGE_SIZE + 20, folder / "sources", seed=5)
        build_into(sources / "mkdocs.yml")(folder / "site")

    folder = built_once(tmp_path_factory, "corpus", build)
    return folder / "sources", folder / "site"


@pytest.fixture(scope="session")
def corpus_server(corpus_site):
    with SiteServer(corpus_site[1]) as running:
        yield running


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    return built_once(tmp_path_factory, "fixture-site", build_into(FIXTURE_SITE / "mkdocs.yml"))


# ---- browser tests: Chromium via Playwright, the built sites served on 127.0.0.1 ------------------


@pytest.fixture(scope="session")
def browser():
    from browser import chromium_or_skip

    executable = chromium_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def server(real_site):
    with SiteServer(real_site) as running:
        yield running


@pytest.fixture(scope="session")
def fixture_server(fixture_site):
    with SiteServer(fixture_site) as running:
        yield running


class Visit:
    """A page opened in the browser, with every request, failed request, console error and dialog it caused."""

    def __init__(self, browser, url: str, **context):
        self.context = browser.new_context(**context)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.failed: dict[str, str | None] = {}
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("requestfailed", lambda request: self.failed.update({request.url: request.failure}))
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.response = None
        self.go(url)

    def go(self, url: str) -> Visit:
        """Open ``url`` in the same tab, with fresh records of what it causes."""
        for record in (self.requests, self.errors, self.dialogs):
            record.clear()
        self.failed.clear()
        # Waiting for "networkidle" would cost half a second a page; tests wait for what they assert instead.
        self.response = self.page.goto(url, wait_until="load")
        return self

    def close(self):
        self.context.close()


WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page) -> list[str]:
    """What axe-core finds against WCAG 2.1 AA on the page, one line per rule."""
    from axe_playwright_python.sync_playwright import Axe

    # Only violations are collected: passes and incomplete results would cost time and are not read.
    options = {"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]}
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['target']})"
        for v in Axe().run(page, options=options).response["violations"]
    ]


@pytest.fixture(scope="module")
def tab(browser):
    """One tab that a module's tests open page after page in (a new context per page costs time)."""
    opened: list[Visit] = []

    def open_page(url: str) -> Visit:
        if not opened:
            opened.append(Visit(browser, url))
            return opened[0]
        return opened[0].go(url)

    yield open_page
    for visit in opened:
        visit.close()


@pytest.fixture
def visit(browser):
    opened = []

    def open_page(url: str, **context) -> Visit:
        opened.append(Visit(browser, url, **context))
        return opened[-1]

    yield open_page
    for page in opened:
        page.close()
