"""Decision contracts and their schemas: what vLLM's structured output and the decoders are given."""

from __future__ import annotations

import jsonschema
import pytest

from assistant.models.contracts import DECISION_KINDS, DecisionContract, PhotoTriage, TriageLabel
from assistant.models.requests import ImageInput, PhotoEvidence
from assistant.models.schema import decision_schema, response_format


def _objects(node: object) -> list[dict]:
    found = []
    if isinstance(node, dict):
        if node.get("type") == "object":
            found.append(node)
        for value in node.values():
            found += _objects(value)
    elif isinstance(node, list):
        for value in node:
            found += _objects(value)
    return found


@pytest.mark.parametrize("kind", DECISION_KINDS, ids=lambda kind: kind.__name__)
def test_every_contract_has_a_strict_self_contained_schema(kind: type[DecisionContract]) -> None:
    schema = decision_schema(kind)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert "$ref" not in str(schema) and "$defs" not in schema
    for node in _objects(schema):
        assert node["additionalProperties"] is False
        assert set(node["required"]) == set(node["properties"])
    body = response_format(kind)
    assert body["type"] == "json_schema"
    assert body["json_schema"] == {"name": kind.__name__, "schema": schema, "strict": True}


def test_a_decision_outside_its_schema_is_refused() -> None:
    with pytest.raises(ValueError):
        PhotoTriage.model_validate({"label": "melted", "confidence": 0.5, "rationale": "x"})
    with pytest.raises(ValueError):
        PhotoTriage.model_validate({"label": "wrong_item", "confidence": 1.5, "rationale": "x"})
    triage = PhotoTriage(label=TriageLabel.WRONG_ITEM, confidence=0.7, rationale="a different jacket")
    assert PhotoTriage.model_validate_json(triage.model_dump_json()) == triage


def test_images_reach_models_only_as_data_urls(photo: ImageInput) -> None:
    assert photo.data_url().startswith("data:image/jpeg;base64,/9j/")
    with pytest.raises(ValueError, match="not image/png"):
        ImageInput(data=photo.data, media_type="image/png")
    assert "url" not in ImageInput.model_fields


def test_photo_evidence_reads_as_text_for_llm_backends() -> None:
    evidence = PhotoEvidence(similarity_to_ordered=0.62, photo_colour="red", ordered_colour="navy")
    text = evidence.as_text()
    assert "photo_colour: red" in text and "ordered_colour: navy" in text
    assert PhotoEvidence().as_text() == "- (no evidence)"
