"""What a phone number looks like once it is stored: digits and spaces, an optional leading +."""
from __future__ import annotations

import re

PHONE_SHAPE = re.compile(r"^\+?[\d ]{2,20}$")


def looks_like_phone(text: str) -> bool:
    return bool(PHONE_SHAPE.match(text))
