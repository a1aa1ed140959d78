"""Assembles the three web apps from the runtime, and the all-in-one app that mounts them together.

Each app owns its full paths (the intake `/` and `/api/v1/reports`, `/api/v1/receipt/…`; the console
`/review…`, `/api/v1/auth/…`, `/api/v1/review/…`; the archive `/archive…`, `/api/v1/archive/…`), so production can
serve each on its own host unchanged, and the all-in-one app only dispatches on the path prefix.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import FastAPI

from pipeline.runtime import Runtime, get_runtime

Scope = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[..., Awaitable[Any]], Callable[..., Awaitable[Any]]], Awaitable[None]]

REVIEW_PREFIXES = ("/review", "/api/v1/review", "/api/v1/auth")
ARCHIVE_PREFIXES = ("/archive", "/api/v1/archive")


def build_intake_app(runtime: Runtime | None = None) -> FastAPI:
    from intake.deps import IntakeDeps
    from intake.ratelimit import Limits
    from intake.web import create_app
    from pipeline.actors import intake_submission

    runtime = runtime or get_runtime()
    settings = runtime.settings
    return create_app(IntakeDeps(
        db=runtime.db,
        desk_lock=runtime.desk_lock,
        pepper=runtime.pepper,
        send_to_intake=intake_submission.send,
        session_secret=settings.session_secret,
        narrative_max_chars=settings.narrative_max_chars,
        max_body_bytes=settings.max_body_bytes,
        rate_limits=Limits(submissions_global=settings.intake_submissions_rate,
                           submissions_per_form=settings.intake_submissions_per_form,
                           lookups_global=settings.intake_lookups_rate),
        production=settings.env == "production",
    ))


def build_review_app(runtime: Runtime | None = None) -> FastAPI:
    from pipeline.actors import publish_submission
    from reviewer.deps import ReviewDeps
    from reviewer.web import create_app
    from scrubber.recheck import find_identifiers

    runtime = runtime or get_runtime()
    settings = runtime.settings
    return create_app(ReviewDeps(
        db=runtime.db,
        desk_key=runtime.desk_key,
        recheck=find_identifiers,
        send_to_publish=publish_submission.send,
        idle_timeout_minutes=settings.reviewer_idle_timeout_minutes,
        claim_minutes=settings.claim_minutes,
        require_second_approval=settings.require_second_approval,
        production=settings.env == "production",
    ))


def build_archive_app(runtime: Runtime | None = None) -> FastAPI:
    from publisher.deps import ArchiveDeps
    from publisher.web import create_app

    runtime = runtime or get_runtime()
    settings = runtime.settings
    return create_app(ArchiveDeps(
        db=runtime.db,
        access=settings.archive_access,
        email_domains=list(settings.archive_email_domains),
        outbox_dir=settings.data_dir / "outbox",
        session_secret=settings.session_secret,
        production=settings.env == "production",
    ))


class PrefixDispatcher:
    """Routes each request to the app that owns its path prefix, without rewriting the path."""

    def __init__(self, default: ASGIApp, routes: list[tuple[tuple[str, ...], ASGIApp]]) -> None:
        self.default = default
        self.routes = routes

    def _pick(self, path: str) -> ASGIApp:
        for prefixes, app in self.routes:
            if any(path == p or path.startswith(p + "/") for p in prefixes):
                return app
        return self.default

    async def __call__(self, scope: Scope, receive: Callable[..., Awaitable[Any]],
                       send: Callable[..., Awaitable[Any]]) -> None:
        if scope["type"] == "lifespan":
            await _answer_lifespan(receive, send)
            return
        await self._pick(scope.get("path", "/"))(scope, receive, send)


async def _answer_lifespan(receive: Callable[..., Awaitable[Any]], send: Callable[..., Awaitable[Any]]) -> None:
    """The mounted apps need no start-up of their own (the runner owns workers and the reconciler)."""
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def build_all_in_one(runtime: Runtime | None = None) -> PrefixDispatcher:
    runtime = runtime or get_runtime()
    return PrefixDispatcher(
        build_intake_app(runtime),
        [(REVIEW_PREFIXES, build_review_app(runtime)), (ARCHIVE_PREFIXES, build_archive_app(runtime))],
    )


# Factories for `uvicorn --factory` (the Procfile's separate web processes).
def intake_app() -> FastAPI:
    return build_intake_app()


def review_app() -> FastAPI:
    return build_review_app()


def archive_app() -> FastAPI:
    return build_archive_app()


def all_in_one_app() -> PrefixDispatcher:
    """The three apps behind one port, without workers (workers run as `nearmiss worker` processes)."""
    return build_all_in_one()
