"""A page type is one declaration: a throwaway type on the fixture site is read, checked, built and found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, article, copy_fixture_site, html_lang, language_links, mkdocs_build, page
from material_type import MATERIAL

import kbm.page_types
from kbm.collection import load_collection
from kbm.problems import ContentError

GERMAN = """---
title: "Checkliste Bildungskonferenz"
summary: "Was vor, während und nach einer Bildungskonferenz zu tun ist."
topics: [bildungsuebergaenge]
sources:
  - title: "Leitfaden der Transferagentur"
    url: https://transfer.example/leitfaden
updated: 2026-10-01
---

## Inhalt

Einladen, moderieren, dokumentieren.
"""
ENGLISH = """---
title: "Checklist for an education conference"
summary: "What to do before, during and after an education conference."
---

## Contents

Invite, moderate, document.
"""


@pytest.fixture
def material_site(tmp_path, monkeypatch) -> Path:
    site = copy_fixture_site(tmp_path / "site")
    (site / "materialien").mkdir()
    (site / "materialien" / "checkliste.de.md").write_text(GERMAN, encoding="utf-8")
    (site / "materialien" / "checkliste.en.md").write_text(ENGLISH, encoding="utf-8")
    monkeypatch.setattr(kbm.page_types, "PAGE_TYPES", (*kbm.page_types.PAGE_TYPES, MATERIAL))
    return site


def test_a_declared_type_is_read_and_checked_like_the_others(material_site):
    collection = load_collection(material_site)
    material = collection.entries["material"]["checkliste"]
    assert material.src_uri == "materialien/checkliste.md" and material.is_translated("en")
    text = (material_site / "materialien" / "checkliste.de.md").read_text(encoding="utf-8")
    (material_site / "materialien" / "checkliste.de.md").write_text(
        text.replace("## Inhalt", "## Einleitung").replace("topics: [bildungsuebergaenge]", "topics: [bildung]"),
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as error:
        load_collection(material_site)
    report = error.value.report()
    assert "materialien/checkliste.de.md:10: text: missing section ## Inhalt: every Arbeitshilfe has" in report
    assert "materialien/checkliste.de.md:4: topics[0]: unknown topic 'bildung'" in report


def test_a_declared_type_is_built_in_both_languages_with_its_label_sources_and_finder_filter(material_site, tmp_path):
    config = material_site / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            (ROOT / "hooks/content.py").as_posix(), (ROOT / "tests/hooks_with_material.py").as_posix()
        ),
        encoding="utf-8",
    )
    built = tmp_path / "built"
    result = mkdocs_build(config, built)
    assert result.returncode == 0, result.stderr
    german, english = page(built, "/materialien/checkliste/"), page(built, "/en/materialien/checkliste/")
    assert html_lang(german) == "de" and html_lang(english) == "en"
    assert language_links(english)["de"].endswith("materialien/checkliste/")
    assert '<p class="kbm-kicker">Arbeitshilfe</p>' in article(german)
    assert '<p class="kbm-kicker">Working aid</p>' in article(english)
    assert "Einladen, moderieren" in article(german) and "Invite, moderate" in article(english)
    assert 'href="https://transfer.example/leitfaden"' in article(german)
    table = json.loads((built / "suche/eintraege.json").read_text(encoding="utf-8"))
    kinds = table["filters"]["typ"]
    typ = table["columns"].index("typ")
    assert "material" in kinds and [kinds.index("material")] in [row[typ] for row in table["rows"]]
    finder = page(built, "/en/suche/")
    assert 'name="typ" value="material"> <span class="kbm-filter__label">Working aid</span>' in finder
