"""Forced marriage, FGM and rape told of someone else (a cousin, a friend, a neighbour's daughter)
are read in every language where they were missed; a wedding someone wants, or cutting
oneself, is not.

Every message here was written for this test, as people type."""
import pytest

from directory.signposting import understand

READ = [
    ("es", "a mi prima la quieren casar con un hombre mayor en marruecos", "forced_marriage"),
    ("es", "su familia la obliga a casarse", "forced_marriage"),
    ("es", "van a mutilar a mi sobrina cuando viaje", "fgm"),
    ("es", "creo q la quieren mutilar este verano a la niña de mi vecina", "fgm"),
    ("pt", "a minha amiga vai ser obrigada a casar", "forced_marriage"),
    ("pt", "a familia dela quer casar ela a forca", "forced_marriage"),
    ("pt", "querem cortar a minha sobrinha nas ferias", "fgm"),
    ("ro", "familia ei o obliga sa se marite", "forced_marriage"),
    ("ro", "vor sa o marite cu forta pe sora mea", "forced_marriage"),
    ("pl", "rodzice zmuszaja ja do slubu", "forced_marriage"),
    ("pl", "chca obrzezac moja siostrzenice", "fgm"),
    ("pl", "chca zrobic okaleczenie mojej kuzynce", "fgm"),
    ("fa", "خانواده اش میخوان به زور شوهرش بدن", "forced_marriage"),
    ("fa", "khanevadash mikhan be zoor shoharash bedan", "forced_marriage"),
    ("ku", "malbata wê dixwaze bi zorê wê bizewicîne", "forced_marriage"),
    ("ku", "dixwazin xwişka min bi zorê bidin mêr", "forced_marriage"),
    ("ku", "dixwazin keça cîranê me sunet bikin", "fgm"),
    ("so", "walaashay waxaa lagu qasbayaa guur", "forced_marriage"),
    ("es", "mi hija dice que su novio la obligo a tener relaciones el sabado", "sexual_violence"),
    ("es", "creo que abusaron de ella en la fiesta, ella dijo que no", "sexual_violence"),
    ("pt", "o namorado obrigou ela a transar, ela tem 15 anos", "sexual_violence"),
    ("pt", "acho que abusaram dela na festa ontem", "sexual_violence"),
]

NOT_READ = [
    ("es", "mi amiga se va a casar en junio y estoy muy feliz", "forced_marriage"),
    ("pt", "a minha irma vai casar em agosto", "forced_marriage"),
    ("ro", "sora mea se marita luna viitoare", "forced_marriage"),
    ("pl", "moja siostra wychodzi za maz w lipcu", "forced_marriage"),
    ("pl", "znowu sie okaleczam i nie wiem co robic", "fgm"),
    ("es", "me corto los brazos cuando estoy mal", "fgm"),
    ("pt", "o chefe obriga ela a trabalhar catorze horas", "sexual_violence"),
    ("es", "la obligan a limpiar toda la casa sola", "sexual_violence"),
]


@pytest.mark.parametrize(("language", "message", "abuse"), READ)
def test_forced_marriage_fgm_and_rape_of_someone_else_are_read(language, message, abuse):
    assert abuse in understand(message).abuse, (language, message)


@pytest.mark.parametrize(("language", "message", "abuse"), NOT_READ)
def test_a_wanted_wedding_self_harm_or_forced_work_is_not_read_as_them(language, message, abuse):
    assert abuse not in understand(message).abuse, (language, message)
