#!/usr/bin/env python3
"""Print the translation status: Bausteine and cases without English text, and English texts older than a
change to their German original (from the version history). The site shows the same at
/mitmachen/uebersetzungen/.

    python scripts/translations.py            # the lists; exit status 0
    python scripts/translations.py --strict   # exit status 1 when an English text is outdated
"""

from __future__ import annotations

import argparse
import sys

from _project import ROOT

from kbm.collection import load_collection
from kbm.languages import DEFAULT_LANGUAGE
from kbm.problems import ContentError
from kbm.translations import translation_status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strict", action="store_true", help="fail when an English text is older than its original")
    args = parser.parse_args(argv)
    try:
        collection = load_collection(ROOT)
    except ContentError as error:
        print(error.report(), file=sys.stderr)
        return 2
    status = translation_status(collection)
    print(f"without English text: {len(status.missing)}")
    for entry in status.missing:
        print(f"  {entry.files[DEFAULT_LANGUAGE].display}")
    if not status.known:
        print("older than the German original: unknown (no version history here)")
        return 0
    print(f"older than the German original: {len(status.outdated)}")
    for stale in status.outdated:
        print(f"  {stale.entry.files['en'].display}: German changed {stale.german}, English {stale.english}")
    return 1 if args.strict and status.outdated else 0


if __name__ == "__main__":
    sys.exit(main())
