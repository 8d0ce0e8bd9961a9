#!/usr/bin/env python3
"""Check content files against the schema, the vocabularies and the rules of the build.

    python scripts/validate.py                 # every content file
    python scripts/validate.py PATH [PATH ...] # only these files or folders

One line per problem, `path:line: field: message`; exit status 1 when anything is wrong. The build
runs exactly these checks, so a file that passes here does not stop `make build`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _project import ROOT

from kbm.collection import load_collection
from kbm.problems import ContentError, Problem
from kbm.sources import discover, other_pages


def selected(problems: list[Problem], paths: list[Path]) -> list[Problem]:
    """The problems of the given files, or of the files below the given folders."""
    wanted = [p.relative_to(ROOT).as_posix() for p in paths]
    return [p for p in problems if any(p.path == w or p.path.startswith(w.rstrip("/") + "/") for w in wanted)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="content files or folders (default: all)")
    args = parser.parse_args(argv)
    paths = [p.resolve() for p in args.paths]
    missing = [str(p) for p, r in zip(args.paths, paths, strict=True) if not r.exists() or ROOT not in (r, *r.parents)]
    if missing:
        print(f"not a file or folder of this project: {', '.join(missing)}", file=sys.stderr)
        return 2
    try:
        load_collection(ROOT)
        problems: list[Problem] = []
    except ContentError as error:
        problems = error.problems
    if paths:
        problems = selected(problems, paths)
    for line in ContentError(problems).lines():
        print(line)
    files = len(discover(ROOT)[0]) + len(other_pages(ROOT))
    if problems:
        count = len({p.path for p in problems})
        print(
            f"{len(problems)} problem{'s' * (len(problems) != 1)} in {count} file{'s' * (count != 1)}.", file=sys.stderr
        )
        return 1
    print(f"No problems: {files} pages checked." if not paths else "No problems in the given files.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
