"""Lets the scripts run with any Python: they use the project's .venv and import the kbm package from hooks/."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"

try:
    import frontmatter  # noqa: F401  (any of the project's dependencies will do)
    import pydantic  # noqa: F401
except ImportError:
    if VENV_PYTHON.exists() and Path(sys.prefix).resolve() != VENV_PYTHON.parent.parent.resolve():
        os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), *sys.argv])
    sys.exit(
        "The project's dependencies are not installed yet: run `make test` (or `make serve`) once, "
        "then run this command again."
    )

if str(ROOT / "hooks") not in sys.path:
    sys.path.insert(0, str(ROOT / "hooks"))
