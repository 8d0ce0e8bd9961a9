"""The translation status: pages without English, and English pages older than a change to their original."""

from __future__ import annotations

import os
import subprocess

import pytest
from conftest import article, copy_fixture_site, mkdocs_build, page

from kbm.collection import load_collection
from kbm.translations import translation_status

CASE = "docs/praxisbeispiele/halle-bildungskonferenz.de.md"


def commit(site, day: str, message: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": f"{day}T12:00:00",
        "GIT_COMMITTER_DATE": f"{day}T12:00:00",
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
    }
    subprocess.run(["git", "-C", str(site), "add", "-A"], check=True, env=env)
    subprocess.run(["git", "-C", str(site), "commit", "-q", "-m", message], check=True, env=env)


@pytest.fixture
def history(tmp_path):
    """A copy of the fixture site under version control, all of it committed on 1 March 2026."""
    site = copy_fixture_site(tmp_path / "site")
    subprocess.run(["git", "init", "-q", str(site)], check=True)
    commit(site, "2026-03-01", "start")
    return site


def test_outside_version_control_only_the_missing_translations_are_known(tmp_path):
    status = translation_status(load_collection(copy_fixture_site(tmp_path / "site")))
    assert sorted(e.slug for e in status.missing) == ["grenzenlos-lernen", "koordination"]
    assert status.outdated == [] and not status.known


def test_a_german_text_changed_after_its_translation_makes_it_outdated(history):
    case = history / CASE
    case.write_text(case.read_text(encoding="utf-8").replace("Deutscher Text.", "Deutscher Text, ergänzt."), "utf-8")
    commit(history, "2026-04-02", "German text changed")
    status = translation_status(load_collection(history))
    assert [(o.entry.slug, o.german.isoformat(), o.english.isoformat()) for o in status.outdated] == [
        ("halle-bildungskonferenz", "2026-04-02", "2026-03-01")
    ]


def test_a_change_to_the_german_header_alone_needs_no_new_translation(history):
    case = history / CASE
    case.write_text(case.read_text(encoding="utf-8").replace("updated: 2026-11-20", "updated: 2026-11-21"), "utf-8")
    commit(history, "2026-04-02", "header only")
    assert translation_status(load_collection(history)).outdated == []


def test_the_site_lists_both_and_marks_an_outdated_english_page(history, tmp_path):
    case = history / CASE
    case.write_text(case.read_text(encoding="utf-8").replace("Deutscher Text.", "Deutscher Text, ergänzt."), "utf-8")
    commit(history, "2026-04-02", "German text changed")
    out = tmp_path / "out"
    result = mkdocs_build(history / "mkdocs.yml", out)
    assert result.returncode == 0, result.stderr
    english = article(page(out, "/en/praxisbeispiele/halle-bildungskonferenz/"))
    assert "Translation older than the original" in english and "2 April 2026" in english and "1 March 2026" in english
    assert "Translation older" not in article(page(out, "/praxisbeispiele/halle-bildungskonferenz/"))
    for prefix, missing in (("/", "Noch ohne englischen Text (2)"), ("/en/", "No English text yet (2)")):
        status = article(page(out, prefix + "mitmachen/uebersetzungen/"))
        assert missing in status and "halle-bildungskonferenz" in status
        assert "grenzenlos-lernen" in status and "koordination" in status
