"""Reading the archive: search, filters on every characteristic with a count per value, one report with its
supplemental accounts, and the statistics. Only `PublishedReport` is ever read here (invariant 4), and only
reports whose release day has come."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlmodel import col, select

from models.db import Database
from models.tables import PublishedReport
from models.taxonomy import FIELDS, FIELDS_BY_KEY
from publisher.search import match_clause

PER_PAGE = 20
FILTERABLE = tuple(f.key for f in FIELDS)


@dataclass
class Query:
    q: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    page: int = 1
    per_page: int = PER_PAGE

    @classmethod
    def from_params(cls, params: Mapping[str, Any], getlist: Any = None) -> Query:
        filters: dict[str, list[str]] = {}
        for key in FILTERABLE:
            values = getlist(key) if getlist else ([params[key]] if key in params else [])
            values = [v for v in values if v]
            if values:
                filters[key] = values
        try:
            page = max(1, int(params.get("page") or 1))
        except ValueError:
            page = 1
        try:
            per_page = min(100, max(1, int(params.get("per_page") or PER_PAGE)))
        except ValueError:
            per_page = PER_PAGE
        return cls(q=str(params.get("q") or "")[:200], filters=filters, page=page, per_page=per_page)


def _conditions(db: Database, query: Query, today: date) -> tuple[list[str], dict[str, Any]]:
    """SQL conditions on `publishedreport` for the query. A filter is an indexed lookup in `reportfacet`;
    values of one characteristic are alternatives (OR), different characteristics all apply (AND)."""
    where = ["publishedreport.release_on <= :today"]
    params: dict[str, Any] = {"today": today}
    matched = match_clause(db, query.q)
    if matched:
        where.append(matched[0])
        params.update(matched[1])
    for n, (key, values) in enumerate(sorted(query.filters.items())):
        names = []
        for m, value in enumerate(values):
            params[f"f{n}_{m}"] = value
            names.append(f":f{n}_{m}")
        params[f"k{n}"] = key
        where.append(f"publishedreport.id IN (SELECT report_id FROM reportfacet WHERE field = :k{n} "
                     f"AND value IN ({', '.join(names)}))")
    return where, params


def _matching_sql(db: Database, query: Query, today: date) -> tuple[str, dict[str, Any]]:
    where, params = _conditions(db, query, today)
    return f"SELECT publishedreport.id FROM publishedreport WHERE {' AND '.join(where)}", params


def matching_ids(db: Database, query: Query, today: date | None = None) -> list[int]:
    sql, params = _matching_sql(db, query, today or date.today())
    with db.engine.connect() as connection:
        return [row[0] for row in connection.execute(text(sql + " ORDER BY publishedreport.id DESC"), params)]


def _load(db: Database, ids: list[int]) -> list[PublishedReport]:
    if not ids:
        return []
    with db.session() as session:
        rows = session.exec(select(PublishedReport).where(col(PublishedReport.id).in_(ids))).all()
    order = {report_id: n for n, report_id in enumerate(ids)}
    return sorted(rows, key=lambda r: order[r.id])  # type: ignore[index]


def _facets(db: Database, matching_sql: str, params: dict[str, Any]) -> dict[str, dict[str, int]]:
    """Count per (characteristic, value) over the matching set, most frequent first."""
    sql = (f"SELECT field, value, count(*) AS n FROM reportfacet WHERE report_id IN ({matching_sql}) "
           "GROUP BY field, value ORDER BY field, n DESC, value")
    facets: dict[str, dict[str, int]] = {}
    with db.engine.connect() as connection:
        for field, value, count in connection.execute(text(sql), params):
            if field in FIELDS_BY_KEY:
                facets.setdefault(field, {})[value] = count
    return facets


class _UnfilteredFacets:
    """Facet counts of the whole archive, the costliest query and the most frequent one (every first visit),
    kept until a report is published or released (the key is the count of visible reports and the newest id)."""

    def __init__(self) -> None:
        self._key: tuple[Any, ...] | None = None
        self._value: dict[str, dict[str, int]] = {}

    def get(self, db: Database, today: date) -> dict[str, dict[str, int]]:
        with db.engine.connect() as connection:
            key = (db.url, today, *connection.execute(text(
                "SELECT count(*), max(id) FROM publishedreport WHERE release_on <= :today"), {"today": today}).one())
        if key != self._key:
            sql, params = _matching_sql(db, Query(), today)
            self._value, self._key = _facets(db, sql, params), key
        return self._value


_unfiltered_facets = _UnfilteredFacets()


def _id_set(db: Database, ids: list[int]) -> tuple[str, dict[str, Any]]:
    """A SQL set of already-matched ids, passed as one parameter (the text match is not run again)."""
    if db.is_sqlite:
        return "SELECT value FROM json_each(:ids)", {"ids": json.dumps(ids)}
    return "SELECT unnest(CAST(:ids AS integer[]))", {"ids": ids}


def search(db: Database, query: Query, today: date | None = None) -> dict[str, Any]:
    today = today or date.today()
    unfiltered = not query.q.strip() and not query.filters
    if unfiltered:
        sql, params = _matching_sql(db, query, today)
        with db.engine.connect() as connection:
            total = connection.execute(text(f"SELECT count(*) FROM ({sql}) AS matching"), params).scalar_one()
            page_ids = [row[0] for row in connection.execute(
                text(sql + " ORDER BY publishedreport.id DESC LIMIT :limit OFFSET :offset"),
                {**params, "limit": query.per_page, "offset": (query.page - 1) * query.per_page})]
        facets = _unfiltered_facets.get(db, today)
    else:
        # Match once, then count, page and facet over the ids: the text search is the costly part.
        ids = matching_ids(db, query, today)
        total = len(ids)
        start = (query.page - 1) * query.per_page
        page_ids = ids[start:start + query.per_page]
        facets = _facets(db, *_id_set(db, ids)) if ids else {}
    return {"items": [public(r) for r in _load(db, page_ids)], "total": total, "page": query.page,
            "pages": max(1, math.ceil(total / query.per_page)), "facets": facets}


def public(report: PublishedReport) -> dict[str, Any]:
    """The public form of a report: every field a reader may see, and nothing else."""
    return {
        "public_id": report.public_id, "title": report.title, "summary": report.summary,
        "narrative": report.narrative, "lessons": report.lessons, "do_differently": report.do_differently,
        "tags": report.tags, "characteristics": report.characteristics, "incident_month": report.incident_month,
        "released_on": report.release_on.isoformat(), "supplement_of": report.supplement_of,
        "generalised": report.generalised,
    }


def one(db: Database, public_id: str, today: date | None = None) -> dict[str, Any] | None:
    today = today or date.today()
    with db.session() as session:
        report = session.exec(select(PublishedReport).where(PublishedReport.public_id == public_id,
                                                            col(PublishedReport.release_on) <= today)).first()
        if report is None:
            return None
        supplements = session.exec(select(PublishedReport).where(PublishedReport.supplement_of == public_id,
                                                                 col(PublishedReport.release_on) <= today)
                                   .order_by(col(PublishedReport.id))).all()
    shown = public(report)
    shown["supplements"] = [public(s) for s in supplements]
    return shown


def iter_matching(db: Database, query: Query, today: date | None = None) -> Iterator[dict[str, Any]]:
    """Every matching report, oldest first, for the exports (in chunks, so a large export stays small)."""
    ids = sorted(matching_ids(db, query, today))
    for start in range(0, len(ids), 500):
        for report in _load(db, ids[start:start + 500]):
            yield public(report)


def stats(db: Database, query: Query, row_key: str | None = None, col_key: str | None = None,
          today: date | None = None) -> dict[str, Any]:
    today = today or date.today()
    sql, params = _matching_sql(db, query, today)
    with db.engine.connect() as connection:
        total = connection.execute(text(f"SELECT count(*) FROM ({sql}) AS matching"), params).scalar_one()
        per_month = {month or "unknown": count for month, count in connection.execute(text(
            f"SELECT incident_month, count(*) FROM publishedreport WHERE id IN ({sql}) "
            "GROUP BY incident_month ORDER BY incident_month"), params)}
        cells: dict[str, dict[str, int]] = {}
        if row_key in FIELDS_BY_KEY and col_key in FIELDS_BY_KEY:
            for row_value, col_value, count in connection.execute(text(
                    "SELECT a.value, b.value, count(*) FROM reportfacet a JOIN reportfacet b "
                    "ON a.report_id = b.report_id AND b.field = :col_key "
                    f"WHERE a.field = :row_key AND a.report_id IN ({sql}) GROUP BY a.value, b.value"),
                    {**params, "row_key": row_key, "col_key": col_key}):
                cells.setdefault(row_value, {})[col_value] = count
    facets = _facets(db, sql, params)
    return {
        "total": total,
        "per_month": per_month,
        "by_call_type": facets.get("call_type", {}),
        "by_contributing_factor": facets.get("contributing_factors", {}),
        "facets": facets,
        "crosstab": {"rows": row_key, "columns": col_key, "cells": cells} if cells else None,
    }
