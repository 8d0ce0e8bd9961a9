"""Words the site generates around the content, in German and English."""

from __future__ import annotations

import datetime

TEXTS: dict[str, dict[str, str]] = {
    # fact box
    "facts": {"de": "Auf einen Blick", "en": "At a glance"},
    "region": {"de": "Region", "en": "Region"},
    "regions": {"de": "Regionen", "en": "Regions"},
    "period": {"de": "Zeitraum", "en": "Period"},
    "since": {"de": "seit {start}", "en": "since {start}"},
    "status": {"de": "Status", "en": "Status"},
    "topics": {"de": "Themen", "en": "Topics"},
    "life_phases": {"de": "Lebensphasen", "en": "Life phases"},
    "programme": {"de": "Programm", "en": "Programme"},
    "partners": {"de": "Beteiligte", "en": "Partners"},
    "sources": {"de": "Quellen", "en": "Sources"},
    "bausteine": {"de": "Bausteine", "en": "Bausteine"},
    "updated": {"de": "Stand", "en": "Last checked"},
    "population": {"de": "Einwohnerzahl", "en": "Population"},
    "population_of": {"de": "{count} am {day}", "en": "{count} on {day}"},
    "source": {"de": "Quelle", "en": "source"},
    # notices
    "untranslated_title": {"de": "Noch nicht übersetzt", "en": "Not translated yet"},
    "translations_title": {"de": "Übersetzungsstand", "en": "Translation status"},
    "translations_intro": {
        "de": "Welche Bausteine und Praxisbeispiele noch einen englischen Text brauchen und welche englischen Texte "
        "älter sind als ihr deutsches Original.",
        "en": "Which Bausteine and practice examples still need an English text, and which English texts are older "
        "than their German original.",
    },
    "translations_lead": {
        "de": "Jede Seite erscheint auf Englisch, sobald jemand sie übersetzt. Wie Sie eine Übersetzung beitragen, "
        "steht auf der Seite [Mitmachen]{link}.",
        "en": "Each page appears in English once someone translates it. How to contribute a translation is "
        "explained on the [Contribute]{link} page.",
    },
    "translations_missing": {"de": "Noch ohne englischen Text", "en": "No English text yet"},
    "translations_outdated": {
        "de": "Englischer Text älter als das deutsche Original",
        "en": "English text older than the German original",
    },
    "translations_none": {"de": "Keine.", "en": "None."},
    "translations_unknown": {
        "de": "Das lässt sich nur aus der Versionsgeschichte ablesen; diese Fassung des Portals wurde ohne sie gebaut.",
        "en": "Only the version history can tell; this copy of the site was built without it.",
    },
    "translations_dates": {
        "de": "Original geändert am {german}, Übersetzung zuletzt am {english}",
        "en": "original changed on {german}, translation last changed on {english}",
    },
    "outdated_title": {"de": "Übersetzung älter als das Original", "en": "Translation older than the original"},
    "outdated": {
        "de": "Das deutsche Original wurde am {german} geändert, diese Übersetzung zuletzt am {english}.",
        "en": "The German original was changed on {german}; this translation was last changed on {english}. "
        "It may not yet include the latest changes.",
    },
    "untranslated": {
        "de": "Diese Seite ist noch nicht übersetzt. Sie lesen das Original.",
        "en": "This page has not been translated into English yet. You are reading the German original.",
    },
    "in_german": {"de": "auf Deutsch", "en": "in German"},
    "baustein_number": {"de": "Baustein {number}", "en": "Baustein {number}"},
    # Baustein pages
    "self_assessment": {"de": "Selbsteinschätzung", "en": "Self-assessment"},
    "self_assessment_intro": {
        "de": "Wo steht Ihre Kommune? Die Stufen bauen aufeinander auf; ordnen Sie sich dort ein, wo die "
        "Beschreibung am besten passt.",
        "en": "Where does your municipality stand? The stages build on each other; place yourself where the "
        "description fits best.",
    },
    "sa_where": {"de": "Wo steht Ihre Kommune?", "en": "Where does your municipality stand?"},
    "sa_next": {"de": "Nächste Stufe: {stage}", "en": "Next stage: {stage}"},
    "sa_next_stage": {"de": "Nächste Stufe", "en": "Next stage"},
    "sa_top": {
        "de": "Sie haben die höchste Stufe erreicht. Halten Sie sie: Die Schritte der Umsetzung und die "
        "Praxisbeispiele zeigen, worauf es dabei ankommt.",
        "en": "You have reached the highest stage. To keep it, the steps of the implementation and the practice "
        "examples show what matters.",
    },
    "sa_takes": {"de": "Was es braucht (aus der Umsetzung):", "en": "What it takes (from the implementation):"},
    "sa_cases": {"de": "Praxisbeispiele dazu:", "en": "Practice examples:"},
    "sa_none": {"de": "nicht eingeschätzt", "en": "not assessed"},
    "sa_to_overview": {
        "de": "Alle Bausteine einschätzen: zur Selbsteinschätzung mit Profil, Datei und Ausdruck",
        "en": "Assess every Baustein: to the self-assessment with profile, file and printout",
    },
    "sa_title": {"de": "Selbsteinschätzung", "en": "Self-assessment"},
    "sa_intro": {
        "de": "Wo steht Ihre Kommune im Bildungsmanagement? Ordnen Sie sich für jeden Baustein einer Stufe zu "
        "und sehen Sie, was als Nächstes kommt und welche Praxisbeispiele es zeigen.",
        "en": "Where does your municipality stand in education management? Place it on a stage for each "
        "Baustein and see what comes next and which practice examples show it.",
    },
    "sa_privacy": {
        "de": "Ihre Antworten bleiben in Ihrem Browser: Nichts wird gesendet. Gespeichert wird nur, wenn Sie "
        "„In diesem Browser speichern“ wählen; Sie können das jederzeit wieder löschen. Um Ergebnisse zu "
        "vergleichen oder weiterzugeben, laden Sie sie als Datei herunter und später wieder hoch.",
        "en": "Your answers stay in your browser: nothing is sent. They are stored only if you choose “Keep in "
        "this browser”, and you can delete them at any time. To compare results or pass them on, download "
        "them as a file and load it again later.",
    },
    "sa_profile": {"de": "Profil: {items}", "en": "Profile: {items}"},
    "sa_profile_item": {"de": "{title}: Stufe {n} von {of}", "en": "{title}: stage {n} of {of}"},
    "sa_profile_none": {"de": "Profil: noch keine Antworten", "en": "Profile: no answers yet"},
    "sa_profile_caption": {
        "de": "Ihr Profil: je länger der Balken, desto weiter ist der Baustein, bis Stufe {n}.",
        "en": "Your profile: the longer the bar, the further the Baustein has come, up to stage {n}.",
    },
    "sa_municipality": {
        "de": "Kommune (freiwillig, für Datei und Ausdruck)",
        "en": "Municipality (optional, for file and printout)",
    },
    "sa_keep": {"de": "In diesem Browser speichern", "en": "Keep in this browser"},
    "sa_delete": {"de": "Gespeicherte Antworten löschen", "en": "Delete the kept answers"},
    "sa_download": {"de": "Als Datei herunterladen", "en": "Download as a file"},
    "sa_load": {"de": "Datei laden", "en": "Load a file"},
    "sa_print": {"de": "Drucken", "en": "Print"},
    "sa_saved": {
        "de": "Ihre Antworten werden in diesem Browser gespeichert.",
        "en": "Your answers are kept in this browser.",
    },
    "sa_not_saved": {"de": "Nichts ist gespeichert.", "en": "Nothing is kept."},
    "sa_deleted": {
        "de": "Die gespeicherten Antworten sind gelöscht; die Antworten auf dieser Seite bleiben bis zum Verlassen.",
        "en": "The kept answers are deleted; the answers on this page remain until you leave it.",
    },
    "sa_loaded": {
        "de": "Datei geladen (Stand {date}): {n} Bausteine eingeschätzt.",
        "en": "File loaded (as of {date}): {n} Bausteine assessed.",
    },
    "sa_bad_file": {
        "de": "Diese Datei ist keine Selbsteinschätzung dieses Portals; nichts wurde geändert.",
        "en": "This file is not a self-assessment of this site; nothing was changed.",
    },
    "sa_unknown": {
        "de": "Nicht übernommen, weil es diese Bausteine oder Stufen hier nicht gibt: {items}.",
        "en": "Not taken over, because these Bausteine or stages do not exist here: {items}.",
    },
    "sa_print_title": {"de": "Selbsteinschätzung {who}– Stand {date}", "en": "Self-assessment {who}– as of {date}"},
    "sa_as_of": {"de": "Stand", "en": "As of"},
    "stage": {"de": "Stufe", "en": "Stage"},
    "stage_description": {"de": "Woran Sie sie erkennen", "en": "How to recognise it"},
    "stage_1": {"de": "Einstieg", "en": "Getting started"},
    "stage_2": {"de": "Aufbau", "en": "Building up"},
    "stage_3": {"de": "Etabliert", "en": "Established"},
    "stage_4": {"de": "Verstetigt", "en": "Sustained"},
    "baustein_cases": {"de": "Praxisbeispiele zu diesem Baustein", "en": "Practice examples for this Baustein"},
    "no_cases_yet": {
        "de": "Zu diesem Baustein gibt es noch kein Praxisbeispiel.",
        "en": "There is no practice example for this Baustein yet.",
    },
    "related": {"de": "Verwandte Bausteine", "en": "Related Bausteine"},
    "all_baustein_cases": {
        "de": "Alle {n} Praxisbeispiele zu diesem Baustein",
        "en": "All {n} practice examples for this Baustein",
    },
    "baustein_cases_title": {
        "de": "Praxisbeispiele zum Baustein „{title}“",
        "en": "Practice examples for the Baustein “{title}”",
    },
    "baustein_cases_intro": {
        "de": "Alle Praxisbeispiele zu diesem Baustein, zuletzt geprüfte zuerst.",
        "en": "All practice examples for this Baustein, most recently checked first.",
    },
    "back_to_baustein": {"de": "Zum Baustein", "en": "To the Baustein"},
    # listings split into pages
    "page_title": {"de": "{title} – Seite {n} von {total}", "en": "{title} – page {n} of {total}"},
    "page_of": {"de": "Seite {n} von {total}", "en": "Page {n} of {total}"},
    "cases_range": {
        "de": "Praxisbeispiele {first}–{last} von {total}",
        "en": "practice examples {first}–{last} of {total}",
    },
    "pages_label": {"de": "Seiten dieser Liste", "en": "Pages of this list"},
    "page_word": {"de": "Seite ", "en": "Page "},
    "previous_page": {"de": "Vorherige Seite", "en": "Previous page"},
    "next_page": {"de": "Nächste Seite", "en": "Next page"},
    # index pages
    "themen_title": {"de": "Themen", "en": "Topics"},
    "themen_intro": {
        "de": "Bausteine und Praxisbeispiele nach Themen. Die Zahl nennt die Praxisbeispiele.",
        "en": "Bausteine and practice examples by topic. The number counts the practice examples.",
    },
    "topic_intro": {"de": "Alles zum Thema „{label}“.", "en": "Everything on “{label}”."},
    "lebensphasen_title": {"de": "Lebensphasen", "en": "Life phases"},
    "lebensphasen_intro": {
        "de": "Praxisbeispiele nach der Lebensphase, die sie ansprechen.",
        "en": "Practice examples by the life phase they address.",
    },
    "life_phase_intro": {
        "de": "Praxisbeispiele für die Lebensphase „{label}“.",
        "en": "Practice examples for the life phase “{label}”.",
    },
    "regionen_title": {"de": "Regionen", "en": "Regions"},
    "regionen_intro": {
        "de": "Praxisbeispiele nach Ländern. Die Zahl nennt die Praxisbeispiele.",
        "en": "Practice examples by German Land. The number counts the practice examples.",
    },
    "laender": {"de": "Länder", "en": "German Länder"},
    "abroad": {"de": "Ausland und grenzüberschreitend", "en": "Abroad and across borders"},
    "land_intro": {
        "de": "Praxisbeispiele aus {label}, nach Kreis oder Stadt.",
        "en": "Practice examples from {label}, by district or city.",
    },
    "country_intro": {
        "de": "Praxisbeispiele mit Beteiligten in {label}.",
        "en": "Practice examples with partners in {label}.",
    },
    "whole_land": {"de": "Landesweit", "en": "Statewide"},
    "no_cases_here": {
        "de": "Hier gibt es noch kein Praxisbeispiel. Kennen Sie eines? [So schlagen Sie es vor]({link}).",
        "en": "There is no practice example here yet. Do you know one? [This is how to suggest it]({link}).",
    },
    "case_count": {"de": "{n} Praxisbeispiele", "en": "{n} practice examples"},
    "case_count_1": {"de": "1 Praxisbeispiel", "en": "1 practice example"},
    "bausteine_title": {"de": "Bausteine", "en": "Bausteine"},
    "bausteine_intro": {
        "de": "Die Bausteine beschreiben, wie eine Kommune ihr Bildungsmanagement aufbaut: jeweils mit "
        "Einleitung, Umsetzung und Selbsteinschätzung.",
        "en": "The Bausteine (building blocks) describe how a municipality builds up its local education "
        "management, each with an introduction, implementation and a self-assessment.",
    },
    "cases_title": {"de": "Praxisbeispiele", "en": "Practice examples"},
    "cases_intro": {
        "de": "Alle Praxisbeispiele, zuletzt geprüfte zuerst.",
        "en": "All practice examples, most recently checked first.",
    },
    "glossary_title": {"de": "Glossar", "en": "Glossary"},
    "glossary_intro": {
        "de": "Die Fachbegriffe des kommunalen Bildungsmanagements, wie dieses Portal sie verwendet, mit ihrer "
        "englischen Entsprechung. Übersetzungen auf dieser Seite halten sich an diese Begriffe.",
        "en": "The terms of local education management as this site uses them, with their German originals. "
        "The English pages of this site keep to these terms.",
    },
    "glossary_other": {"de": "Englisch", "en": "German"},
    # start page
    "start_search_label": {
        "de": "Praxisbeispiele und Bausteine durchsuchen",
        "en": "Search practice examples and Bausteine",
    },
    "start_figures": {
        "de": "{cases} Praxisbeispiele aus {laender} Ländern · {bausteine} Bausteine",
        "en": "{cases} practice examples from {laender} German Länder · {bausteine} Bausteine",
    },
    "start_bausteine": {
        "de": "Schritt für Schritt zum kommunalen Bildungsmanagement, mit Selbsteinschätzung.",
        "en": "Local education management step by step, with a self-assessment.",
    },
    "start_cases": {
        "de": "Was Kommunen getan haben: Ausgangslage, Vorgehen, Ergebnisse, Quellen.",
        "en": "What municipalities did: starting point, approach, results, sources.",
    },
    "start_topics": {
        "de": "Von Bildungsübergängen bis Bildungsmonitoring: alles zu einem Thema.",
        "en": "From educational transitions to monitoring: everything on one topic.",
    },
    "start_life_phases": {
        "de": "Von der frühen Kindheit bis zur Weiterbildung im Alter.",
        "en": "From early childhood to learning in later life.",
    },
    "start_regions": {
        "de": "Praxisbeispiele nach Ländern, Kreisen und Städten, auf der Karte.",
        "en": "Practice examples by Land, district and city, on the map.",
    },
    "start_self_assessment": {
        "de": "Wo steht Ihre Kommune? Baustein für Baustein einschätzen, mit den nächsten Schritten.",
        "en": "Where does your municipality stand? Assess it Baustein by Baustein, with the next steps.",
    },
    "start_finder": {
        "de": "Alle Praxisbeispiele durchsuchen und nach Thema, Land, Art und Größe der Kommune filtern.",
        "en": "Search all practice examples and filter by topic, Land, kind and size of municipality.",
    },
    "start_newest": {"de": "Zuletzt geprüfte Praxisbeispiele", "en": "Recently checked practice examples"},
    "start_newest_anchor": {"de": "zuletzt-geprueft", "en": "recently-checked"},
    "start_all_cases": {"de": "Alle Praxisbeispiele", "en": "All practice examples"},
    "permalink_title": {"de": "Link zu diesem Abschnitt", "en": "Link to this section"},
    "feed_site": {"de": "{site}: neue und geprüfte Seiten", "en": "{site}: new and checked pages"},
    "feed_of": {"de": "{site}: {name}", "en": "{site}: {name}"},
    "map_label": {
        "de": "Karte der Länder mit ihren Praxisbeispielen",
        "en": "Map of the Länder with their practice examples",
    },
    "map_caption": {
        "de": "Die Länder, je dunkler, desto mehr Praxisbeispiele; die Zahl steht im Land. Die {points} Punkte "
        "sind Orte, deren Koordinaten ein Praxisbeispiel nennt.",
        "en": "The Länder, the darker the more practice examples; the number is written in each Land. The {points} "
        "points are places whose coordinates a practice example gives.",
    },
    "map_caption_land": {
        "de": "Das Land ist markiert; die {points} Punkte sind seine Orte, deren Koordinaten ein Praxisbeispiel nennt.",
        "en": "The Land is marked; the {points} points are its places whose coordinates a practice example gives.",
    },
    "map_credit": {
        "de": "Kartengrundlage: {source}, Lizenz {licence}, vereinfacht.",
        "en": "Base map: {source}, licence {licence}, simplified.",
    },
    "map_table": {"de": "Dieselben Zahlen als Tabelle", "en": "The same figures as a table"},
    "map_land": {"de": "Land", "en": "Land"},
    "map_cases": {"de": "Praxisbeispiele", "en": "Practice examples"},
    "open_data_title": {"de": "Offene Daten", "en": "Open data"},
    "open_data_intro": {
        "de": "Alle Praxisbeispiele als JSON, CSV, GeoJSON und als DCAT-AP.de-Katalog, unter CC BY 4.0.",
        "en": "All practice examples as JSON, CSV, GeoJSON and a DCAT-AP.de catalogue, under CC BY 4.0.",
    },
    "open_data_lead": {
        "de": "Die {n} Praxisbeispiele des Portals stehen auch als Daten bereit, zum Auswerten, Weiterverwenden "
        "und zum Einsammeln durch Datenportale wie GovData. Sie stehen wie alle Texte unter der Lizenz "
        "CC BY 4.0: Nennen Sie das Portal als Quelle. Die Dateien entstehen bei jedem Bau der Website neu.",
        "en": "The site's {n} practice examples are also available as data, to analyse, reuse and be harvested "
        "by data portals such as GovData. Like all texts they are under CC BY 4.0: name the site as the "
        "source. The files are made anew with every build of the site.",
    },
    "open_data_fields": {"de": "Die Felder", "en": "The fields"},
    "open_data_geojson": {
        "de": "Die GeoJSON-Datei (RFC 7946, WGS 84) hat ein Feature je Praxisbeispiel, mit dessen Namen als "
        "`id`. Nennt das Praxisbeispiel Koordinaten, liegt es dort (ein Punkt, bei mehreren Orten mehrere); "
        "sonst an einem Punkt in seinem Land. Das sagt die Eigenschaft `placed`: `coordinates`, `land` oder "
        "`none` (im Ausland ohne Koordinaten, dann ohne Geometrie); `places` nennt seine Orte. Die übrigen "
        "Eigenschaften – {properties} – bedeuten dasselbe wie in der JSON-Datei.",
        "en": "The GeoJSON file (RFC 7946, WGS 84) has one feature per practice example, with its name as `id`. "
        "Where the practice example gives coordinates, it lies there (a point, several for several places); "
        "otherwise at a point inside its Land. The property `placed` says which: `coordinates`, `land` or "
        "`none` (abroad without coordinates, then without geometry); `places` names its places. The other "
        "properties – {properties} – mean the same as in the JSON file.",
    },
    "programme_cases": {
        "de": "{programme}: {n} Praxisbeispiele auf diesem Portal",
        "en": "{programme}: {n} practice examples on this site",
    },
    "all_programme_cases": {
        "de": "Alle {n} Praxisbeispiele dieses Programms im Praxisfinder",
        "en": "All {n} practice examples of this programme in the Praxisfinder",
    },
    "similar_title": {"de": "Ähnliche Praxisbeispiele", "en": "Similar practice examples"},
    "similar_same_type": {"de": "gleiche Art der Kommune", "en": "same type of municipality"},
    "similar_same_size": {"de": "ähnliche Größe", "en": "similar size"},
    "similar_also": {"de": "auch: {what}", "en": "also: {what}"},
    "edit_page": {"de": "Diese Seite bearbeiten", "en": "Edit this page"},
    "report_problem": {"de": "Fehler melden", "en": "Report a problem"},
    "glossary_letters": {"de": "Begriffe von A bis Z", "en": "Terms from A to Z"},
    "sample_operator_title": {"de": "Beispielangaben", "en": "Sample details"},
    "sample_operator": {
        "de": "Name, Anschrift und Kontakte auf dieser Seite sind Beispiele. Wer das Portal betreibt, trägt die "
        "eigenen Angaben einmal in der Konfiguration ein (mkdocs.yml, extra.operator).",
        "en": "The name, address and contacts on this page are samples. Whoever runs the site enters their own "
        "details once in the configuration (mkdocs.yml, extra.operator).",
    },
    # search
    "search_label": {"de": "Portal durchsuchen", "en": "Search the site"},
    "search_placeholder": {"de": "Suchen", "en": "Search"},
    "search_submit": {"de": "Suche starten", "en": "Search"},
    "finder_title": {"de": "Praxisfinder", "en": "Practice finder"},
    "finder_intro": {
        "de": "Suchen Sie in allen Bausteinen und Praxisbeispielen – mit Suchbegriffen, Filtern oder beidem.",
        "en": "Search all Bausteine and practice examples – by words, by filters or both.",
    },
    "finder_query": {"de": "Suchbegriffe", "en": "Search terms"},
    "finder_placeholder": {"de": "z. B. Übergang Schule Beruf", "en": "e.g. transition school work"},
    "finder_reset": {"de": "Alles zurücksetzen", "en": "Reset all"},
    "finder_noscript": {
        "de": "Der Praxisfinder braucht JavaScript. Ohne JavaScript finden Sie alle Inhalte über die Übersichten:",
        "en": "The practice finder needs JavaScript. Without it, all content is in the overviews:",
    },
    "finder_sort": {"de": "Sortierung", "en": "Sort by"},
    "finder_sort_relevanz": {"de": "Relevanz", "en": "Relevance"},
    "finder_sort_neu": {"de": "Zuletzt geprüft", "en": "Recently checked"},
    "finder_sort_titel": {"de": "Titel (A–Z)", "en": "Title (A–Z)"},
    "finder_sort_land": {"de": "Land", "en": "Land"},
    "finder_filters": {"de": "Filter", "en": "Filters"},
    "finder_active": {"de": "Aktive Filter", "en": "Active filters"},
    "finder_remove": {"de": "Filter entfernen: {label}", "en": "Remove filter: {label}"},
    "finder_results": {"de": "Ergebnisse", "en": "Results"},
    "finder_none": {
        "de": "Keine Treffer. Versuchen Sie weniger Suchbegriffe oder Filter.",
        "en": "No results. Try fewer words or filters.",
    },
    "finder_one": {"de": "1 Ergebnis", "en": "1 result"},
    "finder_many": {"de": "{n} Ergebnisse", "en": "{n} results"},
    "finder_range": {"de": "{first}–{last} von {n} Ergebnissen", "en": "{first}–{last} of {n} results"},
    "finder_wait": {"de": "Suche läuft …", "en": "Searching …"},
    "finder_failed": {
        "de": "Die Suche konnte nicht geladen werden. Bitte laden Sie die Seite neu.",
        "en": "The search could not be loaded. Please reload the page.",
    },
    "finder_previous": {"de": "Vorherige Seite", "en": "Previous page"},
    "finder_next": {"de": "Nächste Seite", "en": "Next page"},
    "finder_pages": {"de": "Ergebnisseiten", "en": "Result pages"},
    "filter_typ": {"de": "Art der Seite", "en": "Type of page"},
    "filter_thema": {"de": "Thema", "en": "Topic"},
    "filter_land": {"de": "Land", "en": "Land (state)"},
    "filter_lebensphase": {"de": "Lebensphase", "en": "Life phase"},
    "filter_art": {"de": "Art der Kommune", "en": "Type of municipality"},
    "filter_groesse": {"de": "Größe (Einwohnerzahl)", "en": "Size (population)"},
    "filter_programm": {"de": "Programm", "en": "Programme"},
    "filter_status": {"de": "Status", "en": "Status"},
    # theme: footer and 404 page
    "legal_nav": {"de": "Rechtliches", "en": "Legal"},
    "imprint": {"de": "Impressum", "en": "Legal notice"},
    "privacy": {"de": "Datenschutz", "en": "Privacy"},
    "accessibility": {"de": "Barrierefreiheit", "en": "Accessibility"},
    "made_with": {"de": "Erstellt mit", "en": "Made with"},
    "not_found_title": {"de": "Seite nicht gefunden", "en": "Page not found"},
    "not_found_text": {
        "de": "Unter dieser Adresse gibt es keine Seite. Vielleicht ist sie umgezogen oder die Adresse "
        "enthält einen Tippfehler. Von hier aus finden Sie weiter:",
        "en": "There is no page at this address. It may have moved, or the address may contain a typo. "
        "You can continue from here:",
    },
    "not_found_home": {"de": "Startseite", "en": "Home"},
    "topic_bausteine": {"de": "Bausteine", "en": "Bausteine"},
    "topic_cases": {"de": "Praxisbeispiele", "en": "Practice examples"},
    "no_bausteine_here": {
        "de": "Kein Baustein ist diesem Thema zugeordnet.",
        "en": "No Baustein belongs to this topic.",
    },
}


def t(key: str, lang: str, **values: object) -> str:
    return TEXTS[key][lang].format(**values)


def case_count(n: int, lang: str) -> str:
    return t("case_count_1", lang) if n == 1 else t("case_count", lang, n=n)


_MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def number(n: int, lang: str) -> str:
    """203.873 in German, 203,873 in English."""
    return f"{n:,}".replace(",", "." if lang == "de" else ",")


def date(day: datetime.date, lang: str) -> str:
    """23.11.2026 in German, 23 November 2026 in English."""
    if lang == "de":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
