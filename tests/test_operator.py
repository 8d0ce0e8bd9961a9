"""Who runs the site (mkdocs.yml extra.operator) in the pages written by hand: details and contribution links."""

from __future__ import annotations

import yaml
from conftest import ROOT, copy_fixture_site, mkdocs_build, operator_section, page

from kbm.operator import fill, load_operator
from kbm.repository import CONTRIBUTION_ADDRESSES


def operator(**changes):
    data = yaml.safe_load(operator_section())["extra"]["operator"]
    found, problems = load_operator({**data, **changes})
    assert problems == [] and found is not None
    return found


def test_a_phrase_written_per_language_reads_in_the_pages_language():
    page = "Vertreten durch {{ operator.represented_by }}.\n"
    assert "die Landrätin des Musterlandkreises" in fill(page, operator(), "docs/impressum.de.md", "de")[0]
    english, problems = fill(page, operator(), "docs/impressum.en.md", "en")
    assert "the District Administrator of Musterlandkreis" in english and "die Landrätin" not in english
    assert problems == []


def test_links_into_the_repository_are_left_out_until_one_is_named():
    page = "Intro.\n- [Vorschlagen]({{ contribute.propose }})\n- E-Mail: {{ operator.email }}\n"
    without, problems = fill(page, operator(), "docs/ueber.de.md", "de")
    assert problems == [] and "contribute" not in without and "Vorschlagen" not in without
    assert "- E-Mail: bildungsbuero@musterlandkreis.example" in without
    named, _ = fill(page, operator(repository="https://github.com/kbm/portal/"), "docs/ueber.de.md", "de")
    assert "[Vorschlagen](https://github.com/kbm/portal/issues/new?template=praxisbeispiel.yml)" in named


def test_an_unknown_contribution_link_is_a_problem_with_its_line():
    page = "Erste Zeile.\n[Anleitung]({{ contribute.guid }})\n"
    _, problems = fill(page, operator(repository="https://github.com/kbm/portal"), "docs/ueber.de.md", "de")
    assert [str(p) for p in problems] == [
        "docs/ueber.de.md:2: text: unknown placeholder {{ contribute.guid }}. Did you mean 'guide'? "
        "Known: " + ", ".join(CONTRIBUTION_ADDRESSES)
    ]


def test_every_form_the_site_links_to_exists_in_the_repository():
    for name, path in CONTRIBUTION_ADDRESSES.items():
        if "template=" in path:
            assert (ROOT / ".github/ISSUE_TEMPLATE" / path.split("template=")[1]).exists(), name
        elif path.startswith("/blob/main/"):
            assert (ROOT / path.removeprefix("/blob/main/")).exists(), name


def test_every_page_links_to_its_own_file_and_to_the_problem_form_once_a_repository_is_named(tmp_path):
    site = copy_fixture_site(tmp_path / "site")
    config = site / "mkdocs.yml"
    section = operator_section().replace(
        "\n  operator:\n", "\n  operator:\n    repository: https://github.com/kbm/portal\n", 1
    )
    config.write_text(config.read_text(encoding="utf-8") + section, encoding="utf-8")
    out = tmp_path / "out"
    assert mkdocs_build(config, out).returncode == 0
    edit = "https://github.com/kbm/portal/edit/main/"
    report = "https://github.com/kbm/portal/issues/new?template=fehler-melden.yml&amp;seite="
    expected = {
        "praxisbeispiele/halle-bildungskonferenz/": "docs/praxisbeispiele/halle-bildungskonferenz.de.md",
        "en/praxisbeispiele/halle-bildungskonferenz/": "docs/praxisbeispiele/halle-bildungskonferenz.en.md",
        "en/praxisbeispiele/grenzenlos-lernen/": "docs/praxisbeispiele/grenzenlos-lernen.de.md",  # untranslated
        "bausteine/koordination/": "bausteine/koordination.de.md",
        "en/themen/": None,  # generated: no file to edit
    }
    for path, source in expected.items():
        html = page(out, "/" + path)
        assert f'href="{report}/{path}"' in html, path
        assert (f'href="{edit}{source}"' in html) if source else (edit not in html), path
