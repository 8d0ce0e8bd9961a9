#!/usr/bin/env python3
"""Start a new page: the German and the English file, with every field explained and the sections.

    python scripts/new.py praxisbeispiel "Landkreis Musterland: Bildungskonferenz"
    python scripts/new.py baustein "Bildungsberatung"

The address (slug) is made from the title: lower case, ä→ae, ö→oe, ü→ue, ß→ss, hyphens.
Existing files are never overwritten.
"""

from __future__ import annotations

import argparse
import sys

from _project import ROOT

from kbm.page_types import PAGE_TYPES
from kbm.scaffold import create


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=[t.kind for t in PAGE_TYPES], help="the type of page")
    parser.add_argument("title", help="the German title, in quotes")
    parser.add_argument("--slug", help="the address, if it should differ from the one made from the title")
    args = parser.parse_args(argv)
    try:
        paths = create(args.kind, args.title, ROOT, slug=args.slug)
    except (FileExistsError, ValueError) as error:
        print(error, file=sys.stderr)
        return 1
    for path in paths:
        print(f"created {path.relative_to(ROOT).as_posix()}")
    print(
        "Next: replace every TODO, then check with: python scripts/validate.py "
        + " ".join(p.relative_to(ROOT).as_posix() for p in paths)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
