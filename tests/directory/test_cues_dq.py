"""Readings from the misses of the fresh danger and weak-intl batteries (2026-12-08) and the third
conversations battery (intl) in Portuguese, Spanish, Romanian, Polish, Turkish and Somali, each idea
said in more than the battery's words, beside look-alikes that must not be read so:

- sorrow, worry or fright that 'kills' ('mata-me de desgosto', 'ma omoara cu zile', 'beni uzuntuden
  oldurecek', 'zabije mnie ze zmartwienia', 'me mata a disgustos') is a figure of speech, not danger
  now; a threat to kill still is;
- very drunk and taken by him to a bedroom or bed, with a 'no' beside it, in the Brazilian word order
  ('ele me levou pro quarto, eu falei q nao'), is sexual violence; a friend taking her home is not;
- a party or ceremony 'to become a woman' beside a trip abroad in the holidays is cutting (FGM); a first
  period, or a trip alone, is not;
- gifts for a child from older men (men with cars, 'unu mai mare' of about 22), or told to keep it
  secret, is grooming, also when the parts come in different turns; a grandmother's pocket money is not;
- a plea just written ('mama vino', 'socorro', 'ratunku', 'imdat', 'i badbaadi') and then silence is
  danger now; a call for advice about someone who does not pick up is not;
- a child whose location shows an unknown house and who answers no more is danger now; an adult's is not;
- 'dormit la o prietena' (slept at a friend's) is not someone asked about, and Romanian 'mi-a ... mama'
  no longer reads as Spanish 'mi mama';
- the writer's wife or girlfriend saying he controls her ('zona mowi ze ja kontroluje'), her before his
  first-person blow ('ja popchnalem'): the one doing it;
- a Turkish age with the ending for 'I am' ('17yim', '15im'): the writer a young person; fear for a
  friend ('onun icin korkuyorum') is not the writer's own harm;
- not remembering what happened at a man's house (Turkish) is sexual violence; a hangover is not;
- 'police ma rabto' (Somali, the police named in English): not a wish to report.
"""
import pytest

from .test_signposting import holds, signpost, signpost_conversation

