"""Bad input: every mistake in the broken and the hostile corpus is reported exactly, for the right file and line.

Each folder in tests/fixtures/broken/ (a contributor's slips) and tests/fixtures/hostile/ (what an attacker
or a careless copy from a web page brings) holds files laid over a copy of the fixture site and, in
expected.txt, every line the run must report: no more (valid files stay silent), no fewer. An empty
expected.txt marks a variant that must pass: contact data with recorded consent, or hostile text in a
header field, which the site shows escaped (tests/test_security.py opens those pages in a browser).
"""

import os
from pathlib import Path

import pytest
from conftest import BROKEN, FIXTURE_SITE, HOSTILE, copy_fixture_site, mkdocs_build

from kbm.collection import load_collection
from kbm.problems import ContentError

MISTAKES = sorted(
    p.relative_to(p.parent.parent).as_posix() for corpus in (BROKEN, HOSTILE) for p in corpus.iterdir() if p.is_dir()
)


def broken_copy(mistake: str, target: Path) -> Path:
    """The fixture site with the files of one corpus folder ('broken/…' or 'hostile/…', or a bare broken name)."""
    folder = BROKEN.parent / mistake if "/" in mistake else BROKEN / mistake
    site = copy_fixture_site(target)
    for path in folder.rglob("*"):
        if path.is_file() and path.name != "expected.txt":
            destination = site / path.relative_to(folder)
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(path.read_bytes())
    return site


def expected(mistake: str) -> list[str]:
    folder = BROKEN.parent / mistake if "/" in mistake else BROKEN / mistake
    return (folder / "expected.txt").read_text(encoding="utf-8").splitlines()


def test_the_fixture_site_itself_is_valid():
    collection = load_collection(FIXTURE_SITE)
    assert sorted(collection.cases) == ["grenzenlos-lernen", "halle-bildungskonferenz"]
    assert [b.slug for b in collection.bausteine_in_order] == ["koordination", "externe-kooperation"]


@pytest.mark.parametrize("mistake", MISTAKES)
def test_each_mistake_is_reported_exactly(mistake, tmp_path):
    site = broken_copy(mistake, tmp_path / "site")
    try:
        load_collection(site)
        reported = []
    except ContentError as error:
        reported = [str(p) for p in error.problems]
    if os.environ.get("UPDATE_GOLDEN"):  # rewrite expected.txt (review the diff!)
        folder = BROKEN.parent / mistake if "/" in mistake else BROKEN / mistake
        (folder / "expected.txt").write_text("".join(f"{line}\n" for line in reported), encoding="utf-8")
    assert reported == expected(mistake)  # an empty expected.txt: the variant is valid


def test_the_build_fails_before_writing_any_page_and_lists_every_problem(tmp_path):
    site = broken_copy("several-at-once", tmp_path / "site")
    output = tmp_path / "out"
    result = mkdocs_build(site / "mkdocs.yml", output)
    assert result.returncode != 0
    assert "3 problems in the content files:" in result.stderr
    for line in expected("several-at-once"):
        assert line in result.stderr
    assert not list(output.rglob("*.html")), "pages were written although the content is broken"


def test_a_short_translation_is_reported_but_not_while_the_page_still_has_placeholders():
    from kbm.rules import translation_problems

    german = "Ein Satz mit sechs Wörtern hier. " * 20
    assert [p.message for p in translation_problems(german, "Too short.", "x.en.md")] == [
        "the English text has 2 words, the German one 120: translate all of it, or leave the English file out until "
        "it is done"
    ]
    assert list(translation_problems(german + " TODO: mehr", "Too short. TODO", "x.en.md")) == []
