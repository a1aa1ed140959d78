"""Accounts and access: deny by default, CSRF, per-account throttling, TOTP with no reuse, idle timeout."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pyotp
from fastapi.routing import APIRoute
from sqlmodel import select

from models.tables import AuditEvent, ReviewerSession
from reviewer.accounts import create_reviewer
from reviewer.web import PUBLIC_ROUTES
from tests.reviewer.conftest import PASSWORD, enrol, login


def review_app(app):
    return next(candidate for prefixes, candidate in app.routes if "/review" in prefixes)


def api_routes(routes, prefix: str = ""):
    """Every APIRoute, with its full path, through included routers (FastAPI keeps them nested)."""
    for route in routes:
        if isinstance(route, APIRoute):
            yield route.methods, route.path if route.path.startswith(prefix) else prefix + route.path
        elif hasattr(route, "original_router"):
            yield from api_routes(route.original_router.routes, prefix + route.include_context.prefix)


def test_every_route_outside_the_public_list_needs_a_reviewer(app, client, reviewer_account, scrubbed_submission):
    """Walks every route of the console: adding an unprotected route makes this fail."""
    submission_id, _ = scrubbed_submission
    walked = 0
    for methods, route_path in api_routes(review_app(app).routes):
        path = route_path.replace("{submission_id}", str(submission_id))
        for method in methods:
            if (method, route_path) in PUBLIC_ROUTES:
                continue
            response = client.request(method, path, json={}, follow_redirects=False)
            walked += 1
            assert response.status_code in (401, 403) or (
                response.status_code == 303 and response.headers["location"] == "/review/login"
            ), f"{method} {route_path} answered {response.status_code} without a session"
    assert walked >= 25


def test_login_sets_a_strict_http_only_cookie_and_returns_a_csrf_token(client, reviewer_account):
    response = client.post("/api/v1/auth/login", json={"username": "ana", "password": PASSWORD})
    assert response.status_code == 200 and len(response.json()["csrf_token"]) > 20
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie


def test_a_wrong_password_gets_the_same_vague_answer_as_an_unknown_user(client, reviewer_account):
    wrong = client.post("/api/v1/auth/login", json={"username": "ana", "password": "nope nope nope"})
    unknown = client.post("/api/v1/auth/login", json={"username": "zed", "password": "nope nope nope"})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


def test_every_post_needs_the_sessions_csrf_token(client, reviewer_account, scrubbed_submission):
    submission_id, _ = scrubbed_submission
    csrf = login(client)
    assert client.post(f"/api/v1/review/{submission_id}/claim").status_code == 403
    assert client.post(f"/api/v1/review/{submission_id}/claim", headers={"X-CSRF-Token": "forged"}).status_code == 403
    assert client.post(f"/api/v1/review/{submission_id}/claim", headers=csrf).status_code == 200
    # The HTML forms carry it as a field.
    assert client.post(f"/review/{submission_id}/claim", data={"csrf_token": "forged"}).status_code == 403
    response = client.post(f"/review/{submission_id}/claim", data={"csrf_token": csrf["X-CSRF-Token"]},
                           follow_redirects=False)
    assert response.status_code == 303


def test_throttling_locks_one_account_and_not_the_others(runtime, client, reviewer_account):
    create_reviewer(runtime.db, "ben", PASSWORD)
    for _ in range(5):
        assert client.post("/api/v1/auth/login", json={"username": "ana", "password": "wrong wrong"}).status_code == 401
    locked = client.post("/api/v1/auth/login", json={"username": "ana", "password": PASSWORD})
    assert locked.status_code == 429 and "locked" in locked.json()["detail"]
    assert client.post("/api/v1/auth/login", json={"username": "ben", "password": PASSWORD}).status_code == 200
    with runtime.db.session() as session:
        assert session.exec(select(AuditEvent).where(AuditEvent.action == "account_locked")).first()


def test_totp_is_required_once_enrolled_and_a_used_code_is_refused(runtime, client, reviewer_account):
    totp = enrol(runtime, reviewer_account.id)
    assert client.post("/api/v1/auth/login", json={"username": "ana", "password": PASSWORD}).status_code == 401
    # The enrolment used the current code: a login replaying it is refused.
    replay = client.post("/api/v1/auth/login", json={"username": "ana", "password": PASSWORD, "totp": totp.now()})
    assert replay.status_code == 401
    next_step = totp.at(time.time() + 30)  # the next code, accepted within the drift window
    assert client.post("/api/v1/auth/login",
                       json={"username": "ana", "password": PASSWORD, "totp": next_step}).status_code == 200
    again = client.post("/api/v1/auth/login", json={"username": "ana", "password": PASSWORD, "totp": next_step})
    assert again.status_code == 401


def test_an_admin_must_enrol_totp_before_anything_else(runtime, client):
    create_reviewer(runtime.db, "root", PASSWORD, is_admin=True)
    csrf = login(client, "root")
    assert client.get("/api/v1/review/queue").status_code == 403
    enrolment = client.get("/api/v1/review/me/totp").json()
    code = pyotp.TOTP(enrolment["secret"]).now()
    assert client.post("/api/v1/review/me/totp", headers=csrf,
                       json={"secret": enrolment["secret"], "code": code}).status_code == 200
    assert client.get("/api/v1/review/queue").status_code == 200
    assert client.get("/api/v1/review/audit").status_code == 200


def test_admin_pages_refuse_reviewers(client, reviewer_account):
    login(client)
    assert client.get("/api/v1/review/audit").status_code == 403
    assert client.get("/api/v1/review/accounts").status_code == 403


def test_an_idle_session_expires(runtime, client, reviewer_account):
    login(client)
    assert client.get("/api/v1/review/queue").status_code == 200
    with runtime.db.transaction() as session:
        for stored in session.exec(select(ReviewerSession)):
            stored.last_seen_at = datetime.now(UTC) - timedelta(hours=2)
    assert client.get("/api/v1/review/queue").status_code == 401


def test_logout_ends_the_session(client, reviewer_account):
    csrf = login(client)
    assert client.post("/api/v1/auth/logout", headers=csrf).status_code == 200
    assert client.get("/api/v1/review/queue").status_code == 401


def test_passwords_are_argon2_hashes(runtime, reviewer_account):
    assert reviewer_account.password_hash.startswith("$argon2id$")
