"""Reading the HTML, attribute lists and link targets in a page, against the allow-list of policy.py.

The same reader serves two places. The validator reads a page's Markdown source (code excepted), so that
every refusal names its line; the build reads the HTML each page finally gets, so that nothing the
validator missed reaches a reader unreported. Offsets are positions in the text given; callers turn them
into lines.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass, field

from markdown.extensions.attr_list import get_attrs_and_remainder

from .policy import (ELEMENTS, MARKDOWN_ATTRIBUTES, OPTIONAL_END, VOID, attribute_problem, image_problem, link_problem,
                     url_scheme)

# Tag syntax as an HTML parser reads it; quoted values may contain '>'.
# Every repetition is bounded or stops at the next '<', so that no input makes reading slow.
_NAME = r"[a-zA-Z][^\t\n\r\f />\x00<>\"'=]{0,63}"
_START = re.compile(rf"<({_NAME})((?:[^>\"'<]|\"[^\"]{{0,2000}}\"|'[^']{{0,2000}}'){{0,2000}})>")
_END = re.compile(rf"</({_NAME})[^<>]{{0,2000}}>")
_TAG_OPEN = re.compile(rf"</?{_NAME}")
_ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
_COMMENT_END = re.compile(r"--!?>")
# Markdown autolinks: <https://…> and <name@host> (Python-Markdown's own patterns).
_AUTOLINK = re.compile(r"<((?:[Ff]|[Hh][Tt])[Tt][Pp][Ss]?://[^<>\s\"']{0,2000})>")
_AUTOMAIL = re.compile(r"<([^<> !\"'=/]{1,64}@[^@<> \"'=/]{1,255})>")
_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_ATTR_LIST = re.compile(r"\{:?[ ]*([^\}\n{ ][^\}\n{]{0,2000})\}")
_REFERENCE = re.compile(r"^[ ]{0,3}\[([^\[\]\n]{1,1000})\]:[ ]*\n?[ ]*(<[^<>\n]{0,2000}>|\S{1,2000})", re.M)
_IMAGE_REFERENCE = re.compile(r"!\[([^\[\]\n]*)\]\[([^\[\]\n]*)\]")
# A link destination as Python-Markdown reads it: in <…>, or up to a space or an unbalanced ')'.
_DESTINATION = re.compile(r"[ \t]*\n?[ \t]*(?:<([^<>\n]{0,2000})>|((?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.){0,2000}\)){1,2000}))")
_BRACKET = re.compile(r"\\.|[\[\]]")
_BACKTICKS = re.compile(r"`+")
_SPECIAL = re.compile(r"[`<\\]")
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])")
# Elements whose content a browser reads as text up to their closing tag.
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"})
# Elements whose very name says what they would do on a public body's page.
_ACTIVE = {"script": "run code", "iframe": "embed other sites", "frame": "embed other sites",
           "object": "embed other sites", "embed": "embed other sites", "form": "collect input",
           "button": "collect input", "textarea": "collect input", "select": "collect input",
           "style": "restyle the site", "link": "load files from elsewhere", "base": "redirect the site's own files",
           "meta": "redirect or reconfigure the page", "svg": "run code", "math": "run code",
           "video": "load media from elsewhere", "audio": "load media from elsewhere",
           "source": "load media from elsewhere", "picture": "load images from elsewhere",
           "template": "hide content"}


@dataclass(frozen=True)
class Finding:
    offset: int
    message: str


@dataclass(frozen=True)
class Link:
    """A relative link target written in Markdown, to be checked against the site's files."""

    offset: int
    target: str
    image: bool


@dataclass
class Reading:
    findings: list[Finding] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)


def written_elements() -> str:
    return ", ".join(sorted(name for name, element in ELEMENTS.items() if element.written))


def read_markdown(text: str) -> Reading:
    """Everything a contributor's Markdown puts into HTML, code excepted, checked against the allow-list."""
    masked = _mask_fences(text)
    reading = Reading()
    masked = _read_html(masked, reading, source=True)
    _read_attribute_lists(masked, reading)
    _read_markdown_links(masked, reading)
    reading.findings.sort(key=lambda f: f.offset)
    return reading


def read_html(text: str) -> list[Finding]:
    """Everything in a finished page's HTML that the allow-list does not allow (the site's own HTML included)."""
    reading = Reading()
    _read_html(text, reading, source=False)
    return reading.findings


def _blank(text: str, start: int, end: int) -> str:
    """The text with [start, end) replaced by spaces, line breaks kept, so offsets and lines stay."""
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


