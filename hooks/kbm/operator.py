"""Who runs the site: stated once in mkdocs.yml (extra.operator), rendered into the legal pages."""

from __future__ import annotations

import datetime
import re

from pydantic import BaseModel, ConfigDict, Field
from pydantic_core import ErrorDetails

from .field_errors import field_name, validate
from .models import WebUrl
from .problems import Problem, did_you_mean
from .repository import CONTRIBUTION_ADDRESSES, contribution_addresses
from .texts import date, t
from .vocabulary import load_vocabulary

# {{ operator.email }} in a page written by hand (the legal pages) shows that detail of the operator.
PLACEHOLDER_PATTERN = re.compile(r"\{\{[ \t]*operator\.([a-z_]+)[ \t]*\}\}")
# {{ contribute.propose }} is an address in the site's repository; a line holding one is left out while
# mkdocs.yml names no repository, so that no link points at a sample.
CONTRIBUTE_PATTERN = re.compile(r"\{\{[ \t]*contribute\.([a-z_]+)[ \t]*\}\}")


class InLanguages(BaseModel):
    """A detail written in each language of the site (a role or an office, not a name)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    de: str = Field(min_length=1)
    en: str = Field(min_length=1)


# A detail that reads as a phrase in a sentence: one text for both languages, or one per language.
Phrase = str | InLanguages


class Operator(BaseModel):
    """The body responsible for the site, as the Impressum, privacy notice and accessibility statement need it."""

    model_config = ConfigDict(extra="forbid")
    example: bool = Field(False, description="true while these are sample values: the legal pages then say so")
    name: str = Field(description="Name of the body that runs the site")
    street: str
    postcode: str
    city: str
    email: str = Field(description="Address for readers' questions (an office, not a person)")
    phone: str | None = None
    represented_by: Phrase = Field(description="Who represents the body legally, e.g. its Landrat or director")
    responsible_for_content: Phrase = Field(description="Responsible for the content under § 18 Abs. 2 MStV")
    data_protection_officer: Phrase = Field(description="How to reach the data protection officer")
    supervisory_authority: Phrase = Field(description="The data protection authority readers may complain to")
    supervisory_authority_url: WebUrl
    enforcement_body: Phrase = Field(description="Where readers turn when accessibility feedback is not answered")
    enforcement_body_url: WebUrl
    log_retention_days: int = Field(ge=1, le=365, description="How long the web server keeps its access logs")
    statement_date: datetime.date = Field(description="Date of the accessibility statement")
    repository: WebUrl | None = Field(
        None, description="Public address of the repository where contributions arrive (GitHub); none: no links to it"
    )

    def phrases(self) -> list[str]:
        """Every text the operator states, in every language."""
        found: list[str] = []
        for name in type(self).model_fields:
            value = getattr(self, name)
            found += (
                [value.de, value.en] if isinstance(value, InLanguages) else [value] if isinstance(value, str) else []
            )
        return found


def load_operator(data: object) -> tuple[Operator | None, list[Problem]]:
    """The operator from mkdocs.yml's extra.operator; None if the site states none."""
    if data is None:
        return None, []
    problems: list[Problem] = []

    def report(detail: ErrorDetails, message: str) -> None:
        problems.append(Problem("mkdocs.yml", None, f"extra.operator.{field_name(detail['loc'])}", message))

    operator = validate(Operator, data, load_vocabulary(), report, where="below extra.operator")
    return operator, problems


def fill(markdown: str, operator: Operator | None, display: str, lang: str) -> tuple[str, list[Problem]]:
    """Replace every {{ operator.<field> }} and {{ contribute.<name> }}; an unknown one is a problem.

    While the operator's details are samples, a page that shows them says so at its top.
    """
    problems = placeholder_problems(markdown, display, 1)
    if operator is None and PLACEHOLDER_PATTERN.search(markdown):
        problems.append(
            Problem(
                display,
                None,
                "text",
                "this page shows the operator's details, but mkdocs.yml "
                "has no 'extra: operator:' section to take them from",
            )
        )
        return markdown, problems
    if operator is not None and operator.example and PLACEHOLDER_PATTERN.search(markdown):
        markdown = f'!!! warning "{t("sample_operator_title", lang)}"\n    {t("sample_operator", lang)}\n\n' + markdown
    lines = markdown.splitlines(keepends=True)
    return "".join(fill_line(line, operator, lang) for line in lines if not _left_out(line, operator)), problems


def _left_out(line: str, operator: Operator | None) -> bool:
    return bool(CONTRIBUTE_PATTERN.search(line)) and (operator is None or operator.repository is None)


def fill_line(line: str, operator: Operator | None, lang: str) -> str:
    """One line with the operator's details and the repository's addresses put in; a line that links to a
    repository the site does not name is empty (unknown placeholders stay as written)."""
    if _left_out(line, operator):
        return "\n" if line.endswith("\n") else ""
    if operator is None:
        return line
    if operator.repository is not None:
        addresses = contribution_addresses(operator.repository)
        line = CONTRIBUTE_PATTERN.sub(lambda m: addresses.get(m.group(1), m.group(0)), line)
    return substitute(line, operator, lang)


def placeholder_problems(text: str, display: str, first_line: int, start: int = 0) -> list[Problem]:
    """Unknown {{ operator.… }} and {{ contribute.… }} placeholders in ``text`` from offset ``start``."""
    problems = []
    kinds = ((PLACEHOLDER_PATTERN, list(Operator.model_fields)), (CONTRIBUTE_PATTERN, list(CONTRIBUTION_ADDRESSES)))
    for pattern, known in kinds:
        for match in pattern.finditer(text, start):
            if match.group(1) not in known:
                line = first_line + text.count("\n", 0, match.start())
                message = unknown_placeholder(match.group(0), match.group(1), known)
                problems.append(Problem(display, line, "text", message))
    return problems


def substitute(text: str, operator: Operator, lang: str) -> str:
    """The text with every known {{ operator.<field> }} replaced by its value in ``lang`` (unknown ones stay)."""
    values = Operator.model_fields

    def value(match: re.Match[str]) -> str:
        if match.group(1) not in values:
            return match.group(0)
        found = getattr(operator, match.group(1))
        if isinstance(found, InLanguages):
            return getattr(found, lang)
        return date(found, lang) if isinstance(found, datetime.date) else str(found or "")

    return PLACEHOLDER_PATTERN.sub(value, text)


def unknown_placeholder(written: str, key: str, known: list[str]) -> str:
    shown = [k for k in known if k != "example"]
    return f"unknown placeholder {written}.{did_you_mean(key, shown)} Known: {', '.join(shown)}"
