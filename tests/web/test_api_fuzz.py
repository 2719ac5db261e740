"""No input makes a 500: odd paths and bodies, and schemathesis over our own OpenAPI document."""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)


@pytest.mark.parametrize("path", ["/services/%00", "/api/services/%00", "/search?q=%00",
                                  "/api/services?search=a%00b"])
def test_a_null_character_anywhere_is_a_400(client, path):
    response = client.get(path)
    assert response.status_code == 400


def test_deeply_nested_json_is_a_clear_400(client):
    body = "[" * 50_000 + "]" * 50_000
    response = client.post("/chat/messages", data=body, content_type="application/json")
    assert response.status_code == 400
    assert "nested too deeply" in response.get_json()["error"]


# Bounded to keep the suite's run short: each operation gets this many generated requests.
EXAMPLES_PER_OPERATION = 40


def test_the_api_conforms_to_its_openapi_document_whatever_it_is_asked(api_app):
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", api_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case):
            response = case.call()
            assert response.status_code < 500, (case.path, case.query, response.text[:300])
            case.validate_response(response, checks=[
                not_a_server_error, status_code_conformance, content_type_conformance,
                response_schema_conformance])

        check()
