import pytest

from signpost_common.phones import looks_like_phone


@pytest.mark.parametrize("text", ["0808 2000 247", "999", "+44 20 7946 0000", "18000"])
def test_a_stored_number_is_digits_and_spaces(text):
    assert looks_like_phone(text)


@pytest.mark.parametrize("text", ["text 999", "0808-2000-247", "9", "call us", "1" * 21, "+"])
def test_anything_else_is_not_a_number(text):
    assert not looks_like_phone(text)
