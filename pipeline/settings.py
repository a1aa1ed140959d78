"""Configuration, read once from the environment (NEARMISS_*) by pydantic-settings.

Development (the embedded default) works with no configuration at all: SQLite under ./var, the in-process
broker, keys created on first run. Production refuses to start on a default secret or without its keys.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_SESSION_SECRET = "development-only-secret-change-me"
STUB_BROKER_URL = "stub://"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEARMISS_", env_file=None, extra="ignore")

    env: Literal["development", "production"] = "development"
    data_dir: Path = Path("var")
    database_url: str = ""  # empty: a SQLite file in data_dir
    broker_url: str = STUB_BROKER_URL  # amqp://… selects RabbitMQ
    key_dir: Path | None = None  # empty: data_dir/keys
    # Signs the intake form's short-lived token; not a key for anything stored.
    session_secret: str = DEFAULT_SESSION_SECRET

    # Workers and the reconciler.
    worker_threads: int = 2
    reconcile_interval_seconds: float = 30.0
    # A submission is re-sent after it sat in the same working state for this many reconciler sweeps.
    reconcile_stall_sweeps: int = 2

    # Intake limits.
    max_body_bytes: int = 64 * 1024
    narrative_max_chars: int = 20_000
    # Abuse limits, held in memory only and keyed by no address ("N/second|minute|hour").
    intake_submissions_rate: str = "60/minute"
    intake_submissions_per_form: str = "3/hour"
    intake_lookups_rate: str = "120/minute"

    # Review.
    reviewer_idle_timeout_minutes: int = 30
    claim_minutes: int = 20
    require_second_approval: bool = False

    # Publication.
    k_anonymity: int = 3
    publish_schedule: Literal["immediate", "daily", "weekly"] = "immediate"
    retention_days: int = 30

    # Archive access.
    archive_access: Literal["public", "restricted"] = "public"
    archive_email_domains: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _production_refuses_defaults(self) -> Settings:
        if self.env == "production":
            if self.session_secret == DEFAULT_SESSION_SECRET or len(self.session_secret) < 32:
                raise ValueError("NEARMISS_SESSION_SECRET must be set to 32 or more random characters in production")
            if not self.database_url:
                raise ValueError("NEARMISS_DATABASE_URL must be set in production")
        return self

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'nearmiss.db').resolve()}"

    @property
    def resolved_key_dir(self) -> Path:
        return self.key_dir or self.data_dir / "keys"

    @property
    def uses_rabbitmq(self) -> bool:
        return self.broker_url.startswith(("amqp://", "amqps://"))


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
