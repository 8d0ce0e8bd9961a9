#!/usr/bin/env python3
"""Write the JSON Schemas of the front matter to schemas/ (run after changing hooks/kbm/models.py)."""

from __future__ import annotations

import sys

from _project import ROOT

from kbm.schemas import schemas


def main() -> int:
    folder = ROOT / "schemas"
    folder.mkdir(exist_ok=True)
    for name, text in schemas().items():
        (folder / name).write_text(text, encoding="utf-8")
        print(f"wrote schemas/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
