"""What may be shown of a service, on any channel: the rules that decide it, in one place.

A record nobody could source publishes no way to contact it; fax numbers are no use to someone
on a phone; a record known only from old documents carries its warning. The site, the chat and
SMS all show a service through these rules (the wording around them is each channel's).
"""
from __future__ import annotations

from dataclasses import dataclass

from .models import Service, Verification
from .seed import MAY_HAVE_CHANGED, NEVER_CONFIRMED

# HSDS phone types, and how a person uses each one from a phone.
_PHONE_KINDS = {"voice": "tel", "textphone": "tel", "video": "tel", "text": "sms"}


@dataclass(frozen=True)
class ContactNumber:
    kind: str          # voice, text, textphone or video
    number: str
    href: str          # tel: or sms:, digits only
    description: str | None = None


def shows_contact_details(service: Service) -> bool:
    """A record nobody could source publishes no way to contact it, not even a website."""
    return service.verification_status != Verification.NOT_VERIFIED


def contact_numbers(service: Service) -> list[ContactNumber]:
    if not shows_contact_details(service):
        return []
    numbers = []
    for phone in service.phones:
        scheme = _PHONE_KINDS.get(phone.type)
        if scheme is None:  # fax: no use to someone on a phone
            continue
        digits = "".join(ch for ch in phone.number if ch.isdigit() or ch == "+")
        numbers.append(ContactNumber(phone.type, phone.number, f"{scheme}:{digits}",
                                     phone.description))
    return numbers


def source_caveat(service: Service) -> str | None:
    """The opening warning of a record known only from old documents ("...; may no longer run
    in this form."), so a result card says it too, not only the service page."""
    first = (service.description or "").split(". ")[0].rstrip(".") + "."
    return first if first.endswith((MAY_HAVE_CHANGED, NEVER_CONFIRMED)) else None


def first_call_number(service: Service) -> ContactNumber | None:
    return next((n for n in contact_numbers(service) if n.kind == "voice"), None)


def website(service: Service) -> str | None:
    """The service's own website, only when it is a plain web address we can link to."""
    url = (service.url or "").strip()
    if not shows_contact_details(service) or not url.lower().startswith(("https://", "http://")):
        return None
    return url


def addresses(service: Service) -> list[str]:
    if not shows_contact_details(service):
        return []
    lines = []
    for link in service.service_at_locations:
        for address in link.location.addresses:
            parts = [address.address_1, address.address_2, address.city, address.postal_code]
            lines.append(", ".join(p for p in parts if p))
    return lines
