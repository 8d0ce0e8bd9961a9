"""The contributor workflow files point at the project's real commands."""

import yaml

from conftest import ROOT


def test_pull_requests_are_built_strictly_and_tested():
    workflow = yaml.safe_load((ROOT / ".github/workflows/check.yml").read_text(encoding="utf-8"))
    commands = [step.get("run", "") for step in workflow["jobs"]["check"]["steps"]]
    assert "make build" in commands and "make test" in commands
    assert "scripts/build.py" in (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--strict" in (ROOT / "scripts/build.py").read_text(encoding="utf-8")


def test_main_is_published_from_the_built_site():
    workflow = yaml.safe_load((ROOT / ".github/workflows/publish.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    assert any(step.get("run") == "make build" for step in steps)
    assert any(step.get("with", {}).get("path") == "site" for step in steps)


def test_pre_commit_runs_the_validator_on_content_files():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    [hook] = config["repos"][0]["hooks"]
    assert hook["entry"].endswith("scripts/validate.py") and "bausteine/" in hook["files"]


def test_the_pull_request_checklist_asks_for_sources_and_consent():
    template = (ROOT / ".github/PULL_REQUEST_TEMPLATE.md").read_text(encoding="utf-8")
    assert "sources" in template and "contact_consent" in template
