#!/usr/bin/env python3
"""Build and search figures at scale: `make bench` (or `python scripts/bench.py --sizes 250 2000`).

For each size N it makes a copy of the site with N synthetic cases per language (scripts/corpus.py)
and prints the median of --runs runs of: the full build with its search index (wall time, peak
memory), the stack's baseline (the same pages built by MkDocs, Material and static-i18n without the
project's hooks) and what the hooks add to it, validation alone, search indexing, the largest HTML page
and the site's size, the bytes of a first search, and the time from saving an edited case to the new
page in `mkdocs serve`. Figures, not pass/fail: the goals are printed beside them.
"""

from __future__ import annotations

import argparse
import functools
import os
import platform
import random
import re
import shutil
import statistics
import string
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _project import ROOT
from corpus import make_corpus
from local_site import copy_sources

from kbm.collection import load_collection
from kbm.finder import finder_form
from kbm.indexes import generated_pages
from kbm.languages import DEFAULT_LANGUAGE, LANGUAGES
from kbm.pages import page_markdown
from kbm.problems import Problem
from kbm.sources import read

PYTHON = sys.executable
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
# A child process builds and reports its own time, peak memory, the time spent in the project's hook
# functions, and the part of that which was search indexing (the word index's two functions).
BUILD = """
import resource, sys, time
sys.path.insert(0, sys.argv[4])
import kbm.word_index as search
spent = {"hooks": 0.0, "index": 0.0}
def timer(function, key):
    def timed(*args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[key] += time.perf_counter() - start
    return timed
search.page_words = timer(search.page_words, "index")
search.word_index = timer(search.word_index, "index")
from mkdocs.commands.build import build
from mkdocs.config import load_config
start = time.perf_counter()
config = load_config(sys.argv[1], site_dir=sys.argv[2], strict=sys.argv[3] == 'strict')
for methods in config.plugins.events.values():
    # Hook files are loaded as modules named by their path; plugins live in packages.
    methods[:] = [timer(m, "hooks") if getattr(m, "__module__", "").endswith(".py") else m for m in methods]
build(config)
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, spent["hooks"], spent["index"])
"""


def timed_build(config: Path, site: Path, strict: bool = True) -> dict[str, float]:
    """Seconds, peak MB, seconds in the hooks' functions and of search indexing, of one `mkdocs build`.

    The seconds are the wall time of the whole process, start-up included, as `make build` takes it.
    """
    start = time.perf_counter()
    result = subprocess.run(
        [PYTHON, "-c", BUILD, str(config), str(site), "strict" if strict else "lax", str(config.parent / "hooks")],
        capture_output=True,
        text=True,
        env=ENV,
        cwd=config.parent,
    )
    if result.returncode != 0:
        sys.exit(f"build failed for {config}:\n{result.stderr[-3000:]}")
    wall = time.perf_counter() - start
    _, kilobytes, hooks, indexing = result.stdout.split()[-4:]
    return {"seconds": wall, "peak": int(kilobytes) / 1024, "hooks": float(hooks), "index": float(indexing)}


def _without_hooks(config: str, keep_nav: bool) -> str:
    config = re.sub(r"\nhooks:\n  - hooks/content.py\n", "\n", config)
    config = config.replace("  custom_dir: overrides\n", "")  # its templates use the hooks' filters
    if not keep_nav:
        config = re.sub(r"\nnav:\n(  .*\n|      .*\n)+", "\n", config)
    return config


