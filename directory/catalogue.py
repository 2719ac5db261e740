"""Reading the directory: the queries every channel uses, so no view writes its own SQL."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from .hsds import service_json, service_summary_json
from .loading import load_services
from .models import (
    Address,
    Attribute,
    Location,
    Organization,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)
from .postcodes import boroughs_for, find_district
from .readmodels import ServiceView, load_service_views
from .search import DirectorySearch, SearchRequest
from .search.documents import service_document
from .search.filters import resolve_borough, resolve_filters
from .signposting import lead_with_signposting
from .taxonomy import TermIndex

T = TypeVar("T")
MAX_PER_PAGE = 100


@dataclass
class Page(Generic[T]):
    items: list[T]
    total: int
    page: int
    per_page: int

    @property
    def total_pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    def hsds(self, contents: list[dict]) -> dict:
        return {
            "total_items": self.total, "total_pages": self.total_pages,
            "page_number": self.page, "size": len(contents),
            "first_page": self.page == 1, "last_page": self.page >= self.total_pages,
            "empty": self.total == 0, "contents": contents,
        }


def _paged(session: Session, query: Select, page: int, per_page: int) -> Page:
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    items = list(session.scalars(query.offset((page - 1) * per_page).limit(per_page)))
    return Page(items, total or 0, page, per_page)


def get_service(session: Session, service_id: str) -> ServiceView | None:
    found = load_service_views(session, [service_id])
    return found[0] if found else None


def get_services(session: Session, service_ids: list[str]) -> list[ServiceView]:
    """Services in the order asked for (search ranking order)."""
    return load_service_views(session, service_ids)


def _records(session: Session, service_ids: list[str]) -> list[Service]:
    by_id = {s.id: s for s in load_services(session, service_ids)}
    return [by_id[i] for i in service_ids if i in by_id]


def get_service_json(session: Session, service_id: str) -> dict | None:
    """One service as an HSDS document, for the API."""
    found = _records(session, [service_id])
    return service_json(found[0]) if found else None


def get_services_json(session: Session, service_ids: list[str]) -> list[dict]:
    """Services as HSDS documents, in the order asked for."""
    return [service_json(s) for s in _records(session, service_ids)]


def list_services(session: Session, search: DirectorySearch, *, text: str | None = None,
                  taxonomy_term_ids: list[str] | None = None, organization_id: str | None = None,
                  modified_after: dt.datetime | None = None, page: int = 1,
                  per_page: int = 20, full: bool = False) -> Page[dict]:
    """Services as HSDS documents (`full`, or the summary shape), a page at a time."""
    shape = service_json if full else service_summary_json
    found = _list_service_records(session, search, text=text, taxonomy_term_ids=taxonomy_term_ids,
                                  organization_id=organization_id, modified_after=modified_after,
                                  page=page, per_page=per_page)
    return Page([shape(s) for s in found.items], found.total, page, per_page)


def _list_service_records(session: Session, search: DirectorySearch, *, text: str | None,
                          taxonomy_term_ids: list[str] | None, organization_id: str | None,
                          modified_after: dt.datetime | None, page: int,
                          per_page: int) -> Page[Service]:
    if text and modified_after is None:
        # Every page is cut from one ordering: the signposting decision's choices first (as
        # the site shows them), then the search's ranking.
        result = search.search(SearchRequest(text=text, taxonomy_term_ids=taxonomy_term_ids or [],
                                             organization_id=organization_id, offset=0,
                                             limit=page * per_page))
        ids = lead_with_signposting(session, search, text, result.service_ids).service_ids
        extra = len(set(ids) - set(result.service_ids))
        start = (page - 1) * per_page
        return Page(_records(session, ids[start:start + per_page]), result.total + extra, page,
                    per_page)
    if text:
        result = search.search(SearchRequest(text=text, taxonomy_term_ids=taxonomy_term_ids or [],
                                             organization_id=organization_id, offset=0, limit=10_000))
        services = [s for s in _records(session, result.service_ids)
                    if _aware(s.last_modified) > modified_after]
        start = (page - 1) * per_page
        return Page(services[start:start + per_page], len(services), page, per_page)
    query = select(Service).order_by(Service.name, Service.id)
    if taxonomy_term_ids:
        query = query.where(Service.id.in_(
            select(Attribute.link_id).where(Attribute.taxonomy_term_id.in_(taxonomy_term_ids))))
    if organization_id:
        query = query.where(Service.organization_id == organization_id)
    if modified_after:
        query = query.where(Service.last_modified > modified_after)
    found = _paged(session, query.with_only_columns(Service.id), page, per_page)
    return Page(_records(session, found.items), found.total, page, per_page)


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def get_organization(session: Session, organization_id: str) -> Organization | None:
    return session.scalars(select(Organization).where(Organization.id == organization_id)
                           .options(selectinload(Organization.services))).first()


def list_organizations(session: Session, page: int = 1, per_page: int = 20) -> Page[Organization]:
    return _paged(session, select(Organization).order_by(Organization.name, Organization.id),
                  page, per_page)


def get_taxonomy(session: Session, taxonomy_id: str) -> Taxonomy | None:
    return session.get(Taxonomy, taxonomy_id)


def list_taxonomies(session: Session, page: int = 1, per_page: int = 20) -> Page[Taxonomy]:
    return _paged(session, select(Taxonomy).order_by(Taxonomy.name, Taxonomy.id), page, per_page)


def get_taxonomy_term(session: Session, term_id: str) -> TaxonomyTerm | None:
    return session.scalars(select(TaxonomyTerm).where(TaxonomyTerm.id == term_id)
                           .options(selectinload(TaxonomyTerm.taxonomy))).first()


def list_taxonomy_terms(session: Session, *, taxonomy_id: str | None = None,
                        parent_id: str | None = None, top_only: bool = False, page: int = 1,
                        per_page: int = 20) -> Page[TaxonomyTerm]:
    query = (select(TaxonomyTerm).options(selectinload(TaxonomyTerm.taxonomy))
             .order_by(TaxonomyTerm.taxonomy_id, TaxonomyTerm.code))
    if taxonomy_id:
        query = query.where(TaxonomyTerm.taxonomy_id == taxonomy_id)
    if parent_id:
        query = query.where(TaxonomyTerm.parent_id == parent_id)
    if top_only:
        query = query.where(TaxonomyTerm.parent_id.is_(None))
    return _paged(session, query, page, per_page)


def get_service_at_location(session: Session, link_id: str) -> ServiceAtLocation | None:
    return session.scalars(_service_at_location_query().where(ServiceAtLocation.id == link_id)).first()


def _service_at_location_query() -> Select:
    return (select(ServiceAtLocation)
            .options(selectinload(ServiceAtLocation.service),
                     selectinload(ServiceAtLocation.location).selectinload(Location.addresses))
            .order_by(ServiceAtLocation.id))


def list_service_at_locations(session: Session, *, postcode: str | None = None,
                              proximity_m: float | None = None, page: int = 1,
                              per_page: int = 20) -> Page[ServiceAtLocation]:
    """Service locations, optionally near a postcode.

    Without coordinates for the postcode a location is "near" when its own postcode is in the
    same district, or in a district of the same borough.
    """
    query = _service_at_location_query()
    if postcode:
        district = find_district(postcode)
        boroughs = set(boroughs_for(postcode))
        links = list(session.scalars(query))
        near = [link for link in links if _near(link, district, boroughs, proximity_m)]
        start = (page - 1) * per_page
        return Page(near[start:start + per_page], len(near), page, per_page)
    return _paged(session, query, page, per_page)


def _near(link: ServiceAtLocation, district: str | None, boroughs: set[str],
          proximity_m: float | None) -> bool:
    for address in link.location.addresses:
        their_district = find_district(address.postal_code)
        if their_district and their_district == district:
            return True
        if proximity_m is None and boroughs & set(boroughs_for(address.postal_code)):
            return True
    return False


__all__ = [
    "Address", "MAX_PER_PAGE", "Page", "get_organization", "get_service", "get_service_json",
    "get_services", "get_services_json",
    "get_service_at_location", "get_taxonomy", "get_taxonomy_term", "list_organizations",
    "list_service_at_locations", "list_services", "list_taxonomies", "list_taxonomy_terms",
]


@dataclass
class Reach:
    """Whether a service can be contacted from what we publish, and the areas it covers."""

    reachable: bool
    area_codes: frozenset[str]


def service_reach(session: Session, service_ids: list[str]) -> dict[str, Reach]:
    """For ordering results: a record with no confirmed contact detail is no help on its own."""
    from .models import Phone, ServiceArea, Verification
    if not service_ids:
        return {}
    with_phone = set(session.scalars(
        select(Phone.service_id).where(Phone.service_id.in_(service_ids)).distinct()))
    areas: dict[str, set[str]] = {}
    for service_id, code in session.execute(
            select(ServiceArea.service_id, ServiceArea.area_code)
            .where(ServiceArea.service_id.in_(service_ids))):
        areas.setdefault(service_id, set()).add(code)
    reach = {}
    for service_id, status, url, email, other_ways in session.execute(
            select(Service.id, Service.verification_status, Service.url, Service.email,
                   Service.application_process).where(Service.id.in_(service_ids))):
        # "Other ways" counts: a codeword said at a pharmacy counter reaches help too.
        contactable = service_id in with_phone or bool(url or email or other_ways)
        reach[service_id] = Reach(status != Verification.NOT_VERIFIED and contactable,
                                  frozenset(areas.get(service_id, ())))
    return reach


# -- the taxonomy and filters, for every channel ------------------------------------------------

def list_taxonomy(search: DirectorySearch) -> TermIndex:
    """Every taxonomy's terms (codes, names, parents), loaded once and kept in step with edits."""
    return search.vocabulary()[0]


def term_ids_in_taxonomy(session: Session, taxonomy_id: str) -> list[str]:
    """The ids of every term in one taxonomy (none for an unknown id)."""
    return list(session.scalars(select(TaxonomyTerm.id).where(TaxonomyTerm.taxonomy_id == taxonomy_id)))


def check_borough(search: DirectorySearch, place: str) -> list[str]:
    """The borough codes a typed place (a borough's name or a postcode) means; raises
    UnknownFilter when it means none."""
    terms, lexicon = search.vocabulary()
    return resolve_borough(place, terms, lexicon)


def filter_services(session: Session, search: DirectorySearch, services: list[ServiceView],
                    **filters) -> list[ServiceView]:
    """The services, in their order, that match the filters (SearchRequest's fields) by the
    search's own rules; raises UnknownFilter for a term the taxonomy does not know."""
    terms, lexicon = search.vocabulary()
    matched = resolve_filters(SearchRequest(**filters), terms, lexicon, [])
    keep = {s.id for s in load_services(session, [v.id for v in services])
            if matched.matches(service_document(s))}
    return [v for v in services if v.id in keep]