MESSAGES = [
    # --- Sorrow, worry or fright that 'kills': a figure of speech --------------------------------
    ("danger=none", "a minha filha ainda me mata de desgosto, so quer saber de festas e nao estuda"),
    ("danger=none", "este rapaz qualquer dia mata-me de preocupacao, chega sempre as 4 da manha"),
    ("danger=none", "o meu filho de 30 anos vai me matar de tristeza, gasta a minha reforma toda"),
    ("danger=immediate", "o meu filho disse que me mata se eu contar a alguem, esta la fora agora"),
    ("danger=none", "fiul meu ma omoara cu zile, nu munceste si tipa la mine toata ziua"),
    ("danger=none", "fata asta ma omoara de grija, nu mai invata nimic"),
    ("danger=immediate", "sotul a zis ca ma omoara daca plec, acum e beat in sufragerie"),
    ("danger=none", "oglum beni uzuntuden oldurecek, hic calismiyor bana bagiriyor"),
    ("danger=none", "bu kiz beni meraktan oldurecek, gece 3te eve geliyor"),
    ("danger=immediate", "kocam beni oldurecegini soyledi, su an kapida bagiriyor"),
    ("danger=none", "syn kiedys mnie zabije ze zmartwienia, nie pracuje i krzyczy na mnie"),
    ("danger=none", "ta corka mnie wykonczy nerwowo, nic nie robi caly dzien"),
    ("danger=immediate", "maz powiedzial ze mnie zabije jak odejde, stoi pod drzwiami"),
    ("danger=none", "mi hija me mata a disgustos, ya no va al instituto y me grita"),
    ("danger=none", "este nino me matara de un susto un dia de estos, siempre llega tarde"),
    ("danger=immediate", "mi novio dice que me mata si lo dejo y esta afuera de mi casa"),
    # --- Drunk, taken to a room or bed, a 'no' beside it (Brazilian and European Portuguese) ---------
    ("abuse=sexual_violence", "eu tava chapada e o cara me puxou pra cama, eu disse q nao"),
    ("abuse=sexual_violence", "ele me arrastou pro banheiro da festa, falei que nao mas ele nao ligou"),
    ("abuse=sexual_violence",
     "eu tava muito bebeda e um gajo levou-me para o quarto dele, nao me lembro de mais nada"),
    ("abuse=sexual_violence", "falei q nao e ele continuou mesmo assim"),
    ("noabuse=sexual_violence", "eu tava bebada e minha amiga me levou pra casa, dormi ate meio dia"),
    ("noabuse=sexual_violence", "ele me chamou pro cinema, eu falei que nao porque tenho prova"),
    # --- A party 'to become a woman' beside a trip abroad: cutting --------------------------------
    ("abuse=fgm",
     "mi vecina dice que este verano llevan a su nina a Somalia para purificarla como a su hermana"),
    ("abuse=fgm,svc=nspcc-fgm-helpline",
     "soy trabajadora social, una madre me conto que en Navidad su hija ira a Gambia para convertirse "
     "en mujer"),
    ("abuse=fgm", "a minha aluna de 9 anos vai a Guine-Bissau nas ferias para a festa de se tornar mulher"),
    ("abuse=fgm", "o eleva de 8 ani pleaca in vacanta in Somalia si zice ca acolo o sa devina femeie"),
    ("noabuse=fgm", "mi hija ya se hizo mujer, le vino la regla, es normal a los 11?"),
    ("noabuse=fgm", "en navidad vamos a Guinea a ver a la abuela con los ninos"),
    ("noabuse=fgm", "a minha filha quer virar mulher depressa, ja usa maquilhagem aos 12"),
    # --- Gifts for a child from older men, or a secret: grooming ---------------------------------
    ("abuse=sexual_exploitation",
     "kuzenim 15 yasinda, yasli bir adam ona para veriyor ve kimseye soyleme diyor"),
    ("noabuse=sexual_exploitation", "bunica ii da bani de buzunar fetei mele de 12 ani"),
    ("noabuse=sexual_exploitation", "annem kizima yeni telefon aldi, 13 yasinda"),
    # --- A plea just written, then silence: danger now --------------------------------------------
    ("danger=immediate", "sora mea mi-a trimis 'ajuta-ma' acum 10 minute si acum are telefonul inchis"),
    ("danger=immediate", "ultimul mesaj de la fiica mea a fost 'vino sa ma iei', e 2 noaptea"),
    ("danger=immediate", "a minha irma mandou 'socorro' e agora o telemovel esta desligado"),
    ("danger=immediate", "a ultima mensagem da minha filha foi 'vem me buscar', ja passa da meia noite"),
    ("danger=immediate", "el ultimo mensaje de mi hermana fue 'sacame de aqui', son las 3"),
    ("danger=immediate", "siostra napisala 'ratunku' i juz nie odpisuje"),
    ("danger=immediate", "ostatnia wiadomosc od corki to bylo 'mamo przyjedz po mnie'"),
    ("danger=immediate", "kardesim 'imdat beni kurtar' yazdi, simdi telefonu kapali"),
    ("danger=immediate", "walaashay waxay ii soo dirtay 'i badbaadi' hadda telefonka ma qabato"),
    ("danger=none", "i-am scris sotului sa vina acasa la cina si nu raspunde, e la bar"),
    ("danger=none", "am nevoie de ajutor, fiica mea nu raspunde la mesajele mele de cand s-a mutat"),
    ("danger=none", "prosze o rade, corka nie odbiera telefonu od tygodnia po klotni"),
    ("danger=none", "o meu ex nao atende, mandei mensagem a pedir a pensao dos miudos"),
    # --- An adult's location at a house she does not know: no danger -------------------------------
    ("danger=none", "sotul nu raspunde, locatia lui arata o casa pe care n-o stiu, cred ca ma inseala"),
    # --- 'la o prietena', 'mi-a ... mama': not someone asked about -----------------------------------
    ("norole=friend_family", "sunt la o prietena acum, sotul m-a dat afara din casa aseara"),
    ("role=survivor", "sotul meu ma bate, mi-a zis mama sa raman cu el pentru copii"),
    ("role=friend_family", "mi mejor amiga tiene un novio que la controla todo el dia"),
    ("role=friend_family", "mi pobre madre no se atreve a dejar a mi padrastro, la insulta"),
    # --- His wife says he controls her; her before his blow: the one doing it (Polish) ---------------
    ("role=perpetrator,svc=respect-phoneline",
     "dziewczyna twierdzi ze ja osaczam, bo ciagle sprawdzam gdzie jest"),
    ("role=perpetrator", "partnerka mowi ze sie mnie boi odkad krzycze na nia"),
    ("role=perpetrator,svc=respect-phoneline",
     "wczoraj zone popchnalem na sciane, nie wiem co sie ze mna dzieje"),
    ("norole=perpetrator", "zona brata mowi ze ja kontroluje, a on jej nie wypuszcza z domu"),
    ("norole=perpetrator", "maz mowi ze mnie kontroluje bo mnie kocha"),
    # --- A Turkish age with 'I am' on the number; fear for a friend ----------------------------------
    ("aud=young_person,svc=childline", "ben 15im, babam annemi her gece dovuyor"),
    ("aud=young_person", "16yim ve sevgilim beni tehdit ediyor"),
    ("noaud=young_person", "17 yil evli kaldim, kocam beni dovuyor"),
    ("role=friend_family", "arkadasimin kocasi onu dovuyor, onun icin cok korkuyorum"),
    # --- Not remembering what happened at a man's house (Turkish) ----------------------------------
    ("abuse=sexual_violence", "kuzenim 17 yasinda, bir herifin arabasinda neler oldugunu hatirlamiyormus"),
    ("noabuse=sexual_violence", "dun gece cok ictim, ne oldugunu hatirlamiyorum, basim agriyor"),
    # --- 'police ma rabto' (Somali): no wish to report ----------------------------------------------
    ("noneed=report_police", "gabadhayda waa la kufsaday, police ma rabto, kaliya qof aan la hadlo"),
]


