"""The scrub stage on its own, with a stand-in scrubber: storage, sealing, idempotency."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import select

from intake.submit import ReportInput, accept_report
from models.crypto import ReporterKey
from models.tables import AuditEvent, Submission
from scrubber.stage import scrub_submission


@dataclass
class _Finding:
    text: str

    def to_dict(self) -> dict[str, object]:
        return {"entity_type": "PERSON", "text": self.text}


@dataclass
class _Result:
    normalized: str
    text: str
    findings: list[_Finding] = field(default_factory=list)


class ReplacesHunter:
    """Replaces the one name it knows, so the test is about the stage, not detection."""

    def __init__(self) -> None:
        self.calls = 0

    def scrub_many(self, texts):
        self.calls += 1
        return [_Result(t, t.replace("Hunter", "[OFFICER 1]"), [_Finding("Hunter")] if "Hunter" in t else [])
                for t in texts]


def test_the_draft_is_sealed_for_the_desk_and_for_the_reporter(runtime):
    accepted = accept_report(runtime.db, runtime.desk_lock, runtime.pepper, ReportInput(
        narrative="Officer Hunter stepped out of the lane as the truck passed.", lessons_learned="Hunter says move."))
    assert scrub_submission(runtime.db, runtime.desk_key, ReplacesHunter(), accepted.submission_id)
    with runtime.db.session() as session:
        stored = session.get(Submission, accepted.submission_id)
    assert stored.status == "scrubbed"
    draft = runtime.desk_key.open_json(stored.sealed_draft)
    assert draft["sections"]["narrative"]["text"] == "Officer [OFFICER 1] stepped out of the lane as the truck passed."
    assert draft["sections"]["narrative"]["findings"] == [{"entity_type": "PERSON", "text": "Hunter"}]
    reporter_view = ReporterKey(accepted.codename, runtime.pepper).open_json(stored.sealed_draft_for_reporter)
    assert reporter_view == {"narrative": "Officer [OFFICER 1] stepped out of the lane as the truck passed.",
                             "lessons_learned": "[OFFICER 1] says move."}


def test_a_second_message_for_the_same_submission_does_nothing(runtime):
    accepted = accept_report(runtime.db, runtime.desk_lock, runtime.pepper,
                             ReportInput(narrative="Officer Hunter nearly slipped on the ice."))
    scrubber = ReplacesHunter()
    assert scrub_submission(runtime.db, runtime.desk_key, scrubber, accepted.submission_id)
    assert not scrub_submission(runtime.db, runtime.desk_key, scrubber, accepted.submission_id)
    assert scrubber.calls == 1
    with runtime.db.session() as session:
        moves = session.exec(select(AuditEvent).where(AuditEvent.to_status == "scrubbed")).all()
    assert len(moves) == 1


def test_an_unknown_submission_is_ignored(runtime):
    assert not scrub_submission(runtime.db, runtime.desk_key, ReplacesHunter(), 424242)
