"""Finding content files and reading their front matter, keeping the line of every field."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from .problems import Problem

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"
FILE_NAME = re.compile(r"^(?P<slug>[^.]+)\.(?P<lang>[a-z]{2})\.md$")

# Where each page type lives, relative to the project root.
LOCATIONS = {"baustein": "bausteine", "praxisbeispiel": "docs/praxisbeispiele"}

# The overview of cases continues at /praxisbeispiele/seite/2/ and so on (see indexes.py).
RESERVED_CASE_SLUG = "seite"

Path_ = tuple[str | int, ...]
# libyaml's parser where PyYAML was built with it: the same nodes and marks, several times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class ContentFile:
    kind: str
    slug: str
    lang: str
    path: Path  # absolute
    display: str  # relative to the project root, as contributors see it


@dataclass
class ParsedFile:
    file: ContentFile
    meta: dict[str, Any]
    body: str
    lines: dict[Path_, int] = field(default_factory=dict)
    body_start: int = 1  # file line of the first line after the front matter
    source: str = ""  # the whole file, as read

    def body_lines(self) -> list[str]:
        """The file's lines after the front matter (the first is file line ``body_start``)."""
        return self.source.splitlines()[self.body_start - 1:]

    def line_of(self, loc: Path_) -> int:
        """Line of the deepest field of ``loc`` that the file states; the opening '---' otherwise."""
        for end in range(len(loc), 0, -1):
            if loc[:end] in self.lines:
                return self.lines[loc[:end]]
        return 1


def discover(root: Path) -> tuple[list[ContentFile], list[Problem]]:
    """Every content file below the page-type folders, and problems with their names or places."""
    files, problems = [], []
    for kind, folder in LOCATIONS.items():
        base = root / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*.md"), key=lambda p: p.parts):  # Path comparisons are slow
            display = path.relative_to(root).as_posix()
            if path.parent != base:
                problems.append(Problem(display, None, "", f"a {kind} file belongs directly in {folder}/, not in a subfolder"))
                continue
            match = FILE_NAME.match(path.name)
            if not match or match["lang"] not in LANGUAGES:
                problems.append(Problem(display, None, "", "the file name must be <slug>.de.md (German) or <slug>.en.md (English)"))
                continue
            slug = match["slug"]
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) or slug == "index":
                suggestion = slugify(slug) if slug != "index" else "a name of its own"
                problems.append(Problem(display, None, "", f"the slug '{slug}' must be lower-case letters, digits and "
                                        f"hyphens (it becomes the page's address); try '{suggestion}'"))
                continue
            if kind == "praxisbeispiel" and slug == RESERVED_CASE_SLUG:
                problems.append(Problem(display, None, "", reserved_slug_message(slug)))
                continue
            files.append(ContentFile(kind, slug, match["lang"], path, display))
    return files, problems


def reserved_slug_message(slug: str) -> str:
    return (f"'{slug}' cannot be a case's name: the overview of all cases continues at /praxisbeispiele/{slug}/2/, "
            f"/praxisbeispiele/{slug}/3/ and so on, and a case at /praxisbeispiele/{slug}/ would be taken for part "
            "of it. Name the file for what the case is about")


def slugify(text: str) -> str:
    """A slug from a title: ä→ae, ö→oe, ü→ue, ß→ss, lower case, hyphens."""
    text = text.lower()
    for char, repl in {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}.items():
        text = text.replace(char, repl)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def read(file: ContentFile) -> ParsedFile | Problem:
    """Parse one file's front matter; a YAML mistake comes back as a Problem with its line."""
    text = file.path.read_text(encoding="utf-8")
    handler = YAMLHandler()
    if not handler.detect(text):
        return Problem(file.display, 1, "", "the file must start with front matter between two '---' lines")
    try:
        raw, content = handler.split(text)
        meta, lines = _load(raw)
    except yaml.YAMLError as error:
        mark, context = getattr(error, "problem_mark", None), getattr(error, "context_mark", None)
        line = mark.line + 1 if mark else None
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        opened = _unclosed_quote(text, context.line if context else None)
        if opened:
            return Problem(file.display, opened, "", "the header cannot be read: a quotation mark on this line is "
                           "not closed. Nothing else in this file can be checked until this is fixed")
        start = f" (the problem may begin at line {context.line + 1})" if context and mark and context.line < mark.line else ""
        return Problem(file.display, line, "", f"the header cannot be read: {_yaml_advice(reason)}{start}. "
                       f"Nothing else in this file can be checked until this is fixed [{reason}]")
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        return Problem(file.display, 2, "", "the front matter must be a list of 'field: value' lines")
    return ParsedFile(file, meta, content.strip(), lines, body_start(text), text)


def _load(raw: str) -> tuple[Any, dict[Path_, int]]:
    """The header's data and the line of each field, from one parse (raw starts after the first '---')."""
    loader = _LOADER(raw)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {}
        return loader.construct_document(node), _line_map(node, offset=0)
    finally:
        loader.dispose()


def body_start(text: str) -> int:
    """The file line where the text after the front matter begins (1 without front matter)."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return 1
    for index, line in enumerate(lines[1:], 2):
        if line.strip() == "---":
            return index + 1
    return 1


def other_pages(root: Path) -> list[Path]:
    """Hand-written pages below docs/ that are neither Bausteine nor practice examples."""
    docs = root / "docs"
    cases = docs / "praxisbeispiele"
    return sorted(p for p in docs.rglob("*.md") if cases not in p.parents) if docs.is_dir() else []


def _unclosed_quote(text: str, index: int | None) -> int | None:
    """The file line of the given header line if it holds an odd number of double quotes."""
    lines = text.splitlines()
    if index is None or index >= len(lines):
        return None
    value = lines[index].split("#", 1)[0]
    return index + 1 if value.count('"') % 2 == 1 else None


def _yaml_advice(reason: str) -> str:
    """What a YAML parser's complaint usually means for someone editing a header by hand."""
    if "mapping values are not allowed" in reason:
        return "a value contains a colon: put the whole value in quotes, e.g. title: \"Landkreis Börde: Bildungskonferenz\""
    if "cannot start any token" in reason and "\\t" in reason:
        return "a tab character: indent with spaces only"
    if "end of stream" in reason or "quoted scalar" in reason:
        return "a quotation mark is not closed"
    if "expected key" in reason or "block end" in reason or "indicator" in reason:
        return "this line is indented differently from the lines it belongs to: align it with them"
    return "check the indentation, colons and quotation marks on this line"


def _line_map(node: yaml.Node | None, offset: int, path: Path_ = ()) -> dict[Path_, int]:
    """Line number (1-based, in the whole file) of each mapping key and sequence item."""
    lines: dict[Path_, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            sub = (*path, key.value)
            lines[sub] = key.start_mark.line + 1 + offset
            lines.update(_line_map(value, offset, sub))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            sub = (*path, index)
            lines[sub] = item.start_mark.line + 1 + offset
            lines.update(_line_map(item, offset, sub))
    return lines
