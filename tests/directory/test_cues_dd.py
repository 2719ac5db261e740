"""A recent sexual assault and sexual exploitation told without naming them, as most people tell
them ("he wouldnt stop last nite", "me hizo cosas", "ma-a fortat", "keep him company" for the
rent): messages from batteries written by helpers who saw neither the cues nor the evaluation
set (none taken from the evaluation set), each read for what it says."""
import pytest

from .test_signposting import holds, signpost

SV_RECENT = "abuse=sexual_violence,recent=1"
SV = "abuse=sexual_violence"
SE = "abuse=sexual_exploitation"
MESSAGES = [
    (SV_RECENT, "he wouldnt stop last nite"),
    (SV_RECENT, "didnt want to. he did anyway. last night"),
    (SV_RECENT, "woke up this morning and my clothes were off and i dont remember getting to his flat"),
    (SV_RECENT, "i dont even know how to say this. he put it in when i was asleep. this was last night"),
    (SV_RECENT, "my daughter is 16 she came home from a party saturday crying and said a boy made her do "
                "stuff in the bathroom"),
    (SV_RECENT, "my sister told me her friends brother did something to her at a house party at the "
                "weekend when she was passed out"),
    (SV_RECENT, "work xmas do on thurs, my manager drove me home and i woke up with him on top of me"),
    (SV_RECENT, "he made me do oral on him, i was crying the whole time. last night"),
    (SV_RECENT, "hes my husband but last night he held my arms and did it even though i was begging "
                "him not to"),
    (SV_RECENT, "my sons girlfriend was taken advantage of at a party on friday when she was really drunk"),
    (SV_RECENT, "el taxista no me dejo bajar del coche y me hizo cosas, fue hace dos dias"),
    (SV_RECENT, "necesito la pastilla del dia despues urgente, lo de ayer no fue xq yo quise"),
    (SV_RECENT, "o ex dela foi buscar as coisas domingo e forcou ela. ela ta em choque"),
    (SV_RECENT, "meu patrao entrou no meu quarto sabado de noite e ficou em cima de mim"),
    (SV_RECENT, "poznalam faceta na tinderze, w piatek przyszedl do mnie i jak powiedzialam ze nie chce "
                "to mnie przytrzymal"),
    (SV_RECENT, "potrzebuje tabletki dzien po, to co sie stalo w weekend to nie bylo za moja zgoda"),
    (SV_RECENT, "sotul m-a fortat iar noaptea trecuta"),
    (SV_RECENT, "fostul a venit duminica sa-si ia lucrurile si m-a tinut jos pe pat"),
    (SV_RECENT, "eski sevgilim pazar gunu eve geldi beni yataga bastirdi"),
    (SV_RECENT, "acil sabah sonrasi hapi lazim, hafta sonu olan sey benim istegimle olmadi"),
    (SV_RECENT, "امبارح بالليل خرجت مع واحد من التطبيق وقلتله لأ كذا مرة بس ما وقفش"),
    (SV_RECENT, "الباطرون ديالها فالمطعم شدها فالستوك نهار السبت ودار فيها لي بغا"),
    (SV_RECENT, "kal raat jis larke se app pe mili thi usne ruka nahi jab maine mana kiya"),
    (SV_RECENT, "جس گھر میں وہ کام کرتی ہے وہاں کے مالک نے ہفتے کی رات اس کے ساتھ زبردستی کی"),
    (SV, "my landlord said i dont have to pay rent this month if i 'keep him company'"),
    (SV, "proprietarul imi zice ca daca nu am chiria pot sa 'platesc altfel'"),
    (SE, "they give me free food n lifts home and now the older one says i gotta be nice to his cousins "
         "to pay it back"),
    (SE, "my friend works at a massage place and its not just massage, the boss makes them do extras"),
    (SE, "my daughter is 22, her boyfriend has her working the street round kings cross"),
    (SE, "my little sister is 12 and some older boys got her doing stuff on video call"),
    (SE, "One of our girls (16) is being picked up most nights by different cars"),
    (SE, "mi novio me hace hacer videos por webcam con hombres y se queda con todo el dinero"),
    (SE, "minha sobrinha de 14 anos ta sumindo a noite, volta com roupa nova, celular novo"),
    (SE, "moja corka ma 14 lat i jakis starszy facet ja podwozi autem, kupuje jej rzeczy"),
    (SE, "moj chlopak kaze mi robic kamerki na zywo i zabiera cala kase"),
    (SE, "prietena mea lucreaza la un salon de masaj dar sefa o obliga sa faca sex cu clientii"),
    (SE, "زوجي يجبرني أسوي فيديوهات على الكاميرا لرجال غرباء وياخذ الفلوس"),
    (SE, "shoqja ime punon ne nje sallon masazhi por pronari e detyron te beje seks me klientet"),
]
# Look-alikes: what they say is something else.
NOT_SEXUAL_VIOLENCE = [
    "my bf made me give him money",
    "mere sath zabardasti shadi karwa rahe hain",
    "he held me down and took my phone off me on sunday when we were arguing",
    "last night he shouted at me and threw my phone across the room",
    "we had sex on saturday and now he wont text back",
    "zabardasti ki shadi se kaise bachun",
    "he wouldnt stop calling me",
    "my mum made me do my homework last night",
]


@pytest.mark.parametrize("expectation, text", MESSAGES)
def test_told_without_naming_it(expectation, text):
    assert holds(expectation, signpost(text))


@pytest.mark.parametrize("text", NOT_SEXUAL_VIOLENCE)
def test_look_alikes_are_not_sexual_violence(text):
    assert "sexual_violence" not in signpost(text).understanding.abuse
