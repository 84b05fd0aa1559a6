import pytest
from pydantic import SecretStr, ValidationError

from assistant.settings import Settings, load_settings


def test_unknown_database_driver_is_refused() -> None:
    with pytest.raises(ValidationError, match="sqlite\\+aiosqlite"):
        Settings(database_url="mysql://root@localhost/shop")


def test_production_refuses_a_placeholder_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VITRINE_ENVIRONMENT", "production")
    with pytest.raises(ValueError, match="VITRINE_SECRET_KEY"):
        load_settings()
    monkeypatch.setenv("VITRINE_SECRET_KEY", "a-real-long-random-secret-value")
    assert load_settings().secret_key == SecretStr("a-real-long-random-secret-value")


def test_nested_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VITRINE_DATABASE_URL", "postgresql+asyncpg://shop@db/shop")
    monkeypatch.setenv("VITRINE_MODEL__BACKEND", "vllm")
    settings = load_settings()
    assert settings.database_url == "postgresql+asyncpg://shop@db/shop"
    assert settings.model.backend == "vllm"
