"""The self-assessment in the browser: answering, the profile, keeping only on request, file round trip, print."""

from __future__ import annotations

import json
import re

import pytest
from conftest import axe_violations

from kbm.self_assessment import FILE_FORMAT, STORAGE_KEY

OVERVIEW = {"de": "/selbsteinschaetzung/", "en": "/en/selbsteinschaetzung/"}


def stored(page):
    return page.evaluate(f"() => window.localStorage.getItem({STORAGE_KEY!r})")


def answer(page, slug: str, stage: int) -> None:
    page.check(f'input[name="sa-{slug}"][value="{stage}"]')


@pytest.mark.parametrize("lang", OVERVIEW)
def test_an_answer_shows_the_next_stage_what_it_takes_and_its_cases_and_fills_the_profile(
    visit, server, project_collection, lang
):
    page = visit(server.url + OVERVIEW[lang]).page
    profile = page.locator(".kbm-sa__profile svg")
    assert profile.get_attribute("aria-label") == (
        "Profil: noch keine Antworten" if lang == "de" else "Profile: no answers yet"
    )
    item = page.locator('fieldset[data-baustein="koordination"]')
    assert not item.locator(".kbm-sa__next").is_visible()
    answer(page, "koordination", 2)
    next_step = item.locator(".kbm-sa__next")
    assert next_step.is_visible()
    stages = project_collection.bausteine["koordination"].text(lang).self_assessment
    assert stages[2] in next_step.inner_text(), "the next stage's description"
    assert next_step.locator('a[href$="#auftrag-und-anbindung-festlegen"], a[href*="koordination/#"]').count() >= 3
    assert next_step.locator('a[href*="praxisbeispiele/"]').count() >= 1
    title = project_collection.bausteine["koordination"].text(lang).title
    label = profile.get_attribute("aria-label")
    assert (f"{title}: Stufe 2 von 4" if lang == "de" else f"{title}: stage 2 of 4") in label
    assert float(page.locator('.kbm-sa__bar[data-baustein="koordination"]').get_attribute("width")) > 0
    answer(page, "koordination", 4)
    assert ("höchste Stufe" if lang == "de" else "highest stage") in next_step.inner_text()


def test_nothing_is_kept_unless_the_reader_asks_and_delete_removes_it(visit, server):
    opened = visit(server.url + OVERVIEW["de"])
    page = opened.page
    answer(page, "koordination", 3)
    page.fill("input[name=kommune]", "Landkreis Beispiel")
    assert stored(page) is None and page.evaluate("() => window.localStorage.length") == 0
    assert page.evaluate("() => document.cookie") == ""
    delete = page.get_by_role("button", name="Gespeicherte Antworten löschen")
    assert not delete.is_visible(), "nothing kept, nothing to delete"
    page.check("input[name=speichern]")
    assert delete.is_visible()
    kept = json.loads(stored(page))
    assert kept["answers"] == {"koordination": 3} and kept["municipality"] == "Landkreis Beispiel"
    page.reload()
    assert page.is_checked('input[name="sa-koordination"][value="3"]') and page.is_checked("input[name=speichern]")
    delete.click()
    assert stored(page) is None and not delete.is_visible()
    assert "gelöscht" in page.locator(".kbm-sa__status").inner_text()
    page.reload()
    assert not page.is_checked('input[name="sa-koordination"][value="3"]')
    assert [r for r in opened.requests if not r.startswith(server.url)] == [], "nothing leaves the browser"


def test_the_result_downloads_as_a_file_that_loads_again(visit, server, tmp_path):
    page = visit(server.url + OVERVIEW["en"]).page
    answer(page, "koordination", 2)
    answer(page, "datenbasierung", 4)
    page.fill("input[name=kommune]", "City of Example")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download as a file").click()
    file = tmp_path / download.value.suggested_filename
    download.value.save_as(file)
    data = json.loads(file.read_text(encoding="utf-8"))
    assert data["format"] == FILE_FORMAT and data["answers"] == {"datenbasierung": 4, "koordination": 2}
    assert re.fullmatch(r"selbsteinschaetzung-\d{4}-\d{2}-\d{2}\.json", file.name)
    assert stored(page) is None, "downloading keeps nothing in the browser"

    fresh = visit(server.url + OVERVIEW["en"]).page
    fresh.set_input_files("input[name=datei]", str(file))
    fresh.wait_for_function("() => document.querySelector('.kbm-sa__status').textContent !== ''")
    assert fresh.is_checked('input[name="sa-koordination"][value="2"]')
    assert fresh.is_checked('input[name="sa-datenbasierung"][value="4"]')
    assert fresh.input_value("input[name=kommune]") == "City of Example"
    assert "2 Bausteine assessed" in fresh.locator(".kbm-sa__status").inner_text()

    unknown = tmp_path / "other.json"
    unknown.write_text(json.dumps({**data, "answers": {"koordination": 1, "erfunden": 2, "datenbasierung": 9}}))
    fresh.set_input_files("input[name=datei]", str(unknown))
    fresh.wait_for_function("() => document.querySelector('.kbm-sa__status').textContent.includes('erfunden')")
    assert "datenbasierung=9" in fresh.locator(".kbm-sa__status").inner_text()
    bad = tmp_path / "bad.json"
    bad.write_text('{"answers": {"koordination": 4}}')
    fresh.set_input_files("input[name=datei]", str(bad))
    fresh.wait_for_function(
        "() => document.querySelector('.kbm-sa__status').textContent.includes('not a self-assessment')"
    )
    assert fresh.is_checked('input[name="sa-koordination"][value="1"]'), (
        "a file that is no self-assessment changes nothing"
    )


