"""`vitrine model serve-command` and backend selection from settings."""

from __future__ import annotations

import json
import shlex

import pytest
import typer
from typer.testing import CliRunner

from assistant.commands import model as model_commands
from assistant.models.embedder import MiniLmEmbedder
from assistant.models.factory import build_backend
from assistant.models.serve_command import NO_MEDIA_DOMAIN, serve_command, shell_line
from assistant.settings import ModelSettings


def test_serve_command_serves_llava_safely() -> None:
    settings = ModelSettings(
        vllm_base_url="http://10.0.0.5:8100/v1", data_parallel_size=4, max_model_len=4096
    )
    command = serve_command(settings)
    assert command[:3] == ["vllm", "serve", settings.vllm_model]
    flags = dict(zip(command[3::2], command[4::2], strict=False))
    assert flags["--port"] == "8100" and flags["--max-model-len"] == "4096"
    assert json.loads(flags["--limit-mm-per-prompt"])["image"] == 1
    assert flags["--allowed-media-domains"] == NO_MEDIA_DOMAIN
    assert flags["--data-parallel-size"] == "4"
    assert "--allowed-local-media-path" not in command and "--tool-call-parser" not in command


def test_the_api_key_is_never_printed() -> None:
    settings = ModelSettings(vllm_api_key="s3cret-key")  # type: ignore[arg-type]
    line = shell_line(serve_command(settings))
    assert "s3cret-key" not in line and "$VITRINE_MODEL__VLLM_API_KEY" in line
    assert shlex.split(line)[0] == "vllm"


def test_cli_prints_the_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VITRINE_MODEL__VLLM_MODEL", "llava-hf/llava-v1.6-mistral-7b-hf")
    app, group = typer.Typer(), typer.Typer()
    app.add_typer(group, name="model")
    model_commands.register(app, {"model": group})
    result = CliRunner().invoke(app, ["model", "serve-command", "--replicas", "2"])
    assert result.exit_code == 0, result.output
    assert "vllm serve llava-hf/llava-v1.6-mistral-7b-hf" in result.output
    assert "--data-parallel-size 2" in result.output


def test_resolver_is_the_offline_default(embedder: MiniLmEmbedder) -> None:
    assert build_backend(ModelSettings(), embedder=embedder).name == "resolver"
    with pytest.raises(ValueError, match="vllm_base_url"):
        build_backend(ModelSettings(backend="vllm"), embedder=embedder)


def test_serve_command_makes_decisions_compact_and_can_run_as_a_module() -> None:
    command = serve_command(ModelSettings(), module=True, python=".venv-vllm/bin/python")
    assert command[:5] == [".venv-vllm/bin/python", "-m", "vllm.entrypoints.openai.api_server", "--model",
                           ModelSettings().vllm_model]
    flags = dict(zip(command[5::2], command[6::2], strict=False))
    assert json.loads(flags["--structured-outputs-config"]) == {"backend": "xgrammar", "disable_any_whitespace": True}
    assert "--structured-outputs-config" not in serve_command(ModelSettings(compact_json=False))


def test_a_text_only_model_is_served_without_multimodal_limits() -> None:
    assert "--limit-mm-per-prompt" not in serve_command(ModelSettings(vllm_images="no"))
    assert "--limit-mm-per-prompt" in serve_command(ModelSettings(vllm_images="auto"))
