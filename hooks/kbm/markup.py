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
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import markdown
from markdown.extensions.attr_list import get_attrs_and_remainder

from .policy import (
    ELEMENTS,
    MARKDOWN_ATTRIBUTES,
    OPTIONAL_END,
    VOID,
    attribute_problem,
    image_problem,
    link_problem,
    url_scheme,
)

# Tags are read as a browser's tokenizer reads them (HTML standard, 13.2.5): a tag runs to the first '>'
# outside a quoted attribute value, quotes count only after '=', and a tag that never ends swallows the rest.
_TAG_NAME = re.compile(r"</?([a-zA-Z][^\t\n\f\r />]*)")
_SPACE = re.compile(r"[\t\n\f\r /]*")
_ATTRIBUTE_NAME = re.compile(r"[^\t\n\f\r />][^\t\n\f\r />=]*")
_BEFORE_VALUE = re.compile(r"[\t\n\f\r ]*=[\t\n\f\r ]*")
_UNQUOTED = re.compile(r"[^\t\n\f\r >]*")
_COMMENT_END = re.compile(r"--!?>")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# Markdown autolinks: <https://…> and <name@host> (Python-Markdown's own patterns).
_AUTOLINK = re.compile(r"<((?:[Ff]|[Hh][Tt])[Tt][Pp][Ss]?://[^<>\s\"']{0,2000})>")
_AUTOMAIL = re.compile(r"<([^<> !\"'=/]{1,64}@[^@<> \"'=/]{1,255})>")
# Fenced code as Markdown reads it in every configuration: at the start of a line, at most a language
# name after it, closed by the same fence on a line of its own.
_FENCE = re.compile(r"^(`{3,}|~{3,})(?=[ ]*\.?[\w#.+-]*[ ]*$)", re.M)
# Markdown's attribute list: "{", an optional ":" and spaces, then everything up to the line's last "}".
_BRACE = re.compile(r"(?<!\\)\{")
_ATTR_LIST_START = re.compile(r"^:?[ ]*")
_NEWLINE = re.compile("\n")
_LINE_START = re.compile(r"^(?=[ ]{0,3}\[)", re.M)
_REFERENCE = re.compile(r"[ ]{0,3}\[([^\[\]\n]{1,1000})\]:[ ]*\n?[ ]*(<[^<>\n]{0,2000}>|\S{1,2000})", re.M)
# An image by reference: ![text][label], ![label][] or ![label]; labels may run over a line break.
_IMAGE_REFERENCE = re.compile(r"!\[([^\[\]]{0,1000})\](?:[ \t]?\n?[ \t]?\[([^\[\]]{0,1000})\])?")
# A link destination as Python-Markdown reads it: in <…>, or up to a space or an unbalanced ')'.
_DESTINATION = re.compile(
    r"[ \t]*\n?[ \t]*(?:<([^<>\n]{0,2000})>|((?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.){0,2000}\)){1,2000}))"
)
_REFERENCE_LABEL = re.compile(r"^[ ]{0,3}\[[^\[\]\n]{1,100}\]:$")
_DEFINITION_BEFORE_FENCE = re.compile(r"^[ ]{0,3}\[([^\[\]\n]{1,1000})\]:[ \t]*\n[ \t]*(?:`{3,}|~{3,})", re.M)
_NOT_NEWLINE = re.compile(r"[^\n]")
_PARAGRAPHS = re.compile(r"(?<=\n)(?=[ \t]*\n)")
_RISKY = re.compile(r"[<{\]]")
# Larger pages are not converted to settle what is code: their doubtful spans count as HTML.
_VERIFIABLE = 50_000
_INLINE_CODE = re.compile(r"(?<!<pre>)(?<!</span>)<code>(.*?)</code>", re.S)
_BRACKET = re.compile(r"\\.|[\[\]]")
_BACKTICKS = re.compile(r"`+")


def _run(pattern: re.Pattern[str], text: str, pos: int) -> tuple[str, int]:
    """What ``pattern`` matches at ``pos`` and where that ends; a character where it matches nothing, so that
    reading always moves on (the patterns used here match at every place they are used)."""
    match = pattern.match(text, pos)
    return (match.group(), match.end()) if match else (text[pos : pos + 1], pos + 1)


