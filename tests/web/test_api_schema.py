"""Every endpoint's responses validate against the HSDS 3.0 and ORUK 3.0 schemas in shared/."""
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from web.api.routes import openapi_document

from .conftest import LOCATED_SERVICE_ID

STANDARDS = Path(__file__).resolve().parents[3] / "shared" / "standards"


def _registry() -> Registry:
    registry = Registry()
    for path in STANDARDS.rglob("*.json"):
        resource = Resource.from_contents(json.loads(path.read_text()),
                                          default_specification=DRAFT202012)
        registry = registry.with_resource(path.as_uri(), resource)
    return registry


REGISTRY = _registry()
HSDS_OPENAPI = json.loads((STANDARDS / "hsds-3.0" / "openapi.json").read_text())
PAGE_SCHEMA = HSDS_OPENAPI["components"]["schemas"]["Page"]


def validate(instance, *schema_files: str) -> None:
    assert schema_files
    for name in schema_files:
        validator = Draft202012Validator({"$ref": (STANDARDS / name).as_uri()},
                                         registry=REGISTRY, format_checker=FormatChecker())
        errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
        assert not errors, f"{name}: " + "; ".join(
            f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:5])


def validate_page(body, *item_schemas):
    Draft202012Validator(PAGE_SCHEMA).validate(body)
    assert set(PAGE_SCHEMA["properties"]) <= set(body)
    assert body["contents"], "validate something real"
    for item in body["contents"]:
        validate(item, *item_schemas)


def every_page(client, url):
    first = client.get(url).get_json()
    yield first
    for page in range(2, first["total_pages"] + 1):
        yield client.get(f"{url}{'&' if '?' in url else '?'}page={page}").get_json()


def test_about(client):
    schema = openapi_document()["paths"]["/"]["get"]["responses"]["200"]["content"][
        "application/json"]["schema"]
    Draft202012Validator(schema, format_checker=FormatChecker()).validate(client.get("/api/").get_json())


def test_service_lists(client):
    for body in every_page(client, "/api/services?per_page=50"):
        validate_page(body, "hsds-3.0/compiled/service_list.json", "oruk-3.0/compiled/service_list.json")


def test_full_service_lists_and_every_service(client):
    for body in every_page(client, "/api/services?per_page=50&full=true"):
        validate_page(body, "hsds-3.0/compiled/service_with_definitions.json",
                      "oruk-3.0/compiled/service.json")
        for service in body["contents"]:
            one = client.get(f"/api/services/{service['id']}").get_json()
            validate(one, "hsds-3.0/compiled/service_with_definitions.json",
                     "oruk-3.0/compiled/service.json",
                     "oruk-3.0/compiled/service_with_definitions.json")


def test_search_results(client):
    body = client.get("/api/services?search=forced mariage").get_json()
    validate_page(body, "hsds-3.0/compiled/service_list.json", "oruk-3.0/compiled/service_list.json")


def test_organizations(client):
    for body in every_page(client, "/api/organizations?per_page=50"):
        validate_page(body, "hsds-3.0/compiled/organization_list.json",
                      "oruk-3.0/compiled/organization_list.json")
        for org in body["contents"]:
            one = client.get(f"/api/organizations/{org['id']}").get_json()
            validate(one, "hsds-3.0/organization.json", "oruk-3.0/compiled/organization.json")


def test_taxonomies_and_terms(client):
    for body in every_page(client, "/api/taxonomies"):
        validate_page(body, "hsds-3.0/taxonomy.json", "oruk-3.0/taxonomy.json")
        for taxonomy in body["contents"]:
            validate(client.get(f"/api/taxonomies/{taxonomy['id']}").get_json(),
                     "hsds-3.0/taxonomy.json", "oruk-3.0/taxonomy.json")
    for body in every_page(client, "/api/taxonomy_terms?per_page=100"):
        validate_page(body, "hsds-3.0/taxonomy_term.json", "oruk-3.0/taxonomy_term.json")
        for term in body["contents"][:10]:
            validate(client.get(f"/api/taxonomy_terms/{term['id']}").get_json(),
                     "hsds-3.0/taxonomy_term.json", "oruk-3.0/taxonomy_term.json")


def test_service_at_locations(client):
    body = client.get("/api/service_at_locations").get_json()
    validate_page(body, "hsds-3.0/compiled/service_at_location_list.json",
                  "oruk-3.0/compiled/service_at_location_list.json")
    assert LOCATED_SERVICE_ID in {x["service_id"] for x in body["contents"]}
    for link in body["contents"]:
        validate(client.get(f"/api/service_at_locations/{link['id']}").get_json(),
                 "hsds-3.0/service_at_location.json", "oruk-3.0/compiled/service_at_location.json")


@pytest.mark.parametrize("name", ["hsds-3.0/compiled/service_with_definitions.json",
                                  "oruk-3.0/compiled/service.json"])
def test_the_validator_rejects_what_the_schema_forbids(name):
    with pytest.raises(AssertionError):
        validate({"id": "not-a-uuid", "name": 3, "status": "maybe"}, name)
