"""The site's languages: German first (the default, at /), then English (at /en/)."""

from __future__ import annotations

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = LANGUAGES[0]


def plugin_mismatch(default: str, languages: list[str]) -> str | None:
    """What is wrong with the i18n plugin's languages in mkdocs.yml, if they are not the site's."""
    if default == DEFAULT_LANGUAGE and sorted(languages) == sorted(LANGUAGES):
        return None
    return (
        f"the i18n plugin's languages ({', '.join(languages)}, default {default}) must be the site's: "
        f"{', '.join(LANGUAGES)} with {DEFAULT_LANGUAGE} as the default (kbm/languages.py)"
    )
