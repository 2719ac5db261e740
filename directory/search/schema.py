"""The Whoosh schema: words to match, codes to filter on, and what ranking needs."""
from whoosh import fields
from whoosh.analysis import StemmingAnalyzer

from .understanding import STOPWORDS

# Name words count three times over: one posting list for all text keeps queries fast.
NAME_WEIGHT = 3
# Stands in for "no languages listed", so the English filter can include such services.
NO_LANGUAGE_LISTED = "unlisted"


def build_schema() -> fields.Schema:
    analyzer = StemmingAnalyzer(stoplist=STOPWORDS, minsize=2)
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        name=fields.STORED(),
        text=fields.TEXT(analyzer=analyzer),
        abuse_types=fields.KEYWORD(stored=True),
        service_types=fields.KEYWORD(stored=True),
        audiences=fields.KEYWORD(stored=True),
        risk_levels=fields.KEYWORD(stored=True),
        primary_for=fields.KEYWORD(stored=True),
        term_ids=fields.KEYWORD(),
        areas=fields.KEYWORD(stored=True),
        languages=fields.KEYWORD(stored=True),
        organization_id=fields.ID(),
        open_slots=fields.KEYWORD(),
        always_open=fields.BOOLEAN(stored=True),
        hours=fields.STORED(),
        priority=fields.STORED(),
        verified_national=fields.BOOLEAN(stored=True),
    )


def index_fields(document: dict) -> dict:
    """What the index stores for a document: its searchable text gathered into one field."""
    fields_ = {k: v for k, v in document.items()
               if k not in ("name", "organization", "keywords", "description", "status")}
    fields_["name"] = document["name"]
    fields_["languages"] = document["languages"] or NO_LANGUAGE_LISTED
    fields_["text"] = " ".join([document["name"]] * NAME_WEIGHT + [
        document["organization"], document["keywords"], document["description"]])
    return fields_
