"""The collection itself: complete pairs, coverage, structure and editorial rules, so they stay true."""

import re

import frontmatter
import pytest

from conftest import ROOT
from kbm.collection import load_collection
from kbm.glossary import load_glossary
from kbm.models import VOCABULARY

COLLECTION = load_collection(ROOT)
ENTRIES = [*COLLECTION.bausteine.values(), *COLLECTION.cases.values()]

REQUIRED_BAUSTEINE = ["strategische-ziele", "datenbasierung", "interne-kooperation", "externe-kooperation",
                      "koordination", "oeffentlicher-bildungsdiskurs", "bildungsuebergaenge", "verstetigung"]
SEED_CASES = ["rodgau-transnationale-bildungsallianz", "transferagentur-nord-ost",
              "sachsen-anhalt-modellprojekt-bildungsmanagement", "burgenlandkreis-zielvereinbarung-transmit"]
SECTIONS = {
    "praxisbeispiel": {"de": ["Ausgangslage", "Ziele", "Vorgehen", "Ergebnisse"],
                       "en": ["Starting point", "Goals", "Approach", "Results"]},
    "baustein": {"de": ["Einleitung", "Umsetzung"], "en": ["Introduction", "Implementation"]},
}
OPTIONAL_SECTIONS = {"de": ["Stolpersteine", "Übertragbarkeit"], "en": ["Pitfalls", "Transferability"]}


def body(entry, lang):
    return frontmatter.load(entry.files[lang].path).content


def ids(entries):
    return [f"{e.kind}:{e.slug}" for e in entries]


def test_every_page_exists_in_german_and_english():
    assert [e.slug for e in ENTRIES if not e.is_translated("en")] == []


def test_the_bausteine_include_the_eight_core_ones_and_are_numbered_in_sequence():
    assert set(REQUIRED_BAUSTEINE) <= set(COLLECTION.bausteine)
    assert [b.facts.number for b in COLLECTION.bausteine_in_order] == list(range(1, len(COLLECTION.bausteine) + 1))


def test_there_are_at_least_twelve_cases_including_the_four_from_the_seeds():
    assert len(COLLECTION.cases) >= 12
    assert set(SEED_CASES) <= set(COLLECTION.cases)


def test_the_cases_cover_eight_laender_and_six_topics():
    laender = {code for code in COLLECTION.places if code in VOCABULARY.laender}
    assert len(laender) >= 8, sorted(laender)
    assert len(COLLECTION.cases_by_topic) >= 6, sorted(COLLECTION.cases_by_topic)


def test_every_baustein_is_illustrated_by_at_least_one_case():
    assert [s for s in COLLECTION.bausteine if s not in COLLECTION.cases_by_baustein] == []


def test_the_cases_span_the_life_course_from_early_childhood_to_adult_learning():
    covered = set(COLLECTION.cases_by_life_phase)
    assert {"fruehkindliche-bildung", "schule", "berufliche-bildung", "weiterbildung",
            "non-formale-bildung"} <= covered, sorted(covered)


def test_at_least_one_case_reaches_abroad_or_across_borders():
    abroad = [e for e in COLLECTION.cases.values()
              if any(r.country for r in e.facts.regions) or "internationale-zusammenarbeit" in e.facts.topics]
    assert abroad


def test_every_case_cites_at_least_one_https_source():
    for entry in COLLECTION.cases.values():
        assert entry.facts.sources and all(s.url.startswith("https://") for s in entry.facts.sources), entry.slug


@pytest.mark.parametrize("entry", ENTRIES, ids=ids(ENTRIES))
@pytest.mark.parametrize("lang", ["de", "en"])
def test_each_page_has_its_sections_in_order(entry, lang):
    headings = re.findall(r"^## (.+?)\s*$", body(entry, lang), re.M)
    required = SECTIONS[entry.kind][lang]
    assert [h for h in headings if h in required] == required, headings
    allowed = required + (OPTIONAL_SECTIONS[lang] if entry.kind == "praxisbeispiel" else [])
    assert [h for h in headings if h not in allowed] == [] or entry.kind == "baustein", headings


@pytest.mark.parametrize("entry", ENTRIES, ids=ids(ENTRIES))
def test_no_personal_contact_data_on_any_page(entry):
    for lang in entry.files:
        text = entry.files[lang].path.read_text(encoding="utf-8")
        assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", text), f"e-mail address in {entry.files[lang].display}"
        assert not re.search(r"(Tel\.|Telefon|phone)[:\s]*[+\d(]", text, re.I), f"phone number in {entry.files[lang].display}"


@pytest.mark.parametrize("entry", ENTRIES, ids=ids(ENTRIES))
def test_german_text_uses_german_quotation_marks(entry):
    assert '"' not in body(entry, "de"), f'straight quotes in {entry.files["de"].display}: use „…“'


@pytest.mark.parametrize("entry", ENTRIES, ids=ids(ENTRIES))
def test_the_english_version_says_as_much_as_the_german_one(entry):
    german, english = len(body(entry, "de").split()), len(body(entry, "en").split())
    assert english >= 0.75 * german, f"{entry.slug}: English has {english} words, German {german}"


# Glossary terms written as one word are checked in every pair of files: where the German text uses
# the term (inflected or not), the English text uses the glossary's English term or keeps the German one.
GLOSSARY = load_glossary()
SINGLE_WORD_TERMS = [term for term in GLOSSARY if re.fullmatch(r"[\wäöüÄÖÜß-]+", term.de)]


def test_the_glossary_has_unique_terms_in_both_languages():
    assert len(GLOSSARY) >= 25
    for lang in ("de", "en"):
        terms = [term.term(lang).casefold() for term in GLOSSARY]
        assert len(terms) == len(set(terms)), f"a {lang} term appears twice"


@pytest.mark.parametrize("entry", ENTRIES, ids=ids(ENTRIES))
def test_translations_use_the_glossary_terms(entry):
    german, english = body(entry, "de"), body(entry, "en")
    for term in SINGLE_WORD_TERMS:
        if re.search(rf"\b{term.de}(e|en|n|s|es)?\b", german):
            assert term.en.casefold() in english.casefold() or term.de in english, \
                f"{entry.files['en'].display}: German says „{term.de}“, English should say “{term.en}”"
