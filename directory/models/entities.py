"""HSDS 3.0 entities: who provides what, where, when and how to reach them."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Provenance, Timestamped, id_column


class Organization(Provenance, Timestamped, Base):
    __tablename__ = "organization"

    id: Mapped[str] = id_column()
    name: Mapped[str] = mapped_column(String(255))
    alternate_name: Mapped[str | None] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str | None] = mapped_column(String(255))
    website: Mapped[str | None] = mapped_column(String(500))

    services: Mapped[list[Service]] = relationship(back_populates="organization")
    locations: Mapped[list[Location]] = relationship(back_populates="organization")


class Service(Provenance, Timestamped, Base):
    __tablename__ = "service"

    id: Mapped[str] = id_column()
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    alternate_name: Mapped[str | None] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str | None] = mapped_column(String(500))
    email: Mapped[str | None] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(20), default="active")
    interpretation_services: Mapped[str | None] = mapped_column(Text)
    # How to get in touch other than by phone: webchat, text, email, forms.
    application_process: Mapped[str | None] = mapped_column(Text)
    eligibility_description: Mapped[str | None] = mapped_column(Text)
    minimum_age: Mapped[int | None] = mapped_column(Integer)
    maximum_age: Mapped[int | None] = mapped_column(Integer)
    alert: Mapped[str | None] = mapped_column(Text)
    # Opening hours as the source words them; None when sources disagree (never shown as fact).
    hours_description: Mapped[str | None] = mapped_column(Text)
    hours_disputed: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    # HSDS: who last confirmed the listing with the service (assured_date is in Provenance).
    assurer_email: Mapped[str | None] = mapped_column(String(255))

    organization: Mapped[Organization] = relationship(back_populates="services")
    phones: Mapped[list[Phone]] = relationship(
        back_populates="service", cascade="all, delete-orphan", order_by="Phone.position"
    )
    schedules: Mapped[list[Schedule]] = relationship(
        back_populates="service", cascade="all, delete-orphan"
    )
    service_areas: Mapped[list[ServiceArea]] = relationship(
        back_populates="service", cascade="all, delete-orphan"
    )
    languages: Mapped[list[Language]] = relationship(
        back_populates="service", cascade="all, delete-orphan"
    )
    service_at_locations: Mapped[list[ServiceAtLocation]] = relationship(
        back_populates="service", cascade="all, delete-orphan"
    )
    attributes: Mapped[list[Attribute]] = relationship(
        primaryjoin="and_(Service.id == foreign(Attribute.link_id), "
        "Attribute.link_entity == 'service')",
        cascade="all, delete-orphan",
        overlaps="attributes",
    )


class Location(Provenance, Timestamped, Base):
    __tablename__ = "location"

    id: Mapped[str] = id_column()
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    location_type: Mapped[str] = mapped_column(String(20), default="physical")
    name: Mapped[str | None] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]

    organization: Mapped[Organization | None] = relationship(back_populates="locations")
    addresses: Mapped[list[Address]] = relationship(
        back_populates="location", cascade="all, delete-orphan"
    )
    service_at_locations: Mapped[list[ServiceAtLocation]] = relationship(
        back_populates="location", cascade="all, delete-orphan"
    )


class Address(Provenance, Base):
    __tablename__ = "address"

    id: Mapped[str] = id_column()
    location_id: Mapped[str] = mapped_column(ForeignKey("location.id"), index=True)
    attention: Mapped[str | None] = mapped_column(String(255))
    address_1: Mapped[str] = mapped_column(String(255))
    address_2: Mapped[str | None] = mapped_column(String(255))
    city: Mapped[str] = mapped_column(String(100))
    region: Mapped[str | None] = mapped_column(String(100))
    state_province: Mapped[str] = mapped_column(String(100), default="England")
    postal_code: Mapped[str] = mapped_column(String(10))
    country: Mapped[str] = mapped_column(String(2), default="GB")
    address_type: Mapped[str] = mapped_column(String(20), default="physical")

    location: Mapped[Location] = relationship(back_populates="addresses")


class ServiceAtLocation(Provenance, Base):
    __tablename__ = "service_at_location"

    id: Mapped[str] = id_column()
    service_id: Mapped[str] = mapped_column(ForeignKey("service.id"), index=True)
    location_id: Mapped[str] = mapped_column(ForeignKey("location.id"), index=True)
    description: Mapped[str | None] = mapped_column(Text)

    service: Mapped[Service] = relationship(back_populates="service_at_locations")
    location: Mapped[Location] = relationship(back_populates="service_at_locations")


class Phone(Provenance, Base):
    __tablename__ = "phone"

    id: Mapped[str] = id_column()
    service_id: Mapped[str | None] = mapped_column(ForeignKey("service.id"), index=True)
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"))
    location_id: Mapped[str | None] = mapped_column(ForeignKey("location.id"))
    number: Mapped[str] = mapped_column(String(50))
    extension: Mapped[int | None] = mapped_column(Integer)
    # HSDS phone types: voice, text (SMS), textphone, fax, video.
    type: Mapped[str] = mapped_column(String(20), default="voice")
    description: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    service: Mapped[Service | None] = relationship(back_populates="phones")


class Schedule(Provenance, Base):
    """A weekly opening pattern in HSDS/RFC 5545 terms (freq, byday, opens_at, closes_at)."""

    __tablename__ = "schedule"

    id: Mapped[str] = id_column()
    service_id: Mapped[str] = mapped_column(ForeignKey("service.id"), index=True)
    freq: Mapped[str] = mapped_column(String(10), default="WEEKLY")
    byday: Mapped[str] = mapped_column(String(40))
    opens_at: Mapped[dt.time]
    closes_at: Mapped[dt.time]
    description: Mapped[str | None] = mapped_column(Text)

    service: Mapped[Service] = relationship(back_populates="schedules")


class ServiceArea(Provenance, Base):
    __tablename__ = "service_area"

    id: Mapped[str] = id_column()
    service_id: Mapped[str] = mapped_column(ForeignKey("service.id"), index=True)
    # Code of a term in the "area" taxonomy: national, london, or a borough.
    area_code: Mapped[str] = mapped_column(String(60), index=True)
    name: Mapped[str] = mapped_column(String(255))
    extent_type: Mapped[str | None] = mapped_column(String(40))

    service: Mapped[Service] = relationship(back_populates="service_areas")


class Language(Provenance, Base):
    __tablename__ = "language"

    id: Mapped[str] = id_column()
    service_id: Mapped[str] = mapped_column(ForeignKey("service.id"), index=True)
    code: Mapped[str] = mapped_column(String(10), index=True)
    name: Mapped[str] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)

    service: Mapped[Service] = relationship(back_populates="languages")


class Attribute(Provenance, Base):
    """Links any record to a taxonomy term: how a service gets its abuse types, audiences..."""

    __tablename__ = "attribute"

    id: Mapped[str] = id_column()
    link_id: Mapped[str] = mapped_column(String(36), index=True)
    link_type: Mapped[str | None] = mapped_column(String(60))
    link_entity: Mapped[str] = mapped_column(String(40), default="service")
    taxonomy_term_id: Mapped[str] = mapped_column(ForeignKey("taxonomy_term.id"), index=True)
    value: Mapped[str | None] = mapped_column(Text)

    taxonomy_term: Mapped[TaxonomyTerm] = relationship()


class Taxonomy(Provenance, Base):
    __tablename__ = "taxonomy"

    id: Mapped[str] = id_column()
    code: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text, default="")
    uri: Mapped[str | None] = mapped_column(String(500))
    version: Mapped[str | None] = mapped_column(String(20))

    terms: Mapped[list[TaxonomyTerm]] = relationship(back_populates="taxonomy")


class TaxonomyTerm(Provenance, Base):
    __tablename__ = "taxonomy_term"

    id: Mapped[str] = id_column()
    taxonomy_id: Mapped[str] = mapped_column(ForeignKey("taxonomy.id"), index=True)
    code: Mapped[str] = mapped_column(String(60), index=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text, default="")
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("taxonomy_term.id"))
    language: Mapped[str | None] = mapped_column(String(10))
    # Everyday words people use for this term; they feed search, not display.
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)

    taxonomy: Mapped[Taxonomy] = relationship(back_populates="terms")
    parent: Mapped[TaxonomyTerm | None] = relationship(remote_side="TaxonomyTerm.id")
