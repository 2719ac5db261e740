import pytest
from actions.directory_client import DirectoryClient, DirectoryUnavailable, summary

HSDS_SERVICE = {
    "id": "8a0d", "name": "National Domestic Abuse Helpline", "status": "active",
    "url": "https://www.nationaldahelpline.org.uk",
    "phones": [{"id": "p1", "number": "0808 2000 247", "type": "voice"}],
    "schedules": [{"id": "s1", "byday": "MO,TU,WE,TH,FR,SA,SU", "opens_at": "00:00", "closes_at": "23:59"}],
    "application_process": "Live chat",
}


def test_an_hsds_service_becomes_a_summary():
    found = summary(HSDS_SERVICE)
    assert found.phones == [("0808 2000 247", "voice")]
    assert found.always_open and found.contact_other == "Live chat"


def test_an_unreachable_directory_is_reported_not_raised_raw():
    client = DirectoryClient("http://127.0.0.1:9/api", timeout=0.5)  # nothing listens on port 9
    with pytest.raises(DirectoryUnavailable):
        client.find_services("domestic abuse")
