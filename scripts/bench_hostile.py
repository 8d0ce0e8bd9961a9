#!/usr/bin/env python3
"""Worst-case figures for validating one file: time and peak memory for pathological content.

    python scripts/bench_hostile.py

Each input is one file of at most 1 MB (the limit for a page) laid over a copy of the small fixture site,
validated in a process of its own: what one hostile pull request can cost the validator and the build.
Figures, not pass/fail; the goal (under 1 s and 200 MB per file) is printed beside them.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from _project import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "site"
CASE = "docs/praxisbeispiele/halle-bildungskonferenz.de.md"
LIMIT = 999_000  # bytes: just below the size limit of a page
HEADER = (FIXTURE / CASE).read_text(encoding="utf-8").split("---\n\n", 1)[0] + "---\n\n"


def _fill(unit: str) -> str:
    return HEADER + unit * ((LIMIT - len(HEADER.encode())) // len(unit.encode()))


def _alias_bomb() -> str:
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]
    return "---\n" + "\n".join(levels) + "\n---\n"


INPUTS = {
    "YAML alias bomb, 9 levels": _alias_bomb,
    "YAML list nested 100,000 deep": lambda: "---\nx: " + "[" * 100_000 + "]" * 100_000 + "\n---\n",
    "YAML integer of 900,000 digits": lambda: "---\nn: 1" + "0" * 900_000 + "\n---\n",
    "1 MB of '<'": lambda: _fill("<"),
    "1 MB of '<a ' (a tag that never ends)": lambda: _fill("<a "),
    "1 MB of '<div>' (nested, never closed)": lambda: _fill("<div>"),
    "1 MB of '<!--'": lambda: _fill("<!--"),
    "1 MB of backticks of growing runs": lambda: (
        HEADER + "".join("`" * (n % 40 + 1) + " x " for n in range(60_000))[: LIMIT - 600]
    ),
    "1 MB of '](' ": lambda: _fill("]("),
    "1 MB of '[' and '!['": lambda: _fill("[!["),
    "1 MB of '{a '": lambda: _fill("{a "),
    "1 MB of '@a.b '": lambda: _fill("@a.b "),
    "1 MB of '0 ' (a phone number without end)": lambda: _fill("0 "),
    "1 MB of lines with an e-mail address": lambda: _fill("b@a.de\n"),
    "1 MB of lines with a zero-width space": lambda: _fill("\u200b\n"),
    "1 MB of '&#106;'": lambda: _fill("&#106;"),
    "1 MB of '```' lines": lambda: _fill("```\n"),
    "1 MB in a single line of prose": lambda: _fill("Bildung im Landkreis "),
    "1 MB of headings, with a link to one of them": lambda: HEADER + "[zu h](#h)\n\n" + _fill("### h\n")[len(HEADER) :],
    "1 MB of spaces after an 'at'": lambda: _fill("Daten at" + " " * 16000 + "x\n"),
    "1 MB of nested '<div markdown>'": lambda: _fill('<div markdown="1">\n\n'),
    "1 MB of random printable text": lambda: (
        HEADER
        + "".join(random.Random(1).choice("abc <>`[](){}!#@.:-_*/&;\"'=\n 0123456789") for _ in range(LIMIT - 600))
    ),
}

CHILD = """
import resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from kbm.collection import load_collection
from kbm.problems import ContentError
start = time.perf_counter()
try:
    load_collection(Path(sys.argv[1]))
    found = 0
except ContentError as error:
    found = len(error.problems)
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, found)
"""


def measure(text: str, work: Path) -> tuple[float, float, int]:
    site = work / "site"
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(FIXTURE, site)
    (site / CASE).write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(site), str(ROOT / "hooks")],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    if result.returncode != 0:
        return float("nan"), float("nan"), -1
    seconds, kilobytes, found = result.stdout.split()[-3:]
    return float(seconds), int(kilobytes) / 1024, int(found)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        base_seconds, base_peak, _ = measure((FIXTURE / CASE).read_text(encoding="utf-8"), work)
        print("Validating the small fixture site with one pathological file (goal per file: < 1 s, < 200 MB)")
        print(f"{'input':48} {'time':>8} {'peak':>9} {'problems':>9}")
        print(f"{'(the valid file, for comparison)':48} {base_seconds:7.2f}s {base_peak:7.0f}MB {0:>9}")
        for name, make in INPUTS.items():
            seconds, peak, found = measure(make(), work)
            crashed = " crashed: a traceback" if found < 0 else ""
            print(f"{name:48} {seconds:7.2f}s {peak:7.0f}MB {found:>9}{crashed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
