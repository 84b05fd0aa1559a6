import pytest
from pydantic import SecretStr, ValidationError

from assistant.settings import Settings, load_settings


def test_unknown_database_driver_is_refused() -> None:
    with pytest.raises(ValidationError, match="sqlite\\+aiosqlite"):
        Settings(database_url="mysql://root@localhost/shop")


STRONG_SECRET = "Q7v2mX9pLk3RtZ8wYc1NbH5sJd0FgE4uAo6iTq_-yWr"


def test_production_refuses_a_placeholder_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VITRINE_ENVIRONMENT", "production")
    with pytest.raises(ValueError, match="VITRINE_SECRET_KEY"):
        load_settings()
    monkeypatch.setenv("VITRINE_SECRET_KEY", STRONG_SECRET)
    assert load_settings().secret_key == SecretStr(STRONG_SECRET)


WEAK_SECRETS = [
    "CHANGEME", "ChangeMe", "password", "Password1", "x", "secret", "dev-only-key", "a-real-long-random-secret-value",
    "0123456789abcdef0123456789abcdef", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "abcabcabcabcabcabcabcabcabcabcabcabc",
    "babec9354b5513f238cda88b9160c1a9",  # 16 random bytes as hex: too few
]


@pytest.mark.parametrize("weak", WEAK_SECRETS)
def test_production_refuses_placeholders_in_any_case_and_low_entropy_keys(
        monkeypatch: pytest.MonkeyPatch, weak: str) -> None:
    monkeypatch.setenv("VITRINE_ENVIRONMENT", "production")
    monkeypatch.setenv("VITRINE_SECRET_KEY", weak)
    with pytest.raises(ValueError, match="token_urlsafe"):
        load_settings()


def test_the_generated_secret_the_readme_recommends_is_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    import secrets

    monkeypatch.setenv("VITRINE_ENVIRONMENT", "production")
    for _ in range(200):
        monkeypatch.setenv("VITRINE_SECRET_KEY", secrets.token_urlsafe(32))
        load_settings()


def test_a_generated_secret_that_happens_to_spell_a_common_word_is_accepted(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VITRINE_ENVIRONMENT", "production")
    for word in ("Test", "dEmO", "12345"):
        monkeypatch.setenv("VITRINE_SECRET_KEY", STRONG_SECRET[:20] + word + STRONG_SECRET[20:])
        load_settings()


def test_a_common_word_padded_to_length_is_still_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VITRINE_ENVIRONMENT", "production")
    monkeypatch.setenv("VITRINE_SECRET_KEY", "vitrine-production-secret-" + STRONG_SECRET[:12])
    with pytest.raises(ValueError, match="common word"):
        load_settings()


def test_production_refuses_the_tau_guest_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VITRINE_ENVIRONMENT", "production")
    monkeypatch.setenv("VITRINE_SECRET_KEY", STRONG_SECRET)
    monkeypatch.setenv("VITRINE_IDENTITY__GUEST_VERIFICATION", "tau")
    with pytest.raises(ValueError, match="replays and evals"):
        load_settings()


def test_nested_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VITRINE_DATABASE_URL", "postgresql+asyncpg://shop@db/shop")
    monkeypatch.setenv("VITRINE_MODEL__BACKEND", "vllm")
    settings = load_settings()
    assert settings.database_url == "postgresql+asyncpg://shop@db/shop"
    assert settings.model.backend == "vllm"


def test_the_order_store_follows_the_data_directory(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.delenv("VITRINE_DATABASE_URL", raising=False)
    monkeypatch.setenv("VITRINE_DATA_DIR", str(tmp_path / "shop data"))
    assert Settings().database_url == f"sqlite+aiosqlite:///{tmp_path / 'shop data' / 'vitrine.db'}"
    monkeypatch.setenv("VITRINE_DATABASE_URL", "postgresql+asyncpg://shop@db/orders")
    assert Settings().database_url == "postgresql+asyncpg://shop@db/orders"


def test_without_a_data_directory_the_order_store_stays_in_var(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VITRINE_DATABASE_URL", raising=False)
    monkeypatch.delenv("VITRINE_DATA_DIR", raising=False)
    assert Settings(_env_file=None).database_url == "sqlite+aiosqlite:///var/vitrine.db"  # type: ignore[call-arg]
