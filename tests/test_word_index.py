"""The Praxisfinder's word index: folding, weights, files, and what the fixture site's build writes."""

from __future__ import annotations

import json

import pytest

from kbm.word_index import (
    KEY_WORD,
    MOST_COUNTED,
    STEP,
    WORDS_PER_BUCKET,
    bucket_count,
    bucket_of,
    content_text,
    fold,
    page_words,
    word_index,
    words,
)


def decoded(coded: list[int]) -> dict[int, int]:
    """Row -> weight, as the finder's script reads a word's numbers."""
    rows, row = {}, 0
    for number in coded:
        row += number // STEP
        rows[row] = number % STEP
    return rows


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Übergänge", "ubergange"),
        ("Uebergaenge", "ubergange"),
        ("Straße", "strasse"),
        ("Café Élysée", "cafe elysee"),
        ("BILDUNGSBÜRO", "bildungsburo"),
        ("Bildungsbuero", "bildungsburo"),
    ],
)
def test_words_are_compared_without_case_accents_and_umlauts(text, expected):
    assert fold(text) == expected


def test_words_are_split_at_spaces_hyphens_and_punctuation():
    assert words("Übergang Schule–Beruf (2016-2019): Kreis-Bildungsbüro!") == [
        "ubergang",
        "schule",
        "beruf",
        "2016",
        "2019",
        "kreis",
        "bildungsburo",
    ]


def test_text_marked_as_repeating_other_pages_is_not_indexed():
    html = (
        '<p>Vorher <img src="a.png" alt=""> <br> Mitte</p>'
        "<div data-search-ignore><ul><li><a>Nordhausen</a><br></li></ul></div><p>Nachher &amp; danach</p>"
    )
    text = content_text(html)
    assert "Nordhausen" not in text
    assert words(text) == ["vorher", "mitte", "nachher", "danach"]


def test_an_ignored_part_with_an_element_of_its_own_kind_inside_is_left_out_whole():
    html = (
        "<p>Vorher</p><div data-search-ignore><div><p>Innen</p></div><p>Noch innen</p></div>"
        '<p data-search-ignore>Weg</p><div class="x"><p>Nachher</p></div>'
    )
    assert words(content_text(html)) == ["vorher", "nachher"]


def test_a_title_word_weighs_more_and_frequent_words_no_more_than_fifteen_times():
    page = page_words("Bildungskonferenz in Halle", "<p>" + "Halle " * 30 + "Konferenz Konferenz Schule</p>")
    assert page.weight("schule") == 1
    assert page.weight("konferenz") == 2
    assert page.weight("halle") == MOST_COUNTED + KEY_WORD
    assert page.weight("bildungskonferenz") == 1 + KEY_WORD


def test_each_word_lists_its_pages_in_row_order_with_their_weights_in_its_bucket():
    pages = [
        page_words("Halle", "<p>Schule</p>"),
        None,  # an entry without a page in this language is skipped, its row kept free
        page_words("Jena", "<p>Schule Schule</p>"),
    ]
    buckets = word_index(pages)
    assert len(buckets) == 1
    index = buckets[0]
    assert decoded(index["schule"]) == {0: 1, 2: 2}
    assert decoded(index["jena"]) == {2: 1 + KEY_WORD}
    assert all(word for word in index)


def test_the_number_of_files_grows_with_the_vocabulary_and_every_word_is_in_its_file():
    assert bucket_count(WORDS_PER_BUCKET) == 1
    assert bucket_count(WORDS_PER_BUCKET + 1) == 2
    assert bucket_count(100 * WORDS_PER_BUCKET) == 128
    vocabulary = " ".join(f"wort{n} {chr(97 + n % 26)}{n}x" for n in range(400))
    buckets = word_index([page_words("", f"<p>{vocabulary}</p>")])
    assert len(buckets) == bucket_count(800)
    for n, bucket in enumerate(buckets):
        assert all(bucket_of(word, len(buckets)) == n for word in bucket)
    # Words with the same first three letters share a file: a query word's beginning finds them all.
    assert len({bucket_of(w, len(buckets)) for w in ("wort1", "wort22", "wort333")}) == 1


def test_the_fixture_site_has_an_index_per_language_with_words_from_that_languages_pages(fixture_site):
    found = {}
    for prefix in ("", "en/"):
        folder = fixture_site / prefix / "suche"
        table = json.loads((folder / "eintraege.json").read_text(encoding="utf-8"))
        buckets = [
            json.loads((folder / "woerter" / f"{n}.json").read_text(encoding="utf-8")) for n in range(table["buckets"])
        ]
        assert not (folder / "woerter" / f"{table['buckets']}.json").exists()
        merged = {word: decoded(coded) for bucket in buckets for word, coded in bucket.items()}
        assert all(max(rows) < len(table["rows"]) for rows in merged.values())
        cards = [
            json.loads((folder / "karten" / f"{n}.json").read_text(encoding="utf-8")) for n in range(len(table["rows"]))
        ]
        halle = next(n for n, card in enumerate(cards) if card["url"].endswith("halle-bildungskonferenz/"))
        found[prefix] = (merged, halle)
    german, halle = found[""]
    english, halle_en = found["en/"]
    assert german["bildungskonferenz"][halle] & KEY_WORD
    assert english["conference"][halle_en] & KEY_WORD
    assert halle in german["deutscher"] and halle_en not in english.get("deutscher", {})
    assert halle_en in english["english"] and halle not in german.get("english", {})
