"""A job title opening a message says who is asking; a job word anywhere else does not."""
import pytest

from directory.signposting.jobs import opens_with_job


@pytest.mark.parametrize("text", [
    "GP. patient mentioned her partner grabbed her throat",
    "PC on response, first time doing a DASH",
    "HR manager. an employee told me her husband turns up",
    "Year 4 teacher here. A pupil drew a picture",
    "new TA, never had a disclosure",
    "midwife - woman only speaks Tigrinya",
    "DSL at a primary. do I need parental consent",
    "im a social worker: a 15yo on my caseload",
])
def test_a_job_title_standing_first_is_the_writer_s_job(text):
    assert opens_with_job(text)


@pytest.mark.parametrize("text", [
    "teacher keeps messaging me at night",
    "teacher at my school touched me",
    "a teacher at my school keeps messaging me",
    "my GP said I should call you",
    "manager keeps touching me at work",
    "officers came round last night and did nothing",
    "pc keeps crashing when i try to fill in the form",
    "doctors appointment tomorrow, he wants to come in with me",
])
def test_a_job_word_that_is_not_the_writer_s_job_is_not_read_as_one(text):
    assert not opens_with_job(text)
