"""JSON Schemas of the front matter, generated from the models for editors' autocompletion."""

from __future__ import annotations

import json

from .models import PAGE_TYPES

BASE_URL = "https://kommunales-bildungsmanagement.example/schemas/"


def schemas() -> dict[str, str]:
    """File name -> JSON text, for the German and the English file of each page type."""
    files = {}
    for kind, (german, english, _, _) in PAGE_TYPES.items():
        for lang, model in (("de", german), ("en", english)):
            name = f"{kind}.{lang}.schema.json"
            schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": BASE_URL + name,
                      **model.model_json_schema()}
            files[name] = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
    return files
