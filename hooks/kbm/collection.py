"""All Bausteine and Praxisbeispiele of the site, validated together: collect first, render after."""

from __future__ import annotations

import datetime
import re
import typing
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Callable

from pydantic import BaseModel, ValidationError

from .links import ShownPage, Site, link_problems, markdown_converter
from .site_config import read_site_config
from .urls import page_url
from .operator import PLACEHOLDER_PATTERN as OPERATOR_PLACEHOLDER
from .operator import Operator, load_operator, substitute, unknown_placeholder
from .models import CODE_FIELDS, PAGE_TYPES, HandWrittenPage, PageTexts, Region
from .problems import ContentError, Problem, did_you_mean
from .rules import glossary_problems, quote_problems, section_problems, translation_problems
from .personal_data import contacts, shown_text
from .safety import (CONSENT_HINT, PLACEHOLDER, TextReading, contact_key, line_problems, placeholder_fields,
                     read_text, value_problems)
from .sources import (DEFAULT_LANGUAGE, FILE_NAME, LANGUAGES, ContentFile, ParsedFile, discover, files_below, other_pages,
                      header_comments, published_file_problems, read, read_page)


_README = re.compile(r"(^|/)README\.md$", re.I)
# Folders below docs/ whose pages the site generates; a hand-written file there would clash.
GENERATED_FOLDERS = ("bausteine", "themen", "lebensphasen", "regionen", "glossar", "suche")


@dataclass(frozen=True)
class Entry:
    """One Baustein or Praxisbeispiel with its facts and its texts in each language it has."""

    kind: str
    slug: str
    facts: Any  # the German front matter: a models.Baustein or models.Praxisbeispiel
    texts: dict[str, PageTexts]
    files: dict[str, ContentFile]
    # What renders the same wherever the entry is listed, by language (render.py fills it).
    rendered: dict[str, str] = field(default_factory=dict, init=False, compare=False, repr=False)

    def text(self, lang: str) -> Any:
        """Texts in ``lang``, or the German ones where the page is not translated yet."""
        return self.texts.get(lang, self.texts[DEFAULT_LANGUAGE])

    def is_translated(self, lang: str) -> bool:
        return lang in self.texts

    @property
    def src_uri(self) -> str:
        """Where the page sits in the built site's sources (links to it are written to this path)."""
        return f"{'bausteine' if self.kind == 'baustein' else 'praxisbeispiele'}/{self.slug}.md"


@dataclass
class Collection:
    bausteine: dict[str, Entry] = field(default_factory=dict)
    cases: dict[str, Entry] = field(default_factory=dict)
    # The headers of the pages written by hand, by source path and language ('ueber.md', 'de').
    headers: dict[tuple[str, str], HandWrittenPage] = field(default_factory=dict)
    # Every page's text after its header, by file: what the build renders, whatever MkDocs makes of the header.
    bodies: dict[Path, str] = field(default_factory=dict)

    @cached_property
    def bausteine_in_order(self) -> list[Entry]:
        return sorted(self.bausteine.values(), key=lambda e: e.facts.number)

    @cached_property
    def cases_by_update(self) -> list[Entry]:
        """Most recently checked first; the title breaks ties so the order is stable."""
        return sorted(self.cases.values(), key=lambda e: (-e.facts.updated.toordinal(), e.slug))

    @cached_property
    def newest_update(self) -> datetime.date:
        """The most recent „Stand“ of any page: the site's own date."""
        entries = [*self.bausteine.values(), *self.cases.values()]
        return max((e.facts.updated for e in entries), default=datetime.date(2026, 1, 1))

    @cached_property
    def cases_by_topic(self) -> dict[str, list[Entry]]:
        return _group(self.cases_by_update, lambda e: e.facts.topics)

    @cached_property
    def cases_by_life_phase(self) -> dict[str, list[Entry]]:
        return _group(self.cases_by_update, lambda e: e.facts.life_phases)

    @cached_property
    def bausteine_by_topic(self) -> dict[str, list[Entry]]:
        return _group(self.bausteine_in_order, lambda e: e.facts.topics)

    @cached_property
    def cases_by_baustein(self) -> dict[str, list[Entry]]:
        return _group(self.cases_by_update, lambda e: e.facts.bausteine)

    @cached_property
    def places(self) -> dict[str, list[tuple[Region, Entry]]]:
        """Land code (DE-ST) or country code (FR) -> the regions of cases there, with their case."""
        places: dict[str, list[tuple[Region, Entry]]] = defaultdict(list)
        for entry in self.cases_by_update:
            for region in entry.facts.regions:
                places[region.land or region.country].append((region, entry))
        return dict(places)


