"""Pydantic's validation errors said in a contributor's terms, with the field's place: one home for them all."""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from .models import VOCABULARY_KEY, vocabulary_context
from .problems import did_you_mean
from .vocabulary import Vocabulary

Loc = tuple[str | int, ...]
M = TypeVar("M", bound=BaseModel)


def validate(
    model: type[M],
    data: object,
    vocabulary: Vocabulary,
    report: Callable[[ErrorDetails, str], None],
    where: str = "to the header",
) -> M | None:
    """The validated model, or None after ``report(detail, message)`` for every error.

    ``where`` says where a missing top-level field goes ('to the header', 'below extra.operator').
    """
    try:
        return model.model_validate(data, context=vocabulary_context(vocabulary))
    except ValidationError as error:
        for detail in error.errors():
            report(detail, plain_message(model, detail, vocabulary, where))
        return None


def field_name(loc: Loc) -> str:
    """('regions', 0, 'ags') -> 'regions[0].ags'."""
    name = ""
    for part in loc:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else part)
    return name


def plain_message(
    model: type[BaseModel], detail: ErrorDetails, vocabulary: Vocabulary, where: str = "to the header"
) -> str:
    """Pydantic's error, said in a contributor's terms."""
    kind, ctx, value = detail["type"], detail.get("ctx", {}), detail.get("input")
    field = next((p for p in reversed(detail["loc"]) if isinstance(p, str)), "")
    if kind == "missing":
        info = _model_at(model, detail["loc"][:-1]).model_fields.get(field)
        hint = f" ({info.description})" if info and info.description else ""
        extra = info.json_schema_extra if info else None
        named = extra.get(VOCABULARY_KEY) if isinstance(extra, dict) else None
        allowed = list(getattr(vocabulary, str(named))) if named else None
        place = where if len(detail["loc"]) == 1 else "here"
        return f"this required field is missing: add a line '{field}: …' {place}{hint}" + (
            f". Allowed: {', '.join(allowed)}" if allowed else ""
        )
    if kind == "extra_forbidden":
        known = list(_model_at(model, detail["loc"][:-1]).model_fields)
        return f"unknown field '{field}'.{did_you_mean(field, known)} Allowed here: {', '.join(known)}"
    if kind.startswith("date"):
        return f"'{value}' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-23"
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return f"'{value}' is not a whole number" + (" (a year such as 2015)" if field in ("start", "end") else "")
    if kind == "string_type":
        return f"must be text, not {value!r}" + (
            " (put codes such as NO or ON in quotes)" if isinstance(value, bool) else ""
        )
    if kind == "list_type":
        return "must be a list: one '- value' line per entry, or [a, b]"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return "must be a group of 'field: value' lines, indented below this field"
    if kind == "too_short":
        if isinstance(value, str):
            return "must not be empty"
        return f"needs at least {ctx.get('min_length')} entr{'y' if ctx.get('min_length') == 1 else 'ies'}"
    if kind == "too_long":
        if isinstance(value, str):
            return f"is {len(value)} characters long; at most {ctx.get('max_length')} are allowed"
        return (
            f"has {len(value)} entries; exactly {ctx.get('max_length')} are expected"
            if field == "self_assessment"
            else f"has {len(value)} entries; at most {ctx.get('max_length')} are allowed"
        )
    if kind == "string_pattern_mismatch":
        if field == "ags":
            return (
                f"'{value}' is not an AGS key: 5 digits (district) or 8 digits (city, municipality), "
                'in quotes, e.g. "15084"'
            )
        return f"'{value}' is not a slug: lower-case letters, digits and hyphens, e.g. externe-kooperation"
    if kind in ("greater_than_equal", "less_than_equal"):
        below = "ge" in ctx
        bound = ctx.get("ge", ctx.get("le"))
        return (
            f"{value} is {'below' if below else 'above'} {bound}, the {'lowest' if below else 'highest'} value allowed"
        )
    return detail["msg"]


def _model_at(model: type[BaseModel], loc: Loc) -> type[BaseModel]:
    """The model class that the location ``loc`` of ``model`` points into."""
    for part in loc:
        if isinstance(part, int):
            continue
        model = _find_model(model.model_fields[part].annotation) or model
    return model


def _find_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _find_model(arg)
        if found:
            return found
    return None
