"""The publisher's pre-release re-check: detection run again on text a reviewer approved."""

from __future__ import annotations

import re
from collections.abc import Iterable

from scrubber.findings import Finding

# Text the scrubber itself produced: role placeholders, time blocks, month-year dates, kind labels.
PLACEHOLDER = re.compile(r"\[(?:[A-Z][A-Z ]*[A-Z](?: \d+)?|\d{4}-\d{4}|\d{6})\]")


def find_identifiers(text: str, kept: Iterable[str] = ()) -> list[Finding]:
    """Findings in approved text, ignoring placeholders and the spans a reviewer explicitly kept."""
    from scrubber.engine import Scrubber

    result = Scrubber.shared().scrub(text)
    normalized = result.normalized
    protected = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(normalized)]
    kept_texts = {k.strip().lower() for k in kept if k and k.strip()}
    for phrase in kept_texts:
        for m in re.finditer(re.escape(phrase), normalized, re.I):
            protected.append((m.start(), m.end()))
    findings = []
    for finding in result.findings:
        if finding.text.strip().lower() in kept_texts:
            continue
        if any(s < finding.end and finding.start < e for s, e in protected):
            # a finding that only touches a placeholder ("[OFFICER 1]'s") is the placeholder itself
            inside = all(s <= finding.start and finding.end <= e for s, e in protected
                         if s < finding.end and finding.start < e)
            if inside or _only_placeholder(normalized, finding, protected):
                continue
        findings.append(finding)
    return findings


def _only_placeholder(text: str, finding: Finding, protected: list[tuple[int, int]]) -> bool:
    """True when what the finding covers outside protected spans is only brackets, spaces and punctuation."""
    chars = list(text[finding.start:finding.end])
    for s, e in protected:
        for i in range(max(s, finding.start), min(e, finding.end)):
            chars[i - finding.start] = " "
    return not re.search(r"[A-Za-z0-9]", "".join(chars))
