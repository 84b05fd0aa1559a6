"""The suite format: the shipped suites validate, and malformed cases are refused with the reason."""

from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from evals.conversations.photos import IMAGES
from evals.conversations.suite import load_cases, load_suite
from tests.conftest import REPO_ROOT
from tools.verification import GuestRule

SUITES = REPO_ROOT / "evals" / "suites"


def test_shipped_suites_load_with_every_required_area_and_a_ci_subset() -> None:
    cases = load_cases(SUITES)
    suites = {c.suite for c in cases}
    assert {"photo-complaints", "visual-qa", "recommendations", "order-self-service", "escalation",
            "security"} <= suites
    assert 5 <= len(load_cases(SUITES, ["ci"])) <= 20
    for case in cases:  # every catalog photo fixture points at a real catalog image (drawn ones, and bytes that
        for turn in case.user.turns:  # are no image, are made in code)
            made = turn.photo is not None and (turn.photo.drawn or turn.photo.not_image)
            assert turn.photo is None or made or (IMAGES / turn.photo.source).is_file(), (case.id, turn.photo)


def test_security_suite_covers_each_attack_kind() -> None:
    ids = " ".join(c.id for c in load_cases(SUITES / "security.yaml"))
    for kind in ("other-customer", "instructions-in-photo", "prompt-extraction", "jailbreak", "confirmation"):
        assert kind in ids


def test_suite_tags_and_default_customer_reach_each_case(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump({"suite": "demo", "tags": ["x"], "customer": "demo_mia_novak", "cases": [
        {"id": "a", "tags": ["ci"], "user": {"turns": [{"text": "hi"}]}},
        {"id": "b", "user": {"customer": None, "turns": [{"text": "hi"}]}}]}))
    a, b = load_suite(path)
    assert a.tags == ["ci", "demo", "x"] and a.user.customer == "demo_mia_novak"
    assert b.user.customer is None


def test_guests_prove_who_they_are_by_the_production_rule_unless_a_suite_replays_tau(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    case = {"id": "a", "user": {"customer": None, "turns": [{"text": "hi"}]}}
    path.write_text(yaml.safe_dump({"suite": "demo", "cases": [case]}))
    assert load_suite(path)[0].user.guest_rule is GuestRule.ORDER_PROOF
    path.write_text(yaml.safe_dump({"suite": "demo", "guest_rule": "tau", "cases": [case]}))
    assert load_suite(path)[0].user.guest_rule is GuestRule.TAU
    replays = {c.user.guest_rule for c in load_cases(SUITES / "order-self-service.yaml")}
    assert replays == {GuestRule.TAU}


@pytest.mark.parametrize("case, complaint", [
    ({"id": "a", "user": {}}, "either scripted turns or a goal"),
    ({"id": "a", "user": {"turns": [{"text": "x"}], "goal": {"task": "dev-000"}}}, "either scripted turns"),
    ({"id": "a", "user": {"turns": [{"text": "x"}]}, "expect": {"actions": {"mode": "sorted"}}}, "mode"),
    ({"id": "a", "user": {"turns": [{"text": "x"}]}, "expect": {"unknown": 1}}, "unknown"),
])
def test_malformed_cases_are_refused(tmp_path: Path, case: dict, complaint: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump({"suite": "bad", "cases": [case]}))
    with pytest.raises(ValidationError, match=complaint):
        load_suite(path)


def test_duplicate_case_ids_are_refused(tmp_path: Path) -> None:
    for name in ("one", "two"):
        (tmp_path / f"{name}.yaml").write_text(yaml.safe_dump(
            {"suite": "same", "cases": [{"id": "a", "user": {"turns": [{"text": "x"}]}}]}))
    with pytest.raises(ValueError, match="duplicate"):
        load_cases(tmp_path)
