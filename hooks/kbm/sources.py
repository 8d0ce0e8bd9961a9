"""Finding content files and reading them safely: their front matter with the line of every field."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import header, page_types
from .addresses import reserved_slug_message, reserved_slugs
from .images import metadata
from .languages import LANGUAGES
from .page_types import DOCS, PageType
from .policy import IMAGE_FOLDER, IMAGE_TYPES
from .problems import Problem
from .slugs import is_slug, slugify

FILE_NAME = re.compile(r"^(?P<slug>[^.]+)\.(?P<lang>[a-z]{2})\.md$")

# A YAML comment: '#' at the start of a line or after a space (in a quoted value it may be text: checked twice).
_COMMENT = re.compile(r"(?:^|\s)#(.*)$")
_DOCUMENT_END = re.compile(r"\.\.\.[ \t]*\r?")
MAX_FILE_BYTES = 1_000_000
MAX_IMAGE_BYTES = 5_000_000

Path_ = tuple[str | int, ...]


def published_folders() -> tuple[str, ...]:
    """Folders whose files are published; nothing in them may point elsewhere."""
    return (DOCS, *(t.source_folder for t in page_types.PAGE_TYPES if t.outside_docs))


@dataclass(frozen=True)
class ContentFile:
    page_type: PageType | None  # None for a page written by hand below docs/
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

    @property
    def page_type(self) -> PageType:
        if self.file.page_type is None:
            raise TypeError(f"{self.file.display} is a page written by hand, of no page type")
        return self.file.page_type

    @property
    def kind(self) -> str:
        return self.page_type.kind

    def body_lines(self) -> list[str]:
        """The file's lines after the front matter (the first is file line ``body_start``)."""
        # Split at line feeds only, as Markdown does (splitlines would also split at U+2028 and other separators).
        return [line.removesuffix("\r") for line in self.source.split("\n")[self.body_start - 1 :]]

    def line_of(self, loc: Path_) -> int:
        """Line of the deepest field of ``loc`` that the file states; the opening '---' otherwise."""
        for end in range(len(loc), 0, -1):
            if loc[:end] in self.lines:
                return self.lines[loc[:end]]
        return 1


def files_below(base: Path) -> Iterator[Path]:
    """Every file and symbolic link below ``base``, in a stable order, never following a link."""
    for folder, dirs, names in os.walk(base, followlinks=False):
        dirs.sort()
        here = Path(folder)
        for name in sorted(dirs):
            if (here / name).is_symlink():
                yield here / name
        for name in sorted(names):
            yield here / name


def discover(root: Path) -> tuple[list[ContentFile], list[Problem]]:
    """Every content file below the page-type folders, and problems with their names or places."""
    files, problems = [], []
    for page_type in page_types.PAGE_TYPES:
        folder = page_type.source_folder
        base = root / folder
        if not base.is_dir():
            continue
        for path in files_below(base):
            if path.suffix != ".md" or path.is_symlink() or path.name.startswith("."):
                continue  # published_file_problems reports these
            display = path.relative_to(root).as_posix()
            if path.parent != base:
                problems.append(
                    Problem(
                        display, None, "", f"a {page_type.kind} file belongs directly in {folder}/, not in a subfolder"
                    )
                )
                continue
            match = FILE_NAME.match(path.name)
            if not match or match["lang"] not in LANGUAGES:
                problems.append(
                    Problem(display, None, "", "the file name must be <slug>.de.md (German) or <slug>.en.md (English)")
                )
                continue
            slug = match["slug"]
            if not is_slug(slug) or slug == "index":
                suggestion = slugify(slug) if slug != "index" else "a name of its own"
                problems.append(
                    Problem(
                        display,
                        None,
                        "",
                        f"the slug '{slug}' must be lower-case letters, digits and "
                        f"hyphens (it becomes the page's address); try '{suggestion}'",
                    )
                )
                continue
            if slug in reserved_slugs(page_type):
                problems.append(Problem(display, None, "", reserved_slug_message(page_type, slug)))
                continue
            files.append(ContentFile(page_type, slug, match["lang"], path, display))
    return files, problems


def published_file_problems(root: Path, site_code: frozenset[str] = frozenset()) -> list[Problem]:
    """Links and files of kinds the site does not publish, below the folders it publishes from.

    ``site_code`` names the site's own scripts and styles (relative to docs/), the only other files it takes.
    """
    problems = []
    for folder in published_folders():
        base = root / folder
        if not base.is_dir():
            continue
        for path in files_below(base):
            display = path.relative_to(root).as_posix()
            if path.is_symlink():
                problems.append(
                    Problem(
                        display,
                        None,
                        "",
                        "this is a symbolic link: the site publishes only files "
                        "kept in the repository itself. Replace the link with the file, or delete it",
                    )
                )
                continue
            if any(part.startswith(".") for part in path.relative_to(base).parts):
                continue  # MkDocs publishes no hidden files
            problem = _file_kind_problem(path, display, root, site_code)
            if problem:
                problems.append(problem)
    return problems


