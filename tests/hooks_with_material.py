"""Test-only hooks: the site's own hooks, with the throwaway page type of material_type.py declared."""

import importlib.util
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from material_type import register

register()
_spec = importlib.util.spec_from_file_location("site_hooks", Path(__file__).parents[1] / "hooks" / "content.py")
_hooks = importlib.util.module_from_spec(_spec)
sys.modules["site_hooks"] = _hooks  # its dataclass looks itself up there
_spec.loader.exec_module(_hooks)
globals().update({name: value for name, value in vars(_hooks).items() if name.startswith("on_")})
