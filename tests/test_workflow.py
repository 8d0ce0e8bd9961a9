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


def test_pre_commit_runs_the_validator_on_content_files_and_the_linters_on_code():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = {hook["id"]: hook for hook in config["repos"][0]["hooks"]}
    assert hooks["validate-content"]["entry"].endswith("scripts/validate.py")
    assert "bausteine/" in hooks["validate-content"]["files"]
    assert "ruff check" in hooks["ruff"]["entry"] and "ruff format --check" in hooks["ruff"]["entry"]
    assert hooks["mypy"]["entry"].endswith("mypy")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "test: lint" in makefile and "$(BIN)/mypy" in makefile


def test_the_pull_request_checklist_asks_for_sources_and_consent():
    template = (ROOT / ".github/PULL_REQUEST_TEMPLATE.md").read_text(encoding="utf-8")
    assert "sources" in template and "contact_consent" in template
