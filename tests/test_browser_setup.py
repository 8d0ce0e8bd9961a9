"""Without Chromium the browser tests skip on a developer's machine, and fail when CI is set."""

import browser
import pytest


@pytest.fixture
def no_chromium(monkeypatch):
    monkeypatch.setenv("CHROMIUM", "/nonexistent/chromium")
    monkeypatch.setattr("local_site.shutil.which", lambda name: None)


def test_a_developer_without_chromium_is_told_how_to_install_it(no_chromium, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install chromium"):
        browser.chromium_or_skip()


def test_ci_without_chromium_fails_instead_of_skipping(no_chromium, monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI is set but no browser was found"):
        browser.chromium_or_skip()
