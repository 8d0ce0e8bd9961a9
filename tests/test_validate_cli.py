"""scripts/validate.py as a contributor runs it: lines, exit status, only the files asked about."""

import re
import subprocess
import sys

import pytest
from conftest import ROOT, copy_site


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    copy = copy_site(ROOT, tmp_path_factory.mktemp("project") / "project")
    case = copy / CASE
    case.write_text(re.sub(r"(?m)^status: \S+", "status: geplannt", case.read_text(encoding="utf-8")), encoding="utf-8")
    return copy


CASE = "docs/praxisbeispiele/rodgau-transnationale-bildungsallianz.de.md"


def validate(project, *paths):
    return subprocess.run([sys.executable, "scripts/validate.py", *paths], cwd=project, capture_output=True, text=True)


def test_every_problem_is_one_line_and_the_exit_status_is_1(project):
    result = validate(project)
    assert result.returncode == 1
    line = (project / CASE).read_text(encoding="utf-8").splitlines().index("status: geplannt") + 1
    assert result.stdout.splitlines() == [
        f"{CASE}:{line}: status: unknown status 'geplannt'. "
        "Did you mean 'geplant'? Allowed: geplant, laufend, abgeschlossen, verstetigt, beendet"
    ]
    assert "1 problem in 1 file." in result.stderr


def test_only_the_given_files_are_reported(project):
    result = validate(
        project, "docs/praxisbeispiele/sachsen-anhalt-modellprojekt-bildungsmanagement.de.md", "bausteine"
    )
    assert result.returncode == 0 and result.stdout == ""
    assert validate(project, "docs/praxisbeispiele").returncode == 1


def test_a_path_outside_the_content_is_refused(project):
    result = validate(project, "no-such-file.md")
    assert result.returncode == 2 and "not a file or folder of this project" in result.stderr


def test_the_real_content_is_valid():
    result = subprocess.run([sys.executable, "scripts/validate.py"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