def _group(entries: list[Entry], keys: typing.Callable[[Entry], list[str]]) -> dict[str, list[Entry]]:
    groups: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        for key in dict.fromkeys(keys(entry)):
            groups[key].append(entry)
    return dict(groups)


def load_collection(root: Path) -> Collection:
    """Read and validate every content file below ``root``; raise ContentError listing all problems."""
    files, problems = discover(root)
    config = read_site_config(root / "mkdocs.yml")
    problems += published_file_problems(root, config.site_code)
    problems += _clashing_files(root)
    parsed: dict[tuple[str, str], dict[str, ParsedFile]] = defaultdict(dict)
    german_files = {(f.kind, f.slug) for f in files if f.lang == DEFAULT_LANGUAGE}
    for file in files:
        result = read(file)
        if isinstance(result, Problem):
            problems.append(result)
        else:
            parsed[(file.kind, file.slug)][file.lang] = result

    convert = markdown_converter(root / "mkdocs.yml")
    readings = _text_problems(parsed, problems, convert)
    operator, found = load_operator(config.operator)
    problems += found
    hand_written = _hand_written_pages(root, problems, convert, operator)
    collection = Collection(headers={(h.src_uri, h.lang): h.header for h in hand_written if h.header})
    collection.bodies = {page.file.path: _body(page.source, page.body_start)
                         for by_lang in parsed.values() for page in by_lang.values()}
    collection.bodies.update({h.path: h.body for h in hand_written})
    for (kind, slug), by_lang in sorted(parsed.items()):
        if DEFAULT_LANGUAGE not in by_lang and (kind, slug) in german_files:
            continue  # the German file could not be read: that problem is reported already
        entry, found = _entry(kind, slug, by_lang)
        problems += found
        if entry:
            (collection.bausteine if kind == "baustein" else collection.cases)[slug] = entry
    problems += _broken_references(collection, parsed)
    problems += _address_clashes(collection, hand_written)
    existing = {f"{'bausteine' if f.kind == 'baustein' else 'praxisbeispiele'}/{f.slug}.md" for f in files}
    existing |= {_hand_written_uri(root, path)[0] for path in other_pages(root)}
    problems += _link_problems(collection, parsed, readings, hand_written, root, convert, existing)
    if problems:
        raise ContentError(problems)
    return collection


def _text_problems(parsed: dict[tuple[str, str], dict[str, ParsedFile]], problems: list[Problem],
                   convert: Callable[[str], str]) -> dict[str, TextReading]:
    """Safety rules, placeholders and editorial rules in the content files; their readings by file."""
    readings = {}
    for by_lang in parsed.values():
        german = by_lang.get(DEFAULT_LANGUAGE)
        consent = bool(german and german.meta.get("contact_consent") is True)
        for page in by_lang.values():
            display = page.file.display
            for loc, _ in placeholder_fields(page.meta):
                problems.append(Problem(display, page.line_of(loc), field_name(loc),
                                        "fill in this placeholder (it still says TODO)"))
            problems += _header_problems(page, consent)
            start, body = page.body_start, page.body_lines()
            reading = readings[display] = read_text(display, body, start, consent, convert)
            problems += reading.problems
            problems += section_problems(page.file.kind, page.file.lang, display, body, start)
            if page.file.lang == DEFAULT_LANGUAGE:
                problems += quote_problems(display, body, start)
            elif german is not None:
                problems += glossary_problems(german.body, page.body, display)
                problems += translation_problems(german.body, page.body, display)
    return readings


