"""What the safety rules refuse in a page's text, and what they let through."""

import pytest

from kbm.safety import text_problems


def problems(text: str, consent: bool = False) -> list[str]:
    return [f"{p.line}: {p.message}" for p in text_problems("x.md", text.splitlines(), 10, consent)]


@pytest.mark.parametrize("number", ["0345 221-0000", "+49 345 2210000", "(0345) 22 10 00", "0345/221000",
                                    "+49 (0)345 221000", "0170 1234567"])
def test_a_phone_number_in_any_usual_form_is_refused_with_its_line(number):
    found = problems(f"Erste Zeile.\nRufen Sie {number} an.")
    assert len(found) == 1 and found[0].startswith("11: the phone number ") and "contact_consent" in found[0]


@pytest.mark.parametrize("text", ["Von 2009 bis 2015.", "Am 01.02.2023 begann es.", "Rund 120.000 Menschen.",
                                  "Drucksache 20/0345 123", "ISBN 978-3-00-012345-6",
                                  "https://example.org/0345221000"])
def test_years_dates_and_reference_numbers_are_not_taken_for_phone_numbers(text):
    assert problems(text) == []


def test_contact_data_with_consent_passes():
    assert problems("Kontakt: maria@example.org, 0345 221-0000", consent=True) == []


def test_every_rule_reports_each_finding_with_its_line():
    text = ("Text.\n<script>alert(1)</script>\n<a href='x' onclick=\"y\">z</a>\n[a](javascript:void)\n"
            "![b](data:image/png;base64,xyz)\nmaria@example.org\nTODO")
    assert [line.split(":")[0] for line in problems(text)] == ["11", "12", "13", "14", "15", "16"]
