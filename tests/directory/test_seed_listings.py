"""The listings say what their sources say: every seed row, no inference shown as fact, no
outdated service presented as current, no person named, and numbers typed as the source words them.
"""
import re

import pytest
import yaml

from directory.hsds import format_source
from directory.seed import (
    LOCAL_FILE,
    MAY_HAVE_CHANGED,
    NATIONAL_FILE,
    NEVER_CONFIRMED,
    local_records,
    national_phones,
    seed_records,
)
from directory.taxonomy import build_term_index, read_taxonomy_file
from tests.directory.seed_tables import (
    HARINGEY_CONSULTATION,
    HARROW_STRATEGY,
    haringey_support_services,
    harrow_services_mapping,
    seed_text,
)

TERMS = build_term_index(read_taxonomy_file())
LOCAL = local_records(TERMS)
NATIONAL = yaml.safe_load(NATIONAL_FILE.read_text("utf-8"))


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _cited_rows(document: str) -> str:
    return "\n".join(s.section or "" for r in LOCAL for s in r.sources if document in s.document)


def test_the_seed_tables_are_read_to_their_last_row():
    haringey = [row.service for row in haringey_support_services()]
    harrow = [row.service for row in harrow_services_mapping()]
    assert haringey[-1] == "North London Rape Crisis" and len(haringey) == 14
    assert harrow[0] == "Community Group Programme for Children" and len(harrow) == 20
    assert harrow[-1] == "Rape Crisis – counselling & ISVA (West London Service)"
    assert not seed_text(HARROW_STRATEGY).endswith("\n")  # why a line reader lost that row


@pytest.mark.parametrize("row", haringey_support_services() + harrow_services_mapping(),
                         ids=lambda row: row.service)
def test_every_row_of_every_seed_services_table_is_listed(row):
    """A row is listed when a local record cites it, or the vetted list has its number."""
    cited = f"'{row.service}'" in _cited_rows(row.document)
    numbers = {_digits(e["phone"]) for e in NATIONAL if e.get("phone")}
    first = re.match(r"[\d ]+", row.cells[0]) if row.document == HARINGEY_CONSULTATION else None
    assert cited or (first and _digits(first.group()) in numbers), row


def test_the_harrow_rape_crisis_row_is_listed_as_the_seed_gives_it():
    record = next(r for r in LOCAL if r.key == "harrow-wgn-rape-crisis-west-london")
    assert record.organisation == "WGN" and record.risk_levels == ["high"]
    assert not (record.phones or record.email or record.website)


def _year(date: str | None) -> int:
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", date or "")]
    return max(years) if years else 0


def test_every_record_from_a_pre_2018_source_says_it_may_have_changed():
    old = [r for r in LOCAL if all(_year(s.date) < 2018 for s in r.sources)]
    assert len(old) == len(LOCAL)
    for record in old:
        first_sentence = record.description.split(". ")[0] + "."
        assert first_sentence.endswith((MAY_HAVE_CHANGED, NEVER_CONFIRMED)), record.key


def test_planned_programmes_are_not_called_inactive_or_current():
    entries = yaml.safe_load(LOCAL_FILE.read_text("utf-8"))
    planned = {e["id"] for e in entries if e.get("planned")}
    assert planned
    for record in LOCAL:
        if record.key in planned:
            assert record.status != "inactive", record.key
            assert record.description.startswith("Planned in") and NEVER_CONFIRMED in record.description


def _seed_document(source) -> str | None:
    name = source.document.removeprefix("Seed:").strip()
    return name if source.document.startswith("Seed:") else None


_PLACE_WORDS = {"Harrow", "Haringey", "Council", "Services", "Service", "The"}
_NO_PROVIDER = re.compile(r"does not name the provider|provider only as 'External'", re.IGNORECASE)


def test_a_provider_is_named_only_as_its_sources_name_it():
    for record in LOCAL:
        provider = record.organisation.split(" (")[0]
        texts = [seed_text(d) for s in record.sources if (d := _seed_document(s))]
        for word in set(re.findall(r"[A-Z][\w'&]*", provider)) - _PLACE_WORDS:
            assert any(re.search(rf"\b{re.escape(word)}\b", t) for t in texts), (record.key, word)


def test_a_provider_the_source_does_not_name_is_not_shown_as_one():
    unnamed = [r for r in LOCAL if _NO_PROVIDER.search(r.notes or "")]
    assert len(unnamed) >= 4
    for record in unnamed:
        says_so = "provider the source does not name" in record.organisation
        assert says_so or record.organisation == record.name, record.key


