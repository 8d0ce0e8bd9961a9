"""The proposal form: generated from the vocabularies, and a submitted form becomes a checked page pair.

Each tests/fixtures/issues/<name>.md is an issue body as GitHub renders a submitted form; <name>.expected
holds what scripts/from_issue.py prints for it: the paths written, or one `Field: message` line per problem.
"""

from __future__ import annotations

import datetime
import subprocess
import sys
from dataclasses import dataclass

import pytest
import yaml
from conftest import ROOT, copy_fixture_site

from kbm.collection import load_collection
from kbm.issue_form import FIELDS, FORM_FILE, draft, issue_form, read_issue
from kbm.vocabulary import load_vocabulary

ISSUES = ROOT / "tests" / "fixtures" / "issues"
BODIES = sorted(p.stem for p in ISSUES.glob("*.md"))


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def from_issue(body, root, capsys) -> Run:
    """scripts/from_issue.py as the workflow runs it (in this process: a new one per body would be slow)."""
    import from_issue as script

    code = script.main([str(body), "--root", str(root)])
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def test_the_form_in_the_repository_is_the_one_the_vocabularies_make():
    result = subprocess.run([sys.executable, "scripts/issue_form.py", "--check"], cwd=ROOT, capture_output=True)
    assert result.returncode == 0, "run python scripts/issue_form.py and commit the form"


def test_the_form_offers_every_choice_and_asks_for_every_section_and_the_licence(project_collection):
    form = yaml.safe_load((ROOT / FORM_FILE).read_text(encoding="utf-8"))
    fields = {item["id"]: item for item in form["body"] if "id" in item}
    vocabulary = project_collection.vocabulary
    assert fields["land"]["attributes"]["options"] == [t.de for t in vocabulary.laender.values()]
    assert [o["label"] for o in fields["themen"]["attributes"]["options"]] == [t.de for t in vocabulary.topics.values()]
    assert len(fields["bausteine"]["attributes"]["options"]) == len(project_collection.bausteine)
    labels = [item["attributes"]["label"] for item in form["body"] if "id" in item]
    for heading in (
        "Ausgangslage",
        "Ziele",
        "Vorgehen",
        "Ressourcen",
        "Ergebnisse",
        "Stolpersteine",
        "Übertragbarkeit",
    ):
        assert heading in labels
    assert fields["lizenz"]["attributes"]["options"][0]["required"] is True
    assert all(item["attributes"].get("description") for item in form["body"][1:]), "every field explains itself"


@pytest.mark.parametrize("name", BODIES)
def test_a_submitted_form_becomes_a_valid_draft_or_clear_messages(name, tmp_path, capsys):
    site = copy_fixture_site(tmp_path / "site")
    result = from_issue(ISSUES / f"{name}.md", site, capsys)
    expected = (ISSUES / f"{name}.expected").read_text(encoding="utf-8")
    assert result.stdout == expected
    assert "Traceback" not in result.stderr
    written = [line for line in expected.splitlines() if line.startswith("docs/")]
    assert result.returncode == (0 if written else 1)
    if written:
        load_collection(site)  # the draft passes the checks of the build
        assert all((site / path).exists() for path in written)
    else:
        assert sorted(p.name for p in (site / "docs/praxisbeispiele").iterdir()) == sorted(
            p.name for p in (ROOT / "tests/fixtures/site/docs/praxisbeispiele").iterdir()
        ), "a failed draft leaves nothing behind"


def test_a_draft_carries_the_forms_facts_into_the_header_and_the_sections(tmp_path, capsys):
    site = copy_fixture_site(tmp_path / "site")
    assert from_issue(ISSUES / "english.md", site, capsys).returncode == 0
    case = load_collection(site).cases["landkreis-boerde-bildungskonferenz"]
    assert case.facts.regions[0].land == "DE-ST" and case.facts.regions[0].name == "Börde"
    assert case.facts.topics == ["bildungsuebergaenge"] and case.facts.programme == "bildungskommunen"
    assert case.facts.period is not None and case.facts.period.start == 2019 and case.facts.status == "laufend"
    assert [str(s.url) for s in case.facts.sources] == ["https://boerde.example/presse"]
    assert case.is_translated("en") and case.text("en").title == "Landkreis Börde: education conference"
    german = (site / "docs/praxisbeispiele/landkreis-boerde-bildungskonferenz.de.md").read_text(encoding="utf-8")
    assert "## Ressourcen\n\nDie Quellen nennen weder Stellen noch Budget." in german


