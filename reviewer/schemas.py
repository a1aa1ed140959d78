"""The console API's input models (outputs are the dicts reviewer/decisions.py builds for reviewers)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class LoginIn(BaseModel):
    username: str
    password: str
    totp: str | None = None


class LoginOut(BaseModel):
    csrf_token: str
    username: str
    is_admin: bool
    must_enrol_totp: bool


class DraftIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    section: str = "narrative"
    toggles: dict[int, bool] = Field(default_factory=dict, description="finding index → enabled")
    redact: str | None = Field(default=None, description="a phrase to redact wherever it occurs")
    text: str | None = Field(default=None, description="the reviewer's own edit of the section's text")


class ApproveIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str | None = None
    title: str | None = None
    summary: str | None = None
    lessons: str | None = None
    do_differently: str | None = None
    tags: list[str] = Field(default_factory=list)
    characteristics: dict[str, Any] | None = None
    keep: list[str] = Field(default_factory=list, description="spans the reviewer explicitly keeps")


class RejectIn(BaseModel):
    reason: str


class QuestionIn(BaseModel):
    question: str


class LinkIn(BaseModel):
    other_id: int | None = None


class NewReviewerIn(BaseModel):
    username: str
    password: str
    is_admin: bool = False


class EnrolIn(BaseModel):
    secret: str
    code: str