def _header_problems(page: ParsedFile, consent: bool) -> list[Problem]:
    """Hidden characters and contact data in every header value, and in the header's comments."""
    problems = []
    reported: set[tuple[int, str]] = set()
    for loc, message in value_problems(page.meta, consent, CODE_FIELDS):
        line = page.line_of(loc)
        reported.add((line, message))
        problems.append(Problem(page.file.display, line, field_name(loc), message))
    comments = list(header_comments(page))
    for line, comment in comments:
        for message in line_problems(comment, consent):
            if (line, message) not in reported:
                problems.append(Problem(page.file.display, line, "", f"in a comment: {message}"))
                reported.add((line, message))
    if comments and not consent:  # contact data may run over several comment lines
        seen = {contact_key(c.text) for _, comment in comments for c in contacts(comment)}
        for contact in contacts(shown_text(" ".join(comment for _, comment in comments))):
            if contact_key(contact.text) not in seen:
                seen.add(contact_key(contact.text))
                problems.append(Problem(page.file.display, comments[0][0], "", f"in a comment: the {contact.kind} "
                                        f"{contact.text} {CONSENT_HINT}"))
    return problems


@dataclass
class HandWritten:
    """A page written by hand below docs/ (start, about, legal pages), as read and checked."""

    src_uri: str  # 'ueber.md' for docs/ueber.de.md
    lang: str
    display: str
    text: str  # the body as checked (operator placeholders blanked)
    reading: TextReading
    header: HandWrittenPage | None
    path: Path
    body: str  # the body as written


def _hand_written_pages(root: Path, problems: list[Problem], convert: Callable[[str], str],
                        operator: Operator | None) -> list[HandWritten]:
    pages = []
    generated = tuple(root / "docs" / folder for folder in GENERATED_FOLDERS)
    for path in other_pages(root):
        if any(folder in path.parents for folder in generated):
            continue  # reported as a clash with the generated pages
        display = path.relative_to(root).as_posix()
        match = FILE_NAME.match(path.name)
        if not match or match["lang"] not in LANGUAGES:
            problems.append(Problem(display, None, "", "the file name must be <name>.de.md (German) or <name>.en.md "
                                    "(English): the site shows each page in the language its name gives"))
            continue
        page = read_page(path, display)
        if isinstance(page, Problem):
            problems.append(page)
            continue
        parsed = ParsedFile(ContentFile("page", path.stem, "", path, display), page.meta, "", page.lines,
                            page.body_start, page.source)
        header = _validate(HandWrittenPage, parsed, problems)
        consent = bool(header and header.contact_consent)
        problems += _header_problems(parsed, consent)
        # The operator's details are put in by the build ({{ operator.email }}): its public contacts are no
        # personal data, but the page's links and anchors are checked with them in place.
        for match in OPERATOR_PLACEHOLDER.finditer(page.source, _offset_of_line(page.source, page.body_start)):
            if match.group(1) not in Operator.model_fields:
                problems.append(Problem(display, page.source.count("\n", 0, match.start()) + 1, "text",
                                        unknown_placeholder(match.group(0), match.group(1))))
        # Placeholders left (unknown, or no operator stated) are reported on their own: the rules skip them.
        filled = [OPERATOR_PLACEHOLDER.sub(lambda m: "x" * len(m.group()), substitute(line, operator) if operator
                                           else line) for line in parsed.body_lines()]
        reading = read_text(display, filled, page.body_start, consent, convert, exempt=_operator_contacts(operator))
        problems += reading.problems
        src_uri, lang = _hand_written_uri(root, path)
        pages.append(HandWritten(src_uri, lang, display, "\n".join(filled), reading, header, path,
                                 _body(page.source, page.body_start)))
    return pages