def _mask_fences(text: str) -> str:
    """Fenced code blocks blanked out: their content is shown as code, never read as HTML.

    A fence that is never closed is no code block for Markdown either, so it stays.
    """
    lines = text.split("\n")
    out, index = [], 0
    while index < len(lines):
        match = _FENCE.match(lines[index])
        if match:
            fence = match.group(1)
            close = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
            end = next((j for j in range(index + 1, len(lines)) if close.match(lines[j])), None)
            if end is not None:
                out += [" " * len(line) for line in lines[index:end + 1]]
                index = end + 1
                continue
        out.append(lines[index])
        index += 1
    return "\n".join(out)


def _read_html(text: str, reading: Reading, *, source: bool) -> str:
    """Check every tag and comment; returns the text with code spans, tags and comments blanked out.

    In a contributor's source, backticks make code only outside HTML elements (inside a raw HTML block
    Markdown leaves them as they are, so what they enclose is HTML there).
    """
    stack: list[tuple[str, int]] = []
    pos = 0
    blanks: list[tuple[int, int]] = []
    spans = _CodeSpans(text)
    while True:
        found = _SPECIAL.search(text, pos)
        if not found:
            break
        pos = found.start()
        char = text[pos]
        markdown = source and not stack
        if char == "\\":
            # Markdown's backslash escapes a backtick, never a '<' (which it does not list as escapable).
            pos += 2 if markdown and text[pos + 1:pos + 2] in ("`", "\\") else 1
            continue
        if char == "`":
            end = spans.end(pos) if markdown else None
            if end is None:
                pos = _BACKTICKS.match(text, pos).end()
                continue
            blanks.append((pos, end))
            pos = end
            continue
        pos = _read_angle(text, pos, stack, reading, source, blanks)
    for name, offset in stack:
        if name not in OPTIONAL_END:
            reading.findings.append(Finding(offset, f"<{name}> is never closed: add </{name}>, or everything after it "
                                                    "(the sources the site adds included) would be swallowed"))
    for start, end in reversed(blanks):
        text = _blank(text, start, end)
    return text


