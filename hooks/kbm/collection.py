"""Reading every content file and validating them together: collect first, render after.

The result is a Collection (entries.py); every problem of a run is raised at once as a ContentError.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from .addresses import entry_uri, generated_folders
from .cross_checks import (
    HandWritten,
    Parsed,
    address_clashes,
    broken_references,
    clashing_files,
    hand_written_uri,
    link_problems_of,
)
from .entries import Collection, Entry
from .field_errors import field_name, validate
from .languages import DEFAULT_LANGUAGE, LANGUAGES
from .links import markdown_converter
from .models import CODE_FIELDS, HandWrittenPage, PageTexts
from .operator import PLACEHOLDER_PATTERN as OPERATOR_PLACEHOLDER
from .operator import Operator, fill_line, load_operator, placeholder_problems
from .page_types import DOCS, PageType, page_type
from .personal_data import contacts, shown_text
from .problems import ContentError, Problem
from .rules import glossary_problems, quote_problems, section_problems, translation_problems
from .safety import CONSENT_HINT, TextReading, contact_key, line_problems, placeholder_fields, read_text, value_problems
from .site_config import read_site_config
from .sources import (
    FILE_NAME,
    ContentFile,
    ParsedFile,
    discover,
    header_comments,
    other_pages,
    published_file_problems,
    read,
    read_page,
)
from .translations import last_changes, text_changes
from .vocabulary import Vocabulary, load_vocabulary

M = TypeVar("M", bound=BaseModel)


def load_collection(root: Path, vocabulary: Vocabulary | None = None) -> Collection:
    """Read and validate every content file below ``root``; raise ContentError listing all problems.

    The vocabulary is the project's own (vocabularies.yaml) unless one is given.
    """
    vocabulary = vocabulary or load_vocabulary()
    files, problems = discover(root)
    config = read_site_config(root / "mkdocs.yml")
    problems += published_file_problems(root, config.site_code)
    problems += clashing_files(root)
    parsed: Parsed = defaultdict(dict)
    german_files = {(f.page_type.kind, f.slug) for f in files if f.page_type and f.lang == DEFAULT_LANGUAGE}
    for file in files:
        result = read(file)
        if isinstance(result, Problem):
            problems.append(result)
        else:
            parsed[(result.kind, file.slug)][file.lang] = result

    convert = markdown_converter(root / "mkdocs.yml")
    readings = _text_problems(parsed, problems, convert)
    operator, found = load_operator(config.operator)
    problems += found
    hand_written = _hand_written_pages(root, problems, convert, operator, vocabulary)
    collection = Collection(vocabulary, headers={(h.src_uri, h.lang): h.header for h in hand_written if h.header})
    collection.bodies = {
        page.file.path: _body(page.source, page.body_start) for by_lang in parsed.values() for page in by_lang.values()
    }
    collection.bodies.update({h.path: h.body for h in hand_written})
    for (kind, slug), by_lang in sorted(parsed.items()):
        if DEFAULT_LANGUAGE not in by_lang and (kind, slug) in german_files:
            continue  # the German file could not be read: that problem is reported already
        entry, found = _entry(page_type(kind), slug, by_lang, vocabulary)
        problems += found
        if entry:
            collection.of(entry.page_type)[slug] = entry
    problems += broken_references(collection, parsed)
    problems += address_clashes(collection, hand_written)
    existing = {entry_uri(f.page_type, f.slug) for f in files if f.page_type}
    existing |= {hand_written_uri(root, path)[0] for path in other_pages(root)}
    problems += link_problems_of(collection, parsed, readings, hand_written, root, convert, existing)
    if problems:
        raise ContentError(problems)
    pairs = [
        (e.files[DEFAULT_LANGUAGE].display, e.files["en"].display) for e in collection.all_entries() if "en" in e.files
    ]
    collection.changes = text_changes(root, last_changes(root), pairs)
    return collection


def _text_problems(parsed: Parsed, problems: list[Problem], convert: Callable[[str], str]) -> dict[str, TextReading]:
    """Safety rules, placeholders and editorial rules in the content files; their readings by file."""
    readings = {}
    for by_lang in parsed.values():
        german = by_lang.get(DEFAULT_LANGUAGE)
        consent = bool(german and german.meta.get("contact_consent") is True)
        for page in by_lang.values():
            display = page.file.display
            for loc, _ in placeholder_fields(page.meta):
                problems.append(
                    Problem(
                        display, page.line_of(loc), field_name(loc), "fill in this placeholder (it still says TODO)"
                    )
                )
            problems += _header_problems(page, consent)
            start, body = page.body_start, page.body_lines()
            reading = readings[display] = read_text(display, body, start, consent, convert)
            problems += reading.problems
            problems += section_problems(page.page_type, page.file.lang, display, body, start)
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
    comments = list(header_comments(page.source, page.body_start))
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
                problems.append(
                    Problem(
                        page.file.display,
                        comments[0][0],
                        "",
                        f"in a comment: the {contact.kind} {contact.text} {CONSENT_HINT}",
                    )
                )
    return problems


def _hand_written_pages(
    root: Path,
    problems: list[Problem],
    convert: Callable[[str], str],
    operator: Operator | None,
    vocabulary: Vocabulary,
) -> list[HandWritten]:
    pages = []
    generated = tuple(root / DOCS / folder for folder in generated_folders())
    for path in other_pages(root):
        if any(folder in path.parents for folder in generated):
            continue  # reported as a clash with the generated pages
        display = path.relative_to(root).as_posix()
        match = FILE_NAME.match(path.name)
        if not match or match["lang"] not in LANGUAGES:
            problems.append(
                Problem(
                    display,
                    None,
                    "",
                    "the file name must be <name>.de.md (German) or <name>.en.md "
                    "(English): the site shows each page in the language its name gives",
                )
            )
            continue
        page = read_page(path, display)
        if isinstance(page, Problem):
            problems.append(page)
            continue
        parsed = ParsedFile(
            ContentFile(None, path.stem, "", path, display), page.meta, "", page.lines, page.body_start, page.source
        )
        header = _validate(HandWrittenPage, parsed, problems, vocabulary)
        consent = bool(header and header.contact_consent)
        problems += _header_problems(parsed, consent)
        # The operator's details are put in by the build ({{ operator.email }}): its public contacts are no
        # personal data, but the page's links and anchors are checked with them in place.
        problems += placeholder_problems(page.source, display, 1, _offset_of_line(page.source, page.body_start))
        # Placeholders left (unknown, or no operator stated) are reported on their own: the rules skip them.
        src_uri, lang = hand_written_uri(root, path)
        filled = [
            OPERATOR_PLACEHOLDER.sub(lambda m: "x" * len(m.group()), fill_line(line, operator, lang))
            for line in parsed.body_lines()
        ]
        reading = read_text(display, filled, page.body_start, consent, convert, exempt=_operator_contacts(operator))
        problems += reading.problems
        pages.append(
            HandWritten(
                src_uri, lang, display, "\n".join(filled), reading, header, path, _body(page.source, page.body_start)
            )
        )
    return pages


def _operator_contacts(operator: Operator | None) -> frozenset[str]:
    """The operator's own addresses and numbers (an office's, published by law), as keys of safety's rules."""
    if operator is None:
        return frozenset()
    values = [v for v in operator.phrases() if isinstance(v, str)]
    return frozenset(contact_key(c.text) for value in values for c in contacts(value))


