"""Messages from a battery of fresh personas written like the evaluation set's (2026-12-06, by
helpers who saw neither the cues nor the evaluation set): danger told without the usual words,
own behaviour told by its effect, a parent asking for a line the child can ring, school staff
without a job title; each beside look-alikes that must not be read so."""
import pytest

from directory.signposting import understand
from directory.signposting.ages import child_age, grown_child_age, own_measure
from directory.signposting.text import words

from .test_signposting import holds, signpost

OWN = "role=perpetrator"
MESSAGES = [
    # Danger now, told by where they are or what was shown.
    ("danger=immediate",
     "im at a flat idk where. door is locked n theres 3 guys here now. i want to go home"),
    ("danger=immediate", "its gone 1am, she was never at her friends. phones off. i know shes with him"),
    ("danger=none", "her phones off, she said she was at the cinema with her mates"),
    ("danger=immediate", "on teraz stoi pod moimi drzwiami i puka, co mam robic"),
    ("danger=immediate", "امشب میام خونه حسابتو میرسم"),
    ("danger=immediate", "aaje raate pati e charu batavi ne kahyu aaje taro chhello divas che"),
    # A plan, or a razor in the bath.
    ("danger=self_harm", "everyone would be better off and ive been thinking about how id do it"),
    ("danger=self_harm", "im sat in the bath with a razor n i dont trust myself"),
    ("danger=self_harm",
     "mam w szufladzie tabletki nasenne od mamy, wiecej niz trzeba. nikt by nie zauwazyl"),
    ("danger=self_harm", "ક્યારેક એમ થાય કે બધું પૂરું કરી દઉં, કોઈને કાંઈ ફરક નહિ પડે"),
    ("danger=none", "thinking about how id do it differently next time, the job interview went badly"),
    ("danger=none", "he bought me a razor for my legs in the bath kit"),
    # Cutting planned, said as what they want done to the girl.
    ("abuse=fgm", "her auntie in djibouti is going to do her sunna"),
    ("abuse=fgm", "they want my daughter cut over there"),
    ("noabuse=fgm", "they want my daughter to cut her hair short"),
    # Their own behaviour, told by what it does to her.
    (OWN, "how to stop shouting at wife"),
    (OWN, "the missus went dead quiet when i walked in. like proper scared of me. i did that"),
    (OWN, "i went to grab the remote and my gf flinched. like properly flinched"),
    (OWN, "saturday i was steaming and i had her up against the wall by the neck for like a second"),
    ("norole=perpetrator", "i flinched when he moved"),
    ("norole=perpetrator", "how do i stop my husband shouting at me"),
    # A parent asking for a line the child can use on their own.
    ("need=line_for_child,svc=childline",
     "is there sumwhere my daughter can talk to someone herself? shes 14"),
    ("need=line_for_child,svc=childline",
     "my 11 yr old wants someone he can talk to thats not me. anything for kids his age"),
    ("noneed=line_for_child", "my sister needs to talk to someone, she is 30"),
    # School staff, without a job title.
    ("role=professional", "year 4 girl just told me her mum is taking her to the airport tonight"),
    ("role=professional",
     "a year 10 student just emailed my school account saying they are driving her to heathrow"),
    ("role=professional", "Im PSHE lead at a girls school, who can do a session on FGM"),
    ("norole=professional", "im in year 10 and my friend told me her stepdad hits her"),
    # Second battery: outside right now, a chair under the handle, BSL English, other languages.
    ("danger=immediate", "that guy from the flat is outside my halls rn"),
    ("danger=none", "the weather is nice outside right now"),
    ("danger=immediate", "her husband is sat outside in the car waiting for her"),
    ("danger=immediate", "I have come up to my bedroom and put the chair under the handle"),
    ("danger=immediate", "he home now. angry very. me lock bathroom. what do"),
    ("danger=self_harm", "itd be easier for everyone if i just wasnt around anymore"),
    ("danger=self_harm", "encontré a mi hija cortándose los brazos en el baño"),
    ("danger=cannot_speak", "ما فيني احكي تلفون هو بيسمع كل شي"),
    ("danger=immediate", "amake room e tala mere rakhse. husband bolse rat e eshe dekhabe"),
    ("abuse=trafficking_exploitation,danger=immediate", "m-au batut azi. la noapte ma muta in alt oras"),
    ("noabuse=trafficking_exploitation", "he says i owe him a drink lol"),
    ("abuse=trafficking_exploitation", "they say i owe them money for the flight"),
    ("abuse=sexual_violence", "Night time husband want sex. Me tired, me sign no, clear no. He not stop"),
    ("abuse=sexual_violence", "my daughter told me her husband forces her to have sex"),
    ("abuse=sexual_violence", "woke up on the sofa n my jeans was undone n my tights was gone"),
    ("noabuse=sexual_violence", "woke up on the sofa in my pyjamas"),
    ("role=parent", "ex wifes new partner is violent. the kids are scared of him"),
    (OWN, "my girlfriends said get help or shes going"),
    ("role=friend_family,aud=lgbt", "my flatmate Dan (he's a guy) has a boyfriend who's proper controlling"),
    # Who they are: two women, a man harmed by his wife, a size that is no age.
    ("aud=lgbt", "is it abuse if ur gf reads all ur msgs n goes mad if u talk to ur mum. im a woman btw"),
    ("aud=lgbt", "my ex (shes a woman, so am i) keeps turning up outside my work"),
    ("aud=lgbt", "my girlfriend has my bank card. whod believe a woman did that to another woman"),
    ("aud=man,svc=mens-advice-line", "my wife gets angry and sometimes shoves me or punches my arm"),
    ("aud=man,noaud=lgbt",
     "Im 44, married 16 years. My wife hits me. Is there anyone who helps men or is it all for women?"),
    ("noaud=young_person,nosvc=childline",
     "my wife shoves me, I'm 6ft and 15 stone it doesn't really hurt lol"),
    ("noaud=man", "my wifes sister is being hit by her husband, how can i help"),
    # A son or daughter with an adult's age is asked about as family, not as a child.
    ("role=friend_family,nosvc=nspcc-helpline", "My eldest daughter is 22, got married and he controls her"),
    ("role=friend_family", "My daughter (22) finally left her husband and came home to mine"),
    ("role=parent,svc=nspcc-helpline", "my daughter is 15 and her bf is 22"),
    ("role=parent", "he has been abusing my daughter for 3 years"),
    # Fourth battery: parents in other languages and carers, own behaviour, cutting.
    ("abuse=forced_marriage,svc=forced-marriage-unit", "زوجي قرر أن يزوجها لابن عمها في الأردن"),
    ("abuse=forced_marriage", "salam, jozi bado yjawez binti (16) la ibn 3amma bel urdun"),
    ("abuse=fgm,svc=nspcc-fgm-helpline", "የባሌ እናት 'ልጅቷ ሳትገረዝ አትመለስም' አለች"),
    (OWN, "dun aksam yine kavga ettik hanima tokat attim cocuklar da gordu"),
    (OWN, "is it bad that i check my gf phone like every day"),
    (OWN, "got sentenced last month. they gave me a community order n i gotta do this course thru probation"),
    ("norole=perpetrator", "he pleaded guilty to assault and got a community order"),
    (OWN + ",danger=immediate", "she locked herself in the bathroom n i keep bangin on the door"),
    (OWN, "can u get arrested for grabbin ur gfs arm if she wasnt even really hurt"),
    ("norole=perpetrator", "can he get arrested for grabbing my arm"),
    ("role=parent", "Syn prosi żebym nikomu nie mówił"),
    ("role=parent,noaud=disabled", "hi foster carer here. found out the man has sent my girl a phone"),
    ("role=parent", "im raising my grandson since his mum died, his dad turns up drunk"),
    ("aud=disabled", "my husband is my carer and he takes my money"),
    ("danger=immediate", "syn napisal: 'tata on znowu krzyczy, zamknalem sie w lazience'"),
    ("danger=cannot_speak", "ma b2dar a7ki, howe bel beit bil salon"),
    ("danger=immediate", "2afal 3ala binti bl ghorfe w a5ad telefona"),
    ("danger=immediate", "Her friend's mum says she was never there. I've just checked her laptop"),
    ("danger=self_harm", "some nights i think whats the point of me"),
    (OWN + ",danger=immediate", "su an cok sinirliyim. karim cocuklarla odaya kapandi kapiyi kiracam"),
    (OWN, "im scared of what i might do to her"),
    ("norole=perpetrator", "my sister wont take her to hospital cos shes scared of police. what i do"),
    # Domestic servitude in Portuguese.
    ("abuse=trafficking_exploitation,svc=modern-slavery-helpline",
     "a patroa nao me devolve o passaporte o q faço"),
    ("abuse=trafficking_exploitation",
     "ate hoje nao recebi nada, ela diz que esta a descontar o bilhete de aviao"),
    ("noabuse=trafficking_exploitation", "nao recebi a tua mensagem ontem"),
]


