from __future__ import annotations

import pytest
from pydantic import ValidationError

from pipeline.settings import Settings


def test_the_embedded_default_needs_no_configuration(tmp_path):
    settings = Settings(data_dir=tmp_path)
    assert settings.resolved_database_url.startswith("sqlite:///")
    assert not settings.uses_rabbitmq
    assert settings.resolved_key_dir == tmp_path / "keys"


def test_production_refuses_the_default_secret_and_an_implicit_database():
    with pytest.raises(ValidationError, match="SESSION_SECRET"):
        Settings(env="production", database_url="postgresql+psycopg://db/nearmiss")
    with pytest.raises(ValidationError, match="DATABASE_URL"):
        Settings(env="production", session_secret="x" * 40)
    ok = Settings(env="production", session_secret="x" * 40, database_url="postgresql+psycopg://db/nearmiss",
                  broker_url="amqp://guest:guest@127.0.0.1:5672/%2F")
    assert ok.uses_rabbitmq


def test_settings_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("NEARMISS_K_ANONYMITY", "5")
    monkeypatch.setenv("NEARMISS_ARCHIVE_EMAIL_DOMAINS", '["pd.example.gov"]')
    settings = Settings()
    assert settings.k_anonymity == 5 and settings.archive_email_domains == ["pd.example.gov"]


def test_production_refuses_to_run_without_its_keys(tmp_path):
    from pipeline import keys

    settings = Settings(data_dir=tmp_path)
    with pytest.raises(keys.MissingKeys, match="nearmiss keys create"):
        keys.load_desk_key(settings)