def _file_kind_problem(path: Path, display: str, root: Path, site_code: frozenset[str]) -> Problem | None:
    if path.suffix == ".md":
        return None
    folder = path.parent.relative_to(root).as_posix()
    if path.suffix.lower() in IMAGE_TYPES and (folder == IMAGE_FOLDER or folder.startswith(IMAGE_FOLDER + "/")):
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            return Problem(
                display,
                None,
                "",
                f"the image has {size / 1e6:.1f} MB; images may have at most "
                f"{MAX_IMAGE_BYTES / 1e6:.0f} MB: make it smaller",
            )
        held = metadata(path.read_bytes())
        if held:
            return Problem(
                display,
                None,
                "",
                f"the image carries {held}, which is published with it and can name "
                "people, places and contacts: save it again without metadata (most image programs offer "
                "'export without metadata')",
            )
        return None
    docs = root / DOCS
    if docs in path.parents and path.relative_to(docs).as_posix() in site_code:
        return None  # the site's own script or style, named in mkdocs.yml: code, reviewed as code (SECURITY.md)
    if path.suffix in (".js", ".css"):
        return Problem(
            display,
            None,
            "",
            "scripts and styles are the site's code, not content: only those that "
            "mkdocs.yml names (extra_javascript, extra_css) are published, and changing them is a code "
            "change for the maintainers",
        )
    return Problem(
        display,
        None,
        "",
        f"files of this kind are not published: pages are .md files, images "
        f"({', '.join(sorted(IMAGE_TYPES))}) go to {IMAGE_FOLDER}/",
    )


def decode(path: Path, display: str) -> str | Problem:
    """A text file's content; a file too large or not in UTF-8 (a leading BOM is fine) is a Problem."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        return Problem(
            display,
            None,
            "",
            f"the file has {size / 1e6:.1f} MB; a page may have at most "
            f"{MAX_FILE_BYTES / 1e6:.0f} MB: split it, and put images in {IMAGE_FOLDER}/",
        )
    data = path.read_bytes()
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return Problem(
            display,
            line,
            "",
            f"the file is not saved as UTF-8 (byte 0x{data[error.start]:02X} on this "
            "line cannot be read): save it again with the encoding UTF-8",
        )


@dataclass(frozen=True)
class TextFile:
    """A page as read from disk: its header's data and line map, and where its body starts."""

    meta: dict[str, Any]
    lines: dict[Path_, int]
    body_start: int
    source: str


def read_page(path: Path, display: str) -> TextFile | Problem:
    """Read and parse a page with a header; any mistake comes back as a Problem with its line."""
    text = decode(path, display)
    if isinstance(text, Problem):
        return text
    handler = header.HeaderHandler()
    if not handler.detect(text):
        return Problem(
            display, 1, "", "the file must start with its header: a line '---', the fields, and another line '---'"
        )
    if not handler.closed(text):
        return Problem(display, 1, "", "the header is never closed: add a line '---' after its last field")
    raw, _ = handler.split(text)
    # The header text starts with the rest of the first '---' line, so its line n is the file's line n.
    body_line = raw.count("\n") + 2
    dots = next((n for n, line in enumerate(raw.split("\n"), 1) if _DOCUMENT_END.fullmatch(line)), None)
    if dots:
        return Problem(
            display,
            dots,
            "",
            "a line '...' ends the header for the site, so the lines after it would be "
            "published as text: delete it (the header ends with the line '---')",
        )
    try:
        meta, lines = header.load(raw)
    except header.HeaderError as error:
        opened = _unclosed_quote(text, getattr(error, "context_line", None))
        if opened:
            return Problem(
                display,
                opened,
                "",
                "the header cannot be read: a quotation mark on this line is "
                "not closed. Nothing else in this file can be checked until this is fixed",
            )
        return Problem(display, error.line, "", error.message)
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        return Problem(display, 2, "", "the header must be a list of 'field: value' lines")
    return TextFile(meta, lines, body_line, text)


def header_comments(source: str, body_start: int) -> Iterator[tuple[int, str]]:
    """(file line, text) of the comments in a page's header: published with the repository, so checked too."""
    for number, line in enumerate(source.split("\n")[1 : body_start - 2], 2):
        match = _COMMENT.search(line)
        if match:
            yield number, match.group(1)


def read(file: ContentFile) -> ParsedFile | Problem:
    """A Baustein's or case's file, parsed."""
    page = read_page(file.path, file.display)
    if isinstance(page, Problem):
        return page
    body = "\n".join(page.source.split("\n")[page.body_start - 1 :]).strip()
    return ParsedFile(file, page.meta, body, page.lines, page.body_start, page.source)


def other_pages(root: Path) -> list[Path]:
    """Hand-written pages below docs/: none of a page type's files."""
    docs = root / DOCS
    typed = [root / t.source_folder for t in page_types.PAGE_TYPES]
    if not docs.is_dir():
        return []
    return [
        p
        for p in files_below(docs)
        if p.suffix == ".md"
        and not p.is_symlink()
        and not any(folder in p.parents for folder in typed)
        and not any(part.startswith(".") for part in p.relative_to(docs).parts)
    ]


def _unclosed_quote(text: str, line: int | None) -> int | None:
    """The given file line if it holds an odd number of double quotes."""
    lines = text.splitlines()
    if line is None or not 0 < line <= len(lines):
        return None
    value = lines[line - 1].split("#", 1)[0]
    return line if value.count('"') % 2 == 1 else None