def same_pages_baseline(copy: Path) -> Path:
    """The stack's baseline: the same pages, written out as files, built without the project's hooks.

    Every page the hooks generate or complete (index pages, Bausteine, cases with their fact boxes) is
    written in both languages as a Markdown file with its final text, the generated HTML in place, as
    someone would have to write them by hand without the hooks.
    """
    target = copy.parent / f"{copy.name}-baseline"
    if target.exists():
        shutil.rmtree(target)
    copy_sources(copy, target)
    collection = load_collection(copy)
    docs = target / "docs"
    for lang in LANGUAGES:
        for page in generated_pages(collection, lang):
            text = page.rendered.preview()
            if "template: finder.html\n" in text:  # the theme's template adds the finder's form: here the page has it
                text = text.replace("template: finder.html\n", "") + "\n" + finder_form(collection.vocabulary, lang)
            _write(docs / f"{page.src_uri.removesuffix('.md')}.{lang}.md", text)
        for entry in collection.all_entries():
            parsed = read(entry.files.get(lang) or entry.files[DEFAULT_LANGUAGE])
            assert not isinstance(parsed, Problem), parsed  # the collection read it a moment ago
            title = entry.text(lang).title.replace('"', '\\"')
            body = page_markdown(collection, entry.src_uri, parsed.body, lang).preview()
            _write(docs / f"{entry.src_uri.removesuffix('.md')}.{lang}.md", f'---\ntitle: "{title}"\n---\n\n{body}')
    config = target / "mkdocs.yml"
    config.write_text(_without_hooks(config.read_text(encoding="utf-8"), keep_nav=True), encoding="utf-8")
    return config


def content_only_baseline(copy: Path) -> Path:
    """The stack on the content files alone: no index pages, no fact boxes (the pages the hooks start from).

    Built without --strict: the start page links to index pages that only the hooks generate.
    """
    config = copy / "mkdocs-content-only.yml"
    config.write_text(
        _without_hooks((copy / "mkdocs.yml").read_text(encoding="utf-8"), keep_nav=False), encoding="utf-8"
    )
    return config


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True, env=ENV)
    return time.perf_counter() - start