@pytest.mark.parametrize(("expectation", "text"), MESSAGES)
def test_battery_misses(expectation, text):
    assert holds(expectation, signpost(text)), text


# Conversations: each turn read with what the earlier ones established, the last one checked.
CONVERSATIONS = [
    # Gifts, an older man with a car and a child's age, each in its own turn: grooming.
    ("abuse=sexual_exploitation",
     ["nepoata mea are 15 ani si sta la noi", "vine unul mai mare cu masina dupa ea la scoala",
      "ii cumpara haine si bautura"]),
    ("abuse=sexual_exploitation",
     ["kizim 14 yasinda", "arabali adamlar okul cikisi onu aliyor, ona yeni telefon almislar"]),
    # A child whose location shows an unknown flat and who answers no more: danger now.
    ("danger=immediate",
     ["fiul meu are 15 ani", "nu mai raspunde si locatia lui arata un apartament necunoscut"]),
    # A parent whose daughter 'slept at a friend's' is still the parent.
    ("role=parent", ["fata mea are 15 ani si a inceput sa lipseasca de acasa",
                     "a zis ca a dormit la o prietena dar nu cred"]),
    # The wife says he controls her, then 'something for guys like me': Respect, not the men's line.
    ("role=perpetrator,svc=respect-phoneline,nosvc=mens-advice-line",
     ["mam 38 lat, zona twierdzi ze ja kontroluje", "jest cos dla facetow takich jak ja?"]),
]


@pytest.mark.parametrize(("expectation", "turns"), CONVERSATIONS)
def test_battery_conversations(expectation, turns):
    decided = signpost_conversation(turns)
    assert holds(expectation, decided), turns
