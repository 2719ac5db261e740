import pytest

from tests.support.public_site import load_everything

from ..conftest import BACKENDS, _database_url, _dispose, _make_app

# A service with a location, so location endpoints have something real to return. Its
# number is in Ofcom's drama range and its address is made up: test data only.
LOCATED_SERVICE_CSV = (
    b"id,name,organisation,phones,address_1,city,postal_code,areas,abuse_types,service_types,"
    b"audiences,verification,sources\n"
    b"0b8f5a7e-6c55-4d2b-9a47-1b2f3c4d5e6f,Test Drop-in Centre,Test Trust,020 7946 0003,"
    b"1 Example Street,London,N17 0XX,haringey,domestic_abuse,outreach,women,verified,"
    b"https://example.org/test | test fixture | 2026\n"
)
LOCATED_SERVICE_ID = "0b8f5a7e-6c55-4d2b-9a47-1b2f3c4d5e6f"


@pytest.fixture(scope="module", params=BACKENDS)
def api_app(request, tmp_path_factory, postgres_databases):
    tmp_path = tmp_path_factory.mktemp(f"api-{request.param}")
    app = load_everything(_make_app(_database_url(request.param, tmp_path, postgres_databases),
                                    tmp_path), LOCATED_SERVICE_CSV)
    yield app
    _dispose(app)


@pytest.fixture
def client(api_app):
    return api_app.test_client()
