"""Test-only hooks: the site's own hooks with the text rules and the Content Security Policy switched off.

A site built with these shows what the second line of defence does on its own, when a rule of the
validator has been forgotten: escaping of every header field and the sanitizer on every page. It is
used by tests/test_security.py and never by the site itself.
"""

import importlib.util
import sys
from pathlib import Path

import kbm.collection
import kbm.pages
from kbm.safety import TextReading

kbm.collection.read_text = lambda display, lines, first_line, consent, convert=None: TextReading()
kbm.pages.read_html = lambda html: []

_spec = importlib.util.spec_from_file_location("site_hooks", Path(__file__).parents[1] / "hooks" / "content.py")
_hooks = importlib.util.module_from_spec(_spec)
sys.modules["site_hooks"] = _hooks  # its dataclass looks itself up there
_spec.loader.exec_module(_hooks)
# Without the Content Security Policy too: here the escaping and the sanitizer alone must hold.
globals().update({name: value for name, value in vars(_hooks).items()
                  if name.startswith("on_") and name not in ("on_post_page", "on_post_template")})