def _address_clashes(collection: Collection, hand_written: list[HandWritten]) -> list[Problem]:
    """Pages written by hand that would be published at an address another page has (the later one wins)."""
    from .indexes import generated_uris  # indexes renders from the collection this module builds

    taken = {page_url(uri): "the site's own page" for uri in generated_uris(collection)}
    taken |= {page_url(e.src_uri): e.files[DEFAULT_LANGUAGE].display
              for e in [*collection.bausteine.values(), *collection.cases.values()]}
    problems, seen = [], {}
    for page in sorted(hand_written, key=lambda h: h.display):
        address = page_url(_README.sub("index.md", page.src_uri))
        other = taken.get(address) or seen.get((page.lang, address))
        if other:
            problems.append(Problem(page.display, None, "", f"this page would be published at /{address}, where "
                                    f"{other} is already: give it another file name"))
        seen[(page.lang, address)] = page.display
    return problems


def _operator_contacts(operator: Operator | None) -> frozenset[str]:
    """The operator's own addresses and numbers (an office's, published by law), as keys of safety's rules."""
    if operator is None:
        return frozenset()
    values = [v for v in operator.model_dump().values() if isinstance(v, str)]
    return frozenset(contact_key(c.text) for value in values for c in contacts(value))


def _body(source: str, body_start: int) -> str:
    """A file's text after its header, as MkDocs hands it to the Markdown conversion."""
    return "\n".join(source.split("\n")[body_start - 1:]).lstrip("\n")


def _offset_of_line(text: str, line: int) -> int:
    """Where the given (1-based) line starts in the text."""
    offset = 0
    for _ in range(line - 1):
        offset = text.find("\n", offset) + 1
    return offset


def _hand_written_uri(root: Path, path: Path) -> tuple[str, str]:
    """('ueber.md', 'de') for docs/ueber.de.md: where the site puts the page, and its language."""
    match = FILE_NAME.match(path.name)
    relative = path.relative_to(root / "docs").as_posix()
    return (relative[:-6] + ".md", match["lang"]) if match else (relative, DEFAULT_LANGUAGE)


def _link_problems(collection: Collection, parsed: dict[tuple[str, str], dict[str, ParsedFile]],
                   readings: dict[str, TextReading], hand_written: list[HandWritten], root: Path,
                   convert: Callable[[str], str], files: set[str]) -> list[Problem]:
    """Links between pages, in every language the site shows them in, as the strict build checks them.

    A page whose file exists but has problems of its own counts as there, its sections as unknown.
    """
    from .indexes import generated_uris  # indexes renders from the collection this module builds
    from .pages import page_markdown

    shown_uris = {e.src_uri for e in [*collection.bausteine.values(), *collection.cases.values()]}
    shown_uris |= {hand.src_uri for hand in hand_written}
    site = Site(generated=set(generated_uris(collection)), unchecked=files - shown_uris)
    docs = root / "docs"
    # What MkDocs publishes: no Markdown (pages are counted above) and nothing hidden.
    site.files = {rel for p in files_below(docs) if p.suffix != ".md"
                  for rel in [p.relative_to(docs).as_posix()] if not any(x.startswith(".") for x in rel.split("/"))} \
        if docs.is_dir() else set()
    for lang in LANGUAGES:
        shown: dict[str, ShownPage] = site.pages.setdefault(lang, {})
        for entry in [*collection.bausteine.values(), *collection.cases.values()]:
            file = entry.files.get(lang) or entry.files[DEFAULT_LANGUAGE]
            page = parsed[(entry.kind, entry.slug)][file.lang]
            shown[entry.src_uri] = ShownPage(
                entry.src_uri, file.display, readings[file.display].links,
                lambda e=entry, b=page.body, lg=lang: page_markdown(collection, e.src_uri, b, lg).markdown)
        by_uri: dict[str, dict[str, HandWritten]] = defaultdict(dict)
        for hand in hand_written:
            by_uri[hand.src_uri][hand.lang] = hand
        for src_uri, versions in by_uri.items():
            hand = versions.get(lang) or versions.get(DEFAULT_LANGUAGE)
            if hand is not None:
                shown[src_uri] = ShownPage(src_uri, hand.display, hand.reading.links, lambda b=hand.text: b)
    return link_problems(site, convert)


