"""The HSDS / Open Referral UK API: behaviour. Schema conformance is in test_api_schema.py."""
import datetime as dt

import pytest

from directory.models import stable_id
from directory.taxonomy import term_id

from .conftest import LOCATED_SERVICE_ID

NDAH = stable_id("service", "national-domestic-abuse-helpline")


def test_about_names_the_version_profile_and_openapi(client):
    body = client.get("/api/").get_json()
    assert body["version"] == "3.0"
    assert body["openapi_url"].endswith("/api/openapi.json")
    spec = client.get("/api/openapi.json").get_json()
    assert spec["openapi"].startswith("3.") and "/services" in spec["paths"]


def test_a_forged_host_is_never_echoed(client, api_app):
    forged = client.get("/api/", headers={"Host": "evil.example"}).get_json()
    assert "evil.example" not in forged["openapi_url"]
    assert forged["openapi_url"] == api_app.config["SMS_WEBHOOK_BASE_URL"] + "/api/openapi.json"
    api_app.config["SITE_URL"] = "https://signpost.example.org/"
    try:
        configured = client.get("/api/", headers={"Host": "evil.example"}).get_json()
    finally:
        api_app.config["SITE_URL"] = ""
    assert configured["openapi_url"] == "https://signpost.example.org/api/openapi.json"


