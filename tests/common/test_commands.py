import pytest

from signpost_common.commands import (
    FORGET_PAYLOAD,
    FORGET_WORDS,
    forget_command_languages,
    is_delete_request,
    is_forget_command,
)


@pytest.mark.parametrize("message", ["STOP", "stop", " Delete! ", "usuń", "ȘTERGE.", "şterge", "sil",
                                     "pls delete", "Delete please", "delete all", "lütfen sil",
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


# Written for this test, as people ask: a short request that names what to delete.
@pytest.mark.parametrize("message", [
    "Please delete our chat", "thanks. can you delete everything I wrote?", "wipe my messages pls",
    "borra la conversación por favor", "apague tudo", "Proszę usunąć rozmowę",
    "ștergeți mesajele", "bunu siler misin", "امسح كل شي", "sab mita do", "همه رو حذف کن",
    "delete my number please",
    # Missed before: a pronoun or a texting spelling as the object, a polite word first in
    # other languages, an object with its ending, romanised Bengali and Tamil.
    "delete it", "can u delete wat i wrote", "remove my messages", "pode apagar tudo?",
    "mesajlarımı sil", "chat delete karo", "fariimaha tirtir", "shob muche felo",
    "ellam azhichidunga", "badhu delete karo", "پیاما رو پاک کن"])
def test_a_short_request_naming_what_to_delete_is_a_request(message):
    assert is_delete_request(message)


@pytest.mark.parametrize("message", [
    "he makes me delete all my messages", "I delete everything so he can't see",
    "how do I delete my history", "don't delete this", "delete him from my life",
    "I want it all to stop", "he reads all my messages and deletes my friends",
    "please delete everything because he checks my phone every night and hits me if he sees it",
    "todo el día me grita", "hepsini silmem gerekiyor mu",
    "can he see it if i delete", "clear this up for me", "remove him from my life"])
def test_a_message_about_deleting_is_not_a_request(message):
    assert not is_delete_request(message)


def test_a_command_word_says_its_own_language():
    assert forget_command_languages("msa7") == ("ar",)
    assert forget_command_languages("Sil!") == ("tr",)
    assert "en" in forget_command_languages("STOP")
    assert forget_command_languages("/forget") == ()
    assert forget_command_languages("please stop") == ()


@pytest.mark.parametrize(("word", "lang"), [
    ("erase", "en"), ("clear chat", "en"), ("احذف", "ar"), ("mitaa do", "ur"), ("delete kar do", "ur"),
    ("hazf kon", "fa"),
])
def test_more_delete_commands_standing_alone_delete_in_their_language(word, lang):
    assert is_forget_command(word) and lang in forget_command_languages(word)
