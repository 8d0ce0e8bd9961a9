"""The bridge to MkDocs and mkdocs-static-i18n: turns the collection into files of one language build.

The i18n plugin drops files that come from outside docs/ or exist only in memory, so they are added
after it has run, carrying the attributes it gives its own files (language switcher, hreflang sitemap).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel

from .entries import Collection
from .indexes import generated_pages
from .languages import DEFAULT_LANGUAGE, plugin_mismatch
from .texts import t


def i18n_plugin(config: MkDocsConfig) -> Any:  # the plugin ships no type information
    return config.plugins["i18n"]


def current_language(config: MkDocsConfig) -> str:
    plugin = i18n_plugin(config)
    return plugin.current_language or plugin.default_language


def language_problem(config: MkDocsConfig) -> str | None:
    """What is wrong with the i18n plugin's languages, if they are not the site's (languages.py)."""
    plugin = i18n_plugin(config)
    return plugin_mismatch(plugin.default_language, list(plugin.build_languages))


def localise_markdown(config: MkDocsConfig, lang: str) -> None:
    """Words that Markdown extensions write into every page, in the language being built."""
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = t("permalink_title", lang)


def add_pages(files: Files, config: MkDocsConfig, collection: Collection, lang: str) -> dict[str, dict[str, str]]:
    """Add the pages kept outside docs/ (the Bausteine) and every generated index page to ``files``.

    Returns the HTML slots of the generated pages by source path, to fill in once they are converted.
    """
    plugin = i18n_plugin(config)
    added, slots = [], {}
    for entry in (e for e in collection.all_entries() if e.page_type.outside_docs):
        source = entry.files.get(lang) or entry.files[DEFAULT_LANGUAGE]
        file = File.generated(config, entry.src_uri, abs_src_path=str(source.path), inclusion=InclusionLevel.NOT_IN_NAV)
        added.append((file, source.lang))
    for page in generated_pages(collection, lang):
        added.append(
            (File.generated(config, page.src_uri, content=page.markdown, inclusion=InclusionLevel.NOT_IN_NAV), lang)
        )
        slots[page.src_uri] = page.rendered.slots
    for file, content_lang in added:
        _localise(file, config, lang, content_lang)
        files.append(file)
        plugin.i18n_files_per_language[lang].append(file)
    return slots


def _localise(file: File, config: MkDocsConfig, lang: str, content_lang: str) -> None:
    plugin = i18n_plugin(config)
    file.dest_uri = _dest_uri(file.dest_uri, lang, plugin.default_language)
    localised: Any = file  # the attributes the i18n plugin gives its files, which MkDocs's File does not declare
    localised.locale = content_lang
    localised.localization = content_lang
    localised.locale_alternate_of = lang
    localised.norm_src_uri = file.src_uri
    localised.alternates = {
        other: file if other == lang else _alternate(file, config, other) for other in plugin.build_languages
    }


def _alternate(file: File, config: MkDocsConfig, lang: str) -> File:
    twin = File.generated(config, file.src_uri, content="")
    twin.dest_uri = _dest_uri(twin.dest_uri, lang, i18n_plugin(config).default_language)
    return twin


def _dest_uri(dest_uri: str, lang: str, default: str) -> str:
    return dest_uri if lang == default else f"{lang}/{dest_uri}"


def place_error_page(config: MkDocsConfig, lang: str, german_page: bytes | None) -> bytes | None:
    """Keep the German 404.html at the root and put the English one at en/404.html.

    Every language build writes its 404.html to the site's root; the default language's build runs
    first, so its page is kept and restored after the next language has written its own.
    """
    root_page = Path(config.site_dir) / "404.html"
    if not root_page.exists():
        return german_page
    if lang == i18n_plugin(config).default_language:
        return root_page.read_bytes()
    target = Path(config.site_dir) / lang / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    root_page.replace(target)
    if german_page is not None:
        root_page.write_bytes(german_page)
    return german_page
