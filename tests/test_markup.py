"""The allow-list as the validator reads a page's Markdown, and as the build checks and sanitizes its HTML."""

import html
import re
from pathlib import Path

import nh3
import pytest
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from kbm.links import markdown_converter
from kbm.markup import read_html, read_markdown
from kbm.render import escape
from kbm.sanitize import sanitize

CONVERT = markdown_converter(ROOT / "mkdocs.yml")

LEGITIMATE = """\
Die Drucksache 17/2345 nennt 2.300 Teilnehmende und 1.200 Plätze; Stand 01.02.2023.

| Jahr | Stellen | Quelle |
|:-----|-------:|:------:|
| 2015 | 2 | [Beschluss](https://www.kreis.example/beschluss?id=5&x=1#top) |

Ein Satz mit Fußnote[^1] und einer HTML-Abkürzung.

[^1]: Die Fußnote nennt den Kreistag.

*[HTML]: Hypertext Markup Language

!!! note "Hinweis"
    Ein Hinweis mit **Betonung**.

??? info "Mehr dazu"
    Aufklappbarer Text.

- [x] erledigt
- [ ] offen

Begriff
:   Erklärung des Begriffs.

Im Text nennt `<script>` ein Element, ebenso ``<iframe src="x">``; und so:

```html
<script>alert("nur Code")</script>
<img src="https://tracker.example/p.gif" onerror="x">
```

<div class="grid cards" markdown>
- **Karte** mit [Link](../bausteine/koordination.md#umsetzung)
</div>

Zum [Abschnitt](#ausgangslage), zur [Seite](../ueber.md) und nach <https://www.bmbf.de/bekanntmachung?nr=1>.

<details markdown="1"><summary>Zusammenfassung</summary>

Text mit <abbr title="Amtlicher Gemeindeschlüssel">AGS</abbr>, <sub>1</sub>, <sup>2</sup>, <kbd>Strg</kbd>.
</details>

## Ausgangslage {#ausgangslage .wichtig}
"""


def test_legitimate_markdown_passes_and_keeps_all_its_text_through_the_sanitizer():
    assert [f.message for f in read_markdown(LEGITIMATE).findings] == []
    converted = CONVERT(LEGITIMATE)
    assert read_html(converted) == []
    assert _text(sanitize(converted)) == _text(converted)
    for kept in (
        "<table>",
        'class="footnote"',
        "<abbr",
        'class="admonition note"',
        "<details",
        'type="checkbox"',
        "<dl>",
        "&lt;script&gt;",
        'class="grid cards"',
        'style="text-align:',
        'id="ausgangslage"',
    ):
        assert kept in sanitize(converted), kept


@pytest.mark.parametrize(
    "text, message",
    [
        ("<svg/onload=alert(1)>", "<svg> is not allowed"),
        ("<a href='https://x.de'\n   onmouseover='alert(1)'>x</a>", "onmouseover= is not allowed"),
        ('Absatz\n{: onclick="alert(1)" }', "attribute 'onclick'"),
        ('Absatz\n{: style="background:url(https://t.example/p)" }', "attribute 'style'"),
        ("[x](&#106;avascript:alert(1))", "javascript: addresses"),
        ("[x](java&#9;script:alert(1))", "javascript: addresses"),
        ("[x](javascript&colon;alert(1))", "javascript: addresses"),
        ("[x]( <javascript:alert(1)> )", "without angle brackets"),
        ("[x](<koordination.md>)", "without angle brackets"),
        ("[x][r]\n\n[r]: javascript:alert(1)", "javascript: addresses"),
        ('<base href="https://evil.example/">', "<base> is not allowed"),
        ('<meta http-equiv="refresh" content="0;url=https://evil.example">', "<meta> is not allowed"),
        ('<link rel="stylesheet" href="https://evil.example/x.css">', "<link> is not allowed"),
        ("![p](https://tracker.example/p.gif)", "images are shown only from this site"),
        ("![p](//tracker.example/p.gif)", "images are shown only from this site"),
        ("![p][r]\n\n[r]: https://tracker.example/p.gif", "images are shown only from this site"),
        ('<img src="../assets/bilder/a.png" srcset="https://t.example/a.png 2x">', "srcset= is not allowed"),
        ('<video src="https://t.example/v.mp4"></video>', "<video> is not allowed"),
        ('<span style="background:url(https://t.example/p)">x</span>', "style attributes are not allowed"),
        ("[x](//evil.example/)", "leads to another site"),
        ("[x](http://example.org/)", "starts with http://"),
        ("<div>\n`<script>alert(1)</script>`\n</div>", "<script> is not allowed"),
        ("- a `\n- <script>alert(1)</script> `", "<script> is not allowed"),
        ('<p/onclick="a@b.de">x</p>', "onclick= is not allowed"),
        ('<span id="__config">x</span>', "reserved for the site's own elements"),
        ('<div data-pagefind-filter="land">DE-BY</div>', "data-pagefind-filter= is not allowed"),
        ("<div>\nText ohne Ende", "<div> is never closed"),
        ("<div><span>x</div>", "<span> is not closed before </div>"),
        ("Text </div>", "</div> closes nothing"),
        ("Text <!-- ohne Ende", "an HTML comment <!-- is never closed"),
        ("<![CDATA[x]]>", "declarations and processing instructions"),
        ("```\nnie geschlossen\n<script>alert(1)</script>", "<script> is not allowed"),
        ("\\<script>alert(1)</script>", "<script> is not allowed"),
        ('<a href="koordination.md">x</a>', "written in HTML, where the site cannot check it"),
        ('## Titel {: data-toc-label="x" }', "attribute 'data-toc-label'"),
    ],
)
def test_what_the_allow_list_refuses_is_named_with_its_reason(text, message):
    found = [f.message for f in read_markdown(text).findings]
    assert any(message in f for f in found), found


