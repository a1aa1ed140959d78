"""The reporter's app: the form, the receipt, anonymous follow-up, and the same over the JSON API.

Every route here is a reporter route: no access log, no address, no user agent, no cookie (SecurityHeaders
strips any Set-Cookie), nothing logged with a time that could date one submission.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from intake import followup
from intake.deps import IntakeDeps
from intake.formtoken import FormTokens
from intake.ratelimit import RateLimited, RateLimiter
from intake.schemas import ConsentIn, DoneOut, ReceiptIn, ReceiptOut, ReplyIn, ReportIn, StatusOut
from intake.security import BodySizeLimit, SecurityHeaders
from intake.submit import ReportInput, ReportRejected, accept_report
from models.taxonomy import FIELDS, SECTIONS, UNKNOWN, UNKNOWN_LABEL

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.globals.update(FIELDS=FIELDS, SECTIONS=SECTIONS, UNKNOWN=UNKNOWN, UNKNOWN_LABEL=UNKNOWN_LABEL)

STATUS_EXPLAINED = {
    "received": "Received. The automatic scrubber has not finished with it yet; check back in a few minutes.",
    "scrubbed": "De-identified and waiting for a reviewer. Read the draft below: agree to it, or tell us if it "
                "still identifies you.",
    "needs_info": "A reviewer has a question for you. Answer it below; nothing you write will be published as is.",
    "approved": "Approved by a reviewer. It will be published in the next release.",
    "published": "Published in the archive.",
    "rejected": "Not published. Thank you for reporting; the reviewers' reason, if any, is below.",
    "withdrawn": "Withdrawn. Your narrative and every message have been destroyed.",
}


def get_deps(request: Request) -> IntakeDeps:
    return request.app.state.deps  # type: ignore[no-any-return]


def get_limiter(request: Request) -> RateLimiter:
    return request.app.state.limiter  # type: ignore[no-any-return]


Deps = Annotated[IntakeDeps, Depends(get_deps)]
Limiter = Annotated[RateLimiter, Depends(get_limiter)]


def create_app(deps: IntakeDeps, limiter: RateLimiter | None = None) -> FastAPI:
    app = FastAPI(title="LEO Near Miss: reporting", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.deps = deps
    app.state.limiter = limiter or RateLimiter(deps.rate_limits)
    app.state.form_tokens = FormTokens(deps.session_secret)
    app.mount("/static/intake", StaticFiles(directory=HERE / "static"), name="intake-static")
    app.add_exception_handler(RequestValidationError, _validation_errors)  # type: ignore[arg-type]
    app.add_exception_handler(RateLimited, _rate_limited)  # type: ignore[arg-type]
    app.include_router(_api())
    app.include_router(_pages())
    # Outermost first: the size cap runs before anything reads the body; headers go on every answer.
    app.add_middleware(BodySizeLimit, max_bytes=deps.max_body_bytes)  # type: ignore[arg-type]
    app.add_middleware(SecurityHeaders)  # type: ignore[arg-type]
    return app


async def _validation_errors(request: Request, error: RequestValidationError) -> JSONResponse:
    errors: dict[str, str] = {}
    for item in error.errors():
        field = ".".join(str(part) for part in item["loc"] if part != "body") or "body"
        errors[field] = item["msg"]
    return JSONResponse({"detail": {"errors": errors}}, status_code=422)


async def _rate_limited(request: Request, error: RateLimited) -> Response:
    headers = {"Retry-After": str(error.retry_after)}
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": "Too many requests right now. Try again shortly."}, status_code=429,
                            headers=headers)
    return templates.TemplateResponse(request, "busy.html", {"retry_after": error.retry_after},
                                      status_code=429, headers=headers)


def _queue(deps: IntakeDeps, submission_id: int) -> None:
    """Hand the stored submission to the pipeline. A broker outage delays it (the reconciler re-sends it and
    logs the outage) but never fails the reporter's submission. Nothing is logged here: a log line's clock time
    would date a reporter's act."""
    with contextlib.suppress(Exception):
        deps.send_to_intake(submission_id)


# ---------------------------------------------------------------- JSON API


