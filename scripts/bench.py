#!/usr/bin/env python3
"""Build and search figures at scale: `make bench` (or `python scripts/bench.py --sizes 250 2000`).

For each size N it makes a copy of the site with N synthetic cases per language (scripts/corpus.py)
and prints the median of --runs runs of: the full build (wall time, peak memory), the same pages
built without the project's hooks (the stack's baseline) and the ratio of the two, validation alone,
search indexing, the largest HTML page and the site's size, the bytes of a first search, and the
time from saving an edited case to the new page in `mkdocs serve`. Figures, not pass/fail.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from _project import ROOT

from corpus import make_corpus

PYTHON = sys.executable
# A child process builds and reports its own peak memory, so runs do not mix.
BUILD = ("import resource, sys, time\nfrom mkdocs.commands.build import build\nfrom mkdocs.config import load_config\n"
         "start = time.perf_counter()\nbuild(load_config(sys.argv[1], site_dir=sys.argv[2], strict=sys.argv[3] == 'strict'))\n"
         "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n")


def timed_build(config: Path, site: Path, strict: bool = True) -> tuple[float, float]:
    """(seconds, peak MB) of one `mkdocs build` (strict unless told otherwise)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([PYTHON, "-c", BUILD, str(config), str(site), "strict" if strict else "lax"],
                            capture_output=True, text=True,
                            env=env, cwd=config.parent)
    if result.returncode != 0:
        sys.exit(f"build failed for {config}:\n{result.stderr[-3000:]}")
    seconds, kilobytes = result.stdout.split()[-2:]
    return float(seconds), int(kilobytes) / 1024


def baseline_config(copy: Path) -> Path:
    """The same pages without the project's hooks and theme overrides: MkDocs, Material and static-i18n.

    It is built without --strict: the start page links to index pages that only the hooks generate.
    """
    config = (copy / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"\nhooks:\n  - hooks/content.py\n", "\n", config)
    config = config.replace("  custom_dir: overrides\n", "")
    config = re.sub(r"\nnav:\n(  .*\n|      .*\n)+", "\n", config)  # generated pages do not exist here
    path = copy / "mkdocs-baseline.yml"
    path.write_text(config, encoding="utf-8")
    return path


def timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def serve_rebuild_seconds(copy: Path) -> float:
    """Seconds from saving an edited case to the new text served by `mkdocs serve`."""
    port = 8790
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen([PYTHON, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"], cwd=copy, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/praxisbeispiele/synthetisch-00001/"
    try:
        deadline = time.time() + 600
        while time.time() < deadline:
            try:
                urllib.request.urlopen(url, timeout=5).read()
                break
            except OSError:
                time.sleep(1)
        case = copy / "docs/praxisbeispiele/synthetisch-00001.de.md"
        marker = f"Geändert {time.time():.0f}"
        case.write_text(case.read_text(encoding="utf-8").replace("## Ausgangslage\n\n", f"## Ausgangslage\n\n{marker}. ", 1),
                        encoding="utf-8")
        start = time.perf_counter()
        while time.perf_counter() - start < 600:
            try:
                if marker in urllib.request.urlopen(url, timeout=5).read().decode("utf-8"):
                    return time.perf_counter() - start
            except OSError:
                pass
            time.sleep(0.2)
        return float("nan")
    finally:
        server.terminate()
        server.wait()


def site_sizes(site: Path) -> tuple[float, float, str]:
    """(total MB, largest HTML page KB, its path)."""
    files = [p for p in site.rglob("*") if p.is_file()]
    pages = [p for p in files if p.suffix == ".html"]
    largest = max(pages, key=lambda p: p.stat().st_size)
    return (sum(p.stat().st_size for p in files) / 2**20, largest.stat().st_size / 1024,
            largest.relative_to(site).as_posix())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 2000], help="synthetic cases per language")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure; the median is shown")
    args = parser.parse_args()
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            copy = make_corpus(size, Path(tmp) / f"corpus-{size}")
            site, base_site = copy / "site", copy / "site-baseline"
            builds = [timed_build(copy / "mkdocs.yml", site) for _ in range(args.runs)]
            baseline = [timed_build(baseline_config(copy), base_site, strict=False)[0] for _ in range(args.runs)]
            validate = [timed([PYTHON, "scripts/validate.py"], copy) for _ in range(args.runs)]
            index = [timed([PYTHON, "-m", "pagefind", "--site", "site", "--silent"], copy) for _ in range(args.runs)]
            total_mb, largest_kb, largest_path = site_sizes(site)
            search = subprocess.run([PYTHON, str(ROOT / "scripts/bench_search.py"), str(site)], capture_output=True,
                                    text=True)
            first_query = re.findall(r"(\d+) KB", search.stdout.splitlines()[1] if search.returncode == 0 else "")
            rebuild = serve_rebuild_seconds(copy)
            build_s = statistics.median(b[0] for b in builds)
            base_s = statistics.median(baseline)
            rows[size] = build_s
            print(f"\n## {size} synthetic cases per language\n")
            print(f"full build (with search index)   {build_s:7.1f} s   peak {statistics.median(b[1] for b in builds):6.0f} MB")
            print(f"baseline build without the hooks {base_s:7.1f} s   hooks cost {100 * (build_s / base_s - 1):+.0f} %")
            print(f"validation alone                 {statistics.median(validate):7.1f} s")
            print(f"search indexing (Pagefind)       {statistics.median(index):7.1f} s")
            print(f"largest HTML page                {largest_kb:7.0f} KB  ({largest_path})")
            print(f"site size                        {total_mb:7.0f} MB")
            print(f"first query bytes                {', '.join(first_query[:3]) or 'n/a'} KB  (Nordhausen, Übergang Schule Beruf, Bildung)")
            print(f"serve: save to new page          {rebuild:7.1f} s")
    if len(rows) >= 2:
        small, large = min(rows), max(rows)
        print(f"\nbuild time ratio t({large})/t({small}) = {rows[large] / rows[small]:.1f} "
              f"(linear growth: {large / small:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