def serve_rebuild_seconds(copy: Path, runs: int) -> float:
    """Median seconds from saving an edited case to the new text served by `mkdocs serve`."""
    port = 8790
    server = subprocess.Popen(
        [PYTHON, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=copy,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/praxisbeispiele/synthetisch-00001/"
    case = copy / "docs/praxisbeispiele/synthetisch-00001.de.md"
    try:
        _wait_for(url, lambda text: True)
        seconds = []
        for _ in range(runs):
            # Letters only: a run of digits could be taken for a phone number, and the edit refused.
            marker = "Geändert " + "".join(random.choices(string.ascii_lowercase, k=12))
            case.write_text(
                case.read_text(encoding="utf-8").replace("## Ausgangslage\n\n", f"## Ausgangslage\n\n{marker}. ", 1),
                encoding="utf-8",
            )
            start = time.perf_counter()
            _wait_for(url, functools.partial(_shows, marker))
            seconds.append(time.perf_counter() - start)
            time.sleep(2)  # let the server settle before the next edit
        return statistics.median(seconds)
    finally:
        server.terminate()
        server.wait()


def _shows(marker: str, text: str) -> bool:
    return marker in text


def _wait_for(url: str, ready: Callable[[str], bool], limit: float = 600) -> None:
    deadline = time.time() + limit
    while time.time() < deadline:
        try:
            if ready(urllib.request.urlopen(url, timeout=5).read().decode("utf-8")):
                return
        except OSError:
            pass
        time.sleep(0.2)
    sys.exit(f"mkdocs serve did not show the expected page at {url} within {limit:.0f} s")


def site_sizes(site: Path) -> tuple[float, float, str, int]:
    """(total MB, largest HTML page KB, its path, number of HTML pages)."""
    files = [p for p in site.rglob("*") if p.is_file()]
    pages = [p for p in files if p.suffix == ".html"]
    largest = max(pages, key=lambda p: p.stat().st_size)
    return (
        sum(p.stat().st_size for p in files) / 2**20,
        largest.stat().st_size / 1024,
        largest.relative_to(site).as_posix(),
        len(pages),
    )


def first_query_kb(site: Path) -> list[str]:
    """KB a fresh browser fetches for the browse view, a filter and the three queries (needs Chromium)."""
    result = subprocess.run([PYTHON, str(ROOT / "scripts/bench_search.py"), str(site)], capture_output=True, text=True)
    lines = result.stdout.splitlines()
    return re.findall(r"(\d+) KB", lines[1])[:5] if result.returncode == 0 and len(lines) > 1 else []


def measure(size: int, runs: int, folder: Path) -> dict[str, Any]:
    copy = make_corpus(size, folder / f"corpus-{size}")
    site = copy / "site"
    builds = [timed_build(copy / "mkdocs.yml", site) for _ in range(runs)]
    same = same_pages_baseline(copy)
    baseline = [timed_build(same, same.parent / "site", strict=False)["seconds"] for _ in range(runs)]
    content_only = [
        timed_build(content_only_baseline(copy), copy / "site-content-only", strict=False)["seconds"]
        for _ in range(runs)
    ]
    validation = [timed([PYTHON, "scripts/validate.py"], copy) for _ in range(runs)]
    total_mb, largest_kb, largest_path, pages = site_sizes(site)

    def median(key: str) -> float:
        return statistics.median(b[key] for b in builds)

    figures: dict[str, Any] = {
        "build": median("seconds"),
        "peak": median("peak"),
        "indexing": median("index"),
        "own": median("hooks") - median("index"),
        "baseline": statistics.median(baseline),
        "content_only": statistics.median(content_only),
        "validation": statistics.median(validation),
        "largest": largest_kb,
        "largest_path": largest_path,
        "site": total_mb,
        "pages": pages,
        "query": first_query_kb(site),
        "rebuild": serve_rebuild_seconds(copy, runs),
    }
    figures["without_index"] = figures["build"] - figures["indexing"]
    return figures


def report(size: int, f: dict) -> None:
    cost = 100 * (f["without_index"] / f["baseline"] - 1)
    print(f"\n## {size} synthetic cases per language ({f['pages']} HTML pages)\n")
    print(
        f"full build with search index         {f['build']:7.1f} s  peak {f['peak']:5.0f} MB   "
        "(goal at 2,000: < 40 s, < 1.5 GB)"
    )
    print(f"  of which search indexing            {f['indexing']:7.1f} s")
    print(f"  the build without it                {f['without_index']:7.1f} s")
    print(
        f"  in the hooks' own code              {f['own']:7.1f} s   (reading and checking the content, "
        "generating pages, filling them in)"
    )
    print(
        f"stack alone, the same pages          {f['baseline']:7.1f} s   hooks add {cost:+.0f} %   (goal: at most +10 %)"
    )
    print(f"stack alone, content files only      {f['content_only']:7.1f} s   (no index pages, no fact boxes)")
    print(f"validation alone                     {f['validation']:7.1f} s   (goal at 2,000: < 5 s)")
    print(f"largest HTML page                    {f['largest']:7.0f} KB  {f['largest_path']}   (goal: at most 150 KB)")
    print(f"site size                            {f['site']:7.0f} MB")
    found = f["query"] or ["n/a"] * 5
    print(f"finder: browse, filter only          {found[0]}, {found[1]} KB   (goal at 2,000: at most 150 KB each)")
    print(
        f"finder: first query                  {', '.join(found[2:])} KB"
        "   (Nordhausen, Übergang Schule Beruf, Bildung; goal at 2,000: at most 150 KB)"
    )
    print(f"serve: save to new page              {f['rebuild']:7.1f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 2000], help="synthetic cases per language")
    parser.add_argument("--runs", type=int, default=3, help="runs per timed figure; the median is shown")
    args = parser.parse_args()
    print(
        f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}; median of {args.runs} run(s)"
    )
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            results[size] = measure(size, args.runs, Path(tmp))
            report(size, results[size])
    if len(results) >= 2:
        small, large = min(results), max(results)
        print(f"\ngrowth from {small} to {large} cases per language (linear: {large / small:.1f}; goal: at most 8.5)")
        for name, key in [
            ("build with search index", "build"),
            ("build without it", "without_index"),
            ("validation", "validation"),
        ]:
            print(f"  {name:<24} t({large})/t({small}) = {results[large][key] / results[small][key]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