def _api() -> APIRouter:
    router = APIRouter(prefix="/api/v1")

    @router.post("/reports", status_code=201, response_model=ReceiptOut)
    def submit_report(body: ReportIn, deps: Deps, limiter: Limiter) -> Any:
        limiter.submission()
        try:
            accepted = accept_report(deps.db, deps.desk_lock, deps.pepper, ReportInput(**body.model_dump()),
                                     narrative_max_chars=deps.narrative_max_chars)
        except ReportRejected as rejected:
            return JSONResponse({"detail": {"errors": rejected.errors}}, status_code=422)
        _queue(deps, accepted.submission_id)
        return ReceiptOut(receipt=accepted.codename)

    @router.post("/receipt/status", response_model=StatusOut)
    def receipt_status(body: ReceiptIn, deps: Deps, limiter: Limiter) -> Any:
        limiter.lookup()
        try:
            found = followup.view(deps.db, body.receipt, deps.pepper)
        except followup.UnknownReceipt as unknown:
            return JSONResponse({"detail": str(unknown)}, status_code=404)
        return StatusOut(status=found.status, draft=found.draft, messages=found.messages,  # type: ignore[arg-type]
                         public_id=found.public_id, received_on=found.received_on, consent=found.consent)

    def _act(action: Any) -> Any:
        try:
            action()
        except followup.UnknownReceipt as unknown:
            return JSONResponse({"detail": str(unknown)}, status_code=404)
        except followup.NotNow as refused:
            return JSONResponse({"detail": str(refused)}, status_code=409)
        return None

    @router.post("/receipt/reply", response_model=DoneOut)
    def receipt_reply(body: ReplyIn, deps: Deps, limiter: Limiter) -> Any:
        limiter.lookup()
        failed = _act(lambda: followup.reply(deps.db, deps.desk_lock, body.receipt, deps.pepper, body.message))
        return failed or DoneOut(status=followup.view(deps.db, body.receipt, deps.pepper).status)

    @router.post("/receipt/consent", response_model=DoneOut)
    def receipt_consent(body: ConsentIn, deps: Deps, limiter: Limiter) -> Any:
        limiter.lookup()
        failed = _act(lambda: followup.consent(deps.db, deps.desk_lock, body.receipt, deps.pepper,
                                               agree=body.agree, comment=body.comment))
        return failed or DoneOut(status=followup.view(deps.db, body.receipt, deps.pepper).status)

    @router.post("/receipt/withdraw", response_model=DoneOut)
    def receipt_withdraw(body: ReceiptIn, deps: Deps, limiter: Limiter) -> Any:
        limiter.lookup()
        failed = _act(lambda: followup.withdraw(deps.db, body.receipt, deps.pepper))
        return failed or DoneOut(status="withdrawn")

    return router


# ---------------------------------------------------------------- HTML pages


def _form_values(form: Any) -> tuple[ReportInput, dict[str, Any]]:
    """The report as typed, and the same values to put back in the form."""
    characteristics: dict[str, Any] = {}
    for field in FIELDS:
        values = [v for v in form.getlist(f"c.{field.key}") if v != ""]
        if field.multiple:
            if values:
                characteristics[field.key] = values
        elif values:
            characteristics[field.key] = values[0]
    report = ReportInput(
        narrative=str(form.get("narrative", "")),
        lessons_learned=str(form.get("lessons_learned", "")),
        do_differently=str(form.get("do_differently", "")),
        characteristics=characteristics,
    )
    return report, {"narrative": report.narrative, "lessons_learned": report.lessons_learned,
                    "do_differently": report.do_differently, "c": characteristics}


