"""Small pieces of markup every public page shares, so each rule is written once."""
from __future__ import annotations

from markupsafe import Markup, escape

from . import public


@public.app_template_filter("phone")
def phone(number: str) -> Markup:
    """A phone number kept left to right, whole, inside right-to-left text (Arabic, Urdu):
    without this "0808 2000 247" shows as "247 2000 0808"."""
    return Markup('<bdi dir="ltr">%s</bdi>') % escape(number)


@public.app_template_filter("english")
def english(text: str | None) -> Markup:
    """Text we hold only in English (service names, descriptions), marked so on every page:
    screen readers read it in English and right-to-left pages keep its punctuation in place."""
    return Markup('<span lang="en" dir="ltr">%s</span>') % escape(text or "")
