"""What the text rules refuse in a page and in its header, and what they let through."""

import pytest

from kbm.personal_data import contacts
from kbm.safety import line_problems, read_text, value_problems


def problems(text: str, consent: bool = False) -> list[str]:
    return [f"{p.line}: {p.message}" for p in read_text("x.md", text.splitlines(), 10, consent).problems]


@pytest.mark.parametrize(
    "number",
    [
        "0345 221-0000",
        "+49 345 2210000",
        "(0345) 22 10 00",
        "0345/221000",
        "+49 (0)345 221000",
        "0170 1234567",
        "0345 – 221 0000",
        "0345–2210000",
        "0 3 4 5 2 2 1 0 0 0 0",
        "0049 345 2210000",
        "+49\u00a0345\u00a02210000",
        "＋４９ ３４５ ２２１００００",
    ],
)
def test_a_phone_number_in_any_usual_form_is_refused_with_its_line(number):
    found = problems(f"Erste Zeile.\nRufen Sie {number} an.")
    assert len(found) == 1 and found[0].startswith("11: the phone number ") and "contact_consent" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Von 2009 bis 2015.",
        "Am 01.02.2023 begann es.",
        "Rund 120.000 Menschen.",
        "Drucksache 20/0345 123",
        "Drucksache 17/2345",
        "Vorlage 093/2012",
        "ISBN 978-3-00-012345-6",
        "https://example.org/0345221000",
        "2.300 Teilnehmende",
        "Von 2015–2020 und 2021–2024.",
        "0 bis 6 Jahre",
        "PLZ 06108 Halle",
        "Kinder (0–3 Jahre)",
        "AGS 15084",
    ],
)
def test_years_dates_counts_and_reference_numbers_are_not_taken_for_phone_numbers(text):
    assert problems(text) == []


@pytest.mark.parametrize(
    "address",
    [
        "maria@example.org",
        "maria [at] example [dot] org",
        "maria(at)example.org",
        "maria (at) example (punkt) org",
        "maria AT example DOT org",
        "maria&#64;example.org",
        "maria&commat;example.org",
        "maria＠example.org",
        "maria [ät] example [punkt] org",
    ],
)
def test_an_email_address_also_in_disguise_is_refused(address):
    found = problems(f"Schreiben Sie an {address}.")
    assert len(found) == 1 and "e-mail address maria@example.org" in found[0], found


@pytest.mark.parametrize(
    "text", ["Treffen at the school.", "Wir treffen uns at home.", "@Bildungsbüro", "Wir sind at work."]
)
def test_words_like_at_and_dot_alone_are_no_address(text):
    assert problems(text) == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("max.mustermann@**gmail.com**", "max.mustermann@gmail.com"),
        ("max.mustermann@<em></em>gmail.com", "max.mustermann@gmail.com"),
        ("max.mustermann@<!-- -->gmail.com", "max.mustermann@gmail.com"),
        ("max.mustermann@gmail\\.com", "max.mustermann@gmail.com"),
        ("max.mustermann at gmail.com", "max.mustermann@gmail.com"),
        ("max.mustermann @ gmail.com", "max.mustermann@gmail.com"),
        ("max.mustermann bei gmail punkt com", "max.mustermann@gmail.com"),
        ("max.mustermann@gm&shy;ail.com", "max.mustermann@gmail.com"),
        ("max.mustermann@gmail.c&#8203;om", "max.mustermann@gmail.com"),
        ("max.mustermann@\ngmail.com", "max.mustermann@gmail.com"),
        ("[E-Mail](mailto:max.mustermann%40gmail.com)", "max.mustermann@gmail.com"),
        ("015<!-- -->1 12345678", "0151 12345678"),
        ("0**151** 12345678", "0151 12345678"),
        ("Tel.0151 12345678", "0151 12345678"),
        ("Telefon+49 151 12345678", "+49 151 12345678"),
        ("0  151  12345678", "0 151 12345678"),
        ("0151\n12345678", "0151 12345678"),
        ("Mobil 0151 12345678-Max", "0151 12345678"),
        ("[Anrufen](tel:%2B4915112345678)", "+4915112345678"),
        ("de89 3704 0044 0532 0130 00", "de89 3704 0044 0532 0130 00"),
        ("DE89-3704-0044-0532-0130-00", "DE89-3704-0044-0532-0130-00"),
        ("![Foto](../assets/bilder/mustermann-0151-12345678.png)", "0151-12345678"),
        ("Kontakt: max.mustermann@[gmail.com](https://gmail.com)", "max.mustermann@gmail.com"),
        ("Kontakt: [max.mustermann@gmail](https://x.example).com", "max.mustermann@gmail.com"),
        ("Kontakt: max.mustermann@gm[ail.com][r]", "max.mustermann@gmail.com"),
        ("Kontakt: max.mustermann@*gmail*{: .x }.com", "max.mustermann@gmail.com"),
        ("Telefon: [0151](https://a.example) 12345678", "0151 12345678"),
        ("max.mustermann@gm\ufe0fail.com", "max.mustermann@gmail.com"),
        ("max.mustermann@gm\u034fail.com", "max.mustermann@gmail.com"),
        ("max.mustermann@gm\U000e0020ail.com", "max.mustermann@gmail.com"),
        ("max.mustermann@\n\u00a0\ngmail.com", "max.mustermann@gmail.com"),
    ],
)
def test_contact_data_is_found_as_the_page_shows_it_whatever_splits_it_in_the_source(text, found):
    reported = problems(f"Kontakt:\n{text}")
    assert any(found in p for p in reported), reported


