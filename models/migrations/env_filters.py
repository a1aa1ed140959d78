"""What alembic compares and leaves alone.

The archive's full-text search objects (publisher/search.py) live outside the models: an FTS5 virtual table
with its shadow tables on SQLite, a generated tsvector column and its index on PostgreSQL. Migrations neither
create nor drop them.
"""

from __future__ import annotations

from typing import Any

SEARCH_OBJECT_PREFIXES = ("published_fts", "ix_publishedreport_fulltext", "search_vector")


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    return not (reflected and name is not None and name.startswith(SEARCH_OBJECT_PREFIXES))
