"""The alembic migrations build exactly the schema the models describe, on SQLite and on PostgreSQL."""

from __future__ import annotations

import secrets

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from models.db import Database
from models.migrations.env_filters import include_object


def schema_drift(db: Database) -> list[object]:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True,
                                                               "include_object": include_object})
        return compare_metadata(context, SQLModel.metadata)


def test_migrations_match_the_models_on_sqlite(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'schema.db'}")
    db.migrate()
    db.migrate()  # upgrading a current schema is a no-op
    assert schema_drift(db) == [], "models changed without a migration: run scripts/make-migration"


@pytest.mark.postgres
def test_migrations_match_the_models_on_postgres(postgres_url):
    name = "nearmiss_schema_" + secrets.token_hex(4)
    admin = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    db = Database(postgres_url.rsplit("/", 1)[0] + "/" + name)
    try:
        db.migrate()
        assert schema_drift(db) == []
    finally:
        db.dispose()
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
