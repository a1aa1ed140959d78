"""A finding: one span of the normalised text that the scrubber replaces, and with what."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

ENTITY_TYPES = ("PERSON", "ID", "CONTACT", "AGENCY", "PLACE", "DATE", "TIME")


@dataclass
class Finding:
    entity_type: str
    start: int
    end: int
    text: str
    placeholder: str
    score: float
    recognizer: str
    enabled: bool = True

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        known = {f.name for f in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})
