"""JSON Schemas of the front matter, generated from the models for editors' autocompletion."""

from __future__ import annotations

import json
from typing import Any

from . import page_types
from .languages import LANGUAGES
from .models import VOCABULARY_KEY
from .vocabulary import Vocabulary, load_vocabulary

BASE_URL = "https://kommunales-bildungsmanagement.example/schemas/"


def schemas(vocabulary: Vocabulary | None = None) -> dict[str, str]:
    """File name -> JSON text, for the German and the English file of each page type."""
    vocabulary = vocabulary or load_vocabulary()
    files = {}
    for page_type in page_types.PAGE_TYPES:
        for lang in LANGUAGES:
            name = f"{page_type.kind}.{lang}.schema.json"
            schema = {
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "$id": BASE_URL + name,
                **_with_keys(page_type.model_for(lang).model_json_schema(), vocabulary),
            }
            files[name] = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
    return files


def _with_keys(node: Any, vocabulary: Vocabulary) -> Any:
    """The schema with each controlled field's vocabulary named by its keys, as an enum."""
    if isinstance(node, list):
        return [_with_keys(item, vocabulary) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _with_keys(value, vocabulary) for key, value in node.items() if key != VOCABULARY_KEY}
    if VOCABULARY_KEY not in node:
        return out
    # The keys right after the description, as the schemas were published before (editors read any order).
    head = {"description": out.pop("description")} if "description" in out else {}
    return {**head, "enum": list(getattr(vocabulary, node[VOCABULARY_KEY])), **out}
