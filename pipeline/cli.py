"""The `nearmiss` command line.

Every command exits non-zero with a one-line reason on error (`nearmiss: …`), and long work shows progress.
"""

from __future__ import annotations

import json
import logging
import signal
import sys
import threading
from collections.abc import Callable
from functools import wraps
from typing import Any

import click

from pipeline.settings import get_settings


class Failure(click.ClickException):
    def format_message(self) -> str:
        return self.message

    def show(self, file: Any = None) -> None:
        click.echo(f"nearmiss: {self.message}", err=True)


def one_line_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn any unexpected error into a one-line reason and exit status 1 (the traceback goes to the log)."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.Abort, KeyboardInterrupt):
            raise
        except Exception as error:  # noqa: BLE001
            logging.getLogger("nearmiss").debug("command failed", exc_info=True)
            raise Failure(f"{type(error).__name__}: {error}") from error

    return wrapper


def _configure_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # pika, dramatiq and Presidio are chatty at INFO (connections, recognizers); their warnings still show.
    for name in ("pika", "dramatiq.worker", "dramatiq.broker", "dramatiq.MainProcess", "presidio-analyzer",
                 "alembic"):
        logging.getLogger(name).setLevel(logging.WARNING)


def _prepared_runtime(*, create_keys: bool) -> Any:
    """The runtime with keys present and the schema migrated."""
    from pipeline import keys
    from pipeline.runtime import get_runtime

    settings = get_settings()
    if create_keys and keys.ensure_keys(settings):
        click.echo(f"Created keys in {settings.resolved_key_dir}", err=True)
    runtime = get_runtime()
    runtime.db.migrate()
    return runtime


@click.group()
@click.option("-v", "--verbose", is_flag=True, help="Log debug detail.")
def main(verbose: bool) -> None:
    """LEO Near Miss: anonymous near-miss reporting, de-identification, review and archive."""
    _configure_logging(verbose)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@one_line_errors
def serve(host: str, port: int) -> None:
    """Run the whole system in one process: the three web apps, workers and periodic jobs."""
    import uvicorn

    from pipeline.apps import build_all_in_one
    from pipeline.runner import PeriodicJobs, periodic_jobs, start_workers

    settings = get_settings()
    runtime = _prepared_runtime(create_keys=settings.env == "development")
    click.echo("Loading the scrubber's language model…", err=True)
    _ = runtime.scrubber
    worker = start_workers(settings.worker_threads)
    jobs = PeriodicJobs(periodic_jobs(runtime))
    jobs.start()
    base = f"http://{host}:{port}"
    click.echo(
        f"LEO Near Miss is running ({'RabbitMQ' if settings.uses_rabbitmq else 'in-process broker'}, "
        f"{'SQLite' if runtime.db.is_sqlite else 'PostgreSQL'}):\n"
        f"  report form     {base}/\n"
        f"  review console  {base}/review\n"
        f"  archive         {base}/archive\n"
        f"  API             {base}/api/v1/…\n"
        "Press Ctrl+C to stop."
    )
    try:
        # No access log: it would record reporters' addresses (privacy invariant 1).
        uvicorn.run(build_all_in_one(runtime), host=host, port=port, access_log=False, log_level="warning",
                    server_header=False, lifespan="off")
    finally:
        jobs.stop()
        worker.stop()


