"""The working draft a reviewer edits: per section the normalised text, the scrubber's findings (each can be
toggled), manual redactions, and an optional hand-edited text. Sealed for the desk at rest."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from scrubber import Finding, render

REDACTED = "[REDACTED]"


@dataclass
class Segment:
    """A run of text for highlighting: plain (finding is None) or one finding's span."""

    text: str
    finding: int | None = None


def findings_of(section: dict[str, Any]) -> list[Finding]:
    return [Finding.from_dict(item) for item in section.get("findings", [])]


def rerender(section: dict[str, Any]) -> None:
    """Rebuild the section's text from its normalised text and enabled findings (drops a hand edit)."""
    section["text"] = render(section["normalized"], findings_of(section))
    section.pop("edited", None)


def toggle(section: dict[str, Any], index: int, enabled: bool) -> None:
    findings = section.get("findings", [])
    if not 0 <= index < len(findings):
        raise IndexError(f"there is no finding {index}")
    findings[index]["enabled"] = enabled
    rerender(section)


def redact(section: dict[str, Any], phrase: str) -> int:
    """Redact every occurrence of a phrase the reviewer selected. Returns how many were redacted.

    In a section not edited by hand the redaction is added as a finding on the normalised text (so it shows,
    and can be toggled, like the scrubber's own); in a hand-edited text it replaces the phrase directly.
    """
    phrase = phrase.strip()
    if not phrase:
        return 0
    if section.get("edited"):
        count = section["text"].count(phrase)
        section["text"] = section["text"].replace(phrase, REDACTED)
        return count
    normalized: str = section["normalized"]
    taken = [(f["start"], f["end"]) for f in section.get("findings", []) if f.get("enabled", True)]
    added = 0
    start = normalized.find(phrase)
    while start != -1:
        end = start + len(phrase)
        if not any(s < end and start < e for s, e in taken):
            section.setdefault("findings", []).append(Finding(
                entity_type="MANUAL", start=start, end=end, text=phrase, placeholder=REDACTED, score=1.0,
                recognizer="reviewer").to_dict())
            taken.append((start, end))
            added += 1
        start = normalized.find(phrase, end)
    section["findings"].sort(key=lambda f: f["start"])
    rerender(section)
    return added


def edit(section: dict[str, Any], text: str) -> None:
    """Replace the section's text with the reviewer's own edit (the non-JavaScript way to redact)."""
    if text != section["text"]:
        section["text"] = text
        section["edited"] = True


def kept_spans(section: dict[str, Any]) -> list[str]:
    """Texts of findings the reviewer toggled off: explicitly kept, so the publisher does not block on them."""
    return [f["text"] for f in section.get("findings", []) if not f.get("enabled", True)]


def segments(text: str, findings: list[dict[str, Any]]) -> list[Segment]:
    """Split the normalised text into plain runs and findings, for highlighting side by side."""
    out: list[Segment] = []
    cursor = 0
    for index, finding in sorted(enumerate(findings), key=lambda pair: pair[1]["start"]):
        start, end = finding["start"], finding["end"]
        if start < cursor:
            continue
        out.append(Segment(text[cursor:start]))
        out.append(Segment(text[start:end], index))
        cursor = end
    out.append(Segment(text[cursor:]))
    return [segment for segment in out if segment.text]
