"""Test-only hooks: the site's own hooks with some of its checks switched off, named in KBM_SWITCH_OFF.

- text: the validator's rules on a page's text and the build's check of finished pages;
- policy: the Content Security Policy in every page;
- links: the validator's check of links between pages.

A site built with these shows what the remaining layers do on their own, as if a rule had been forgotten.
tests/test_security.py uses them; the site itself never does.
"""

import importlib.util
import os
import sys
from pathlib import Path

import kbm.collection
import kbm.cross_checks
import kbm.pages
from kbm.safety import TextReading

OFF = set(os.environ.get("KBM_SWITCH_OFF", "").split(","))

if "text" in OFF:
    kbm.collection.read_text = lambda *args, **kwargs: TextReading()
    kbm.pages.read_html = lambda html: []
if "links" in OFF:
    kbm.cross_checks.link_problems = lambda site, convert: []

_spec = importlib.util.spec_from_file_location("site_hooks", Path(__file__).parents[1] / "hooks" / "content.py")
_hooks = importlib.util.module_from_spec(_spec)
sys.modules["site_hooks"] = _hooks  # its dataclass looks itself up there
_spec.loader.exec_module(_hooks)
_dropped = ("on_post_page", "on_post_template") if "policy" in OFF else ()
globals().update(
    {name: value for name, value in vars(_hooks).items() if name.startswith("on_") and name not in _dropped}
)
