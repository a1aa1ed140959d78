"""The review console: the reviewers' API and pages, over the same decisions.

Deny by default: every route sits behind `require_reviewer` except the few in PUBLIC_ROUTES (the login page
and login call, and static files). Every POST behind it must carry the session's CSRF token, as the
`X-CSRF-Token` header (API) or a `csrf_token` form field (pages).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from models.taxonomy import FIELDS, STATE_REGION, TOPIC_TAGS, UNKNOWN, UNKNOWN_LABEL, label
from reviewer import accounts, decisions, sessions
from reviewer.deps import ReviewDeps
from reviewer.drafts import segments
from reviewer.schemas import ApproveIn, DraftIn, EnrolIn, LinkIn, LoginIn, LoginOut, NewReviewerIn, QuestionIn, RejectIn
from reviewer.sessions import COOKIE_NAME, SignedIn

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.globals.update(FIELDS=FIELDS, TOPIC_TAGS=TOPIC_TAGS, UNKNOWN=UNKNOWN, UNKNOWN_LABEL=UNKNOWN_LABEL,
                             label=label, STATE_REGION=STATE_REGION)

# (method, path) pairs reachable without a reviewer session; a test walks every other route.
PUBLIC_ROUTES: frozenset[tuple[str, str]] = frozenset({
    ("GET", "/review/login"), ("POST", "/review/login"), ("POST", "/api/v1/auth/login"),
})
ENROL_PATHS = ("/review/enrol", "/api/v1/review/me/totp", "/review/logout", "/api/v1/auth/logout")

CONSOLE_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; form-action 'self'; "
                                 b"base-uri 'none'; object-src 'none'; frame-ancestors 'none'"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
]


class NotSignedIn(Exception):
    pass


class MustEnrol(Exception):
    pass


class BadCsrf(Exception):
    pass


class AdminsOnly(Exception):
    pass


def get_deps(request: Request) -> ReviewDeps:
    return request.app.state.deps  # type: ignore[no-any-return]


Deps = Annotated[ReviewDeps, Depends(get_deps)]


async def require_reviewer(request: Request) -> SignedIn:
    deps: ReviewDeps = request.app.state.deps
    signed_in = sessions.resume(deps.db, request.cookies.get(COOKIE_NAME), deps.idle_timeout_minutes)
    if signed_in is None:
        raise NotSignedIn
    if signed_in.must_enrol and not request.url.path.startswith(ENROL_PATHS):
        raise MustEnrol
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        presented = request.headers.get("x-csrf-token")
        if presented is None and request.headers.get("content-type", "").startswith(
                ("application/x-www-form-urlencoded", "multipart/form-data")):
            presented = str((await request.form()).get("csrf_token", ""))
        if not sessions.csrf_matches(signed_in, presented):
            raise BadCsrf
    request.state.reviewer = signed_in
    return signed_in


Reviewer = Annotated[SignedIn, Depends(require_reviewer)]


def require_admin(reviewer: Reviewer) -> SignedIn:
    if not reviewer.is_admin:
        raise AdminsOnly
    return reviewer


Admin = Annotated[SignedIn, Depends(require_admin)]


def create_app(deps: ReviewDeps) -> FastAPI:
    app = FastAPI(title="LEO Near Miss: review console", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.deps = deps
    app.mount("/review/static", StaticFiles(directory=HERE / "static"), name="review-static")
    app.add_exception_handler(NotSignedIn, _not_signed_in)  # type: ignore[arg-type]
    app.add_exception_handler(MustEnrol, _must_enrol)  # type: ignore[arg-type]
    app.add_exception_handler(BadCsrf, _bad_csrf)  # type: ignore[arg-type]
    app.add_exception_handler(AdminsOnly, _admins_only)  # type: ignore[arg-type]
    app.add_exception_handler(decisions.DecisionError, _decision_refused)  # type: ignore[arg-type]
    app.include_router(_public())
    app.include_router(_api(), dependencies=[Depends(require_reviewer)])
    app.include_router(_pages(), dependencies=[Depends(require_reviewer)])

    @app.middleware("http")
    async def console_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        for name, value in CONSOLE_HEADERS:
            response.headers[name.decode()] = value.decode()
        return response

    return app


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


async def _not_signed_in(request: Request, _: NotSignedIn) -> Response:
    if _is_api(request):
        return JSONResponse({"detail": "Sign in first."}, status_code=401)
    return RedirectResponse("/review/login", status_code=303)


async def _must_enrol(request: Request, _: MustEnrol) -> Response:
    if _is_api(request):
        return JSONResponse({"detail": "Administrators must enrol a TOTP authenticator first."}, status_code=403)
    return RedirectResponse("/review/enrol", status_code=303)


async def _bad_csrf(request: Request, _: BadCsrf) -> Response:
    return JSONResponse({"detail": "Missing or wrong CSRF token."}, status_code=403)


async def _admins_only(request: Request, _: AdminsOnly) -> Response:
    return JSONResponse({"detail": "Administrators only."}, status_code=403)


async def _decision_refused(request: Request, error: decisions.DecisionError) -> Response:
    body: dict[str, Any] = {"detail": str(error)}
    if isinstance(error, decisions.Unsafe):
        body["warnings"] = error.warnings
    if _is_api(request):
        return JSONResponse(body, status_code=error.status_code)
    submission_id = request.path_params.get("submission_id")
    if submission_id is None:
        return JSONResponse(body, status_code=error.status_code)
    return _submission_page(request, int(submission_id), error=str(error), status_code=error.status_code)


def _set_session_cookie(response: Response, token: str, deps: ReviewDeps) -> None:
    response.set_cookie(COOKIE_NAME, token, httponly=True, samesite="strict", secure=deps.production, path="/",
                        max_age=deps.idle_timeout_minutes * 60 * 16)


# ----------------------------------------------------------------------------- public


def _public() -> APIRouter:
    router = APIRouter()

    @router.post("/api/v1/auth/login", response_model=LoginOut)
    def api_login(body: LoginIn, deps: Deps) -> Response:
        try:
            reviewer = accounts.authenticate(deps.db, body.username, body.password, body.totp)
        except accounts.LoginRefused as refused:
            return JSONResponse({"detail": str(refused)}, status_code=429 if refused.locked else 401)
        token, csrf = sessions.start(deps.db, reviewer)
        response = JSONResponse(LoginOut(csrf_token=csrf, username=reviewer.username, is_admin=reviewer.is_admin,
                                         must_enrol_totp=reviewer.is_admin and not reviewer.totp_secret).model_dump())
        _set_session_cookie(response, token, deps)
        return response

    @router.get("/review/login", response_class=HTMLResponse)
    def login_page(request: Request) -> HTMLResponse:
        return templates.TemplateResponse(request, "login.html", {"error": None})

    @router.post("/review/login", response_class=HTMLResponse)
    async def login_form(request: Request, deps: Deps) -> Response:
        form = await request.form()
        try:
            reviewer = accounts.authenticate(deps.db, str(form.get("username", "")), str(form.get("password", "")),
                                             str(form.get("totp", "")) or None)
        except accounts.LoginRefused as refused:
            return templates.TemplateResponse(request, "login.html", {"error": str(refused),
                                              "username": form.get("username", "")}, status_code=401)
        token, _csrf = sessions.start(deps.db, reviewer)
        response = RedirectResponse("/review", status_code=303)
        _set_session_cookie(response, token, deps)
        return response

    return router


# ----------------------------------------------------------------------------- API


def _api() -> APIRouter:
    router = APIRouter(prefix="/api/v1")

    @router.post("/auth/logout")
    def api_logout(request: Request, deps: Deps, reviewer: Reviewer) -> Response:
        sessions.end(deps.db, request.cookies.get(COOKIE_NAME))
        response = JSONResponse({"ok": True})
        response.delete_cookie(COOKIE_NAME, path="/")
        return response

    @router.get("/review/queue")
    def api_queue(deps: Deps, reviewer: Reviewer, status: str | None = None, flag: str | None = None) -> Any:
        return {"items": decisions.queue(deps.db, status=status, flag=flag)}

    @router.get("/review/audit")
    def api_audit(deps: Deps, admin: Admin, submission_id: int | None = None) -> Any:
        return {"items": decisions.audit_trail(deps.db, submission_id=submission_id)}

    @router.post("/review/me/totp")
    def api_enrol(body: EnrolIn, deps: Deps, reviewer: Reviewer) -> Any:
        if not accounts.finish_enrolment(deps.db, reviewer.reviewer_id, body.secret, body.code):
            return JSONResponse({"detail": "That code does not match the secret."}, status_code=422)
        return {"ok": True}

    @router.get("/review/me/totp")
    def api_enrolment(reviewer: Reviewer) -> Any:
        enrolment = accounts.start_enrolment(reviewer.username)
        return {"secret": enrolment.secret, "uri": enrolment.uri}

    @router.get("/review/accounts")
    def api_accounts(deps: Deps, admin: Admin) -> Any:
        return {"items": [{"username": r.username, "is_admin": r.is_admin, "active": r.active,
                           "totp": r.totp_secret is not None} for r in accounts.list_reviewers(deps.db)]}

    @router.post("/review/accounts", status_code=201)
    def api_new_account(body: NewReviewerIn, deps: Deps, admin: Admin) -> Any:
        try:
            accounts.create_reviewer(deps.db, body.username, body.password, is_admin=body.is_admin)
        except accounts.AccountError as error:
            return JSONResponse({"detail": str(error)}, status_code=422)
        return {"username": body.username}

    @router.get("/review/{submission_id}")
    def api_submission(submission_id: int, deps: Deps, reviewer: Reviewer) -> Any:
        return decisions.open_submission(deps.db, deps.desk_key, submission_id, by=reviewer.username)

    @router.post("/review/{submission_id}/claim")
    def api_claim(submission_id: int, deps: Deps, reviewer: Reviewer) -> Any:
        until = decisions.claim(deps.db, submission_id, by=reviewer.username, minutes=deps.claim_minutes)
        return {"claimed_by": reviewer.username, "claim_expires_at": until.isoformat()}

    @router.post("/review/{submission_id}/draft")
    def api_draft(submission_id: int, body: DraftIn, request: Request, deps: Deps, reviewer: Reviewer) -> Any:
        return decisions.save_draft(deps.db, deps.desk_key, deps.recheck, submission_id,
                                    by=reviewer.username, claim_minutes=deps.claim_minutes, section_name=body.section,
                                    toggles=body.toggles, redact=body.redact, text=body.text)

    @router.post("/review/{submission_id}/approve")
    def api_approve(submission_id: int, body: ApproveIn, request: Request, deps: Deps, reviewer: Reviewer) -> Any:
        status = decisions.approve(deps.db, deps.desk_key, deps.recheck, submission_id,
                                   decisions.Approval(**body.model_dump()), by=reviewer.username,
                                   claim_minutes=deps.claim_minutes, require_second=deps.require_second_approval,
                                   send_to_publish=deps.send_to_publish)
        return {"id": submission_id, "status": status}

    @router.post("/review/{submission_id}/reject")
    def api_reject(submission_id: int, body: RejectIn, deps: Deps, reviewer: Reviewer) -> Any:
        decisions.reject(deps.db, submission_id, body.reason, by=reviewer.username, claim_minutes=deps.claim_minutes)
        return {"id": submission_id, "status": "rejected"}

    @router.post("/review/{submission_id}/request-info")
    def api_request_info(submission_id: int, body: QuestionIn, deps: Deps, reviewer: Reviewer) -> Any:
        decisions.request_info(deps.db, deps.desk_key, submission_id, body.question, by=reviewer.username,
                               claim_minutes=deps.claim_minutes)
        return {"id": submission_id, "status": "needs_info"}

    @router.post("/review/{submission_id}/link")
    def api_link(submission_id: int, body: LinkIn, deps: Deps, reviewer: Reviewer) -> Any:
        decisions.link(deps.db, submission_id, body.other_id, by=reviewer.username)
        return {"id": submission_id, "linked_to_id": body.other_id}

    @router.post("/review/{submission_id}/retry")
    def api_retry(submission_id: int, deps: Deps, reviewer: Reviewer) -> Any:
        return {"id": submission_id, "cleared": decisions.retry(deps.db, submission_id, by=reviewer.username)}

    return router


# ----------------------------------------------------------------------------- pages


def _submission_page(request: Request, submission_id: int, *, error: str | None = None,
                     notice: str | None = None, warnings: list[dict[str, Any]] | None = None,
                     status_code: int = 200) -> HTMLResponse:
    deps: ReviewDeps = request.app.state.deps
    reviewer: SignedIn = request.state.reviewer
    item = decisions.open_submission(deps.db, deps.desk_key, submission_id, by=reviewer.username)
    original_segments = segments(item["normalized"] or "", item["findings"])
    return templates.TemplateResponse(request, "submission.html", {
        "item": item, "reviewer": reviewer, "segments": original_segments, "error": error, "notice": notice,
        "warnings": warnings or [], "csrf": reviewer.csrf_token,
    }, status_code=status_code)


def _pages() -> APIRouter:
    router = APIRouter(prefix="/review")

    def back(submission_id: int, notice: str) -> RedirectResponse:
        return RedirectResponse(f"/review/{submission_id}?notice={notice}", status_code=303)

    @router.get("", response_class=HTMLResponse)
    def queue_page(request: Request, deps: Deps, reviewer: Reviewer, status: str | None = None,
                   flag: str | None = None) -> HTMLResponse:
        return templates.TemplateResponse(request, "queue.html", {
            "items": decisions.queue(deps.db, status=status or None, flag=flag or None), "reviewer": reviewer,
            "status": status or "", "flag": flag or "", "csrf": reviewer.csrf_token})

    @router.post("/logout")
    def logout(request: Request, deps: Deps, reviewer: Reviewer) -> Response:
        sessions.end(deps.db, request.cookies.get(COOKIE_NAME))
        response = RedirectResponse("/review/login", status_code=303)
        response.delete_cookie(COOKIE_NAME, path="/")
        return response

    @router.get("/enrol", response_class=HTMLResponse)
    def enrol_page(request: Request, reviewer: Reviewer) -> HTMLResponse:
        enrolment = accounts.start_enrolment(reviewer.username)
        return templates.TemplateResponse(request, "enrol.html", {"enrolment": enrolment, "reviewer": reviewer,
                                                                  "csrf": reviewer.csrf_token, "error": None})

    @router.post("/enrol", response_class=HTMLResponse)
    async def enrol(request: Request, deps: Deps, reviewer: Reviewer) -> Response:
        form = await request.form()
        secret, code = str(form.get("secret", "")), str(form.get("code", ""))
        if accounts.finish_enrolment(deps.db, reviewer.reviewer_id, secret, code):
            return RedirectResponse("/review?notice=totp", status_code=303)
        enrolment = accounts.start_enrolment(reviewer.username)
        return templates.TemplateResponse(request, "enrol.html", {
            "enrolment": enrolment, "reviewer": reviewer, "csrf": reviewer.csrf_token,
            "error": "That code did not match. Scan the new code below and try again."}, status_code=422)

    @router.get("/audit", response_class=HTMLResponse)
    def audit_page(request: Request, deps: Deps, admin: Admin, submission_id: int | None = None) -> HTMLResponse:
        return templates.TemplateResponse(request, "audit.html", {
            "events": decisions.audit_trail(deps.db, submission_id=submission_id), "reviewer": admin,
            "csrf": admin.csrf_token})

    @router.get("/accounts", response_class=HTMLResponse)
    def accounts_page(request: Request, deps: Deps, admin: Admin, error: str | None = None) -> HTMLResponse:
        return templates.TemplateResponse(request, "accounts.html", {
            "accounts": accounts.list_reviewers(deps.db), "reviewer": admin, "csrf": admin.csrf_token,
            "error": error})

    @router.post("/accounts")
    async def accounts_change(request: Request, deps: Deps, admin: Admin) -> Response:
        form = await request.form()
        try:
            if form.get("action") == "create":
                accounts.create_reviewer(deps.db, str(form.get("username", "")), str(form.get("password", "")),
                                         is_admin=form.get("is_admin") == "yes")
            else:
                accounts.set_active(deps.db, str(form.get("username", "")), form.get("action") == "enable",
                                    by=admin.username)
        except accounts.AccountError as error:
            return accounts_page(request, deps, admin, error=str(error))
        return RedirectResponse("/review/accounts", status_code=303)

    @router.get("/{submission_id}", response_class=HTMLResponse)
    def submission_page(request: Request, submission_id: int, reviewer: Reviewer,
                        notice: str | None = None) -> HTMLResponse:
        return _submission_page(request, submission_id, notice=notice)

    @router.post("/{submission_id}/claim")
    def claim(submission_id: int, deps: Deps, reviewer: Reviewer) -> Response:
        decisions.claim(deps.db, submission_id, by=reviewer.username, minutes=deps.claim_minutes)
        return back(submission_id, "claimed")

    @router.post("/{submission_id}/draft", response_class=HTMLResponse)
    async def draft(request: Request, submission_id: int, deps: Deps, reviewer: Reviewer) -> Response:
        form = await request.form()
        toggles: dict[int, bool] = {}
        if "toggle" in form:
            index, _, state = str(form["toggle"]).partition(":")
            toggles[int(index)] = state == "on"
        text = str(form["text"]) if "text" in form and form.get("mode") == "edit" else None
        result = decisions.save_draft(deps.db, deps.desk_key, deps.recheck, submission_id,
                                      by=reviewer.username, claim_minutes=deps.claim_minutes,
                                      section_name=str(form.get("section", "narrative")), toggles=toggles,
                                      redact=str(form.get("redact", "")) or None, text=text)
        return _submission_page(request, submission_id, notice="Draft saved.", warnings=result["warnings"])

    @router.post("/{submission_id}/approve", response_class=HTMLResponse)
    async def approve(request: Request, submission_id: int, deps: Deps, reviewer: Reviewer) -> Response:
        form = await request.form()
        characteristics = {field.key: (form.getlist(f"c.{field.key}") if field.multiple else form.get(f"c.{field.key}"))
                           for field in FIELDS}
        approval = decisions.Approval(
            title=str(form.get("title", "")) or None, summary=str(form.get("summary", "")) or None,
            lessons=str(form["lessons"]) if "lessons" in form else None,
            tags=[str(t) for t in form.getlist("tags")],
            characteristics={k: v for k, v in characteristics.items() if v not in (None, "", [])},
        )
        status = decisions.approve(deps.db, deps.desk_key, deps.recheck, submission_id, approval,
                                   by=reviewer.username, claim_minutes=deps.claim_minutes,
                                   require_second=deps.require_second_approval, send_to_publish=deps.send_to_publish)
        return back(submission_id, status)

    @router.post("/{submission_id}/reject")
    async def reject(request: Request, submission_id: int, deps: Deps, reviewer: Reviewer) -> Response:
        form = await request.form()
        decisions.reject(deps.db, submission_id, str(form.get("reason", "")), by=reviewer.username,
                         claim_minutes=deps.claim_minutes)
        return back(submission_id, "rejected")

    @router.post("/{submission_id}/request-info")
    async def request_info(request: Request, submission_id: int, deps: Deps, reviewer: Reviewer) -> Response:
        form = await request.form()
        decisions.request_info(deps.db, deps.desk_key, submission_id, str(form.get("question", "")),
                               by=reviewer.username, claim_minutes=deps.claim_minutes)
        return back(submission_id, "asked")

    @router.post("/{submission_id}/link")
    async def link(request: Request, submission_id: int, deps: Deps, reviewer: Reviewer) -> Response:
        form = await request.form()
        other = str(form.get("other_id", "")).strip()
        decisions.link(deps.db, submission_id, int(other) if other.isdigit() else None, by=reviewer.username)
        return back(submission_id, "linked")

    @router.post("/{submission_id}/retry")
    def retry(submission_id: int, deps: Deps, reviewer: Reviewer) -> Response:
        decisions.retry(deps.db, submission_id, by=reviewer.username)
        return back(submission_id, "retry")

    return router