@main.command()
@click.option("--queues", "-Q", multiple=True, help="Queues to consume (default: all stages).")
@click.option("--threads", default=None, type=int, help="Worker threads (default: NEARMISS_WORKER_THREADS).")
@one_line_errors
def worker(queues: tuple[str, ...], threads: int | None) -> None:
    """A worker process for production: consumes the given stage queues from the broker."""
    from pipeline.actors import STAGE_QUEUES
    from pipeline.runner import start_workers

    unknown = set(queues) - set(STAGE_QUEUES)
    if unknown:
        raise Failure(f"unknown queue(s) {', '.join(sorted(unknown))}; choose from {', '.join(STAGE_QUEUES)}")
    settings = get_settings()
    runtime = _prepared_runtime(create_keys=settings.env == "development")
    if "scrub" in queues or not queues:
        _ = runtime.scrubber  # load the model before taking messages
    chosen = set(queues or STAGE_QUEUES)
    running = start_workers(threads or settings.worker_threads, chosen)
    click.echo(f"worker consuming {', '.join(sorted(chosen))}", err=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    running.stop()


@main.command()
@click.option("--every", type=float, default=None, help="Keep sweeping every N seconds (default: once).")
@click.option("--now", "immediately", is_flag=True, help="Re-send every stalled submission on this sweep.")
@one_line_errors
def reconcile(every: float | None, immediately: bool) -> None:
    """Re-send submissions that stalled in a working state (lost message, crashed worker, broker outage)."""
    from pipeline.jobs import reconcile_once

    runtime = _prepared_runtime(create_keys=False)
    while True:
        resent = reconcile_once(runtime, stall_sweeps=1 if immediately else None)
        click.echo(f"re-sent {len(resent)} submission(s)" + (f": {resent}" if resent else ""))
        if every is None:
            return
        threading.Event().wait(every)


@main.command()
@one_line_errors
def scheduler() -> None:
    """Production's periodic jobs in one process: the reconciler and the retention purge."""
    from pipeline.runner import PeriodicJobs, periodic_jobs

    runtime = _prepared_runtime(create_keys=False)
    jobs = PeriodicJobs(periodic_jobs(runtime))
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    jobs.start()
    click.echo(", ".join(f"{job.name} every {job.every_seconds:.0f}s" for job in jobs.jobs), err=True)
    stop.wait()
    jobs.stop()


@main.command()
@one_line_errors
def purge() -> None:
    """Destroy raw narratives, messages and receipts past the retention period."""
    from pipeline.jobs import purge_expired

    runtime = _prepared_runtime(create_keys=False)
    count = purge_expired(runtime)
    click.echo(f"purged {count} submission(s) older than {runtime.settings.retention_days} days")


@main.command()
@one_line_errors
def migrate() -> None:
    """Create or upgrade the database schema."""
    runtime = _prepared_runtime(create_keys=False)
    click.echo(f"schema is current ({'SQLite' if runtime.db.is_sqlite else 'PostgreSQL'})")


@main.group()
def keys() -> None:
    """Manage the desk key pair and the receipt pepper."""


@keys.command("create")
@one_line_errors
def keys_create() -> None:
    """Create any missing keys (never overwrites)."""
    from pipeline import keys as key_store

    settings = get_settings()
    made = key_store.ensure_keys(settings)
    click.echo(("created keys in " if made else "keys already exist in ") + str(settings.resolved_key_dir))


@main.group()
def reviewer() -> None:
    """Manage reviewer accounts."""


@reviewer.command("add")
@click.argument("username")
@click.option("--password-stdin", is_flag=True, required=True, help="Read the password from standard input.")
@click.option("--admin", is_flag=True, help="Make the account an administrator (TOTP enrolment required).")
@one_line_errors
def reviewer_add(username: str, password_stdin: bool, admin: bool) -> None:
    """Create a reviewer account without prompts."""
    from reviewer.accounts import create_reviewer

    password = sys.stdin.readline().rstrip("\r\n")
    runtime = _prepared_runtime(create_keys=False)
    try:
        create_reviewer(runtime.db, username, password, is_admin=admin)
    except ValueError as error:
        raise Failure(str(error)) from error
    click.echo(f"created {'admin' if admin else 'reviewer'} {username}")


@main.command()
@click.argument("submission_id", type=int)
@one_line_errors
def retry(submission_id: int) -> None:
    """Clear the operator flag on a submission a stage gave up on, and send it on again."""
    from models.operator import clear_operator_flag
    from pipeline.jobs import reconcile_once

    runtime = _prepared_runtime(create_keys=False)
    if not clear_operator_flag(runtime.db, submission_id, actor="operator"):
        raise Failure(f"submission {submission_id} is not waiting for an operator")
    reconcile_once(runtime, stall_sweeps=1)
    click.echo(f"submission {submission_id} sent on again")


@main.command()
@click.option("--count", default=12, show_default=True, help="How many sample reports to send.")
@one_line_errors
def demo(count: int) -> None:
    """Send realistic sample near-miss reports through the real pipeline (fills the queue and the archive)."""
    from pipeline.demo import run_demo

    runtime = _prepared_runtime(create_keys=get_settings().env == "development")
    summary = run_demo(runtime, count=count, progress=lambda text: click.echo(text, err=True))
    click.echo(summary)


@main.command()
@one_line_errors
def scrub() -> None:
    """De-identify JSON Lines {"id", "text"} from standard input, exactly as the pipeline would."""
    from scrubber import Scrubber

    engine = Scrubber.shared()
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            text = item["text"]
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise Failure(f"line {number}: expected a JSON object with \"id\" and \"text\" ({error})") from error
        result = engine.scrub(text)
        out = {"id": item.get("id"), "text": result.text, "findings": [f.to_dict() for f in result.findings]}
        click.echo(json.dumps(out, ensure_ascii=False))


@main.command("scrub-eval")
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False))
@click.option("--model", "model_dirs", type=click.Path(exists=True, file_okay=False), multiple=True,
              help="Use this identifier model (from `nearmiss train-model --out`) instead of the shipped ones; "
                   "repeat to run several, one after the other.")