def test_the_printout_is_one_dated_page_with_every_bausteins_stage(visit, server, project_collection, tmp_path):
    page = visit(server.url + OVERVIEW["de"]).page
    answer(page, "koordination", 2)
    page.fill("input[name=kommune]", "Landkreis Beispiel")
    page.emulate_media(media="print")
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    summary = page.locator(".kbm-sa__print")
    assert summary.is_visible()
    assert re.search(r"Selbsteinschätzung Landkreis Beispiel – Stand \d{1,2}\. \w+ \d{4}", summary.inner_text())
    rows = summary.locator("tbody tr")
    assert rows.count() == len(project_collection.bausteine)
    assert "Stufe 2 · Aufbau" in summary.inner_text() and "Stufe 3 · Etabliert" in summary.inner_text()
    assert not page.locator(".kbm-sa__item").first.is_visible() and not page.locator(".kbm-sa__tools").is_visible()
    assert page.locator(".kbm-sa__profile svg").is_visible()
    pdf = page.pdf(path=str(tmp_path / "summary.pdf"), format="A4")
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 1, "one page"


def test_a_bausteins_answer_leads_to_the_overview_without_being_kept(visit, server):
    page = visit(server.url + "/en/bausteine/koordination/").page
    item = page.locator('.kbm-sa fieldset[data-baustein="koordination"]')
    assert item.locator("legend").inner_text() == "Where does your municipality stand?"
    answer(page, "koordination", 3)
    assert item.locator(".kbm-sa__next").is_visible()
    link = page.locator("a.kbm-sa__overview")
    assert link.get_attribute("href").endswith("selbsteinschaetzung/#koordination=3")
    link.click()
    page.wait_for_url(re.compile(r"/en/selbsteinschaetzung/#koordination=3$"))
    assert page.is_checked('input[name="sa-koordination"][value="3"]')
    assert stored(page) is None


def test_without_javascript_the_stages_are_a_checklist(visit, server):
    page = visit(server.url + OVERVIEW["de"], java_script_enabled=False).page
    assert page.locator(".kbm-sa__item").count() >= 12
    assert page.locator('input[type=radio][name="sa-koordination"]').count() == 4
    assert not page.locator(".kbm-sa__tools").is_visible(), "the tools need the script"
    page.check('input[name="sa-koordination"][value="1"]')  # a checklist one can tick before printing
    assert page.is_checked('input[name="sa-koordination"][value="1"]')


@pytest.mark.parametrize("lang", OVERVIEW)
def test_the_self_assessment_is_accessible_before_and_after_answering_and_by_keyboard(visit, server, lang):
    page = visit(server.url + OVERVIEW[lang]).page
    assert axe_violations(page) == []
    first = page.locator('input[name="sa-strategische-ziele"]').first
    first.focus()
    page.keyboard.press("ArrowDown")  # radio buttons of one fieldset: the arrow keys choose
    assert page.is_checked('input[name="sa-strategische-ziele"][value="2"]')
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "the focused choice is visible"
    page.keyboard.press("Tab")  # on to the next fieldset's links and choices
    assert page.evaluate("() => document.activeElement.tagName") in ("A", "INPUT")
    answer(page, "koordination", 2)
    assert axe_violations(page) == []


def test_on_a_phone_the_tools_and_stages_fit_the_screen(visit, server):
    page = visit(server.url + OVERVIEW["en"], viewport={"width": 390, "height": 844}).page
    answer(page, "koordination", 2)
    widths = page.evaluate(
        "() => [...document.querySelectorAll('.kbm-sa__item, .kbm-sa__tools, .kbm-sa__profile svg')]"
        ".map(e => e.getBoundingClientRect().right)"
    )
    assert max(widths) <= 390
    assert page.get_by_role("button", name="Print").is_visible()
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390


def test_once_kept_an_answer_on_a_baustein_page_is_kept_too_and_shown_in_the_overview(visit, server):
    opened = visit(server.url + OVERVIEW["de"])
    page = opened.page
    answer(page, "datenbasierung", 2)
    page.check("input[name=speichern]")
    opened.go(server.url + "/bausteine/koordination/")
    answer(page, "koordination", 4)
    assert json.loads(stored(page))["answers"] == {"datenbasierung": 2, "koordination": 4}
    link = page.locator("a.kbm-sa__overview")
    assert "#" not in link.get_attribute("href"), "kept answers need no address to travel in"
    link.click()
    page.wait_for_url(re.compile(r"/selbsteinschaetzung/$"))
    assert page.is_checked('input[name="sa-koordination"][value="4"]')
    assert page.is_checked('input[name="sa-datenbasierung"][value="2"]')
