"""How much a listing shows: the policy behind every list of cases, in one place."""

from __future__ import annotations

from .entries import Collection, Entry

# Listings that grow with the collection are split into pages of this many cases (see indexes.py).
LISTING_PAGE_SIZE = 100
# A Baustein page shows this many of its cases, most recently checked first, and links to the rest.
BAUSTEIN_CASES_SHOWN = 10


def has_case_listing(entry: Entry, collection: Collection) -> bool:
    """Whether a Baustein has more cases than its page shows, and so a listing of them all."""
    return len(collection.cases_by_baustein.get(entry.slug, [])) > BAUSTEIN_CASES_SHOWN


# The programmes timeline shows this many cases of each programme, most recently checked first, and links to
# the Praxisfinder filtered by the programme for the rest.
PROGRAMME_CASES_SHOWN = 10