def test_a_forms_population_and_coordinates_give_the_size_class_and_the_point_on_the_map(tmp_path, capsys):
    site = copy_fixture_site(tmp_path / "site")
    assert from_issue(ISSUES / "sized.md", site, capsys).returncode == 0
    region = load_collection(site).cases["landkreis-boerde-bildungskonferenz"].facts.regions[0]
    assert region.population is not None and region.location is not None
    assert (region.population.count, region.population.as_of.isoformat()) == (170984, "2023-12-31")
    assert region.population.size_class == "100-bis-200-tsd"
    assert (region.location.lat, region.location.lon) == (52.29, 11.41)


def test_fields_in_another_order_and_unknown_fields_are_read_by_their_labels():
    complete = read_issue((ISSUES / "complete.md").read_text(encoding="utf-8"))
    reordered = read_issue((ISSUES / "reordered.md").read_text(encoding="utf-8"))
    assert complete.values == reordered.values and len(complete.values) == len(FIELDS)
    unknown = read_issue((ISSUES / "unknown-labels.md").read_text(encoding="utf-8"))
    assert unknown.unknown == ["Telefonnummer der Ansprechperson", "Kommentar"]


@pytest.mark.parametrize(
    "body",
    [
        "### Titel\n\n",
        "###\n\n### \n\n#### Titel\n\nx",
        "### Titel\n\n" + "ä" * 70_000,
        "### Land\n\nAtlantis\n\n### Themen\n\n- [X] Erfundenes Thema\n\n### Beginn (Jahr)\n\n20199",
        "\x00\x01### Quellen\n\n| | |\n|||\n\n### Partner\n\n|",
    ],
)
def test_no_input_makes_the_reader_fail(body):
    found = draft(read_issue(body), load_vocabulary(), {"koordination": "Koordination"}, datetime.date(2026, 1, 1))
    assert found.problems, "an incomplete form is reported, not turned into a page"
    assert all(label and message for label, message in found.problems)


def test_the_form_lists_each_baustein_by_its_title():
    text = issue_form(load_vocabulary(), {"koordination": "Koordination", "verstetigung": "Verstetigung"})
    form = yaml.safe_load(text)
    bausteine = next(item for item in form["body"] if item.get("id") == "bausteine")
    assert [o["label"] for o in bausteine["attributes"]["options"]] == ["Koordination", "Verstetigung"]


def test_a_form_for_an_address_that_exists_already_writes_nothing_and_says_so(tmp_path, capsys):
    site = copy_fixture_site(tmp_path / "site")
    assert from_issue(ISSUES / "complete.md", site, capsys).returncode == 0
    german = site / "docs/praxisbeispiele/landkreis-boerde-bildungskonferenz.de.md"
    before = german.read_text(encoding="utf-8")
    again = from_issue(ISSUES / "complete.md", site, capsys)
    assert again.returncode == 1 and "gibt es schon" in again.stdout
    assert german.read_text(encoding="utf-8") == before


def test_an_incomplete_form_for_an_existing_address_leaves_the_published_page_alone(tmp_path, capsys):
    site = copy_fixture_site(tmp_path / "site")
    existing = site / "docs/praxisbeispiele/halle-bildungskonferenz.de.md"
    before = existing.read_text(encoding="utf-8")
    body = tmp_path / "body.md"
    incomplete = (ISSUES / "incomplete.md").read_text(encoding="utf-8")
    body.write_text(incomplete.replace("Landkreis Börde: Bildungskonferenz", "Halle Bildungskonferenz"), "utf-8")
    result = from_issue(body, site, capsys)
    assert result.returncode == 1 and "gibt es schon" in result.stdout
    assert existing.read_text(encoding="utf-8") == before


@pytest.mark.parametrize(
    "english, german",
    [
        ("needs at least 1 entry", "Bitte wählen Sie mindestens einen Eintrag."),
        (
            "is 512 characters long; at most 400 are allowed",
            "Der Text ist 512 Zeichen lang; höchstens 400 sind möglich.",
        ),
        ("missing sections ## Ressourcen, ## Ziele: every Praxisbeispiel has …", "Es fehlt: ## Ressourcen, ## Ziele."),
        (
            "lat 48.14, lon 11.58 lies outside DE-ST: there latitudes run from 50.89 to 53.09 and longitudes "
            "from 10.51 to 13.23",
            "Breite 48.14, Länge 11.58 liegt nicht in DE-ST; dort reicht die Breite von 50.89 bis 53.09, die Länge "
            "von 10.51 bis 13.23. Stimmen Ort und Land?",
        ),
    ],
)
def test_the_checks_answer_a_form_in_german(english, german):
    from kbm.form_messages import in_german

    assert in_german(english) == german


def test_a_message_without_a_german_version_is_kept_and_marked_as_english():
    from kbm.form_messages import in_german

    assert in_german("some new rule") == "(Hinweis der Prüfung, auf Englisch) some new rule"