# What can start code or markup: a '<' only before a letter, '/', '!' or '?' (else it is text).
_SPECIAL = re.compile(r"[`\\]|<(?=[a-zA-Z/!?])")
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])")
# Elements Python-Markdown reads as blocks of their own when they start a line (md_in_html works on these).
_BLOCK_LEVEL = frozenset(markdown.Markdown().block_level_elements)
# Elements whose content a browser reads as text up to their closing tag.
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"})
# Elements whose very name says what they would do on a public body's page.
_ACTIVE = {
    "script": "run code",
    "iframe": "embed other sites",
    "frame": "embed other sites",
    "object": "embed other sites",
    "embed": "embed other sites",
    "form": "collect input",
    "button": "collect input",
    "textarea": "collect input",
    "select": "collect input",
    "style": "restyle the site",
    "link": "load files from elsewhere",
    "base": "redirect the site's own files",
    "meta": "redirect or reconfigure the page",
    "svg": "run code",
    "math": "run code",
    "video": "load media from elsewhere",
    "audio": "load media from elsewhere",
    "source": "load media from elsewhere",
    "picture": "load images from elsewhere",
    "template": "hide content",
}


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


# Deeper nesting than this makes Markdown's conversion run out of stack; no page needs it.
MAX_NESTING = 32
# No page needs more tags and links than this; reading stops there, so that no page can make it slow.
MARKUP_BUDGET = 5000
_FINDINGS = 200  # reading also stops after this many problems in one page
_PER_TAG = 5
_TOO_MUCH = (
    f"this page holds more than {MARKUP_BUDGET:,} HTML tags and links, more than any page needs: split it "
    "(it is not checked further, so it cannot be published as it is)"
)


@dataclass
class Reading:
    findings: list[Finding] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    budget: int = MARKUP_BUDGET


def written_elements() -> str:
    return ", ".join(sorted(name for name, element in ELEMENTS.items() if element.written))


def read_markdown(text: str, convert: Callable[[str], str] | None = None) -> Reading:
    """Everything a contributor's Markdown puts into HTML, code excepted, checked against the allow-list.

    ``convert`` is the site's Markdown conversion; it settles, where needed, what Markdown takes for code.
    """
    reading = Reading()
    # A link definition whose address would be the code block on the next line: Markdown takes the block's
    # HTML for the address.
    for match in _DEFINITION_BEFORE_FENCE.finditer(text):
        label = match.group(1)
        reading.findings.append(
            Finding(match.start(), f"the link definition [{label}] has no address: write it after '[{label}]: '")
        )
    masked = _mask_fences(text)
    masked = _read_html(masked, reading, source=True, convert=convert or _default_convert())
    _read_attribute_lists(masked, reading)
    _read_markdown_links(masked, reading)
    reading.findings.sort(key=lambda f: f.offset)
    return reading


def read_html(text: str, site: bool = True) -> list[Finding]:
    """Everything in a finished page's HTML that the allow-list does not allow; ``site`` allows the attributes
    only the site's own HTML may carry."""
    reading = Reading()
    _read_html(text, reading, source=False, site=site)
    return reading.findings