@pytest.mark.parametrize(
    "text",
    [
        "01.09.2015–31.08.2019",
        "01.09.–31.12.2020",
        "01/2020–12/2023",
        "09/2019 – 08/2022",
        "09.00–16.00 Uhr",
        "ISBN 0198526636",
        "ISSN 0044-3247",
        "AGS 05334002",
        "Regionalschlüssel 053340002002",
        "Jahrgangsstufen 05/06/07/08",
        "Land Tirol (AT), tirol.gv.at",
        "Anmeldung bei der Stadt Halle.example",
        "(01.03.2021)",
        "(01.09.2015–31.08.2019)",
        "(09/2019–08/2022)",
        "(09.00–12.00 Uhr)",
        "Gerade bei diesem Punkt zeigte sich",
        "available at www.bildung-sachsen.de",
        "published at bmbf.de",
        "Städte 05334002 und 05334004",
        "01067–01069",
        "01067/01069",
        "Schulnummer 0123456",
        "Geschäftszeichen 012-34/56/2020",
        "AZ 0345-2020-12",
        "01. 09. 2015",
        "[Meldung](https://x.example/pm-0345678.html?code=0123456)",
        "das Programm Schule@Home.NRW",
    ],
)
def test_dates_times_keys_and_grades_are_no_contact_data(text):
    assert problems(text) == []


def test_an_iban_is_refused_and_a_number_that_only_looks_like_one_is_not():
    assert "IBAN DE89 3704 0044 0532 0130 00" in problems("Spenden an DE89 3704 0044 0532 0130 00.")[0]
    assert problems("Spenden an DE89370400440532013000.") != []
    assert problems("Kennung DE12 3456 7890 1234 5678 90.") == []  # the checksum does not fit


def test_contact_data_with_consent_passes():
    assert problems("Kontakt: maria@example.org, 0345 221-0000", consent=True) == []


def test_html_comments_are_content_too():
    assert "e-mail address" in problems("Text.\n<!-- intern: maria@example.org -->")[0]


@pytest.mark.parametrize(
    "char", ["\u202e", "\u202d", "\u2066", "\u200b", "\u200f", "\x07", "\x1b", "\ufeff", "&#x202E;", "&#8203;"]
)
def test_invisible_and_direction_changing_characters_are_refused(char):
    found = problems(f"Text.\nHalle{char}Saale")
    assert len(found) == 1 and found[0].startswith("11: the text contains the invisible character U+")


def test_a_text_full_of_contact_data_is_listed_up_to_a_limit_and_says_so():
    found = problems("\n\n".join(f"Person {n}: p{n}@example.org" for n in range(300)))
    assert len(found) == 201 and "p199@example.org" in found[199]
    assert found[200].startswith("410: more hidden characters or contact data may follow")


def test_every_rule_reports_each_finding_with_its_line():
    text = (
        "Text.\n<script>alert(1)</script>\n<a href='https://x.de' onclick=\"y\">z</a>\n[a](javascript:void)\n"
        "![b](data:image/png;base64,xyz)\nmaria@example.org\nTODO"
    )
    assert [line.split(":")[0] for line in problems(text)] == ["11", "12", "13", "14", "15", "16"]


def test_header_values_are_checked_wherever_they_are():
    meta = {
        "title": "Halle",
        "partners": [{"name": "Büro, Tel. 0345 221-0000"}],
        "sources": [{"title": "Brief von maria@example.org", "url": "https://x.de"}],
        "summary": "A\u202eB",
        "regions": [{"ags": "15002000"}],
    }
    found = dict(value_problems(meta, consent=False, codes=frozenset({"ags"})))
    assert set(found) == {("partners", 0, "name"), ("sources", 0, "title"), ("summary",)}
    assert not list(line_problems("Halle (Saale)", consent=False))


@pytest.mark.parametrize(
    "text, found",
    [
        ("Schreiben Sie an maria@example.org.", ["e-mail address"]),
        ("Tel. 0345 221-0000, IBAN DE89 3704 0044 0532 0130 00", ["phone number", "IBAN"]),
    ],
)
def test_contacts_names_what_it_found(text, found):
    assert [c.kind for c in contacts(text)] == found
