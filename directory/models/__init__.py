"""SQLAlchemy models shaped on Open Referral HSDS 3.0."""
from .base import Base, Verification, new_id, stable_id
from .changelog import ChangeLogEntry
from .editors import (
    Capacity,
    ChangeStatus,
    ConfidentialAddress,
    EditorUser,
    Invitation,
    Membership,
    OutboxMessage,
    ProposedChange,
    Role,
    Team,
    TeamKind,
)
from .entities import (
    Address,
    Attribute,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceArea,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)

__all__ = [
    "Address", "Attribute", "Base", "ChangeLogEntry", "Language", "Location", "Organization",
    "Phone", "Schedule", "Service", "ServiceArea", "ServiceAtLocation",
    "Taxonomy",
    "TaxonomyTerm", "Verification", "new_id", "stable_id",
    # the editors' area
    "Capacity", "ChangeStatus", "ConfidentialAddress", "EditorUser", "Invitation", "Membership",
    "OutboxMessage", "ProposedChange", "Role", "Team", "TeamKind",
]
