"""The archive: search, filters with counts, report pages (and a printable version), statistics with
server-side SVG charts, exports, an Atom feed, and the OpenAPI description of the archive API.

It reads only published reports. Public by default; with access "restricted", every route but the sign-in
flow needs a verified law-enforcement reader (publisher/readers.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from models.taxonomy import FIELDS, FIELDS_BY_KEY, SECTIONS, label
from publisher import archive, charts, exports, search
from publisher.deps import ArchiveDeps
from publisher.readers import NotAllowed, ReaderAccess

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.globals.update(FIELDS=FIELDS, FIELDS_BY_KEY=FIELDS_BY_KEY, SECTIONS=SECTIONS, label=label)

READER_COOKIE = "nm_reader"
OPEN_WHEN_RESTRICTED = ("/archive/register", "/archive/confirm", "/archive/static/")
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; "
                               "object-src 'none'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}
# A chart is an SVG document of its own, shown through <img>: pygal styles it inline, and no script runs in it.
CHART_HEADERS = {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
                 "Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff"}


def get_deps(request: Request) -> ArchiveDeps:
    return request.app.state.deps  # type: ignore[no-any-return]


Deps = Annotated[ArchiveDeps, Depends(get_deps)]


def _query(request: Request) -> archive.Query:
    return archive.Query.from_params(request.query_params, request.query_params.getlist)


def create_app(deps: ArchiveDeps) -> FastAPI:
    app = FastAPI(
        title="LEO Near Miss archive API",
        description="Search, filter, read, count and export de-identified near-miss reports.",
        version="1",
        docs_url=None, redoc_url=None, openapi_url="/api/v1/archive/openapi.json",
    )
    app.state.deps = deps
    app.state.readers = ReaderAccess(deps.db, deps.session_secret, deps.email_domains, deps.outbox_dir)
    search.ensure_index(deps.db)
    app.mount("/archive/static", StaticFiles(directory=HERE / "static"), name="archive-static")

    @app.middleware("http")
    async def access_and_headers(request: Request, call_next: Any) -> Response:
        needs_reader = deps.access == "restricted" and not request.url.path.startswith(OPEN_WHEN_RESTRICTED)
        if needs_reader and app.state.readers.reader_from(request.cookies.get(READER_COOKIE)) is None:
            if request.url.path.startswith("/api/"):
                return JSONResponse({"detail": "This archive is open to verified law-enforcement readers."},
                                    status_code=401)
            return RedirectResponse("/archive/register", status_code=303)
        response: Response = await call_next(request)
        if not request.url.path.startswith("/archive/charts/"):
            for name, value in PAGE_HEADERS.items():
                response.headers.setdefault(name, value)
        return response

    app.include_router(_api())
    app.include_router(_pages())
    return app


def _api() -> APIRouter:
    router = APIRouter(prefix="/api/v1/archive", tags=["archive"])

    @router.get("/reports", summary="Search and filter published reports")
    def list_reports(request: Request, deps: Deps) -> Any:
        """`q` searches the text; any characteristic (e.g. `call_type=traffic_stop`, repeatable) filters;
        `page` and `per_page` paginate. `facets` counts each value over the whole filtered set."""
        return archive.search(deps.db, _query(request))

    @router.get("/reports/{public_id}", summary="One published report with its supplemental accounts")
    def get_report(public_id: str, deps: Deps) -> Any:
        found = archive.one(deps.db, public_id)
        if found is None:
            return JSONResponse({"detail": f"No published report {public_id}."}, status_code=404)
        return found

    @router.get("/stats", summary="Counts over the filtered set")
    def get_stats(request: Request, deps: Deps, rows: str | None = None, columns: str | None = None) -> Any:
        return archive.stats(deps.db, _query(request), rows, columns)

    @router.get("/export.csv", summary="The filtered set as CSV")
    def export_csv(request: Request, deps: Deps) -> StreamingResponse:
        rows = exports.csv_rows(archive.iter_matching(deps.db, _query(request)))
        return StreamingResponse(rows, media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="near-misses.csv"'})

    @router.get("/export.jsonl", summary="The filtered set as JSON Lines")
    def export_jsonl(request: Request, deps: Deps) -> StreamingResponse:
        rows = exports.jsonl_rows(archive.iter_matching(deps.db, _query(request)))
        return StreamingResponse(rows, media_type="application/x-ndjson",
                                 headers={"Content-Disposition": 'attachment; filename="near-misses.jsonl"'})

    return router


def _base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _pages() -> APIRouter:
    router = APIRouter(prefix="/archive", include_in_schema=False)

    @router.get("", response_class=HTMLResponse)
    def index(request: Request, deps: Deps) -> HTMLResponse:
        query = _query(request)
        result = archive.search(deps.db, query)
        return templates.TemplateResponse(request, "list.html", {"result": result, "query": query,
                                                                 "params": request.url.query})

    def report_in(template: str, request: Request, public_id: str, deps: ArchiveDeps) -> HTMLResponse:
        found = archive.one(deps.db, public_id)
        if found is None:
            return templates.TemplateResponse(request, "missing.html", {"public_id": public_id}, status_code=404)
        return templates.TemplateResponse(request, template, {"report": found})

    @router.get("/reports/{public_id}", response_class=HTMLResponse)
    def report_page(request: Request, public_id: str, deps: Deps) -> HTMLResponse:
        return report_in("report.html", request, public_id, deps)

    @router.get("/reports/{public_id}/print", response_class=HTMLResponse)
    def print_page(request: Request, public_id: str, deps: Deps) -> HTMLResponse:
        """The same report laid out for paper, for roll-call briefings."""
        return report_in("print.html", request, public_id, deps)

    @router.get("/stats", response_class=HTMLResponse)
    def stats_page(request: Request, deps: Deps, rows: str = "call_type", columns: str = "lighting") -> HTMLResponse:
        query = _query(request)
        stats = archive.stats(deps.db, query, rows, columns)
        filters = "&".join(f"{k}={v}" for k, values in query.filters.items() for v in values)
        return templates.TemplateResponse(request, "stats.html", {
            "stats": stats, "rows": rows, "columns": columns, "filters": filters, "query": query})

    @router.get("/charts/{name}.svg")
    def chart(request: Request, name: str, deps: Deps, rows: str = "call_type", columns: str = "lighting") -> Response:
        stats = archive.stats(deps.db, _query(request), rows, columns)
        if name == "per-month":
            svg = charts.per_month(stats["per_month"])
        elif name == "call-type":
            svg = charts.horizontal("Reports by type of call", "call_type", stats["by_call_type"])
        elif name == "contributing-factors":
            svg = charts.horizontal("Contributing factors", "contributing_factors", stats["by_contributing_factor"])
        elif name == "crosstab" and stats["crosstab"]:
            svg = charts.crosstab(rows, columns, stats["crosstab"]["cells"])
        else:
            return Response(status_code=404)
        return Response(svg, media_type="image/svg+xml", headers=CHART_HEADERS)

    @router.get("/feed.atom")
    def feed(request: Request, deps: Deps) -> Response:
        latest = archive.search(deps.db, archive.Query(per_page=50))["items"]
        return Response(exports.atom(latest, _base_url(request)), media_type="application/atom+xml")

    @router.get("/api", response_class=HTMLResponse)
    def api_docs(request: Request) -> HTMLResponse:
        schema = request.app.openapi()
        return templates.TemplateResponse(request, "api.html", {"schema": schema})

    @router.get("/register", response_class=HTMLResponse)
    def register_page(request: Request) -> HTMLResponse:
        return templates.TemplateResponse(request, "register.html", {"error": None, "sent": False})

    @router.post("/register", response_class=HTMLResponse)
    async def register(request: Request) -> HTMLResponse:
        form = await request.form()
        try:
            request.app.state.readers.request_link(str(form.get("email", "")), _base_url(request))
        except NotAllowed as refused:
            return templates.TemplateResponse(request, "register.html", {"error": str(refused), "sent": False,
                                                                         "email": form.get("email", "")},
                                              status_code=422)
        return templates.TemplateResponse(request, "register.html", {"error": None, "sent": True})

    @router.get("/confirm")
    def confirm(request: Request, token: str = "") -> Response:
        deps: ArchiveDeps = request.app.state.deps
        cookie = request.app.state.readers.confirm(token)
        if cookie is None:
            return templates.TemplateResponse(request, "register.html", {
                "error": "That link is invalid or more than an hour old. Ask for a new one.", "sent": False},
                status_code=400)
        response = RedirectResponse("/archive", status_code=303)
        response.set_cookie(READER_COOKIE, cookie, httponly=True, samesite="lax", secure=deps.production,
                            max_age=30 * 24 * 3600, path="/")
        return response

    return router
