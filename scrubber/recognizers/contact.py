"""Phones, emails, URLs and social-media handles."""

from __future__ import annotations

import re

from scrubber.candidates import Candidate

_PHONE = re.compile(
    r"(?<![\w-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}"
    r"(?:\s*(?:ext\.?|x|extension)\s*\d{1,5})?(?![\w-])",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|gov|edu|us|io|info|biz|co|me|tv|app)"
    r"(?:/[^\s<>\"]*)?",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.]{1,30}")
_TRAILING = ".,;:!?)]}'\""


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end


def find_contacts(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    for m in _EMAIL.finditer(text):
        found.append(Candidate("CONTACT", m.start(), _trim(text, *m.span()), 0.99, "EmailPattern", "EMAIL"))
    for m in _URL.finditer(text):
        found.append(Candidate("CONTACT", m.start(), _trim(text, *m.span()), 0.9, "UrlPattern", "URL"))
    for m in _HANDLE.finditer(text):
        found.append(Candidate("CONTACT", m.start(), _trim(text, *m.span()), 0.95, "HandlePattern", "HANDLE"))
    for m in _PHONE.finditer(text):
        found.append(Candidate("CONTACT", m.start(), m.end(), 0.97, "PhonePattern", "PHONE"))
    return found
