"""Quasi-identifiers: the banded characteristics that, taken together, could single out a small agency.

Before release, a report's combination of region or state, agency type, size band, population band, month
and call type must be shared by at least k-1 already published reports. Where it is not, values are
generalised one step at a time, most identifying first: the state becomes its census region, the month
becomes its year, then the size and population bands and the agency type are dropped. Region, year and
call type are coarse enough to publish on their own, so the first reports of the archive go out in that
coarse form instead of waiting forever for peers; the steps taken are recorded on the report.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import and_, func, or_
from sqlmodel import Session, select

from models.tables import PublishedReport, ReportFacet
from models.taxonomy import STATE_REGION

QUASI_IDENTIFIERS = ("state", "region", "agency_type", "agency_size", "population_served", "incident_month",
                     "call_type")


def _state_to_region(c: dict[str, Any]) -> None:
    state = c.pop("state", None)
    if state and state in STATE_REGION and not c.get("region"):
        c["region"] = STATE_REGION[state]


def _month_to_year(c: dict[str, Any]) -> None:
    month = c.pop("incident_month", None)
    if month:
        c["incident_year"] = month[:4]


def _drop(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda c: c.pop(key, None)  # type: ignore[return-value]


STEPS: tuple[tuple[str, Callable[[dict[str, Any]], None]], ...] = (
    ("state", _state_to_region),
    ("incident_month", _month_to_year),
    ("agency_size", _drop("agency_size")),
    ("population_served", _drop("population_served")),
    ("agency_type", _drop("agency_type")),
)


def signature(characteristics: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    keys = (*QUASI_IDENTIFIERS, "incident_year")
    return tuple((k, str(characteristics[k])) for k in keys if characteristics.get(k) not in (None, "", "unknown"))


def peers(session: Session, characteristics: dict[str, Any]) -> int:
    """How many published reports share every quasi-identifier the candidate publishes (an indexed count
    over the archive's facets)."""
    wanted = signature(characteristics)
    if not wanted:
        return session.exec(select(func.count()).select_from(PublishedReport)).one()
    pairs = or_(*(and_(ReportFacet.field == key, ReportFacet.value == value) for key, value in wanted))
    sharing = (select(ReportFacet.report_id).where(pairs).group_by(ReportFacet.report_id)
               .having(func.count() == len(wanted)))
    return session.exec(select(func.count()).select_from(sharing.subquery())).one()


def generalise(session: Session, characteristics: dict[str, Any], k: int) -> tuple[dict[str, Any], list[str]]:
    """The characteristics to publish and the names of what was generalised."""
    published = dict(characteristics)
    steps_taken: list[str] = []
    for name, step in STEPS:
        if peers(session, published) >= k - 1:
            break
        if name in published:
            step(published)
            steps_taken.append(name)
    return published, steps_taken
