"""Reading a file, whatever it holds: a clear problem with its line, or the page; never another exception."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kbm.header import HeaderError, load
from kbm.problems import Problem
from kbm.sources import ContentFile, ParsedFile, read

VALID = "---\ntitle: Halle\nupdated: 2026-11-20\n---\n\n## Ausgangslage\n\nText.\n"


def read_bytes(tmp_path: Path, data: bytes, name: str = "halle.de.md") -> ParsedFile | Problem:
    path = tmp_path / name
    path.write_bytes(data)
    return read(ContentFile("praxisbeispiel", "halle", "de", path, f"docs/praxisbeispiele/{name}"))


def test_a_valid_file_is_read_with_the_line_of_every_field(tmp_path):
    page = read_bytes(tmp_path, VALID.encode())
    assert isinstance(page, ParsedFile)
    assert page.meta == {"title": "Halle", "updated": "2026-11-20"}  # dates stay text: the models check them
    assert page.lines == {("title",): 2, ("updated",): 3}
    assert page.body_start == 5 and page.body.startswith("## Ausgangslage")


def test_a_byte_order_mark_is_accepted(tmp_path):
    page = read_bytes(tmp_path, b"\xef\xbb\xbf" + VALID.encode())
    assert isinstance(page, ParsedFile) and page.meta["title"] == "Halle"


@pytest.mark.parametrize(
    "data, line, text",
    [
        ("---\ntitle: Gr\xfc\xdfe\n---\n".encode("latin-1"), 2, "not saved as UTF-8 (byte 0xFC"),
        (b"---\ntitle: Halle\n\nText ohne Ende des Kopfes.\n", 1, "the header is never closed"),
        (b"title: Halle\n", 1, "must start with its header"),
        (b"---\ntitle: Halle\n...\nsummary: x\n---\n", 3, "a line '...' ends the header for the site"),
        (b"---\na: &a [x, x]\nb: *a\n---\n", 2, "YAML anchors (&name) are not allowed"),
        (b"---\nb: *a\n---\n", 2, "YAML aliases (*name) are not allowed"),
        (b"---\nt: !!python/object/apply:os.system [ls]\n---\n", 2, "YAML tags"),
        (b"---\nt: !!binary aGFsbG8=\n---\n", 2, "YAML tags"),
        (b"---\ntitle: A\ntitle: B\n---\n", 3, "the field 'title' appears twice (also on line 2)"),
        (b"---\n<<: {title: A}\n---\n", 2, "YAML merge keys (<<) are not allowed"),
        (b"---\nyes: 1\n---\n", 2, "'yes' cannot be a field name"),
        (b"---\nn: 1" + b"0" * 5000 + b"\n---\n", 2, "this value cannot be read"),
        (b"---\nregions:\n  - {a: [[[1]]]}\n---\n", 3, "nested more than 4 levels"),
        (b"---\n- a\n- b\n---\n", 2, "a list of 'field: value' lines"),
        (b'---\ntitle: "Halle\n---\n', 2, "a quotation mark on this line is not closed"),
        (b"---\ntitle: A: B\n---\n", 2, "a value contains a colon"),
    ],
)
def test_a_header_that_cannot_be_read_is_one_problem_with_its_line(tmp_path, data, line, text):
    problem = read_bytes(tmp_path, data)
    assert isinstance(problem, Problem), problem
    assert problem.line == line and text in problem.message, problem


def test_values_yaml_would_read_as_something_else_stay_text(tmp_path):
    page = read_bytes(tmp_path, b"---\ntitle: 2026-11-20\nsummary: =\nnote: <<\nother: ! 2026-01-01\n---\n")
    assert isinstance(page, ParsedFile)
    assert page.meta == {"title": "2026-11-20", "summary": "=", "note": "<<", "other": "2026-01-01"}


def test_an_alias_bomb_is_refused_before_it_expands(tmp_path):
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 12)]
    problem = read_bytes(tmp_path, ("---\n" + "\n".join(levels) + "\n---\n").encode())
    assert isinstance(problem, Problem) and "anchors" in problem.message


def test_a_deeply_nested_list_is_refused_without_recursion(tmp_path):
    problem = read_bytes(tmp_path, b"---\nx: " + b"[" * 3000 + b"]" * 3000 + b"\n---\n")
    assert isinstance(problem, Problem) and problem.line == 2


def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    problem = read_bytes(tmp_path, VALID.encode() + b"x" * 1_000_001)
    assert isinstance(problem, Problem) and "at most 1 MB" in problem.message


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_any_bytes_give_a_page_or_a_problem(tmp_path, data):
    assert isinstance(read_bytes(tmp_path, b"---\n" + data), (ParsedFile, Problem))
    assert isinstance(read_bytes(tmp_path, data), (ParsedFile, Problem))


_YAML_BITS = st.sampled_from(
    [
        "title: ",
        "- ",
        "  ",
        "&a ",
        "*a ",
        "!!str ",
        "!tag ",
        "{",
        "}",
        "[",
        "]",
        ", ",
        ": ",
        "'",
        '"',
        "\n",
        "? ",
        "|\n",
        ">-\n",
        "#",
        "2026-13-45",
        "0x1F",
        "1e999",
        "~",
        "<<: ",
        "...\n",
        "---\n",
        "\t",
        "%YAML 1.1\n",
        "\\u0000",
        "ä",
        "\u202e",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_YAML_BITS, max_size=40).map("".join))
def test_any_yaml_gives_data_or_a_header_error(raw):
    try:
        load(raw)
    except HeaderError as error:
        assert error.message and (error.line is None or error.line >= 1)
