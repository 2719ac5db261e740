"""Reading API query parameters strictly: a bad value is a 400 that says what is wrong."""
from __future__ import annotations

import datetime as dt
import uuid

from flask import request

from directory import MAX_PER_PAGE

from ..errors import BadRequestInput

# Far past any real directory, and small enough for every database's OFFSET.
MAX_PAGE = 1_000_000
# Open Referral UK filters this directory cannot apply: it records no ages, and its opening
# hours are mostly words from the sources. Rejected, so nobody takes an unfiltered list as filtered.
UNSUPPORTED_FILTERS = {
    "minimum_age": "services' age limits are not recorded",
    "maximum_age": "services' age limits are not recorded",
    "day": "opening days are not recorded for most services",
    "start_time": "opening times are not recorded for most services",
    "end_time": "opening times are not recorded for most services",
}


def reject_unsupported_filters() -> None:
    for name, reason in UNSUPPORTED_FILTERS.items():
        if name in request.args:
            raise BadRequestInput(f"'{name}' is not supported by this directory: {reason}.")


def page_params() -> tuple[int, int]:
    page = int_param("page", 1, minimum=1, maximum=MAX_PAGE)
    per_page = int_param("per_page", 20, minimum=1, maximum=MAX_PER_PAGE)
    return page, per_page


def int_param(name: str, default: int, minimum: int, maximum: int | None = None) -> int:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequestInput(f"'{name}' must be a whole number, not '{raw[:40]}'.") from None
    if value < minimum or (maximum is not None and value > maximum):
        upper = f" and {maximum}" if maximum is not None else " or more"
        raise BadRequestInput(f"'{name}' must be between {minimum}{upper}.")
    return value


def float_param(name: str) -> float | None:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return None
    try:
        value = float(raw)
    except ValueError:
        raise BadRequestInput(f"'{name}' must be a number, not '{raw[:40]}'.") from None
    if not 0 < value < 1_000_000:
        raise BadRequestInput(f"'{name}' must be a distance in metres above 0.")
    return value


def bool_param(name: str) -> bool:
    raw = (request.args.get(name) or "").lower()
    if raw in ("", "false", "0", "no"):
        return False
    if raw in ("true", "1", "yes"):
        return True
    raise BadRequestInput(f"'{name}' must be true or false.")


def datetime_param(name: str) -> dt.datetime | None:
    raw = request.args.get(name)
    if not raw:
        return None
    try:
        value = dt.datetime.fromisoformat(raw.replace("Z", "+00:00").replace(" ", "+"))
    except ValueError:
        raise BadRequestInput(
            f"'{name}' must be an ISO 8601 date and time, e.g. 2024-01-31T09:00:00Z.") from None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def uuid_list_param(name: str) -> list[str]:
    values = [v.strip() for v in ",".join(request.args.getlist(name)).split(",") if v.strip()]
    for value in values:
        check_uuid(value, name)
    return values


def uuid_param(name: str) -> str | None:
    value = request.args.get(name)
    return check_uuid(value, name) if value else None


def check_uuid(value: str, name: str = "id") -> str:
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise BadRequestInput(f"'{name}' must be a UUID, not '{value[:40]}'.") from None


def text_param(name: str, max_length: int = 200) -> str | None:
    value = (request.args.get(name) or "").strip()
    if len(value) > max_length:
        raise BadRequestInput(f"'{name}' must be at most {max_length} characters.")
    return value or None
