"""The vocabulary file: complete labels, the 16 Länder with their AGS prefixes, countries abroad."""

from kbm.vocabulary import countries, load_vocabulary

VOCABULARY = load_vocabulary()


def test_every_term_has_a_german_and_an_english_label():
    for kind in type(VOCABULARY).model_fields:
        for key, term in getattr(VOCABULARY, kind).items():
            assert term.de.strip() and term.en.strip(), f"{kind}.{key} lacks a label"


def test_the_sixteen_laender_have_their_iso_codes_and_ags_prefixes():
    laender = VOCABULARY.laender
    assert len(laender) == 16
    assert all(code.startswith("DE-") and len(code) == 5 for code in laender)
    assert sorted(term.ags for term in laender.values()) == [f"{n:02d}" for n in range(1, 17)]
    assert laender["DE-ST"].ags == "15" and laender["DE-ST"].en == "Saxony-Anhalt"


def test_keys_are_usable_in_urls():
    for kind in ("topics", "life_phases", "municipality_types", "programmes", "statuses", "size_classes"):
        for key in getattr(VOCABULARY, kind):
            assert key == key.lower() and " " not in key and key.isascii(), f"{kind}.{key}"


def test_countries_abroad_are_named_in_both_languages_and_exclude_germany():
    assert countries("de")["FR"] == "Frankreich"
    assert countries("en")["FR"] == "France"
    assert "DE" not in countries("en")
    assert set(countries("de")) == set(countries("en"))


def test_the_size_classes_cover_every_population_without_gaps_or_overlaps():
    minimums = [term.minimum for term in VOCABULARY.size_classes.values()]
    assert minimums[0] == 0 and all(isinstance(m, int) for m in minimums)
    assert minimums == sorted(set(minimums)), "each class starts above the one before"
    for key, term in VOCABULARY.size_classes.items():
        assert VOCABULARY.size_class(max(term.minimum, 1)) == key