def _body(source: str, body_start: int) -> str:
    """A file's text after its header, as MkDocs hands it to the Markdown conversion."""
    return "\n".join(source.split("\n")[body_start - 1 :]).lstrip("\n")


def _offset_of_line(text: str, line: int) -> int:
    """Where the given (1-based) line starts in the text."""
    offset = 0
    for _ in range(line - 1):
        offset = text.find("\n", offset) + 1
    return offset


def _entry(
    page_type: PageType, slug: str, by_lang: dict[str, ParsedFile], vocabulary: Vocabulary
) -> tuple[Entry | None, list[Problem]]:
    german = by_lang.get(DEFAULT_LANGUAGE)
    if german is None:
        return None, [
            Problem(
                p.file.display,
                None,
                "",
                f"there is no German file {slug}.de.md beside it: every "
                "page starts in German, which holds the language-neutral fields",
            )
            for p in by_lang.values()
        ]
    problems: list[Problem] = []
    facts = _validate(page_type.model, german, problems, vocabulary)
    texts: dict[str, PageTexts] = {}
    files: dict[str, ContentFile] = {}
    if facts is not None:
        texts[DEFAULT_LANGUAGE] = facts
        files[DEFAULT_LANGUAGE] = german.file
    for lang, parsed in sorted(by_lang.items()):
        if lang == DEFAULT_LANGUAGE:
            continue
        translation = _validate(page_type.translation, parsed, problems, vocabulary)
        if translation is None:
            continue
        texts[lang], files[lang] = translation, parsed.file
        if facts is None:
            continue
        for name in page_type.fact_fields:
            value = getattr(translation, name)
            if value is not None and value != getattr(facts, name):
                problems.append(
                    Problem(
                        parsed.file.display,
                        parsed.line_of((name,)),
                        name,
                        f"differs from the German file {german.file.display}; state it only "
                        "there (the English page takes it from the German one)",
                    )
                )
    if facts is None or problems:
        return None, problems
    return Entry(page_type, slug, facts, texts, files), []


def _validate(model: type[M], parsed: ParsedFile, problems: list[Problem], vocabulary: Vocabulary) -> M | None:
    placeholders = {loc for loc, _ in placeholder_fields(parsed.meta)}

    def report(detail: ErrorDetails, message: str) -> None:
        loc = detail["loc"]
        if any(loc[: len(p)] == p for p in placeholders):
            return  # reported as a placeholder to fill in
        # A missing top-level field is added at the end of the header: point at its closing line.
        line = parsed.body_start - 1 if detail["type"] == "missing" and len(loc) == 1 else parsed.line_of(loc)
        problems.append(Problem(parsed.file.display, line, field_name(loc), message))

    return validate(model, parsed.meta, vocabulary, report)
