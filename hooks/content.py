"""MkDocs hooks: each event becomes a call into the kbm package, where the logic lives."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from kbm.collection import load_collection
from kbm.csp import with_policy
from kbm.entries import Collection
from kbm.feeds import feed_links, write_feeds
from kbm.finder import finder_form
from kbm.finder_data import key_text, write_finder_data
from kbm.mkdocs_site import (
    add_pages,
    current_language,
    i18n_plugin,
    language_problem,
    localise_markdown,
    place_error_page,
)
from kbm.open_data import write_open_data
from kbm.operator import Operator, fill, load_operator
from kbm.pages import entry_for, finished_content, head_meta, page_markdown, page_meta, site_date
from kbm.problems import ContentError, Problem
from kbm.region_map import map_for
from kbm.repository import page_actions
from kbm.start import split_at_first_section, start_block
from kbm.templating import error_page_links, is_start, start_path, without_alternate_links
from kbm.texts import t
from kbm.word_index import PageWords, page_words


@dataclass
class Build:
    """What the hooks keep between events: the only state they have.

    One object lives as long as the MkDocs process (a build, or `mkdocs serve` with all its rebuilds).
    The i18n plugin builds the default language first and every other language inside that build's
    on_post_build (events: config, files … post_build of German, then files … post_build of English,
    then German's post_build ends), so one full build runs on_files once per language: the default
    language's call reads the content afresh, the others use what it read. ``slots``, ``problems`` and
    ``words`` belong to the language being built and start empty with each; ``german_404`` carries the
    default language's error page across the nested build.
    """

    read: Collection | None = None  # the content as read in this build; see ``collection``
    operator: Operator | None = None  # from mkdocs.yml, checked once the configuration is read
    german_404: bytes | None = None  # the default language's 404 page, kept while the others are built
    slots: dict[str, dict[str, str]] = field(default_factory=dict)  # generated HTML by source path
    problems: list[Problem] = field(default_factory=list)  # found in finished pages of this language
    words: dict[str, PageWords] = field(default_factory=dict)  # of each entry's page in this language
    root: Path = Path(".")
    serving: bool = False  # under `mkdocs serve` pages go without the content security policy

    @property
    def collection(self) -> Collection:
        """The content of this build: read in on_files, before any page or template event."""
        if self.read is None:
            raise PluginError("the content was not read: on_files did not run before this event")
        return self.read


build = Build()


def on_startup(command, dirty):
    build.serving = command == "serve"


def on_config(config):
    build.root = Path(config.config_file_path).parent
    mismatch = language_problem(config)
    if mismatch:
        raise PluginError(f"mkdocs.yml: plugins.i18n: {mismatch}")
    build.operator, problems = load_operator(config.extra.get("operator"))
    if problems:
        raise PluginError(ContentError(problems, "in mkdocs.yml (extra.operator)").report())
    return config


@event_priority(-200)  # after mkdocs-static-i18n has chosen this language's files
def on_files(files, config):
    lang = current_language(config)
    if lang == i18n_plugin(config).default_language or build.read is None:
        build.read = None
        try:
            build.read = load_collection(build.root)
        except ContentError as error:
            raise PluginError(error.report()) from None
    localise_markdown(config, lang)
    build.slots = add_pages(files, config, build.collection, lang)
    build.problems = []
    build.words = {}
    return files


def on_env(env, config, files):
    env.filters["without_alternate_links"] = without_alternate_links
    env.globals["kbm_text"] = t
    env.globals["kbm_error_page_links"] = error_page_links
    env.globals["kbm_start_path"] = start_path
    env.globals["kbm_is_start"] = is_start
    env.globals["kbm_split_at_first_section"] = split_at_first_section
    env.globals["kbm_start"] = lambda lang: Markup(start_block(build.collection, lang))
    env.globals["kbm_finder"] = lambda lang: Markup(finder_form(build.collection.vocabulary, lang))
    env.globals["kbm_page_actions"] = page_actions_of
    env.globals["kbm_map"] = lambda page, lang: Markup(map_for(page.file.src_uri, build.collection, lang))
    env.globals["kbm_feed_links"] = lambda page, lang: Markup(
        feed_links(page.file.src_uri, page.url, build.collection, lang, config.site_name) if page is not None else ""
    )
    return env


def page_actions_of(page: Page, lang: str) -> Markup:
    """Edit and report links under a page, once mkdocs.yml names the repository."""
    repository = build.operator.repository if build.operator else None
    if repository is None:
        return Markup("")
    source = Path(page.file.abs_src_path) if page.file.abs_src_path else None
    inside = source is not None and build.root in source.parents
    path = source.relative_to(build.root).as_posix() if source is not None and inside else None
    return Markup(page_actions(str(repository), path, "/" + page.url, lang))


def on_page_markdown(markdown, page, config, files):
    lang = current_language(config)
    entry = entry_for(build.collection, page.file.src_uri)
    meta = page_meta(build.collection, page.file.src_uri, lang)
    if meta is not None:
        # The header and text as validated: MkDocs's own reading may differ (a header it cannot read is text).
        page.meta = meta
        markdown = build.collection.bodies.get(Path(page.file.abs_src_path), markdown)
    # The sitemap's dates come from the content, so the same sources give the same site.
    page.update_date = (entry.facts.updated if entry else site_date(build.collection)).isoformat()
    rendered = page_markdown(build.collection, page.file.src_uri, markdown, lang)
    if rendered.slots:
        build.slots[page.file.src_uri] = rendered.slots
    if entry is not None or meta is None:
        return rendered.markdown  # the operator's details belong on the pages written by hand (legal pages)
    markdown, problems = fill(rendered.markdown, build.operator, page.file.src_uri, lang)
    if problems:
        raise PluginError(ContentError(problems).report())
    return markdown


def on_page_content(html, page, config, files):
    source = Path(page.file.abs_src_path) if page.file.abs_src_path else None
    display = source.relative_to(build.root).as_posix() if source and build.root in source.parents else None
    try:
        content, problems = finished_content(html, build.slots.pop(page.file.src_uri, {}), page.file.src_uri, display)
    except ValueError as error:
        raise PluginError(str(error)) from None
    build.problems += problems
    page.meta.update(head_meta(page.title, page.meta.get("description")))
    entry = entry_for(build.collection, page.file.src_uri)
    if entry is not None:
        build.words[entry.src_uri] = page_words(key_text(entry, build.collection, current_language(config)), content)
    return content


def on_post_page(output, page, config):
    # `mkdocs serve` adds an inline live-reload script to every page after this; the preview goes without.
    return output if build.serving else with_policy(output)


def on_post_template(output_content, template_name, config):
    if build.serving or not template_name.endswith(".html"):
        return output_content
    return with_policy(output_content)


def on_post_build(config):
    lang = current_language(config)
    if build.problems:  # before the next language is built, and before the finder's data is written
        raise PluginError(ContentError(build.problems).report())
    build.german_404 = place_error_page(config, lang, build.german_404)
    write_finder_data(Path(config.site_dir), build.collection, lang, build.words)
    write_feeds(Path(config.site_dir), build.collection, lang, config.site_url or "/", config.site_name)
    if lang == i18n_plugin(config).default_language:  # the data are the same in every language
        publisher = build.operator.name if build.operator else config.site_name
        write_open_data(
            Path(config.site_dir), build.collection, config.site_url or "/", str(publisher), config.site_name
        )