@one_line_errors
def scrub_eval(corpus: str, model_dirs: tuple[str, ...]) -> None:
    """Score the scrubber on a corpus in the format of corpus/SPEC.md."""
    from pathlib import Path

    from scrubber.evaluate import main as evaluate_main

    sys.exit(evaluate_main(corpus, [Path(d) for d in model_dirs]))


@main.command("train-model")
@click.option("--out", type=click.Path(file_okay=False), default=None,
              help="Write one model here instead of rebuilding the shipped ones (scrubber/data/identifier_model*).")
@click.option("--hold-out", multiple=True, metavar="CORPUS",
              help="Also leave this corpus out of training (its file name without .jsonl); repeatable.")
@click.option("--epochs", type=click.IntRange(min=1), default=None, help="Passes over the corpora (default 20).")
@click.option("--seed", type=int, default=None,
              help="Random seed (default 0); another seed shows how far training noise alone moves the figures.")
# the choices are training.STARTS (a test checks), written out so that `nearmiss --help` need not load spaCy
@click.option("--start", type=click.Choice(["random", "small-ner", "small-ner-layers"]), default=None,
              help="With --out: how the model starts (default random; scrubber/training.py says what each is "
                   "and how each shipped model starts).")
@one_line_errors
def train_model(out: str | None, hold_out: tuple[str, ...], epochs: int | None, seed: int | None,
                start: str | None) -> None:
    """Train the scrubber's statistical identifier models on the marked corpora (about an hour each on 2 CPUs)."""
    from pathlib import Path

    from scrubber import training

    corpora = training.training_corpora(hold_out)
    if not corpora:
        raise Failure("no marked corpora to train on")
    if start is not None and not out:
        raise Failure("--start chooses how a model starts, not how the shipped ones do: give --out too")
    targets = {Path(out): start or training.START} if out else training.SHIPPED_STARTS
    for target, how in targets.items():
        training.train(corpora, target, epochs=epochs or training.EPOCHS,
                       seed=training.SEED if seed is None else seed, start=how,
                       progress=lambda line: click.echo(line, err=True))
        click.echo(f"model written to {target} (trained on {', '.join(p.stem for p in corpora)})")


if __name__ == "__main__":
    main()
