"""How readily the identifier models mark an identifier (identifier_model.ENTITY_BIAS), and what each amount costs.

    .venv/bin/python benchmarks/entity_bias.py CORPUS.jsonl... [--bias 0,0 --bias 1,4 ...]

For each pair of amounts (first model, second model) it scrubs the marked corpora (corpus/SPEC.md) and prints the
identifiers leaked, the KEEP spans kept, and the ordinary words lost: the words of the original outside any
identifier mark that the scrubbed text has fewer of, per thousand, which says what the reader gives up beyond the
KEEP spans. Choose the amounts on corpora no shipped model was trained on, and measure them on the held-out ones.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_BIASES = ("0,0", "1,2", "1,3", "1,4", "1,5", "1,6")


def ordinary_words(item, scrubbed: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """(lost, total): the words outside identifier marks, and how many of them the scrubbed text lacks."""
    from scrubber.evaluate import tokens

    kept_text = item.text
    for span in sorted(item.identifiers, key=lambda s: -s.start):
        kept_text = kept_text[:span.start] + " " + kept_text[span.end:]
    wanted = Counter(t.lower() for t in tokens(kept_text))
    found = Counter(t.lower() for t in tokens(scrubbed))
    return sum(max(0, n - found[t]) for t, n in wanted.items()), sum(wanted.values())


def main() -> None:
    from scrubber.engine import Scrubber
    from scrubber.evaluate import EvalReport, load_corpus, score_item
    from scrubber.findings import ENTITY_TYPES

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--bias", action="append", help="first,second (repeatable; default: a sweep)")
    args = parser.parse_args()
    items = [item for path in args.corpora for item in load_corpus(path)]
    print(f"{len(items)} narratives from {len(args.corpora)} corpora")
    for bias in args.bias or DEFAULT_BIASES:
        amounts = tuple(float(x) for x in bias.split(","))
        scrubber = Scrubber(entity_bias=amounts)
        report = EvalReport(per_type={kind: (0, 0) for kind in ENTITY_TYPES}, narratives=len(items))
        lost = total = 0
        for item, result in zip(items, scrubber.scrub_many([item.text for item in items]), strict=True):
            score_item(item, result.text, report)
            item_lost, item_total = ordinary_words(item, result.text)
            lost, total = lost + item_lost, total + item_total
        not_leaked = sum(ok for ok, _ in report.per_type.values())
        identifiers = sum(n for _, n in report.per_type.values())
        print(f"bias {bias:>8}: recall {report.recall:.2%} ({identifiers - not_leaked} leaks of {identifiers}), "
              f"keep {report.keep_rate:.2%} ({report.keeps[0]}/{report.keeps[1]}), "
              f"ordinary words lost {1000 * lost / total:.1f} per thousand ({lost}/{total})")


if __name__ == "__main__":
    main()
