"""Exact headers on every reporter route, and no cookie at all."""

from __future__ import annotations

import pytest

EXPECTED = {
    "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
                               "form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}
RECEIPT = {"receipt": "one two three four five six seven"}
ROUTES = [
    ("GET", "/", None, None),
    ("POST", "/report", {"narrative": "x"}, None),
    ("GET", "/receipt", None, None),
    ("POST", "/receipt", RECEIPT, None),
    ("POST", "/receipt/reply", {**RECEIPT, "message": "hi"}, None),
    ("POST", "/receipt/consent", {**RECEIPT, "decision": "agree"}, None),
    ("POST", "/receipt/withdraw", {**RECEIPT, "confirm": "yes"}, None),
    ("GET", "/static/intake/style.css", None, None),
    ("GET", "/no/such/page", None, None),
    ("POST", "/api/v1/reports", None, {"narrative": "Officer nearly struck by a truck."}),
    ("POST", "/api/v1/reports", None, {"narrative": ""}),
    ("POST", "/api/v1/receipt/status", None, RECEIPT),
    ("POST", "/api/v1/receipt/reply", None, {**RECEIPT, "message": "hi"}),
    ("POST", "/api/v1/receipt/consent", None, {**RECEIPT, "agree": True}),
    ("POST", "/api/v1/receipt/withdraw", None, RECEIPT),
]


@pytest.fixture
def intake_client(runtime):
    from fastapi.testclient import TestClient

    from pipeline.apps import build_intake_app

    app = build_intake_app(runtime)
    app.state.deps.send_to_intake = lambda _id: None
    with TestClient(app) as client:
        yield client


@pytest.mark.parametrize(("method", "path", "form", "body"), ROUTES, ids=[f"{m} {p}" for m, p, _, _ in ROUTES])
def test_every_reporter_route_sends_the_exact_headers_and_no_cookie(intake_client, method, path, form, body):
    response = intake_client.request(method, path, data=form, json=body)
    for name, value in EXPECTED.items():
        assert response.headers.get(name) == value, f"{name} on {method} {path}"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert "unsafe-inline" not in response.headers["content-security-policy"]
    assert "set-cookie" not in response.headers


def test_the_route_list_covers_every_reporter_route(runtime):
    from fastapi.routing import APIRoute

    from pipeline.apps import build_intake_app

    app = build_intake_app(runtime)

    def paths(routes):
        for route in routes:
            if isinstance(route, APIRoute):
                yield route.path
            elif hasattr(route, "original_router"):
                yield from (route.include_context.prefix + p if not p.startswith(route.include_context.prefix)
                            else p for p in paths(route.original_router.routes))

    covered = {path for _, path, _, _ in ROUTES}
    assert set(paths(app.routes)) <= covered