def test_findings_carry_the_offset_of_their_tag():
    text = "Zeile eins\nZeile zwei <b onclick='x'>b</b>"
    [finding] = read_markdown(text).findings
    assert text[finding.offset :].startswith("<b ")


_SNIPPETS = st.sampled_from(
    [
        "text ",
        "\n",
        "\n\n",
        "`",
        "``",
        "<",
        ">",
        "</",
        "<b>",
        "</b>",
        "<div>",
        "</div>",
        "<span>",
        "</span>",
        "<script>",
        "</script>",
        "<img src=x onerror=y>",
        "<svg onload=y>",
        ' onclick="y"',
        "{: #x .y }",
        "{: onclick=y }",
        "[",
        "]",
        "(",
        ")",
        "](",
        "![",
        "javascript:",
        "&#106;",
        "https://a.de/",
        "//t.example/p",
        "<!--",
        "-->",
        "```\n",
        "    ",
        "- ",
        "# ",
        "\\",
        "*",
        "_",
        "|",
        '<a href="',
        '">',
        "'",
        "@",
        "<https://a.de>",
        "<details markdown>",
        "</details>",
        "<style>",
        "&lt;",
        "[^1]",
        "[^1]: n\n",
        "*[A]: b\n",
        "<p>",
        "</p>",
        "![x]",
        "![x][b]",
        "[b]: ",
        "\n[b]: //t.example/p.png\n",
        "{{",
        "}}",
        "{: #__config title='{ }' }",
        "title='{ }'",
        "## ",
        " {#id}",
        "=",
        "\t",
        "</x ",
        "<!---->",
        "\n```\n",
        "~~~",
        "\n    ",
    ]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_SNIPPETS, max_size=30).map("".join))
def test_markdown_the_validator_passes_converts_to_html_the_build_passes_unchanged(text):
    if read_markdown(text).findings:
        return
    converted = CONVERT(text)
    assert read_html(converted) == [], converted
    assert _text(sanitize(converted)) == _text(converted), converted


_PRINTABLE = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp"), blacklist_characters="\u00ad"),
    min_size=1,
    max_size=60,
)


@settings(max_examples=500, deadline=None)
@given(_PRINTABLE.map(lambda s: " ".join(s.split())).filter(bool))
def test_any_title_shows_exactly_as_written_in_a_heading_and_makes_no_markup(title):
    converted = CONVERT("# " + escape(title))
    heading = re.fullmatch(r'<h1 id="[^"]*">(.*)<a class="headerlink"[^>]*>[^<]*</a></h1>', converted, re.S)
    assert heading, converted
    assert "<" not in heading.group(1), converted
    assert html.unescape(heading.group(1)) == title


def _text(markup: str) -> str:
    """The text a browser shows (as html5ever parses it: tags and comments left out), spaces collapsed."""
    return " ".join(html.unescape(nh3.clean(markup, tags=set())).split())


def test_the_sites_own_listings_pass_the_allow_list_unchanged(fixture_site: Path):
    for path in fixture_site.rglob("index.html"):
        content = re.search(r"<article[^>]*>(.*)</article>", path.read_text(encoding="utf-8"), re.S)
        assert content, path
        inner = content.group(1)
        if "/suche/" in path.as_posix():
            inner = inner.split("<noscript>")[0]  # the finder's form is the theme's, not page content
        inner = without_block(inner, '<div class="kbm-start">')  # the start page's search form: the theme's
        inner = without_block(inner, '<div class="kbm-regions-map">')  # the map of the Länder: the theme's
        # The self-assessment's forms are widgets, put in after the sanitizer (slots.py).
        inner = without_block(inner, '<div class="kbm-sa"')
        inner = re.sub(r'<form class="kbm-sa.*?</form>', "", inner, flags=re.S)
        assert read_html(inner) == [], path


def without_block(html: str, opening: str) -> str:
    """``html`` without the <div> that begins with ``opening`` and all it holds."""
    start = html.find(opening)
    if start < 0:
        return html
    depth = 0
    for tag in re.finditer(r"<(/?)div\b[^>]*>", html[start:]):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return html[:start] + html[start + tag.end() :]
    raise AssertionError(f"{opening} is not closed")


def test_a_link_definition_whose_address_would_be_a_code_block_is_refused():
    # Markdown takes the next line's code block for the address and puts its HTML into the image.
    findings = read_markdown("[b]: \n```\n\n```\n![x][b]").findings
    assert [f.message for f in findings] == ["the link definition [b] has no address: write it after '[b]: '"]


def test_a_comment_begun_inside_a_paragraph_hides_nothing_after_the_paragraph():
    # Markdown shows such a '<!--' as text, so what follows the blank line is HTML of its own.
    findings = read_markdown("text <!--\n\n<script>-->").findings
    assert [f.message for f in findings] == ["<script> is not allowed: pages may not run code"]
