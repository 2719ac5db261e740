import pytest

from signpost_common.commands import FORGET_PAYLOAD, FORGET_WORDS, is_forget_command


@pytest.mark.parametrize("message", ["STOP", "stop", " Delete! ", "usuń", "ȘTERGE.", "şterge", "sil",
                                     "حذف", "ڈیلیٹ", FORGET_PAYLOAD])
def test_the_word_alone_deletes(message):
    assert is_forget_command(message)


@pytest.mark.parametrize("message", ["I want it all to stop", "stop him", "delete my number please",
                                     "stopped", "silence", "", "/forget me"])
def test_a_sentence_with_the_word_in_it_is_a_message(message):
    assert not is_forget_command(message)


def test_every_site_language_has_a_word():
    from signpost_common.facts import facts
    from signpost_common.languages import LANGUAGES

    assert set(facts()["forget_words"]) == set(LANGUAGES)
    assert all(is_forget_command(word) for word in FORGET_WORDS)
