"""Receipt codenames: how a reporter comes back without ever being known.

A codename is 7 words drawn with `secrets` from the EFF diceware list (7,776 words: about 90 bits). The server
stores only scrypt(codename, pepper) — deterministic, so the receipt can be looked up, and slow, so a stolen
database cannot be searched for codenames. This is SecureDrop's scheme for source codenames.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from functools import lru_cache

from diceware.wordlist import WordList, get_wordlist_path

from models.crypto import ReporterKey

CODENAME_WORDS = 7


@lru_cache(maxsize=1)
def wordlist() -> tuple[str, ...]:
    return tuple(WordList(get_wordlist_path("en_eff")))


def new_codename() -> str:
    words = wordlist()
    return " ".join(secrets.choice(words) for _ in range(CODENAME_WORDS))


def canonical(codename: str) -> str:
    """Forgive case, extra spaces, hyphens and line breaks in what a reporter types back."""
    return " ".join(re.split(r"[\s\-_.,]+", codename.strip().lower())).strip()


def reporter_key(codename: str, pepper: bytes) -> ReporterKey:
    """The reporter's key pair, from the codename as `canonical` reads it: the same whether the reporter types
    "felt-tip" as the list writes it or "felt tip", as the receipt's lookup already forgives."""
    return ReporterKey(canonical(codename), pepper)


def receipt_hash(codename: str, pepper: bytes) -> str:
    return hashlib.scrypt(
        canonical(codename).encode(), salt=b"receipt:" + pepper, n=2**14, r=8, p=1, dklen=32
    ).hex()


def contains_codename(text: str, codename: str) -> bool:
    """True when the text quotes the codename (a reporter pasting it into the narrative would publish it)."""
    return canonical(codename) in canonical(text)


@lru_cache(maxsize=1)
def _words_as_tokens() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The list's words as `canonical` splits them: four words (t-shirt, yo-yo, drop-down, felt-tip) become two
    tokens each, so a codename holding one is 8 tokens, not 7."""
    single = frozenset(word for word in wordlist() if "-" not in word)
    halves = (word.partition("-") for word in wordlist() if "-" in word)
    hyphenated = frozenset((head, tail) for head, _, tail in halves)
    return single, hyphenated


def _codename_ends(tokens: list[str], start: int, words_left: int) -> list[int]:
    """Where a run of `words_left` list words starting at tokens[start] can end (exclusive)."""
    if words_left == 0:
        return [start]
    single, hyphenated = _words_as_tokens()
    ends: list[int] = []
    if start < len(tokens) and tokens[start] in single:
        ends += _codename_ends(tokens, start + 1, words_left - 1)
    if start + 1 < len(tokens) and (tokens[start], tokens[start + 1]) in hyphenated:
        ends += _codename_ends(tokens, start + 2, words_left - 1)
    return ends


def codename_candidates(text: str, limit: int = 50) -> list[str]:
    """Every run of 7 consecutive diceware words in the text (at most `limit`), in canonical form: the only
    places a codename could hide. Ordinary prose seldom has such a run, so this costs a few scrypt hashes at
    most."""
    tokens = canonical(re.sub(r"[^a-z\-]+", " ", text.lower())).split(" ")
    found: list[str] = []
    for start in range(len(tokens)):
        for end in sorted(set(_codename_ends(tokens, start, CODENAME_WORDS))):
            found.append(" ".join(tokens[start:end]))
            if len(found) >= limit:
                return found
    return found
