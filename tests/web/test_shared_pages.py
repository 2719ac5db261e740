"""Every page the assistant and the signposting decision link to (signpost_common/facts.yaml)
is a page the site serves from the real content/."""
from __future__ import annotations

from pathlib import Path

import pytest

from directory.signposting.decision import rules
from signpost_common.pages import PAGES, abuse_page
from tests.support.public_site import dispose, seeded_app
from web.config import Config

LINKED = sorted({*PAGES.values(),
                 *(abuse_page(rule["abuse_page"]) for rule in rules()["guidance"]
                   if isinstance(rule.get("abuse_page"), str)),
                 *(abuse_page(code) for rule in rules()["guidance"] if rule.get("abuse_page") is True
                   for code in rule["when"]["abuse"])})


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    site = seeded_app(tmp_path_factory.mktemp("shared-pages"), CONTENT_DIR=str(Path(Config.CONTENT_DIR)))
    yield site.test_client()
    dispose(site)


def test_the_decision_links_to_named_pages_only():
    assert all(rule.get("page") in PAGES or "abuse_page" in rule for rule in rules()["guidance"])


@pytest.mark.parametrize("path", LINKED)
def test_every_linked_page_is_served(client, path):
    assert client.get(path).status_code == 200, path
