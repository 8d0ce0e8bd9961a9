"""The JSON Schema files in schemas/ are what the models produce, and they describe real content."""

import json

import frontmatter
import jsonschema
import pytest
from conftest import ROOT

from kbm.schemas import schemas

GENERATED = schemas()


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_the_schema_file_is_up_to_date(name):
    path = ROOT / "schemas" / name
    assert path.exists() and path.read_text(encoding="utf-8") == GENERATED[name], (
        f"schemas/{name} is out of date: run `python scripts/schemas.py` and commit the result"
    )


def test_the_schemas_list_the_controlled_values_and_document_the_fields():
    schema = json.loads(GENERATED["praxisbeispiel.de.schema.json"])
    assert "bildungsuebergaenge" in schema["properties"]["topics"]["items"]["enum"]
    assert "DE-ST" in json.dumps(schema["$defs"]["Region"])
    assert all(prop.get("description") for prop in schema["properties"].values())
    assert set(schema["required"]) >= {"title", "summary", "regions", "topics", "sources", "updated"}


def test_real_content_satisfies_the_schema():
    schema = json.loads(GENERATED["praxisbeispiel.de.schema.json"])
    for path in sorted((ROOT / "docs/praxisbeispiele").glob("*.de.md")):
        # YAML reads dates as dates; the schema, like an editor, sees the text.
        meta = json.loads(json.dumps(frontmatter.load(path).metadata, default=lambda day: day.isoformat()))
        jsonschema.validate(meta, schema)
