"""Charts rendered on the server as SVG by pygal, without pygal's JavaScript (no third-party script runs)."""

from __future__ import annotations

import re

import pygal
from pygal.style import Style

from models.taxonomy import label

STYLE = Style(background="white", plot_background="white", foreground="#1b1f23", foreground_strong="#1b1f23",
              foreground_subtle="#57606a", colors=("#0b4f8a", "#b42318", "#1a7f37", "#9a6700", "#6639ba"),
              font_family="system-ui, sans-serif")


_SCRIPT = re.compile(r"<script\b.*?</script>", re.DOTALL)


def _svg(chart: pygal.graph.graph.Graph) -> bytes:
    """The chart as SVG bytes without pygal's embedded configuration script: shown through <img>, nothing in
    it may run, and the response's CSP forbids scripts as well."""
    return _SCRIPT.sub("", chart.render(is_unicode=True)).encode()


def _config(title: str) -> dict[str, object]:
    return {"title": title, "style": STYLE, "js": [], "disable_xml_declaration": True, "width": 800, "height": 400,
            "show_legend": False, "print_values": False}


def per_month(counts: dict[str, int]) -> bytes:
    chart = pygal.Bar(**_config("Reports per month of incident"), x_label_rotation=45)
    chart.x_labels = list(counts)
    chart.add("reports", list(counts.values()))
    return _svg(chart)


def horizontal(title: str, key: str, counts: dict[str, int], limit: int = 15) -> bytes:
    top = list(counts.items())[:limit]
    chart = pygal.HorizontalBar(**_config(title))
    chart.x_labels = [label(key, value) for value, _ in reversed(top)]
    chart.add("reports", [count for _, count in reversed(top)])
    return _svg(chart)


def crosstab(row_key: str, col_key: str, cells: dict[str, dict[str, int]]) -> bytes:
    columns = sorted({c for row in cells.values() for c in row})
    chart = pygal.StackedBar(**{**_config(f"{label(row_key, '') or row_key} by {col_key}"), "show_legend": True,
                                "legend_at_bottom": True})
    chart.x_labels = [label(row_key, r) for r in cells]
    for column in columns:
        chart.add(label(col_key, column), [cells[r].get(column, 0) for r in cells])
    return _svg(chart)
