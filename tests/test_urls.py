"""Addresses the generated HTML links to: the page's URL and the relative way there."""

import pytest

from kbm.addresses import href, link, page_url


@pytest.mark.parametrize(
    "src, url",
    [
        ("index.md", ""),
        ("themen/index.md", "themen/"),
        ("themen/inklusion.md", "themen/inklusion/"),
        ("praxisbeispiele/seite/2.md", "praxisbeispiele/seite/2/"),
    ],
)
def test_a_source_path_is_served_at_its_directory_url(src, url):
    assert page_url(src) == url


@pytest.mark.parametrize(
    "here, there, expected",
    [
        ("praxisbeispiele/a.md", "regionen/de-st.md", "../../regionen/de-st/"),
        ("themen/index.md", "themen/inklusion.md", "inklusion/"),
        ("themen/inklusion.md", "themen/index.md", "../"),
        ("themen/inklusion/seite/2.md", "themen/inklusion.md", "../../"),
        ("themen/inklusion/seite/2.md", "themen/inklusion/seite/3.md", "../3/"),
        ("praxisbeispiele/index.md", "praxisbeispiele/a.md", "a/"),
        ("bausteine/a.md", "index.md", "../../"),
        ("index.md", "index.md", "./"),
    ],
)
def test_generated_links_are_relative_urls_that_work_in_both_languages(here, there, expected):
    assert href(here, there) == expected


def test_markdown_links_point_to_source_paths():
    assert link("themen/index.md", "praxisbeispiele/a.md") == "../praxisbeispiele/a.md"
    assert link("index.md", "themen/a.md") == "themen/a.md"
