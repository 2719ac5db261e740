"""The site's pages that the assistant and the signposting decision link to, and the boroughs
the assistant offers as buttons."""
from __future__ import annotations

from .facts import facts

PAGES: dict[str, str] = dict(facts()["pages"])
SEARCH = PAGES["search"]
# The boroughs with local services so far, as (taxonomy code, name).
LOCAL_BOROUGHS: tuple[tuple[str, str], ...] = tuple(
    (borough["code"], borough["name"]) for borough in facts()["local_boroughs"])


def page(name: str) -> str:
    return PAGES[name]


def abuse_page(abuse: str) -> str:
    """The guidance page for an abuse type's code."""
    return facts()["abuse_page"].format(abuse=abuse)