def test_responses_are_open_to_any_origin_and_not_cached(client):
    response = client.get("/api/services")
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert response.headers["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in response.headers


def test_the_api_is_read_only(client):
    for method in (client.post, client.put, client.delete, client.patch):
        response = method("/api/services", json={})
        assert response.status_code == 405 and response.get_json()["status"] == 405


def test_services_are_paged(client):
    first = client.get("/api/services?per_page=5").get_json()
    assert first["size"] == 5 and first["first_page"] and not first["last_page"]
    assert first["total_pages"] == -(-first["total_items"] // 5)
    last = client.get(f"/api/services?per_page=5&page={first['total_pages']}").get_json()
    assert last["last_page"]
    ids = set()
    for page in range(1, first["total_pages"] + 1):
        ids |= {s["id"] for s in client.get(f"/api/services?per_page=5&page={page}").get_json()["contents"]}
    assert len(ids) == first["total_items"]


def test_search_uses_plain_language(client):
    body = client.get("/api/services?search=he hits me when he drinks&per_page=3").get_json()
    assert NDAH in [s["id"] for s in body["contents"]]


def test_filter_by_taxonomy_term(client):
    fgm = term_id("abuse-type", "fgm")
    body = client.get(f"/api/services?taxonomy_term_id={fgm}&per_page=100").get_json()
    assert body["total_items"] > 0
    for service in body["contents"]:
        full = client.get(f"/api/services/{service['id']}").get_json()
        assert fgm in {a["taxonomy_term_id"] for a in full["attributes"]}


def test_filter_by_organization(client):
    service = client.get(f"/api/services/{NDAH}").get_json()
    body = client.get(f"/api/services?organization_id={service['organization_id']}").get_json()
    assert {s["organization_id"] for s in body["contents"]} == {service["organization_id"]}


def test_modified_after(client):
    future = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).isoformat()
    past = "2000-01-01T00:00:00Z"
    assert client.get(f"/api/services?modified_after={future}").get_json()["total_items"] == 0
    assert client.get(f"/api/services?modified_after={past}").get_json()["total_items"] > 0


def test_a_service_carries_its_sources_and_verification(client):
    service = client.get(f"/api/services/{NDAH}").get_json()
    assert service["phones"][0]["number"] == "0808 2000 247"
    attributes = {a["link_type"]: a["value"] for a in service["attributes"]
                  if a["link_type"] in ("verification_status", "source")}
    assert attributes["verification_status"] == "verified"
    assert "Seed: 002_f36aba86a856a778.txt" in " ".join(
        a["value"] for a in service["attributes"] if a["link_type"] == "source")


def test_organizations_taxonomies_and_terms(client):
    orgs = client.get("/api/organizations?per_page=100").get_json()
    assert orgs["total_items"] > 10
    org = client.get(f"/api/organizations/{orgs['contents'][0]['id']}").get_json()
    assert org["services"]
    taxonomies = client.get("/api/taxonomies").get_json()["contents"]
    abuse = next(t for t in taxonomies if t["name"] == "Type of abuse")
    assert client.get(f"/api/taxonomies/{abuse['id']}").get_json()["id"] == abuse["id"]
    terms = client.get(f"/api/taxonomy_terms?taxonomy_id={abuse['id']}&per_page=100").get_json()
    assert {"domestic_abuse", "fgm", "stalking"} <= {t["code"] for t in terms["contents"]}
    top = client.get(f"/api/taxonomy_terms?taxonomy_id={abuse['id']}&top_only=true&per_page=100")
    assert "coercive_control" not in {t["code"] for t in top.get_json()["contents"]}
    da = term_id("abuse-type", "domestic_abuse")
    children = client.get(f"/api/taxonomy_terms?parent_id={da}").get_json()["contents"]
    assert {"coercive_control", "economic_abuse"} <= {t["code"] for t in children}


def test_service_at_locations_by_postcode(client):
    near = client.get("/api/service_at_locations?postcode=N17 9ZZ").get_json()
    assert [x["service_id"] for x in near["contents"]] == [LOCATED_SERVICE_ID]
    same_borough = client.get("/api/service_at_locations?postcode=N22").get_json()
    assert same_borough["total_items"] == 1
    with_proximity = client.get("/api/service_at_locations?postcode=N22&proximity=1000").get_json()
    assert with_proximity["total_items"] == 0
    far = client.get("/api/service_at_locations?postcode=HA1").get_json()
    assert far["total_items"] == 0
    link = near["contents"][0]
    assert client.get(f"/api/service_at_locations/{link['id']}").get_json()["id"] == link["id"]


@pytest.mark.parametrize("url, fragment", [
    ("/api/services?page=0", "'page'"),
    ("/api/services?page=abc", "'page'"),
    ("/api/services?page=99999999999999999999", "'page' must be between 1 and 1000000"),
    ("/api/organizations?page=99999999999999999999", "'page'"),
    ("/api/services?minimum_age=18", "'minimum_age' is not supported"),
    ("/api/services?maximum_age=25", "'maximum_age' is not supported"),
    ("/api/services?day=MO", "'day' is not supported"),
    ("/api/services?start_time=09:00", "'start_time' is not supported"),
    ("/api/service_at_locations?end_time=17:00", "'end_time' is not supported"),
    ("/api/services?search=%00", "null character"),
    ("/api/services?per_page=1000", "'per_page'"),
    ("/api/services?modified_after=yesterday", "'modified_after'"),
    ("/api/services?taxonomy_term_id=not-a-uuid", "'taxonomy_term_id'"),
    ("/api/services?organization_id=123", "'organization_id'"),
    ("/api/services?full=perhaps", "'full'"),
    ("/api/services?search=" + "x" * 500, "'search'"),
    ("/api/services/not-a-uuid", "'id'"),
    ("/api/service_at_locations?proximity=-5&postcode=N17", "'proximity'"),
])
def test_bad_parameters_get_a_clear_400(client, url, fragment):
    response = client.get(url)
    assert response.status_code == 400
    assert fragment in response.get_json()["error"]


@pytest.mark.parametrize("kind", ["services", "organizations", "taxonomies", "taxonomy_terms",
                                  "service_at_locations"])
def test_unknown_ids_get_a_404(client, kind):
    response = client.get(f"/api/{kind}/00000000-0000-0000-0000-000000000000")
    assert response.status_code == 404 and response.get_json()["status"] == 404


@pytest.mark.parametrize("query", ["%00", "'; DROP TABLE service; --", "💜💜", "🙂" * 150,
                                   "N17 N22 HA1 SW1A", "\u202e", "a" * 200])
def test_odd_search_text_never_errors(client, query):
    assert client.get("/api/services", query_string={"search": query}).status_code == 200
