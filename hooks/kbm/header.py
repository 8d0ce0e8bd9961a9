"""Reading a page's front matter (its header) safely, keeping the line of every field.

YAML can do far more than a header needs: anchors and aliases (which can make a few lines expand to
gigabytes), tags that build other types, duplicated keys that silently overwrite each other. The header
is read in two steps: its events are checked first (no alias, anchor or tag, no nesting deeper than the
models need), and only then is it built, with dates left as text for the models to check.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

# libyaml's parser where PyYAML was built with it: the same events and marks, several times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# A header is a list of fields; a field may hold a list of groups (sources, partners, regions), and a region
# a group of its own (population, location).
MAX_DEPTH = 4
_STR = "tag:yaml.org,2002:str"

Path_ = tuple[str | int, ...]


class _HeaderLoader(_LOADER):  # type: ignore[misc, valid-type]
    """The safe loader without YAML's implicit dates: '2023-13-45' reaches the models as text."""


# Plain values that YAML would read as a date, as '=' (value) or '<<' (merge) stay text.
_TEXT_TAGS = {"tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:value", "tag:yaml.org,2002:merge"}
_HeaderLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag not in _TEXT_TAGS]
    for first, resolvers in _LOADER.yaml_implicit_resolvers.items()
}


class HeaderHandler(YAMLHandler):
    """python-frontmatter's YAML handler, splitting at lines of exactly '---' as MkDocs does, loading nothing itself."""

    FM_BOUNDARY = re.compile(r"^---[ \t]*\r?$", re.MULTILINE)

    def closed(self, text: str) -> bool:
        return self.detect(text) and len(self.FM_BOUNDARY.findall(text)) >= 2

    def load(self, fm: str, **kwargs: object) -> Any:
        return load(fm)[0]


class HeaderError(Exception):
    """A header that cannot be read, with the file line (counted from the header's first line) and why."""

    def __init__(self, line: int | None, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


def load(raw: str, first_line: int = 1) -> tuple[Any, dict[Path_, int]]:
    """The header's data and the file line of each field; ``first_line`` is the file line of raw's first line."""
    try:
        _check_events(raw, first_line)
    except HeaderError:
        raise
    except yaml.YAMLError as error:
        raise _yaml_error(error, first_line) from None
    loader = _HeaderLoader(raw)
    try:
        try:
            node = loader.get_single_node()
        except yaml.YAMLError as error:
            raise _yaml_error(error, first_line) from None
        if node is None:
            return None, {}
        lines: dict[Path_, int] = {}
        _walk(node, (), lines, first_line)
        try:
            return loader.construct_document(node), lines
        except (ValueError, OverflowError, TypeError, yaml.YAMLError) as error:  # e.g. an integer of 5,000 digits
            line = _failing_line(node, first_line)
            raise HeaderError(line, f"this value cannot be read ({str(error)[:80]}): put it in quotes") from None
    finally:
        loader.dispose()


def _check_events(raw: str, first_line: int) -> None:
    depth = 0
    for event in yaml.parse(raw, Loader=_LOADER):
        line = (event.start_mark.line if event.start_mark else 0) + first_line
        if isinstance(event, yaml.AliasEvent):
            raise HeaderError(line, "YAML aliases (*name) are not allowed in a header: write the value out")
        if getattr(event, "anchor", None):
            raise HeaderError(line, "YAML anchors (&name) are not allowed in a header: write the value out")
        tag = getattr(event, "tag", None)
        if tag and tag != "!":
            raise HeaderError(line, f"YAML tags ({tag}) are not allowed in a header: write plain values")
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise HeaderError(
                    line,
                    f"the header is nested more than {MAX_DEPTH} levels deep here; no field "
                    "needs more (a field, a list, a group of fields, a group within it)",
                )
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1


def _failing_line(node: yaml.Node, first_line: int) -> int | None:
    """The line of the first value that cannot be built on its own."""
    if isinstance(node, yaml.ScalarNode):
        try:
            _HeaderLoader("").construct_object(node, deep=True)
        except (ValueError, OverflowError, TypeError, yaml.YAMLError):
            return node.start_mark.line + first_line
        return None
    children = [v for pair in node.value for v in pair] if isinstance(node, yaml.MappingNode) else node.value
    return next((line for child in children if (line := _failing_line(child, first_line))), None)


def _walk(node: yaml.Node, path: Path_, lines: dict[Path_, int], first_line: int) -> None:
    """Record the line of every field and list entry; refuse duplicated and non-text field names."""
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key, value in node.value:
            line = key.start_mark.line + first_line
            if not isinstance(key, yaml.ScalarNode) or key.tag != _STR:
                shown = key.value if isinstance(key, yaml.ScalarNode) else "a list or group"
                raise HeaderError(
                    line, f"'{str(shown)[:40]}' cannot be a field name: field names are words such as title or sources"
                )
            if key.value == "<<":
                raise HeaderError(line, "YAML merge keys (<<) are not allowed in a header: write the fields out")
            if key.value in seen:
                raise HeaderError(
                    line,
                    f"the field '{key.value[:40]}' appears twice (also on line {seen[key.value]}): keep one of them",
                )
            seen[key.value] = line
            lines[(*path, key.value)] = line
            _walk(value, (*path, key.value), lines, first_line)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[(*path, index)] = item.start_mark.line + first_line
            _walk(item, (*path, index), lines, first_line)


def _yaml_error(error: yaml.YAMLError, first_line: int) -> HeaderError:
    """A YAML parser's complaint, said for someone editing a header by hand, at its file line."""
    mark = getattr(error, "problem_mark", None)
    context = getattr(error, "context_mark", None)
    reason = getattr(error, "problem", None) or str(error).splitlines()[0]
    line = mark.line + first_line if mark else None
    start = (
        f" (the problem may begin at line {context.line + first_line})"
        if context and mark and context.line < mark.line
        else ""
    )
    error_out = HeaderError(
        line,
        f"the header cannot be read: {advice(reason)}{start}. Nothing else in this file can "
        f"be checked until this is fixed [{reason}]",
    )
    error_out.context_line = context.line + first_line if context else None  # type: ignore[attr-defined]
    return error_out


def advice(reason: str) -> str:
    """What a YAML parser's complaint usually means for someone editing a header by hand."""
    if "mapping values are not allowed" in reason:
        return (
            'a value contains a colon: put the whole value in quotes, e.g. title: "Landkreis Börde: Bildungskonferenz"'
        )
    if "cannot start any token" in reason and "\\t" in reason:
        return "a tab character: indent with spaces only"
    if "end of stream" in reason or "quoted scalar" in reason:
        return "a quotation mark is not closed"
    if "expected key" in reason or "block end" in reason or "indicator" in reason:
        return "this line is indented differently from the lines it belongs to: align it with them"
    if "document start" in reason or "single document" in reason:
        return "a line '...' ends the header early: the header is everything between the first two lines '---'"
    if "control characters are not allowed" in reason or "special characters are not allowed" in reason:
        return "the header contains an invisible control character: delete it"
    return "check the indentation, colons and quotation marks on this line"
