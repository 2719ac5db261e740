"""Reading services whole: a service with everything a page, a search document or an export
needs, in one round of queries. The catalogue, the search, signposting and exchange all use it."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .models import Attribute, Service, TaxonomyTerm


def service_options() -> tuple:
    """The relationships a whole service is read with."""
    return (
        selectinload(Service.organization), selectinload(Service.phones),
        selectinload(Service.schedules), selectinload(Service.service_areas),
        selectinload(Service.languages),
        selectinload(Service.attributes).selectinload(Attribute.taxonomy_term)
        .selectinload(TaxonomyTerm.parent),
    )


def load_services(session: Session, ids: list[str] | None = None) -> list[Service]:
    query = select(Service).options(*service_options()).order_by(Service.id)
    if ids is not None:
        query = query.where(Service.id.in_(ids))
    return list(session.scalars(query))
