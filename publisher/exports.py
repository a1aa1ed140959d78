"""Exports of the filtered set (CSV and JSON Lines) and the Atom feed of new reports."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, time
from typing import Any

from feedgen.feed import FeedGenerator

from models.taxonomy import FIELDS

CSV_COLUMNS = ["public_id", "title", "summary", "narrative", "lessons", "do_differently", "tags", "incident_month",
               "released_on", "supplement_of", *[f.key for f in FIELDS]]


def csv_rows(reports: Iterable[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for report in reports:
        row = {**report, **{k: ("; ".join(v) if isinstance(v, list) else v)
                            for k, v in report["characteristics"].items()}}
        row["tags"] = "; ".join(report["tags"])
        writer.writerow(row)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def jsonl_rows(reports: Iterable[dict[str, Any]]) -> Iterator[str]:
    for report in reports:
        yield json.dumps(report, ensure_ascii=False) + "\n"


def atom(reports: list[dict[str, Any]], base_url: str) -> bytes:
    feed = FeedGenerator()
    feed.id(base_url + "/archive")
    feed.title("LEO Near Miss: new reports")
    feed.subtitle("De-identified near-miss reports from law enforcement officers")
    feed.link(href=base_url + "/archive", rel="alternate")
    feed.link(href=base_url + "/archive/feed.atom", rel="self")
    feed.language("en")
    for report in reversed(reports):
        entry = feed.add_entry()
        entry.id(f"{base_url}/archive/reports/{report['public_id']}")
        entry.title(f"{report['public_id']}: {report['title']}")
        entry.link(href=f"{base_url}/archive/reports/{report['public_id']}")
        # The release day only: the time of day would say nothing true and could hint at a submission.
        released = datetime.combine(datetime.fromisoformat(report["released_on"]).date(), time(0, 0), tzinfo=UTC)
        entry.updated(released)
        entry.published(released)
        entry.summary(report["summary"] or report["narrative"][:300])
    return feed.atom_str(pretty=True)
