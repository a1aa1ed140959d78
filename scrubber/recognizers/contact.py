"""Phones, emails, URLs and social-media handles."""

from __future__ import annotations

import re

from scrubber.candidates import Candidate
from scrubber.lexicon import DIGIT_WORDS

_PHONE = re.compile(
    r"(?<![\w-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}"
    r"(?:\s*(?:ext\.?|x|extension)\s*\d{1,5})?(?![\w-])",
    re.IGNORECASE,
)
# A local number of seven digits or an extension, where the text says it is a number to call: "my desk phone
# 555-0134 ext 22", "questions to me at ext. 5-4418"
_LOCAL_PHONE = re.compile(
    r"(?i:\b(?:phone|call|cell|reach|text|number|contact|desk|line|ph|tel)\b[^.\n]{0,24}?)"
    r"(?<![\w-])(?P<v>\d{3}[-.]\d{4}(?:\s*(?:ext\.?|x|extension)\s*\d{1,5})?)(?![\w-])")
_EXTENSION = re.compile(r"(?i)\bext(?:\.|ension)?\s*#?\s*(?P<v>\d[\d-]{1,7}\d)(?![\w-])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|gov|edu|us|io|info|biz|co|me|tv|app)"
    r"(?:/[^\s<>\"]*)?",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.]{1,30}")
# Addresses written so that filters miss them: "kbrandt41 at yahoo dot com", "d dot hale at rpsd dot org",
# "jdoe [at] county [dot] gov". The domain must end in a real top-level domain, so "met him at home" is no address.
_SPELLED_AT = r"(?:\s*[\[(]\s*at\s*[\])]\s*|\s+at\s+)"
_SPELLED_DOT = r"(?:\s*[\[(]\s*dot\s*[\])]\s*|\s+dot\s+|\.)"
_SPELLED_EMAIL = re.compile(
    rf"(?<![\w.])[A-Za-z0-9_+-]+(?:{_SPELLED_DOT}[A-Za-z0-9_+-]+)*{_SPELLED_AT}[A-Za-z0-9-]+"
    rf"(?:{_SPELLED_DOT}[A-Za-z0-9-]+)*{_SPELLED_DOT}(?:com|net|org|gov|edu|mil|us|io)\b",
    re.IGNORECASE,
)
# A number read out digit by digit, in words or spaced digits, in groups or not ("five four one five five five two
# two oh eight", "five four one, five five five, ..."): seven or more single digits in a row is a phone number;
# counts and calibres never run that long.
_DIGIT_WORD = rf"(?:{DIGIT_WORDS}|o|\d)"
_SPELLED_PHONE = re.compile(rf"(?<![\w-]){_DIGIT_WORD}(?:(?:,?[\s.-]+){_DIGIT_WORD}){{6,}}(?![\w-])", re.IGNORECASE)
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
    for m in _SPELLED_EMAIL.finditer(text):
        found.append(Candidate("CONTACT", m.start(), m.end(), 0.9, "SpelledEmailPattern", "EMAIL"))
    for m in _PHONE.finditer(text):
        found.append(Candidate("CONTACT", m.start(), m.end(), 0.97, "PhonePattern", "PHONE"))
    for pattern in (_LOCAL_PHONE, _EXTENSION):
        for m in pattern.finditer(text):
            found.append(Candidate("CONTACT", m.start("v"), m.end("v"), 0.9, "PhonePattern", "PHONE"))
    for m in _SPELLED_PHONE.finditer(text):
        found.append(Candidate("CONTACT", m.start(), m.end(), 0.9, "SpelledPhonePattern", "PHONE"))
    return found
