"""Full-text search over published reports: SQLite FTS5 on the embedded default, PostgreSQL's full-text
search in production: a stored generated tsvector column with a GIN index, so that a match never
recomputes a report's vector. Both are kept outside SQLModel's metadata
(FTS5 is a virtual table); `ensure_index` creates them idempotently and the migrations' drift check ignores
them by name (SEARCH_OBJECTS)."""

from __future__ import annotations

import json
import re
import weakref

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from models.db import Database
from models.tables import PublishedReport, ReportFacet

SEARCH_OBJECTS = ("published_fts", "ix_publishedreport_fulltext", "search_vector")
_PG_DOCUMENT = ("to_tsvector('english', coalesce(title,'') || ' ' || coalesce(summary,'') || ' ' || "
                "coalesce(narrative,'') || ' ' || coalesce(lessons,'') || ' ' || coalesce(do_differently,''))")


_ensured: weakref.WeakSet[Engine] = weakref.WeakSet()


def ensure_index(db: Database) -> None:
    """Create the search objects once per engine (the DDL takes a lock, so it is not repeated per publish)."""
    if db.engine in _ensured:
        return
    _ensured.add(db.engine)
    with db.engine.begin() as connection:
        if db.is_sqlite:
            connection.execute(text(
                "CREATE VIRTUAL TABLE IF NOT EXISTS published_fts USING fts5("
                "title, summary, narrative, lessons, do_differently, tokenize='porter unicode61')"))
        else:
            connection.execute(text("ALTER TABLE publishedreport ADD COLUMN IF NOT EXISTS search_vector tsvector "
                                    f"GENERATED ALWAYS AS ({_PG_DOCUMENT}) STORED"))
            connection.execute(text("CREATE INDEX IF NOT EXISTS ix_publishedreport_fulltext "
                                    "ON publishedreport USING gin (search_vector)"))


def facet_rows(report_id: int, characteristics: dict[str, object]) -> list[ReportFacet]:
    rows = []
    for field, value in characteristics.items():
        for one in (value if isinstance(value, list) else [value]):
            if one not in (None, ""):
                rows.append(ReportFacet(field=field, value=str(one), report_id=report_id))
    return rows


def index_report(session: Session, report: PublishedReport, is_sqlite: bool) -> None:
    """Index one report: its facets, and its text in SQLite's FTS5 table (PostgreSQL's generated column keeps
    itself current)."""
    assert report.id is not None
    session.add_all(facet_rows(report.id, report.characteristics))
    if is_sqlite:
        session.execute(text(
            "INSERT INTO published_fts(rowid, title, summary, narrative, lessons, do_differently) "
            "VALUES (:id, :title, :summary, :narrative, :lessons, :do_differently)"),
            {"id": report.id, "title": report.title, "summary": report.summary, "narrative": report.narrative,
             "lessons": report.lessons, "do_differently": report.do_differently})


def rebuild(db: Database) -> int:
    """Re-index everything (after a restore, a bulk load, or if the index was lost)."""
    _ensured.discard(db.engine)
    ensure_index(db)
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM reportfacet"))
        batch: list[dict[str, object]] = []
        for report_id, characteristics in connection.execute(
                text("SELECT id, characteristics FROM publishedreport")):
            if isinstance(characteristics, str):
                characteristics = json.loads(characteristics)
            batch.extend(row.model_dump() for row in facet_rows(report_id, characteristics or {}))
            if len(batch) >= 20_000:
                connection.execute(ReportFacet.__table__.insert(), batch)  # type: ignore[attr-defined]
                batch = []
        if batch:
            connection.execute(ReportFacet.__table__.insert(), batch)  # type: ignore[attr-defined]
    if not db.is_sqlite:
        return 0
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM published_fts"))
        result = connection.execute(text(
            "INSERT INTO published_fts(rowid, title, summary, narrative, lessons, do_differently) "
            "SELECT id, title, summary, narrative, lessons, do_differently FROM publishedreport"))
        return int(result.rowcount or 0)


def fts5_query(q: str) -> str | None:
    """User words as an FTS5 query: every word must match (prefix match on the last, as people type)."""
    words = re.findall(r"[\w']+", q, flags=re.UNICODE)
    if not words:
        return None
    quoted = ['"' + word.replace('"', '""') + '"' for word in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def match_clause(db: Database, q: str) -> tuple[str, dict[str, str]] | None:
    """A SQL condition on publishedreport.id (with its parameters) for the text query, or None."""
    if not q.strip():
        return None
    if db.is_sqlite:
        query = fts5_query(q)
        if query is None:
            return None
        return "publishedreport.id IN (SELECT rowid FROM published_fts WHERE published_fts MATCH :q)", {"q": query}
    return "publishedreport.search_vector @@ websearch_to_tsquery('english', :q)", {"q": q}
