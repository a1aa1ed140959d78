"""ASRS-style placeholders, consistent within a report, and the rendering of the published text."""

from __future__ import annotations

import re

from scrubber.candidates import Candidate
from scrubber.findings import Finding
from scrubber.lexicon import NAME_PARTICLES

_CONTACT_LABELS = {"EMAIL": "[EMAIL]", "URL": "[URL]", "HANDLE": "[HANDLE]", "PHONE": "[PHONE]"}
_ROLE_ORDER = ("OFFICER", "SUSPECT", "PERSON")


def time_block(hhmm: str) -> str:
    """ASRS reports a clock time as the six-hour block it falls in."""
    minutes = int(hhmm[:2]) * 60 + int(hhmm[2:])
    if minutes == 0 or minutes > 18 * 60:
        return "[1801-2400]"
    if minutes <= 6 * 60:
        return "[0001-0600]"
    if minutes <= 12 * 60:
        return "[0601-1200]"
    return "[1201-1800]"


def date_label(kind: str) -> str:
    """Month and year where the text gave both, as ASRS publishes them (YYYYMM); otherwise [DATE]."""
    return f"[{kind}]" if kind else "[DATE]"


def _name_words(text: str) -> list[str]:
    words = re.findall(r"[^\W\d_][\w'-]*", text.replace('"', " "))
    return [w.lower().removesuffix("'s") for w in words if len(w) > 1]


class _People:
    """Groups mentions of one person (full name, surname, first name, nickname) under one placeholder."""

    def __init__(self) -> None:
        self.clusters: list[dict[str, object]] = []
        self.counters = dict.fromkeys(_ROLE_ORDER, 0)

    def _find(self, words: list[str]) -> dict[str, object] | None:
        if not words:
            return None
        full = " ".join(words)
        for cluster in self.clusters:
            if full in cluster["fulls"]:  # type: ignore[operator]
                return cluster
        last = words[-1]
        if len(words) > 1 and any(w not in NAME_PARTICLES for w in words[:-1]):  # "De la Cruz" is a surname
            # A full name joins a cluster known by that surname alone, but not one with another first name.
            for cluster in self.clusters:
                if cluster["last"] == last and not cluster["first"]:
                    return cluster
            return None
        for key in ("last", "first"):
            for cluster in self.clusters:
                if cluster[key] == last:
                    return cluster
        for cluster in self.clusters:
            if last in cluster["words"]:  # type: ignore[operator]
                return cluster
        return None

    def label(self, surface: str, role: str) -> str:
        words = _name_words(surface)
        cluster = self._find(words)
        if cluster is None:
            role = role if role in self.counters else "PERSON"
            self.counters[role] += 1
            cluster = {"label": f"[{role} {self.counters[role]}]", "fulls": set(), "words": set(),
                       "last": words[-1] if words else surface.lower(), "first": words[0] if len(words) > 1 else ""}
            self.clusters.append(cluster)
        elif len(words) > 1 and not cluster["first"]:
            cluster["first"] = words[0]
        cluster["fulls"].add(" ".join(words))  # type: ignore[attr-defined]
        cluster["words"].update(words)  # type: ignore[attr-defined]
        return str(cluster["label"])


# "US 23" and, later, "across 23" are one road: its kind word does not tell it apart
_ROAD_KIND = re.compile(r"(?i)^(?:us|u\.s\.|hwy|highway|sr|state\s+route|route|rte|rt|interstate|i)[\s-]*(?=\d{1,3}$)")


def _place_key(text: str) -> str:
    text = _ROAD_KIND.sub("", re.sub(r"(?i)^the\s+|'s$", "", text.strip()))
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


def assign(text: str, candidates: list[Candidate]) -> list[Finding]:
    """Turn resolved candidates (sorted, non-overlapping) into findings with their placeholders."""
    people = _People()
    numbered: dict[str, dict[str, str]] = {"AGENCY": {}, "PLACE": {}}
    labels = {"AGENCY": "AGENCY", "PLACE": "LOCATION"}
    # People first by order of appearance, but a titled mention decides the role of the whole cluster: so
    # process the mentions with a title before the bare ones that refer to them.
    order = sorted(range(len(candidates)),
                   key=lambda i: (candidates[i].entity_type != "PERSON", candidates[i].score < 0.8, i))
    placeholders: dict[int, str] = {}
    for i in order:
        c = candidates[i]
        surface = text[c.start:c.end]
        if c.entity_type == "PERSON":
            # a mention may say whose name it is ("prices" in "prices arm" is "price")
            placeholders[i] = people.label(c.meta.get("name", surface), c.kind or "PERSON")
        elif c.entity_type in numbered:
            table = numbered[c.entity_type]
            key = _place_key(surface)
            if key not in table:
                table[key] = f"[{labels[c.entity_type]} {len(table) + 1}]"
            placeholders[i] = table[key]
        elif c.entity_type == "DATE":
            placeholders[i] = date_label(c.kind)
        elif c.entity_type == "TIME":
            placeholders[i] = time_block(c.kind) if c.kind else "[TIME]"
        elif c.entity_type == "CONTACT":
            placeholders[i] = _CONTACT_LABELS.get(c.kind, "[CONTACT]")
        else:
            placeholders[i] = f"[{c.kind or 'ID'}]"
    _renumber(candidates, placeholders)
    return [
        Finding(c.entity_type, c.start, c.end, text[c.start:c.end], placeholders[i], round(c.score, 3), c.recognizer)
        for i, c in enumerate(candidates)
    ]


def _renumber(candidates: list[Candidate], placeholders: dict[int, str]) -> None:
    """Number placeholders by first appearance in the text, whatever order they were assigned in."""
    mapping: dict[str, str] = {}
    counters: dict[str, int] = {}
    for i in range(len(candidates)):
        label = placeholders[i]
        m = re.fullmatch(r"\[([A-Z ]+) (\d+)\]", label)
        if not m:
            continue
        if label not in mapping:
            counters[m.group(1)] = counters.get(m.group(1), 0) + 1
            mapping[label] = f"[{m.group(1)} {counters[m.group(1)]}]"
        placeholders[i] = mapping[label]


def render(normalized: str, findings: list[Finding]) -> str:
    """Replace the span of every enabled finding with its placeholder; overlapping spans keep the first."""
    out: list[str] = []
    cursor = 0
    for finding in sorted((f for f in findings if f.enabled), key=lambda f: (f.start, -f.end)):
        if finding.start < cursor:
            continue
        out.append(normalized[cursor:finding.start])
        out.append(finding.placeholder)
        cursor = finding.end
    out.append(normalized[cursor:])
    return "".join(out)
