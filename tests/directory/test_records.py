from directory.records import PhoneRecord, ServiceRecord, SourceRecord, validate_record

CODES = {"abuse-type": {"domestic_abuse"}, "service-type": {"helpline"}, "audience": {"women"},
         "risk-level": {"high"}, "area": {"national"}, "language": {"en"}}


def record(**changes):
    values = dict(key="x", name="A line", organisation="An org", areas=["national"],
                  phones=[PhoneRecord("0808 157 0001")], verification="verified",
                  sources=[SourceRecord("https://example.org")])
    values.update(changes)
    return ServiceRecord(**values)


def fields(errors):
    return sorted(e.field_name for e in errors)


def test_a_good_record_passes():
    assert validate_record(record(), CODES) == []


def test_no_source_no_record():
    assert fields(validate_record(record(sources=[]), CODES)) == ["sources"]


def test_not_verified_records_publish_no_number():
    errors = validate_record(record(verification="not-verified"), CODES)
    assert fields(errors) == ["verification"]
    assert validate_record(record(verification="not-verified", phones=[]), CODES) == []


def test_bad_values_are_named():
    errors = validate_record(record(verification="probably", website="not a url",
                                    email="nobody", phones=[PhoneRecord("call us")],
                                    abuse_types=["bad_code"], areas=["mars"]), CODES)
    assert fields(errors) == ["abuse-type", "area", "email", "phone", "verification", "website"]


def test_websites_without_a_scheme_are_accepted_as_written_in_sources():
    assert validate_record(record(website="www.example.org.uk"), CODES) == []
