"""The directory: every VAWG service in one sourced, searchable store.

This package is the directory's one front door. Every channel (the site, the API, the chat, SMS,
the pathways and the editors' area) imports from `directory` only; the submodules behind it are
private and `lint-imports` (contracts in pyproject.toml) keeps them so.

    from directory import transaction, get_service, list_services, signpost_message

Reads return frozen read models, never database rows: `get_service` gives a `ServiceView`
(directory/readmodels.py) with the rules for what may be shown already applied, and the API's
reads give HSDS documents. Only the editors' operations work on records.

It owns the session factory and transactions, the taxonomy, search and the signposting decision,
reads by id, imports, exports and upserts, and the editors' operations (`accounts`, `access`,
`review`, `bulk`, `capacity`, `freshness`: namespaces of verb-noun functions).
"""
from __future__ import annotations

from .catalogue import (
    MAX_PER_PAGE,
    Page,
    Reach,
    check_borough,
    filter_services,
    get_organization,
    get_service,
    get_service_at_location,
    get_service_json,
    get_services,
    get_services_json,
    get_taxonomy,
    get_taxonomy_term,
    list_organizations,
    list_service_at_locations,
    list_services,
    list_taxonomies,
    list_taxonomy,
    list_taxonomy_terms,
    service_reach,
    term_ids_in_taxonomy,
)
from .changelog import install as install_changelog
from .db import database_url_from_env, make_engine, make_session_factory, transaction
from .editors import access, accounts, bulk, capacity, freshness, review
from .editors.dashboard import dashboard as editors_dashboard
from .exchange import ImportRejected, export_services, import_services
from .hours import DAYS, WeeklyHours, is_always_open, is_open
from .hsds import (
    organization_json,
    service_at_location_json,
    service_json,
    service_summary_json,
    taxonomy_json,
    taxonomy_term_json,
)
from .migrate import upgrade_database
from .models import (
    Base,
    EditorUser,
    ProposedChange,
    Role,
    Service,  # the editors' area edits records; every other channel reads ServiceView
    TaxonomyTerm,
    Team,
    TeamKind,
    Verification,
    stable_id,
)
from .readmodels import AreaView, LanguageView, ServiceView, SourceView, TermView
from .search import DirectorySearch, SearchRequest, SearchResult, UnknownFilter
from .search.documents import schedule_hours
from .seed import LOCAL_FILE, MAY_HAVE_CHANGED, NATIONAL_FILE, NEVER_CONFIRMED, load_seed_data
from .showing import ContactNumber
from .signposting import (
    REASONS,
    Context,
    Signpost,
    lead_with_signposting,
    prepare_signposting,
    signpost_message,
    understand,
)
from .signposting.decision import emergency_advice
from .signposting.language import detect_language, written_language
from .taxonomy import build_term_index, read_taxonomy_file, term_id

__all__ = [
    "AreaView", "ContactNumber", "LanguageView", "ServiceView", "SourceView", "TermView",
    "Base", "Context", "DAYS", "DirectorySearch", "EditorUser", "ImportRejected", "LOCAL_FILE",
    "MAX_PER_PAGE", "MAY_HAVE_CHANGED", "NATIONAL_FILE", "NEVER_CONFIRMED", "Page",
    "ProposedChange", "REASONS", "Reach", "Role", "SearchRequest", "SearchResult", "Service",
    "Signpost", "TaxonomyTerm", "Team", "TeamKind", "UnknownFilter", "Verification", "WeeklyHours",
    "access", "accounts", "build_term_index", "bulk", "capacity", "check_borough",
    "database_url_from_env", "detect_language", "editors_dashboard", "emergency_advice",
    "export_services", "filter_services", "freshness", "get_organization", "get_service",
    "get_service_at_location", "get_service_json", "get_services", "get_services_json",
    "get_taxonomy", "get_taxonomy_term",
    "import_services", "install_changelog", "is_always_open", "is_open", "lead_with_signposting",
    "list_organizations", "list_service_at_locations", "list_services", "list_taxonomies",
    "list_taxonomy", "list_taxonomy_terms", "load_seed_data", "make_engine", "make_session_factory",
    "organization_json", "prepare_signposting", "read_taxonomy_file", "review", "schedule_hours",
    "service_at_location_json", "service_json", "service_reach", "service_summary_json",
    "signpost_message", "stable_id", "taxonomy_json", "taxonomy_term_json", "term_id",
    "term_ids_in_taxonomy", "transaction", "understand", "upgrade_database", "written_language",
]
