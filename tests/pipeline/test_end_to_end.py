"""Submit → the scrub worker writes a draft → a reviewer logs in and approves → the archive finds it, all
through the HTTP API on the embedded default (SQLite and the in-process broker)."""

from __future__ import annotations

from reviewer.accounts import create_reviewer
from tests.pipeline.helpers import (
    REVIEWER,
    assert_published_report_is_clean,
    find_in_archive,
    login,
    review_and_approve,
    status,
    submit,
)


def test_a_report_goes_from_the_form_to_the_archive(runtime, client, run_pipeline, scrubber):
    create_reviewer(runtime.db, *REVIEWER)
    receipt = submit(client)
    assert status(client, receipt)["status"] in {"received", "scrubbed"}  # the worker may already be done

    run_pipeline()
    scrubbed = status(client, receipt)
    assert scrubbed["status"] == "scrubbed"
    assert "Kendrick" not in str(scrubbed["draft"]) and "Glock 19" in str(scrubbed["draft"])

    csrf = login(client)
    review_and_approve(client, csrf)
    run_pipeline()

    report = find_in_archive(client)
    assert_published_report_is_clean(client, report)
    final = status(client, receipt)
    assert final["status"] == "published" and final["public_id"] == report["public_id"]
