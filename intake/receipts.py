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


def receipt_hash(codename: str, pepper: bytes) -> str:
    return hashlib.scrypt(
        canonical(codename).encode(), salt=b"receipt:" + pepper, n=2**14, r=8, p=1, dklen=32
    ).hex()


def looks_like_codename(codename: str) -> bool:
    words = canonical(codename).split(" ")
    known = set(wordlist())
    return len(words) == CODENAME_WORDS and all(word in known for word in words)


def contains_codename(text: str, codename: str) -> bool:
    """True when the text quotes the codename (a reporter pasting it into the narrative would publish it)."""
    return canonical(codename) in canonical(text)


def codename_candidates(text: str, limit: int = 50) -> list[str]:
    """Every run of 7 consecutive diceware words in the text (at most `limit`): the only places a codename
    could hide. Ordinary prose seldom has such a run, so this costs a few scrypt hashes at most."""
    known = set(wordlist())
    words = re.findall(r"[a-z]+", text.lower())
    found: list[str] = []
    for start in range(len(words) - CODENAME_WORDS + 1):
        window = words[start:start + CODENAME_WORDS]
        if all(word in known for word in window):
            found.append(" ".join(window))
            if len(found) >= limit:
                break
    return found
