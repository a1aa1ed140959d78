"""Reading the archive: search, filters on every characteristic with a count per value, one report with its
supplemental accounts, and the statistics. Only `PublishedReport` is ever read here (invariant 4), and only
reports whose release day has come."""

from __future__ import annotations

import math
from collections import Counter
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
    where = ["publishedreport.release_on <= :today"]
    params: dict[str, Any] = {"today": today}
    matched = match_clause(db, query.q)
    if matched:
        where.append(matched[0])
        params.update(matched[1])
    for n, (key, values) in enumerate(sorted(query.filters.items())):
        spec = FIELDS_BY_KEY[key]
        names = []
        for m, value in enumerate(values):
            name = f"f{n}_{m}"
            params[name] = value
            names.append(name)
        if spec.multiple:
            if db.is_sqlite:
                where.append(f"EXISTS (SELECT 1 FROM json_each(publishedreport.characteristics, '$.{key}') "
                             f"WHERE value IN ({', '.join(':' + x for x in names)}))")
            else:
                where.append(f"EXISTS (SELECT 1 FROM json_array_elements_text(publishedreport.characteristics -> "
                             f"'{key}') AS v(value) WHERE v.value IN ({', '.join(':' + x for x in names)}))")
        else:
            extract = (f"json_extract(publishedreport.characteristics, '$.{key}')" if db.is_sqlite
                       else f"(publishedreport.characteristics ->> '{key}')")
            where.append(f"{extract} IN ({', '.join(':' + x for x in names)})")
    return where, params


def matching_ids(db: Database, query: Query, today: date | None = None) -> list[int]:
    where, params = _conditions(db, query, today or date.today())
    sql = f"SELECT publishedreport.id FROM publishedreport WHERE {' AND '.join(where)} ORDER BY publishedreport.id DESC"
    with db.engine.connect() as connection:
        return [row[0] for row in connection.execute(text(sql), params)]


def _load(db: Database, ids: list[int]) -> list[PublishedReport]:
    if not ids:
        return []
    with db.session() as session:
        rows = session.exec(select(PublishedReport).where(col(PublishedReport.id).in_(ids))).all()
    order = {report_id: n for n, report_id in enumerate(ids)}
    return sorted(rows, key=lambda r: order[r.id])  # type: ignore[index]


def search(db: Database, query: Query, today: date | None = None) -> dict[str, Any]:
    ids = matching_ids(db, query, today)
    total = len(ids)
    start = (query.page - 1) * query.per_page
    page_ids = ids[start:start + query.per_page]
    facets = _facets(db, ids)
    return {"items": [public(r) for r in _load(db, page_ids)], "total": total, "page": query.page,
            "pages": max(1, math.ceil(total / query.per_page)), "facets": facets}


def _facets(db: Database, ids: list[int]) -> dict[str, dict[str, int]]:
    counts: dict[str, Counter[str]] = {key: Counter() for key in FILTERABLE}
    with db.engine.connect() as connection:
        for chunk_start in range(0, len(ids), 5000):
            chunk = ids[chunk_start:chunk_start + 5000]
            rows = connection.execute(select(PublishedReport.characteristics)  # type: ignore[call-overload]
                                      .where(col(PublishedReport.id).in_(chunk)))
            for (characteristics,) in rows:
                for key, value in (characteristics or {}).items():
                    if key in counts:
                        counts[key].update(value if isinstance(value, list) else [value])
    return {key: dict(counter.most_common()) for key, counter in counts.items() if counter}


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
    ids = matching_ids(db, query, today)
    per_month: Counter[str] = Counter()
    cross: dict[str, Counter[str]] = {}
    facets = _facets(db, ids)
    if row_key in FIELDS_BY_KEY and col_key in FIELDS_BY_KEY:
        for report in _load(db, ids):
            rows = report.characteristics.get(row_key)
            cols = report.characteristics.get(col_key)
            for r in (rows if isinstance(rows, list) else [rows or "unknown"]):
                for c in (cols if isinstance(cols, list) else [cols or "unknown"]):
                    cross.setdefault(r, Counter())[c] += 1
    with db.engine.connect() as connection:
        for chunk_start in range(0, len(ids), 5000):
            chunk = ids[chunk_start:chunk_start + 5000]
            for (month,) in connection.execute(select(PublishedReport.incident_month)  # type: ignore[call-overload]
                                               .where(col(PublishedReport.id).in_(chunk))):
                per_month[month or "unknown"] += 1
    return {
        "total": len(ids),
        "per_month": dict(sorted(per_month.items())),
        "by_call_type": facets.get("call_type", {}),
        "by_contributing_factor": facets.get("contributing_factors", {}),
        "facets": facets,
        "crosstab": {"rows": row_key, "columns": col_key, "cells": {r: dict(c) for r, c in cross.items()}}
        if cross else None,
    }