class _CodeSpans:
    """Where Markdown code spans end: a run of backticks closed by a run of the same length on its line."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: dict[int, dict[int, list[int]]] = {}

    def end(self, start: int) -> int | None:
        line_start = self.text.rfind("\n", 0, start) + 1
        runs = self.lines.get(line_start)
        if runs is None:
            line_end = self.text.find("\n", start)
            line_end = len(self.text) if line_end < 0 else line_end
            runs = {}
            for match in _BACKTICKS.finditer(self.text, line_start, line_end):
                runs.setdefault(len(match.group()), []).append(match.start())
            self.lines[line_start] = runs
        run = _BACKTICKS.match(self.text, start).end() - start
        starts = runs.get(run, [])
        later = bisect.bisect_right(starts, start)
        return starts[later] + run if later < len(starts) else None


def _read_angle(text: str, pos: int, stack: list[tuple[str, int]], reading: Reading, source: bool,
                blanks: list[tuple[int, int]]) -> int:
    """Read what starts with '<' at ``pos``; returns where reading goes on."""
    add = reading.findings.append
    if text.startswith("<!--", pos):
        end = _COMMENT_END.search(text, pos + 4)
        if end is None:
            add(Finding(pos, "an HTML comment <!-- is never closed: add --> where it ends, or everything after it "
                             "disappears from the page"))
            blanks.append((pos, len(text)))
            return len(text)
        blanks.append((pos, end.end()))
        return end.end()
    if text.startswith(("<!", "<?"), pos):
        end = text.find(">", pos)
        add(Finding(pos, "declarations and processing instructions (<!…>, <?…>) are not allowed in a page"))
        end = len(text) if end < 0 else end + 1
        blanks.append((pos, end))
        return end
    if source and not stack:
        for pattern, mail in ((_AUTOLINK, False), (_AUTOMAIL, True)):
            match = pattern.match(text, pos)
            if match:
                problem = None if mail else link_problem(html.unescape(match.group(1)))
                if problem:
                    add(Finding(pos, problem))
                blanks.append((pos, match.end()))
                return match.end()
    match = _END.match(text, pos) or _START.match(text, pos)
    if not match:
        opened = _TAG_OPEN.match(text, pos)
        if opened and text.find(">", opened.end()) >= 0 and text.find("<", opened.end()) != opened.end():
            closing = text.find(">", opened.end())
            nearer = text.find("<", opened.end())
            if nearer < 0 or closing < nearer:
                add(Finding(pos, "this HTML tag is too long to be checked: shorten it (write &lt; for a '<' in text)"))
                blanks.append((pos, closing + 1))
                return closing + 1
        return pos + 1  # a '<' that starts no tag is text
    name = match.group(1).lower()
    if text.startswith("</", pos):
        _close(name, pos, stack, reading)
    else:
        _check_start(name, match.group(2), pos, reading, source)
        if name not in VOID and name in ELEMENTS:
            stack.append((name, pos))
        elif name in _RAW_TEXT:  # its content is not HTML: skip it with the element
            closing = re.compile(rf"</{name}\b", re.I).search(text, match.end())
            end = closing.start() if closing else len(text)
            blanks.append((pos, end))
            return end
    blanks.append((pos, match.end()))
    return match.end()


def _close(name: str, pos: int, stack: list[tuple[str, int]], reading: Reading) -> None:
    if name in VOID:
        return
    if not any(open_name == name for open_name, _ in stack):
        if name in ELEMENTS:
            reading.findings.append(Finding(pos, f"</{name}> closes nothing: there is no <{name}> open here"))
        return
    while stack:
        open_name, offset = stack.pop()
        if open_name == name:
            return
        if open_name not in OPTIONAL_END:
            reading.findings.append(Finding(offset, f"<{open_name}> is not closed before </{name}>: add </{open_name}>"))


def _check_start(name: str, attributes: str, pos: int, reading: Reading, source: bool) -> None:
    add = reading.findings.append
    element = ELEMENTS.get(name)
    if element is None:
        doing = _ACTIVE.get(name)
        if doing:
            add(Finding(pos, f"<{name}> is not allowed: pages may not {doing}"))
        else:
            add(Finding(pos, f"<{name}> is not an element pages may use. Allowed HTML: {written_elements()}"))
        return
    for attribute in _ATTRIBUTE.finditer(attributes):
        key = attribute.group(1).lower()
        raw = next((v for v in attribute.group(2, 3, 4) if v is not None), None)
        value = html.unescape(raw) if raw is not None else None
        if source and key in MARKDOWN_ATTRIBUTES:
            continue
        problem = attribute_problem(name, key, value, site=not source)
        if problem is None and source and key == "href" and value and url_scheme(value) is None \
                and not value.startswith("#"):
            problem = (f"the link to '{value}' is written in HTML, where the site cannot check it: write it in "
                       "Markdown, [text](file.md)")
        if problem:
            add(Finding(pos, problem))
    if source and not element.written:
        add(Finding(pos, f"<{name}> is not written by hand: {element.advice}"))


def _read_attribute_lists(text: str, reading: Reading) -> None:
    """Attribute lists ({: … }) may give an element an id and classes, nothing else."""
    for match in _ATTR_LIST.finditer(text):
        attributes, _ = get_attrs_and_remainder(match.group(1).rstrip())
        for key, value in attributes:
            if key == ".":
                problem = attribute_problem("span", "class", value)
            elif key == "id":
                problem = attribute_problem("span", "id", value)
            else:
                problem = (f"'{{{match.group(1).strip()}}}' would give the element the attribute '{key}': only #id "
                           "and .class are allowed in braces (write \\{ and \\} for the characters themselves)")
            if problem:
                reading.findings.append(Finding(match.start(), problem))
                break


def _read_markdown_links(text: str, reading: Reading) -> None:
    """The target of every Markdown link and image: allowed addresses, and relative ones to check later."""
    image_labels = {(m.group(2) or m.group(1)).casefold() for m in _IMAGE_REFERENCE.finditer(text)}
    for match in _REFERENCE.finditer(text):
        label = match.group(1)
        if label.startswith("^"):
            continue  # a footnote
        _check_target(match.start(2), match.group(2), label.casefold() in image_labels, reading)
    openers = _bracket_openers(text)
    pos = 0
    while (pos := text.find("](", pos)) >= 0:
        opener = openers.get(pos)
        image = opener is not None and opener > 0 and text[opener - 1] == "!"
        match = _DESTINATION.match(text, pos + 2)
        if match and (match.group(1) is not None or match.group(2)):
            group = 1 if match.group(1) is not None else 2
            _check_target(match.start(group), match.group(group), image, reading)
        pos += 2


def _bracket_openers(text: str) -> dict[int, int]:
    """For every ']' the '[' it closes (backslash-escaped brackets are text)."""
    openers, stack = {}, []
    for match in _BRACKET.finditer(text):
        if match.group() == "[":
            stack.append(match.start())
        elif match.group() == "]" and stack:
            openers[match.start()] = stack.pop()
    return openers


def _check_target(offset: int, raw: str, image: bool, reading: Reading) -> None:
    target = html.unescape(_MARKDOWN_ESCAPE.sub(r"\1", raw.strip("<>")))
    problem = image_problem(target) if image else link_problem(target)
    if problem:
        reading.findings.append(Finding(offset, problem))
    elif url_scheme(target) is None:
        reading.links.append(Link(offset, target, image))
