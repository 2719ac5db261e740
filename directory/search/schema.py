"""The Whoosh schema: words to match, codes to filter on, and what ranking needs."""
from whoosh import fields
from whoosh.analysis import StemmingAnalyzer

from .understanding import STOPWORDS

TEXT_FIELDS = {"name": 3.0, "organization": 1.5, "keywords": 1.2, "description": 1.0}


def build_schema() -> fields.Schema:
    analyzer = StemmingAnalyzer(stoplist=STOPWORDS, minsize=2)
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        name=fields.TEXT(analyzer=analyzer, stored=True),
        organization=fields.TEXT(analyzer=analyzer),
        keywords=fields.TEXT(analyzer=analyzer),
        description=fields.TEXT(analyzer=analyzer),
        abuse_types=fields.KEYWORD(stored=True),
        service_types=fields.KEYWORD(stored=True),
        audiences=fields.KEYWORD(stored=True),
        risk_levels=fields.KEYWORD(stored=True),
        primary_for=fields.KEYWORD(stored=True),
        term_ids=fields.KEYWORD(),
        areas=fields.KEYWORD(stored=True),
        languages=fields.KEYWORD(stored=True),
        organization_id=fields.ID(),
        status=fields.ID(stored=True),
        always_open=fields.BOOLEAN(stored=True),
        hours=fields.STORED(),
        priority=fields.STORED(),
        verified_national=fields.BOOLEAN(stored=True),
    )
