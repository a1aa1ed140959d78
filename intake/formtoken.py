"""The form's short-lived token: a signed random nonce in a hidden field (never a cookie).

It proves a submission came from a form this server rendered in the last few hours, and gives the per-form
rate limit a key that is not an address.
"""

from __future__ import annotations

import secrets

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

MAX_AGE_SECONDS = 6 * 3600


class FormTokens:
    def __init__(self, secret: str) -> None:
        self._serializer = URLSafeTimedSerializer(secret, salt="nearmiss-intake-form")

    def issue(self) -> str:
        return self._serializer.dumps(secrets.token_urlsafe(12))

    def verify(self, token: str) -> str | None:
        """The nonce when the token is genuine and fresh, else None."""
        try:
            return str(self._serializer.loads(token, max_age=MAX_AGE_SECONDS))
        except (BadSignature, SignatureExpired):
            return None