def _clashing_files(root: Path) -> list[Problem]:
    problems = []
    for folder in GENERATED_FOLDERS:
        for path in sorted((root / "docs" / folder).rglob("*.md")):
            where = "Bausteine belong in the top-level bausteine/ folder" if folder == "bausteine" else "write no pages there"
            problems.append(Problem(path.relative_to(root).as_posix(), None, "",
                                    f"the site generates the pages under /{folder}/: {where}"))
    # The other languages' sites and the search index live in folders of these names.
    for folder in [*(lang for lang in LANGUAGES if lang != DEFAULT_LANGUAGE), "pagefind"]:
        if (root / "docs" / folder).exists():
            problems.append(Problem(f"docs/{folder}", None, "", f"a folder docs/{folder}/ would clash with the site's "
                                    f"own /{folder}/: give it another name"))
    return problems


def _entry(kind: str, slug: str, by_lang: dict[str, ParsedFile]) -> tuple[Entry | None, list[Problem]]:
    german_model, english_model, text_fields, fact_fields = PAGE_TYPES[kind]
    german = by_lang.get(DEFAULT_LANGUAGE)
    if german is None:
        return None, [Problem(p.file.display, None, "", f"there is no German file {slug}.de.md beside it: every "
                              "page starts in German, which holds the language-neutral fields")
                      for p in by_lang.values()]
    problems: list[Problem] = []
    facts = _validate(german_model, german, problems)
    texts, files = {}, {}
    if facts is not None:
        texts[DEFAULT_LANGUAGE] = facts
        files[DEFAULT_LANGUAGE] = german.file
    for lang, parsed in sorted(by_lang.items()):
        if lang == DEFAULT_LANGUAGE:
            continue
        translation = _validate(english_model, parsed, problems)
        if translation is None:
            continue
        texts[lang], files[lang] = translation, parsed.file
        if facts is None:
            continue
        for name in fact_fields:
            value = getattr(translation, name)
            if value is not None and value != getattr(facts, name):
                problems.append(Problem(parsed.file.display, parsed.line_of((name,)), name,
                                        f"differs from the German file {german.file.display}; state it only "
                                        "there (the English page takes it from the German one)"))
    if facts is None or problems:
        return None, problems
    return Entry(kind, slug, facts, texts, files), []


def _validate(model: type[BaseModel], parsed: ParsedFile, problems: list[Problem]) -> Any:
    try:
        return model.model_validate(parsed.meta)
    except ValidationError as error:
        placeholders = {loc for loc, _ in placeholder_fields(parsed.meta)}
        for detail in error.errors():
            loc = detail["loc"]
            if any(loc[:len(p)] == p for p in placeholders):
                continue  # reported as a placeholder to fill in
            # A missing top-level field is added at the end of the header: point at its closing line.
            line = parsed.body_start - 1 if detail["type"] == "missing" and len(loc) == 1 else parsed.line_of(loc)
            problems.append(Problem(parsed.file.display, line, field_name(loc), plain_message(model, detail)))
        return None


def field_name(loc: tuple[str | int, ...]) -> str:
    """('regions', 0, 'ags') -> 'regions[0].ags'."""
    name = ""
    for part in loc:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else part)
    return name