def _pages() -> APIRouter:
    router = APIRouter()

    def render_form(request: Request, values: dict[str, Any] | None = None, errors: dict[str, str] | None = None,
                    status_code: int = 200) -> HTMLResponse:
        deps: IntakeDeps = request.app.state.deps
        return templates.TemplateResponse(request, "form.html", {
            "values": values or {"c": {}}, "errors": errors or {}, "token": request.app.state.form_tokens.issue(),
            "max_chars": deps.narrative_max_chars,
        }, status_code=status_code)

    @router.get("/", response_class=HTMLResponse)
    def form_page(request: Request) -> HTMLResponse:
        return render_form(request)

    @router.post("/report", response_class=HTMLResponse)
    async def submit_form(request: Request, deps: Deps, limiter: Limiter) -> HTMLResponse:
        form = await request.form()
        report, values = _form_values(form)
        nonce = request.app.state.form_tokens.verify(str(form.get("token", "")))
        if nonce is None:
            return render_form(request, values, {"form": "This form had expired. Your text is still here: "
                                                         "check it and submit again."}, status_code=400)
        if form.get("website"):  # the honeypot: a person never sees this field
            return templates.TemplateResponse(request, "thanks.html", {})
        limiter.submission(nonce)
        try:
            accepted = accept_report(deps.db, deps.desk_lock, deps.pepper, report,
                                     narrative_max_chars=deps.narrative_max_chars)
        except ReportRejected as rejected:
            return render_form(request, values, rejected.errors, status_code=422)
        _queue(deps, accepted.submission_id)
        return templates.TemplateResponse(request, "receipt.html", {"codename": accepted.codename},
                                          status_code=201)

    @router.get("/receipt", response_class=HTMLResponse)
    def lookup_page(request: Request) -> HTMLResponse:
        return templates.TemplateResponse(request, "lookup.html", {"error": None})

    def status_page(request: Request, deps: IntakeDeps, codename: str, notice: str | None = None,
                    error: str | None = None) -> HTMLResponse:
        try:
            found = followup.view(deps.db, codename, deps.pepper)
        except followup.UnknownReceipt as unknown:
            return templates.TemplateResponse(request, "lookup.html", {"error": str(unknown)}, status_code=404)
        return templates.TemplateResponse(request, "status.html", {
            "codename": codename, "report": found, "explained": STATUS_EXPLAINED.get(found.status, ""),
            "notice": notice, "error": error,
        })

    @router.post("/receipt", response_class=HTMLResponse)
    async def lookup(request: Request, deps: Deps, limiter: Limiter) -> HTMLResponse:
        limiter.lookup()
        form = await request.form()
        return status_page(request, deps, str(form.get("receipt", "")))

    async def act(request: Request, deps: IntakeDeps, limiter: RateLimiter, action: Any, notice: str) -> HTMLResponse:
        limiter.lookup()
        form = await request.form()
        codename = str(form.get("receipt", ""))
        try:
            action(form, codename)
        except followup.UnknownReceipt as unknown:
            return templates.TemplateResponse(request, "lookup.html", {"error": str(unknown)}, status_code=404)
        except followup.NotNow as refused:
            return status_page(request, deps, codename, error=str(refused))
        return status_page(request, deps, codename, notice=notice)

    @router.post("/receipt/reply", response_class=HTMLResponse)
    async def reply(request: Request, deps: Deps, limiter: Limiter) -> HTMLResponse:
        return await act(request, deps, limiter, lambda form, codename: followup.reply(
            deps.db, deps.desk_lock, codename, deps.pepper, str(form.get("message", ""))),
            "Your answer was sent to the reviewers.")

    @router.post("/receipt/consent", response_class=HTMLResponse)
    async def consent(request: Request, deps: Deps, limiter: Limiter) -> HTMLResponse:
        form = await request.form()
        agree = form.get("decision") == "agree"
        return await act(request, deps, limiter, lambda form, codename: followup.consent(
            deps.db, deps.desk_lock, codename, deps.pepper, agree=agree, comment=str(form.get("comment", ""))),
            "Thank you: you agreed to the draft." if agree else
            "Thank you: the reviewers will look again at what could identify you.")

    @router.post("/receipt/withdraw", response_class=HTMLResponse)
    async def withdraw(request: Request, deps: Deps, limiter: Limiter) -> HTMLResponse:
        form = await request.form()
        if form.get("confirm") != "yes":
            return status_page(request, deps, str(form.get("receipt", "")),
                               error="Tick the box to confirm that you want to withdraw the report.")
        return await act(request, deps, limiter, lambda form, codename: followup.withdraw(
            deps.db, codename, deps.pepper), "Your report was withdrawn and everything you wrote was destroyed.")

    return router