@lru_cache(maxsize=1)
def _default_convert() -> Callable[[str], str]:
    """Markdown with the extensions the site uses, for callers that do not pass the site's own."""
    converter = markdown.Markdown(
        extensions=["toc", "tables", "attr_list", "md_in_html", "footnotes", "abbr", "def_list", "admonition"]
    )

    def convert(text: str) -> str:
        converter.reset()
        return converter.convert(text)

    return convert


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each [start, end) replaced by spaces, line breaks kept, so offsets and lines stay."""
    parts, last = [], 0
    for start, end in sorted(spans):
        start = max(start, last)
        if end <= start:
            continue
        parts += [text[last:start], _NOT_NEWLINE.sub(" ", text[start:end])]
        last = end
    return "".join(parts) + text[last:]


def _mask_fences(text: str) -> str:
    """Fenced code blocks blanked out: their content is shown as code, never read as HTML.

    A fence that is never closed is no code block for Markdown either, so it stays.
    """
    fences = [(m.start(), m.group(1), m.end()) for m in _FENCE.finditer(text)]
    # Where each fence could close: lines holding the same fence and nothing else, by fence.
    closers: dict[str, list[int]] = {}
    for start, fence, end in fences:
        line_end = text.find("\n", end)
        if not text[end : len(text) if line_end < 0 else line_end].strip(" \t"):
            closers.setdefault(fence, []).append(start)
    spans, covered = [], -1
    for start, fence, _ in fences:
        if start <= covered:
            continue
        candidates = closers.get(fence, [])
        later = bisect.bisect_right(candidates, start)
        if later == len(candidates):
            continue
        close = candidates[later]
        covered = close + len(fence)
        spans.append((start, covered))
    return _blanked(text, spans)


def _read_html(
    text: str, reading: Reading, *, source: bool, convert: Callable[[str], str] | None = None, site: bool = True
) -> str:
    """Check every tag and comment; returns the text with code spans, tags and comments blanked out.

    In a contributor's source, backticks make code only outside HTML elements (inside a raw HTML block
    Markdown leaves them as they are, so what they enclose is HTML there).
    """
    stack: list[tuple[str, int]] = []
    pos = 0
    blanks: list[tuple[int, int]] = []
    spans = _CodeSpans(text, convert)
    while True:
        found = _SPECIAL.search(text, pos)
        if not found:
            break
        pos = found.start()
        char = text[pos]
        markdown = source and not stack
        if char == "\\":
            # Markdown's backslash escapes a backtick, never a '<' (which it does not list as escapable).
            pos += 2 if markdown and text[pos + 1 : pos + 2] in ("`", "\\") else 1
            continue
        if char == "`":
            end = spans.end(pos) if markdown else None
            if end is None:
                pos = _run(_BACKTICKS, text, pos)[1]
                continue
            blanks.append((pos, end))
            pos = end
            continue
        if source:  # a finished page is as long as it is; a source is read within the budget
            reading.budget -= 1
            if reading.budget < 0 or len(reading.findings) > _FINDINGS:
                reading.findings.append(Finding(pos, _TOO_MUCH))
                break
        pos = _read_angle(text, pos, stack, reading, source, blanks, site)
    for name, offset in stack if source else ():
        if name not in OPTIONAL_END:
            reading.findings.append(
                Finding(
                    offset,
                    f"<{name}> is never closed: add </{name}>, or everything after it "
                    "(the sources the site adds included) would be swallowed",
                )
            )
    if spans.relied:
        # Code was taken as Markdown takes it: what Markdown makes of the page is checked as well.
        for finding in read_html(spans.converted, site=False):
            reading.findings.append(Finding(_locate(text, spans.converted, finding.offset), finding.message))
    return _blanked(text, blanks)


def _locate(source: str, converted: str, offset: int) -> int:
    """Where in the source the tag at ``offset`` of the converted page was written, as near as can be told."""
    tag = _TAG_NAME.match(converted, offset)
    found = source.find(tag.group(0)) if tag else -1
    return max(found, 0)


class _CodeSpans:
    """Where Markdown code spans end: a run of backticks closes at the next run of the same length in its
    paragraph, as Python-Markdown pairs them.

    A span whose content could be markup ('<', '{', ']') is taken for code only where Markdown itself, in
    ``convert``'s output, made code of that content: the paragraphs guessed from blank lines may be cut
    differently by Markdown (a list item ends a paragraph too), and what is masked is never checked.
    """

    def __init__(self, text: str, convert: Callable[[str], str] | None) -> None:
        self.text = text
        self.convert = convert
        self.pairs: dict[int, int] = {}
        self.verified: Counter[str] | None = None
        self.converted = ""
        self.relied = False  # whether a span was taken for code on Markdown's word
        offset = 0
        for part in _PARAGRAPHS.split(text):
            runs = [
                (m.start() + offset, len(m.group())) for m in _BACKTICKS.finditer(part) if not _escaped(part, m.start())
            ]
            by_length: dict[int, list[int]] = {}
            for index, (_, length) in enumerate(runs):
                by_length.setdefault(length, []).append(index)
            index = 0
            while index < len(runs):
                start, length = runs[index]
                same = by_length[length]
                later = bisect.bisect_right(same, index)
                if later == len(same):
                    index += 1
                    continue
                closing = same[later]
                self.pairs[start] = runs[closing][0] + length
                index = closing + 1
            offset += len(part)

    def end(self, start: int) -> int | None:
        end = self.pairs.get(start)
        if end is None:
            return None
        run = _run(_BACKTICKS, self.text, start)[1] - start
        content = self.text[start + run : end - run]
        if not _RISKY.search(content):
            return end
        if self.verified is None:
            self.verified = Counter()
            if self.convert and len(self.text) <= _VERIFIABLE:
                try:
                    self.converted = self.convert(self.text)
                except RecursionError:
                    self.converted = ""
                self.verified = Counter(html.unescape(m) for m in _INLINE_CODE.findall(self.converted))
        if self.verified[content.strip()] > 0:
            self.verified[content.strip()] -= 1
            self.relied = True
            return end
        return None


def _escaped(text: str, index: int) -> bool:
    """Whether the character at ``index`` follows an odd number of backslashes."""
    count = 0
    while index - count - 1 >= 0 and text[index - count - 1] == "\\":
        count += 1
    return count % 2 == 1


def _read_angle(
    text: str,
    pos: int,
    stack: list[tuple[str, int]],
    reading: Reading,
    source: bool,
    blanks: list[tuple[int, int]],
    site: bool = True,
) -> int:
    """Read what starts with '<' at ``pos``; returns where reading goes on."""
    add = reading.findings.append
    if text.startswith("<!--", pos):
        closing = _COMMENT_END.search(text, pos + 2)  # '<!-->' and '<!--->' are whole comments
        if closing is None:
            add(
                Finding(
                    pos,
                    "an HTML comment <!-- is never closed: add --> where it ends, or everything after it "
                    "disappears from the page",
                )
            )
            blanks.append((pos, len(text)))
            return len(text)
        if source and not stack and ("<!--" in text[pos + 4 : closing.start()] or "`" in text[pos : closing.start()]):
            return pos + 1  # Markdown may not take this for a comment ('<!--' or a code span inside): read on in it
        line_start = text.rfind("\n", 0, pos) + 1
        inline = text[line_start:pos].strip() != ""
        if source and not stack and inline and _BLANK_LINE.search(text, pos, closing.start()):
            return pos + 1  # a comment begun inside a paragraph ends with it: Markdown shows '<!--' as text
        blanks.append((pos, closing.end()))
        return closing.end()
    if text.startswith("</", pos) and not _TAG_NAME.match(text, pos) and not text.startswith("</>", pos):
        end = text.find(">", pos)
        add(Finding(pos, "'</' not followed by a name starts a hidden comment in HTML: write &lt;/ for the characters"))
        end = len(text) if end < 0 else end + 1
        blanks.append((pos, end))
        return end
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
    tag = _read_tag(text, pos)
    if tag is None:
        return pos + 1  # a '<' that starts no tag is text
    name, attributes, tag_end = tag
    if tag_end < 0:
        add(
            Finding(
                pos,
                f"the tag <{name[:20]}…> never ends ('>' or a closing quotation mark is missing): "
                "everything after it would disappear from the page (write &lt; for a '<' in text)",
            )
        )
        blanks.append((pos, len(text)))
        return len(text)
    # Markdown reads no '<' inside an inline tag: it escapes the first '<' and reads on from the next one.
    # Both readings are checked, the browser's (this tag) and Markdown's (what follows from pos + 1).
    inner = source and "<" in text[pos + 1 : tag_end]
    if text.startswith("</", pos):
        _close(name, pos, stack, reading if source else Reading())  # finished HTML: only safety counts
    else:
        _check_start(name, attributes, pos, reading, source, text, site and not source)
        if name not in VOID and name in ELEMENTS:
            stack.append((name, pos))
            if len(stack) > MAX_NESTING:
                add(
                    Finding(
                        pos,
                        f"HTML elements are nested more than {MAX_NESTING} deep here: no page needs that; "
                        "flatten it (it is not checked further)",
                    )
                )
                blanks.append((pos, len(text)))
                stack.clear()
                return len(text)
        elif name in _RAW_TEXT:  # its content is not HTML: skip it with the element
            closing = re.compile(rf"</{re.escape(name)}[\t\n\f\r />]", re.I).search(text, tag_end)
            end = len(text) if closing is None else (_read_tag(text, closing.start()) or ("", [], -1))[2]
            end = len(text) if end < 0 else end
            blanks.append((pos, end))
            return end
    if inner:
        # Markdown would escape every '<' up to the last one inside: only from there can it read a tag.
        return text.rfind("<", pos + 1, tag_end)
    blanks.append((pos, tag_end))
    return tag_end


def _after_link_opening(text: str, pos: int) -> bool:
    """Whether '<' at ``pos`` follows a link's "](" or a reference definition's "[label]:" (spaces and one line
    break between)."""
    if text[pos - 2 : pos] == "](":
        return True
    if text[pos - 1 : pos] not in (" ", "\t", "\n", ":"):
        return False
    start = max(0, pos - 200)
    before = text[start:pos].rstrip(" \t")
    if before.endswith("\n"):
        before = before[:-1].rstrip(" \t")
    return before.endswith("](") or bool(_REFERENCE_LABEL.search(before[before.rfind("\n") + 1 :]))


def _read_tag(text: str, pos: int) -> tuple[str, list[tuple[str, str | None]], int] | None:
    """(lower-case name, attributes with their decoded values, end) of the tag at ``pos``; end is -1 for a tag
    that never ends; None where '<' starts no tag."""
    match = _TAG_NAME.match(text, pos)
    if not match:
        return None
    name, at = match.group(1).lower(), match.end()
    attributes: list[tuple[str, str | None]] = []
    while True:
        at = _run(_SPACE, text, at)[1]
        if at >= len(text):
            return name, attributes, -1
        if text[at] == ">":
            return name, attributes, at + 1
        key, at = _run(_ATTRIBUTE_NAME, text, at)
        key = key.lower()
        equals = _BEFORE_VALUE.match(text, at)
        if not equals:
            attributes.append((key, None))
            continue
        at = equals.end()
        quote = text[at : at + 1]
        if quote in ('"', "'"):
            close = text.find(quote, at + 1)
            if close < 0:
                return name, attributes, -1
            attributes.append((key, html.unescape(text[at + 1 : close])))
            at = close + 1
        else:
            value, at = _run(_UNQUOTED, text, at)
            attributes.append((key, html.unescape(value)))


def _close(name: str, pos: int, stack: list[tuple[str, int]], reading: Reading) -> None:
    if name in VOID:
        return
    if not any(open_name == name for open_name, _ in stack):
        if name in ELEMENTS:
            reading.findings.append(Finding(pos, f"</{name}> closes nothing: there is no <{name}> open here"))
        return  # the closing tag of an element pages may not use: its opening tag is reported
    while stack:
        open_name, offset = stack.pop()
        if open_name == name:
            return
        if open_name not in OPTIONAL_END:
            reading.findings.append(
                Finding(offset, f"<{open_name}> is not closed before </{name}>: add </{open_name}>")
            )


def _check_start(
    name: str, attributes: list[tuple[str, str | None]], pos: int, reading: Reading, source: bool, text: str, site: bool
) -> None:
    add = reading.findings.append
    element = ELEMENTS.get(name)
    if element is None:
        doing = _ACTIVE.get(name)
        if doing:
            add(Finding(pos, f"<{name}> is not allowed: pages may not {doing}"))
        elif source and _after_link_opening(text, pos):
            # Markdown takes [text](<address>) for a link only where the brackets pair up; checked as HTML.
            add(
                Finding(
                    pos,
                    "write a link's address without angle brackets, [text](address), so that it is not read as HTML",
                )
            )
        else:
            add(Finding(pos, f"<{name}> is not an element pages may use. Allowed HTML: {written_elements()}"))
        return
    reported = 0
    for key, value in attributes:
        if source and key in MARKDOWN_ATTRIBUTES:
            line_begin = text.rfind("\n", max(0, pos - 200), pos)
            line_start = (line_begin >= 0 or pos <= 200) and not text[line_begin + 1 : pos].strip()
            if not (line_start and name in _BLOCK_LEVEL):
                add(
                    Finding(
                        pos,
                        "markdown= works only on a block element (such as <div> or <details>) that starts "
                        "a line: delete it here",
                    )
                )
            continue
        problem = attribute_problem(name, key, value, site=site)
        if (
            problem is None
            and source
            and key == "href"
            and value
            and url_scheme(value) is None
            and not value.startswith("#")
        ):
            problem = (
                f"the link to '{value}' is written in HTML, where the site cannot check it: write it in "
                "Markdown, [text](file.md)"
            )
        if problem:
            add(Finding(pos, problem))
            reported += 1
            if reported == _PER_TAG:
                break  # a tag with this many bad attributes is refused already; listing more helps nobody
    if source and not element.written:
        add(Finding(pos, f"<{name}> is not written by hand: {element.advice}"))


def _read_attribute_lists(text: str, reading: Reading) -> None:
    """Attribute lists ({: … }) may give an element an id and classes, nothing else.

    Markdown reads an attribute list from a '{' to the last '}' of its line; every '{' is taken as a
    possible start, since where Markdown applies a list depends on what stands before it.
    """
    last_brace: dict[int, int] = {}
    line_ends = [m.start() for m in _NEWLINE.finditer(text)] + [len(text)]
    for match in _BRACE.finditer(text):
        start = match.start()
        line_end = line_ends[bisect.bisect_left(line_ends, start)]
        if line_end not in last_brace:
            last_brace[line_end] = text.rfind("}", 0, line_end)
        end = last_brace[line_end]
        if end <= start:
            continue
        reading.budget -= 1
        if reading.budget < 0:
            reading.findings.append(Finding(start, _TOO_MUCH))
            return
        inner = _ATTR_LIST_START.sub("", text[start + 1 : min(end, start + 2001)])
        if not inner or inner[0] in " }":
            continue
        if end - start > 2000:
            reading.findings.append(
                Finding(
                    start,
                    "what follows this '{' on its line is too long to be checked as an "
                    "attribute list: write \\{ for the character",
                )
            )
            continue
        attributes, _ = get_attrs_and_remainder(inner.rstrip())
        for key, value in attributes:
            if key == ".":
                problem = attribute_problem("span", "class", value)
            elif key == "id":
                problem = attribute_problem("span", "id", value)
            else:
                problem = (
                    f"'{{{inner.strip()[:60]}}}' would give the element the attribute '{key}': only #id "
                    "and .class are allowed in braces (write \\{ and \\} for the characters themselves)"
                )
            if problem:
                reading.findings.append(Finding(start, problem))
                break


def _read_markdown_links(text: str, reading: Reading) -> None:
    """The target of every Markdown link and image: allowed addresses, and relative ones to check later."""
    image_labels = {_label(m.group(2) or m.group(1)) for m in _IMAGE_REFERENCE.finditer(text)}
    for line in _LINE_START.finditer(text):  # each line on its own: a definition may end where the next begins
        match = _REFERENCE.match(text, line.start())
        if match is None:
            continue
        reading.budget -= 1
        if reading.budget < 0:
            reading.findings.append(Finding(match.start(), _TOO_MUCH))
            return
        label = match.group(1)
        if label.startswith("^"):
            continue  # a footnote
        _check_target(match.start(2), match.group(2), _label(label) in image_labels, reading)
    openers = _bracket_openers(text)
    pos = 0
    while (pos := text.find("](", pos)) >= 0:
        reading.budget -= 1
        if reading.budget < 0:
            reading.findings.append(Finding(pos, _TOO_MUCH))
            break
        opener = openers.get(pos)
        image = opener is not None and opener > 0 and text[opener - 1] == "!"
        match = _DESTINATION.match(text, pos + 2)
        if match and (match.group(1) is not None or match.group(2)):
            group = 1 if match.group(1) is not None else 2
            _check_target(match.start(group), match.group(group), image, reading)
        pos += 2


def _label(text: str) -> str:
    """A reference label as Markdown matches it: case and runs of white space do not count."""
    return " ".join(text.split()).casefold()


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