def plain_message(model: type[BaseModel], detail: dict[str, Any]) -> str:
    """Pydantic's error, said in a contributor's terms."""
    kind, ctx, value = detail["type"], detail.get("ctx", {}), detail.get("input")
    field = next((p for p in reversed(detail["loc"]) if isinstance(p, str)), "")
    if kind == "missing":
        info = _model_at(model, detail["loc"][:-1]).model_fields.get(field)
        hint = f" ({info.description})" if info and info.description else ""
        extra = info.json_schema_extra if info else None
        allowed = extra.get("enum") if isinstance(extra, dict) else None
        where = "to the header" if len(detail["loc"]) == 1 else "here"
        return f"this required field is missing: add a line '{field}: …' {where}{hint}" + (
            f". Allowed: {', '.join(allowed)}" if allowed else "")
    if kind == "extra_forbidden":
        allowed = list(_model_at(model, detail["loc"][:-1]).model_fields)
        return f"unknown field '{field}'.{did_you_mean(field, allowed)} Allowed here: {', '.join(allowed)}"
    if kind.startswith("date"):
        return f"'{value}' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-23"
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return f"'{value}' is not a whole number" + (" (a year such as 2015)" if field in ("start", "end") else "")
    if kind == "string_type":
        return f"must be text, not {value!r}" + (" (put codes such as NO or ON in quotes)" if isinstance(value, bool) else "")
    if kind == "list_type":
        return "must be a list: one '- value' line per entry, or [a, b]"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return "must be a group of 'field: value' lines, indented below this field"
    if kind == "too_short":
        if isinstance(value, str):
            return "must not be empty"
        return f"needs at least {ctx.get('min_length')} entr{'y' if ctx.get('min_length') == 1 else 'ies'}"
    if kind == "too_long":
        if isinstance(value, str):
            return f"is {len(value)} characters long; at most {ctx.get('max_length')} are allowed"
        return f"has {len(value)} entries; exactly {ctx.get('max_length')} are expected" if field == "self_assessment" \
            else f"has {len(value)} entries; at most {ctx.get('max_length')} are allowed"
    if kind == "string_pattern_mismatch":
        if field == "ags":
            return f"'{value}' is not an AGS key: 5 digits (district) or 8 digits (city, municipality), in quotes, e.g. \"15084\""
        return f"'{value}' is not a slug: lower-case letters, digits and hyphens, e.g. externe-kooperation"
    if kind in ("greater_than_equal", "less_than_equal"):
        bound = ctx.get("ge", ctx.get("le"))
        return f"{value} is {'below' if 'ge' in ctx else 'above'} {bound}, the {'lowest' if 'ge' in ctx else 'highest'} value allowed"
    return detail["msg"]


def _model_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> type[BaseModel]:
    """The model class that the location ``loc`` of ``model`` points into."""
    for part in loc:
        if isinstance(part, int):
            continue
        model = _find_model(model.model_fields[part].annotation) or model
    return model


def _find_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _find_model(arg)
        if found:
            return found
    return None


def _broken_references(collection: Collection, parsed: dict[tuple[str, str], dict[str, ParsedFile]]) -> list[Problem]:
    """Links between pages by slug, checked on every German file, valid or not, against the files present."""
    problems = []
    known = sorted(slug for (kind, slug), by_lang in parsed.items() if kind == "baustein" and DEFAULT_LANGUAGE in by_lang)
    for (kind, slug), by_lang in sorted(parsed.items()):
        german = by_lang.get(DEFAULT_LANGUAGE)
        field = "related" if kind == "baustein" else "bausteine"
        names = german.meta.get(field) if german else None
        if not isinstance(names, list):
            continue
        for index, name in enumerate(names):
            if not isinstance(name, str) or PLACEHOLDER in name:
                continue
            if kind == "baustein" and name == slug:
                problems.append(Problem(german.file.display, german.line_of((field, index)), f"{field}[{index}]",
                                        "a Baustein cannot be related to itself"))
            elif name not in known:
                problems.append(Problem(german.file.display, german.line_of((field, index)), f"{field}[{index}]",
                                        f"there is no Baustein '{name}'.{did_you_mean(name, known)} "
                                        f"Known Bausteine: {', '.join(known) or 'none yet'}"))
    by_number: dict[int, list[Entry]] = defaultdict(list)
    for entry in collection.bausteine.values():
        by_number[entry.facts.number].append(entry)
    for number, same in by_number.items():
        for entry in same if len(same) > 1 else ():
            german = parsed[(entry.kind, entry.slug)][DEFAULT_LANGUAGE]
            others = ", ".join(e.files[DEFAULT_LANGUAGE].display for e in same if e is not entry)
            problems.append(Problem(german.file.display, german.line_of(("number",)), "number",
                                    f"number {number} is also used by {others}; each Baustein needs its own"))
    return problems
