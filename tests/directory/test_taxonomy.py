from directory.postcodes import boroughs_for, district_boroughs, find_district
from directory.taxonomy import build_term_index, flatten_terms, read_taxonomy_file

REQUIRED = {
    "abuse-type": {
        "domestic_abuse", "coercive_control", "economic_abuse", "sexual_violence", "child_abuse",
        "stalking", "forced_marriage", "honour_based_abuse", "fgm", "trafficking_exploitation",
        "sexual_exploitation", "sexual_harassment", "tech_abuse",
    },
    "service-type": {
        "helpline", "advocacy", "refuge_housing", "outreach", "counselling", "legal_advice",
        "sarc_health", "children_young_people", "perpetrator_programme", "multi_agency",
    },
    "audience": {
        "women", "men", "lgbtq", "young_people", "older_people", "deaf_disabled", "bme_women",
        "migrant_women", "friends_family", "professionals", "perpetrators",
    },
    "risk-level": {"immediate", "high", "medium", "standard"},
    "area": {"national", "london", "haringey", "harrow"},
    "language": {"en", "es", "pt", "pl", "ro", "tr", "ar", "ur", "bsl"},
}


def test_taxonomy_covers_every_dimension_the_directory_needs():
    codes = build_term_index(read_taxonomy_file()).codes()
    for taxonomy, wanted in REQUIRED.items():
        assert wanted <= codes[taxonomy], (taxonomy, wanted - codes[taxonomy])


def test_term_codes_are_unique_within_each_taxonomy():
    for taxonomy in read_taxonomy_file():
        codes = [term["code"] for term, _ in flatten_terms(taxonomy)]
        assert len(codes) == len(set(codes)), taxonomy["id"]


def test_every_abuse_type_has_everyday_words_for_search():
    terms = build_term_index(read_taxonomy_file())
    for info in terms.in_taxonomy("abuse-type"):
        assert len(info.keywords) >= 5, info.code


def test_coercive_control_and_economic_abuse_sit_under_domestic_abuse():
    terms = build_term_index(read_taxonomy_file())
    assert set(terms.children("abuse-type", "domestic_abuse")) >= {"coercive_control", "economic_abuse"}


def test_all_33_london_boroughs_are_areas_under_london():
    terms = build_term_index(read_taxonomy_file())
    assert len(terms.children("area", "london")) == 33


def test_postcode_districts_map_to_known_boroughs():
    areas = build_term_index(read_taxonomy_file()).codes()["area"]
    for district, boroughs in district_boroughs().items():
        assert boroughs and set(boroughs) <= areas, district


def test_postcodes_find_their_borough():
    assert boroughs_for("N17 6AB")[0] == "haringey"
    assert boroughs_for("ha1")[0] == "harrow"
    assert find_district("I live near SW1A 1AA") == "SW1"
    assert find_district("no postcode here") is None
    assert find_district("i got the n29 home") is None  # a night bus, not N2
    assert find_district("n29ab") == "N2"  # N2 9AB typed without its space
