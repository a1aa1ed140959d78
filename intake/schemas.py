"""The intake API's models: what a client may send, and the only things the API sends back.

There is no output model that carries the raw narrative: the intake can seal it but never read it again.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ReportIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    narrative: str = Field(description="What happened, in the reporter's words (required, up to 20,000 characters)")
    lessons_learned: str = ""
    do_differently: str = ""
    characteristics: dict[str, Any] = Field(default_factory=dict)


class ReceiptOut(BaseModel):
    receipt: str = Field(description="The 7-word codename: shown once, never stored in clear")


class ReceiptIn(BaseModel):
    receipt: str


class ReplyIn(ReceiptIn):
    message: str


class ConsentIn(ReceiptIn):
    agree: bool
    comment: str = ""


class MessageOut(BaseModel):
    direction: str
    body: str | None
    sent_on: str


class StatusOut(BaseModel):
    status: str
    draft: dict[str, str] | None
    messages: list[MessageOut]
    public_id: str | None
    received_on: str
    consent: str | None


class DoneOut(BaseModel):
    ok: bool = True
    status: str
