"""Who runs the site: stated once in mkdocs.yml (extra.operator), rendered into the legal pages."""

from __future__ import annotations

import datetime
import re

from pydantic import BaseModel, ConfigDict, Field
from pydantic_core import ErrorDetails

from .field_errors import field_name, validate
from .models import WebUrl
from .problems import Problem, did_you_mean
from .texts import date, t
from .vocabulary import load_vocabulary

# {{ operator.email }} in a page written by hand (the legal pages) shows that detail of the operator.
PLACEHOLDER_PATTERN = re.compile(r"\{\{[ \t]*operator\.([a-z_]+)[ \t]*\}\}")


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
    represented_by: str = Field(description="Who represents the body legally, e.g. its Landrat or director")
    responsible_for_content: str = Field(description="Responsible for the content under § 18 Abs. 2 MStV")
    data_protection_officer: str = Field(description="How to reach the data protection officer")
    supervisory_authority: str = Field(description="The data protection authority readers may complain to")
    supervisory_authority_url: WebUrl
    enforcement_body: str = Field(description="Where readers turn when accessibility feedback is not answered")
    enforcement_body_url: WebUrl
    log_retention_days: int = Field(ge=1, le=365, description="How long the web server keeps its access logs")
    statement_date: datetime.date = Field(description="Date of the accessibility statement")
    repository: WebUrl = Field(description="Public address of the repository where contributions arrive")


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
    """Replace every {{ operator.<field> }} with its value; an unknown field is a problem.

    While the operator's details are samples, a page that shows them says so at its top.
    """
    problems: list[Problem] = []
    if operator is None:
        if PLACEHOLDER_PATTERN.search(markdown):
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
    if operator.example and PLACEHOLDER_PATTERN.search(markdown):
        markdown = f'!!! warning "{t("sample_operator_title", lang)}"\n    {t("sample_operator", lang)}\n\n' + markdown
    for match in PLACEHOLDER_PATTERN.finditer(markdown):
        if match.group(1) not in Operator.model_fields:
            problems.append(
                Problem(
                    display,
                    markdown.count("\n", 0, match.start()) + 1,
                    "text",
                    unknown_placeholder(match.group(0), match.group(1)),
                )
            )
    return substitute(markdown, operator, lang), problems


def substitute(text: str, operator: Operator, lang: str) -> str:
    """The text with every known {{ operator.<field> }} replaced by its value in ``lang`` (unknown ones stay)."""
    values = operator.model_dump()

    def value(match: re.Match[str]) -> str:
        if match.group(1) not in values:
            return match.group(0)
        found = values[match.group(1)]
        return date(found, lang) if isinstance(found, datetime.date) else str(found or "")

    return PLACEHOLDER_PATTERN.sub(value, text)


def unknown_placeholder(written: str, key: str) -> str:
    known = [k for k in Operator.model_fields if k != "example"]
    return f"unknown placeholder {written}.{did_you_mean(key, known)} Known: {', '.join(known)}"