@pytest.mark.parametrize("service_type, words", [
    ("sarc_health", r"sexual assault referral|\bSARC"),
    ("advocacy", r"\bI[DS]VA\b|advoca"),
    ("perpetrator_programme", r"programme"),
])
def test_a_service_type_is_given_only_where_the_record_says_it(service_type, words):
    records = seed_records(TERMS)
    typed = [r for r in records if service_type in r.service_types]
    assert typed
    for record in typed:
        text = " ".join([record.name, record.description, record.notes or ""])
        assert re.search(words, text, re.IGNORECASE), (service_type, record.key)


def test_professional_only_routes_are_not_offered_to_children():
    for record in LOCAL:
        if "multi_agency" in record.service_types:
            assert set(record.audiences) <= {"professionals"}, record.key


def test_speakers_at_a_forum_are_given_no_area_the_seed_does_not_state():
    for record in LOCAL:
        documents = {_seed_document(s) for s in record.sources}
        if documents == {"000_e9cc957207254251.txt"} and "Haringey" not in record.organisation:
            assert record.areas == [], record.key


def _people_named_in_the_seeds() -> set[str]:
    """The attendees and apologies of the panel minutes (003) and the forum's speakers (000)."""
    minutes = seed_text("003_7a8f6e361f67837e.txt")
    people = minutes[minutes.index("### Attendees:"):minutes.index("### 1.")]
    names = set(re.findall(r"^\**([A-Z][a-z]+(?:[ -][A-Z][a-z]+)+)[, ]", people, re.MULTILINE))
    names |= set(re.findall(r"\b([A-Z][a-z]+ [A-Z][a-z]+) \(", people))
    forum = seed_text("000_e9cc957207254251.txt")
    speakers = forum[forum.index("Speakers included:"):forum.index("Panel members' presentations")]
    names |= {line.split("\t")[0].strip() for line in speakers.split("\n") if "\t" in line}
    return {n.replace("-", " ") for n in names}


def test_no_person_is_named_in_a_published_source_line():
    people = _people_named_in_the_seeds()
    assert {"Lorraine Anderson", "Marai Larasi", "Karen Ingala Smith", "Joan Smith"} <= people
    title = re.compile(r"\b(?:Councillor|Cllr|Dr|Mr|Mrs|Ms|Miss)\.? [A-Z][a-z]+ [A-Z][a-z]+")
    for record in seed_records(TERMS):
        for source in record.sources:
            line = format_source(source.as_dict()).replace("-", " ")
            assert not [p for p in people if p in line], (record.key, line)
            assert not title.search(line), (record.key, line)


@pytest.mark.parametrize("entry", NATIONAL, ids=lambda e: e["id"])
def test_each_phone_is_typed_as_the_vetted_list_words_it(entry):
    phones, _, hours = national_phones(entry)
    words = " ".join(str(entry.get(k) or "") for k in ("name", "text", "hours"))
    for phone in phones:
        said = re.search(rf"\b(textphone|text)\b\W+(?:users\W+)?{re.escape(phone.number)}\b",
                         words, re.IGNORECASE)
        if phone.number == entry.get("text") and phone.type == "text":
            continue  # the whole of "text" is this number: text it
        assert phone.type == (said.group(1).lower() if said else "voice"), (entry["id"], phone)
    for number in re.findall(r"\d[\d ]{5,}\d", hours or ""):  # hours never hide a number
        pytest.fail(f"{entry['id']}: {number} is in the hours, not a phone entry")


def test_relay_text_and_out_of_hours_numbers_from_the_vetted_list():
    by_id = {e["id"]: national_phones(e)[0] for e in NATIONAL}
    assert [(p.number, p.type) for p in by_id["emergencysms-textphone"]] == [
        ("18000", "textphone"), ("999", "text")]
    assert ("18000", "textphone") in [(p.number, p.type) for p in by_id["the-havens"]]
    assert ("18001 101", "textphone") in [(p.number, p.type) for p in by_id["police-101"]]
    out_of_hours = [p for p in by_id["forced-marriage-unit"] if p.number == "020 7008 1500"]
    assert out_of_hours and out_of_hours[0].type == "voice"
    assert out_of_hours[0].description == "Out of hours (ask for the Global Response Centre)"
