"""MkDocs hooks: each event becomes a call into the kbm package, where the logic lives."""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from kbm.collection import Collection, load_collection
from kbm.mkdocs_site import add_pages, current_language, i18n_plugin, place_error_page
from kbm.operator import Operator, fill, load_operator
from kbm.pages import entry_for, page_markdown
from kbm.problems import ContentError
from kbm.search_index import BackgroundIndex, build_search_index
from kbm.slots import fill as fill_slots
from kbm.templating import without_alternate_links
from kbm.texts import t

# The collection of the build under way: both languages' files, read once per full build.
collection: Collection | None = None
# The site's operator from mkdocs.yml, checked once the configuration is read.
operator: Operator | None = None
# The default language's 404 page, kept while the other languages are built.
german_404: bytes | None = None
# Generated HTML waiting for its page's conversion, by source path; filled anew per language build.
slots: dict[str, dict[str, str]] = {}
# Under `mkdocs serve` the search index is written in the background after each rebuild.
serving = False
indexing: BackgroundIndex | None = None


def on_startup(command, dirty):
    global serving
    serving = command == "serve"


def on_pre_build(config):
    if indexing is not None:
        indexing.stop()


def on_shutdown():
    if indexing is not None:
        indexing.stop()


def on_config(config):
    global operator
    operator, problems = load_operator(config.extra.get("operator"))
    if problems:
        raise PluginError(ContentError(problems, "in mkdocs.yml (extra.operator)").report())
    return config


@event_priority(-200)  # after mkdocs-static-i18n has chosen this language's files
def on_files(files, config):
    global collection
    lang = current_language(config)
    # Every full build (each `make serve` rebuild too) starts with the default language and reads the
    # content afresh; the other languages are built inside it and use what it read.
    if lang == i18n_plugin(config).default_language or collection is None:
        collection = None
        try:
            collection = load_collection(Path(config.config_file_path).parent)
        except ContentError as error:
            raise PluginError(error.report()) from None
    slots.clear()
    slots.update(add_pages(files, config, collection, lang))
    return files


def on_env(env, config, files):
    env.filters["without_alternate_links"] = without_alternate_links
    env.globals["kbm_text"] = t
    return env


def on_page_markdown(markdown, page, config, files):
    lang = current_language(config)
    entry = entry_for(collection, page.file.src_uri)
    if entry is not None:
        page.meta["description"] = entry.text(lang).summary
    rendered = page_markdown(collection, page.file.src_uri, markdown, lang)
    if rendered.slots:
        slots[page.file.src_uri] = rendered.slots
    markdown, problems = fill(rendered.markdown, operator, page.file.src_uri, lang)
    if problems:
        raise PluginError(ContentError(problems).report())
    return markdown


def on_page_content(html, page, config, files):
    try:
        return fill_slots(html, slots.pop(page.file.src_uri, {}), page.file.src_uri)
    except ValueError as error:
        raise PluginError(str(error)) from None


def on_post_build(config):
    global german_404, indexing
    lang = current_language(config)
    german_404 = place_error_page(config, lang, german_404)
    if lang == i18n_plugin(config).build_languages[-1]:  # every language is written now
        if serving:
            indexing = BackgroundIndex(Path(config.site_dir))
        else:
            build_search_index(Path(config.site_dir))
