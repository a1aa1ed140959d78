"""Score the scrubber on a corpus in the format of corpus/SPEC.md.

Scoring follows SPEC.md: a token is a run of letters and digits; kind words do not identify; an identifier
leaks when one of its identifying tokens appears in the scrubbed text more often than in the original text outside
identifier marks; a KEEP span is kept when every one of its tokens still appears in the scrubbed text.
Tokens are compared case-insensitively (stricter: "BLACK" in the output counts against "Black").
The scrubber's own placeholder vocabulary ("[OFFICER 1]", "[0001-0600]", "[BADGE]") is removed from the scrubbed
text before counting: it is generated, not copied from the report, and its digits would otherwise be mistaken
for the digits of an apartment or a unit number.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from scrubber.findings import ENTITY_TYPES
from scrubber.lexicon import words

_MARK = re.compile(r"\[\[(?P<type>[A-Z]+)\|(?P<id>[^\]]*)\]\]|\{\{(?P<keep>[^}]*)\}\}")
_TOKEN = re.compile(r"[A-Za-z0-9]+")
# Tokens that only say what kind of thing something is (SPEC.md's list, completed in its spirit: the kinds of
# place and of agency subdivision, and the ranks and titles SPEC says stay outside a name's mark).
KIND_WORDS = frozenset(
    words("""street st avenue ave av road rd highway hwy route rt rte interstate county co state city police department
    dept pd sheriff sheriffs s office the of unit apt apartment suite ste lot building bldg room rm block blk mile
    marker mm exit badge car id hours hrs hr am pm a m p and boulevard blvd drive dr lane ln court ct way place pl
    parkway pkwy circle cir terrace trail highway freeway fwy us i sr sh fm cr so number no case report incident
    plate tag vin serial shield star space trailer north south east west n s e w nb sb eb wb jr
    district precinct division troop station apts apartments
    officer ofc deputy dep sgt sergeant cpl corporal lt lieutenant det detective tpr trooper capt captain chief
    principal mr mrs ms dr po co tfo ff fto""")
)
_PLACEHOLDER = re.compile(r"\[(?:[A-Z][A-Z ]*[A-Z](?: \d+)?|\d{4}-\d{4})\]")


@dataclass
class Span:
    kind: str  # an identifier TYPE, or "KEEP"
    start: int
    end: int
    text: str


@dataclass
class CorpusItem:
    id: str
    text: str
    identifiers: list[Span]
    keeps: list[Span]


@dataclass
class Leak:
    item_id: str
    span: Span
    tokens: list[str]
    context: str


@dataclass
class EvalReport:
    per_type: dict[str, tuple[int, int]] = field(default_factory=dict)  # type -> (not leaked, total)
    keeps: tuple[int, int] = (0, 0)
    leaks: list[Leak] = field(default_factory=list)
    lost_keeps: list[Leak] = field(default_factory=list)
    narratives: int = 0

    @property
    def recall(self) -> float:
        ok = sum(v[0] for v in self.per_type.values())
        total = sum(v[1] for v in self.per_type.values())
        return ok / total if total else 1.0

    def type_recall(self, kind: str) -> float:
        ok, total = self.per_type.get(kind, (0, 0))
        return ok / total if total else 1.0

    @property
    def keep_rate(self) -> float:
        return self.keeps[0] / self.keeps[1] if self.keeps[1] else 1.0


class _Scrubs(Protocol):
    def scrub_many(self, texts: list[str]) -> list: ...


def parse_marked(marked: str) -> tuple[str, list[Span], list[Span]]:
    out: list[str] = []
    identifiers: list[Span] = []
    keeps: list[Span] = []
    cursor = 0
    length = 0
    for m in _MARK.finditer(marked):
        before = marked[cursor:m.start()]
        out.append(before)
        length += len(before)
        surface = m.group("id") if m.group("type") else m.group("keep")
        span = Span(m.group("type") or "KEEP", length, length + len(surface), surface)
        (identifiers if m.group("type") else keeps).append(span)
        out.append(surface)
        length += len(surface)
        cursor = m.end()
    out.append(marked[cursor:])
    return "".join(out), identifiers, keeps


def load_corpus(path: str | Path) -> list[CorpusItem]:
    items = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        record = json.loads(line)
        text, identifiers, keeps = parse_marked(record["marked"])
        items.append(CorpusItem(record.get("id", f"line-{number}"), text, identifiers, keeps))
    return items


def tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def identifying_tokens(text: str) -> list[str]:
    return [t for t in tokens(text) if t not in KIND_WORDS]


def _context(text: str, needle: str, width: int = 60) -> str:
    at = text.lower().find(needle.lower())
    if at < 0:
        return ""
    return text[max(0, at - width): at + len(needle) + width].replace("\n", " ")


def score_item(item: CorpusItem, scrubbed: str, report: EvalReport) -> None:
    outside: Counter[str] = Counter()
    cursor = 0
    for span in sorted(item.identifiers, key=lambda s: s.start):
        outside.update(tokens(item.text[cursor:span.start]))
        cursor = span.end
    outside.update(tokens(item.text[cursor:]))
    published = Counter(tokens(_PLACEHOLDER.sub(" ", scrubbed)))
    for span in item.identifiers:
        leaked = [t for t in identifying_tokens(span.text) if published[t] > outside[t]]
        ok, total = report.per_type.get(span.kind, (0, 0))
        report.per_type[span.kind] = (ok + (not leaked), total + 1)
        if leaked:
            report.leaks.append(Leak(item.id, span, leaked, _context(scrubbed, leaked[0])))
    kept_count, keep_total = report.keeps
    for span in item.keeps:
        missing = [t for t in tokens(span.text) if not published[t]]
        kept_count += not missing
        keep_total += 1
        if missing:
            report.lost_keeps.append(Leak(item.id, span, missing, ""))
    report.keeps = (kept_count, keep_total)


def evaluate(scrubber: _Scrubs, corpus: list[CorpusItem]) -> EvalReport:
    report = EvalReport(per_type={kind: (0, 0) for kind in ENTITY_TYPES}, narratives=len(corpus))
    results = scrubber.scrub_many([item.text for item in corpus])
    for item, result in zip(corpus, results, strict=True):
        score_item(item, result.text, report)
        item_lost = [lk for lk in report.lost_keeps if lk.item_id == item.id and not lk.context]
        for lost in item_lost:
            lost.context = _context(result.text, lost.span.text.split()[0] if lost.span.text.split() else "")
    return report


def format_report(report: EvalReport, show_failures: bool = True) -> str:
    lines = [f"narratives: {report.narratives}", "recall by identifier type:"]
    for kind, (ok, total) in report.per_type.items():
        if total:
            lines.append(f"  {kind:<8} {ok / total:7.2%}  ({ok}/{total})")
    total = sum(v[1] for v in report.per_type.values())
    ok = sum(v[0] for v in report.per_type.values())
    lines.append(f"overall recall: {report.recall:.2%}  ({ok}/{total})")
    lines.append(f"keep rate: {report.keep_rate:.2%}  ({report.keeps[0]}/{report.keeps[1]})")
    if show_failures:
        lines.append(f"leaks ({len(report.leaks)}):")
        for leak in report.leaks:
            lines.append(f"  {leak.item_id} {leak.span.kind} {leak.span.text!r} leaked {leak.tokens}: "
                         f"...{leak.context}...")
        lines.append(f"lost KEEP spans ({len(report.lost_keeps)}):")
        for lost in report.lost_keeps:
            lines.append(f"  {lost.item_id} {lost.span.text!r} missing {lost.tokens}: ...{lost.context}...")
    return "\n".join(lines)


def main(path: str, identifier_models: Sequence[Path] = ()) -> int:
    from scrubber.engine import Scrubber

    scrubber = Scrubber(identifier_models=identifier_models) if identifier_models else Scrubber.shared()
    report = evaluate(scrubber, load_corpus(path))
    print(format_report(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
