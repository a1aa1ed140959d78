"""Quasi-identifiers: the banded characteristics that, taken together, could single out a small agency.

Before release, a report's combination of region or state, agency type, size band, population band, month
and call type must be shared by at least k-1 already published reports. Where it is not, values are
generalised one step at a time, most identifying first: the state becomes its census region, the month
becomes its year, then the size and population bands and the agency type are dropped. Region, year and
call type are coarse enough to publish on their own, so the first reports of the archive go out in that
coarse form instead of waiting forever for peers; the steps taken are recorded on the report. A published
report counts as a peer when it could be the candidate as readers see both (see `compatible`), so detail
returns once enough coarser reports exist.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlmodel import Session, col, select

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


def signature(characteristics: dict[str, Any]) -> dict[str, str]:
    keys = (*QUASI_IDENTIFIERS, "incident_year")
    return {k: str(characteristics[k]) for k in keys if characteristics.get(k) not in (None, "", "unknown")}


def _generalised_form(key: str, value: str) -> tuple[str, str] | None:
    """The coarser field a published report shows instead of this one, and its value."""
    if key == "state":
        region = STATE_REGION.get(value)
        return ("region", region) if region else None
    if key == "incident_month":
        return "incident_year", value[:4]
    return None


def compatible(published: dict[str, str], candidate: dict[str, str]) -> bool:
    """Could this published report be the candidate, as a reader sees both? A value the published report
    shows must equal the candidate's, or be its generalisation; a value it does not show could be anything.
    So a report generalised to its year still hides a candidate from that year's March."""
    for key, value in candidate.items():
        if key in published:
            if published[key] != value:
                return False
            continue
        coarser = _generalised_form(key, value)
        if coarser is not None and published.get(coarser[0], coarser[1]) != coarser[1]:
            return False
        if key == "incident_year" and published.get("incident_month", value)[:4] != value:
            return False
    return True


def peers(session: Session, characteristics: dict[str, Any]) -> int:
    """How many published reports the candidate, as it would be published, hides among. Only reports with
    the same call type (never generalised) are read."""
    candidate = signature(characteristics)
    query = select(PublishedReport.characteristics)
    if "call_type" in candidate:
        same_call = select(ReportFacet.report_id).where(ReportFacet.field == "call_type",
                                                        ReportFacet.value == candidate["call_type"])
        query = query.where(col(PublishedReport.id).in_(same_call))
    return sum(compatible(signature(published), candidate) for published in session.exec(query).all())


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
