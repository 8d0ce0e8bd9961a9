#!/usr/bin/env python3
"""Build the site strictly into a fresh folder and put it in place only when the whole build succeeded.

    python scripts/build.py            # into site/
    python scripts/build.py --out DIR  # into DIR

MkDocs empties its output folder before it builds, and writes every page before strict mode counts its
warnings: a failed build would leave a half-written site where the last good one was. Here the build
goes to a temporary folder beside the target; only a build that ends without error replaces the target.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from _project import ROOT


def build(out: Path, config: Path = ROOT / "mkdocs.yml") -> int:
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    for stale in out.parent.glob(f".{out.name}-building-*"):  # left by a build that was killed
        shutil.rmtree(stale, ignore_errors=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{out.name}-building-", dir=out.parent))
    try:
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "mkdocs",
                "build",
                "--strict",
                "--config-file",
                str(config),
                "--site-dir",
                str(fresh),
            ],
            cwd=config.parent,
            env=env,
        )
        if result.returncode != 0:
            kept = f"the last good site in {out} is unchanged" if out.exists() else f"nothing was written to {out}"
            print(f"The build failed: {kept}.", file=sys.stderr)
            return result.returncode
        old = out.with_name(f".{out.name}-previous")
        shutil.rmtree(old, ignore_errors=True)
        if out.exists():
            out.rename(old)
        fresh.rename(out)
        shutil.rmtree(old, ignore_errors=True)
        return 0
    finally:
        shutil.rmtree(fresh, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "site", help="where the site goes (default: site/)")
    parser.add_argument("--config", type=Path, default=ROOT / "mkdocs.yml", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    return build(args.out, args.config.resolve())


if __name__ == "__main__":
    sys.exit(main())
