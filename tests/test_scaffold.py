"""scripts/new.py and its templates: every field explained, valid once filled in, never overwriting."""

import datetime
import re

import pytest
from conftest import ROOT, copy_fixture_site

from kbm.collection import load_collection
from kbm.page_types import page_type
from kbm.problems import ContentError
from kbm.scaffold import TEMPLATES, create
from kbm.vocabulary import load_vocabulary

TODAY = datetime.date(2026, 11, 23)

# What a contributor writes where the templates say TODO.
FILLED = {
    "praxisbeispiel": [
        (r'summary: "TODO[^"]*"', 'summary: "Der Landkreis hat eine Bildungskonferenz eingerichtet."'),
        (r"land: TODO", "land: DE-ST"),
        (r"type: TODO", "type: landkreis"),
        (r'name: "TODO"', 'name: "Börde"'),
        (r"topics: \[TODO\]", "topics: [bildungsuebergaenge]"),
        (r"life_phases: \[TODO\]", "life_phases: [schule]"),
        (r"bausteine: \[TODO\]", "bausteine: [koordination]"),
        (r"programme: TODO", "programme: eigeninitiative"),
        (r"start: TODO", "start: 2023"),
        (r"status: TODO", "status: laufend"),
        (r"url: https://TODO", "url: https://landkreis.example/"),
        (r'title: "TODO[^"]*"', 'title: "Ein Titel"'),
    ],
    "baustein": [
        (r'summary: "TODO[^"]*"', 'summary: "Worum es geht."'),
        (r"related: \[TODO\]", "related: [koordination]"),
        (r'- "TODO[^"]*"', '- "Eine Beschreibung der Stufe."'),
        (r'title: "TODO[^"]*"', 'title: "Ein Titel"'),
        (r"url: https://TODO", "url: https://quelle.example/"),
    ],
}


def fill(kind, text):
    for pattern, replacement in FILLED[kind]:
        text = re.sub(pattern, replacement, text)
    return re.sub(r"^TODO: .*$", "Ein Absatz Text.", text, flags=re.M)


@pytest.mark.parametrize("kind", ["praxisbeispiel", "baustein"])
def test_the_templates_present_and_explain_every_field(kind):
    german, english = (TEMPLATES / f"{kind}.de.md").read_text(), (TEMPLATES / f"{kind}.en.md").read_text()
    declared = page_type(kind)
    model, text_fields = declared.model, declared.text_fields
    for name in model.model_fields:
        line = re.search(rf"^\s*#?\s*(- )?{name}:.*$", german, re.M)
        assert line and "#" in line.group(0).split(":", 1)[1], f"{kind}.de.md: '{name}' missing or without comment"
    for name in text_fields:
        assert re.search(rf"^{name}:", english, re.M), f"{kind}.en.md lacks '{name}'"
    assert "yaml-language-server: $schema=" in german and "yaml-language-server: $schema=" in english


@pytest.mark.parametrize("kind", ["praxisbeispiel", "baustein"])
def test_a_new_page_fails_validation_until_filled_in_and_passes_after(kind, tmp_path):
    site = copy_fixture_site(tmp_path / "site")
    paths = create(kind, "Landkreis Börde: Übergänge gestalten", site, today=TODAY)
    assert [p.name for p in paths] == [f"landkreis-boerde-uebergaenge-gestalten.{lang}.md" for lang in ("de", "en")]
    with pytest.raises(ContentError) as error:
        load_collection(site)
    assert all("placeholder" in p.message for p in error.value.problems), error.value.report()
    for path in paths:
        path.write_text(fill(kind, path.read_text(encoding="utf-8")), encoding="utf-8")
    collection = load_collection(site)
    entry = (collection.cases if kind == "praxisbeispiel" else collection.bausteine)[
        "landkreis-boerde-uebergaenge-gestalten"
    ]
    assert entry.text("de").title == "Landkreis Börde: Übergänge gestalten"
    assert entry.facts.updated == TODAY
    if kind == "baustein":
        assert entry.facts.number == 3  # after the fixture's two Bausteine


def test_new_refuses_to_overwrite_an_existing_page(tmp_path):
    site = copy_fixture_site(tmp_path / "site")
    german = site / "docs/praxisbeispiele/halle-bildungskonferenz.de.md"
    before = german.read_text(encoding="utf-8")
    with pytest.raises(FileExistsError, match="nothing was written"):
        create("praxisbeispiel", "Halle Bildungskonferenz", site)
    assert german.read_text(encoding="utf-8") == before


def test_the_synthetic_corpus_is_valid_deterministic_and_spread_over_every_land(tmp_path):
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    from corpus import make_corpus

    first = make_corpus(40, tmp_path / "a", seed=3)
    collection = load_collection(first)
    synthetic = [e for e in collection.cases.values() if e.slug.startswith("synthetisch-")]
    assert len(synthetic) == 40
    assert {r.land for e in synthetic for r in e.facts.regions} >= set(load_vocabulary().laender)
    assert any(not e.is_translated("en") for e in synthetic) and any(len(e.facts.regions) > 1 for e in synthetic)
    second = make_corpus(40, tmp_path / "b", seed=3)
    name = "docs/praxisbeispiele/synthetisch-00007.de.md"
    assert (first / name).read_text() == (second / name).read_text()


def test_a_case_cannot_take_the_name_the_overview_continues_under(tmp_path):
    site = copy_fixture_site(tmp_path / "site")
    with pytest.raises(ValueError, match="'seite' cannot be a case's name"):
        create("praxisbeispiel", "Seite", site)
    assert not (site / "docs/praxisbeispiele/seite.de.md").exists()
