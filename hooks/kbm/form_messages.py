"""The content checks' messages in German, for contributors who use the proposal form.

The checks speak English (scripts/validate.py, the build); the form's answers on an issue are German.
Each rule below matches one English message and says it in German; a message no rule knows is kept in
English, marked as such, so that nothing is lost.
"""

from __future__ import annotations

import re

_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), german)
    for pattern, german in (
        (r"^needs at least 1 entry$", "Bitte wählen Sie mindestens einen Eintrag."),
        (r"^needs at least (\d+) entries$", r"Bitte wählen Sie mindestens \1 Einträge."),
        (
            r"^is (\d+) characters long; at most (\d+) are allowed$",
            r"Der Text ist \1 Zeichen lang; höchstens \2 sind möglich.",
        ),
        (
            r"^'(.*)' is not a web address starting with https://.*$",
            r"„\1“ ist keine Webadresse, die mit https:// beginnt. Gibt es die Quelle nicht unter https://, "
            r"suchen Sie dasselbe Dokument an anderer Stelle oder nennen Sie eine andere Quelle.",
        ),
        (
            r"^the (e-mail address|phone number|IBAN) (.+?) is personal data.*$",
            r"„\2“ ist eine persönliche Kontaktangabe und gehört nicht auf die Seite. Nennen Sie stattdessen die "
            r"Organisation und ihre öffentliche Webseite.",
        ),
        (
            r"^<(\w+)> is not written by hand.*$",
            r"Das HTML-Element <\1> ist nicht erlaubt. Schreiben Sie bitte nur Text; Bilder und Links "
            r"ergänzt die Redaktion.",
        ),
        (
            r"^the attribute (\S+)= is not allowed: pages may not run code$",
            r"„\1=“ ist nicht erlaubt: Seiten führen keinen Code aus.",
        ),
        (r"^<(\w+)> is not allowed.*$", r"Das HTML-Element <\1> ist nicht erlaubt. Schreiben Sie bitte nur Text."),
        (
            r"^'## (.+)' is not one of the sections of a Praxisbeispiel.*$",
            r"„## \1“ ist kein Abschnitt eines Praxisbeispiels. Zwischenüberschriften schreiben Sie mit ###.",
        ),
        (
            r"^a line of '=' or '-' right under a text makes that text a heading.*$",
            "Eine Zeile aus „=“ oder „-“ direkt unter einem Text macht ihn zur Überschrift. Lassen Sie eine "
            "Leerzeile davor oder löschen Sie die Zeile.",
        ),
        (
            r"^the German text says „(.+?)“: the English text should use the glossary's term “(.+?)”.*$",
            r"Der deutsche Text sagt „\1“: Der englische Text sollte den Begriff “\2” aus dem Glossar verwenden.",
        ),
        (
            r"^the English text has (\d+) words, the German one (\d+).*$",
            r"Der englische Text hat \1 Wörter, der deutsche \2: Bitte übersetzen Sie alles oder lassen Sie die "
            r"englischen Felder leer.",
        ),
        (r"^missing sections? (.+?):.*$", r"Es fehlt: \1."),
        (
            r"^lat (\S+), lon (\S+) lies outside (DE-\w\w) \(are latitude and longitude swapped\?\): there "
            r"latitudes run from (\S+) to (\S+) and longitudes from (\S+) to (\S+)$",
            r"Breite \1, Länge \2 liegt nicht in \3: Sind Breite und Länge vertauscht? Zuerst kommt die Breite, "
            r"dort von \4 bis \5; die Länge reicht dort von \6 bis \7.",
        ),
        (
            r"^lat (\S+), lon (\S+) lies outside (DE-\w\w): there "
            r"latitudes run from (\S+) to (\S+) and longitudes from (\S+) to (\S+)$",
            r"Breite \1, Länge \2 liegt nicht in \3; dort reicht die Breite von \4 bis \5, die Länge von \6 bis "
            r"\7. Stimmen Ort und Land?",
        ),
    )
)


def in_german(message: str) -> str:
    """``message`` in German, or as it is with a note that it is English."""
    for pattern, german in _RULES:
        if pattern.match(message):
            return pattern.sub(german, message)
    return f"(Hinweis der Prüfung, auf Englisch) {message}"