@pytest.mark.parametrize(("expectation", "text"), MESSAGES)
def test_each_message_is_read_for_what_it_says(expectation, text):
    assert holds(expectation, signpost(text)), signpost(text).understanding


@pytest.mark.parametrize(("text", "child", "grown", "measure"), [
    ("my daughter is 22", False, True, False),
    ("my son (25) lives with me", False, True, False),
    ("my 7 year old son", True, False, False),
    ("married 22 years, my daughter", False, False, False),
    ("abusing my daughter for 3 years", False, False, False),
    ("im 6ft and 15 stone", False, False, True),
    ("im 16 weeks pregnant", False, False, True),
    ("im 15 and scared", False, False, False),
    ("im 14 and 3 days ago he", False, False, False),
    ("sent my girl a phone + £50 gift card", False, False, False),
])
def test_ages_sizes_and_counts_are_told_apart(text, child, grown, measure):
    tokens = words(text)
    assert (child_age(tokens), grown_child_age(tokens), own_measure(tokens)) == (child, grown, measure)


def test_a_message_that_only_says_where_they_are_takes_no_guess_from_the_classifier():
    context = signpost("my husband hits me").understanding.as_context()
    only_a_place = understand("im in leeds", context, {}, ("young_person",))
    assert only_a_place.audiences == () and only_a_place.elsewhere == "leeds"
    assert only_a_place.abuse == ("domestic_abuse",)
    with_more = understand("im 15 and in leeds", context, {}, ("young_person",))
    assert "young_person" in with_more.audiences
