"""What the validator needs from mkdocs.yml, read without running MkDocs: the Markdown extensions, the site's
own scripts and styles, and the operator's details."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

# MkDocs always adds these three to the configured extensions.
_BUILTIN_EXTENSIONS = ("toc", "tables", "fenced_code")


@dataclass(frozen=True)
class SiteConfig:
    extensions: list[str] = field(default_factory=lambda: list(_BUILTIN_EXTENSIONS))
    extension_configs: dict[str, dict[str, Any]] = field(default_factory=dict)
    # The site's own scripts and styles (extra_javascript, extra_css), relative to docs/: code, not content.
    site_code: frozenset[str] = frozenset()
    operator: dict[str, Any] | None = None


@lru_cache(maxsize=8)
def read_site_config(config_file: Path) -> SiteConfig:
    if not config_file.is_file():
        return SiteConfig()
    config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}
    extensions, settings = list(_BUILTIN_EXTENSIONS), {}
    for item in config.get("markdown_extensions") or []:
        name, options = next(iter(item.items())) if isinstance(item, dict) else (item, None)
        if name not in extensions:
            extensions.append(name)
        if options:
            settings[name] = options
    code = [
        entry.get("path") if isinstance(entry, dict) else entry
        for entry in [*(config.get("extra_javascript") or []), *(config.get("extra_css") or [])]
    ]
    operator = (config.get("extra") or {}).get("operator")
    return SiteConfig(
        extensions,
        settings,
        frozenset(c for c in code if isinstance(c, str)),
        operator if isinstance(operator, dict) else None,
    )


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml: !!python/name gives the named function, as MkDocs does; MkDocs's other tags (!ENV) do not
    concern what is read here."""


def _python_name(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> object:
    module, _, name = suffix.rpartition(".")
    return getattr(importlib.import_module(module), name)


_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/name:", _python_name)  # before the catch-all
_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)
