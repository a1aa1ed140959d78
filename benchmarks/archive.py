"""Archive search and filter latency over 100,000 synthetic published reports, on SQLite and PostgreSQL.

    .venv/bin/python benchmarks/archive.py [--reports 100000] [--rounds 40] [--backend sqlite|postgres|both]

Loads the synthetic reports straight into `publishedreport` (and the search index), then times requests to
`GET /api/v1/archive/reports` through the archive app (in-process ASGI, response fully serialised) and
prints p50 and p95 per kind of query. The target is p95 under 100 ms for a text query with two filters.
"""

from __future__ import annotations

import argparse
import random
import secrets
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

# This folder holds benchmarks named after the packages they measure: import the packages, not the scripts.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from models.db import Database  # noqa: E402
from models.tables import PublishedReport  # noqa: E402
from models.taxonomy import FIELDS  # noqa: E402
from publisher import search  # noqa: E402
from publisher.deps import ArchiveDeps  # noqa: E402
from publisher.web import create_app  # noqa: E402

# A vocabulary with a long tail, like real narratives: a few words in most reports, most words in few.
COMMON = ("the", "and", "i", "was", "he", "my", "partner", "we", "to", "a", "of", "car", "said", "back", "got",
          "then", "out", "call", "scene", "officer", "suspect", "driver", "door", "hands", "radio", "backup")
DOMAIN = ("fog", "flares", "guardrail", "pickup", "wrecker", "passenger", "window", "handgun", "knife", "hammer",
          "bathroom", "perimeter", "fence", "backyard", "shed", "revolver", "ice", "ditch", "pursuit", "suburban",
          "dispatcher", "stairwell", "warrant", "cuffs", "transport", "hospital", "drawstring", "holster", "range",
          "crosswalk", "vest", "rain", "alarm", "warehouse", "copper", "kitchen", "welfare", "crisis", "cover",
          "approach", "console", "night", "lights", "taser", "rifle", "shotgun", "ambush", "dog", "bridge", "river")


def words(rng: random.Random, count: int) -> str:
    """Mostly common words; each domain word appears in a few percent of reports, as in real archives."""
    return " ".join(rng.choice(DOMAIN) if rng.random() < 0.03 else rng.choice(COMMON) for _ in range(count))


QUERIES = {
    "text only": ({"q": "fog flares"}, ),
    "two filters": ({"call_type": "traffic_stop", "lighting": "dark_unlit"}, ),
    "text + two filters": ({"q": "passenger", "call_type": "traffic_stop", "lighting": "dark_unlit"}, ),
    "text + multi-valued filter": ({"q": "knife", "near_harm": "stabbed_or_cut"}, ),
    "browse, page 50": ({"page": "50"}, ),
}


def synthetic(n: int, rng: random.Random) -> dict[str, object]:
    characteristics: dict[str, object] = {}
    for field in FIELDS:
        if field.kind == "month":
            characteristics[field.key] = f"{rng.randint(2019, 2026)}-{rng.randint(1, 12):02d}"
        elif field.multiple:
            characteristics[field.key] = sorted({rng.choice(field.choices).value for _ in range(rng.randint(1, 3))})
        elif rng.random() < 0.9:
            characteristics[field.key] = rng.choice(field.choices).value
    narrative = words(rng, rng.randint(80, 300))
    year = 2020 + n % 7
    return {
        "public_id": f"LEO-{year}-{n:06d}", "title": words(rng, 6).capitalize(),
        "summary": words(rng, 20), "narrative": narrative, "lessons": words(rng, 25), "do_differently": "",
        "tags": [],
        "characteristics": characteristics, "incident_month": characteristics["incident_month"],
        "published_on": date(2026, 1, 1), "release_on": date(2026, 1, 1), "generalised": [],
        "supplement_of": None, "submission_id": None,
    }


def load(db: Database, count: int) -> float:
    rng = random.Random(20261128)
    started = time.perf_counter()
    db.create_all()
    batch = 2000
    with db.engine.begin() as connection:
        for start in range(0, count, batch):
            rows = [synthetic(n, rng) for n in range(start, min(count, start + batch))]
            connection.execute(insert(PublishedReport), rows)
    search.rebuild(db)
    # Fresh statistics and visibility maps, as autovacuum would have after a bulk load.
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        if db.is_sqlite:
            connection.exec_driver_sql("ANALYZE")
        else:
            connection.exec_driver_sql("VACUUM ANALYZE publishedreport")
            connection.exec_driver_sql("VACUUM ANALYZE reportfacet")
    return time.perf_counter() - started


def measure(db: Database, rounds: int) -> None:
    client = TestClient(create_app(ArchiveDeps(db=db)))
    for name, (params,) in QUERIES.items():
        client.get("/api/v1/archive/reports", params=params).raise_for_status()  # warm up
        times, total = [], 0
        for _ in range(rounds):
            started = time.perf_counter()
            response = client.get("/api/v1/archive/reports", params=params)
            times.append(time.perf_counter() - started)
            total = response.json()["total"]
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        print(f"  {name:<28} p50 {statistics.median(times) * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms   "
              f"({total:,} matches)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    args = parser.parse_args()
    if args.backend in ("sqlite", "both"):
        db = Database(f"sqlite:///{tempfile.mkdtemp(prefix='nearmiss-archive-')}/archive.db")
        print(f"SQLite (FTS5): loaded {args.reports:,} reports in {load(db, args.reports):.0f} s")
        measure(db, args.rounds)
        db.dispose()
    if args.backend in ("postgres", "both"):
        import psycopg

        name = "nearmiss_archive_" + secrets.token_hex(4)
        admin = "postgresql://postgres@127.0.0.1:5432/postgres"
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        db = Database(f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}")
        try:
            print(f"PostgreSQL (tsvector + GIN): loaded {args.reports:,} reports in {load(db, args.reports):.0f} s")
            measure(db, args.rounds)
        finally:
            db.dispose()
            with psycopg.connect(admin, autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
