#!/usr/bin/env python3
"""Write the proposal form for a new case (.github/ISSUE_TEMPLATE/praxisbeispiel.yml) from the vocabularies.

python scripts/issue_form.py          # write it
python scripts/issue_form.py --check  # exit 1 if the file in the repository is out of date
"""

from __future__ import annotations

import argparse
import sys

from _project import ROOT

from kbm.collection import load_collection
from kbm.issue_form import FORM_FILE, issue_form


def current_form() -> str:
    collection = load_collection(ROOT)
    bausteine = {b.slug: b.text("de").title for b in collection.bausteine_in_order}
    return issue_form(collection.vocabulary, bausteine)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the file is up to date")
    args = parser.parse_args(argv)
    target = ROOT / FORM_FILE
    wanted = current_form()
    if args.check:
        if not target.exists() or target.read_text(encoding="utf-8") != wanted:
            print(f"{FORM_FILE} is out of date: run python scripts/issue_form.py", file=sys.stderr)
            return 1
        return 0
    target.write_text(wanted, encoding="utf-8")
    print(f"wrote {FORM_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
